// Privacy screens logic: the retention input, what the purge and erasure questions say, the
// audit log's dates, an anonymised fiche's notice (the journal's action list comes from the core). No Svelte here: tested on its own (confidentialite.test.ts).
// The rules themselves (who is due for purge, what anonymising removes) live in the Rust core.

import type { ApercuPurge, Effacement, ParentAPurger, ReglageConservation, ResultatPurge } from "./generated/bindings";
import { dateFr } from "./dates";

const pluriel = (n: number, un: string, plusieurs: string) => (n > 1 ? plusieurs : un);
const parents = (n: number) => `${n} parent${n > 1 ? "s" : ""}`;

/** The retention typed by the user, or why it cannot be sent (the range comes from the core). */
export function lireDuree(texte: string, r: Pick<ReglageConservation, "minimum" | "maximum">): { annees: number } | { erreur: string } {
  const t = texte.trim();
  const n = /^\d{1,2}$/.test(t) ? Number(t) : NaN;
  if (Number.isNaN(n) || n < r.minimum || n > r.maximum) {
    return { erreur: `Écrivez un nombre entier d'années, de ${r.minimum} à ${r.maximum}.` };
  }
  return { annees: n };
}

/** « 3 ans », « 1 an ». */
export function ans(n: number): string {
  return `${n} ${pluriel(n, "an", "ans")}`;
}

/** The sentence under the preview: how many, and which years are past retention. */
export function resumeApercu(a: ApercuPurge): string {
  const regle = `dernière inscription dans une année scolaire terminée avant le ${dateFr(a.date_limite)} (conservation : ${ans(a.duree_annees)})`;
  if (a.nombre === 0) return `Aucun parent à anonymiser aujourd'hui : aucun n'a sa ${regle}.`;
  return `${parents(a.nombre)} ${pluriel(a.nombre, "a sa", "ont leur")} ${regle}.`;
}

/** The confirmation asked before anything is removed: names the count, says what is kept. */
export function questionPurge(n: number): string {
  return `Anonymiser ${n > 1 ? `les ${n} parents` : "ce parent"} ? Leurs noms, coordonnées, notes, enfants et langues seront effacés définitivement ; les chiffres anonymes des bilans sont gardés.`;
}

/** The label of the confirming button (names the count again). */
export function boutonPurge(n: number): string {
  return `Anonymiser ${parents(n)}`;
}

/** What the purge did, in one sentence. */
export function resultatPurge(r: ResultatPurge): string {
  const fait = r.parents_anonymises === 0 ? "Aucun parent n'était à anonymiser." : `${parents(r.parents_anonymises)} ${pluriel(r.parents_anonymises, "anonymisé", "anonymisés")}.`;
  return r.fichier_compacte
    ? fait
    : `${fait} Le fichier n'a pas pu être reconstruit (disque plein ?) : les données effacées ont tout de même été écrasées.`;
}

/** A parent of the preview: name (and Latin spelling when the name is in another script). */
export function nomAPurger(p: ParentAPurger): string {
  const nom = p.prenom ? `${p.nom} ${p.prenom}` : p.nom;
  return p.translitteration ? `${nom} (${p.translitteration})` : nom;
}

/** The erasure question: says what goes and, for a parent who attended, what is kept. */
export function questionEffacement(nom: string, inscriptions: number): string {
  if (inscriptions === 0) {
    return `Supprimer la fiche de ${nom} ? Ce parent n'est inscrit à aucun atelier : toute sa fiche est supprimée définitivement.`;
  }
  return `Effacer les données de ${nom} ? Le nom, les coordonnées, les notes, les enfants, les langues et l'année de naissance seront effacés définitivement. Restent, sans nom, les chiffres anonymes dont les bilans ont besoin (${inscriptions > 1 ? `ses ${inscriptions} inscriptions` : "son inscription"}, ses présences, ses niveaux).`;
}

/** What the erasure did. */
export function resultatEffacement(e: Effacement): string {
  if (e.mode === "suppression") return "Fiche supprimée : ce parent n'avait suivi aucun atelier.";
  return `Données effacées : la fiche apparaît désormais comme « Parent anonymisé ». ${e.inscriptions_gardees} ${pluriel(e.inscriptions_gardees, "inscription gardée", "inscriptions gardées")} sans nom pour les bilans.`;
}

/** `2026-11-25T14:03:09` (local time, as the log writes it) → `25/11/2026 à 14:03`. */
export function quandFr(quand: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(quand);
  return m ? `${dateFr(m[1]!)} à ${m[2]}:${m[3]}` : quand;
}

/** Heads an anonymised parent's read-only fiche (from `anonymise_le`, local date and time). */
export function avisParentAnonymise(anonymiseLe: string): string {
  return `Parent anonymisé le ${dateFr(anonymiseLe.slice(0, 10))} : ses données personnelles ont été effacées ; ses inscriptions et présences restent comptées dans les bilans.`;
}

/** On an anonymised parent's fiche: « Données anonymisées le 25/11/2026. » (from `anonymise_le`, local date and time). */
export function donneesAnonymisees(anonymiseLe: string): string {
  return `Données anonymisées le ${dateFr(anonymiseLe.slice(0, 10))}.`;
}

// Logic of the Parents screens: hours and rate for people, the fiche form ↔ `SaisieParent`,
// enrolments ↔ `SaisieInscription`, and the French labels of every code. Tested apart.
//
// The hours and the rate are computed by the core (`heures.rs`, the one definition): this file
// only formats them, the same way as `heures::formater` / `formater_taux`.

import type {
  ChampImport,
  Diplome,
  Entree,
  Heures,
  Inscription,
  MotifDepart,
  NiveauCecrl,
  Parcours,
  Parent,
  SaisieInscription,
  SaisieParent,
  Sexe,
  SortLigne,
  StatutInscription,
} from "./generated/bindings";
import { duree } from "./dates";
import { nombre } from "./appel";

/** `0.75` → `75 %`, `null` (nothing delivered yet) → `—`. */
export function tauxFr(taux: number | null | undefined): string {
  return taux === null || taux === undefined || Number.isNaN(taux) ? "—" : `${Math.round(taux * 100)} %`;
}

/** Minutes → `42 h 30` (`42 h` when round). */
export function heuresFr(minutes: number | bigint): string {
  return duree(nombre(minutes));
}

/** « 12 h / 20 h » : attended / delivered. */
export function heuresSuivies(h: Pick<Heures, "minutes_suivies" | "minutes_dispensees">): string {
  return `${heuresFr(h.minutes_suivies)} / ${heuresFr(h.minutes_dispensees)}`;
}

// ---- Labels (Record<…>: a new Rust code breaks the build until it is labelled here) ----------

const SEXES: Record<Sexe, string> = { F: "Femme", M: "Homme" };
export const OPTIONS_SEXE = (Object.keys(SEXES) as Sexe[]).map((valeur) => ({ valeur, libelle: SEXES[valeur] }));

const STATUTS_INSCRIPTION: Record<StatutInscription, [string, string, string]> = {
  // masculine, feminine, unknown
  inscrit: ["inscrit", "inscrite", "inscrit·e"],
  attente: ["en liste d'attente", "en liste d'attente", "en liste d'attente"],
  parti: ["parti", "partie", "parti·e"],
};

/** « inscrite », « en liste d'attente », « parti·e » (gender agreement as the core does). */
export function libelleStatutInscription(s: StatutInscription, sexe: Sexe | null = null): string {
  const [m, f, x] = STATUTS_INSCRIPTION[s];
  return sexe === "F" ? f : sexe === "M" ? m : x;
}

const MOTIFS: Record<MotifDepart, string> = {
  travail: "Travail (emploi, horaires)",
  demenagement: "Déménagement",
  sante: "Santé",
  garde_enfants: "Garde d'enfants",
  niveau_inadapte: "Niveau inadapté",
  autre: "Autre raison",
};
export const OPTIONS_MOTIF = (Object.keys(MOTIFS) as MotifDepart[]).map((valeur) => ({ valeur, libelle: MOTIFS[valeur] }));
export function libelleMotif(m: MotifDepart | null): string {
  return m ? MOTIFS[m] : "";
}

/** CECRL levels offered for OEPRE (A1.1 … B2; C1/C2 exist in the core but are not offered). */
export const NIVEAUX: readonly NiveauCecrl[] = ["A1.1", "A1", "A2", "B1", "B2"];

const PARCOURS: Record<Parcours, string> = { fle: "FLE / FLS (scolarisé·e dans sa langue)", alpha: "Alphabétisation" };
export const OPTIONS_PARCOURS = (Object.keys(PARCOURS) as Parcours[]).map((valeur) => ({ valeur, libelle: PARCOURS[valeur] }));

const DIPLOMES: Record<Diplome, true> = {
  DILF: true,
  "DELF A1": true,
  "DELF A2": true,
  "DELF B1": true,
  "DELF B2": true,
  DCL: true,
  TCF: true,
};
export const LISTE_DIPLOMES = Object.keys(DIPLOMES) as Diplome[];

const CHAMPS_IMPORT: Record<ChampImport, string> = {
  nom: "Nom",
  prenom: "Prénom",
  translitteration: "Translittération",
  sexe: "Sexe",
  annee_naissance: "Année de naissance",
  nationalite: "Nationalité",
  pays_origine: "Pays d'origine",
  annee_arrivee: "Année d'arrivée en France",
  telephone: "Téléphone",
  telephone_consentement: "Consentement téléphone",
  cir: "CIR",
  protection_internationale: "Protection internationale",
  langues: "Langues",
  disponibilites: "Disponibilités",
  notes: "Notes",
  inscrit_le: "Date d'inscription",
};
export const LISTE_CHAMPS_IMPORT = Object.keys(CHAMPS_IMPORT) as ChampImport[];
export function libelleChampImport(c: ChampImport): string {
  return CHAMPS_IMPORT[c];
}

const SORTS: Record<SortLigne, string> = {
  Nouveau: "nouvelle fiche",
  Existant: "parent déjà enregistré : inscrit·e",
  Ignore: "ignorée (doublon dans le fichier)",
  Erreur: "à corriger",
};
export function libelleSort(s: SortLigne): string {
  return SORTS[s];
}

/** The French name of a code in a reference list (`DZ` → `Algérie`), else the code. */
export function nomReferentiel(liste: readonly Entree[], code: string | null | undefined): string {
  if (!code) return "";
  return liste.find((e) => e.code === code)?.nom ?? code;
}

// ---- The fiche form --------------------------------------------------------------------------

/** What the form holds: years as typed (text), the rest as `SaisieParent`. */
export interface FormulaireParent extends Omit<SaisieParent, "annee_naissance" | "annee_arrivee" | "mois_arrivee" | "cir_annee"> {
  annee_naissance: string;
  annee_arrivee: string;
  /** "" (month unknown) or "1" … "12". */
  mois_arrivee: string;
  cir_annee: string;
}

/** Fields of the fiche, in screen order (field errors go under them, focus on the first). */
export const CHAMPS_PARENT = [
  "nom",
  "prenom",
  "translitteration",
  "sexe",
  "annee_naissance",
  "nationalite",
  "pays_origine",
  "langues",
  "mois_arrivee",
  "annee_arrivee",
  "cir",
  "cir_annee",
  "protection_internationale",
  "telephone",
  "telephone_consentement",
  "enfants",
  "disponibilites",
  "notes",
] as const;

export function formulaireVide(): FormulaireParent {
  return {
    nom: "",
    prenom: "",
    translitteration: "",
    sexe: null,
    annee_naissance: "",
    nationalite: "",
    pays_origine: "",
    langues: [],
    annee_arrivee: "",
    mois_arrivee: "",
    cir: false,
    cir_annee: "",
    protection_internationale: false,
    telephone: "",
    telephone_consentement: false,
    enfants: [],
    disponibilites: "",
    notes: "",
  };
}

const texteAnnee = (a: number | null) => (a === null ? "" : String(a));

/** A saved parent → the form. */
export function formulaireDepuis(p: Parent): FormulaireParent {
  return {
    nom: p.nom,
    prenom: p.prenom,
    translitteration: p.translitteration,
    sexe: p.sexe,
    annee_naissance: texteAnnee(p.annee_naissance),
    nationalite: p.nationalite ?? "",
    pays_origine: p.pays_origine ?? "",
    langues: p.langues.map((l) => ({ ...l })),
    annee_arrivee: texteAnnee(p.annee_arrivee),
    mois_arrivee: p.mois_arrivee === null ? "" : String(p.mois_arrivee),
    cir: p.cir,
    cir_annee: texteAnnee(p.cir_annee),
    protection_internationale: p.protection_internationale,
    telephone: p.telephone,
    telephone_consentement: p.telephone_consentement,
    enfants: p.enfants.map((e) => ({ ...e })),
    disponibilites: p.disponibilites,
    notes: p.notes,
  };
}

/**
 * The form → the command's input. Years must be 4 digits (else a field error here: the core
 * only receives numbers); everything else is checked by the core. Empty language rows and
 * empty child rows are dropped.
 */
export function saisieDepuis(f: FormulaireParent): { saisie: SaisieParent; erreurs: Record<string, string> } {
  const erreurs: Record<string, string> = {};
  const annee = (champ: "annee_naissance" | "annee_arrivee" | "cir_annee"): number | null => {
    const t = f[champ].trim();
    if (t === "") return null;
    if (!/^\d{4}$/.test(t)) {
      erreurs[champ] = "Écrivez l'année avec 4 chiffres, par exemple 2021.";
      return null;
    }
    return Number(t);
  };
  const saisie: SaisieParent = {
    nom: f.nom,
    prenom: f.prenom,
    translitteration: f.translitteration,
    sexe: f.sexe,
    annee_naissance: annee("annee_naissance"),
    nationalite: f.nationalite,
    pays_origine: f.pays_origine,
    langues: f.langues.filter((l) => l.langue.trim() !== "").map((l) => ({ ...l })),
    annee_arrivee: annee("annee_arrivee"),
    mois_arrivee: f.mois_arrivee === "" ? null : Number(f.mois_arrivee),
    cir: f.cir,
    cir_annee: f.cir ? annee("cir_annee") : null,
    protection_internationale: f.protection_internationale,
    telephone: f.telephone,
    telephone_consentement: f.telephone_consentement,
    enfants: f.enfants.filter((e) => e.prenom.trim() || e.classe.trim() || e.ecole.trim()).map((e) => ({ ...e })),
    disponibilites: f.disponibilites,
    notes: f.notes,
  };
  return { saisie, erreurs };
}

/** « Oui » / « Non » / « Non renseigné » for the derived primo-arrivant flag. */
export function libellePrimo(p: boolean | null, approximatif = false, moisConnu = false): string {
  const base = p === null ? "Non renseigné (année d'arrivée inconnue)" : p ? "Oui (arrivé·e en France moins de 5 ans avant la rentrée)" : "Non";
  if (!approximatif) return base;
  return moisConnu ? `${base} — approximatif : arrivée le mois de la rentrée, 5 ans avant` : `${base} — approximatif : indiquez le mois d'arrivée`;
}

/** The months of the year, for the month of arrival (value "1" … "12"). */
export const MOIS_ARRIVEE: ReadonlyArray<{ valeur: string; libelle: string }> = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
].map((libelle, i) => ({ valeur: String(i + 1), libelle }));

/** « octobre 2020 », « 2020 » (month unknown) or « Non renseignée ». */
export function libelleArrivee(annee: number | null, mois: number | null): string {
  if (annee === null) return "Non renseignée";
  const m = mois === null ? undefined : MOIS_ARRIVEE[mois - 1];
  return m ? `${m.libelle} ${annee}` : String(annee);
}

/** Public prioritaire of the Ministère de l'Intérieur, as the fiche says it. */
export function libellePublicPrioritaire(oui: boolean): string {
  return oui
    ? "Oui (nationalité hors UE, arrivé·e moins de 5 ans avant la rentrée, CIR signé)"
    : "Non (il faut une nationalité hors UE / EEE / Suisse, une arrivée de moins de 5 ans et le CIR signé)";
}

/** Whether French is among the languages the parent already speaks, as the fiche says it. */
export function libelleFrancophone(oui: boolean): string {
  return oui ? "Oui (compté·e parmi les parents francophones)" : "Non (compté·e parmi les parents allophones)";
}

/** Display name: « Nom Prénom ». */
export function nomComplet(p: { nom: string; prenom: string }): string {
  return p.prenom ? `${p.nom} ${p.prenom}` : p.nom;
}

// ---- Enrolments ------------------------------------------------------------------------------

export function nouvelleInscription(parent_id: number, atelier_id: number, inscrit_le: string): SaisieInscription {
  return {
    parent_id,
    atelier_id,
    inscrit_le,
    statut: "inscrit",
    reinscription: false,
    entree: { oral: null, ecrit: null },
    alphabetise: null,
    parcours: null,
    sortie: { oral: null, ecrit: null },
    certifications: [],
  };
}

/** A saved enrolment → the input of `inscription_modifier` (a leaver stays a leaver). */
export function saisieInscriptionDepuis(i: Inscription): SaisieInscription {
  return {
    parent_id: i.parent_id,
    atelier_id: i.atelier_id,
    inscrit_le: i.inscrit_le,
    statut: i.statut,
    reinscription: i.reinscription,
    entree: { ...i.entree },
    alphabetise: i.alphabetise,
    parcours: i.parcours,
    sortie: { ...i.sortie },
    certifications: i.certifications.map((c) => ({ ...c })),
  };
}

/** Certification state for a select: `""` not attempted, `tentee`, `obtenue`, `non_obtenue`. */
export type EtatCertification = "" | "tentee" | "obtenue" | "non_obtenue";

export function etatCertification(s: Pick<SaisieInscription, "certifications">, d: Diplome): EtatCertification {
  const c = s.certifications.find((x) => x.diplome === d);
  if (!c) return "";
  return c.obtenue === null ? "tentee" : c.obtenue ? "obtenue" : "non_obtenue";
}

export function avecCertification(s: SaisieInscription, d: Diplome, etat: EtatCertification): SaisieInscription {
  const autres = s.certifications.filter((x) => x.diplome !== d);
  if (etat === "") return { ...s, certifications: autres };
  const obtenue = etat === "tentee" ? null : etat === "obtenue";
  const certifications = [...autres, { diplome: d, obtenue }].sort((a, b) => LISTE_DIPLOMES.indexOf(a.diplome) - LISTE_DIPLOMES.indexOf(b.diplome));
  return { ...s, certifications };
}

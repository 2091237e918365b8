// Start-up and data-safety logic kept out of the screens: which page an opening error leads
// to, the names offered at « Qui utilise l'application ? », the new-passphrase check, and how
// backups are shown (date, size, summary).

import { api } from "./api";
import type { CodeErreur, ErreurPublique } from "./generated/bindings";

/** The start-up page for an error from opening the data file. */
export type PageOuverture = "phrase" | "endommagee" | "refus";

/** `PhraseSecreteRequise` → passphrase prompt, `BaseEndommagee` → restore offer, the rest → refusal page. */
export function pagePourErreur(e: ErreurPublique): PageOuverture {
  const pages: Partial<Record<CodeErreur, PageOuverture>> = {
    PhraseSecreteRequise: "phrase",
    PhraseSecreteIncorrecte: "phrase",
    BaseEndommagee: "endommagee",
  };
  return pages[e.code] ?? "refus";
}

/** Shortest passphrase accepted when setting or changing it (the core checks it too). */
export const LONGUEUR_MIN_PHRASE = 8;

/**
 * Checks a new passphrase typed twice. Returns the message for each field in error (French),
 * or an empty object when both are fine. The passphrase itself is never stored by the UI.
 */
export function verifierNouvellePhrase(phrase: string, confirmation: string): { phrase?: string; confirmation?: string } {
  const utile = [...phrase.trim()].length;
  if (utile === 0) return { phrase: "Saisissez une phrase secrète." };
  if (utile < LONGUEUR_MIN_PHRASE)
    return { phrase: `La phrase secrète doit compter au moins ${LONGUEUR_MIN_PHRASE} caractères, sans compter les espaces au début et à la fin (une courte phrase est plus sûre qu'un mot).` };
  if (confirmation !== phrase) return { confirmation: "Les deux saisies ne sont pas identiques : retapez la phrase secrète." };
  return {};
}

/** A size in bytes as people read it: `532 octets`, `48 Ko`, `1,2 Mo`. */
export function tailleLisible(octets: number): string {
  if (octets < 1024) return `${octets} octet${octets > 1 ? "s" : ""}`;
  const ko = octets / 1024;
  if (ko < 1024) return `${Math.round(ko)} Ko`;
  const mo = ko / 1024;
  return `${(mo < 10 ? mo.toFixed(1) : String(Math.round(mo))).replace(".", ",")} Mo`;
}

/** A local date-time as chrono sends it (`2026-11-25T08:05:09`) → `25/11/2026 à 08:05`. */
export function dateHeure(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} à ${m[4]}:${m[5]}` : iso;
}

/** What a backup holds, in one line: `Collège Louise Michel · 2025-2026 · 24 parents · 48 séances`. */
export function resumeLisible(r: { etablissement: string | null; annee: string | null; parents: number; seances: number } | null): string {
  if (!r) return "Contenu illisible (fichier endommagé ou chiffré avec une autre phrase secrète)";
  const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? "s" : ""}`;
  return [r.etablissement ?? "Établissement non renseigné", r.annee, pluriel(r.parents, "parent"), pluriel(r.seances, "séance")]
    .filter(Boolean)
    .join(" · ");
}

/** The names offered at start-up: the known ones, then none twice and none empty. */
export function nomsProposes(noms: readonly string[]): string[] {
  const vus = new Set<string>();
  const sortie: string[] = [];
  for (const n of noms) {
    const propre = n.trim().replace(/\s+/g, " ");
    if (propre && !vus.has(propre.toLocaleLowerCase("fr"))) {
      vus.add(propre.toLocaleLowerCase("fr"));
      sortie.push(propre);
    }
  }
  return sortie;
}

let premierEcranSignale = false;

/**
 * The first screen (the welcome page, or the roll call with its séances) is on the page: once
 * per start, after the next paint, tell the app. It writes the start-up mark only when the
 * start-up bench asks for it (`OEPRE_MARQUE_DEMARRAGE`, `tests/bench/demarrage.sh`).
 */
export function signalerPremierEcran(): void {
  if (premierEcranSignale) return;
  premierEcranSignale = true;
  const signaler = () => void api.demarrage_premier_ecran().catch(() => {});
  // The frame callback runs before the paint; the task queued from it runs after.
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(signaler, 0));
  else setTimeout(signaler, 0);
}

// Logic of the roll call (Appel) and the month grid: marks, keys, row navigation, the cycle of
// a grid cell, and the labels. Tested apart (appel.test.ts); the screens only wire it up.
//
// How to add a mark: add it to `StatutPresence` in Rust (`presence.rs`), run `make bindings`:
// the `Record<StatutPresence, …>` tables below stop compiling until it has a label, a key and
// a place in the cycle.

import type { InfoSeance, LigneAppel, Seance, StatutPresence } from "./generated/bindings";
import { dateLongue, horaire } from "./dates";

/** A mark, or `null`: « appel pas encore fait » (never the same as absent). */
export type Marque = StatutPresence | null;

/** The four marks, in the order of the buttons. */
export const MARQUES: readonly StatutPresence[] = ["present", "absent", "excuse", "retard"];

/** Button labels (inclusive writing: the row's sex is not known by the button). */
const LIBELLES: Record<StatutPresence, string> = {
  present: "Présent·e",
  absent: "Absent·e",
  excuse: "Excusé·e",
  retard: "En retard",
};

/** The key that gives each mark (French initials), and the one-letter code of the grid. */
const LETTRES: Record<StatutPresence, string> = { present: "P", absent: "A", excuse: "E", retard: "R" };

export function libelleMarque(m: StatutPresence): string {
  return LIBELLES[m];
}

/** `P`, `A`, `E`, `R`, or `·` when the roll call is not taken yet. */
export function lettreMarque(m: Marque): string {
  return m ? LETTRES[m] : "·";
}

/** The mark of a key (`p`/`P` → présent…); `undefined` for any other key. */
export function marqueDepuisTouche(touche: string): StatutPresence | undefined {
  const t = touche.toUpperCase();
  return MARQUES.find((m) => LETTRES[m] === t);
}

/** Keys that erase a mark (back to « pas encore fait »). */
export function estToucheEffacer(touche: string): boolean {
  return touche === "Delete" || touche === "Backspace";
}

/**
 * The row to focus after a navigation key, from row `index` of `nombre` rows: ↑ ↓ move by one
 * (stopping at the ends), Début / Fin go to the first / last row. `undefined`: not a
 * navigation key.
 */
export function ligneApresTouche(touche: string, index: number, nombre: number): number | undefined {
  if (nombre <= 0) return undefined;
  switch (touche) {
    case "ArrowDown":
      return Math.min(index + 1, nombre - 1);
    case "ArrowUp":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return nombre - 1;
    default:
      return undefined;
  }
}

/** What a key does on a roll-call row (not inside the minutes input). */
export type ActionTouche =
  | { type: "marquer"; marque: Exclude<StatutPresence, "retard"> }
  | { type: "retard" }
  | { type: "effacer" }
  | { type: "aller"; index: number };

/** One keystroke → one action; modifier keys (Ctrl, Alt, Méta) are left to the browser. */
export function actionTouche(
  e: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">,
  index: number,
  nombre: number,
): ActionTouche | undefined {
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  const aller = ligneApresTouche(e.key, index, nombre);
  if (aller !== undefined) return { type: "aller", index: aller };
  if (estToucheEffacer(e.key)) return { type: "effacer" };
  const m = marqueDepuisTouche(e.key);
  if (m === "retard") return { type: "retard" };
  if (m) return { type: "marquer", marque: m };
  return undefined;
}

/** Order of a grid cell's button: · → P → A → E → R → · (R then asks for the minutes). */
export const CYCLE: readonly Marque[] = [null, "present", "absent", "excuse", "retard"];

export function marqueSuivante(m: Marque): Marque {
  const i = CYCLE.indexOf(m);
  return CYCLE[(i + 1) % CYCLE.length] ?? null;
}

/**
 * An integer from Rust (`i64`) as a JS number. JSON always brings plain numbers; this also
 * accepts a `bigint`, should a binding be generated without `#[ts(type = "number")]` again.
 */
export function nombre(x: number | bigint | null | undefined): number {
  return x === null || x === undefined ? 0 : Number(x);
}

/** Minutes late typed by a person: a whole number ≥ 1, else `null`. */
export function lireMinutes(texte: string): number | null {
  const t = texte.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 ? n : null;
}

/** « mardi 7 octobre 2025, 14:00–16:00 » (+ « — appel fait / à faire / annulée »). */
export function libelleSeance(s: Pick<Seance, "date" | "debut" | "fin" | "annulee" | "appel_fait">): string {
  const etat = s.annulee ? "annulée" : s.appel_fait ? "appel fait" : "appel à faire";
  return `${dateLongue(s.date)}, ${horaire(s.debut, s.fin)} — ${etat}`;
}

/** Title of a roll call: « mardi 7 octobre 2025, 14:00–16:00 ». */
export function titreSeance(s: Pick<InfoSeance, "date" | "debut" | "fin">): string {
  return `${dateLongue(s.date)}, ${horaire(s.debut, s.fin)}`;
}

/** Counts of a roll call, for the summary line. */
export function compter(lignes: ReadonlyArray<Pick<LigneAppel, "statut">>): Record<StatutPresence | "aucune", number> {
  const n = { present: 0, absent: 0, excuse: 0, retard: 0, aucune: 0 };
  for (const l of lignes) n[l.statut ?? "aucune"]++;
  return n;
}

/** « 12 présents, 2 absents, 1 excusé, 0 en retard ; 0 à faire » (plain French, plural). */
export function resumeAppel(lignes: ReadonlyArray<Pick<LigneAppel, "statut">>): string {
  const n = compter(lignes);
  const pl = (k: number, un: string, plusieurs: string) => `${k} ${k > 1 ? plusieurs : un}`;
  const marques = [
    pl(n.present, "présent·e", "présent·es"),
    pl(n.absent, "absent·e", "absent·es"),
    pl(n.excuse, "excusé·e", "excusé·es"),
    `${n.retard} en retard`,
  ].join(", ");
  return n.aucune === 0 ? `${marques}. Appel complet.` : `${marques} ; ${pl(n.aucune, "parent sans marque", "parents sans marque")}.`;
}

/** Months (`AAAA-MM`) from the month of `debut` to the month of `fin`, both included. */
export function moisEntre(debut: string, fin: string): string[] {
  const [a0, m0] = debut.split("-").map(Number) as [number, number];
  const [a1, m1] = fin.split("-").map(Number) as [number, number];
  const r: string[] = [];
  for (let a = a0, m = m0; a < a1 || (a === a1 && m <= m1); m === 12 ? ((a += 1), (m = 1)) : (m += 1)) {
    r.push(`${a}-${String(m).padStart(2, "0")}`);
    if (r.length > 240) break;
  }
  return r;
}

/** The month to show first: today's if within the list, else the nearest end. */
export function moisInitial(mois: readonly string[], aujourdhui: string): string | undefined {
  const m = aujourdhui.slice(0, 7);
  if (mois.includes(m)) return m;
  if (mois.length === 0) return undefined;
  return m < mois[0]! ? mois[0] : mois[mois.length - 1];
}

/**
 * Remembered while the app is open (not saved): the atelier last shown, and the name last
 * typed to validate a roll call with who was using the app then (`quiDe`, the start-up
 * choice): another user gets their own name again.
 */
export const memoire: { atelierId: number | null; qui: string; quiDe: string | null } = { atelierId: null, qui: "", quiDe: null };

/**
 * The name offered in « Qui valide l'appel ? »: the one last typed by the same user, else the
 * user chosen at start-up (`session.qui`); the person can still change it.
 */
export function quiPropose(quiSession: string | null): string {
  if (memoire.qui && memoire.quiDe === quiSession) return memoire.qui;
  return quiSession ?? memoire.qui;
}

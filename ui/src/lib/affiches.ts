// Flyers screen logic: the language list (sorted, filtered, « traduction à relire »), the
// texts of a preview card by message id, the pictogram row. Tested in affiches.test.ts.

import type { ApercuAffiche, FlyerLanguage, TexteAffiche } from "./generated/bindings";

/** Lower case, no accents: « Arabe » and « arabe », « géorgien » and « georgien » match. */
export function plier(texte: string): string {
  return texte.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr");
}

/** French first (the reference text), then by French name as a French reader sorts them. */
export function trierLangues(langues: readonly FlyerLanguage[]): FlyerLanguage[] {
  return [...langues].sort((a, b) => {
    if (a.locale === "fr" || b.locale === "fr") return Number(b.locale === "fr") - Number(a.locale === "fr");
    return a.french_name.localeCompare(b.french_name, "fr", { sensitivity: "base" }) || a.locale.localeCompare(b.locale);
  });
}

/** The languages whose French name, own name or code contains `texte` (any case, any accents). */
export function filtrerLangues(langues: readonly FlyerLanguage[], texte: string): FlyerLanguage[] {
  const t = plier(texte.trim());
  if (!t) return [...langues];
  return langues.filter((l) => plier(l.french_name).includes(t) || plier(l.name).includes(t) || plier(l.locale).includes(t));
}

/** Not yet reviewed by a native speaker: the app shows « traduction à relire » beside it. */
export function aRelire(l: Pick<FlyerLanguage, "reviewed">): boolean {
  return !l.reviewed;
}

export const BADGE_A_RELIRE = "traduction à relire";

/** Right to left (Arabic, Dari, Pashto, Urdu…). */
export function estRtl(direction: string): boolean {
  return direction === "rtl";
}

/** The chosen locales, in the order of the list shown (so the PDF follows the list). */
export function localesChoisies(langues: readonly FlyerLanguage[], cochees: ReadonlySet<string> | readonly string[]): string[] {
  const s = new Set(cochees);
  return langues.filter((l) => s.has(l.locale)).map((l) => l.locale);
}

/** The chosen languages that are not reviewed (a warning before printing). */
export function choisiesARelire(langues: readonly FlyerLanguage[], cochees: readonly string[]): FlyerLanguage[] {
  return langues.filter((l) => cochees.includes(l.locale) && aRelire(l));
}

/** Texts of a preview card by message id (`affiche-titre`, `pratique-lieu`…). */
export function textesParId(a: Pick<ApercuAffiche, "textes">): Map<string, TexteAffiche> {
  return new Map(a.textes.map((t) => [t.id, t]));
}

/** Whether a card has at least one text served by the French fallback. */
export function avecRepliFrancais(a: Pick<ApercuAffiche, "textes">): boolean {
  return a.textes.some((t) => t.en_francais);
}

export type Picto = "date" | "heure" | "lieu" | "gratuit" | "enfants";

/** The pictogram row: label message and the text it stands for. Toddlers only when welcome. */
export function pictogrammes(petitsEnfants: boolean): Array<{ picto: Picto; libelle: string; texte: string }> {
  const tous: Array<{ picto: Picto; libelle: string; texte: string }> = [
    { picto: "date", libelle: "picto-date", texte: "pratique-debut" },
    { picto: "heure", libelle: "picto-heure", texte: "pratique-quand" },
    { picto: "lieu", libelle: "picto-lieu", texte: "pratique-lieu" },
    { picto: "gratuit", libelle: "picto-gratuit", texte: "pratique-gratuit" },
    { picto: "enfants", libelle: "picto-enfants", texte: "petits-enfants" },
  ];
  return petitsEnfants ? tous : tous.filter((p) => p.picto !== "enfants");
}

/** The sections of the card, in reading order (ids of `FLYER_MESSAGES`). */
export const SECTIONS_AFFICHE: ReadonlyArray<{ titre: string; lignes: readonly string[]; liste?: boolean }> = [
  { titre: "quoi-titre", lignes: ["quoi-texte", "quoi-gratuit", "quoi-volontaire"] },
  { titre: "apports-titre", lignes: ["apports-reussite", "apports-ecole", "apports-francais", "apports-valeurs"], liste: true },
  { titre: "pratique-titre", lignes: ["pratique-lieu", "pratique-quand", "pratique-debut", "pratique-duree", "petits-enfants"] },
  { titre: "inscription-titre", lignes: ["inscription-texte"] },
  { titre: "contact-titre", lignes: ["contact-telephone", "contact-courriel"] },
];

/** « 1 langue », « 3 langues ». */
export function nombreLangues(n: number): string {
  return `${n} langue${n > 1 ? "s" : ""}`;
}

/** A `direction` from Rust as an HTML `dir` value (anything unknown reads left to right). */
export function dirDe(direction: string): "rtl" | "ltr" {
  return direction === "rtl" ? "rtl" : "ltr";
}

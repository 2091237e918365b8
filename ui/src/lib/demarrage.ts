// Start-up and data-safety logic kept out of the screens: which page an opening error leads
// to, the names offered at « Qui utilise l'application ? », the new-passphrase check, how
// backups are shown (date, size, summary), the roll call's view read with the shell's at
// start-up, and the page's steps reported with the first screen (the start-up bench).

import { tick } from "svelte";
import { api } from "./api";
import type { CodeErreur, ErreurPublique, OuvertureAppel } from "./generated/bindings";

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

/** The system the page runs on, from the webview's user agent: the font stack depends on it. */
export function systeme(userAgent: string): "windows" | "linux" {
  return /Windows/i.test(userAgent) ? "windows" : "linux";
}

/** The roll call's first view, asked for with the shell's reads at start-up; taken once. */
let appelPrecharge: Promise<OuvertureAppel> | null = null;

/**
 * At start-up, when the address leads to the roll call (or to no screen yet): asks for its
 * first view together with the shell's reads, so that the shell and the roll call are laid out
 * once, with their data (`docs/performance.md`, « Start-up »). `atelierRetenu`: the one used
 * last on this PC.
 */
export function prechargerAppel(hash: string, atelierRetenu: number | null): void {
  if (hash !== "" && hash !== "#/appel") return;
  appelPrecharge = api.appel_ouvrir(null, atelierRetenu);
  appelPrecharge.catch(() => {});
}

/** The first screen is another one (welcome, Établissement, passphrase…): the preloaded view
 *  would be stale by the time the roll call is opened. */
export function oublierAppelPrecharge(): void {
  appelPrecharge = null;
}

/**
 * The roll call's first view: the one preloaded at start-up if any (once; asked again if that
 * read failed), else asked now.
 */
export function ouvrirAppel(seanceId: number | null, atelierRetenu: number | null): Promise<OuvertureAppel> {
  const precharge = seanceId === null ? appelPrecharge : null;
  appelPrecharge = null;
  const lire = () => api.appel_ouvrir(seanceId, atelierRetenu);
  return precharge ? precharge.catch(lire) : lire();
}

let premierEcranDemande = false;
let premierEcranSignale = false;
/** The page's start-up steps (name, wall-clock ms), sent with the report of the first screen. */
const etapesPage: [string, number][] = [];

/** Wall-clock milliseconds (the app's start-up mark counts on the same clock). */
function horloge(): number {
  return performance.timeOrigin + performance.now();
}

/** Notes a step of the start-up on the page's side (until the first screen is reported). */
export function noterEtape(nom: string): void {
  if (!premierEcranSignale && typeof performance !== "undefined") etapesPage.push([nom, horloge()]);
}

/**
 * The first screen (the welcome page, or the roll call with its séances) is on the page: once
 * per start, after the next paint, tell the app, with the page's steps. It writes the start-up
 * mark only when the start-up bench asks for it (`OEPRE_MARQUE_DEMARRAGE`,
 * `tests/bench/demarrage.sh`).
 */
export function signalerPremierEcran(): void {
  if (premierEcranDemande) return;
  premierEcranDemande = true;
  noterEtape("données");
  const signaler = () => {
    noterEtape("image peinte");
    premierEcranSignale = true;
    const navigation = typeof performance !== "undefined" ? (performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined) : undefined;
    const html: [string, number][] = navigation ? [["html reçu", performance.timeOrigin + navigation.responseEnd]] : [];
    void api.demarrage_premier_ecran([...html, ...etapesPage]).catch(() => {});
  };
  void tick()
    .then(() => {
      noterEtape("dom à jour");
      if (typeof document === "undefined" || !document.fonts) return;
      // The screen counts as drawn with the fonts of the names on it (app.css): laying it out
      // now starts reading them, and `ready` waits for them.
      void document.body.offsetHeight;
      return document.fonts.ready.then(() => noterEtape("polices"));
    })
    .then(() => {
      // The frame callback runs before the paint; the task queued from it runs after.
      if (typeof requestAnimationFrame === "function")
        requestAnimationFrame(() => {
          noterEtape("image demandée");
          setTimeout(signaler, 0);
        });
      else setTimeout(signaler, 0);
    });
}

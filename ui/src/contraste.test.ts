// WCAG AA contrast of the UI's colours, measured here because axe cannot decide it in the webview.
// Two checks: every pair of the palette that is meant to carry text (the list below, kept next
// to the variables in app.css), and every CSS rule of the app that sets both a text colour and a
// background. Text needs 4.5:1; borders and focus rings that carry meaning need 3:1.

import { describe, expect, it } from "vitest";

/** Every stylesheet and component of the app, as text (read by Vite, no file-system access). */
const sources = import.meta.glob<string>(["./**/*.svelte", "./**/*.css", "!./lib/generated/**"], { query: "?raw", import: "default", eager: true });
// Vitest empties CSS imports, so app.css itself is read from disk (no Node types in this project).
const fs = (await import(/* @vite-ignore */ "node:" + "fs")) as { readFileSync(p: string, e: "utf8"): string };
const dossierUi = (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
const appCss = fs.readFileSync(`${dossierUi}/src/app.css`, "utf8");
sources["./app.css"] = appCss;

function variables(css: string): Record<string, string> {
  const v: Record<string, string> = {};
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;/g)) v[m[1]!] = m[2]!.toLowerCase();
  return v;
}
const palette = variables(appCss);

/** `#rgb`, `#rrggbb`, `#fff`, `var(--x)` or a few names → `#rrggbb`; null when not a plain colour. */
function couleur(valeur: string): string | null {
  let s = valeur.trim().toLowerCase().replace(/\s*!important$/, "");
  const v = /^var\((--[\w-]+)\)$/.exec(s);
  if (v) s = palette[v[1]!] ?? "";
  if (s === "white") s = "#ffffff";
  if (s === "black") s = "#000000";
  if (/^#[0-9a-f]{3}$/.test(s)) s = "#" + [...s.slice(1)].map((c) => c + c).join("");
  return /^#[0-9a-f]{6}$/.test(s) ? s : null;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contraste(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** Text colour, background, what it is. Every pair the screens put text on. */
const PAIRES_TEXTE: [string, string, string][] = [
  ["--texte", "--fond", "texte courant"],
  ["--texte", "--fond-gris", "texte sur fond gris"],
  ["--texte", "--bleu-tres-clair", "texte sur fond bleu très clair"],
  ["--texte", "--bleu-clair", "texte sur fond bleu clair (ligne choisie)"],
  ["--texte", "--gris-ferme", "texte d'un jour fermé"],
  ["--texte-doux", "--fond", "aide sous un champ"],
  ["--texte-doux", "--fond-gris", "aide sur fond gris"],
  ["--texte-doux", "--gris-ferme", "libellé d'un jour fermé"],
  ["--bleu", "--fond", "liens, boutons secondaires"],
  ["--bleu", "--bleu-clair", "onglet actif"],
  ["--bleu", "--bleu-tres-clair", "bouton secondaire survolé"],
  ["--fond", "--bleu", "bouton principal"],
  ["--fond", "--bleu-fonce", "bouton principal survolé"],
  ["--rouge", "--fond", "message d'erreur"],
  ["--rouge", "--rouge-fond", "alerte d'erreur"],
  ["--fond", "--rouge", "bouton « Absent » choisi"],
  ["--vert", "--fond", "confirmation"],
  ["--vert", "--vert-fond", "alerte de réussite"],
  ["--fond", "--vert", "bouton « Présent » choisi"],
  ["--ambre", "--fond", "avertissement"],
  ["--ambre", "--ambre-fond", "alerte d'avertissement"],
];

/** Non-text pairs that carry meaning (WCAG 1.4.11, 3:1). */
const PAIRES_GRAPHIQUES: [string, string, string][] = [
  ["--focus", "--fond", "anneau de focus"],
  ["--focus", "--fond-gris", "anneau de focus sur fond gris"],
  ["--bordure", "--fond", "bord d'un champ"],
  ["--texte-doux", "--fond", "trait sous un champ"],
  ["--ambre-bord", "--ambre-fond", "bord d'un avertissement"],
];

/** Every rule with both `color` and `background(-color)` set to a plain colour. */
function reglesAvecFond(): { ou: string; texte: string; fond: string }[] {
  const r: { ou: string; texte: string; fond: string }[] = [];
  for (const [f, texte] of Object.entries(sources)) {
    let css = texte;
    if (f.endsWith(".svelte")) css = [...css.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
    css = css.replace(/\/\*[\s\S]*?\*\//g, "");
    for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const decl = m[2]!;
      const c = /(?:^|;|\s)color\s*:\s*([^;]+)/.exec(decl);
      const b = /(?:^|;|\s)background(?:-color)?\s*:\s*([^;]+)/.exec(decl);
      if (!c || !b) continue;
      const [texte, fond] = [couleur(c[1]!), couleur(b[1]!)];
      if (texte && fond) r.push({ ou: `${f} ${m[1]!.trim()}`, texte, fond });
    }
  }
  return r;
}

describe("contraste WCAG AA", () => {
  it("la palette est lue dans app.css", () => {
    expect(Object.keys(palette).length).toBeGreaterThan(10);
    expect(contraste("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contraste("#767676", "#ffffff")).toBeGreaterThan(4.5);
    expect(contraste("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it.each(PAIRES_TEXTE)("texte %s sur %s (%s) : 4,5:1 au moins", (t, f) => {
    expect(palette[t], t).toBeDefined();
    expect(palette[f], f).toBeDefined();
    expect(contraste(palette[t]!, palette[f]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(PAIRES_GRAPHIQUES)("élément %s sur %s (%s) : 3:1 au moins", (t, f) => {
    expect(contraste(palette[t]!, palette[f]!)).toBeGreaterThanOrEqual(3);
  });

  it("chaque règle CSS qui pose une couleur de texte et un fond", () => {
    const regles = reglesAvecFond();
    expect(regles.length, "des règles sont trouvées").toBeGreaterThan(10);
    const faibles = regles
      .map((r) => ({ ...r, ratio: Math.round(contraste(r.texte, r.fond) * 100) / 100 }))
      .filter((r) => r.ratio < 4.5);
    expect(faibles).toEqual([]);
  });
});

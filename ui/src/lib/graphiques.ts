// The bilan's charts in SVG (« Chiffres » tab): the core says what each chart shows
// (`bilan_graphiques`, core `sorties/bilan/graphiques.rs`, the same charts as the PDF); this file
// only turns a chart into bars and labels. The numbers are also written in a table beside it.

import type { Graphique, Unite } from "./generated/bindings";
import { nombreFr } from "./bilan";

/** A value as printed: `75` % → `75 %`, `12.5` h → `12,5 h`; `null` → `—`. */
export function valeurGraphique(v: number | null, unite: Unite): string {
  if (v === null) return "—";
  switch (unite) {
    case "pourcent":
      return `${nombreFr(v, 1)}\u00a0%`;
    case "heures":
      return `${nombreFr(v, 1)}\u00a0h`;
    case "nombre":
      return nombreFr(v, 0);
  }
}

/** The top of the scale: 100 for a rate; else the largest value rounded up to 1, 2 or 5 × 10ⁿ (at least 1). */
export function haut(g: Graphique): number {
  if (g.unite === "pourcent") return 100;
  const max = Math.max(0, ...g.series.flatMap((s) => s.valeurs.map((v) => v ?? 0)));
  if (max <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (max <= m * p) return m * p;
  return 10 * p;
}

/** One bar, in the SVG's units. */
export interface Barre {
  x: number;
  y: number;
  largeur: number;
  hauteur: number;
  serie: number;
  categorie: number;
  valeur: number | null;
}

/** Geometry of a chart: plot area inside `largeur` × `hauteur`, bars grouped per category. */
export interface Trace {
  largeur: number;
  hauteur: number;
  gauche: number;
  basTrace: number;
  haut: number;
  barres: Barre[];
  /** Centre of each category's group, for its label. */
  centres: number[];
  /** The scale's ticks: value and y. */
  graduations: { valeur: number; y: number }[];
}

/** Lays the bars out: `null` values draw no bar (the table says « — »). */
export function tracer(g: Graphique, largeur = 520, hauteur = 220): Trace {
  const gauche = 44;
  const droite = 8;
  const basTrace = hauteur - 40;
  const hautTrace = 10;
  const h = haut(g);
  const n = Math.max(1, g.categories.length);
  const pas = (largeur - gauche - droite) / n;
  const series = Math.max(1, g.series.length);
  const largeurBarre = Math.min(48, (pas * 0.7) / series);
  const echelle = (v: number) => basTrace - ((basTrace - hautTrace) * Math.min(v, h)) / h;
  const barres: Barre[] = [];
  const centres: number[] = [];
  g.categories.forEach((_, c) => {
    const centre = gauche + pas * (c + 0.5);
    centres.push(centre);
    g.series.forEach((s, k) => {
      const v = s.valeurs[c] ?? null;
      const x = centre - (largeurBarre * series) / 2 + k * largeurBarre;
      const y = v === null ? basTrace : echelle(v);
      barres.push({ x, y, largeur: largeurBarre - 2, hauteur: basTrace - y, serie: k, categorie: c, valeur: v });
    });
  });
  const graduations = [0, 0.5, 1].map((f) => ({ valeur: h * f, y: echelle(h * f) }));
  return { largeur, hauteur, gauche, basTrace, haut: h, barres, centres, graduations };
}

/** A category label short enough to sit under its bars (the table keeps the whole label). */
export function etiquetteCourte(libelle: string, max = 16): string {
  const court = libelle.replace(/^Axe (\d) : .*/, "Axe $1");
  return court.length <= max ? court : `${court.slice(0, max - 1).trimEnd()}…`;
}

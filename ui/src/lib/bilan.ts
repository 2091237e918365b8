// Logic of the Bilan and Consolidation académique screens: French number formats, the tabs of
// the address (`#/bilan/finances`), the completeness list grouped by kind with the label of the
// link that fixes each point, the figures as labelled rows, the vacations as a month table.

import type {
  AtelierBilan,
  CategorieDepense,
  Chiffres,
  ChiffresFusion,
  IndicateurParent,
  CodePoint,
  Compte,
  IntervenantBilan,
  MinutesAxes,
  Partenaire,
  PointAVerifier,
  Qualitatif,
} from "./generated/bindings";
import { euros } from "./intervenants";

// ---- Numbers -------------------------------------------------------------------------------

const formats = new Map<number, Intl.NumberFormat>();

/** French number, at most `decimales` decimals: `1234.5` → `1 234,5` (narrow no-break space). */
export function nombreFr(n: number, decimales = 2): string {
  let f = formats.get(decimales);
  if (!f) {
    f = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: decimales, minimumFractionDigits: 0 });
    formats.set(decimales, f);
  }
  // Intl writes -0 as « -0 »: never show it.
  return f.format(Object.is(n, -0) ? 0 : n).replace(/\u00a0/g, "\u202f");
}

/** Minutes as decimal hours: `750` → `12,5 h`, `74070` → `1 234,5 h`, `20` → `0,33 h`. */
export function heuresDecimales(minutes: number): string {
  return `${nombreFr(minutes / 60, 2)}\u00a0h`;
}

/** A ratio as a percentage with one decimal: `0.625` → `62,5 %`; `null` → `—`. */
export function pourcent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? "—" : `${nombreFr(ratio * 100, 1)}\u00a0%`;
}

/** Cents as euros: `123450` → `1 234,50 €`. */
export function eurosFr(centimes: number): string {
  return euros(centimes);
}

// ---- Tabs ----------------------------------------------------------------------------------

export type Onglet = "verifier" | "chiffres" | "qualitatif" | "finances" | "exporter";

export const ONGLETS: ReadonlyArray<{ code: Onglet; libelle: string }> = [
  { code: "verifier", libelle: "À vérifier" },
  { code: "chiffres", libelle: "Chiffres" },
  { code: "qualitatif", libelle: "Qualitatif" },
  { code: "finances", libelle: "Finances" },
  { code: "exporter", libelle: "Exporter" },
];

/** The tab and the section the address names: `["qualitatif", "themes"]` → qualitatif, themes. */
export function ongletDepuis(sousChemin: readonly string[] | undefined): { onglet: Onglet; section: string | null } {
  const o = ONGLETS.find((x) => x.code === sousChemin?.[0]);
  return { onglet: o?.code ?? "verifier", section: (o && sousChemin?.[1]) || null };
}

// ---- Completeness list ---------------------------------------------------------------------

// Record<…>: a new Rust code breaks the build until it is given a group here.
const GROUPES_POINTS: Record<CodePoint, { ordre: number; titre: string }> = {
  AppelManquant: { ordre: 0, titre: "Appels non faits" },
  SexeManquant: { ordre: 1, titre: "Fiches des parents incomplètes" },
  NationaliteManquante: { ordre: 1, titre: "Fiches des parents incomplètes" },
  HeuresPrevues: { ordre: 2, titre: "Ateliers" },
  EffectifInsuffisant: { ordre: 2, titre: "Ateliers" },
  HeuresRealisees: { ordre: 2, titre: "Ateliers" },
  AxePeuTraite: { ordre: 2, titre: "Ateliers" },
  RemunerationManquante: { ordre: 3, titre: "Intervenants" },
  QualitatifVide: { ordre: 4, titre: "Bilan qualitatif" },
};

/** The points grouped by kind, groups in a fixed order, points in the order Rust gave them. */
export function grouperPoints(points: readonly PointAVerifier[]): Array<{ titre: string; points: PointAVerifier[] }> {
  const groupes = new Map<string, { ordre: number; titre: string; points: PointAVerifier[] }>();
  for (const p of points) {
    const g = GROUPES_POINTS[p.code] ?? { ordre: 9, titre: "Autres points" };
    const existant = groupes.get(g.titre) ?? { ...g, points: [] };
    existant.points.push(p);
    groupes.set(g.titre, existant);
  }
  return [...groupes.values()].sort((a, b) => a.ordre - b.ordre).map(({ titre, points }) => ({ titre, points }));
}

/** What the link of a point does, from the screen it leads to. */
export function libelleLien(lien: string): string {
  const chemin = lien.replace(/^#\/?/, "");
  if (chemin.startsWith("appel/")) return "Faire l'appel";
  if (chemin.startsWith("parents/")) return "Compléter la fiche";
  if (chemin.startsWith("ateliers/")) return "Voir l'atelier";
  if (chemin.startsWith("intervenants/")) return "Choisir la rémunération";
  if (chemin.startsWith("bilan/")) return "Compléter";
  return "Corriger";
}

/** « 3 points à vérifier » / « Rien à signaler ». */
export function resumePoints(n: number): string {
  return n === 0 ? "Rien à signaler : le bilan est complet." : n === 1 ? "1 point à vérifier" : `${n} points à vérifier`;
}

// ---- Figures -------------------------------------------------------------------------------

/** `déménagement` → `Déménagement` (labels shown alone on a line). */
export function majuscule(texte: string): string {
  return texte.charAt(0).toLocaleUpperCase("fr-FR") + texte.slice(1);
}

export interface Ligne {
  libelle: string;
  valeur: string;
  /** Indented under the line before. */
  detail?: boolean;
}

/** The three parts of the parents, named as in the bilan's PDF and XLSX (core `bilan::LIBELLE_*`). */
export const LIBELLE_PUBLIC_PRIORITAIRE = "Public prioritaire Intérieur (hors UE, moins de 5 ans, CIR signé)";
export const LIBELLE_AUTRES_ALLOPHONES = "Autres parents allophones";
export const LIBELLE_AUTRES_FRANCOPHONES = "Autres parents francophones";

/**
 * Where the two bilans go and by when (livret OEPRE); the same words as the PDF
 * (`bilan::CANAL_QUANTITATIF`, `CANAL_FINANCIER`, `ECHEANCE_BILANS` in the core).
 */
export const CANAUX_BILAN = {
  quantitatif:
    "Bilan quantitatif et qualitatif : à saisir dans l'enquête Orquestra de la DGESCO (direction générale de l'enseignement scolaire).",
  financier: "Bilan financier : à saisir dans l'enquête en ligne du service académique de la DAEPS (rectorat).",
  echeance:
    "Les deux bilans sont à produire à la fin de l'année scolaire : tous deux sont obligatoires et conditionnent le financement de l'atelier l'année scolaire suivante.",
} as const;

/** The three axes as the livret OEPRE names them. */
export const LIBELLES_AXES = {
  langue: "Axe 1 : langue française",
  ecole: "Axe 2 : la connaissance du fonctionnement et des attentes de l'École",
  valeurs: "Axe 3 : valeurs de la République",
} as const;

/**
 * Delivered hours per axis, with their share of the total (a séance on several axes counts its
 * duration split equally between them). Nothing for a bilan that predates the count.
 */
export function lignesAxes(m: MinutesAxes | null, total: number): Ligne[] {
  if (!m) return [];
  const part = (x: number) => (total > 0 ? ` (${nombreFr((100 * x) / total, 0)} %)` : "");
  return (["langue", "ecole", "valeurs"] as const).map((k) => ({
    libelle: `Heures réalisées — ${LIBELLES_AXES[k]}`,
    valeur: heuresDecimales(m[k]) + part(m[k]),
    detail: true,
  }));
}

/** The synthèse of a scope as labelled rows, in the order of the bilan's XLSX. */
export function lignesChiffres(c: Chiffres): Ligne[] {
  const p = c.parents;
  const n = (x: number) => nombreFr(x, 0);
  const comptes = (v: readonly Compte[]): Ligne[] => v.map((x) => ({ libelle: majuscule(x.libelle), valeur: n(x.nombre), detail: true }));
  return [
    { libelle: "Groupes", valeur: n(c.groupes) },
    { libelle: "Séances réalisées", valeur: n(c.seances_realisees) },
    { libelle: "Séances programmées (non annulées)", valeur: n(c.seances_programmees) },
    { libelle: "Séances annulées", valeur: n(c.seances_annulees) },
    { libelle: "Heures prévues", valeur: heuresDecimales(c.minutes_prevues) },
    { libelle: "Heures réalisées", valeur: heuresDecimales(c.minutes_realisees) },
    ...lignesAxes(c.axes_realises, c.minutes_realisees),
    ...(p.inscrits_au_debut === null ? [] : [{ libelle: "Effectif au démarrage", valeur: n(p.inscrits_au_debut) }]),
    { libelle: "Parents inscrits", valeur: n(p.inscrits) },
    { libelle: "Encore présents en fin d'année", valeur: n(p.en_cours) },
    { libelle: "Partis en cours d'année", valeur: n(p.partis) },
    ...comptes(p.departs_par_motif),
    { libelle: "Taux d'abandon (partis ÷ inscrits)", valeur: pourcent(p.inscrits > 0 ? p.partis / p.inscrits : null) },
    { libelle: "Liste d'attente (non comptés)", valeur: n(p.en_attente) },
    { libelle: "Femmes", valeur: n(p.femmes) },
    { libelle: "Hommes", valeur: n(p.hommes) },
    ...(p.sexe_non_renseigne > 0 ? [{ libelle: "Sexe non renseigné", valeur: n(p.sexe_non_renseigne) }] : []),
    { libelle: "Part des femmes", valeur: pourcent(p.part_femmes) },
    { libelle: LIBELLE_PUBLIC_PRIORITAIRE, valeur: n(p.public_prioritaire) },
    { libelle: LIBELLE_AUTRES_ALLOPHONES, valeur: n(p.autres_allophones_hors_prioritaire) },
    { libelle: LIBELLE_AUTRES_FRANCOPHONES, valeur: n(p.francophones_hors_prioritaire) },
    { libelle: "Nationalité hors UE / EEE / Suisse", valeur: n(p.hors_ue) },
    { libelle: "Primo-arrivants (arrivés moins de 5 ans avant la rentrée)", valeur: n(p.primo_arrivants) },
    ...(p.arrivee_approximative > 0
      ? [{ libelle: "Approximatif : mois d'arrivée inconnu (à compléter sur la fiche)", valeur: n(p.arrivee_approximative), detail: true }]
      : []),
    ...(p.primo_inconnu > 0 ? [{ libelle: "Année d'arrivée inconnue", valeur: n(p.primo_inconnu), detail: true }] : []),
    { libelle: "Signataires du CIR", valeur: n(p.cir) },
    { libelle: "Protection internationale", valeur: n(p.protection_internationale) },
    { libelle: "Réinscrits d'une année précédente", valeur: n(p.reinscrits) },
    { libelle: "Heures suivies (total)", valeur: heuresDecimales(p.minutes_suivies) },
    { libelle: "Heures dispensées (total)", valeur: heuresDecimales(p.minutes_dispensees) },
    { libelle: "Heures suivies par parent (moyenne)", valeur: p.minutes_suivies_moyenne === null ? "—" : heuresDecimales(p.minutes_suivies_moyenne) },
    { libelle: "Taux d'assiduité", valeur: pourcent(p.taux_assiduite) },
  ];
}

/**
 * A priority-public count of the académie merge: « — » when none of the `fichiers` summed in
 * `c` counts it (bilans exported by an earlier version), never an invented 0.
 */
export function comptePublicFusion(c: ChiffresFusion, fichiers: number, valeur: number): string {
  return c.bilans_sans_publics >= fichiers ? "—" : nombreFr(valeur, 0);
}

/** Hours on one axis in the académie merge: « — » when none of the `fichiers` summed counts them. */
export function heuresAxeFusion(c: ChiffresFusion, fichiers: number, minutes: number): string {
  return c.bilans_sans_axes >= fichiers ? "—" : heuresDecimales(minutes);
}

/** Said under the académie table when some bilans predate the priority-public count. */
export function avisBilansSansPublics(n: number): string | null {
  if (n === 0) return null;
  const debut = n > 1 ? `${n} bilans exportés par une version antérieure ne distinguent pas` : "1 bilan exporté par une version antérieure ne distingue pas";
  return `${debut} le public prioritaire Intérieur : leurs parents manquent dans les trois totaux « public prioritaire », « autres parents allophones » et « autres parents francophones ». Demandez un nouvel export.`;
}

/** The per-atelier table: one row per atelier with its main figures. */
export function lignesAteliers(ateliers: readonly AtelierBilan[]): Array<{ id: number; nom: string; cellules: string[] }> {
  return ateliers.map((a) => {
    const c = a.chiffres;
    return {
      id: a.id,
      nom: a.niveau ? `${a.nom} (${a.niveau})` : a.nom,
      cellules: [
        heuresDecimales(c.minutes_prevues),
        heuresDecimales(c.minutes_realisees),
        nombreFr(c.seances_realisees, 0),
        nombreFr(c.seances_annulees, 0),
        nombreFr(c.parents.inscrits, 0),
        nombreFr(c.parents.public_prioritaire, 0),
        nombreFr(c.parents.autres_allophones_hors_prioritaire, 0),
        nombreFr(c.parents.francophones_hors_prioritaire, 0),
        nombreFr(c.parents.en_cours, 0),
        nombreFr(c.parents.partis, 0),
        pourcent(c.parents.part_femmes),
        pourcent(c.parents.taux_assiduite),
      ],
    };
  });
}

export const COLONNES_ATELIERS = [
  "Heures prévues",
  "Heures réalisées",
  "Séances réalisées",
  "Séances annulées",
  "Inscrits",
  "Public prioritaire Intérieur",
  "Autres allophones",
  "Autres francophones",
  "Présents en fin d'année",
  "Partis",
  "Part des femmes",
  "Assiduité",
] as const;

// ---- Vacations -----------------------------------------------------------------------------

const MOIS_COURTS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** `2025-10` → `oct. 2025` (column headers of the month table). */
export function moisCourt(mois: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(mois);
  const nom = m ? MOIS_COURTS[Number(m[2]) - 1] : undefined;
  return m && nom ? `${nom} ${m[1]}` : mois;
}

export interface TableauVacations {
  /** `2025-10`, sorted. */
  mois: string[];
  lignes: Array<{
    id: number;
    libelle: string;
    /** Per month of `mois`: minutes and cents (null: not paid by vacation), or null (no séance). */
    cellules: Array<{ minutes: number; centimes: number | null } | null>;
    minutes: number;
    centimes: number | null;
  }>;
  /** Per month: Σ minutes and Σ cents. */
  totaux: Array<{ minutes: number; centimes: number }>;
}

/** The vacations per intervenant and month, months that have at least one séance only. */
export function tableauVacations(intervenants: readonly IntervenantBilan[]): TableauVacations {
  const mois = [...new Set(intervenants.flatMap((i) => i.mois.filter((m) => m.seances > 0 || m.minutes > 0).map((m) => m.mois)))].sort();
  const lignes = intervenants.map((i) => ({
    id: i.id,
    libelle: i.libelle,
    cellules: mois.map((m) => {
      const x = i.mois.find((y) => y.mois === m);
      return x && x.minutes > 0 ? { minutes: x.minutes, centimes: x.centimes_vacation } : null;
    }),
    minutes: i.minutes,
    centimes: i.centimes,
  }));
  const totaux = mois.map((_, k) =>
    lignes.reduce(
      (t, l) => ({ minutes: t.minutes + (l.cellules[k]?.minutes ?? 0), centimes: t.centimes + (l.cellules[k]?.centimes ?? 0) }),
      { minutes: 0, centimes: 0 },
    ),
  );
  return { mois, lignes, totaux };
}

// ---- Qualitative part ----------------------------------------------------------------------

export const PARTENAIRES: Record<Partenaire, string> = {
  ofii: "OFII",
  casnav: "CASNAV",
  associations: "Associations",
  commune_pre: "Commune / PRE",
  caf: "CAF",
  autre: "Autre",
};

/** The sections of the qualitative part (`bilan::qualitatif::Section` codes, as in the links). */
export type Section = "partenaires" | "themes" | "actions_vie_scolaire" | "indicateurs" | "difficultes" | "perspectives";

export const SECTIONS: Record<Section, string> = {
  partenaires: "Partenaires",
  themes: "Thèmes abordés par axe",
  actions_vie_scolaire: "Actions de vie scolaire",
  indicateurs: "Indicateurs école–famille",
  difficultes: "Difficultés rencontrées",
  perspectives: "Perspectives",
};

export const CATEGORIES_DEPENSE: Record<CategorieDepense, string> = {
  materiel: "Matériel pédagogique",
  garde_enfants: "Garde d'enfants",
  interpretariat: "Interprétariat",
  sorties: "Sorties",
  autre: "Autre",
};

/** A count typed in a number field (`""`, `null`, `"12"`, `12`) as the draft stores it. */
export function compteDepuisSaisie(v: unknown): number | null {
  if (v === null || v === undefined || v === "") return null;
  const n = typeof v === "number" ? v : Number(String(v).trim().replace(",", "."));
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

/** The draft as sent to Rust: counts cleaned, partners in the form's order. */
export function qualitatifAEnvoyer(q: Qualitatif): Qualitatif {
  const ordre = Object.keys(PARTENAIRES) as Partenaire[];
  return {
    ...q,
    partenaires: ordre.filter((p) => q.partenaires.includes(p)),
    indicateurs: {
      rencontres_individuelles: compteDepuisSaisie(q.indicateurs.rencontres_individuelles),
      venues_hors_reunions: compteDepuisSaisie(q.indicateurs.venues_hors_reunions),
      votes_elections: compteDepuisSaisie(q.indicateurs.votes_elections),
      actions_communes: compteDepuisSaisie(q.indicateurs.actions_communes),
      analyses_partagees: compteDepuisSaisie(q.indicateurs.analyses_partagees),
    },
  };
}

/**
 * The exported file's kind and where it goes, from its name: `bilan-financier-…` is the
 * financial bilan (enquête en ligne de la DAEPS), `bilan-…` the quantitative and qualitative one
 * (enquête Orquestra de la DGESCO); the PDFs and workbooks end with their « fiche de saisie ».
 */
export function genreFichier(nom: string): string {
  const financier = nom.startsWith("bilan-financier-");
  const bilan = financier
    ? "Bilan financier, pour l'enquête en ligne de la DAEPS"
    : "Bilan quantitatif et qualitatif, pour l'enquête Orquestra de la DGESCO";
  if (nom.endsWith(".xlsx")) return `${bilan} : classeur Excel, avec sa fiche de saisie`;
  if (nom.endsWith(".pdf")) return `${bilan} : rapport PDF à signer, avec sa fiche de saisie`;
  if (nom.endsWith(".json")) return "Fichier pour l'académie (JSON)";
  return "Fichier";
}

/** The term a date most likely falls in, to preselect it: September–December 1, January–March 2,
 *  else 3. The core decides the real bounds from the school's holidays (`domaine/trimestre.rs`). */
export function trimestreProbable(date: string): number {
  const mois = Number(date.slice(5, 7));
  return mois >= 9 ? 1 : mois <= 3 ? 2 : 3;
}

/** The charter's three indicators ticked per parent and term, with the charter's wording and a
 *  short column header (core `IndicateurParent`). */
export const INDICATEURS_SUIVI: { code: IndicateurParent; libelle: string; court: string }[] = [
  { code: "rencontre_individuelle", libelle: "Participation des parents aux rencontres individuelles", court: "Rencontre individuelle" },
  { code: "venue_ecole", libelle: "Venues des parents à l'école hors rencontres individuelles", court: "Venue à l'école" },
  { code: "election", libelle: "Participation aux élections", court: "Élections" },
];

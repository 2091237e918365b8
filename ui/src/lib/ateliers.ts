// Logic of the Ateliers screens (list, form, detail), kept apart from the components so it can
// be tested: form ↔ command input, field names ↔ element ids, totals and séances as text.

import type {
  Atelier,
  Axes,
  EtatDate,
  ErreurChamp,
  ErreurPublique,
  IntervenantBref,
  SaisieAtelier,
  SaisieSeance,
  Seance,
  Totaux,
  VueCalendrier,
} from "./generated/bindings";
import { duree, heure } from "./dates";
import { joursEntre } from "./calendrier";

/** Weekdays a slot can fall on (ISO numbers, as Rust stores them). */
export const JOURS_CRENEAU: ReadonlyArray<{ valeur: number; libelle: string }> = [
  { valeur: 1, libelle: "lundi" },
  { valeur: 2, libelle: "mardi" },
  { valeur: 3, libelle: "mercredi" },
  { valeur: 4, libelle: "jeudi" },
  { valeur: 5, libelle: "vendredi" },
];

export function nomJour(n: number): string {
  return JOURS_CRENEAU.find((j) => j.valeur === n)?.libelle ?? "?";
}

/**
 * A Rust field name as an element-id fragment: `creneaux[1].fin` → `creneaux-1-fin`.
 * The input gets `id="champ-creneaux-1-fin"`, its error `id="erreur-creneaux-1-fin"`.
 */
export function cleChamp(champ: string): string {
  return champ.replace(/\[(\d+)\]\.?/g, "-$1-").replace(/\./g, "-").replace(/-$/, "");
}

/** The same error with its field names turned into id fragments (see `cleChamp`). */
export function avecClesChamps(e: ErreurPublique): ErreurPublique {
  return { ...e, champs: e.champs.map((c: ErreurChamp) => ({ ...c, champ: cleChamp(c.champ) })) };
}

// ---------------------------------------------------------------------------------------------
// Atelier form
// ---------------------------------------------------------------------------------------------

export interface LigneCreneau {
  /** Local key for the list (stable while rows are added and removed). */
  cle: number;
  /** The slot's id when it already exists. */
  id: number | null;
  jour: number;
  debut: string;
  fin: string;
  intervenants: number[];
}

/** What the atelier form holds: strings for what is typed, as typed. */
export interface FormulaireAtelier {
  nom: string;
  niveau: string;
  salle: string;
  premier_jour: string;
  dernier_jour: string;
  heures_prevues: string;
  effectif_min: string;
  effectif_max: string;
  partenaires: string;
  notes: string;
  creneaux: LigneCreneau[];
}

/** Top fields of the atelier form, in screen order. */
export const CHAMPS_ATELIER = [
  "nom",
  "niveau",
  "salle",
  "premier_jour",
  "dernier_jour",
  "heures_prevues",
  "effectif_min",
  "effectif_max",
  "partenaires",
  "notes",
] as const satisfies ReadonlyArray<keyof SaisieAtelier>;

/** Every field key of the form with `n` slots, in screen order (the first invalid one gets the focus). */
export function ordreChampsAtelier(n: number): string[] {
  const v: string[] = [...CHAMPS_ATELIER, "creneaux"];
  for (let i = 0; i < n; i++) for (const f of ["id", "jour", "debut", "fin", "intervenants"]) v.push(`creneaux-${i}-${f}`);
  return v;
}

let prochaineCle = 1;

/** A new slot row (Tuesday 14:00–16:00 by default: the most common rhythm). */
export function nouveauCreneau(jour = 2, debut = "14:00", fin = "16:00"): LigneCreneau {
  return { cle: prochaineCle++, id: null, jour, debut, fin, intervenants: [] };
}

/** An empty form (group size 12–15 by default). */
export function formulaireAtelierVide(): FormulaireAtelier {
  return {
    nom: "",
    niveau: "",
    salle: "",
    premier_jour: "",
    dernier_jour: "",
    heures_prevues: "",
    effectif_min: "12",
    effectif_max: "15",
    partenaires: "",
    notes: "",
    creneaux: [nouveauCreneau()],
  };
}

/** Minutes as the hours field shows them: `7200` → `120`, `5430` → `90h30`. */
export function heuresSaisie(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? String(h) : `${h}h${String(m).padStart(2, "0")}`;
}

/** The form filled from a stored atelier. */
export function formulaireAtelierDepuis(a: Atelier): FormulaireAtelier {
  return {
    nom: a.nom,
    niveau: a.niveau,
    salle: a.salle,
    premier_jour: a.premier_jour,
    dernier_jour: a.dernier_jour,
    heures_prevues: heuresSaisie(a.minutes_prevues),
    effectif_min: String(a.effectif_min),
    effectif_max: String(a.effectif_max),
    partenaires: a.partenaires,
    notes: a.notes,
    creneaux: a.creneaux.map((c) => ({
      cle: prochaineCle++,
      id: c.id,
      jour: c.jour,
      debut: heure(c.debut),
      fin: heure(c.fin),
      intervenants: c.intervenants.map((i) => i.id),
    })),
  };
}

function lireEffectif(texte: string, champ: string, erreurs: ErreurChamp[]): number | null {
  const t = texte.trim();
  if (t === "") return null;
  if (!/^\d{1,4}$/.test(t)) {
    erreurs.push({ champ, message: "Écrivez un nombre de parents, par exemple 12." });
    return null;
  }
  return Number(t);
}

/**
 * The command input for the form, or the field errors found before sending (only what the
 * command could not even receive: a group size that is not a number). Every other rule is Rust's.
 */
export function versSaisieAtelier(
  f: FormulaireAtelier,
  anneeId: number | null = null,
): { saisie: SaisieAtelier; erreurs: ErreurChamp[] } {
  const erreurs: ErreurChamp[] = [];
  const effectif_min = lireEffectif(f.effectif_min, "effectif_min", erreurs);
  const effectif_max = lireEffectif(f.effectif_max, "effectif_max", erreurs);
  return {
    erreurs,
    saisie: {
      annee_id: anneeId,
      nom: f.nom,
      niveau: f.niveau,
      salle: f.salle,
      premier_jour: f.premier_jour,
      dernier_jour: f.dernier_jour,
      heures_prevues: f.heures_prevues,
      effectif_min,
      effectif_max,
      partenaires: f.partenaires,
      notes: f.notes,
      creneaux: f.creneaux.map((c) => ({
        id: c.id,
        jour: c.jour,
        debut: c.debut,
        fin: c.fin,
        intervenants: [...c.intervenants],
      })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Totals and séances as text
// ---------------------------------------------------------------------------------------------

export interface LigneTotal {
  cle: "prevues" | "programmees" | "tenues" | "realisees" | "annulees";
  libelle: string;
  valeur: string;
  detail: string;
}

function seances(n: number): string {
  return n === 0 ? "aucune séance" : n === 1 ? "1 séance" : `${n} séances`;
}

/** The totals of an atelier, in the order the screen shows them. */
export function lignesTotaux(t: Totaux): LigneTotal[] {
  const ecart = t.minutes_programmees - t.minutes_prevues;
  return [
    { cle: "prevues", libelle: "Heures prévues", valeur: duree(t.minutes_prevues), detail: "saisies pour l'année" },
    {
      cle: "programmees",
      libelle: "Programmées",
      valeur: duree(t.minutes_programmees),
      detail:
        seances(t.seances_programmees) +
        (ecart === 0 ? "" : ecart > 0 ? ` · ${duree(ecart)} de plus que prévu` : ` · ${duree(-ecart)} de moins que prévu`),
    },
    { cle: "tenues", libelle: "Tenues à ce jour", valeur: duree(t.minutes_tenues), detail: seances(t.seances_tenues) },
    { cle: "realisees", libelle: "Réalisées (appel fait)", valeur: duree(t.minutes_realisees), detail: seances(t.seances_realisees) },
    { cle: "annulees", libelle: "Annulées", valeur: String(t.seances_annulees), detail: "ne comptent aucune heure" },
  ];
}

/**
 * Hours per axis of an atelier, scheduled and delivered, each with its share of the total (a
 * séance on several axes counts its duration split equally). `faible`: the core found the axis
 * under the school's minimum share of the delivered hours (`VueAtelier.axes_faibles`).
 */
export function lignesAxesAtelier(t: Totaux, faibles: Axes): Array<{ cle: keyof Axes; libelle: string; programmees: string; realisees: string; faible: boolean }> {
  const part = (x: number, total: number) => (total > 0 ? ` (${Math.round((100 * x) / total)} %)` : "");
  const libelles: Record<keyof Axes, string> = {
    langue: "Langue française",
    ecole: "La connaissance du fonctionnement et des attentes de l'École",
    valeurs: "Valeurs de la République",
  };
  return (["langue", "ecole", "valeurs"] as const).map((cle) => ({
    cle,
    libelle: libelles[cle],
    programmees: duree(t.axes_programmes[cle]) + part(t.axes_programmes[cle], t.minutes_programmees),
    realisees: duree(t.axes_realises[cle]) + part(t.axes_realises[cle], t.minutes_realisees),
    faible: faibles[cle],
  }));
}

/** `langue française, la connaissance du fonctionnement et des attentes de l'École, valeurs de la République`. */
export function libelleAxes(a: Axes): string {
  const v: string[] = [];
  if (a.langue) v.push("langue française");
  if (a.ecole) v.push("la connaissance du fonctionnement et des attentes de l'École");
  if (a.valeurs) v.push("valeurs de la République");
  return v.join(", ");
}

/** `Samia Belkacem, Hélène Dubois`, or a dash. */
export function nomsIntervenants(v: readonly IntervenantBref[]): string {
  return v.length === 0 ? "—" : v.map((i) => i.nom_complet).join(", ");
}

/** What the preview says will happen to a date the slots give. */
export const LIBELLES_ETAT_DATE: Record<EtatDate, string> = {
  Nouvelle: "à créer",
  Existante: "déjà créée, inchangée",
  Couverte: "déjà couverte par une séance conservée",
  Passee: "passée : pas créée",
};

export interface FormulaireSeance {
  date: string;
  debut: string;
  fin: string;
  intervenants: number[];
  axes: Axes;
  theme: string;
  hors_les_murs: boolean;
  lieu: string;
}

/** Fields of the séance form, in screen order. */
export const CHAMPS_SEANCE = ["date", "debut", "fin", "intervenants", "axes", "theme", "lieu"] as const;

/** A new séance: the atelier's first slot times if any, all on the French axis. */
export function formulaireSeanceVide(a: Atelier | null): FormulaireSeance {
  const c = a?.creneaux[0];
  return {
    date: "",
    debut: c ? heure(c.debut) : "14:00",
    fin: c ? heure(c.fin) : "16:00",
    intervenants: c ? c.intervenants.map((i) => i.id) : [],
    axes: { langue: true, ecole: false, valeurs: false },
    theme: "",
    hors_les_murs: false,
    lieu: "",
  };
}

export function formulaireSeanceDepuis(s: Seance): FormulaireSeance {
  return {
    date: s.date,
    debut: heure(s.debut),
    fin: heure(s.fin),
    intervenants: s.intervenants.map((i) => i.id),
    axes: { ...s.axes },
    theme: s.theme,
    hors_les_murs: s.hors_les_murs,
    lieu: s.lieu,
  };
}

export function versSaisieSeance(f: FormulaireSeance): SaisieSeance {
  return {
    date: f.date,
    debut: f.debut,
    fin: f.fin,
    intervenants: [...f.intervenants],
    axes: { ...f.axes },
    theme: f.theme,
    hors_les_murs: f.hors_les_murs,
    lieu: f.hors_les_murs ? f.lieu : "",
  };
}

/**
 * Why the school is closed on each day of the year, as the calendar greys it: holidays first,
 * then public holidays, then the school's closure days (the order Rust uses).
 */
export function fermeturesParDate(v: VueCalendrier | null): Map<string, string> {
  const m = new Map<string, string>();
  if (!v) return m;
  const poser = (date: string, libelle: string) => {
    if (!m.has(date)) m.set(date, libelle);
  };
  for (const x of [...v.vacances_officielles, ...v.vacances_saisies]) {
    for (const d of joursEntre(x.premier_jour, x.dernier_jour)) poser(d, x.nom);
  }
  for (const f of v.jours_feries) poser(f.date, `Jour férié : ${f.nom}`);
  for (const f of v.fermetures) poser(f.date, `Fermeture : ${f.libelle}`);
  return m;
}

/** Séances grouped by date (for the month grid). */
export function seancesParDate(v: readonly Seance[]): Map<string, Seance[]> {
  const m = new Map<string, Seance[]>();
  for (const s of v) {
    const l = m.get(s.date);
    if (l) l.push(s);
    else m.set(s.date, [s]);
  }
  return m;
}

// The fake back end's bilan (bilan/ and consolidation.rs): a small computed bilan of the demo
// year, the qualitative draft, other costs and funding (the balance recomputed), the export
// (three files "written" into the documents folder) and the académie folders (`dossiers`).

import type {
  Bilan,
  Chiffres,
  ChiffresFusion,
  ChiffresParents,
  Commandes,
  Consolidation,
  DocumentEcrit,
  ErreurChamp,
  ErreurPublique,
  FichierBilan,
  Graphique,
  PointAVerifier,
  Progression,
  Qualitatif,
} from "../generated/bindings";
import type { EtatDocumentsFaux } from "./faux-documents";

export interface EtatBilanFaux {
  /** The qualitative draft; `null` until saved (then pre-filled themes are served). */
  qualitatif: Qualitatif | null;
  depenses: Bilan["finances"]["depenses"];
  financements: Bilan["finances"]["financements"];
  /** The completeness list (the qualitative points are added while the draft is empty). */
  points: PointAVerifier[];
  /** Académie folders: path → files found there (with their figures when accepted). */
  dossiers: Record<string, Array<FichierBilan & { inscrits?: number }>>;
  /** The académie folder last read (`academie_dernier_dossier`), "" at first. */
  dernierDossier: string;
  /** When set, `bilan_exporter` waits for this promise (to see the progress). */
  attente: Promise<void> | null;
  /** What `bilan_progression` answers while the export waits. */
  progression: Progression | null;
  prochainId: number;
}

export const POINTS_TEST: PointAVerifier[] = [
  { code: "AppelManquant", message: "Séance du mardi 16 septembre 2025 (Groupe A1) : l'appel n'a pas été fait.", lien: "#/appel/seance/40" },
  { code: "SexeManquant", message: "Parent n° 12 : le sexe n'est pas renseigné.", lien: "#/parents/12" },
  { code: "EffectifInsuffisant", message: "Groupe B1 : 9 parent(s) inscrit(s), moins que l'effectif minimum de 12.", lien: "#/ateliers/3" },
];

/** The charts the core describes for the test bilan (`sorties/bilan/graphiques.rs`). */
export const GRAPHIQUES_TEST: Graphique[] = [
  {
    titre: "Taux d'assiduité par mois",
    unite: "pourcent",
    categories: ["sept. 2025", "oct. 2025"],
    series: [{ nom: "Taux d'assiduité", valeurs: [80, 62.5] }],
    note: "Heures suivies ÷ heures dispensées, mois par mois.",
  },
  {
    titre: "Heures réalisées par axe",
    unite: "heures",
    categories: ["Axe 1 : langue française", "Axe 2 : fonctionnement et attentes de l'École", "Axe 3 : valeurs de la République"],
    series: [{ nom: "Heures réalisées", valeurs: [24, 9, 0] }],
    note: null,
  },
  {
    titre: "Niveaux CECRL à l'entrée et à la sortie — oral",
    unite: "nombre",
    categories: ["A1", "A2"],
    series: [
      { nom: "Entrée", valeurs: [9, 3] },
      { nom: "Sortie", valeurs: [4, 8] },
    ],
    note: "Par inscription.",
  },
];

export function etatBilanVide(): EtatBilanFaux {
  return {
    qualitatif: null,
    depenses: [],
    financements: [],
    points: POINTS_TEST.map((p) => ({ ...p })),
    dernierDossier: "",
    dossiers: {
      "/home/secretariat/bilans": [
        { nom: "bilan-0690001A-2025-2026.json", uai: "0690001A", etablissement: "Collège Louise Michel", commune: "Lyon", annee: "2025-2026", refus: null, inscrits: 17 },
        { nom: "bilan-0690002B-2025-2026.json", uai: "0690002B", etablissement: "École Jean Jaurès", commune: "Vénissieux", annee: "2025-2026", refus: null, inscrits: 12 },
        {
          nom: "bilan-futur.json",
          uai: "",
          etablissement: "",
          commune: "",
          annee: "",
          refus: "Bilan d’une version inconnue (« oepre-bilan/9 ») : sans doute exporté par une version plus récente d’Ateliers OEPRE.",
        },
      ],
    },
    attente: null,
    progression: null,
    prochainId: 500,
  };
}

const THEMES = { langue: "Se présenter\nLire le carnet de liaison", ecole: "Les rôles à l'école", valeurs: "La laïcité" };

function parents(inscrits: number, femmes: number): ChiffresParents {
  return {
    inscrits,
    en_cours: inscrits - 1,
    inscrits_au_debut: inscrits - 2,
    partis: 1,
    departs_par_motif: [{ code: "demenagement", libelle: "Déménagement", nombre: 1 }],
    en_attente: 2,
    femmes,
    hommes: inscrits - femmes,
    sexe_non_renseigne: 0,
    part_femmes: femmes / inscrits,
    nationalites: [
      { code: "DZ", libelle: "Algérie", nombre: 6 },
      { code: "autres", libelle: "Autres nationalités", nombre: inscrits - 6 },
    ],
    primo_arrivants: 8,
    primo_inconnu: 0,
    arrivee_approximative: 1,
    hors_ue: inscrits - 1,
    public_prioritaire: 5,
    autres_allophones_hors_prioritaire: inscrits - 7,
    francophones_hors_prioritaire: 2,
    publics_distingues: true,
    cir: 5,
    protection_internationale: 3,
    autres_allophones: 4,
    reinscrits: 2,
    niveaux: [{ niveau: "A1", entree_oral: 6, entree_ecrit: 5, sortie_oral: 3, sortie_ecrit: 4 }],
    certifications: [{ diplome: "DELF A1", tentees: 3, obtenues: 2, resultat_inconnu: 0 }],
    minutes_suivies: inscrits * 2550,
    minutes_dispensees: inscrits * 3600,
    minutes_suivies_moyenne: 2550,
    taux_assiduite: 2550 / 3600,
    prescripteurs: [
      { code: "ofii", libelle: "OFII", nombre: 4 },
      { code: "ecole_upe2a", libelle: "École / UPE2A", nombre: inscrits - 6 },
      { code: "non_renseigne", libelle: "Non renseigné", nombre: 2 },
    ],
    attentes: [
      { code: "parler", libelle: "Parler et comprendre le français (échanges avec l'école, réunions)", nombre: inscrits - 3 },
      { code: "aider_enfant", libelle: "Aider mon enfant dans sa scolarité", nombre: inscrits - 5 },
      { code: "non_renseigne", libelle: "Aucune attente cochée", nombre: 2 },
    ],
    orientations: [
      { code: "asl", libelle: "Atelier sociolinguistique (ASL)", nombre: 3 },
      { code: "oepre_annee_suivante", libelle: "Continue en OEPRE l'année prochaine", nombre: 5 },
      { code: "non_renseigne", libelle: "Non décidée", nombre: inscrits - 8 },
    ],
    progression: [
      { competence: "oral", libelle: "Oral", progres: 3, stable: 1, recul: 0, non_evalue: inscrits - 4 },
      { competence: "ecrit", libelle: "Écrit", progres: 2, stable: 2, recul: 0, non_evalue: inscrits - 4 },
    ],
  };
}

function chiffres(groupes: number, inscrits: number, femmes: number): Chiffres {
  return {
    groupes,
    minutes_prevues: groupes * 7200,
    minutes_programmees: groupes * 7200,
    minutes_realisees: groupes * 3600,
    seances_programmees: groupes * 30,
    seances_realisees: groupes * 15,
    seances_annulees: groupes,
    axes_programmes: { langue: groupes * 4800, ecole: groupes * 1200, valeurs: groupes * 1200 },
    axes_realises: { langue: groupes * 2400, ecole: groupes * 600, valeurs: groupes * 600 },
    suivi_parents: [
      { indicateur: "rencontre_individuelle", libelle: "Participation des parents aux rencontres individuelles", trimestres: [6, 4, 0], annee: 8 },
      { indicateur: "venue_ecole", libelle: "Venues des parents à l'école hors rencontres individuelles", trimestres: [3, 2, 0], annee: 4 },
      { indicateur: "election", libelle: "Participation aux élections", trimestres: [5, 0, 0], annee: 5 },
    ],
    assiduite_par_mois: [
      { mois: "2025-09", minutes_suivies: groupes * 1600, minutes_dispensees: groupes * 2000 },
      { mois: "2025-10", minutes_suivies: groupes * 1000, minutes_dispensees: groupes * 1600 },
    ],
    parents: parents(inscrits, femmes),
    intervenants: [{ statut: "upe2a", libelle: "Enseignant(e) UPE2A", personnes: 1, minutes: groupes * 3600 }],
  };
}

type Garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;

interface Contexte {
  etat: { annees: Array<{ id: number; libelle: string }>; bilan: EtatBilanFaux; documents: EtatDocumentsFaux };
  garde: Garde;
}

const validation = (champs: ErreurChamp[]): ErreurPublique => ({ code: "Validation", message: champs.map((c) => c.message).join(" "), champs });

/** « 125,50 » → 12550 cents, or null. */
function centimes(montant: string): number | null {
  const t = montant.replace(/€|\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

export function commandesBilan({ etat, garde }: Contexte): Pick<
  Commandes,
  | "bilan_calculer"
  | "bilan_verifier"
  | "bilan_exporter"
  | "bilan_graphiques"
  | "bilan_point_trimestriel"
  | "bilan_progression"
  | "bilan_qualitatif_enregistrer"
  | "bilan_depense_ajouter"
  | "bilan_depense_supprimer"
  | "bilan_financement_ajouter"
  | "bilan_financement_supprimer"
  | "academie_examiner"
  | "academie_dernier_dossier"
  | "academie_consolider"
> {
  const b = () => etat.bilan;
  const annee = (id: number) => {
    const a = etat.annees.find((x) => x.id === id);
    if (!a) throw { code: "Introuvable", message: "Cette année scolaire n'existe pas.", champs: [] } satisfies ErreurPublique;
    return a;
  };
  const qualitatif = (): Qualitatif =>
    b().qualitatif ?? {
      enregistre: false,
      partenaires: [],
      partenaires_precisions: "",
      themes: { ...THEMES },
      actions_vie_scolaire: "",
      indicateurs: { rencontres_individuelles: null, venues_hors_reunions: null, votes_elections: null, actions_communes: null, analyses_partagees: null },
      difficultes: "",
      perspectives: "",
    };
  const points = (): PointAVerifier[] => [
    ...b().points,
    ...(b().qualitatif?.difficultes ? [] : [{ code: "QualitatifVide" as const, message: "Bilan qualitatif : la rubrique « Difficultés rencontrées » est vide.", lien: "#/bilan/qualitatif/difficultes" }]),
  ];
  const calculer = (annee_id: number): Bilan => {
    const a = annee(annee_id);
    const vacations = 212_688 + 53_172;
    const autres = b().depenses.reduce((t, d) => t + d.centimes, 0);
    const recus = b().financements.reduce((t, f) => t + f.centimes, 0);
    return {
      schema: "oepre-bilan/1",
      etablissement: { uai: "0690001A", nom: "Collège Louise Michel", type_etablissement: "college", commune: "Lyon", academie: "Lyon" },
      annee: a.libelle,
      premier_jour: "2025-09-01",
      dernier_jour: "2026-07-03",
      seuil_nationalites: 3,
      ecole: chiffres(2, 17, 11),
      ateliers: [
        { id: 1, nom: "Groupe A1", niveau: "A1", chiffres: chiffres(1, 9, 6) },
        { id: 2, nom: "Groupe B1", niveau: "", chiffres: chiffres(1, 8, 5) },
      ],
      intervenants: [
        {
          id: 1,
          libelle: "Intervenant·e 1",
          statut: "upe2a",
          remuneration: "vacation",
          seances: 36,
          minutes: 4320,
          centimes: vacations - 53_172,
          mois: [
            { mois: "2025-10", seances: 16, minutes: 1920, centimes_vacation: 94_528 },
            { mois: "2025-11", seances: 20, minutes: 2400, centimes_vacation: 118_160 },
          ],
          plafond_depasse_le: null,
          plafond_minutes: null,
        },
        {
          id: 2,
          libelle: "Intervenant·e 2",
          statut: "association",
          remuneration: "vacation",
          seances: 9,
          minutes: 1080,
          centimes: 53_172,
          mois: [{ mois: "2025-11", seances: 9, minutes: 1080, centimes_vacation: 53_172 }],
          plafond_depasse_le: "2025-11-27",
          plafond_minutes: 15_060,
        },
      ],
      finances: {
        total_centimes: vacations,
        minutes_vacation: 5400,
        minutes_hors_vacation: 0,
        taux_appliques: [{ depuis: "2023-07-01", centimes_par_heure: 2954 }],
        depenses_par_categorie: [],
        depenses: b().depenses.map((d) => ({ ...d })),
        financements: b().financements.map((f) => ({ ...f })),
        autres_depenses_centimes: autres,
        total_depenses_centimes: vacations + autres,
        financements_centimes: recus,
        solde_centimes: recus - vacations - autres,
      },
      avertissements: [
        { code: "PlafondVacations", message: "Intervenant·e 2 : 251 h sur les 12 mois finissant le 27/11/2025, au-delà du plafond de 250 h." },
      ],
      qualitatif: qualitatif(),
      points_a_verifier: null,
    };
  };
  const examiner = (dossier: string): Consolidation => {
    const d = dossier.trim();
    if (!d) throw validation([{ champ: "dossier", message: "Indiquez le dossier où se trouvent les bilans JSON des établissements." }]);
    const fichiers = b().dossiers[d];
    if (!fichiers) throw validation([{ champ: "dossier", message: `Le dossier « ${d} » n'existe pas ou n'est pas un dossier.` }]);
    const acceptes = fichiers.filter((f) => f.refus === null);
    const vide: ChiffresFusion = chiffresFusion(0, 0);
    const ecoles = acceptes.map((f) => ({ uai: f.uai, nom: f.etablissement, commune: f.commune, annee: f.annee, departement: "069", chiffres: chiffresFusion(1, f.inscrits ?? 0) }));
    const total = ecoles.reduce((t, e) => chiffresFusion(t.groupes + e.chiffres.groupes, t.inscrits + e.chiffres.inscrits), vide);
    return {
      dossier: d,
      fichiers: fichiers.map(({ inscrits: _, ...f }) => f),
      fusion:
        ecoles.length === 0
          ? null
          : { annees: [...new Set(ecoles.map((e) => e.annee))], academies: ["Lyon"], total, ecoles, departements: [{ code: "069", nom: "Rhône", etablissements: ecoles.length, chiffres: total }] },
      document: null,
      pdf: null,
    };
  };

  return {
    bilan_calculer: (annee_id) => garde("bilan_calculer", [annee_id], () => calculer(annee_id)),
    bilan_verifier: (annee_id) =>
      garde("bilan_verifier", [annee_id], () => {
        annee(annee_id);
        return points();
      }),
    bilan_exporter: async (annee_id) => {
      if (b().attente) await b().attente;
      return garde("bilan_exporter", [annee_id], (): DocumentEcrit[] => {
        const a = annee(annee_id);
        const noms = ["xlsx", "pdf", "financier.xlsx", "financier.pdf", "json"].map((ext) =>
          ext.startsWith("financier.") ? `bilan-financier-0690001A-${a.libelle}.${ext.slice(10)}` : `bilan-0690001A-${a.libelle}.${ext}`,
        );
        return noms.map((nom, k) => {
          const doc = { chemin: `${etat.documents.dossier}/${nom}`, nom, taille: [14_200, 61_000, 8_400, 32_000, 9_800][k]! };
          etat.documents.fichiers.push(doc);
          return doc;
        });
      });
    },
    bilan_graphiques: (annee_id) =>
      garde("bilan_graphiques", [annee_id], (): Graphique[] => {
        annee(annee_id);
        return GRAPHIQUES_TEST.map((g) => structuredClone(g));
      }),
    bilan_point_trimestriel: (annee_id, trimestre, atelier_id) =>
      garde("bilan_point_trimestriel", [annee_id, trimestre, atelier_id], (): DocumentEcrit => {
        const a = annee(annee_id);
        if (![1, 2, 3].includes(trimestre)) {
          const message = "Le trimestre est 1, 2 ou 3.";
          throw { code: "Validation", message, champs: [{ champ: "trimestre", message }] } satisfies ErreurPublique;
        }
        const nom = `point-trimestriel-t${trimestre}-${a.libelle}${atelier_id === null ? "" : `-atelier-${atelier_id}`}.pdf`;
        const doc = { chemin: `${etat.documents.dossier}/${nom}`, nom, taille: 21_000 };
        etat.documents.fichiers.push(doc);
        return doc;
      }),
    bilan_progression: () => garde("bilan_progression", [], () => b().progression),
    bilan_qualitatif_enregistrer: (annee_id, q) =>
      garde("bilan_qualitatif_enregistrer", [annee_id, q], () => {
        annee(annee_id);
        const negatifs = Object.entries(q.indicateurs).filter(([, n]) => n !== null && n < 0);
        if (negatifs.length > 0)
          throw validation(negatifs.map(([c]) => ({ champ: `indicateurs.${c}`, message: "Un nombre ne peut pas être négatif (laissez vide si inconnu)." })));
        b().qualitatif = { ...q, enregistre: true };
        return { ...b().qualitatif! };
      }),
    bilan_depense_ajouter: (annee_id, s) =>
      garde("bilan_depense_ajouter", [annee_id, s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.libelle.trim()) champs.push({ champ: "libelle", message: "Décrivez la dépense (par exemple « Manuels A1 »)." });
        const c = centimes(s.montant);
        if (c === null || c <= 0) champs.push({ champ: "montant", message: "Montant invalide : écrivez-le comme 125,50." });
        if (champs.length > 0) throw validation(champs);
        b().depenses.push({ id: b().prochainId++, categorie: s.categorie, libelle: s.libelle.trim(), centimes: c!, date: s.date || null });
        return calculer(annee_id);
      }),
    bilan_depense_supprimer: (annee_id, id) =>
      garde("bilan_depense_supprimer", [annee_id, id], () => {
        b().depenses = b().depenses.filter((d) => d.id !== id);
        return calculer(annee_id);
      }),
    bilan_financement_ajouter: (annee_id, s) =>
      garde("bilan_financement_ajouter", [annee_id, s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.source.trim()) champs.push({ champ: "source", message: "Indiquez qui a versé ce financement." });
        const c = centimes(s.montant);
        if (c === null || c <= 0) champs.push({ champ: "montant", message: "Montant invalide : écrivez-le comme 125,50." });
        if (!s.date) champs.push({ champ: "date", message: "Date obligatoire." });
        if (champs.length > 0) throw validation(champs);
        b().financements.push({ id: b().prochainId++, source: s.source.trim(), centimes: c!, date: s.date });
        return calculer(annee_id);
      }),
    bilan_financement_supprimer: (annee_id, id) =>
      garde("bilan_financement_supprimer", [annee_id, id], () => {
        b().financements = b().financements.filter((f) => f.id !== id);
        return calculer(annee_id);
      }),
    academie_examiner: (dossier) =>
      garde("academie_examiner", [dossier], () => {
        const c = examiner(dossier);
        b().dernierDossier = c.dossier;
        return c;
      }),
    academie_dernier_dossier: () => garde("academie_dernier_dossier", [], () => b().dernierDossier),
    academie_consolider: (dossier) =>
      garde("academie_consolider", [dossier], () => {
        const c = examiner(dossier);
        if (!c.fusion) throw validation([{ champ: "dossier", message: `Aucun fichier bilan-….json dans « ${c.dossier} ».` }]);
        const nom = "academie-2025-09-15.xlsx";
        const doc = { chemin: `${etat.documents.dossier}/${nom}`, nom, taille: 8_400 };
        const pdf = { chemin: `${etat.documents.dossier}/academie-2025-09-15.pdf`, nom: "academie-2025-09-15.pdf", taille: 24_000 };
        etat.documents.fichiers.push(doc, pdf);
        return { ...c, document: doc, pdf };
      }),
  };
}

function chiffresFusion(groupes: number, inscrits: number): ChiffresFusion {
  return {
    groupes,
    minutes_prevues: groupes * 7200,
    minutes_programmees: groupes * 7200,
    minutes_realisees: groupes * 3600,
    seances_programmees: groupes * 30,
    seances_realisees: groupes * 15,
    seances_annulees: groupes,
    minutes_axe_langue: groupes * 2400,
    minutes_axe_ecole: groupes * 600,
    minutes_axe_valeurs: groupes * 600,
    inscrits_au_debut: inscrits,
    bilans_sans_axes: 0,
    inscrits,
    en_cours: inscrits,
    partis: 0,
    en_attente: 0,
    femmes: inscrits,
    hommes: 0,
    sexe_non_renseigne: 0,
    primo_arrivants: 0,
    public_prioritaire: 0,
    autres_allophones_hors_prioritaire: inscrits,
    francophones_hors_prioritaire: 0,
    bilans_sans_publics: 0,
    cir: 0,
    protection_internationale: 0,
    autres_allophones: inscrits,
    reinscrits: 0,
    minutes_suivies: inscrits * 2550,
    minutes_dispensees: inscrits * 3600,
    centimes_vacations: groupes * 212_688,
    minutes_vacation: groupes * 3600,
    minutes_hors_vacation: 0,
    centimes_autres_depenses: 0,
    centimes_financements: groupes * 300_000,
    centimes_solde: groupes * (300_000 - 212_688),
    part_femmes: inscrits > 0 ? 1 : null,
    taux_assiduite: inscrits > 0 ? 2550 / 3600 : null,
    minutes_suivies_moyenne: inscrits > 0 ? 2550 : null,
    taux_abandon: inscrits > 0 ? 0 : null,
    prescripteurs: [{ code: "ofii", libelle: "OFII", nombre: inscrits }],
    attentes: [],
    orientations: [],
    progression: [],
    bilans_sans_parcours: 0,
    suivi_rencontres: 0,
    suivi_venues: 0,
    suivi_elections: 0,
    bilans_avec_suivi: groupes > 0 ? 1 : 0,
    actions_partenaires: null,
    analyses_partagees: null,
    nationalites: [],
    niveaux: [],
    certifications: [],
    assiduite_par_mois: [],
    bilans_sans_mois: 0,
  };
}

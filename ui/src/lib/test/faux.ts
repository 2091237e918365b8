// A fake back end implementing `Commandes` in memory, for vitest and the browser preview.
// Its validation is deliberately small: enough to produce field errors like Rust does.

import type {
  AnneeScolaire,
  ApercuGeneration,
  Atelier,
  Avertissement,
  DateApercu,
  DateEcarteeApercu,
  Fermeture,
  HeuresMois,
  Intervenant,
  IntervenantBref,
  ResultatGeneration,
  SaisieAtelier,
  SaisieSeance,
  Seance,
  Axes,
  MinutesAxes,
  RegleProgramme,
  ApercuProgramme,
  TauxVacation,
  Totaux,
  Vacances,
  VacancesSaisies,
  VueAtelier,
  VueCalendrier,
  VueIntervenant,
  Commandes,
  ErreurChamp,
  ErreurPublique,
  Etablissement,
  EtatAccueil,
  SaisieEtablissement,
  VueEtablissement,
  Academie,
  FiltreParents,
  ReglagesAvertissements,
} from "../generated/bindings";
import { commandesParents, etatAppelVide, type EtatAppelFaux } from "./faux-parents";
import { commandesParcours, etatParcoursVide, type EtatParcoursFaux } from "./faux-parcours";
import { commandesDocuments, etatDocumentsVide, type EtatDocumentsFaux } from "./faux-documents";
import { commandesRentree } from "./faux-rentree";
import { commandesDonnees, etatDonneesVide, type EtatDonneesFaux } from "./faux-donnees";
import { commandesBilan, etatBilanVide, type EtatBilanFaux } from "./faux-bilan";
import { commandesConfidentialite, etatConfidentialiteVide, type EtatConfidentialiteFaux } from "./faux-confidentialite";
import { aujourdhui } from "../dates";

/** As the core's `seance::a_emarger`: today's or the next séance, else the last; cancelled ones left out. */
function aEmarger(seances: readonly Seance[]): number | null {
  const tenues = seances.filter((s) => !s.annulee).sort((a, b) => a.date.localeCompare(b.date) || a.debut.localeCompare(b.debut));
  return (tenues.find((s) => s.date >= aujourdhui()) ?? tenues.at(-1))?.id ?? null;
}

export const ACADEMIES_TEST: Academie[] = [
  { nom: "Aix-Marseille", zone: "B" },
  { nom: "Bordeaux", zone: "A" },
  { nom: "Corse", zone: null },
  { nom: "Créteil", zone: "C" },
  { nom: "Lille", zone: "B" },
  { nom: "Lyon", zone: "A" },
  { nom: "Paris", zone: "C" },
  { nom: "Versailles", zone: "C" },
];

export const ETABLISSEMENT_DEMO: Etablissement = {
  nom: "Collège Louise Michel",
  type_etablissement: "college",
  uai: "0931234L",
  adresse: "24 rue de la République",
  code_postal: "93200",
  commune: "Saint-Denis",
  academie: "Créteil",
  zone: "C",
  chef_nom: "Karima Haddad",
  chef_titre: "principale",
  telephone: "01 48 20 00 00",
  courriel: "ce.0931234l@ac-creteil.fr",
};

function ajouterAxes(m: MinutesAxes, axes: Axes, duree: number): void {
  const cles = (["langue", "ecole", "valeurs"] as const).filter((k) => axes[k]);
  let reste = duree % Math.max(cles.length, 1);
  for (const k of cles) {
    m[k] += Math.floor(duree / cles.length) + (reste > 0 ? 1 : 0);
    if (reste > 0) reste--;
  }
}

function validation(champs: ErreurChamp[]): ErreurPublique {
  return {
    code: "Validation",
    message: champs.length === 1 ? champs[0]!.message : `${champs.length} champs sont à corriger.`,
    champs,
  };
}

export interface EtatFaux {
  premierDemarrage: boolean;
  refus: ErreurPublique | null;
  etablissement: Etablissement | null;
  annees: AnneeScolaire[];
  appels: Array<{ commande: keyof Commandes; args: unknown[] }>;
  intervenants: Intervenant[];
  taux: TauxVacation[];
  ateliers: Atelier[];
  seances: Seance[];
  fermetures: Fermeture[];
  vacancesSaisies: VacancesSaisies[];
  /** "Today" for held hours and past dates. */
  aujourdhui: string;
  /** Parents, enrolments, marks, validations, import files (faux-parents.ts). */
  appel: EtatAppelFaux;
  /** Referral, expectations, orientations (faux-parcours.ts). */
  parcours: EtatParcoursFaux;
  /** Documents folder, files written, minimum rate (faux-documents.ts). */
  documents: EtatDocumentsFaux;
  /** Who is using the PC, passphrase, backups, export / import (faux-donnees.ts). */
  donnees: EtatDonneesFaux;
  /** Qualitative draft, costs, funding, académie folders (faux-bilan.ts). */
  bilan: EtatBilanFaux;
  /** Retention, audit log, register and parents' exports (faux-confidentialite.ts). */
  confidentialite: EtatConfidentialiteFaux;
  /** The warning settings (core `ReglagesAvertissements`). */
  reglages: ReglagesAvertissements;
  prochainId: number;
}

/** Zone C holidays of 2025-2026 (a subset of the shipped calendar: enough for the screens). */
export const VACANCES_TEST: Vacances[] = [
  { zone: "C", nom: "Vacances de la Toussaint", premier_jour: "2025-10-18", dernier_jour: "2025-11-02" },
  { zone: "C", nom: "Vacances de Noël", premier_jour: "2025-12-20", dernier_jour: "2026-01-04" },
  { zone: "C", nom: "Vacances d'hiver", premier_jour: "2026-02-21", dernier_jour: "2026-03-08" },
  { zone: "C", nom: "Vacances de printemps", premier_jour: "2026-04-18", dernier_jour: "2026-05-03" },
];
export const FERIES_TEST: Array<{ date: string; nom: string }> = [
  { date: "2025-11-01", nom: "Toussaint" },
  { date: "2025-11-11", nom: "Armistice 1918" },
  { date: "2025-12-25", nom: "Noël" },
  { date: "2026-01-01", nom: "Jour de l'an" },
  { date: "2026-04-06", nom: "Lundi de Pâques" },
  { date: "2026-05-01", nom: "Fête du Travail" },
  { date: "2026-05-08", nom: "Victoire 1945" },
  { date: "2026-05-14", nom: "Ascension" },
  { date: "2026-05-25", nom: "Lundi de Pentecôte" },
];

export const INTERVENANTS_DEMO: Intervenant[] = [
  { id: 1, nom: "Belkacem", prenom: "Samia", statut: "upe2a", telephone: "", courriel: "", remuneration: "vacation", actif: true },
  { id: 2, nom: "Dubois", prenom: "Hélène", statut: "enseignant", telephone: "", courriel: "", remuneration: "hse", actif: true },
];

export const TAUX_TEST: TauxVacation[] = [
  { depuis: "2017-02-01", centimes_par_heure: 2812 },
  { depuis: "2022-07-01", centimes_par_heure: 2910 },
  { depuis: "2023-07-01", centimes_par_heure: 2954 },
];

const JOURS_FR = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const p2 = (n: number) => String(n).padStart(2, "0");
function jourApres(d: string): string {
  const [a, m, j] = d.split("-").map(Number) as [number, number, number];
  const x = new Date(Date.UTC(a, m - 1, j + 1));
  return `${x.getUTCFullYear()}-${p2(x.getUTCMonth() + 1)}-${p2(x.getUTCDate())}`;
}
function jourSemaine(d: string): number {
  const [a, m, j] = d.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(a, m - 1, j)).getUTCDay();
}
function minutes(t: string): number | null {
  const m = /^(\d{1,2})(?::|h)?(\d{2})?$/.exec(t.trim());
  if (!m || Number(m[1]) > 23) return null;
  return Number(m[1]) * 60 + Number(m[2] ?? 0);
}
function heureTexte(m: number): string {
  return `${p2(Math.floor(m / 60))}:${p2(m % 60)}:00`;
}
function heuresEnMinutes(s: string): number | null {
  const t = s.replace(/\s/g, "").toLowerCase();
  let m = /^(\d{1,4})h(\d{2})?$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  m = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(t);
  if (m) return Number(m[1]) * 60 + Math.round(Number(`0.${m[2] ?? 0}`) * 60);
  return null;
}

export function fauxBackEnd(depart: "vide" | "demo" = "demo"): { etat: EtatFaux; commandes: Commandes } {
  const etat: EtatFaux = {
    premierDemarrage: false,
    refus: null,
    etablissement: depart === "demo" ? { ...ETABLISSEMENT_DEMO } : null,
    annees:
      depart === "demo"
        ? [
            { id: 2, libelle: "2025-2026", premier_jour: "2025-09-01", dernier_jour: "2026-07-03", courante: true },
            { id: 1, libelle: "2024-2025", premier_jour: "2024-09-02", dernier_jour: "2025-07-04", courante: false },
          ]
        : [],
    appels: [],
    intervenants: depart === "demo" ? INTERVENANTS_DEMO.map((i) => ({ ...i })) : [],
    taux: TAUX_TEST.map((t) => ({ ...t })),
    ateliers: [],
    seances: [],
    fermetures: [],
    vacancesSaisies: [],
    aujourdhui: "2025-09-15",
    appel: etatAppelVide(),
    parcours: etatParcoursVide(),
    documents: etatDocumentsVide(),
    donnees: etatDonneesVide(),
    bilan: etatBilanVide(),
    confidentialite: etatConfidentialiteVide(),
    reglages: { part_axe_min_pourcent: 15, avertir_effectif_max: false },
    prochainId: 100,
  };
  const chemin = "/home/secretariat/.local/share/fr.oepre.ateliers/oepre.sqlite";
  const accueil = (): EtatAccueil => ({ premier_demarrage: etat.premierDemarrage, chemin_base: chemin });
  const garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T): Promise<T> => {
    etat.appels.push({ commande, args });
    if (etat.refus) return Promise.reject(etat.refus);
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(e);
    }
  };

  const courante = () => etat.annees.find((a) => a.courante) ?? null;
  const bref = (id: number): IntervenantBref => {
    const i = etat.intervenants.find((x) => x.id === id)!;
    return { id, nom_complet: i.prenom ? `${i.prenom} ${i.nom}` : i.nom };
  };
  const fermeture = (date: string): string | null => {
    const v = [...VACANCES_TEST, ...etat.vacancesSaisies].find((x) => x.premier_jour <= date && date <= x.dernier_jour);
    if (v) return v.nom;
    const f = FERIES_TEST.find((x) => x.date === date);
    if (f) return `Jour férié : ${f.nom}`;
    const e = etat.fermetures.find((x) => x.date === date);
    return e ? `Fermeture : ${e.libelle}` : null;
  };
  const seancesDe = (atelierId: number) =>
    etat.seances
      .filter((x) => x.atelier_id === atelierId)
      .map((x) => ({ ...x, fermeture: fermeture(x.date) }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.debut.localeCompare(b.debut));
  const totaux = (a: Atelier): Totaux => {
    const t: Totaux = {
      minutes_prevues: a.minutes_prevues,
      minutes_programmees: 0,
      minutes_tenues: 0,
      minutes_realisees: 0,
      seances_programmees: 0,
      seances_tenues: 0,
      seances_realisees: 0,
      seances_annulees: 0,
      axes_programmes: { langue: 0, ecole: 0, valeurs: 0 },
      axes_realises: { langue: 0, ecole: 0, valeurs: 0 },
    };
    for (const x of seancesDe(a.id)) {
      if (x.annulee) {
        t.seances_annulees++;
        continue;
      }
      t.minutes_programmees += x.duree_minutes;
      t.seances_programmees++;
      ajouterAxes(t.axes_programmes, x.axes, x.duree_minutes);
      if (x.appel_fait) {
        t.minutes_realisees += x.duree_minutes;
        t.seances_realisees++;
        ajouterAxes(t.axes_realises, x.axes, x.duree_minutes);
      }
      if (x.date < etat.aujourdhui) {
        t.minutes_tenues += x.duree_minutes;
        t.seances_tenues++;
      }
    }
    return t;
  };
  // The same rule as `seance::programme` (weekday or slot, every other one, not yet held).
  const programme = (atelierId: number, r: RegleProgramme, fait = false): ApercuProgramme => {
    const champs: ErreurChamp[] = [];
    if (r.jour === null && r.creneau_id === null) champs.push({ champ: "jour", message: "Choisissez un jour de la semaine ou un créneau." });
    if (!r.axes.langue && !r.axes.ecole && !r.axes.valeurs)
      champs.push({ champ: "axes", message: "Cochez au moins un axe : langue française, la connaissance du fonctionnement et des attentes de l'École, ou valeurs de la République." });
    if (champs.length) throw validation(champs);
    const a = etat.ateliers.find((x) => x.id === atelierId)!;
    const depuis = r.depuis.trim() || a.premier_jour;
    const isoJour = (d: string) => ((new Date(`${d}T12:00:00`).getDay() + 6) % 7) + 1;
    const candidates = seancesDe(atelierId).filter(
      (x) => !x.annulee && x.date >= depuis && (r.jour === null || isoJour(x.date) === r.jour) && (r.creneau_id === null || x.creneau_id === r.creneau_id),
    );
    const seances: Seance[] = [];
    let faites = 0;
    let alternees = 0;
    candidates.forEach((x, rang) => {
      if (r.une_sur_deux && rang % 2 === 1) alternees++;
      else if (x.appel_fait && !r.aussi_faites) faites++;
      else seances.push(structuredClone(x));
    });
    const verbe = fait ? (seances.length > 1 ? "séances ont reçu" : "séance a reçu") : seances.length > 1 ? "séances recevront" : "séance recevra";
    const resume = `${seances.length} ${verbe} l'axe ou les axes choisis${faites ? ` ; ${faites} déjà faite(s) (appel fait) inchangée(s)` : ""}.`;
    return { seances, faites_ignorees: faites, alternees, resume };
  };
  const vueAtelier = (id: number): VueAtelier => {
    const a = etat.ateliers.find((x) => x.id === id);
    if (!a) throw { code: "Introuvable", message: "Cet atelier n'existe pas (ou plus).", champs: [] } satisfies ErreurPublique;
    const t = totaux(a);
    const avertissements: Avertissement[] = [];
    if (a.minutes_prevues < 60 * 60 || a.minutes_prevues > 120 * 60)
      avertissements.push({ code: "HeuresPrevues", message: `${a.minutes_prevues / 60} h prévues : un atelier compte en général de 60 à 120 heures dans l'année.` });
    avertissements.push({ code: "Effectif", message: `0 parent(s) inscrit(s) : moins que l'effectif minimum de ${a.effectif_min}.` });
    // The core's `MinutesAxes::sous_la_part`.
    const part = etat.reglages.part_axe_min_pourcent;
    const sous = (m: number) => t.minutes_realisees > 0 && m * 100 < part * t.minutes_realisees;
    const axes_faibles = { langue: sous(t.axes_realises.langue), ecole: sous(t.axes_realises.ecole), valeurs: sous(t.axes_realises.valeurs) };
    return { atelier: structuredClone(a), totaux: t, inscrits: 0, avertissements, part_axe_min_pourcent: part, axes_faibles };
  };
  const validerAtelier = (s: SaisieAtelier, id: number | null): Atelier => {
    const annee = courante();
    if (!annee) throw { code: "Conflit", message: "Définissez d'abord l'année scolaire courante (écran Établissement).", champs: [] } satisfies ErreurPublique;
    const champs: ErreurChamp[] = [];
    if (!s.nom.trim()) champs.push({ champ: "nom", message: "Donnez un nom à l'atelier (par exemple « Atelier du mardi et jeudi »)." });
    else if (etat.ateliers.some((a) => a.nom === s.nom.trim() && a.id !== id))
      champs.push({ champ: "nom", message: `Un autre atelier s'appelle déjà « ${s.nom.trim()} » en ${annee.libelle}.` });
    for (const c of ["premier_jour", "dernier_jour"] as const) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s[c])) champs.push({ champ: c, message: "Date obligatoire." });
    }
    const m = heuresEnMinutes(s.heures_prevues);
    if (m === null) champs.push({ champ: "heures_prevues", message: "Indiquez le nombre d'heures prévues (entre 60 et 120 en général)." });
    s.creneaux.forEach((c, i) => {
      const d = minutes(c.debut);
      const f = minutes(c.fin);
      if (d === null) champs.push({ champ: `creneaux[${i}].debut`, message: `Heure « ${c.debut} » illisible.` });
      if (f === null) champs.push({ champ: `creneaux[${i}].fin`, message: `Heure « ${c.fin} » illisible.` });
      else if (d !== null && f <= d)
        champs.push({ champ: `creneaux[${i}].fin`, message: `L'heure de fin (${c.fin}) est avant l'heure de début (${c.debut}).` });
    });
    if (champs.length > 0) throw validation(champs);
    const ancien = etat.ateliers.find((a) => a.id === id);
    return {
      id: id ?? etat.prochainId++,
      annee_id: annee.id,
      nom: s.nom.trim(),
      niveau: s.niveau.trim(),
      salle: s.salle.trim(),
      premier_jour: s.premier_jour,
      dernier_jour: s.dernier_jour,
      minutes_prevues: m!,
      effectif_min: s.effectif_min ?? 12,
      effectif_max: s.effectif_max ?? 15,
      partenaires: s.partenaires.trim(),
      notes: s.notes.trim(),
      creneaux: s.creneaux.map((c) => ({
        id: c.id ?? ancien?.creneaux.find((x) => x.id === c.id)?.id ?? etat.prochainId++,
        jour: c.jour,
        debut: heureTexte(minutes(c.debut)!),
        fin: heureTexte(minutes(c.fin)!),
        intervenants: c.intervenants.map(bref),
      })),
    };
  };
  const calculer = (atelierId: number): ApercuGeneration => {
    const a = etat.ateliers.find((x) => x.id === atelierId)!;
    if (a.creneaux.length === 0)
      throw validation([{ champ: "creneaux", message: "Ajoutez au moins un créneau hebdomadaire avant de générer les séances." }]);
    const dates: DateApercu[] = [];
    const ecartees: DateEcarteeApercu[] = [];
    const existantes = seancesDe(atelierId);
    for (let d = a.premier_jour; d <= a.dernier_jour; d = jourApres(d)) {
      for (const c of a.creneaux) {
        if (jourSemaine(d) !== c.jour) continue;
        const motif = fermeture(d);
        if (motif) {
          const type = FERIES_TEST.some((f) => f.date === d) && !motif.startsWith("Vacances") ? "JourFerie" : motif.startsWith("Fermeture") ? "Fermeture" : "Vacances";
          ecartees.push({
            date: d,
            jour: JOURS_FR[jourSemaine(d)]!,
            debut: c.debut,
            fin: c.fin,
            motif: type === "Vacances" ? { type, nom: motif } : type === "JourFerie" ? { type, nom: motif } : { type, libelle: motif },
            libelle: motif,
          });
          continue;
        }
        const deja = existantes.find((x) => x.creneau_id === c.id && x.date === d);
        dates.push({
          date: d,
          jour: JOURS_FR[jourSemaine(d)]!,
          debut: c.debut,
          fin: c.fin,
          duree_minutes: minutes(c.fin.slice(0, 5))! - minutes(c.debut.slice(0, 5))!,
          creneau_id: c.id,
          intervenants: c.intervenants,
          etat: deja ? "Existante" : "Nouvelle",
          seance_id: deja?.id ?? null,
        });
      }
    }
    const nouvelles = dates.filter((x) => x.etat === "Nouvelle");
    const apres = totaux(a).minutes_programmees + nouvelles.reduce((n, x) => n + x.duree_minutes, 0);
    return {
      atelier_id: a.id,
      premier_jour: a.premier_jour,
      dernier_jour: a.dernier_jour,
      calendrier_connu: true,
      avertissements: [],
      dates,
      ecartees,
      supprimees: [],
      conservees: [],
      passees_conservees: 0,
      ajoutees_a_la_main: existantes.filter((x) => x.creneau_id === null).length,
      a_creer: nouvelles.length,
      minutes_programmees_apres: apres,
      resume: `${nouvelles.length} séances créées, ${ecartees.length} dates écartées (vacances, jours fériés, fermetures). Total programmé : ${apres / 60} h.`,
    };
  };
  const validerSeance = (s: SaisieSeance): { debut: number; fin: number } => {
    const champs: ErreurChamp[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) champs.push({ champ: "date", message: "Date obligatoire." });
    const d = minutes(s.debut);
    const f = minutes(s.fin);
    if (d === null) champs.push({ champ: "debut", message: `Heure « ${s.debut} » illisible.` });
    if (f === null) champs.push({ champ: "fin", message: `Heure « ${s.fin} » illisible.` });
    else if (d !== null && f <= d) champs.push({ champ: "fin", message: `L'heure de fin (${s.fin}) est avant l'heure de début (${s.debut}).` });
    if (!s.axes.langue && !s.axes.ecole && !s.axes.valeurs)
      champs.push({ champ: "axes", message: "Cochez au moins un axe : langue française, la connaissance du fonctionnement et des attentes de l'École, ou valeurs de la République." });
    if (s.hors_les_murs && !s.lieu.trim()) champs.push({ champ: "lieu", message: "Indiquez le lieu de la séance hors les murs." });
    if (champs.length > 0) throw validation(champs);
    return { debut: d!, fin: f! };
  };
  const seance = (id: number): Seance => {
    const x = etat.seances.find((y) => y.id === id);
    if (!x) throw { code: "Introuvable", message: "Cette séance n'existe pas (ou plus).", champs: [] } satisfies ErreurPublique;
    return x;
  };
  const vueCalendrier = (): VueCalendrier => ({
    zone: etat.etablissement?.zone ?? null,
    annee: courante(),
    etat: { calendrier_connu: true, message: null },
    vacances_officielles: VACANCES_TEST,
    vacances_saisies: etat.vacancesSaisies.map((v) => ({ ...v })),
    jours_feries: FERIES_TEST,
    fermetures: etat.fermetures.map((f) => ({ ...f })),
  });
  const vueIntervenant = (i: Intervenant): VueIntervenant => {
    const parMois = new Map<string, HeuresMois>();
    for (const x of etat.seances.filter((y) => !y.annulee && y.intervenants.some((b) => b.id === i.id))) {
      const m = x.date.slice(0, 7);
      const h = parMois.get(m) ?? { mois: m, seances: 0, minutes: 0, centimes_vacation: i.remuneration === "vacation" ? 0 : null };
      h.seances++;
      h.minutes += x.duree_minutes;
      if (h.centimes_vacation !== null) h.centimes_vacation += Math.round((x.duree_minutes * 2954) / 60);
      parMois.set(m, h);
    }
    const heures = [...parMois.values()].sort((a, b) => a.mois.localeCompare(b.mois));
    return { intervenant: { ...i }, heures_par_mois: heures, minutes_annee: heures.reduce((n, h) => n + h.minutes, 0), avertissements: [] };
  };
  const HEURES_MIN = 60;
  const HEURES_MAX = 120;
  const nonSimule = (nom: keyof Commandes) => () =>
    garde(nom, [], () => {
      throw { code: "Interne", message: `« ${nom} » n'est pas simulé par le faux back-end.`, champs: [] } satisfies ErreurPublique;
    });

  // Documents read the parents' hours without the call showing in `etat.appels`.
  const parentsPourDocuments = (filtre: FiltreParents) => {
    const n = etat.appels.length;
    return commandes.parents_chercher(filtre).finally(() => etat.appels.splice(n, 1));
  };
  const commandes: Commandes = {
    a_propos_lire: () =>
      garde("a_propos_lire", [], () => ({
        version: "0.1.0",
        version_schema: 5,
        fichier_donnees: "/home/secretariat/.local/share/fr.oepre.ateliers/oepre.sqlite",
        dossier_donnees: "/home/secretariat/.local/share/fr.oepre.ateliers",
        polices: [{ nom: "Noto Sans", version: "20201225", licence: "OFL-1.1" }],
        bibliotheques: [{ nom: "rusqlite", version: "0.41.0", licence: "MIT" }],
      })),
    a_propos_ouvrir_dossier: () => garde("a_propos_ouvrir_dossier", [], () => null),
    a_propos_journal_technique: () =>
      garde("a_propos_journal_technique", [], () => '2026-12-05 09:12:03.118  INFO cas="appel_valider" resultat="ok" duree_ms=4\n'),
    accueil_etat: () => garde("accueil_etat", [], accueil),
    accueil_charger_demo: () =>
      garde("accueil_charger_demo", [], () => {
        etat.etablissement = { ...ETABLISSEMENT_DEMO };
        etat.annees = [{ id: 1, libelle: "2025-2026", premier_jour: "2025-09-01", dernier_jour: "2026-07-03", courante: true }];
        etat.premierDemarrage = false;
        return accueil();
      }),
    accueil_commencer_vide: () =>
      garde("accueil_commencer_vide", [], () => {
        etat.premierDemarrage = false;
        return accueil();
      }),
    reglages_avertissements_lire: () => garde("reglages_avertissements_lire", [], () => ({ ...etat.reglages })),
    reglages_avertissements_enregistrer: (r) =>
      garde("reglages_avertissements_enregistrer", [r], () => {
        if (!Number.isInteger(r.part_axe_min_pourcent) || r.part_axe_min_pourcent < 0 || r.part_axe_min_pourcent > 33) {
          const message = "La part minimale d'un axe va de 0 à 33 % (0 : pas d'avertissement).";
          throw { code: "Validation", message, champs: [{ champ: "part_axe_min_pourcent", message }] } satisfies ErreurPublique;
        }
        etat.reglages = { ...r };
        return { ...etat.reglages };
      }),
    etablissement_lire: () =>
      garde(
        "etablissement_lire",
        [],
        (): VueEtablissement => ({
          etablissement: etat.etablissement ? { ...etat.etablissement } : null,
          annees: etat.annees.map((a) => ({ ...a })),
          academies: ACADEMIES_TEST,
        }),
      ),
    etablissement_enregistrer: (s: SaisieEtablissement) =>
      garde("etablissement_enregistrer", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.nom.trim()) champs.push({ champ: "nom", message: "Le nom de l'établissement est obligatoire." });
        if (!/^\d{7}[A-Z]$/.test(s.uai.replace(/\s/g, "").toUpperCase()))
          champs.push({ champ: "uai", message: "Il faut 7 chiffres suivis d'une lettre, par exemple 0750654D." });
        if (!s.commune.trim()) champs.push({ champ: "commune", message: "La commune est obligatoire." });
        if (!ACADEMIES_TEST.some((a) => a.nom === s.academie))
          champs.push({ champ: "academie", message: "Choisissez l'académie dans la liste." });
        if (!s.type_etablissement) champs.push({ champ: "type_etablissement", message: "Choisissez le type d'établissement." });
        if (!s.zone) champs.push({ champ: "zone", message: "Choisissez la zone de vacances scolaires (A, B ou C)." });
        if (!s.chef_titre) champs.push({ champ: "chef_titre", message: "Choisissez le titre du chef d'établissement." });
        if (champs.length > 0 || !s.type_etablissement || !s.zone || !s.chef_titre) throw validation(champs);
        const e: Etablissement = {
          ...s,
          nom: s.nom.trim(),
          uai: s.uai.replace(/\s/g, "").toUpperCase(),
          type_etablissement: s.type_etablissement,
          zone: s.zone,
          chef_titre: s.chef_titre,
        };
        etat.etablissement = e;
        return { ...e };
      }),
    annee_definir_courante: (s) =>
      garde("annee_definir_courante", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!/^\d{4}-\d{4}$/.test(s.libelle.trim()))
          champs.push({ champ: "libelle", message: "L'année scolaire s'écrit comme 2025-2026 (deux années qui se suivent)." });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.premier_jour)) champs.push({ champ: "premier_jour", message: "Date obligatoire." });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.dernier_jour)) champs.push({ champ: "dernier_jour", message: "Date obligatoire." });
        if (champs.length > 0) throw validation(champs);
        const libelle = s.libelle.trim();
        for (const a of etat.annees) if (a.libelle !== libelle) a.courante = false;
        let a = etat.annees.find((x) => x.libelle === libelle);
        if (a) Object.assign(a, { premier_jour: s.premier_jour, dernier_jour: s.dernier_jour, courante: true });
        else {
          a = { id: etat.annees.length + 1, libelle, premier_jour: s.premier_jour, dernier_jour: s.dernier_jour, courante: true };
          etat.annees.push(a);
        }
        etat.annees.sort((x, y) => Number(y.courante) - Number(x.courante) || y.libelle.localeCompare(x.libelle));
        return { ...a };
      }),

    // Ateliers, séances, calendrier, intervenants.
    ateliers_lister: (annee_id) =>
      garde("ateliers_lister", [annee_id], () => {
        const annee = courante();
        return {
          annee,
          calendrier: annee ? { calendrier_connu: true, message: null } : null,
          heures_min: HEURES_MIN,
          heures_max: HEURES_MAX,
          ateliers: etat.ateliers.filter((a) => a.annee_id === annee?.id).map((a) => vueAtelier(a.id)),
        };
      }),
    atelier_lire: (id) => garde("atelier_lire", [id], () => vueAtelier(id)),
    atelier_creer: (s) =>
      garde("atelier_creer", [s], () => {
        const a = validerAtelier(s, null);
        etat.ateliers.push(a);
        return vueAtelier(a.id);
      }),
    atelier_modifier: (id, s) =>
      garde("atelier_modifier", [id, s], () => {
        const a = validerAtelier(s, id);
        etat.ateliers = etat.ateliers.map((x) => (x.id === id ? a : x));
        return vueAtelier(id);
      }),
    atelier_supprimer: (id) =>
      garde("atelier_supprimer", [id], () => {
        etat.ateliers = etat.ateliers.filter((a) => a.id !== id);
        etat.seances = etat.seances.filter((x) => x.atelier_id !== id);
        const annee = courante();
        return { annee, calendrier: null, heures_min: HEURES_MIN, heures_max: HEURES_MAX, ateliers: etat.ateliers.map((a) => vueAtelier(a.id)) };
      }),
    seances_lister: (atelier_id) => garde("seances_lister", [atelier_id], () => ({ atelier: vueAtelier(atelier_id), seances: seancesDe(atelier_id), a_emarger: aEmarger(seancesDe(atelier_id)) })),
    seances_apercu_generation: (atelier_id) => garde("seances_apercu_generation", [atelier_id], () => calculer(atelier_id)),
    // A dry run, like the core's: the form's atelier is applied, the preview computed, then undone.
    seances_apercu_saisie: (atelier_id, s) =>
      garde("seances_apercu_saisie", [atelier_id, s], () => {
        const avant = etat.ateliers;
        try {
          const a = validerAtelier(s, atelier_id);
          etat.ateliers = atelier_id === null ? [...avant, a] : avant.map((x) => (x.id === atelier_id ? a : x));
          return calculer(a.id);
        } finally {
          etat.ateliers = avant;
        }
      }),
    seances_programme_apercu: (atelier_id, regle) => garde("seances_programme_apercu", [atelier_id, regle], () => programme(atelier_id, regle)),
    seances_programme_appliquer: (atelier_id, regle) =>
      garde("seances_programme_appliquer", [atelier_id, regle], () => {
        const r = programme(atelier_id, regle, true);
        const ids = new Set(r.seances.map((x) => x.id));
        const theme = regle.theme?.trim();
        etat.seances = etat.seances.map((x) => (ids.has(x.id) ? { ...x, axes: { ...regle.axes }, theme: theme ? theme : x.theme } : x));
        return r;
      }),
    seances_generer: (atelier_id) =>
      garde("seances_generer", [atelier_id], (): ResultatGeneration => {
        const a = calculer(atelier_id);
        const nouvelles = a.dates.filter((d) => d.etat === "Nouvelle");
        for (const d of nouvelles) {
          etat.seances.push({
            id: etat.prochainId++,
            atelier_id,
            creneau_id: d.creneau_id,
            date: d.date,
            debut: d.debut,
            fin: d.fin,
            duree_minutes: d.duree_minutes,
            intervenants: d.intervenants,
            axes: { langue: true, ecole: false, valeurs: false },
            theme: "",
            hors_les_murs: false,
            lieu: "",
            annulee: false,
            motif_annulation: "",
            modifiee: false,
            appel_fait: false,
            fermeture: null,
          });
        }
        return {
          creees: nouvelles.length,
          supprimees: 0,
          inchangees: a.dates.length - nouvelles.length,
          conservees: [],
          passees_conservees: 0,
          minutes_programmees: a.minutes_programmees_apres,
          resume: a.resume,
        };
      }),
    seance_ajouter: (atelier_id, s) =>
      garde("seance_ajouter", [atelier_id, s], () => {
        const { debut, fin } = validerSeance(s);
        const x: Seance = {
          id: etat.prochainId++,
          atelier_id,
          creneau_id: null,
          date: s.date,
          debut: heureTexte(debut),
          fin: heureTexte(fin),
          duree_minutes: fin - debut,
          intervenants: s.intervenants.map(bref),
          axes: { ...s.axes },
          theme: s.theme.trim(),
          hors_les_murs: s.hors_les_murs,
          lieu: s.lieu.trim(),
          annulee: false,
          motif_annulation: "",
          modifiee: false,
          appel_fait: false,
          fermeture: fermeture(s.date),
        };
        etat.seances.push(x);
        return { ...x };
      }),
    seance_modifier: (id, s) =>
      garde("seance_modifier", [id, s], () => {
        const x = seance(id);
        const { debut, fin } = validerSeance(s);
        Object.assign(x, {
          date: s.date,
          debut: heureTexte(debut),
          fin: heureTexte(fin),
          duree_minutes: fin - debut,
          intervenants: s.intervenants.map(bref),
          axes: { ...s.axes },
          theme: s.theme.trim(),
          hors_les_murs: s.hors_les_murs,
          lieu: s.lieu.trim(),
          modifiee: true,
        });
        return { ...x, fermeture: fermeture(x.date) };
      }),
    seance_annuler: (id, motif) =>
      garde("seance_annuler", [id, motif], () => {
        if (!motif.trim()) throw validation([{ champ: "motif", message: "Indiquez le motif de l'annulation (par exemple « Grève », « Intervenante malade »)." }]);
        const x = seance(id);
        Object.assign(x, { annulee: true, motif_annulation: motif.trim() });
        return { ...x };
      }),
    seance_retablir: (id) =>
      garde("seance_retablir", [id], () => {
        const x = seance(id);
        Object.assign(x, { annulee: false, motif_annulation: "" });
        return { ...x };
      }),
    seance_supprimer: (id) =>
      garde("seance_supprimer", [id], () => {
        const x = seance(id);
        etat.seances = etat.seances.filter((y) => y.id !== id);
        return { atelier: vueAtelier(x.atelier_id), seances: seancesDe(x.atelier_id), a_emarger: aEmarger(seancesDe(x.atelier_id)) };
      }),
    intervenants_lister: (annee_id) => garde("intervenants_lister", [annee_id], () => etat.intervenants.map(vueIntervenant)),
    intervenant_creer: (s) =>
      garde("intervenant_creer", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.nom.trim()) champs.push({ champ: "nom", message: "Le nom est obligatoire." });
        if (!s.statut) champs.push({ champ: "statut", message: "Choisissez le statut de l'intervenant(e)." });
        if (champs.length > 0 || !s.statut) throw validation(champs);
        const i: Intervenant = { ...s, id: etat.prochainId++, nom: s.nom.trim(), statut: s.statut };
        etat.intervenants.push(i);
        return { ...i };
      }),
    intervenant_modifier: (id, s) =>
      garde("intervenant_modifier", [id, s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.nom.trim()) champs.push({ champ: "nom", message: "Le nom est obligatoire." });
        if (!s.statut) champs.push({ champ: "statut", message: "Choisissez le statut de l'intervenant(e)." });
        if (champs.length > 0 || !s.statut) throw validation(champs);
        const i: Intervenant = { ...s, id, nom: s.nom.trim(), statut: s.statut };
        etat.intervenants = etat.intervenants.map((x) => (x.id === id ? i : x));
        return { ...i };
      }),
    taux_vacation_lister: () => garde("taux_vacation_lister", [], () => etat.taux.map((t) => ({ ...t }))),
    taux_vacation_enregistrer: (s) =>
      garde("taux_vacation_enregistrer", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.depuis)) champs.push({ champ: "depuis", message: "Date d'effet invalide : écrivez-la comme 01/07/2023." });
        const m = /^(\d+)(?:[.,](\d{1,2}))?\s*€?$/.exec(s.montant.trim());
        if (!m) champs.push({ champ: "montant", message: "Montant horaire invalide : écrivez-le comme 29,54." });
        if (champs.length > 0 || !m) throw validation(champs);
        const c = Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
        etat.taux = [...etat.taux.filter((t) => t.depuis !== s.depuis), { depuis: s.depuis, centimes_par_heure: c }].sort((a, b) =>
          a.depuis.localeCompare(b.depuis),
        );
        return etat.taux.map((t) => ({ ...t }));
      }),
    calendrier_lire: (annee_id) => garde("calendrier_lire", [annee_id], vueCalendrier),
    fermeture_ajouter: (s) =>
      garde("fermeture_ajouter", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) champs.push({ champ: "date", message: "Date obligatoire." });
        else if (etat.fermetures.some((f) => f.date === s.date)) champs.push({ champ: "date", message: "Ce jour est déjà un jour de fermeture." });
        if (!s.libelle.trim()) champs.push({ champ: "libelle", message: "Indiquez pourquoi l'école est fermée (par exemple « Pont de l'Ascension »)." });
        if (champs.length > 0) throw validation(champs);
        etat.fermetures.push({ date: s.date, libelle: s.libelle.trim() });
        etat.fermetures.sort((a, b) => a.date.localeCompare(b.date));
        return vueCalendrier();
      }),
    fermeture_retirer: (date) =>
      garde("fermeture_retirer", [date], () => {
        etat.fermetures = etat.fermetures.filter((f) => f.date !== date);
        return vueCalendrier();
      }),
    vacances_ajouter: (s) =>
      garde("vacances_ajouter", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.nom.trim()) champs.push({ champ: "nom", message: "Donnez un nom à ces vacances." });
        if (!s.premier_jour) champs.push({ champ: "premier_jour", message: "Date obligatoire." });
        if (!s.dernier_jour) champs.push({ champ: "dernier_jour", message: "Date obligatoire." });
        if (champs.length > 0) throw validation(champs);
        etat.vacancesSaisies.push({ id: etat.prochainId++, nom: s.nom.trim(), premier_jour: s.premier_jour, dernier_jour: s.dernier_jour });
        return vueCalendrier();
      }),
    vacances_retirer: (id) =>
      garde("vacances_retirer", [id], () => {
        etat.vacancesSaisies = etat.vacancesSaisies.filter((v) => v.id !== id);
        return vueCalendrier();
      }),

    // Parents, roll call, import: faux-parents.ts. (A command not simulated yet: `nonSimule("nom")`.)
    ...commandesParents({ etat, garde }),

    // The parents' path (referral, expectations, orientation): faux-parcours.ts.
    ...commandesParcours({ etat, garde }),

    // Documents and flyers: faux-documents.ts.
    ...commandesDocuments({ etat, garde, parents: () => parentsPourDocuments({ texte: "", atelier_id: null }) }),

    // Start-up (who, passphrase, damaged file), backups, export / import, encryption: faux-donnees.ts.
    ...commandesDonnees({ etat, garde, accueil }),

    // Bilan and académie consolidation: faux-bilan.ts.
    ...commandesBilan({ etat, garde }),

    // Retention and purge, register entry, audit log, a parent's data: faux-confidentialite.ts.
    ...commandesConfidentialite({ etat, garde }),

    // The rentrée: faux-rentree.ts.
    ...commandesRentree({ etat, garde }),
  };
  return { etat, commandes };
}

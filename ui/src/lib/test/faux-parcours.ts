// The parents' path part of the fake back end (see faux.ts; core parcours_parent.rs): referral
// and expectations per parent, orientation per enrolment, progress from the enrolment's levels.

import type {
  ChoixParcours,
  Commandes,
  ErreurPublique,
  Evolution,
  GrilleSuivi,
  IndicateurParent,
  NiveauCecrl,
  Orientation,
  ParcoursParent,
  SaisieAccueil,
  Trimestres,
} from "../generated/bindings";
import type { EtatAppelFaux } from "./faux-parents";

type Garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;

/** What the fake keeps: per parent the referral and expectations, per enrolment the orientation,
 *  per parent and term the charter's ticks (key `parent-term`). */
export interface EtatParcoursFaux {
  accueil: Record<number, SaisieAccueil>;
  orientations: Record<number, Orientation | null>;
  suivi: Record<string, IndicateurParent[]>;
}

export function etatParcoursVide(): EtatParcoursFaux {
  return { accueil: {}, orientations: {}, suivi: {} };
}

/** The terms of 2025-2026, zone C (core `domaine/trimestre.rs`). */
export const TRIMESTRES_TEST: Trimestres = {
  trimestres: [
    { numero: 1, du: "2025-09-01", au: "2025-12-19" },
    { numero: 2, du: "2026-01-05", au: "2026-04-17" },
    { numero: 3, du: "2026-05-04", au: "2026-07-03" },
  ],
  approximatif: false,
};

const ORDRE_INDICATEURS: IndicateurParent[] = ["rencontre_individuelle", "venue_ecole", "election"];

/** The core's lists and labels (`ChoixParcours::tous`). */
export const CHOIX_PARCOURS: ChoixParcours = {
  prescripteurs: [
    { code: "ofii", libelle: "OFII" },
    { code: "ecole_upe2a", libelle: "École / UPE2A" },
    { code: "mairie_centre_social", libelle: "Mairie / centre social" },
    { code: "association_asl", libelle: "Association / ASL" },
    { code: "casnav", libelle: "CASNAV" },
    { code: "autre_parent", libelle: "Un autre parent" },
    { code: "autre", libelle: "Autre" },
  ],
  attentes: [
    { code: "parler", libelle: "Parler et comprendre le français (échanges avec l'école, réunions)" },
    { code: "lire_ecrire", libelle: "Lire et écrire le français (carnet de liaison, bulletins, documents de l'école)" },
    { code: "ecole", libelle: "Comprendre le fonctionnement et les attentes de l'École" },
    { code: "valeurs", libelle: "Connaître les valeurs de la République et la vie en France" },
    { code: "aider_enfant", libelle: "Aider mon enfant dans sa scolarité" },
  ],
  orientations: [
    { code: "asl", libelle: "Atelier sociolinguistique (ASL)" },
    { code: "cours_municipaux", libelle: "Cours municipaux" },
    { code: "ofii", libelle: "Formation linguistique de l'OFII" },
    { code: "greta", libelle: "GRETA" },
    { code: "association", libelle: "Association" },
    { code: "oepre_annee_suivante", libelle: "Continue en OEPRE l'année prochaine" },
    { code: "aucune", libelle: "Aucune" },
  ],
};

const NIVEAUX: NiveauCecrl[] = ["A1.1", "A1", "A2", "B1", "B2", "C1", "C2"];
const LIBELLES: Record<Evolution, string> = { progres: "en progrès", stable: "niveau stable", recul: "en recul" };

function evolution(e: NiveauCecrl | null, s: NiveauCecrl | null): Evolution | null {
  if (e === null || s === null) return null;
  const d = NIVEAUX.indexOf(s) - NIVEAUX.indexOf(e);
  return d > 0 ? "progres" : d === 0 ? "stable" : "recul";
}

function texte(e: NiveauCecrl | null, s: NiveauCecrl | null): string {
  if (e === null && s === null) return "non évalué";
  const ev = evolution(e, s);
  return `${e ?? "?"} → ${s ?? "?"}${ev ? ` (${LIBELLES[ev]})` : ""}`;
}

interface Contexte {
  etat: { appel: EtatAppelFaux; parcours: EtatParcoursFaux };
  garde: Garde;
}

export function commandesParcours({
  etat,
  garde,
}: Contexte): Pick<Commandes, "parcours_lire" | "parcours_accueil_enregistrer" | "parcours_orientation_enregistrer" | "suivi_grille" | "suivi_cocher"> {
  const grille = (atelierId: number, trimestre: number): GrilleSuivi => {
    if (![1, 2, 3].includes(trimestre)) {
      const message = "Le trimestre est 1, 2 ou 3.";
      throw { code: "Validation", message, champs: [{ champ: "trimestre", message }] } satisfies ErreurPublique;
    }
    const lignes = etat.appel.inscriptions
      .filter((i) => i.atelier_id === atelierId && i.statut !== "attente")
      .map((i) => {
        const p = etat.appel.parents.find((x) => x.id === i.parent_id)!;
        const coches = etat.parcours.suivi[`${p.id}-${trimestre}`] ?? [];
        return { parent_id: p.id, nom: p.nom, prenom: p.prenom, parti: i.statut === "parti", coches: ORDRE_INDICATEURS.filter((c) => coches.includes(c)) };
      })
      .sort((a, b) => a.nom.localeCompare(b.nom, "fr") || a.prenom.localeCompare(b.prenom, "fr"));
    return { atelier_id: atelierId, trimestre: TRIMESTRES_TEST.trimestres[trimestre - 1]!, trimestres: TRIMESTRES_TEST, modifiable: true, lignes };
  };
  const lire = (id: number): ParcoursParent => {
    if (!etat.appel.parents.some((p) => p.id === id)) throw { code: "Introuvable", message: `Le parent n° ${id} n'existe pas (ou plus).`, champs: [] } satisfies ErreurPublique;
    const a = etat.parcours.accueil[id] ?? { prescripteur: null, attentes: [], attentes_precision: "" };
    return {
      parent_id: id,
      prescripteur: a.prescripteur,
      attentes: CHOIX_PARCOURS.attentes.map((c) => c.code).filter((c) => (a.attentes as string[]).includes(c)) as SaisieAccueil["attentes"],
      attentes_precision: a.attentes_precision,
      inscriptions: etat.appel.inscriptions
        .filter((i) => i.parent_id === id)
        .reverse()
        .map((i) => ({
          inscription_id: i.id,
          atelier_nom: i.atelier_nom,
          annee: "2025-2026",
          inscrit_le: i.inscrit_le,
          entree: i.entree,
          sortie: i.sortie,
          evolution_oral: evolution(i.entree.oral, i.sortie.oral),
          evolution_ecrit: evolution(i.entree.ecrit, i.sortie.ecrit),
          progression_oral: texte(i.entree.oral, i.sortie.oral),
          progression_ecrit: texte(i.entree.ecrit, i.sortie.ecrit),
          orientation: etat.parcours.orientations[i.id] ?? null,
        })),
      choix: CHOIX_PARCOURS,
    };
  };
  return {
    parcours_lire: (id) => garde("parcours_lire", [id], () => lire(id)),
    parcours_accueil_enregistrer: (id, s) =>
      garde("parcours_accueil_enregistrer", [id, s], () => {
        lire(id);
        if (etat.appel.anonymises?.[id]) {
          throw { code: "Conflit", message: "Ce parent a été anonymisé : ses données personnelles ne peuvent plus être saisies.", champs: [] } satisfies ErreurPublique;
        }
        if (s.attentes_precision.length > 500) {
          const message = `Texte trop long : 500 caractères au plus (il en fait ${s.attentes_precision.length}).`;
          throw { code: "Validation", message, champs: [{ champ: "attentes_precision", message }] } satisfies ErreurPublique;
        }
        etat.parcours.accueil[id] = structuredClone(s);
        return lire(id);
      }),
    parcours_orientation_enregistrer: (inscriptionId, orientation) =>
      garde("parcours_orientation_enregistrer", [inscriptionId, orientation], () => {
        const i = etat.appel.inscriptions.find((x) => x.id === inscriptionId);
        if (!i) throw { code: "Introuvable", message: `L'inscription n° ${inscriptionId} n'existe pas (ou plus).`, champs: [] } satisfies ErreurPublique;
        etat.parcours.orientations[inscriptionId] = orientation;
        return lire(i.parent_id);
      }),
    suivi_grille: (atelierId, trimestre) => garde("suivi_grille", [atelierId, trimestre], () => grille(atelierId, trimestre)),
    suivi_cocher: (atelierId, parentId, trimestre, indicateur, coche) =>
      garde("suivi_cocher", [atelierId, parentId, trimestre, indicateur, coche], () => {
        if (!grille(atelierId, trimestre).lignes.some((l) => l.parent_id === parentId)) {
          throw { code: "Introuvable", message: `Le parent n° ${parentId} n'est pas inscrit à cet atelier.`, champs: [] } satisfies ErreurPublique;
        }
        const cle = `${parentId}-${trimestre}`;
        const avant = (etat.parcours.suivi[cle] ?? []).filter((c) => c !== indicateur);
        etat.parcours.suivi[cle] = coche ? [...avant, indicateur] : avant;
        return grille(atelierId, trimestre);
      }),
  };
}

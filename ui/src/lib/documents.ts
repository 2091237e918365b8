// Documents screen logic: form state → `DemandeDocument`, the séance chosen by default, sizes
// in French, how many pages to expect. No Svelte here: tested on its own (documents.test.ts).

import type { ChoixAttestations, DemandeDocument, LigneParent, Seance, SousLeSeuil } from "./generated/bindings";
import { moisEntre } from "./appel";
import { tauxFr } from "./parents";

/** Which attestations: the whole year, one atelier, one parent. */
export type PorteeAttestations = "annee" | "atelier" | "parent";
/** Which feuille d'émargement. */
export type VarianteEmargement = "seance" | "mois" | "vierge" | "annee";
/** Format of the liste des inscrits. */
export type FormatInscrits = "pdf" | "xlsx";

export interface FormAttestations {
  portee: PorteeAttestations;
  atelierId: number | null;
  parentId: number | null;
}

export interface FormEmargement {
  atelierId: number | null;
  variante: VarianteEmargement;
  seanceId: number | null;
  /** `AAAA-MM`. */
  mois: string;
}

export interface FormInscrits {
  atelierId: number | null;
  format: FormatInscrits;
}

export interface FormFiche {
  preremplie: boolean;
  parentId: number | null;
}

/** A request ready to send, or the field to fill first (key of the input: `champ-<champ>`). */
export type Construction = { demande: DemandeDocument } | { champ: string; message: string };

export const VARIANTES_EMARGEMENT: ReadonlyArray<{ valeur: VarianteEmargement; libelle: string; aide: string }> = [
  { valeur: "seance", libelle: "Une séance", aide: "La feuille à faire signer le jour de la séance." },
  { valeur: "mois", libelle: "Un mois", aide: "Une colonne par séance du mois." },
  { valeur: "vierge", libelle: "Feuille vierge", aide: "Les noms seulement, sans date : à remplir à la main." },
  { valeur: "annee", libelle: "Toute l'année", aide: "Une feuille par séance, de la première à la dernière." },
];

const manque = (champ: string, message: string): Construction => ({ champ, message });

/** Attestations of the year `anneeId` (null: no current year yet). */
export function demandeAttestations(anneeId: number | null, f: FormAttestations): Construction {
  if (anneeId === null) return manque("annee", "Aucune année scolaire en cours : définissez-la dans Établissement.");
  if (f.portee === "atelier" && f.atelierId === null) return manque("attestations-atelier", "Choisissez l'atelier.");
  if (f.portee === "parent" && f.parentId === null) return manque("attestations-parent", "Cherchez puis choisissez le parent.");
  return {
    demande: {
      type: "Attestations",
      annee_id: anneeId,
      atelier_id: f.portee === "atelier" ? f.atelierId : null,
      parent_id: f.portee === "parent" ? f.parentId : null,
    },
  };
}

/** What `attestations_sous_le_seuil` is asked for the same request. */
export function choixDepuis(d: Extract<DemandeDocument, { type: "Attestations" }>): ChoixAttestations {
  return { annee_id: d.annee_id, atelier_id: d.atelier_id, parent_id: d.parent_id };
}

export function demandeEmargement(f: FormEmargement): Construction {
  if (f.atelierId === null) return manque("emargement-atelier", "Choisissez l'atelier.");
  switch (f.variante) {
    case "seance":
      return f.seanceId === null ? manque("emargement-seance", "Choisissez la séance.") : { demande: { type: "EmargementSeance", seance_id: f.seanceId } };
    case "mois":
      return /^\d{4}-\d{2}$/.test(f.mois)
        ? { demande: { type: "EmargementMois", atelier_id: f.atelierId, mois: f.mois } }
        : manque("emargement-mois", "Choisissez le mois.");
    case "vierge":
      return { demande: { type: "EmargementVierge", atelier_id: f.atelierId } };
    case "annee":
      return { demande: { type: "EmargementAnnee", atelier_id: f.atelierId } };
  }
}

export function demandeInscrits(f: FormInscrits): Construction {
  if (f.atelierId === null) return manque("inscrits-atelier", "Choisissez l'atelier.");
  return { demande: { type: "Inscrits", atelier_id: f.atelierId, xlsx: f.format === "xlsx" } };
}

export function demandeFiche(f: FormFiche): Construction {
  if (f.preremplie && f.parentId === null) return manque("fiche-parent", "Cherchez puis choisissez le parent.");
  return { demande: { type: "Fiche", parent_id: f.preremplie ? f.parentId : null } };
}

/** The months of an atelier (`AAAA-MM`), for the month picker. */
export function moisAtelier(premierJour: string, dernierJour: string): string[] {
  return /^\d{4}-\d{2}/.test(premierJour) && /^\d{4}-\d{2}/.test(dernierJour) && premierJour <= dernierJour
    ? moisEntre(premierJour, dernierJour)
    : [];
}

/** Bytes as a French person reads a file size: `512 octets`, `292 ko`, `1,4 Mo`. */
export function tailleFr(octets: number): string {
  if (!Number.isFinite(octets) || octets < 0) return "—";
  if (octets < 1024) return `${octets} octet${octets > 1 ? "s" : ""}`;
  const ko = octets / 1024;
  if (ko < 1024) return `${Math.max(1, Math.round(ko))} ko`;
  const mo = ko / 1024;
  return `${(Math.round(mo * 10) / 10).toLocaleString("fr-FR")} Mo`;
}

/** « 1 page », « 12 pages ». */
export function pages(n: number): string {
  return `${n} page${n > 1 ? "s" : ""}`;
}

/** The question asked before issuing attestations below the minimum rate. */
export function questionSeuil(liste: readonly SousLeSeuil[]): string {
  const seuil = tauxFr(liste[0]?.taux_minimum ?? null);
  return liste.length === 1
    ? `1 parent a un taux de présence inférieur à ${seuil} : délivrer quand même ?`
    : `${liste.length} parents ont un taux de présence inférieur à ${seuil} : délivrer quand même ?`;
}

/** « Prénom NOM », for the parent picker. */
export function libelleParent(p: Pick<LigneParent, "nom" | "prenom" | "annee_naissance">): string {
  const nom = [p.prenom, p.nom.toUpperCase()].filter(Boolean).join(" ");
  return p.annee_naissance ? `${nom} (né·e en ${p.annee_naissance})` : nom;
}

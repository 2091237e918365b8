import { describe, expect, it } from "vitest";
import {
  demandeAttestations,
  demandeEmargement,
  demandeFiche,
  demandeInscrits,
  choixDepuis,
  libelleParent,
  moisAtelier,
  pages,
  questionSeuil,
  tailleFr,
} from "./documents";
import type { Heures, SousLeSeuil } from "./generated/bindings";

const heures = (taux: number | null): Heures => ({
  minutes_suivies: 0,
  minutes_dispensees: 0,
  taux,
  seances_comptees: 0,
  seances_non_prises: 0,
  premiere_seance: null,
  derniere_seance: null,
});

describe("demandes de documents", () => {
  it("attestations : toute l'année, un atelier, un parent ; les choix manquants sont nommés", () => {
    expect(demandeAttestations(2, { portee: "annee", atelierId: 5, parentId: 7 })).toEqual({
      demande: { type: "Attestations", annee_id: 2, atelier_id: null, parent_id: null },
    });
    expect(demandeAttestations(2, { portee: "atelier", atelierId: 5, parentId: 7 })).toEqual({
      demande: { type: "Attestations", annee_id: 2, atelier_id: 5, parent_id: null },
    });
    expect(demandeAttestations(2, { portee: "parent", atelierId: 5, parentId: 7 })).toEqual({
      demande: { type: "Attestations", annee_id: 2, atelier_id: null, parent_id: 7 },
    });
    expect(demandeAttestations(2, { portee: "parent", atelierId: 5, parentId: null })).toMatchObject({ champ: "attestations-parent" });
    expect(demandeAttestations(2, { portee: "atelier", atelierId: null, parentId: null })).toMatchObject({ champ: "attestations-atelier" });
    expect(demandeAttestations(null, { portee: "annee", atelierId: null, parentId: null })).toMatchObject({ champ: "annee" });
    expect(choixDepuis({ type: "Attestations", annee_id: 2, atelier_id: 5, parent_id: null })).toEqual({ annee_id: 2, atelier_id: 5, parent_id: null });
  });

  it("émargement : séance, mois, vierge, année", () => {
    const f = { atelierId: 3, variante: "seance" as const, seanceId: 12, mois: "2025-10" };
    expect(demandeEmargement(f)).toEqual({ demande: { type: "EmargementSeance", seance_id: 12 } });
    expect(demandeEmargement({ ...f, seanceId: null })).toMatchObject({ champ: "emargement-seance" });
    expect(demandeEmargement({ ...f, variante: "mois" })).toEqual({ demande: { type: "EmargementMois", atelier_id: 3, mois: "2025-10" } });
    expect(demandeEmargement({ ...f, variante: "mois", mois: "" })).toMatchObject({ champ: "emargement-mois" });
    expect(demandeEmargement({ ...f, variante: "vierge" })).toEqual({ demande: { type: "EmargementVierge", atelier_id: 3 } });
    expect(demandeEmargement({ ...f, variante: "annee" })).toEqual({ demande: { type: "EmargementAnnee", atelier_id: 3 } });
    expect(demandeEmargement({ ...f, atelierId: null })).toMatchObject({ champ: "emargement-atelier" });
  });

  it("inscrits en PDF ou en XLSX ; fiche vierge ou pré-remplie", () => {
    expect(demandeInscrits({ atelierId: 3, format: "pdf" })).toEqual({ demande: { type: "Inscrits", atelier_id: 3, xlsx: false } });
    expect(demandeInscrits({ atelierId: 3, format: "xlsx" })).toEqual({ demande: { type: "Inscrits", atelier_id: 3, xlsx: true } });
    expect(demandeInscrits({ atelierId: null, format: "xlsx" })).toMatchObject({ champ: "inscrits-atelier" });
    expect(demandeFiche({ preremplie: false, parentId: 9 })).toEqual({ demande: { type: "Fiche", parent_id: null } });
    expect(demandeFiche({ preremplie: true, parentId: 9 })).toEqual({ demande: { type: "Fiche", parent_id: 9 } });
    expect(demandeFiche({ preremplie: true, parentId: null })).toMatchObject({ champ: "fiche-parent" });
  });
});

describe("tailles et pages", () => {
  it("tailles en français", () => {
    expect(tailleFr(299_008)).toBe("292 ko");
    expect(tailleFr(1)).toBe("1 octet");
    expect(tailleFr(512)).toBe("512 octets");
    expect(tailleFr(1024)).toBe("1 ko");
    expect(tailleFr(1_468_006)).toBe("1,4 Mo");
    expect(tailleFr(-1)).toBe("—");
    expect(pages(1)).toBe("1 page");
    expect(pages(12)).toBe("12 pages");
  });

  it("la question du seuil, au singulier et au pluriel", () => {
    const s: SousLeSeuil = { inscription_id: 1, parent_id: 1, nom_complet: "Awa DIALLO", atelier_nom: "A", heures: heures(0.2), taux_minimum: 0.5 };
    expect(questionSeuil([s])).toBe("1 parent a un taux de présence inférieur à 50 % : délivrer quand même ?");
    expect(questionSeuil([s, s, s])).toBe("3 parents ont un taux de présence inférieur à 50 % : délivrer quand même ?");
    expect(libelleParent({ nom: "Diallo", prenom: "Awa", annee_naissance: 1988 })).toBe("Awa DIALLO (né·e en 1988)");
  });
});

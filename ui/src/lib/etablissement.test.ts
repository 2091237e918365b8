import { describe, expect, it } from "vitest";
import {
  CHAMPS_ETABLISSEMENT,
  TITRES,
  academieSansZone,
  repartirAnnees,
  saisieDepuis,
  saisieVide,
  zoneApresChoixAcademie,
} from "./etablissement";
import { ACADEMIES_TEST, ETABLISSEMENT_DEMO } from "./test/faux";

describe("académie → zone", () => {
  it("choisir une académie pré-sélectionne sa zone", () => {
    expect(zoneApresChoixAcademie(ACADEMIES_TEST, "Créteil", null)).toBe("C");
    expect(zoneApresChoixAcademie(ACADEMIES_TEST, "Lyon", "C")).toBe("A");
    expect(zoneApresChoixAcademie(ACADEMIES_TEST, "Lille", "A")).toBe("B");
  });

  it("une académie sans zone (Corse) ou inconnue garde la zone déjà choisie", () => {
    expect(zoneApresChoixAcademie(ACADEMIES_TEST, "Corse", "B")).toBe("B");
    expect(zoneApresChoixAcademie(ACADEMIES_TEST, "Corse", null)).toBeNull();
    expect(zoneApresChoixAcademie(ACADEMIES_TEST, "", "A")).toBe("A");
    expect(academieSansZone(ACADEMIES_TEST, "Corse")).toBe(true);
    expect(academieSansZone(ACADEMIES_TEST, "Paris")).toBe(false);
    expect(academieSansZone(ACADEMIES_TEST, "")).toBe(false);
  });
});

describe("formulaire", () => {
  it("le formulaire couvre chaque champ de SaisieEtablissement", () => {
    expect([...CHAMPS_ETABLISSEMENT].sort()).toEqual(Object.keys(saisieVide()).sort());
  });

  it("saisieDepuis recopie l'établissement enregistré, ou donne un formulaire vide", () => {
    expect(saisieDepuis(ETABLISSEMENT_DEMO)).toEqual(ETABLISSEMENT_DEMO);
    expect(saisieDepuis(null)).toEqual(saisieVide());
  });

  it("les six titres, dans l'ordre", () => {
    expect(TITRES.map((t) => t.libelle)).toEqual([
      "Principal",
      "Principale",
      "Proviseur",
      "Proviseure",
      "Directeur d'école",
      "Directrice d'école",
    ]);
  });

  it("années : la courante à part, les passées dans l'ordre reçu", () => {
    const a = (id: number, libelle: string, courante: boolean) => ({ id, libelle, premier_jour: "", dernier_jour: "", courante });
    const r = repartirAnnees([a(3, "2025-2026", true), a(2, "2024-2025", false), a(1, "2023-2024", false)]);
    expect(r.courante?.id).toBe(3);
    expect(r.passees.map((x) => x.id)).toEqual([2, 1]);
    expect(repartirAnnees([]).courante).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { decalerJour, decalerMois, grilleMois, joursEntre, moisEntre } from "./calendrier";

describe("grille d'un mois", () => {
  it("les semaines commencent le lundi ; octobre 2025 commence un mercredi", () => {
    const g = grilleMois("2025-10");
    expect(g.length).toBe(5);
    expect(g.every((s) => s.length === 7)).toBe(true);
    expect(g[0]!.map((c) => c.date)).toEqual([
      "2025-09-29",
      "2025-09-30",
      "2025-10-01",
      "2025-10-02",
      "2025-10-03",
      "2025-10-04",
      "2025-10-05",
    ]);
    expect(g[0]![0]!.dansLeMois).toBe(false);
    expect(g[0]![2]).toMatchObject({ jour: 1, dansLeMois: true, jourSemaine: 3 });
    expect(g[4]![6]).toMatchObject({ date: "2025-11-02", dansLeMois: false, jourSemaine: 7 });
    expect(g.flat().filter((c) => c.dansLeMois).length).toBe(31);
  });

  it("un mois qui commence un lundi n'a pas de jour du mois précédent ; février 2026 tient en 4 semaines", () => {
    const sept = grilleMois("2025-09");
    expect(sept[0]![0]!.date).toBe("2025-09-01");
    const fev = grilleMois("2027-02"); // 1 Feb 2027 is a Monday, 28 days
    expect(fev.length).toBe(4);
    expect(fev[3]![6]!.date).toBe("2027-02-28");
  });

  it("mars 2026 : le passage à l'heure d'été ne décale aucun jour", () => {
    const dates = grilleMois("2026-03").flat().map((c) => c.date);
    expect(dates).toContain("2026-03-29");
    expect(dates).toContain("2026-03-30");
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("mois et jours voisins", () => {
    expect(decalerMois("2025-12", 1)).toBe("2026-01");
    expect(decalerMois("2026-01", -1)).toBe("2025-12");
    expect(moisEntre("2025-10-07", "2026-06-25")).toEqual([
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    expect(decalerJour("2026-02-28", 1)).toBe("2026-03-01");
    expect(joursEntre("2025-12-20", "2026-01-04").length).toBe(16);
  });
});

import { describe, expect, it } from "vitest";
import { resumeRentree } from "./rentree";
import type { ApercuRentree } from "./generated/bindings";

const atelier = (id: number, parents: number[]): ApercuRentree["ateliers"][number] => ({
  ancien_id: id,
  nom: `Atelier ${id}`,
  premier_jour: "2026-10-06",
  dernier_jour: "2027-06-24",
  heures_prevues: "120 h",
  creneaux: [],
  continuent: parents.map((p) => ({ inscription_id: p, parent_id: p, nom_complet: `Parent ${p}` })),
});

describe("resumeRentree", () => {
  const a = { libelle: "2026-2027", calendrier_livre: true, ateliers: [atelier(1, [10, 11]), atelier(2, [20])] };
  it("compte seulement les ateliers gardés et les parents cochés de ces ateliers", () => {
    expect(resumeRentree(a, [1, 2], [10, 11, 20])).toBe(
      "Seront créés : l'année 2026-2027 (qui devient l'année courante), 2 ateliers avec leurs séances, 3 parents réinscrits.",
    );
    expect(resumeRentree(a, [1], [10, 20])).toBe("Seront créés : l'année 2026-2027 (qui devient l'année courante), 1 atelier avec ses séances, 1 parent réinscrit.");
    expect(resumeRentree(a, [], [10])).toBe("Seront créés : l'année 2026-2027 (qui devient l'année courante), 0 atelier, 0 parent réinscrit.");
  });
  it("sans calendrier livré, les séances viennent plus tard", () => {
    expect(resumeRentree({ ...a, calendrier_livre: false }, [2], [20])).toContain("1 atelier (séances à créer une fois les vacances saisies), 1 parent réinscrit");
  });
});

import { describe, expect, it } from "vitest";
import { etiquetteCourte, haut, tracer, valeurGraphique, type Barre } from "./graphiques";
import type { Graphique } from "./generated/bindings";

const assiduite: Graphique = {
  titre: "Taux d'assiduité par mois",
  unite: "pourcent",
  categories: ["oct. 2025", "nov. 2025"],
  series: [{ nom: "Taux d'assiduité", valeurs: [75, 50] }],
  note: null,
};

const niveaux: Graphique = {
  titre: "Niveaux CECRL à l'entrée et à la sortie — oral",
  unite: "nombre",
  categories: ["A1", "A2", "Non évalué"],
  series: [
    { nom: "Entrée", valeurs: [7, 3, 0] },
    { nom: "Sortie", valeurs: [2, 8, null] },
  ],
  note: null,
};

describe("graphiques", () => {
  it("écrit les valeurs à la française, « — » quand elles manquent", () => {
    expect(valeurGraphique(62.5, "pourcent")).toBe("62,5\u00a0%");
    expect(valeurGraphique(1234.5, "heures")).toBe("1\u202f234,5\u00a0h");
    expect(valeurGraphique(3, "nombre")).toBe("3");
    expect(valeurGraphique(null, "heures")).toBe("—");
  });

  it("arrondit le haut de l'échelle à 1, 2 ou 5 × 10ⁿ ; 100 pour un taux", () => {
    expect(haut(assiduite)).toBe(100);
    expect(haut(niveaux)).toBe(10);
    expect(haut({ ...niveaux, series: [{ nom: "x", valeurs: [12] }] })).toBe(20);
    expect(haut({ ...niveaux, series: [{ nom: "x", valeurs: [41] }] })).toBe(50);
    expect(haut({ ...niveaux, series: [{ nom: "x", valeurs: [null, 0] }] })).toBe(1);
  });

  it("place les barres proportionnellement, sans barre pour une valeur inconnue", () => {
    const t = tracer(assiduite, 520, 220);
    expect(t.barres).toHaveLength(2);
    const [oct, nov] = t.barres as [Barre, Barre];
    expect(oct.hauteur).toBeCloseTo(nov.hauteur * 1.5, 6);
    expect(oct.y + oct.hauteur).toBe(t.basTrace);
    const n = tracer(niveaux);
    expect(n.barres).toHaveLength(6);
    const inconnue = n.barres.find((b) => b.serie === 1 && b.categorie === 2)!;
    expect(inconnue.valeur).toBeNull();
    expect(inconnue.hauteur).toBe(0);
    // Entry and exit side by side, inside their category's slot.
    const a1 = n.barres.filter((b) => b.categorie === 0);
    expect(a1[1]!.x).toBeGreaterThan(a1[0]!.x);
    expect(n.centres).toHaveLength(3);
    expect(n.graduations.map((g) => g.valeur)).toEqual([0, 5, 10]);
  });

  it("raccourcit les libellés des axes sous les barres", () => {
    expect(etiquetteCourte("Axe 2 : fonctionnement et attentes de l'École")).toBe("Axe 2");
    expect(etiquetteCourte("Autres parents allophones")).toBe("Autres parents…");
    expect(etiquetteCourte("oct. 2025")).toBe("oct. 2025");
  });
});

import { describe, expect, it } from "vitest";
import { euros, libelleRemuneration, saisieIntervenantDepuis, STATUTS, tauxEnVigueur } from "./intervenants";

describe("intervenants", () => {
  it("six statuts, dans l'ordre du formulaire", () => {
    expect(STATUTS.map((s) => s.valeur)).toEqual(["upe2a", "fls", "enseignant", "greta", "association", "autre"]);
    expect(libelleRemuneration(null)).toBe("À décider");
    expect(libelleRemuneration("vacation")).toContain("2005-909");
  });

  it("euros à la française", () => {
    expect(euros(2954)).toBe("29,54\u00a0€");
    expect(euros(472640)).toBe("4\u202f726,40\u00a0€");
    expect(euros(5)).toBe("0,05\u00a0€");
  });

  it("le taux en vigueur est le dernier dont la date d'effet est passée", () => {
    const taux = [
      { depuis: "2017-02-01", centimes_par_heure: 2812 },
      { depuis: "2023-07-01", centimes_par_heure: 2954 },
      { depuis: "2022-07-01", centimes_par_heure: 2910 },
    ];
    expect(tauxEnVigueur(taux, "2023-06-30")?.centimes_par_heure).toBe(2910);
    expect(tauxEnVigueur(taux, "2023-07-01")?.centimes_par_heure).toBe(2954);
    expect(tauxEnVigueur(taux, "2010-01-01")).toBeUndefined();
  });

  it("formulaire depuis un intervenant enregistré", () => {
    const s = saisieIntervenantDepuis({
      id: 1,
      nom: "Belkacem",
      prenom: "Samia",
      statut: "upe2a",
      telephone: "",
      courriel: "",
      remuneration: "vacation",
      actif: true,
    });
    expect(s).toEqual({ nom: "Belkacem", prenom: "Samia", statut: "upe2a", telephone: "", courriel: "", remuneration: "vacation", actif: true });
  });
});

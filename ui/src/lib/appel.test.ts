import { describe, expect, it } from "vitest";
import {
  CYCLE,
  actionTouche,
  lettreMarque,
  ligneApresTouche,
  lireMinutes,
  marqueDepuisTouche,
  marqueSuivante,
  moisEntre,
  moisInitial,
  nombre,
  resumeAppel,
  type Marque,
} from "./appel";

const touche = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe("clavier de l'appel", () => {
  it("P, A, E, R (majuscule ou minuscule) donnent la marque ; les autres touches rien", () => {
    expect(marqueDepuisTouche("p")).toBe("present");
    expect(marqueDepuisTouche("P")).toBe("present");
    expect(marqueDepuisTouche("a")).toBe("absent");
    expect(marqueDepuisTouche("E")).toBe("excuse");
    expect(marqueDepuisTouche("r")).toBe("retard");
    expect(marqueDepuisTouche("x")).toBeUndefined();
    expect(marqueDepuisTouche("Enter")).toBeUndefined();
  });

  it("une touche = une action : marquer, retard (minutes), effacer, changer de ligne", () => {
    expect(actionTouche(touche("p"), 0, 15)).toEqual({ type: "marquer", marque: "present" });
    expect(actionTouche(touche("A"), 3, 15)).toEqual({ type: "marquer", marque: "absent" });
    expect(actionTouche(touche("r"), 3, 15)).toEqual({ type: "retard" });
    expect(actionTouche(touche("Delete"), 3, 15)).toEqual({ type: "effacer" });
    expect(actionTouche(touche("ArrowDown"), 3, 15)).toEqual({ type: "aller", index: 4 });
    // Ctrl+P (print), Alt+A… are left to the system.
    expect(actionTouche(touche("p", { ctrlKey: true }), 0, 15)).toBeUndefined();
    expect(actionTouche(touche("a", { altKey: true }), 0, 15)).toBeUndefined();
    expect(actionTouche(touche(" "), 0, 15)).toBeUndefined();
  });

  it("navigation entre lignes : flèches bornées, Début et Fin", () => {
    expect(ligneApresTouche("ArrowDown", 0, 3)).toBe(1);
    expect(ligneApresTouche("ArrowDown", 2, 3)).toBe(2);
    expect(ligneApresTouche("ArrowUp", 0, 3)).toBe(0);
    expect(ligneApresTouche("ArrowUp", 2, 3)).toBe(1);
    expect(ligneApresTouche("Home", 2, 3)).toBe(0);
    expect(ligneApresTouche("End", 0, 3)).toBe(2);
    expect(ligneApresTouche("ArrowDown", 0, 0)).toBeUndefined();
    expect(ligneApresTouche("p", 0, 3)).toBeUndefined();
  });
});

describe("grille du mois", () => {
  it("le bouton d'une case tourne · → P → A → E → R → ·", () => {
    expect(CYCLE.map(lettreMarque).join(" ")).toBe("· P A E R");
    let m: Marque = CYCLE[0]!;
    const vus = [];
    for (let k = 0; k < 5; k++) {
      m = marqueSuivante(m);
      vus.push(lettreMarque(m));
    }
    expect(vus.join("")).toBe("PAER·");
  });

  it("mois d'un atelier et mois affiché d'abord", () => {
    expect(moisEntre("2025-10-07", "2026-01-15")).toEqual(["2025-10", "2025-11", "2025-12", "2026-01"]);
    const mois = moisEntre("2025-10-07", "2026-06-25");
    expect(moisInitial(mois, "2026-03-15")).toBe("2026-03");
    expect(moisInitial(mois, "2025-09-01")).toBe("2025-10");
    expect(moisInitial(mois, "2026-08-01")).toBe("2026-06");
  });
});

describe("petites lectures", () => {
  it("minutes de retard : un entier de 1 à 999", () => {
    expect(lireMinutes("15")).toBe(15);
    expect(lireMinutes(" 5 ")).toBe(5);
    expect(lireMinutes("0")).toBeNull();
    expect(lireMinutes("")).toBeNull();
    expect(lireMinutes("1h")).toBeNull();
  });

  it("un entier Rust se lit en nombre (bigint accepté)", () => {
    expect(nombre(90)).toBe(90);
    expect(nombre(90n)).toBe(90);
    expect(nombre(null)).toBe(0);
  });

  it("résumé de l'appel : « pas encore fait » n'est pas compté comme absent", () => {
    expect(resumeAppel([{ statut: "present" }, { statut: "present" }, { statut: null }])).toBe(
      "2 présent·es, 0 absent·e, 0 excusé·e, 0 en retard ; 1 parent sans marque.",
    );
    expect(resumeAppel([{ statut: "absent" }, { statut: "retard" }])).toBe("0 présent·e, 1 absent·e, 0 excusé·e, 1 en retard. Appel complet.");
  });
});

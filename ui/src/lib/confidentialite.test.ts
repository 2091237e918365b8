import { describe, expect, it } from "vitest";
import {
  avisParentAnonymise,
  boutonPurge,
  donneesAnonymisees,
  lireDuree,
  nomAPurger,
  questionEffacement,
  questionPurge,
  quandFr,
  resultatEffacement,
  resultatPurge,
  resumeApercu,
} from "./confidentialite";

const plage = { minimum: 1, maximum: 10 };

describe("durée de conservation saisie", () => {
  it("accepte un entier dans la plage donnée par le noyau, espaces autour compris", () => {
    expect(lireDuree(" 3 ", plage)).toEqual({ annees: 3 });
    expect(lireDuree("1", plage)).toEqual({ annees: 1 });
    expect(lireDuree("10", plage)).toEqual({ annees: 10 });
  });
  it("refuse zéro, au-delà du maximum, les décimales et le texte, avec la plage dans le message", () => {
    for (const t of ["0", "11", "2,5", "trois", "", "-1"]) {
      expect(lireDuree(t, plage)).toEqual({ erreur: "Écrivez un nombre entier d'années, de 1 à 10." });
    }
    expect(lireDuree("6", { minimum: 1, maximum: 5 })).toEqual({ erreur: "Écrivez un nombre entier d'années, de 1 à 5." });
  });
});

describe("purge", () => {
  const apercu = (nombre: number) => ({ duree_annees: 3, date_limite: "2023-11-25", nombre, parents: [] });

  it("le résumé de l'aperçu dit combien, et la date limite en français", () => {
    expect(resumeApercu(apercu(0))).toBe(
      "Aucun parent à anonymiser aujourd'hui : aucun n'a sa dernière inscription dans une année scolaire terminée avant le 25/11/2023 (conservation : 3 ans).",
    );
    expect(resumeApercu(apercu(1))).toBe("1 parent a sa dernière inscription dans une année scolaire terminée avant le 25/11/2023 (conservation : 3 ans).");
    expect(resumeApercu({ ...apercu(2), duree_annees: 1 })).toBe(
      "2 parents ont leur dernière inscription dans une année scolaire terminée avant le 25/11/2023 (conservation : 1 an).",
    );
  });

  it("la question et le bouton nomment le nombre ; la question dit ce qui reste", () => {
    expect(questionPurge(2)).toMatch(/^Anonymiser les 2 parents \?/);
    expect(questionPurge(1)).toMatch(/^Anonymiser ce parent \?/);
    expect(questionPurge(2)).toContain("les chiffres anonymes des bilans sont gardés");
    expect(boutonPurge(2)).toBe("Anonymiser 2 parents");
    expect(boutonPurge(1)).toBe("Anonymiser 1 parent");
  });

  it("le résultat dit combien, et prévient quand le fichier n'a pas été reconstruit", () => {
    const r = { duree_annees: 3, date_limite: "2023-11-25", parents_anonymises: 2, fichier_compacte: true };
    expect(resultatPurge(r)).toBe("2 parents anonymisés.");
    expect(resultatPurge({ ...r, parents_anonymises: 1 })).toBe("1 parent anonymisé.");
    expect(resultatPurge({ ...r, parents_anonymises: 0 })).toBe("Aucun parent n'était à anonymiser.");
    expect(resultatPurge({ ...r, fichier_compacte: false })).toContain("n'a pas pu être reconstruit");
  });

  it("un nom dans une autre écriture est suivi de sa translittération", () => {
    const p = { parent_id: 4, nom: "حسن", prenom: "فاطمة", translitteration: "Hassan Fatima", derniere_annee: "2021-2022", fin_derniere_annee: "2022-07-05" };
    expect(nomAPurger(p)).toBe("حسن فاطمة (Hassan Fatima)");
    expect(nomAPurger({ ...p, nom: "KOWALSKA", prenom: "", translitteration: "" })).toBe("KOWALSKA");
  });
});

describe("effacement des données d'un parent", () => {
  it("la question dit ce qui part et, s'il a suivi un atelier, ce qui reste", () => {
    const q = questionEffacement("KOWALSKA Anna", 2);
    expect(q).toMatch(/^Effacer les données de KOWALSKA Anna \?/);
    expect(q).toContain("effacés définitivement");
    expect(q).toContain("chiffres anonymes dont les bilans ont besoin (ses 2 inscriptions");
    expect(questionEffacement("X", 1)).toContain("(son inscription,");
    expect(questionEffacement("X", 0)).toBe("Supprimer la fiche de X ? Ce parent n'est inscrit à aucun atelier : toute sa fiche est supprimée définitivement.");
  });
  it("le résultat suit le mode choisi par le noyau", () => {
    expect(resultatEffacement({ parent_id: 1, mode: "suppression", inscriptions_gardees: 0 })).toBe("Fiche supprimée : ce parent n'avait suivi aucun atelier.");
    expect(resultatEffacement({ parent_id: 1, mode: "anonymisation", inscriptions_gardees: 1 })).toContain("« Parent anonymisé ». 1 inscription gardée sans nom");
  });
});

describe("journal", () => {
  it("la date locale du journal s'affiche en français, sans conversion de fuseau", () => {
    expect(quandFr("2026-11-25T23:59:01")).toBe("25/11/2026 à 23:59");
    expect(quandFr("2026-01-02 08:05:00")).toBe("02/01/2026 à 08:05");
    expect(quandFr("n'importe quoi")).toBe("n'importe quoi");
  });
  it("une fiche anonymisée dit le jour, en français", () => {
    expect(donneesAnonymisees("2026-11-25T14:03:09")).toBe("Données anonymisées le 25/11/2026.");
    expect(donneesAnonymisees("2021-01-05")).toBe("Données anonymisées le 05/01/2021.");
    expect(avisParentAnonymise("2026-11-25T14:03:09")).toBe(
      "Parent anonymisé le 25/11/2026 : ses données personnelles ont été effacées ; ses inscriptions et présences restent comptées dans les bilans.",
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  avecCertification,
  etatCertification,
  formulaireDepuis,
  formulaireVide,
  heuresFr,
  heuresSuivies,
  libelleArrivee,
  libellePrimo,
  libelleStatutInscription,
  nouvelleInscription,
  saisieDepuis,
  tauxFr,
} from "./parents";
import type { Parent } from "./generated/bindings";

describe("heures et assiduité", () => {
  it("taux en pourcentage arrondi, « — » quand rien n'a été dispensé", () => {
    expect(tauxFr(0.75)).toBe("75 %");
    expect(tauxFr(0.8333)).toBe("83 %");
    expect(tauxFr(1)).toBe("100 %");
    expect(tauxFr(0)).toBe("0 %");
    expect(tauxFr(null)).toBe("—");
  });

  it("heures à la française", () => {
    expect(heuresFr(42 * 60 + 30)).toBe("42 h 30");
    expect(heuresFr(120)).toBe("2 h");
    expect(heuresFr(45)).toBe("0 h 45");
    expect(heuresFr(2550)).toBe("42 h 30");
    expect(heuresSuivies({ minutes_suivies: 600, minutes_dispensees: 720 })).toBe("10 h / 12 h");
  });

  it("statut d'inscription accordé", () => {
    expect(libelleStatutInscription("inscrit", "F")).toBe("inscrite");
    expect(libelleStatutInscription("inscrit", "M")).toBe("inscrit");
    expect(libelleStatutInscription("parti", null)).toBe("parti·e");
    expect(libelleStatutInscription("attente", "F")).toBe("en liste d'attente");
  });
});

const PARENT: Parent = {
  id: 7,
  nom: "العلي",
  prenom: "محمد",
  translitteration: "Al-Ali Mohammed",
  sexe: "M",
  annee_naissance: 1980,
  nationalite: "SY",
  pays_origine: null,
  langues: [{ langue: "ar", lue: true, ecrite: true }],
  annee_arrivee: 2022,
  mois_arrivee: null,
  cir: true,
  cir_annee: 2023,
  protection_internationale: true,
  telephone: "06 12 34 56 78",
  telephone_consentement: true,
  enfants: [{ prenom: "Adam", classe: "CE1", ecole: "" }],
  disponibilites: "mardi après-midi",
  notes: "",
};

describe("fiche ↔ saisie", () => {
  it("une fiche relue puis renvoyée donne la même saisie (années en nombres, codes gardés)", () => {
    const f = formulaireDepuis(PARENT);
    expect(f.annee_naissance).toBe("1980");
    expect(f.pays_origine).toBe("");
    const { saisie, erreurs } = saisieDepuis(f);
    expect(erreurs).toEqual({});
    const { id: _id, nationalite, pays_origine, ...reste } = PARENT;
    expect(saisie).toEqual({ ...reste, nationalite: nationalite ?? "", pays_origine: pays_origine ?? "" });
  });

  it("années illisibles : erreur sous le champ ; lignes vides de langues et d'enfants retirées ; CIR décoché sans année", () => {
    const f = formulaireVide();
    f.nom = "Diallo";
    f.annee_naissance = "88";
    f.annee_arrivee = "2021";
    f.cir = false;
    f.cir_annee = "2022";
    f.langues = [{ langue: "", lue: false, ecrite: false }, { langue: "ff", lue: false, ecrite: false }];
    f.enfants = [{ prenom: "", classe: "", ecole: "" }, { prenom: "Awa", classe: "CP", ecole: "" }];
    const { saisie, erreurs } = saisieDepuis(f);
    expect(Object.keys(erreurs)).toEqual(["annee_naissance"]);
    expect(saisie.annee_naissance).toBeNull();
    expect(saisie.annee_arrivee).toBe(2021);
    expect(saisie.cir_annee).toBeNull();
    expect(saisie.langues).toEqual([{ langue: "ff", lue: false, ecrite: false }]);
    expect(saisie.enfants).toEqual([{ prenom: "Awa", classe: "CP", ecole: "" }]);
  });

  it("mois d'arrivée : choisi dans la liste, envoyé en nombre, relu tel quel ; « approximatif » dit quand il manque", () => {
    const f = formulaireDepuis({ ...PARENT, annee_arrivee: 2020, mois_arrivee: 10 });
    expect(f.mois_arrivee).toBe("10");
    expect(saisieDepuis(f).saisie.mois_arrivee).toBe(10);
    f.mois_arrivee = "";
    expect(saisieDepuis(f).saisie.mois_arrivee).toBeNull();
    expect(libelleArrivee(2020, 10)).toBe("octobre 2020");
    expect(libelleArrivee(2020, null)).toBe("2020");
    expect(libelleArrivee(null, null)).toBe("Non renseignée");
    expect(libellePrimo(false, true)).toBe("Non — approximatif : indiquez le mois d'arrivée");
    expect(libellePrimo(true)).toBe("Oui (arrivé·e en France moins de 5 ans avant la rentrée)");
  });

  it("certifications : tentée, obtenue, retirée, dans l'ordre de la liste", () => {
    let s = nouvelleInscription(7, 1, "2025-10-01");
    s = avecCertification(s, "DELF A2", "tentee");
    s = avecCertification(s, "DILF", "obtenue");
    expect(s.certifications).toEqual([
      { diplome: "DILF", obtenue: true },
      { diplome: "DELF A2", obtenue: null },
    ]);
    expect(etatCertification(s, "DELF A2")).toBe("tentee");
    expect(etatCertification(s, "TCF")).toBe("");
    s = avecCertification(s, "DILF", "");
    expect(s.certifications).toEqual([{ diplome: "DELF A2", obtenue: null }]);
  });
});

import { describe, expect, it } from "vitest";
import { dateHeure, nomsProposes, pagePourErreur, resumeLisible, tailleLisible, verifierNouvellePhrase } from "./demarrage";

const e = (code: Parameters<typeof pagePourErreur>[0]["code"]) => ({ code, message: "", champs: [] });

describe("démarrage", () => {
  it("chaque refus d'ouverture mène à sa page", () => {
    expect(pagePourErreur(e("PhraseSecreteRequise"))).toBe("phrase");
    expect(pagePourErreur(e("PhraseSecreteIncorrecte"))).toBe("phrase");
    expect(pagePourErreur(e("BaseEndommagee"))).toBe("endommagee");
    expect(pagePourErreur(e("BasePlusRecente"))).toBe("refus");
    expect(pagePourErreur(e("PasUneBase"))).toBe("refus");
    expect(pagePourErreur(e("Stockage"))).toBe("refus");
  });

  it("les noms proposés : sans doublon (casse et espaces ignorés), sans vide, dans l'ordre reçu", () => {
    expect(nomsProposes(["Amina Diallo", " amina  diallo", "", "  ", "Paul Martin"])).toEqual(["Amina Diallo", "Paul Martin"]);
    expect(nomsProposes([])).toEqual([]);
  });
});

describe("phrase secrète nouvelle", () => {
  it("vide, trop courte (espaces autour non comptés), différente : le bon champ et un message français", () => {
    expect(verifierNouvellePhrase("", "")).toEqual({ phrase: "Saisissez une phrase secrète." });
    expect(verifierNouvellePhrase("   court   ", "   court   ").phrase).toContain("au moins 8 caractères");
    expect(verifierNouvellePhrase("le chat dort", "le chat dors")).toEqual({
      confirmation: "Les deux saisies ne sont pas identiques : retapez la phrase secrète.",
    });
    expect(verifierNouvellePhrase("le chat dort", "le chat dort")).toEqual({});
    // Eight characters counted as people see them (one accented letter = one character).
    expect(verifierNouvellePhrase("éléphant", "éléphant")).toEqual({});
  });
});

describe("affichage des sauvegardes", () => {
  it("tailles en octets, Ko, Mo (virgule décimale)", () => {
    expect(tailleLisible(1)).toBe("1 octet");
    expect(tailleLisible(532)).toBe("532 octets");
    expect(tailleLisible(49_152)).toBe("48 Ko");
    expect(tailleLisible(1_258_291)).toBe("1,2 Mo");
    expect(tailleLisible(52_428_800)).toBe("50 Mo");
  });

  it("date et heure locales telles que chrono les envoie", () => {
    expect(dateHeure("2026-11-25T08:05:09")).toBe("25/11/2026 à 08:05");
    expect(dateHeure("2026-11-25T08:05:09.123")).toBe("25/11/2026 à 08:05");
    expect(dateHeure("pas une date")).toBe("pas une date");
  });

  it("résumé : établissement, année, pluriels ; illisible quand la copie ne peut pas être lue", () => {
    expect(resumeLisible({ etablissement: "Collège Louise Michel", annee: "2025-2026", parents: 24, seances: 1 })).toBe(
      "Collège Louise Michel · 2025-2026 · 24 parents · 1 séance",
    );
    expect(resumeLisible({ etablissement: null, annee: null, parents: 0, seances: 0 })).toBe("Établissement non renseigné · 0 parent · 0 séance");
    expect(resumeLisible(null)).toContain("illisible");
  });
});

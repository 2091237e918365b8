import { describe, expect, it } from "vitest";
import {
  CODES_FICHIER_REFUSE,
  TITRES_ERREUR,
  premierChampEnErreur,
  repartirErreurs,
  titreErreur,
  versErreurPublique,
} from "./erreurs";
import type { CodeErreur, ErreurPublique } from "./generated/bindings";

// Every code of the Rust enum. If Rust adds one, `TITRES_ERREUR` stops compiling (svelte-check)
// and this list must grow with it.
const CODES: CodeErreur[] = [
  "Validation",
  "Introuvable",
  "Conflit",
  "PasUneBase",
  "BasePlusRecente",
  "Stockage",
  "BaseEndommagee",
  "PhraseSecreteRequise",
  "PhraseSecreteIncorrecte",
  "Interne",
];

describe("titres des erreurs", () => {
  it("chaque code a un titre en français, et aucun titre n'est en double", () => {
    expect(Object.keys(TITRES_ERREUR).sort()).toEqual([...CODES].sort());
    for (const code of CODES) expect(TITRES_ERREUR[code].trim().length).toBeGreaterThan(5);
    expect(new Set(Object.values(TITRES_ERREUR)).size).toBe(CODES.length);
  });

  it("les titres attendus", () => {
    expect(TITRES_ERREUR.Validation).toBe("Saisie à corriger");
    expect(TITRES_ERREUR.BasePlusRecente).toBe("Fichier de données d'une version plus récente");
  });

  it("seuls les fichiers refusés bloquent tout", () => {
    expect([...CODES_FICHIER_REFUSE].sort()).toEqual(["BasePlusRecente", "PasUneBase"]);
  });
});

describe("versErreurPublique", () => {
  it("garde une ErreurPublique telle quelle", () => {
    const e: ErreurPublique = { code: "Validation", message: "2 champs", champs: [{ champ: "uai", message: "UAI ?" }] };
    expect(versErreurPublique(e)).toEqual(e);
    expect(titreErreur(versErreurPublique(e))).toBe("Saisie à corriger");
  });

  it("une ErreurPublique sans champs reçoit une liste vide, les champs mal formés sont écartés", () => {
    expect(versErreurPublique({ code: "Conflit", message: "déjà là" })).toEqual({ code: "Conflit", message: "déjà là", champs: [] });
    expect(versErreurPublique({ code: "Validation", message: "m", champs: [{ champ: "nom" }, { champ: "nom", message: "ok" }] }).champs).toEqual([
      { champ: "nom", message: "ok" },
    ]);
  });

  it.each([
    ["une Error", new TypeError("window.__TAURI_INTERNALS__ is undefined"), "window.__TAURI_INTERNALS__ is undefined"],
    ["un texte", "command etablissement_lire not found", "command etablissement_lire not found"],
    ["un code inconnu", { code: "Nouveau", message: "x" }, "Nouveau"],
    ["un objet quelconque", { a: 1 }, '{"a":1}'],
    ["undefined", undefined, ""],
    ["null", null, "null"],
  ])("%s devient une erreur Interne", (_nom, raison, extrait) => {
    const e = versErreurPublique(raison);
    expect(e.code).toBe("Interne");
    expect(e.champs).toEqual([]);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message).toContain(extrait);
  });
});

describe("repartirErreurs", () => {
  const e: ErreurPublique = {
    code: "Validation",
    message: "…",
    champs: [
      { champ: "uai", message: "UAI invalide." },
      { champ: "nom", message: "Nom obligatoire." },
      { champ: "uai", message: "Lettre de contrôle fausse." },
      { champ: "inconnu", message: "Autre problème." },
    ],
  };

  it("un message par champ connu, les messages d'un même champ réunis, les autres à part", () => {
    const r = repartirErreurs(e, ["nom", "uai", "commune"]);
    expect(r.parChamp).toEqual({ uai: "UAI invalide. Lettre de contrôle fausse.", nom: "Nom obligatoire." });
    expect(r.autres).toEqual(["Autre problème."]);
  });

  it("le premier champ en erreur suit l'ordre du formulaire, pas celui des messages", () => {
    const r = repartirErreurs(e, ["nom", "uai"]);
    expect(premierChampEnErreur(r.parChamp, ["nom", "uai"])).toBe("nom");
    expect(premierChampEnErreur({}, ["nom", "uai"])).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { retablirCommandes, utiliserCommandes } from "./api";
import type { Commandes } from "./generated/bindings";
import {
  dateHeure,
  noterEtape,
  nomsProposes,
  oublierAppelPrecharge,
  ouvrirAppel,
  prechargerAppel,
  pagePourErreur,
  resumeLisible,
  signalerPremierEcran,
  systeme,
  tailleLisible,
  verifierNouvellePhrase,
} from "./demarrage";

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

describe("premier écran", () => {
  afterEach(retablirCommandes);

  it("la police suit le système de la vue web : WebView2 sous Windows, WebKitGTK sinon", () => {
    expect(systeme("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("windows");
    expect(systeme("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15")).toBe("linux");
  });

  it("signalé une fois, après l'image, avec les étapes de la page dans l'ordre", async () => {
    const recus: [string, number][][] = [];
    utiliserCommandes({ demarrage_premier_ecran: (etapes: [string, number][]) => (recus.push(etapes), Promise.resolve(null)) } as unknown as Commandes);
    noterEtape("script");
    signalerPremierEcran();
    signalerPremierEcran();
    await vi.waitFor(() => expect(recus).toHaveLength(1), { timeout: 30_000 });
    const noms = recus[0]!.map(([n]) => n).filter((n) => n !== "html reçu");
    expect(noms).toEqual(["script", "données", "dom à jour", "image demandée", "image peinte"]);
    const instants = recus[0]!.filter(([n]) => n !== "html reçu").map(([, t]) => t);
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    // Noted after the report: not sent again.
    noterEtape("plus tard");
    signalerPremierEcran();
    await new Promise((r) => setTimeout(r, 20));
    expect(recus).toHaveLength(1);
  });
});

describe("vue de l'appel lue au démarrage", () => {
  afterEach(() => {
    oublierAppelPrecharge();
    retablirCommandes();
  });

  /** A fake `appel_ouvrir` that counts its calls and answers with the call's number. */
  function compter(echecs = 0) {
    const appels: [number | null, number | null][] = [];
    utiliserCommandes({
      appel_ouvrir: (seance: number | null, atelier: number | null) => {
        appels.push([seance, atelier]);
        return appels.length <= echecs ? Promise.reject(new Error("pas ouvert")) : Promise.resolve({ atelier_id: appels.length } as never);
      },
    } as unknown as Commandes);
    return appels;
  }

  it("demandée avec les lectures du cadre, prise une fois par l'appel, puis relue", async () => {
    const appels = compter();
    prechargerAppel("#/appel", 4);
    expect(appels).toEqual([[null, 4]]);
    expect((await ouvrirAppel(null, 4)).atelier_id).toBe(1);
    expect(appels).toHaveLength(1);
    expect((await ouvrirAppel(null, 4)).atelier_id).toBe(2);
  });

  it("pas demandée vers un autre écran, pas prise pour une séance donnée, oubliée si un autre écran vient d'abord", async () => {
    const appels = compter();
    prechargerAppel("#/parents", null);
    prechargerAppel("#/appel/mois", null);
    expect(appels).toHaveLength(0);
    prechargerAppel("", null);
    expect((await ouvrirAppel(12, null)).atelier_id).toBe(2);
    expect(appels[1]).toEqual([12, null]);
    oublierAppelPrecharge();
    await ouvrirAppel(null, null);
    expect(appels).toHaveLength(3);
  });

  it("relue quand la lecture du démarrage a échoué (fichier pas encore ouvert)", async () => {
    const appels = compter(1);
    prechargerAppel("", null);
    expect((await ouvrirAppel(null, null)).atelier_id).toBe(2);
    expect(appels).toHaveLength(2);
  });
});

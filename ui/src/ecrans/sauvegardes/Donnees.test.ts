import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import Donnees from "./Donnees.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd } from "../../lib/test/faux";
import { session } from "../../lib/session.svelte";

beforeEach(() => {
  retablirCommandes();
  session.nomEtablissement = "Collège Louise Michel";
});
afterEach(() => cleanup());

const id = (x: string) =>
  waitFor(() => {
    const el = document.getElementById(x);
    if (!el) throw new Error(`#${x} pas encore affiché`);
    return el;
  });
const saisir = (x: string, valeur: string) => fireEvent.input(document.getElementById(x)!, { target: { value: valeur } });

describe("sauvegardes", () => {
  it("liste (date, contenu, taille), « Sauvegarder maintenant » ajoute la nouvelle en tête", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(Donnees);
    const table = await id("liste-sauvegardes");
    const lignes = () => [...table.querySelectorAll("tbody tr")].map((tr) => tr.textContent?.replace(/\s+/g, " ").trim());
    expect(lignes()[0]).toContain("14/09/2025 à 08:15");
    expect(lignes()[0]).toContain("Collège Louise Michel · 2025-2026 · 20 parents · 48 séances");
    expect(lignes()[0]).toContain("240 Ko");
    expect(document.getElementById("dossier-sauvegardes")?.textContent).toBe(etat.donnees.dossier);

    await fireEvent.click(document.getElementById("sauvegarder-maintenant")!);
    expect((await id("message-sauvegardes")).textContent).toBe("Sauvegarde faite : 15/09/2025 à 10:15, 256 Ko.");
    await waitFor(() => expect(document.querySelectorAll("#liste-sauvegardes tbody tr")).toHaveLength(3));
    expect(lignes()[0]).toContain("15/09/2025 à 10:15");
  });

  it("« Restaurer » demande confirmation (les données actuelles sont d'abord sauvegardées) ; « Annuler » ne change rien", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(Donnees);
    await fireEvent.click(await id("restaurer-1"));
    const question = await id("confirmation-restauration");
    expect(question.textContent).toContain("Restaurer la sauvegarde du 01/09/2025 à 09:00 ?");
    expect(question.textContent).toContain("d'abord sauvegardées");
    await fireEvent.click(document.getElementById("annuler-restauration")!);
    expect(etat.donnees.remplacements).toEqual([]);

    await fireEvent.click(document.getElementById("restaurer-1")!);
    await fireEvent.click(await id("confirmer-restauration"));
    expect((await id("message-sauvegardes")).textContent).toContain("Les données de la sauvegarde du 01/09/2025 à 09:00 sont rétablies.");
    expect(etat.donnees.remplacements).toEqual([etat.donnees.sauvegardes[1]!.chemin]);
    expect(document.getElementById("confirmation-restauration")).toBeNull();
  });

  it("réglages : un nombre illisible est refusé sans appel ; un dossier relatif refusé par le noyau ; puis enregistré", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(Donnees);
    await id("champ-quotidiennes");
    await saisir("champ-quotidiennes", "sept");
    await fireEvent.click(document.getElementById("enregistrer-reglages")!);
    expect((await id("erreur-quotidiennes")).textContent).toContain("nombre entier");
    expect(etat.appels.some((a) => a.commande === "sauvegardes_reglages")).toBe(false);

    await saisir("champ-quotidiennes", "10");
    await saisir("champ-dossier", "cle-usb/sauvegardes");
    await fireEvent.click(document.getElementById("enregistrer-reglages")!);
    expect((await id("erreur-dossier")).textContent).toContain("chemin complet");

    await saisir("champ-dossier", "/media/cle-usb/sauvegardes");
    await fireEvent.click(document.getElementById("enregistrer-reglages")!);
    await id("reglages-enregistres");
    expect(etat.donnees.rotation).toEqual({ quotidiennes: 10, hebdomadaires: 4, mensuelles: 12 });
    expect(document.getElementById("dossier-sauvegardes")?.textContent).toBe("/media/cle-usb/sauvegardes");
  });

  it("« Choisir… » : le dossier choisi dans la fenêtre de l'ordinateur est enregistré ; annulé, rien ne change", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(Donnees);
    await id("choisir-dossier-sauvegardes");
    await fireEvent.click(document.getElementById("choisir-dossier-sauvegardes")!);
    await waitFor(() => expect(etat.appels.some((a) => a.commande === "dossier_choisir")).toBe(true));
    await waitFor(() => expect((document.getElementById("choisir-dossier-sauvegardes") as HTMLButtonElement).disabled).toBe(false));
    expect(etat.appels.some((a) => a.commande === "sauvegardes_reglages")).toBe(false);

    etat.documents.choixDossier = "/media/cle-usb/sauvegardes";
    await fireEvent.click(document.getElementById("choisir-dossier-sauvegardes")!);
    await id("reglages-enregistres");
    expect(document.getElementById("dossier-sauvegardes")?.textContent).toBe("/media/cle-usb/sauvegardes");
    expect((document.getElementById("champ-dossier") as HTMLInputElement).value).toBe("/media/cle-usb/sauvegardes");
  });
});

describe("changer d'ordinateur", () => {
  it("export dans le dossier des documents ; import : fichier vérifié, contenu montré, confirmation, refus clair", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.donnees.fichiers["/media/cle/export.sqlite"] = {
      resume: { etablissement: "École Jules Ferry", annee: "2025-2026", parents: 12, seances: 30 },
      version: 5,
      chiffree: false,
    };
    etat.donnees.fichiers["/media/cle/futur.sqlite"] = {
      code: "BasePlusRecente",
      message: "Le fichier « /media/cle/futur.sqlite » a été enregistré par une version plus récente d'Ateliers OEPRE.",
      champs: [],
    };
    utiliserCommandes(commandes);
    render(Donnees);
    await fireEvent.click(await id("exporter-donnees"));
    expect((await id("message-export")).textContent).toContain("ateliers-oepre-export-20250915-101500.sqlite");

    await saisir("champ-import-chemin", "/media/cle/futur.sqlite");
    await fireEvent.click(document.getElementById("verifier-import")!);
    expect((await id("erreur-import")).textContent).toContain("version plus récente");
    expect(document.getElementById("confirmer-import")).toBeNull();

    await saisir("champ-import-chemin", "/media/cle/export.sqlite");
    await fireEvent.click(document.getElementById("verifier-import")!);
    expect((await id("contenu-import")).textContent).toContain("École Jules Ferry · 2025-2026 · 12 parents · 30 séances");
    expect(etat.donnees.remplacements).toEqual([]);
    await fireEvent.click(document.getElementById("confirmer-import")!);
    expect((await id("message-sauvegardes")).textContent).toContain("Les données de l'autre ordinateur sont importées.");
    expect(etat.donnees.remplacements).toEqual(["/media/cle/export.sqlite"]);
    expect(session.nomEtablissement).toBe("École Jules Ferry");
  });
});

describe("changer d'ordinateur : « Choisir… »", () => {
  it("le fichier choisi dans la fenêtre de l'ordinateur (.sqlite) est vérifié aussitôt ; annulé, rien", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.donnees.fichiers["/media/cle/export.sqlite"] = {
      resume: { etablissement: "École Jules Ferry", annee: "2025-2026", parents: 12, seances: 30 },
      version: 5,
      chiffree: false,
    };
    utiliserCommandes(commandes);
    render(Donnees);
    const bouton = (await id("choisir-fichier-import")) as HTMLButtonElement;
    await fireEvent.click(bouton);
    await waitFor(() => expect(etat.appels.filter((a) => a.commande === "fichier_choisir")).toHaveLength(1));
    expect(etat.appels.find((a) => a.commande === "fichier_choisir")!.args).toEqual(["Fichier exporté de l'autre ordinateur", null, ["sqlite"]]);
    await waitFor(() => expect(bouton.disabled).toBe(false));
    expect(etat.appels.some((a) => a.commande === "donnees_verifier_import")).toBe(false);

    etat.documents.choixFichier = "/media/cle/export.sqlite";
    await fireEvent.click(bouton);
    expect((await id("contenu-import")).textContent).toContain("École Jules Ferry");
    expect((document.getElementById("champ-import-chemin") as HTMLInputElement).value).toBe("/media/cle/export.sqlite");
  });
});

describe("chiffrement", () => {
  it("définir : deux saisies différentes et case non cochée refusées sans appel ; puis « Données chiffrées »", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(Donnees);
    expect((await id("etat-chiffrement")).textContent).toContain("Données non chiffrées.");
    expect(document.getElementById("avertissement-perte")?.textContent).toContain("ne peuvent pas être récupérées");
    await saisir("champ-phrase-nouvelle", "le chat dort au soleil");
    await saisir("champ-phrase-confirmation", "le chat dort au soleyl");
    await fireEvent.click(document.getElementById("chiffrement-definir")!);
    expect((await id("erreur-phrase-confirmation")).textContent).toContain("pas identiques");
    expect((await id("erreur-phrase-compris")).textContent).toContain("Cochez");
    expect(etat.appels.some((a) => a.commande === "chiffrement_definir")).toBe(false);

    await saisir("champ-phrase-confirmation", "le chat dort au soleil");
    await fireEvent.click(document.getElementById("champ-phrase-compris")!);
    await fireEvent.click(document.getElementById("chiffrement-definir")!);
    expect((await id("message-chiffrement")).textContent).toContain("maintenant chiffrées");
    expect(etat.donnees.phrase).toBe("le chat dort au soleil");
    expect(document.getElementById("etat-chiffrement")?.textContent).toContain("Données chiffrées.");
    expect(JSON.stringify(etat.appels)).not.toContain("le chat dort");
  });

  it("changer avec une fausse phrase actuelle : message sous le champ ; retirer après confirmation", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.donnees.phrase = "ancienne phrase";
    utiliserCommandes(commandes);
    render(Donnees);
    await id("champ-phrase-actuelle");
    await saisir("champ-phrase-actuelle", "mauvaise phrase");
    await saisir("champ-phrase-nouvelle", "nouvelle phrase");
    await saisir("champ-phrase-confirmation", "nouvelle phrase");
    await fireEvent.click(document.getElementById("chiffrement-changer")!);
    expect((await id("erreur-phrase-actuelle")).textContent).toContain("ne permet pas d'ouvrir");
    expect(etat.donnees.phrase).toBe("ancienne phrase");

    await saisir("champ-phrase-actuelle", "ancienne phrase");
    await fireEvent.click(document.getElementById("chiffrement-retirer")!);
    await id("confirmation-retrait");
    expect(etat.donnees.phrase).toBe("ancienne phrase");
    await fireEvent.click(document.getElementById("confirmer-retrait")!);
    expect((await id("message-chiffrement")).textContent).toContain("ne sont plus chiffrées");
    expect(etat.donnees.phrase).toBeNull();
  });
});

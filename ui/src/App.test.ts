import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import App from "./App.svelte";
import { retablirCommandes, utiliserCommandes } from "./lib/api";
import { fauxBackEnd } from "./lib/test/faux";
import { ROUTES, routePour, sousChemin } from "./lib/routes";
import { session } from "./lib/session.svelte";

beforeEach(() => {
  retablirCommandes();
  session.nomEtablissement = null;
  session.cheminBase = "";
  history.replaceState(null, "", "#/etablissement");
});
afterEach(() => cleanup());

describe("démarrage", () => {
  it("un fichier de données refusé : page entière avec le message, rien d'autre", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.refus = {
      code: "BasePlusRecente",
      message: "Le fichier « /srv/oepre.sqlite » a été enregistré par une version plus récente d'Ateliers OEPRE.",
      champs: [],
    };
    utiliserCommandes(commandes);
    render(App);
    const page = await waitFor(() => {
      const p = document.getElementById("fichier-refuse");
      if (!p) throw new Error("pas encore");
      return p;
    });
    expect(page.textContent).toContain("Fichier de données d'une version plus récente");
    expect(page.textContent).toContain("/srv/oepre.sqlite");
    expect(page.textContent).toContain("pas perdues");
    expect(document.querySelector("nav")).toBeNull();
    expect(document.getElementById("champ-nom")).toBeNull();
  });

  it("hors de Tauri et sans faux, l'application affiche la page d'erreur (aucun appel réseau)", async () => {
    render(App);
    await waitFor(() => expect(document.getElementById("fichier-refuse")).not.toBeNull());
    expect(document.getElementById("message-refus")?.textContent).toContain("application Ateliers OEPRE");
  });

  it("une école déjà renseignée s'ouvre sur l'appel, sans dessiner d'abord l'écran Établissement", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    history.replaceState(null, "", location.pathname);
    render(App);
    await waitFor(() => expect(document.querySelector("#nav-appel[aria-current='page']")).not.toBeNull());
    await waitFor(() => expect(document.getElementById("entete-etablissement")?.textContent).toBeTruthy());
    expect(location.hash).toBe("#/appel");
    // Read once, by the shell, for the header: the Établissement screen (which reads it too) never opened.
    expect(etat.appels.filter((a) => a.commande === "etablissement_lire")).toHaveLength(1);
    // The roll call's view, asked with the shell's reads, is the one the roll call shows: read once.
    await waitFor(() => expect(document.querySelector("#aucun-atelier-appel, #choix-seance")).not.toBeNull());
    expect(etat.appels.filter((a) => a.commande === "appel_ouvrir")).toHaveLength(1);
  });

  it("premier démarrage : accueil, puis l'exemple est chargé et l'appel s'ouvre avec une confirmation", async () => {
    const { etat, commandes } = fauxBackEnd("vide");
    etat.premierDemarrage = true;
    utiliserCommandes(commandes);
    history.replaceState(null, "", "#/");
    render(App);
    const demo = await screen.findByRole("button", { name: "Charger un établissement d'exemple" });
    expect(demo.id).toBe("accueil-demo");
    expect(document.getElementById("accueil-vide")?.textContent).toContain("Commencer avec un établissement vide");
    expect(document.querySelector("nav")).toBeNull();

    await fireEvent.click(demo);
    const annonce = await waitFor(() => {
      const a = document.getElementById("annonce");
      if (!a) throw new Error("pas de confirmation");
      return a;
    });
    expect(etat.appels.map((a) => a.commande)).toContain("accueil_charger_demo");
    expect(location.hash).toBe("#/appel");
    expect(annonce.textContent).toContain("L'établissement d'exemple « Collège Louise Michel » est chargé");
    expect(annonce.getAttribute("role")).toBe("status");
    await waitFor(() => expect(document.activeElement).toBe(annonce));
    expect(document.getElementById("nav-appel")?.getAttribute("aria-current")).toBe("page");
    expect(document.getElementById("entete-etablissement")?.textContent).toBe("Collège Louise Michel");

    // The confirmation goes with the next screen.
    location.hash = "#/parents";
    await waitFor(() => expect(document.getElementById("annonce")).toBeNull());
  });

  it("premier démarrage : commencer vide ouvre un formulaire vide", async () => {
    const { etat, commandes } = fauxBackEnd("vide");
    etat.premierDemarrage = true;
    utiliserCommandes(commandes);
    render(App);
    await fireEvent.click(await screen.findByRole("button", { name: "Commencer avec un établissement vide" }));
    await waitFor(() => expect(document.getElementById("champ-nom")).not.toBeNull());
    expect(etat.appels.map((a) => a.commande)).toContain("accueil_commencer_vide");
    expect((document.getElementById("champ-nom") as HTMLInputElement).value).toBe("");
  });

  it("démarrage normal : navigation, nom dans l'en-tête, chemin du fichier en pied d'écran", async () => {
    const { commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(App);
    const lien = await screen.findByRole("link", { name: "Établissement" });
    expect(lien.getAttribute("aria-current")).toBe("page");
    expect(lien.getAttribute("href")).toBe("#/etablissement");
    await waitFor(() => expect(document.getElementById("entete-etablissement")?.textContent).toBe("Collège Louise Michel"));
    await waitFor(() => expect(document.getElementById("chemin-base")?.textContent).toContain("oepre.sqlite"));
    expect(screen.getByText("Aller au contenu")).toBeTruthy();
  });
});

describe("écrans lus à la première ouverture", () => {
  it("un écran qui ne peut pas être lu : un message, pas un chargement sans fin", async () => {
    const { commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    const route = ROUTES.find((r) => r.chemin === "a-propos")!;
    const lire = route.ecran;
    (route as { ecran: typeof lire }).ecran = () => Promise.reject(new Error("fichier absent"));
    try {
      history.replaceState(null, "", "#/a-propos");
      render(App);
      const alerte = await waitFor(() => {
        const a = document.querySelector("#contenu [role='alert']");
        if (!a) throw new Error("pas encore");
        return a;
      });
      expect(alerte.textContent).toContain("L'écran « À propos » n'a pas pu être lu");
    } finally {
      (route as { ecran: typeof lire }).ecran = lire;
    }
  });
});

describe("routes", () => {
  it("#/etablissement mène à l'écran Établissement, une adresse inconnue à rien", () => {
    expect(routePour("#/etablissement")?.libelle).toBe("Établissement");
    expect(routePour("#etablissement")?.libelle).toBe("Établissement");
    expect(routePour("#/inconnu")).toBeUndefined();
    expect(routePour("")).toBeUndefined();
    expect(new Set(ROUTES.map((r) => r.chemin)).size).toBe(ROUTES.length);
  });
});

describe("sous-chemins", () => {
  it("#/ateliers/4/modifier mène à l'écran Ateliers avec le reste de l'adresse", () => {
    expect(routePour("#/ateliers/4/modifier")?.libelle).toBe("Ateliers");
    expect(sousChemin("#/ateliers/4/modifier")).toEqual(["4", "modifier"]);
    expect(sousChemin("#/ateliers")).toEqual([]);
    expect(sousChemin("#/intervenants/nouveau")).toEqual(["nouveau"]);
    expect(ROUTES[0]?.libelle).toBe("Appel");
    expect(ROUTES.map((r) => r.libelle)).toEqual(expect.arrayContaining(["Établissement", "Ateliers", "Intervenants", "Parents"]));
    expect(routePour("#/parents/import")?.libelle).toBe("Parents");
    expect(sousChemin("#/appel/seance/12")).toEqual(["seance", "12"]);
  });
});

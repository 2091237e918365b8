import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import App from "../../App.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd } from "../../lib/test/faux";
import { session } from "../../lib/session.svelte";

beforeEach(() => {
  retablirCommandes();
  session.nomEtablissement = null;
  session.cheminBase = "";
  session.qui = null;
  history.replaceState(null, "", "#/etablissement");
});
afterEach(() => cleanup());

const attendreId = (id: string) =>
  waitFor(() => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`#${id} pas encore affiché`);
    return el;
  });

describe("qui utilise l'application", () => {
  it("la question vient avant tout ; un clic sur le nom habituel ouvre l'application, le nom est dans l'en-tête", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.donnees.qui = null;
    etat.donnees.noms = ["Samia Belkacem", "Hélène Dubois"];
    utiliserCommandes(commandes);
    render(App);
    await screen.findByRole("heading", { name: "Qui utilise l'application ?" });
    expect(document.querySelector("nav")).toBeNull();
    const premier = await attendreId("qui-nom-0");
    expect(premier.textContent?.trim()).toBe("Samia Belkacem");
    await waitFor(() => expect(document.activeElement).toBe(premier));

    await fireEvent.click(premier);
    await attendreId("champ-nom");
    expect(document.getElementById("entete-qui")?.textContent).toBe("Samia Belkacem");
    expect(session.qui).toBe("Samia Belkacem");
    expect(etat.appels.filter((a) => a.commande === "qui_choisir").map((a) => a.args)).toEqual([["Samia Belkacem"]]);
  });

  it("un nouveau nom vide est refusé à côté du champ ; « Changer » repose la question et « Annuler » revient", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.donnees.qui = null;
    etat.donnees.noms = [];
    utiliserCommandes(commandes);
    render(App);
    await attendreId("champ-qui");
    expect(document.getElementById("qui-nom-0")).toBeNull();
    await fireEvent.click(await attendreId("qui-continuer"));
    expect((await attendreId("erreur-qui")).textContent).toContain("Indiquez votre prénom et votre nom");
    expect(document.querySelector("nav")).toBeNull();

    await fireEvent.input(document.getElementById("champ-qui")!, { target: { value: "  Nadia   Haddad " } });
    await fireEvent.click(document.getElementById("qui-continuer")!);
    await attendreId("champ-nom");
    expect(document.getElementById("entete-qui")?.textContent).toBe("Nadia Haddad");

    await fireEvent.click(document.getElementById("changer-qui")!);
    expect((await attendreId("qui-nom-0")).textContent?.trim()).toBe("Nadia Haddad");
    await fireEvent.click(document.getElementById("qui-annuler")!);
    await attendreId("champ-nom");
    expect(etat.appels.filter((a) => a.commande === "qui_choisir")).toHaveLength(2);
  });

  it("un nom déjà connu (OEPRE_QUI) : pas de question", async () => {
    const { commandes } = fauxBackEnd("demo");
    utiliserCommandes(commandes);
    render(App);
    await attendreId("champ-nom");
    expect(document.getElementById("qui-utilise")).toBeNull();
    expect(document.getElementById("entete-qui")?.textContent).toBe("Camille Test");
  });
});

describe("fichier chiffré", () => {
  it("la phrase secrète est demandée ; une fausse affiche le message, la bonne ouvre l'application", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.donnees.phrase = "le chat dort au soleil";
    etat.refus = { code: "PhraseSecreteRequise", message: "Ce fichier de données est chiffré.", champs: [] };
    utiliserCommandes(commandes);
    render(App);
    const champ = (await attendreId("champ-phrase")) as HTMLInputElement;
    expect(champ.type).toBe("password");
    await fireEvent.input(champ, { target: { value: "le chien" } });
    await fireEvent.click(document.getElementById("phrase-ouvrir")!);
    expect((await attendreId("erreur-phrase")).textContent).toContain("ne permet pas d'ouvrir");
    expect(champ.value).toBe("");

    expect(document.getElementById("phrase-attente")).toBeNull();

    // After several wrong tries the core imposes a wait: the button waits too, counted down.
    etat.donnees.attente = 4;
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      await fireEvent.input(champ, { target: { value: "le chien" } });
      await fireEvent.click(document.getElementById("phrase-ouvrir")!);
      expect((await attendreId("phrase-attente")).textContent).toContain("attendez 4 secondes");
      expect((document.getElementById("phrase-ouvrir") as HTMLButtonElement).disabled).toBe(true);
      etat.donnees.attente = 0;
      vi.advanceTimersByTime(1000);
      await waitFor(() => expect(document.getElementById("phrase-attente")?.textContent).toContain("attendez 3 secondes"));
      vi.advanceTimersByTime(3000);
      await waitFor(() => expect(document.getElementById("phrase-attente")).toBeNull());
    } finally {
      vi.useRealTimers();
    }
    expect((document.getElementById("phrase-ouvrir") as HTMLButtonElement).disabled).toBe(false);

    await fireEvent.input(champ, { target: { value: "le chat dort au soleil" } });
    await fireEvent.click(document.getElementById("phrase-ouvrir")!);
    await attendreId("champ-nom");
    expect(document.getElementById("phrase-secrete")).toBeNull();
  });
});

describe("fichier endommagé", () => {
  it("la page dit que rien n'a été modifié, propose la dernière sauvegarde, et restaure après confirmation", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.refus = { code: "BaseEndommagee", message: "Le fichier de données « /x/oepre.sqlite » est endommagé.", champs: [] };
    utiliserCommandes(commandes);
    render(App);
    const page = await attendreId("base-endommagee");
    expect(page.textContent).toContain("n'a pas été modifié");
    const bouton = await attendreId("restaurer-proposee");
    expect(bouton.textContent).toContain("Restaurer la sauvegarde du 14/09/2025 à 08:15");
    expect(document.getElementById("sauvegarde-proposee")?.textContent).toContain("20 parents");
    await fireEvent.click(bouton);
    expect(etat.donnees.remplacements).toEqual([]);
    await fireEvent.click(await attendreId("confirmer-restaurer"));
    await attendreId("champ-nom");
    expect(etat.donnees.remplacements).toEqual([etat.donnees.sauvegardes[0]!.chemin]);
  });

  it("sans sauvegarde valide, la page le dit et ne propose rien", async () => {
    const { etat, commandes } = fauxBackEnd("demo");
    etat.refus = { code: "BaseEndommagee", message: "endommagé", champs: [] };
    etat.donnees.sauvegardes = [];
    utiliserCommandes(commandes);
    render(App);
    expect((await attendreId("aucune-sauvegarde")).textContent).toContain("Aucune sauvegarde valide");
    expect(document.getElementById("restaurer-proposee")).toBeNull();
  });
});

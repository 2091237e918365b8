import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import Confidentialite from "./Confidentialite.svelte";
import ParentsFiche from "../ParentsFiche.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd, type EtatFaux } from "../../lib/test/faux";
import { semerAppel } from "../../lib/test/faux-parents";
import type { Commandes } from "../../lib/generated/bindings";

let etat: EtatFaux;
let commandes: Commandes;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}
const attendre = <T extends HTMLElement = HTMLElement>(id: string) => waitFor(() => el<T>(id));
const appels = (c: keyof Commandes) => etat.appels.filter((a) => a.commande === c);

beforeEach(() => {
  retablirCommandes();
  ({ etat, commandes } = fauxBackEnd("demo"));
  // One atelier, five parents (ids 200–204), « today » 14/10/2025; the atelier is put in 2021-2022.
  semerAppel(etat);
  etat.confidentialite.finsAnnee[1] = { libelle: "2021-2022", fin: "2022-07-05" };
  utiliserCommandes(commandes);
});
afterEach(cleanup);

describe("écran Confidentialité", () => {
  it("durée : une saisie hors plage est refusée sous le champ sans rien envoyer ; une bonne est enregistrée", async () => {
    render(Confidentialite);
    const champ = await attendre<HTMLInputElement>("champ-duree");
    await waitFor(() => expect(champ.value).toBe("3"));

    await fireEvent.input(champ, { target: { value: "12" } });
    await fireEvent.click(el("enregistrer-duree"));
    await attendre("erreur-duree");
    expect(el("erreur-duree").textContent).toBe("Écrivez un nombre entier d'années, de 1 à 10.");
    expect(champ.getAttribute("aria-invalid")).toBe("true");
    expect(appels("conservation_definir")).toHaveLength(0);
    expect(etat.confidentialite.duree).toBe(3);

    await fireEvent.input(champ, { target: { value: "4" } });
    await fireEvent.click(el("enregistrer-duree"));
    await attendre("duree-enregistree");
    expect(el("duree-enregistree").textContent).toBe("Durée enregistrée : 4 ans.");
    expect(etat.confidentialite.duree).toBe(4);
    expect(document.getElementById("erreur-duree")).toBeNull();

    // The change is logged under the name chosen at start-up, and the journal below shows it at once.
    await waitFor(() => expect(el("liste-journal").querySelectorAll("tbody tr")).toHaveLength(1));
    const ligne = el("liste-journal").querySelector("tbody tr")!;
    expect(ligne.getAttribute("data-action")).toBe("conservation_modifiee");
    expect(ligne.textContent).toContain("Camille Test");
    expect(ligne.textContent).toContain("Durée de conservation modifiée");
    expect(ligne.textContent).toContain("3 ans → 4 ans après la fin de l'année scolaire");
  });

  it("durée : sans nom choisi au démarrage, rien n'est changé et l'écran le dit", async () => {
    etat.donnees.qui = null;
    render(Confidentialite);
    const champ = await attendre<HTMLInputElement>("champ-duree");
    await waitFor(() => expect(champ.value).toBe("3"));
    await fireEvent.input(champ, { target: { value: "5" } });
    await fireEvent.click(el("enregistrer-duree"));
    const alerte = await attendre("erreur-conservation");
    expect(alerte.textContent).toContain("Indiquez d'abord qui utilise l'application.");
    expect(etat.confidentialite.duree).toBe(3);
    expect(etat.confidentialite.journal).toHaveLength(0);
    expect(document.getElementById("duree-enregistree")).toBeNull();
  });

  it("purge : l'aperçu nomme les parents ; rien n'est anonymisé avant la confirmation qui donne le nombre ; le journal la montre", async () => {
    render(Confidentialite);
    await attendre("journal-vide");
    await fireEvent.click(el("voir-apercu"));
    await attendre("apercu-purge");
    expect(el("resume-apercu").textContent).toBe(
      "5 parents ont leur dernière inscription dans une année scolaire terminée avant le 14/10/2022 (conservation : 3 ans).",
    );
    const lignes = el("liste-a-purger").querySelectorAll("tbody tr");
    expect(lignes).toHaveLength(5);
    expect(lignes[0]!.textContent).toContain("2021-2022");
    expect(lignes[0]!.textContent).toContain("05/07/2022");

    await fireEvent.click(el("anonymiser"));
    const question = await attendre("question-purge");
    expect(question.textContent).toContain("Anonymiser les 5 parents ?");
    expect(el("confirmer-purge").textContent?.trim()).toBe("Anonymiser 5 parents");
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(appels("purge_lancer")).toHaveLength(0);

    await fireEvent.click(el("annuler-purge"));
    await attendre("purge-annulee");
    expect(appels("purge_lancer")).toHaveLength(0);
    expect(etat.appel.parents.filter((p) => p.nom === "Parent anonymisé")).toHaveLength(0);

    await fireEvent.click(el("anonymiser"));
    await attendre("question-purge");
    await fireEvent.click(el("confirmer-purge"));
    const resultat = await attendre("resultat-purge");
    expect(resultat.textContent).toContain("5 parents anonymisés.");
    expect(appels("purge_lancer")).toHaveLength(1);
    expect(etat.appel.parents.every((p) => p.nom === "Parent anonymisé")).toBe(true);
    expect(document.getElementById("apercu-purge")).toBeNull();

    const journal = await attendre("liste-journal");
    await waitFor(() => expect(journal.querySelectorAll("tbody tr")).toHaveLength(1));
    const ligne = journal.querySelector("tbody tr")!;
    expect(ligne.textContent).toContain("14/10/2025 à 10:00");
    expect(ligne.textContent).toContain("Camille Test");
    expect(ligne.textContent).toContain("Purge des données anciennes");
    expect(ligne.textContent).toContain("5 parent(s) anonymisé(s)");
  });

  it("changer la durée efface l'aperçu, qui ne vaut plus ; avec 4 ans personne n'est concerné", async () => {
    render(Confidentialite);
    await fireEvent.click(await attendre("voir-apercu"));
    await attendre("apercu-purge");
    await fireEvent.input(el("champ-duree"), { target: { value: "4" } });
    await fireEvent.click(el("enregistrer-duree"));
    await attendre("duree-enregistree");
    expect(document.getElementById("apercu-purge")).toBeNull();
    await fireEvent.click(el("voir-apercu"));
    await attendre("apercu-purge");
    expect(el("resume-apercu").textContent).toMatch(/^Aucun parent à anonymiser aujourd'hui/);
    expect(document.getElementById("anonymiser")).toBeNull();
  });

  it("registre : le PDF est produit dans le dossier des documents, le texte est affiché", async () => {
    render(Confidentialite);
    await fireEvent.click(await attendre("produire-registre"));
    const resultat = await attendre("resultat-registre");
    expect(resultat.textContent).toContain("registre-traitements-oepre-0931234l.pdf");
    expect(etat.confidentialite.fichiers.map((f) => f.nom)).toEqual(["registre-traitements-oepre-0931234l.pdf"]);
    expect(el("texte-registre").textContent).toContain("Durée de conservation");
    expect(el<HTMLTextAreaElement>("registre-brut").value).toContain("Registre des activités de traitement");
  });

  it("journal : le filtre offre toutes les actions du cœur, même absentes du journal, et ne garde que leurs entrées", async () => {
    const j = etat.confidentialite.journal;
    j.push({ id: 2, quand: "2025-10-10T09:00:00", qui: "Mme Martin", action: "appel_valide", libelle: "Appel validé", detail: "{}", resume: "Français débutants, 10/10/2025" });
    j.push({ id: 1, quand: "2025-10-09T09:00:00", qui: "M. Durand", action: "acces_exporte", libelle: "Données d'un parent exportées (droit d'accès)", detail: "{}", resume: "Parent n° 201" });
    render(Confidentialite);
    const journal = await attendre("liste-journal");
    await waitFor(() => expect(journal.querySelectorAll("tbody tr")).toHaveLength(2));
    await waitFor(() => expect(el<HTMLSelectElement>("filtre-action").options).toHaveLength(8));
    const options = [...el<HTMLSelectElement>("filtre-action").options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ["", "Toutes les actions"],
      ["appel_valide", "Appel validé"],
      ["appel_deverrouille", "Appel déverrouillé"],
      ["presence_modifiee", "Présence modifiée après validation"],
      ["conservation_modifiee", "Durée de conservation modifiée"],
      ["purge_conservation", "Purge des données anciennes"],
      ["acces_exporte", "Données d'un parent exportées (droit d'accès)"],
      ["parent_efface", "Données d'un parent effacées"],
    ]);
    expect(appels("journal_actions")).toHaveLength(1);
    await fireEvent.change(el("filtre-action"), { target: { value: "appel_valide" } });
    await waitFor(() => expect(el("liste-journal").querySelectorAll("tbody tr")).toHaveLength(1));
    expect(el("liste-journal").textContent).toContain("Mme Martin");
    expect(el("liste-journal").textContent).not.toContain("M. Durand");
    expect(appels("journal_lister").at(-1)!.args[0]).toMatchObject({ action: "appel_valide" });

    await fireEvent.change(el("filtre-action"), { target: { value: "purge_conservation" } });
    await waitFor(() => expect(el("journal-vide").textContent?.trim()).toBe("Aucune entrée de ce type dans le journal."));
    expect(appels("journal_actions")).toHaveLength(1);
  });
});

describe("fiche d'un parent : ses données", () => {
  it("export : PDF et JSON écrits, le PDF est ouvert", async () => {
    render(ParentsFiche, { id: 201 });
    await fireEvent.click(await attendre("exporter-donnees"));
    const resultat = await attendre("resultat-export-donnees");
    expect(resultat.textContent).toContain("2 documents créés");
    const noms = etat.confidentialite.fichiers.map((f) => f.nom);
    expect(noms.some((n) => n.endsWith(".pdf")) && noms.some((n) => n.endsWith(".json"))).toBe(true);
    await waitFor(() => expect(appels("document_ouvrir")).toHaveLength(1));
    expect(String(appels("document_ouvrir")[0]!.args[0])).toMatch(/\.pdf$/);
  });

  it("effacement : la question dit ce qui reste ; « Annuler » ne fait rien ; « Effacer » anonymise et la fiche se recharge", async () => {
    render(ParentsFiche, { id: 201 });
    await fireEvent.click(await attendre("effacer-donnees"));
    const question = await attendre("question-effacement");
    expect(question.textContent).toContain("chiffres anonymes dont les bilans ont besoin (son inscription");
    await fireEvent.click(el("annuler-effacement"));
    expect(document.getElementById("question-effacement")).toBeNull();
    expect(appels("parent_effacer")).toHaveLength(0);

    await fireEvent.click(el("effacer-donnees"));
    await attendre("question-effacement");
    await fireEvent.click(el("confirmer-effacement"));
    await attendre("resultat-effacement");
    expect(el("resultat-effacement").textContent).toContain("« Parent anonymisé »");
    await waitFor(() => expect(el("titre-page").textContent).toBe("Parent anonymisé"));
    expect(etat.confidentialite.journal[0]!.action).toBe("parent_efface");
    await waitFor(() => expect(el("donnees-anonymisees").textContent).toContain("Données anonymisées le 14/10/2025."));
    expect(document.getElementById("effacer-donnees")).toBeNull();
    expect(document.getElementById("exporter-donnees")).toBeNull();
  });

  it("un parent déjà anonymisé : ni « Exporter » ni « Effacer », la carte dit depuis quand", async () => {
    etat.appel.parents = etat.appel.parents.map((p) => (p.id === 203 ? { ...p, nom: "Parent anonymisé", prenom: "" } : p));
    etat.appel.anonymises = { 203: "2024-09-02T08:30:00" };
    render(ParentsFiche, { id: 203 });
    const carte = await attendre("donnees-anonymisees");
    expect(carte.textContent).toContain("Données anonymisées le 02/09/2024.");
    expect(el("donnees-parent").querySelectorAll("button")).toHaveLength(0);
    expect(document.getElementById("exporter-donnees")).toBeNull();
    expect(document.getElementById("effacer-donnees")).toBeNull();
  });

  it("un parent déjà anonymisé : la fiche est en lecture seule, elle dit ce qui a été effacé et ce qui reste compté", async () => {
    etat.appel.parents = etat.appel.parents.map((p) =>
      p.id === 203
        ? { ...p, nom: "Parent anonymisé", prenom: "", translitteration: "", sexe: "F", nationalite: "GN", annee_arrivee: 2019, cir: true, cir_annee: 2020, protection_internationale: false }
        : p,
    );
    etat.appel.anonymises = { 203: "2024-09-02T08:30:00" };
    render(ParentsFiche, { id: 203 });
    const avis = await attendre("avis-parent-anonymise");
    expect(avis.textContent).toBe(
      "Parent anonymisé le 02/09/2024 : ses données personnelles ont été effacées ; ses inscriptions et présences restent comptées dans les bilans.",
    );
    expect(document.getElementById("form-parent")).toBeNull();
    expect(document.getElementById("enregistrer-parent")).toBeNull();
    expect(el("fiche-anonymisee").querySelectorAll("input, select, textarea, button")).toHaveLength(0);
    expect(document.getElementById("inscrire-atelier"), "un parent anonymisé ne se réinscrit pas").toBeNull();
    const gardees = [...el("donnees-gardees").querySelectorAll("div")].map((d) => `${d.querySelector("dt")!.textContent} = ${d.querySelector("dd")!.textContent}`);
    expect(gardees).toEqual([
      "Sexe = Femme",
      "Nationalité = Guinée",
      "Arrivée en France = 2019",
      "Primo-arrivant·e = Non",
      "Public prioritaire Intérieur = Non (il faut une nationalité hors UE / EEE / Suisse, une arrivée de moins de 5 ans et le CIR signé)",
      "Parle déjà français = Non (compté·e parmi les parents allophones)",
      "Contrat d'intégration républicaine (CIR) = Signé en 2020",
      "Protection internationale = Non",
    ]);
    expect(el("inscriptions").textContent).toContain("Atelier du mardi et jeudi");
    expect(appels("parent_modifier")).toHaveLength(0);
  });

  it("un parent dont la fiche est entière : les deux boutons, pas d'avis d'anonymisation", async () => {
    render(ParentsFiche, { id: 204 });
    await attendre("exporter-donnees");
    expect(el("effacer-donnees")).toBeTruthy();
    expect(document.getElementById("donnees-anonymisees")).toBeNull();
    expect(el("form-parent")).toBeTruthy();
    expect(document.getElementById("avis-parent-anonymise")).toBeNull();
  });

  it("un parent sans inscription : la question annonce la suppression de la fiche, puis la liste s'affiche", async () => {
    etat.appel.inscriptions = etat.appel.inscriptions.filter((i) => i.parent_id !== 202);
    location.hash = "#/parents/202";
    render(ParentsFiche, { id: 202 });
    await fireEvent.click(await attendre("effacer-donnees"));
    const question = await attendre("question-effacement");
    expect(question.textContent).toContain("n'est inscrit à aucun atelier : toute sa fiche est supprimée définitivement");
    expect(el("confirmer-effacement").textContent?.trim()).toBe("Supprimer la fiche");
    await fireEvent.click(el("confirmer-effacement"));
    await waitFor(() => expect(location.hash).toBe("#/parents"));
    expect(etat.appel.parents.some((p) => p.id === 202)).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import Etablissement from "./Etablissement.svelte";
import { retablirCommandes, utiliserCommandes } from "../lib/api";
import { fauxBackEnd, type EtatFaux } from "../lib/test/faux";
import type { Commandes } from "../lib/generated/bindings";

let etat: EtatFaux;
let commandes: Commandes;

function champ<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} absent`);
  return el as T;
}

async function saisir(id: string, valeur: string): Promise<void> {
  await fireEvent.input(champ(id), { target: { value: valeur } });
}

async function choisir(id: string, valeur: string): Promise<void> {
  await fireEvent.change(champ<HTMLSelectElement>(id), { target: { value: valeur } });
}

async function afficher(depart: "vide" | "demo"): Promise<void> {
  ({ etat, commandes } = fauxBackEnd(depart));
  utiliserCommandes(commandes);
  render(Etablissement);
  await screen.findByRole("button", { name: "Enregistrer l'établissement" });
}

beforeEach(() => retablirCommandes());
afterEach(() => cleanup());

describe("écran Établissement", () => {
  it("affiche l'établissement enregistré et les années passées en JJ/MM/AAAA", async () => {
    await afficher("demo");
    expect(champ("champ-nom").value).toBe("Collège Louise Michel");
    expect(champ<HTMLSelectElement>("champ-academie").value).toBe("Créteil");
    expect(champ("champ-zone-C").checked).toBe(true);
    expect(champ("champ-libelle").value).toBe("2025-2026");
    expect(champ("champ-premier_jour").value).toBe("01/09/2025");
    expect(champ("annees-passees").textContent).toContain("du 02/09/2024 au 04/07/2025");
  });

  it("une erreur de validation s'affiche sous chaque champ, le premier champ invalide reçoit le focus, la saisie est gardée", async () => {
    await afficher("vide");
    await saisir("champ-uai", "123");
    await saisir("champ-adresse", "3 rue des Lilas");
    await fireEvent.click(champ("enregistrer-etablissement"));

    await waitFor(() => expect(document.getElementById("erreur-nom")).not.toBeNull());
    const appel = etat.appels.find((a) => a.commande === "etablissement_enregistrer");
    expect(appel?.args[0]).toMatchObject({ uai: "123", adresse: "3 rue des Lilas", zone: null, type_etablissement: null });

    for (const c of ["nom", "type_etablissement", "uai", "commune", "academie", "chef_titre"]) {
      const input = champ(`champ-${c}`);
      expect(input.getAttribute("aria-invalid"), c).toBe("true");
      expect(input.getAttribute("aria-describedby")?.split(" "), c).toContain(`erreur-${c}`);
      expect(champ(`erreur-${c}`).textContent?.length, c).toBeGreaterThan(0);
    }
    expect(champ("champ-zone").getAttribute("aria-invalid")).toBe("true");
    expect(champ("erreur-zone").textContent).toContain("zone");
    // Valid fields are not marked.
    expect(champ("champ-adresse").hasAttribute("aria-invalid")).toBe(false);
    expect(document.getElementById("erreur-adresse")).toBeNull();
    // Focus on the first invalid field in screen order; nothing typed is lost.
    expect(document.activeElement?.id).toBe("champ-nom");
    expect(champ("champ-uai").value).toBe("123");
    expect(champ("champ-adresse").value).toBe("3 rue des Lilas");
    expect(document.getElementById("message-enregistre")).toBeNull();
    expect(etat.etablissement).toBeNull();
  });

  it.each([
    ["demo", "champ-zone-C"],
    ["vide", "champ-zone-A"],
  ] as const)("le focus va au groupe de zones quand c'est le premier champ invalide (%s)", async (depart, attendu) => {
    await afficher(depart);
    commandes.etablissement_enregistrer = () =>
      Promise.reject({ code: "Validation", message: "…", champs: [{ champ: "zone", message: "Choisissez la zone." }] });
    await fireEvent.click(champ("enregistrer-etablissement"));
    await waitFor(() => expect(document.getElementById("erreur-zone")).not.toBeNull());
    // The checked radio when there is one, else the first.
    expect(document.activeElement?.id).toBe(attendu);
    expect(champ("champ-zone").getAttribute("aria-describedby")).toContain("erreur-zone");
  });

  it("choisir une académie pré-sélectionne sa zone", async () => {
    await afficher("vide");
    await choisir("champ-academie", "Lyon");
    expect(champ("champ-zone-A").checked).toBe(true);
    await choisir("champ-academie", "Corse");
    expect(champ("champ-zone-A").checked).toBe(true);
    expect(champ("aide-zone").textContent).toContain("propre calendrier");
    await choisir("champ-academie", "Paris");
    expect(champ("champ-zone-C").checked).toBe(true);
  });

  it("un enregistrement réussi affiche la confirmation et recharge la vue", async () => {
    await afficher("vide");
    await saisir("champ-nom", "École Jules Ferry");
    await choisir("champ-type_etablissement", "ecole");
    await saisir("champ-uai", "0750654d");
    await saisir("champ-commune", "Paris");
    await choisir("champ-academie", "Paris");
    await choisir("champ-chef_titre", "directrice");
    await fireEvent.click(champ("enregistrer-etablissement"));

    const message = await screen.findByText("Établissement enregistré.");
    expect(message.id).toBe("message-enregistre");
    expect(etat.etablissement).toMatchObject({ nom: "École Jules Ferry", type_etablissement: "ecole", zone: "C", chef_titre: "directrice" });
    // Reloaded from the back end: the UAI comes back normalised.
    expect(champ("champ-uai").value).toBe("0750654D");
    expect(etat.appels.filter((a) => a.commande === "etablissement_lire").length).toBe(2);
    // Typing again hides the confirmation.
    await saisir("champ-nom", "École Jules Ferry (Paris)");
    expect(document.getElementById("message-enregistre")).toBeNull();
  });

  it("une erreur qui n'est pas de validation s'affiche avec son titre, sans marquer de champ", async () => {
    await afficher("demo");
    commandes.etablissement_enregistrer = () =>
      Promise.reject({ code: "Stockage", message: "Le disque est plein : rien n'a été enregistré.", champs: [] });
    await fireEvent.click(champ("enregistrer-etablissement"));
    const alerte = await screen.findByRole("alert");
    expect(alerte.textContent).toContain("Problème d'accès au fichier de données");
    expect(alerte.textContent).toContain("Le disque est plein");
    expect(document.querySelectorAll('[aria-invalid="true"]').length).toBe(0);
  });

  it("année scolaire : erreurs sous les champs, puis enregistrement et ancienne année dans les passées", async () => {
    await afficher("demo");
    await saisir("champ-libelle", "2026");
    await fireEvent.click(champ("enregistrer-annee"));
    await waitFor(() => expect(document.getElementById("erreur-libelle")).not.toBeNull());
    expect(champ("champ-libelle").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement?.id).toBe("champ-libelle");

    await saisir("champ-libelle", "2026-2027");
    await saisir("champ-premier_jour", "2026-09-01");
    await saisir("champ-dernier_jour", "2027-07-02");
    await fireEvent.click(champ("enregistrer-annee"));
    await screen.findByText("Année scolaire enregistrée.");
    expect(document.getElementById("erreur-libelle")).toBeNull();
    expect(champ("annees-passees").textContent).toContain("2025-2026");
    expect(champ("annees-passees").textContent).toContain("du 01/09/2025 au 03/07/2026");
  });

  it("avertissements : la part minimale d'un axe et l'effectif maximum se règlent ; hors bornes, rien ne change", async () => {
    await afficher("demo");
    await waitFor(() => champ("champ-part_axe_min_pourcent"));
    expect(champ<HTMLInputElement>("champ-part_axe_min_pourcent").value).toBe("15");
    expect(champ<HTMLInputElement>("champ-avertir_effectif_max").checked).toBe(false);

    await saisir("champ-part_axe_min_pourcent", "40");
    await fireEvent.submit(champ("form-reglages"));
    await waitFor(() => expect(champ("erreur-part_axe_min_pourcent").textContent).toContain("de 0 à 33 %"));
    expect(document.activeElement?.id).toBe("champ-part_axe_min_pourcent");
    expect(etat.reglages.part_axe_min_pourcent).toBe(15);

    await saisir("champ-part_axe_min_pourcent", "20");
    await fireEvent.click(champ("champ-avertir_effectif_max"));
    await fireEvent.submit(champ("form-reglages"));
    await waitFor(() => champ("message-reglages-enregistres"));
    expect(etat.reglages).toEqual({ part_axe_min_pourcent: 20, avertir_effectif_max: true });
    expect(document.getElementById("erreur-part_axe_min_pourcent")).toBeNull();
  });
});

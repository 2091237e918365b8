import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import ParentsFiche from "./ParentsFiche.svelte";
import { retablirCommandes, utiliserCommandes } from "../lib/api";
import { fauxBackEnd, type EtatFaux } from "../lib/test/faux";
import { semerAppel } from "../lib/test/faux-parents";
import type { Commandes, SaisieParent } from "../lib/generated/bindings";

let etat: EtatFaux;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}
const attendre = <T extends HTMLElement = HTMLElement>(id: string) => waitFor(() => el<T>(id));
const derniereSaisie = (): SaisieParent => {
  const a = etat.appels.filter((x) => x.commande === ("parent_modifier" satisfies keyof Commandes));
  return a[a.length - 1]!.args[1] as SaisieParent;
};

beforeEach(() => {
  retablirCommandes();
  let commandes: Commandes;
  ({ etat, commandes } = fauxBackEnd("demo"));
  semerAppel(etat);
  utiliserCommandes(commandes);
});
afterEach(cleanup);

/** Sets the arrival (month "" = unknown), the nationality and the CIR, then saves. */
async function saisir(nationalite: string, mois: string, annee: string, cir: boolean): Promise<void> {
  await fireEvent.change(el<HTMLSelectElement>("champ-nationalite"), { target: { value: nationalite } });
  await fireEvent.change(el<HTMLSelectElement>("champ-mois_arrivee"), { target: { value: mois } });
  await fireEvent.input(el<HTMLInputElement>("champ-annee_arrivee"), { target: { value: annee } });
  const c = el<HTMLInputElement>("champ-cir");
  if (c.checked !== cir) await fireEvent.click(c);
  await fireEvent.submit(el("form-parent"));
}

describe("fiche d'un parent : arrivée en France et public prioritaire", () => {
  it("le mois d'arrivée est envoyé, relu et compte pour « moins de 5 ans » ; sans mois, la fiche dit « approximatif »", async () => {
    render(ParentsFiche, { id: 204 });
    await attendre("champ-mois_arrivee");
    expect(el("champ-mois_arrivee").getAttribute("aria-describedby")).toContain("aide-mois_arrivee");

    // Octobre 2020, syrienne, CIR signé: 4 ans et 11 mois au 1er septembre 2025.
    await saisir("SY", "10", "2020", true);
    await waitFor(() => expect(el("public-prioritaire").textContent).toContain("Oui"));
    expect(derniereSaisie()).toMatchObject({ nationalite: "SY", annee_arrivee: 2020, mois_arrivee: 10, cir: true });
    expect(el<HTMLSelectElement>("champ-mois_arrivee").value).toBe("10");
    expect(el("primo-arrivant").textContent).toBe("Oui (arrivé·e en France moins de 5 ans avant la rentrée)");

    // L'année seule : 5 ans ou plus selon le mois, la fiche le dit.
    await saisir("SY", "", "2020", true);
    await waitFor(() => expect(el("primo-arrivant").textContent).toBe("Non — approximatif : indiquez le mois d'arrivée"));
    expect(derniereSaisie().mois_arrivee).toBeNull();
    expect(el("public-prioritaire").textContent).toMatch(/^Non/);

    // Une Roumaine (UE) avec CIR, arrivée en 2023 : primo-arrivante, jamais public prioritaire.
    await saisir("RO", "3", "2023", true);
    await waitFor(() => expect(el("primo-arrivant").textContent).toMatch(/^Oui/));
    expect(el("public-prioritaire").textContent).toMatch(/^Non/);
  });

  it("un mois sans année est refusé sous le champ du mois", async () => {
    render(ParentsFiche, { id: 204 });
    await attendre("champ-mois_arrivee");
    await saisir("", "4", "", false);
    await attendre("erreur-mois_arrivee");
    expect(el("erreur-mois_arrivee").textContent).toBe("Indiquez aussi l'année d'arrivée en France.");
  });

  it("le français parmi les langues : la fiche dit « parle déjà français »", async () => {
    etat.appel.parents = etat.appel.parents.map((p) => (p.id === 204 ? { ...p, langues: [{ langue: "fr", lue: true, ecrite: false }] } : p));
    render(ParentsFiche, { id: 204 });
    await waitFor(() => expect(el("francophone").textContent).toBe("Oui (compté·e parmi les parents francophones)"));
    expect(el("aide-langues-francais").textContent).toContain("parmi les parents");
  });
});

describe("fiche d'un parent : parcours (orientation, attentes, suite)", () => {
  it("qui a orienté le parent et ses attentes s'enregistrent et se relisent ; l'orientation de fin d'atelier s'enregistre dès qu'on la choisit", async () => {
    const i = etat.appel.inscriptions.find((x) => x.parent_id === 204)!;
    i.entree = { oral: "A1", ecrit: "A1.1" };
    i.sortie = { oral: "A2", ecrit: null };
    render(ParentsFiche, { id: 204 });
    await attendre("form-parcours");
    expect(el(`suite-${i.id}`).textContent).toContain("A1 → A2 (en progrès)");
    expect(el(`suite-${i.id}`).textContent).toContain("A1.1 → ?");

    await fireEvent.change(el<HTMLSelectElement>("champ-prescripteur"), { target: { value: "ofii" } });
    await fireEvent.click(el("attente-aider_enfant"));
    await fireEvent.click(el("attente-parler"));
    await fireEvent.input(el("champ-attentes_precision"), { target: { value: "  Lire le carnet de liaison  " } });
    await fireEvent.submit(el("form-parcours"));
    await waitFor(() => expect(el("message-parcours").textContent).toBe("Orientation et attentes enregistrées."));
    const envoye = etat.appels.filter((x) => x.commande === "parcours_accueil_enregistrer").at(-1)!.args;
    expect(envoye).toEqual([204, { prescripteur: "ofii", attentes: ["parler", "aider_enfant"], attentes_precision: "Lire le carnet de liaison" }]);
    expect(el<HTMLInputElement>("attente-parler").checked).toBe(true);
    expect(el<HTMLInputElement>("attente-valeurs").checked).toBe(false);

    await fireEvent.change(el<HTMLSelectElement>(`orientation-${i.id}`), { target: { value: "asl" } });
    await waitFor(() => expect(el("message-parcours").textContent).toBe("Orientation en fin d'atelier enregistrée."));
    expect(etat.parcours.orientations[i.id]).toBe("asl");
    await fireEvent.change(el<HTMLSelectElement>(`orientation-${i.id}`), { target: { value: "" } });
    await waitFor(() => expect(etat.parcours.orientations[i.id]).toBeNull());
  });

  it("un texte trop long est refusé sous son champ, rien n'est envoyé", async () => {
    render(ParentsFiche, { id: 204 });
    await attendre("form-parcours");
    await fireEvent.input(el("champ-attentes_precision"), { target: { value: "x".repeat(501) } });
    await fireEvent.submit(el("form-parcours"));
    await waitFor(() => expect(el("erreur-attentes_precision").textContent).toContain("500 caractères au plus"));
    expect(etat.appels.some((x) => x.commande === "parcours_accueil_enregistrer")).toBe(false);
  });
});

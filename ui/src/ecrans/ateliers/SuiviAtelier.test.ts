import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import SuiviAtelier from "./SuiviAtelier.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd, type EtatFaux } from "../../lib/test/faux";
import { semerAppel } from "../../lib/test/faux-parents";
import type { Commandes } from "../../lib/generated/bindings";

let etat: EtatFaux;
let ids: ReturnType<typeof semerAppel>;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}
const appels = (c: keyof Commandes) => etat.appels.filter((a) => a.commande === c);

beforeEach(() => {
  retablirCommandes();
  let commandes: Commandes;
  ({ etat, commandes } = fauxBackEnd("demo"));
  ids = semerAppel(etat);
  utiliserCommandes(commandes);
});
afterEach(() => cleanup());

describe("suivi école–famille d'un atelier", () => {
  it("coche un indicateur pour un parent et un trimestre, enregistré aussitôt ; l'autre trimestre reste vide", async () => {
    render(SuiviAtelier, { atelierId: ids.atelierId });
    await waitFor(() => el("tableau-suivi"));
    const parent = etat.appel.inscriptions.find((i) => i.id === ids.inscriptions[0])!.parent_id;
    // The terms come from the core, with their dates.
    expect(el("suivi-trimestre-2").textContent).toContain("du 05/01/2026 au 17/04/2026");
    await fireEvent.click(el("suivi-trimestre-2"));
    await waitFor(() => expect(el("suivi-trimestre-2").getAttribute("aria-pressed")).toBe("true"));

    const boite = el<HTMLInputElement>(`suivi-${parent}-venue_ecole`);
    expect(boite.checked).toBe(false);
    expect(boite.getAttribute("aria-label")).toContain("Venues des parents à l'école hors rencontres individuelles");
    await fireEvent.click(boite);
    await waitFor(() => expect(appels("suivi_cocher")).toHaveLength(1));
    expect(appels("suivi_cocher")[0]!.args).toEqual([ids.atelierId, parent, 2, "venue_ecole", true]);
    await waitFor(() => expect(el<HTMLInputElement>(`suivi-${parent}-venue_ecole`).checked).toBe(true));

    await fireEvent.click(el("suivi-trimestre-1"));
    await waitFor(() => expect(el("suivi-trimestre-1").getAttribute("aria-pressed")).toBe("true"));
    expect(el<HTMLInputElement>(`suivi-${parent}-venue_ecole`).checked).toBe(false);
    await fireEvent.click(el("suivi-trimestre-2"));
    await waitFor(() => expect(el<HTMLInputElement>(`suivi-${parent}-venue_ecole`).checked).toBe(true));
  });

  it("une année close : les cases se lisent sans se modifier", async () => {
    // The same fake, answering as the core does for a closed year.
    const base = fauxBackEnd("demo");
    semerAppel(base.etat);
    utiliserCommandes({ ...base.commandes, suivi_grille: async (a, t) => ({ ...(await base.commandes.suivi_grille(a, t)), modifiable: false }) });
    render(SuiviAtelier, { atelierId: ids.atelierId });
    await waitFor(() => el("suivi-lecture-seule"));
    const boites = [...el("tableau-suivi").querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    expect(boites.length).toBe(3 * base.etat.appel.inscriptions.filter((i) => i.atelier_id === ids.atelierId && i.statut !== "attente").length);
    expect(boites.length).toBeGreaterThan(0);
    expect(boites.every((b) => b.disabled)).toBe(true);
  });
});

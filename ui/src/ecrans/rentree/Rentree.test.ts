import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import Etablissement from "../Etablissement.svelte";
import BandeauRentree from "./BandeauRentree.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd, type EtatFaux } from "../../lib/test/faux";
import { semerAppel } from "../../lib/test/faux-parents";

let etat: EtatFaux;
let seme: ReturnType<typeof semerAppel>;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}
const attendre = <T extends HTMLElement = HTMLElement>(id: string) => waitFor(() => el<T>(id));

beforeEach(() => {
  retablirCommandes();
  const f = fauxBackEnd("demo");
  etat = f.etat;
  seme = semerAppel(etat);
  etat.aujourdhui = "2026-12-05";
  utiliserCommandes(f.commandes);
});
afterEach(cleanup);

describe("la rentrée", () => {
  it("le bandeau dit que l'année est finie, seulement après son dernier jour", async () => {
    render(BandeauRentree, { hash: "#/appel" });
    const b = await attendre("bandeau-rentree");
    expect(b.textContent).toContain("L'année scolaire 2025-2026 est terminée depuis le vendredi 3 juillet 2026.");
    expect(el<HTMLAnchorElement>("aller-rentree").getAttribute("href")).toBe("#/etablissement/rentree");
    expect(el("aller-rentree").textContent).toBe("Préparer l'année 2026-2027");
    cleanup();
    etat.aujourdhui = "2026-03-10";
    render(BandeauRentree, { hash: "#/appel" });
    await waitFor(() => expect(etat.appels.filter((a) => a.commande === "annee_etat")).toHaveLength(2));
    expect(document.getElementById("bandeau-rentree")).toBeNull();
  });

  it("aperçu coché par défaut, un parent décoché, puis l'année préparée : courante, atelier reconduit, parents réinscrits", async () => {
    render(Etablissement, { sousChemin: ["rentree"] });
    await attendre("form-rentree");
    expect(el("titre-page").textContent).toBe("Préparer l'année 2026-2027");
    expect(el<HTMLInputElement>("champ-premier_jour").value).toBe("01/09/2026");
    expect(el<HTMLInputElement>("champ-dernier_jour").value).toBe("02/07/2027");
    expect(el<HTMLInputElement>(`case-atelier-${seme.atelierId}`).checked).toBe(true);
    const cases = seme.inscriptions.map((i) => el<HTMLInputElement>(`reinscrire-${i}`));
    expect(cases.every((c) => c.checked)).toBe(true);
    expect(el("resume-rentree").textContent).toContain("1 atelier avec ses séances, 5 parents réinscrits");
    expect(etat.appels.some((a) => a.commande === "rentree_preparer")).toBe(false);

    await fireEvent.click(cases[4]!);
    await waitFor(() => expect(el("resume-rentree").textContent).toContain("4 parents réinscrits"));
    await fireEvent.submit(el("form-rentree"));
    const fait = await attendre("rentree-faite");
    expect(fait.textContent).toContain("L'année 2026-2027 est prête et devient l'année courante");
    expect(fait.textContent).toContain("4 parents réinscrits");
    await waitFor(() => expect(document.activeElement).toBe(fait));
    expect(etat.annees.find((a) => a.courante)?.libelle).toBe("2026-2027");
    const nouveaux = etat.ateliers.filter((a) => a.annee_id === etat.annees.find((y) => y.courante)!.id);
    expect(nouveaux.map((a) => [a.nom, a.premier_jour])).toEqual([["Atelier du mardi et jeudi", "2026-10-06"]]);
    expect(etat.appel.inscriptions.filter((i) => i.atelier_id === nouveaux[0]!.id && i.reinscription)).toHaveLength(4);
  });

  it("une date fausse est refusée sous son champ, rien n'est créé", async () => {
    render(Etablissement, { sousChemin: ["rentree"] });
    await attendre("form-rentree");
    await fireEvent.input(el("champ-dernier_jour"), { target: { value: "31/02/2027" } });
    await fireEvent.submit(el("form-rentree"));
    await waitFor(() => expect(el("erreur-dernier_jour").textContent).toContain("Date invalide"));
    expect(etat.annees.find((a) => a.courante)?.libelle).toBe("2025-2026");
  });

  it("une année déjà préparée : dit pourquoi et le bouton reste inactif", async () => {
    etat.annees.push({ id: 99, libelle: "2026-2027", premier_jour: "2026-09-01", dernier_jour: "2027-07-02", courante: false });
    render(Etablissement, { sousChemin: ["rentree"] });
    await attendre("form-rentree");
    expect(el("avertissement-rentree-0").textContent).toContain("existe déjà");
    expect(el<HTMLButtonElement>("preparer-rentree").disabled).toBe(true);
  });
});

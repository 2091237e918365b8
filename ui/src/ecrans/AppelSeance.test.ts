import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import AppelSeance from "./AppelSeance.svelte";
import { retablirCommandes, utiliserCommandes } from "../lib/api";
import { memoire } from "../lib/appel";
import { session } from "../lib/session.svelte";
import { fauxBackEnd, type EtatFaux } from "../lib/test/faux";
import { semerAppel } from "../lib/test/faux-parents";
import type { Commandes } from "../lib/generated/bindings";

let etat: EtatFaux;
let commandes: Commandes;
let ids: ReturnType<typeof semerAppel>;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}
const presse = (insc: number, m: string) => el(`marque-${insc}-${m}`).getAttribute("aria-pressed");
const appels = (c: keyof Commandes) => etat.appels.filter((a) => a.commande === c);

async function afficher(seanceId: number | null = null): Promise<void> {
  ({ etat, commandes } = fauxBackEnd("demo"));
  ids = semerAppel(etat);
  utiliserCommandes(commandes);
  render(AppelSeance, { seanceId });
  await screen.findByRole("table");
}

beforeEach(() => {
  retablirCommandes();
  memoire.atelierId = null;
  memoire.qui = "";
  memoire.quiDe = null;
  session.qui = null;
});
afterEach(() => cleanup());

describe("écran Appel", () => {
  it("ouvre la séance du jour : une ligne par parent, noms dans leur écriture, « pas encore fait » distinct d'absent", async () => {
    await afficher();
    // One answer opens the screen: the core chose the atelier and its séance.
    expect(appels("appel_ouvrir")).toEqual([{ commande: "appel_ouvrir", args: [null, null] }]);
    expect(appels("appel_seance_par_defaut").length + appels("appel_lire").length + appels("ateliers_lister").length).toBe(0);
    expect(el("titre-seance").textContent).toContain("mardi 14 octobre 2025, 14:00–16:00");
    expect((el("choix-seance") as HTMLSelectElement).value).toBe(String(ids.seances[2]));
    const lignes = document.querySelectorAll("tr.ligne-appel");
    expect(lignes.length).toBe(5);
    const arabe = ids.inscriptions[0]!;
    expect(el(`nom-${arabe}`).textContent).toBe("العلي محمد");
    expect(el(`nom-${arabe}`).getAttribute("dir")).toBe("auto");
    expect(el(`ligne-${arabe}`).textContent).toContain("Al-Ali Mohammed");
    expect(el(`nom-${ids.inscriptions[1]}`).textContent).toBe("இராமநாதன் கவிதா");
    expect(el(`nom-${ids.inscriptions[2]}`).textContent).toBe("王 芳");
    for (const i of ids.inscriptions) {
      expect(el(`etat-${i}`).textContent).toContain("pas encore fait");
      expect(presse(i, "absent")).toBe("false");
    }
  });

  it("« Tous présents » puis une absence : chaque marque est enregistrée, l'écran les montre", async () => {
    await afficher();
    await fireEvent.click(el("tous-presents"));
    await waitFor(() => expect(presse(ids.inscriptions[0]!, "present")).toBe("true"));
    expect(appels("appel_tous_presents")).toEqual([{ commande: "appel_tous_presents", args: [ids.seances[2]] }]);
    for (const i of ids.inscriptions) {
      expect(presse(i, "present")).toBe("true");
      expect(el(`etat-${i}`).textContent).toContain("Enregistré");
    }
    expect(etat.appel.marques.filter((m) => m.seance_id === ids.seances[2]).length).toBe(5);
    const premiere = document.querySelector("tr.ligne-appel")!.id;
    await waitFor(() => expect(document.activeElement?.id, "le bouton est désactivé : le focus va à la première ligne, pas à la page").toBe(premiere));
    expect(el("annonce-appel").textContent).toContain("marqué(s) présent(s)");

    // The second parent of the list is absent: one keystroke on that row.
    const wang = Number(document.querySelectorAll("tr.ligne-appel")[1]!.id.slice(6));
    const ligne = el(`ligne-${wang}`);
    const suivante = (ligne.nextElementSibling as HTMLElement).id;
    ligne.focus();
    await fireEvent.keyDown(ligne, { key: "a" });
    await waitFor(() => expect(el(`etat-${wang}`).textContent).toContain("Enregistré"));
    expect(presse(wang, "absent")).toBe("true");
    expect(presse(wang, "present")).toBe("false");
    expect(appels("presence_marquer").map((a) => a.args[0])).toEqual([
      { seance_id: ids.seances[2], inscription_id: wang, statut: "absent", minutes_retard: null },
    ]);
    expect(etat.appel.marques.find((m) => m.inscription_id === wang && m.seance_id === ids.seances[2])?.statut).toBe("absent");
    // The focus went to the next row: one keystroke per parent.
    expect(document.activeElement?.id).toBe(suivante);
    expect(el("resume-appel").textContent).toContain("4 présent·es, 1 absent·e");
  });

  it("au clavier : P marque et passe à la ligne suivante, flèches, R demande les minutes", async () => {
    await afficher();
    const ordre = [...document.querySelectorAll("tr.ligne-appel")].map((t) => Number(t.id.slice(6)));
    const [a, b, c] = ordre as [number, number, number];
    el(`ligne-${a}`).focus();
    await fireEvent.keyDown(el(`ligne-${a}`), { key: "P" });
    await waitFor(() => expect(el(`etat-${a}`).textContent).toContain("Enregistré"));
    expect(document.activeElement?.id).toBe(`ligne-${b}`);
    await fireEvent.keyDown(el(`ligne-${b}`), { key: "ArrowDown" });
    expect(document.activeElement?.id).toBe(`ligne-${c}`);
    await fireEvent.keyDown(el(`ligne-${c}`), { key: "ArrowUp" });
    expect(document.activeElement?.id).toBe(`ligne-${b}`);

    await fireEvent.keyDown(el(`ligne-${b}`), { key: "r" });
    await waitFor(() => expect(document.activeElement?.id).toBe(`minutes-${b}`));
    await fireEvent.input(el(`minutes-${b}`), { target: { value: "15" } });
    await fireEvent.keyDown(el(`minutes-${b}`), { key: "Enter" });
    await waitFor(() => expect(presse(b, "retard")).toBe("true"));
    expect(el(`marque-${b}-retard`).textContent).toContain("En retard (15 min)");
    expect(appels("presence_marquer").at(-1)?.args[0]).toMatchObject({ inscription_id: b, statut: "retard", minutes_retard: 15 });
  });

  it("une marque refusée revient à la précédente, avec le message en français", async () => {
    await afficher();
    await fireEvent.click(el("tous-presents"));
    const diallo = ids.inscriptions[3]!;
    await waitFor(() => expect(presse(diallo, "present")).toBe("true"));
    commandes.presence_marquer = (s) => {
      etat.appels.push({ commande: "presence_marquer", args: [s] });
      return Promise.reject({ code: "Stockage", message: "Le disque est plein : la marque n'a pas été enregistrée.", champs: [] });
    };
    await fireEvent.click(el(`marque-${diallo}-excuse`));
    const alerte = await waitFor(() => el(`erreur-ligne-${diallo}`));
    expect(alerte.textContent).toContain("Problème d'accès au fichier de données");
    expect(alerte.textContent).toContain("Le disque est plein");
    expect(presse(diallo, "excuse")).toBe("false");
    expect(presse(diallo, "present")).toBe("true");
    expect(etat.appel.marques.find((m) => m.inscription_id === diallo && m.seance_id === ids.seances[2])?.statut).toBe("present");
  });

  it("valider demande un nom, verrouille les marques ; déverrouiller demande pourquoi", async () => {
    await afficher();
    await fireEvent.click(el("tous-presents"));
    await waitFor(() => expect(el("resume-appel").textContent).toContain("Appel complet"));
    await fireEvent.click(el("valider-appel"));
    await fireEvent.click(el("confirmer-validation"));
    await waitFor(() => expect(document.getElementById("erreur-validation-qui")).not.toBeNull());
    expect(el("champ-validation-qui").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement?.id).toBe("champ-validation-qui");

    await fireEvent.input(el("champ-validation-qui"), { target: { value: "Samia Belkacem" } });
    await fireEvent.click(el("confirmer-validation"));
    await waitFor(() => expect(document.getElementById("appel-valide")).not.toBeNull());
    expect(el("appel-valide").textContent).toContain("Samia Belkacem");
    expect((el(`marque-${ids.inscriptions[0]}-absent`) as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById("tous-presents")).toBeNull();
    expect(document.activeElement?.id, "après validation, le focus est sur la confirmation").toBe("deverrouiller-appel");

    await fireEvent.click(el("deverrouiller-appel"));
    expect((el("champ-deverrouillage-qui") as HTMLInputElement).value).toBe("Samia Belkacem");
    await fireEvent.click(el("confirmer-deverrouillage"));
    await waitFor(() => expect(document.getElementById("erreur-deverrouillage-motif")).not.toBeNull());
    await fireEvent.input(el("champ-deverrouillage-motif"), { target: { value: "Parent arrivée en retard, notée présente" } });
    await fireEvent.click(el("confirmer-deverrouillage"));
    await waitFor(() => expect(document.getElementById("appel-valide")).toBeNull());
    expect((el(`marque-${ids.inscriptions[0]}-absent`) as HTMLButtonElement).disabled).toBe(false);
    await waitFor(() => expect(document.activeElement?.tagName, "le focus ne tombe pas sur la page").not.toBe("BODY"));
    expect(etat.appel.journal.at(-1)).toMatchObject({ action: "appel_deverrouille", motif: "Parent arrivée en retard, notée présente" });
  });

  it("« Qui valide l'appel ? » propose le nom choisi au démarrage, que la personne peut changer", async () => {
    session.qui = "Marc Lefèvre";
    await afficher();
    await fireEvent.click(el("tous-presents"));
    await waitFor(() => expect(el("resume-appel").textContent).toContain("Appel complet"));
    await fireEvent.click(el("valider-appel"));
    expect((el("champ-validation-qui") as HTMLInputElement).value).toBe("Marc Lefèvre");

    await fireEvent.input(el("champ-validation-qui"), { target: { value: "Samia Belkacem" } });
    await fireEvent.click(el("confirmer-validation"));
    await waitFor(() => expect(document.getElementById("appel-valide")).not.toBeNull());
    expect(appels("appel_valider")).toEqual([{ commande: "appel_valider", args: [ids.seances[2], "Samia Belkacem"] }]);
    expect(el("appel-valide").textContent).toContain("Samia Belkacem");

    // Same user, screen opened again: the name they typed stays; another user gets theirs.
    cleanup();
    render(AppelSeance, { seanceId: ids.seances[1] });
    await screen.findByRole("table");
    await fireEvent.click(el("valider-appel"));
    expect((el("champ-validation-qui") as HTMLInputElement).value).toBe("Samia Belkacem");
    cleanup();
    session.qui = "Nadia Chraïbi";
    render(AppelSeance, { seanceId: ids.seances[1] });
    await screen.findByRole("table");
    await fireEvent.click(el("valider-appel"));
    expect((el("champ-validation-qui") as HTMLInputElement).value).toBe("Nadia Chraïbi");
  });

  it("le choix de la séance ouvre une autre date ; une séance annulée n'a pas d'appel", async () => {
    await afficher();
    await fireEvent.change(el("choix-seance"), { target: { value: String(ids.seances[0]) } });
    await waitFor(() => expect(el("titre-seance").textContent).toContain("mardi 7 octobre 2025"));
    expect(presse(ids.inscriptions[3]!, "absent")).toBe("true");
    await fireEvent.click(el("seance-suivante"));
    await waitFor(() => expect(el("titre-seance").textContent).toContain("jeudi 9 octobre 2025"));
    await fireEvent.change(el("choix-seance"), { target: { value: String(ids.seances[3]) } });
    await waitFor(() => expect(document.getElementById("seance-annulee")).not.toBeNull());
    expect(document.getElementById("tous-presents")).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import App from "../App.svelte";
import { retablirCommandes, utiliserCommandes } from "../lib/api";
import { fauxBackEnd, type EtatFaux } from "../lib/test/faux";
import { session } from "../lib/session.svelte";
import type { Commandes } from "../lib/generated/bindings";

let etat: EtatFaux;
let commandes: Commandes;

function el<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}

async function attendre<T extends HTMLElement = HTMLElement>(id: string): Promise<T> {
  return waitFor(() => el<T>(id));
}

async function saisir(id: string, valeur: string): Promise<void> {
  await fireEvent.input(el(id), { target: { value: valeur } });
}

async function choisir(id: string, valeur: string): Promise<void> {
  await fireEvent.change(el<HTMLSelectElement>(id), { target: { value: valeur } });
}

async function ouvrir(hash: string): Promise<void> {
  history.replaceState(null, "", hash);
  render(App);
  await attendre("titre-page");
}

async function aller(hash: string): Promise<void> {
  location.hash = hash;
  await new Promise((r) => setTimeout(r, 0));
}

/** Fills the new-atelier form: Tuesday and Thursday 14:00–16:00, Samia Belkacem on both. */
async function remplirAtelier(): Promise<void> {
  await attendre("champ-nom");
  await saisir("champ-nom", "Atelier du mardi et jeudi");
  await saisir("champ-premier_jour", "2025-10-07");
  await saisir("champ-dernier_jour", "2026-06-25");
  await saisir("champ-heures_prevues", "120");
  await fireEvent.click(el("creneau-0-intervenant-1"));
  await fireEvent.click(el("ajouter-creneau"));
  await choisir("champ-creneaux-1-jour", "4");
  await fireEvent.click(el("creneau-1-intervenant-1"));
}

beforeEach(() => {
  retablirCommandes();
  session.derniereGeneration = null;
  ({ etat, commandes } = fauxBackEnd("demo"));
  utiliserCommandes(commandes);
});
afterEach(() => cleanup());

describe("écran Ateliers", () => {
  it("nouvel atelier : l'aperçu montre les dates écartées avec leur motif, rien n'est écrit avant « Créer les séances »", async () => {
    await ouvrir("#/ateliers");
    await attendre("aucun-atelier");
    expect(el("nav-ateliers").getAttribute("aria-current")).toBe("page");
    expect(el("nouvel-atelier").getAttribute("href")).toBe("#/ateliers/nouveau");
    await aller("#/ateliers/nouveau");
    await remplirAtelier();
    // Default group size.
    expect(el("champ-effectif_min").value).toBe("12");
    expect(el("champ-effectif_max").value).toBe("15");

    await fireEvent.click(el("apercu-calendrier"));
    const ecartees = await attendre("apercu-ecartees");
    const texte = ecartees.textContent ?? "";
    expect(texte).toContain("Vacances de la Toussaint");
    expect(texte).toContain("Jour férié : Armistice 1918");
    expect(texte).toContain("mardi 11 novembre 2025");
    expect(texte).toContain("Vacances de Noël");
    const dates = el("apercu-dates").textContent ?? "";
    expect(dates).toContain("mardi 7 octobre 2025");
    expect(dates).toContain("jeudi 9 octobre 2025");
    expect(dates).toContain("14:00–16:00");
    expect(dates).toContain("Samia Belkacem");
    expect(dates).not.toContain("mardi 11 novembre 2025");

    // The preview writes nothing at all: no atelier, no slot, no séance.
    const aCreer = Number(el("apercu-a-creer").textContent);
    expect(aCreer).toBeGreaterThan(50);
    expect(Number(el("apercu-nb-ecartees").textContent)).toBe(ecartees.querySelectorAll("tbody tr").length);
    expect(etat.ateliers).toHaveLength(0);
    expect(etat.seances).toHaveLength(0);
    expect(etat.appels.map((a) => a.commande)).not.toContain("atelier_creer");
    expect(etat.appels.map((a) => a.commande)).not.toContain("seances_generer");
    const apercu = etat.appels.find((a) => a.commande === "seances_apercu_saisie")!;
    expect(apercu.args[1]).toMatchObject({ effectif_min: 12, effectif_max: 15, heures_prevues: "120", annee_id: null });

    // « Créer les séances » saves the atelier with its slots, then writes the séances.
    await fireEvent.click(el("creer-seances"));
    await waitFor(() => expect(etat.ateliers).toHaveLength(1));
    expect(etat.ateliers[0]!.creneaux.map((c) => [c.jour, c.debut, c.fin])).toEqual([
      [2, "14:00:00", "16:00:00"],
      [4, "14:00:00", "16:00:00"],
    ]);
    const resultat = await attendre("resultat-generation");
    expect(etat.seances).toHaveLength(aCreer);
    expect(resultat.textContent).toContain(`${aCreer} séances créées`);
    expect(location.hash).toBe(`#/ateliers/${etat.ateliers[0]!.id}`);
    await waitFor(() => expect(el("nombre-seances").textContent).toContain(`dont ${aCreer} programmées`));
    expect(el("total-programmees").textContent).toContain(`${aCreer * 2} h`);
    expect(el("total-prevues").textContent).toContain("120 h");
    expect(el("liste-seances").textContent).toContain("mardi 7 octobre 2025");
  });

  it("une erreur dans un créneau s'affiche sous son champ, qui reçoit le focus ; la saisie est gardée", async () => {
    await ouvrir("#/ateliers/nouveau");
    await remplirAtelier();
    await saisir("champ-creneaux-1-fin", "13:00");
    await fireEvent.click(el("apercu-calendrier"));
    const erreur = await attendre("erreur-creneaux-1-fin");
    expect(erreur.textContent).toContain("avant l'heure de début");
    expect(el("champ-creneaux-1-fin").getAttribute("aria-invalid")).toBe("true");
    expect(el("champ-creneaux-1-fin").getAttribute("aria-describedby")).toContain("erreur-creneaux-1-fin");
    expect(document.activeElement?.id).toBe("champ-creneaux-1-fin");
    expect(el("champ-nom").value).toBe("Atelier du mardi et jeudi");
    expect(document.getElementById("apercu")).toBeNull();
    expect(etat.ateliers).toHaveLength(0);
  });

  it("fiche d'un atelier : annuler avec un motif (barrée, heures retirées), rétablir ; vue calendrier par mois", async () => {
    await ouvrir("#/ateliers/nouveau");
    await remplirAtelier();
    await fireEvent.click(el("apercu-calendrier"));
    await fireEvent.click(await attendre("creer-seances"));
    await attendre("resultat-generation");
    const premiere = etat.seances.find((s) => s.date === "2025-10-07")!;
    const avant = el("total-programmees").textContent;

    await fireEvent.click(await attendre(`annuler-seance-${premiere.id}`));
    await attendre("champ-motif");
    await fireEvent.click(el("confirmer-annulation"));
    await attendre("erreur-motif");
    expect(document.activeElement?.id).toBe("champ-motif");
    await saisir("champ-motif", "Grève");
    await fireEvent.click(el("confirmer-annulation"));
    await attendre(`retablir-seance-${premiere.id}`);
    const ligne = el(`seance-${premiere.id}`);
    expect(ligne.querySelector("s")?.textContent).toBe("mardi 7 octobre 2025");
    expect(el(`motif-${premiere.id}`).textContent).toBe("Annulée : Grève");
    expect(el("total-programmees").textContent).not.toBe(avant);
    expect(el("total-annulees").textContent).toContain("1");
    await waitFor(() => expect(document.activeElement?.id).toBe(`retablir-seance-${premiere.id}`));

    await fireEvent.click(el(`retablir-seance-${premiere.id}`));
    await attendre(`annuler-seance-${premiere.id}`);
    expect(el("total-programmees").textContent).toBe(avant);

    // Month calendar: weeks from Monday, holidays greyed with their name, séances as chips.
    await fireEvent.click(el("vue-calendrier"));
    expect(el("vue-calendrier").getAttribute("aria-pressed")).toBe("true");
    const grille = await attendre("grille-2025-10");
    expect(grille.querySelector("caption")?.textContent).toBe("octobre 2025");
    expect(grille.querySelectorAll("thead th")[0]!.textContent).toBe("lun.");
    expect(el(`puce-seance-${premiere.id}`).textContent).toContain("14:00–16:00");
    const toussaint = grille.querySelector('td[data-date="2025-10-21"]')!;
    expect(toussaint.classList.contains("ferme")).toBe(true);
    expect(toussaint.textContent).toContain("Vacances de la Toussaint");
    expect(toussaint.querySelector(".puce")).toBeNull();
    // Keyboard: Page suivante → November, where 11 November is a public holiday.
    await fireEvent.keyDown(grille, { key: "PageDown" });
    const novembre = await attendre("grille-2025-11");
    expect(novembre.querySelector('td[data-date="2025-11-11"]')?.textContent).toContain("Jour férié : Armistice 1918");
    await fireEvent.click(el("mois-precedent"));
    await attendre("grille-2025-10");

    // A chip opens the séance: move it by hand.
    await fireEvent.click(el(`puce-seance-${premiere.id}`));
    await attendre("form-seance");
    await saisir("champ-date", "2025-10-08");
    await fireEvent.click(el("axe-ecole"));
    await fireEvent.click(el("champ-hors_les_murs"));
    await fireEvent.click(el("enregistrer-seance"));
    await attendre("erreur-lieu");
    await saisir("champ-lieu", "Médiathèque");
    await fireEvent.click(el("enregistrer-seance"));
    await waitFor(() => expect(document.getElementById("form-seance")).toBeNull());
    expect(etat.seances.find((s) => s.id === premiere.id)).toMatchObject({
      date: "2025-10-08",
      modifiee: true,
      hors_les_murs: true,
      lieu: "Médiathèque",
      axes: { langue: true, ecole: true, valeurs: false },
    });
    expect((await attendre("message-atelier")).textContent).toContain("mercredi 8 octobre 2025");
  });

  it("programme : un jeudi sur deux en valeurs de la République, aperçu puis appliqué ; heures par axe", async () => {
    await ouvrir("#/ateliers/nouveau");
    await remplirAtelier();
    await fireEvent.click(el("apercu-calendrier"));
    await fireEvent.click(await attendre("creer-seances"));
    await attendre("resultat-generation");
    const jeudis = etat.seances.filter((s) => new Date(`${s.date}T12:00:00`).getDay() === 4).sort((x, y) => x.date.localeCompare(y.date));
    expect(el("heures-axe-valeurs").textContent).toContain("0 h");
    expect(el("heures-axe-langue").textContent).toContain("(100 %)");

    await fireEvent.click(el("ouvrir-programme"));
    await attendre("form-programme");
    await waitFor(() => expect(document.activeElement?.id).toBe("titre-programme"));
    await choisir("champ-jour", "j4");
    await fireEvent.click(el("rythme-une-sur-deux"));
    await saisir("champ-theme", "La laïcité");
    // Nothing ticked: the error under the axes, nothing written.
    await fireEvent.click(el("programme-axe-valeurs"));
    await fireEvent.click(el("voir-programme"));
    await attendre("erreur-axes");
    await fireEvent.click(el("programme-axe-valeurs"));
    await fireEvent.click(el("voir-programme"));
    const apercu = await attendre("apercu-programme");
    const attendues = jeudis.filter((_, i) => i % 2 === 0);
    expect(apercu.textContent).toContain(`${attendues.length} séances recevront`);
    expect(etat.seances.every((s) => !s.axes.valeurs), "l'aperçu n'écrit rien").toBe(true);
    await fireEvent.click(el("appliquer-programme"));
    await waitFor(() => expect(document.getElementById("form-programme")).toBeNull());
    expect((await attendre("message-atelier")).textContent).toContain(`${attendues.length} séances ont reçu`);
    for (const s of etat.seances) {
      const change = attendues.some((x) => x.id === s.id);
      expect(s.axes.valeurs && !s.axes.langue && s.theme === "La laïcité", s.date).toBe(change);
    }
    await waitFor(() => expect(el("heures-axe-valeurs").textContent).toContain(`${attendues.length * 2} h`));
  });

  it("jours de fermeture de l'école : ajout avec un motif, erreurs sous les champs, retrait", async () => {
    await ouvrir("#/ateliers");
    await attendre("form-fermeture");
    await fireEvent.click(el("ajouter-fermeture"));
    await attendre("erreur-fermeture-date");
    expect(el("erreur-fermeture-libelle").textContent).toContain("Pont de l'Ascension");
    expect(document.activeElement?.id).toBe("champ-fermeture-date");
    await saisir("champ-fermeture-date", "2026-05-15");
    await saisir("champ-fermeture-libelle", "Pont de l'Ascension");
    await fireEvent.click(el("ajouter-fermeture"));
    await attendre("fermeture-2026-05-15");
    expect(el("liste-fermetures").textContent).toContain("vendredi 15 mai 2026");
    expect(etat.fermetures).toEqual([{ date: "2026-05-15", libelle: "Pont de l'Ascension" }]);
    await fireEvent.click(el("retirer-fermeture-2026-05-15"));
    await attendre("aucune-fermeture");
    expect(etat.fermetures).toEqual([]);
  });
});

describe("écran Intervenants", () => {
  it("liste, création avec erreurs sous les champs, heures par mois et montant des vacations", async () => {
    await ouvrir("#/intervenants");
    const liste = await attendre("liste-intervenants");
    expect(liste.textContent).toContain("Samia Belkacem");
    expect(liste.textContent).toContain("Enseignant(e) UPE2A");
    expect(liste.textContent).toContain("Vacations (décret 2005-909)");
    expect(el("liste-taux").textContent).toContain("29,54");

    await aller("#/intervenants/nouveau");
    await attendre("form-intervenant");
    await fireEvent.click(el("enregistrer-intervenant"));
    await attendre("erreur-statut");
    expect(document.activeElement?.id).toBe("champ-nom");
    await saisir("champ-nom", "Traoré");
    await saisir("champ-prenom", "Awa");
    await choisir("champ-statut", "association");
    await choisir("champ-remuneration", "facture");
    await fireEvent.click(el("enregistrer-intervenant"));
    await waitFor(() => expect(el("titre-page").textContent).toBe("Awa Traoré"));
    expect(etat.intervenants.at(-1)).toMatchObject({ nom: "Traoré", statut: "association", remuneration: "facture" });

    // Hours per month: two séances of 2 h in October for Samia Belkacem, paid by vacation.
    const base = { atelier_id: 1, creneau_id: null, debut: "14:00:00", fin: "16:00:00", duree_minutes: 120, axes: { langue: true, ecole: false, valeurs: false }, theme: "", hors_les_murs: false, lieu: "", motif_annulation: "", modifiee: false, appel_fait: false, fermeture: null };
    etat.seances.push(
      { ...base, id: 1, date: "2025-10-07", intervenants: [{ id: 1, nom_complet: "Samia Belkacem" }], annulee: false },
      { ...base, id: 2, date: "2025-10-09", intervenants: [{ id: 1, nom_complet: "Samia Belkacem" }], annulee: false },
      { ...base, id: 3, date: "2025-10-14", intervenants: [{ id: 1, nom_complet: "Samia Belkacem" }], annulee: true },
    );
    await aller("#/intervenants/1");
    const table = await attendre("heures-par-mois");
    const octobre = within(el("mois-2025-10"));
    expect(octobre.getByText("octobre 2025")).toBeTruthy();
    expect(el("mois-2025-10").textContent).toContain("4 h");
    expect(el("mois-2025-10").textContent).toContain("118,16\u00a0€");
    expect(el("heures-total").textContent).toBe("4 h");
    expect(table.textContent).toContain("Montant brut");
    expect(screen.getByText(/Taux en vigueur aujourd'hui/)).toBeTruthy();
  });
});

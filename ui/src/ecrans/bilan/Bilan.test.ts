import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import Bilan from "./Bilan.svelte";
import Consolidation from "./Consolidation.svelte";
import Verification from "./Verification.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd, type EtatFaux } from "../../lib/test/faux";
import type { Commandes } from "../../lib/generated/bindings";

let etat: EtatFaux;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e as T;
}
const attendre = <T extends HTMLElement = HTMLElement>(id: string) => waitFor(() => el<T>(id));
const appels = (c: keyof Commandes) => etat.appels.filter((a) => a.commande === c);

beforeEach(() => {
  retablirCommandes();
  let commandes: Commandes;
  ({ etat, commandes } = fauxBackEnd("demo"));
  utiliserCommandes(commandes);
});
afterEach(() => cleanup());

describe("écran Bilan", () => {
  it("« À vérifier » liste les points groupés, chacun avec le lien de l'écran qui le corrige", async () => {
    render(Bilan, { sousChemin: [] });
    await attendre("panneau-verifier");
    expect(el("titre-verifier").textContent).toBe("4 points à vérifier");
    const lien = el<HTMLAnchorElement>("lien-AppelManquant-0");
    expect(lien.getAttribute("href")).toBe("#/appel/seance/40");
    expect(lien.textContent).toBe("Faire l'appel");
    expect(el("points-QualitatifVide").textContent).toContain("« Difficultés rencontrées » est vide");
    expect(el<HTMLAnchorElement>("lien-QualitatifVide-0").getAttribute("href")).toBe("#/bilan/qualitatif/difficultes");
    expect(el("onglet-verifier").getAttribute("aria-current")).toBe("page");
    // The two channels, the deadline and the funding condition, said on the screen.
    expect(el("canal-quantitatif").textContent).toContain("enquête Orquestra de la DGESCO");
    expect(el("canal-financier").textContent).toContain("enquête en ligne du service académique de la DAEPS");
    expect(el("echeance-bilans").textContent).toContain("fin de l'année scolaire");
    expect(el("echeance-bilans").textContent).toContain("conditionnent le financement de l'atelier l'année scolaire suivante");
  });

  it("« Finances » : ajouter une dépense met le solde à jour ; un montant illisible reste sous son champ", async () => {
    render(Bilan, { sousChemin: ["finances"] });
    await attendre("form-depense");
    expect(el("finances-document-a-part").textContent?.replace(/\s+/g, " ")).toContain("pour l'enquête en ligne de la DAEPS");
    const solde = el("solde").textContent;
    expect(el("avertissements-plafond").textContent).toContain("au-delà du plafond de 250 h");
    expect(el("tableau-vacations").textContent).toContain("oct. 2025");

    await fireEvent.input(el("champ-depense-libelle"), { target: { value: "Manuels A1" } });
    await fireEvent.input(el("champ-depense-montant"), { target: { value: "douze" } });
    await fireEvent.submit(el("form-depense"));
    await waitFor(() => expect(el("erreur-depense-montant").textContent).toContain("Montant invalide"));
    expect(etat.bilan.depenses).toHaveLength(0);

    await fireEvent.input(el("champ-depense-montant"), { target: { value: "125,50" } });
    await fireEvent.submit(el("form-depense"));
    await waitFor(() => expect(el("liste-depenses").textContent).toContain("Manuels A1"));
    expect(el("total-autres-depenses").textContent).toBe("125,50\u00a0€");
    expect(el("solde").textContent).not.toBe(solde);
    expect(etat.bilan.depenses[0]!.centimes).toBe(12_550);
  });

  it("« Qualitatif » : thèmes pré-remplis, « Enregistrer le brouillon » envoie la saisie", async () => {
    render(Bilan, { sousChemin: ["qualitatif", "difficultes"] });
    await attendre("form-qualitatif");
    expect(el<HTMLTextAreaElement>("champ-themes-valeurs").value).toBe("La laïcité");
    await waitFor(() => expect(document.activeElement).toBe(el("champ-difficultes")));
    await fireEvent.input(el("champ-difficultes"), { target: { value: "Garde des jeunes enfants" } });
    await fireEvent.click(el("partenaire-casnav"));
    await fireEvent.submit(el("form-qualitatif"));
    await waitFor(() => expect(el("etat-qualitatif").textContent).toContain("Brouillon enregistré"));
    expect(etat.bilan.qualitatif?.difficultes).toBe("Garde des jeunes enfants");
    expect(etat.bilan.qualitatif?.partenaires).toEqual(["casnav"]);
    await waitFor(() => expect(el("onglet-verifier").textContent).toContain("3"));
  });

  it("« Chiffres » montre le parcours des parents : progression, orientés par, attentes, orientation", async () => {
    render(Bilan, { sousChemin: ["chiffres"] });
    await attendre("parcours-parents");
    expect(el("tableau-progression-oral").textContent).toContain("En progrès3");
    expect(el("tableau-prescripteurs").textContent).toContain("OFII4");
    expect(el("tableau-orientations").textContent).toContain("Continue en OEPRE l'année prochaine5");
    expect(el("tableau-attentes").querySelector("caption")?.textContent).toBe("Attentes à l'inscription (plusieurs réponses possibles)");
  });

  it("change d'année : le bilan de l'année choisie est calculé", async () => {
    render(Bilan, { sousChemin: ["chiffres"] });
    await attendre("tableau-synthese");
    expect(el("titre-page").textContent).toBe("Bilan 2025-2026");
    await fireEvent.change(el("bilan-annee"), { target: { value: "1" } });
    await waitFor(() => expect(el("titre-page").textContent).toBe("Bilan 2024-2025"));
    expect(appels("bilan_calculer").map((a) => a.args)).toEqual([[2], [1]]);
  });

  it("« Qualitatif » : la saisie s'enregistre seule un instant après la dernière frappe", async () => {
    render(Bilan, { sousChemin: ["qualitatif"] });
    await attendre("form-qualitatif");
    // The test holds the clock of the pause after typing: nothing depends on the machine's speed.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      await fireEvent.input(el("champ-perspectives"), { target: { value: "Un groupe de plus le samedi" } });
      expect(el("etat-qualitatif").textContent).toContain("en cours de saisie");
      await vi.advanceTimersByTimeAsync(1100);
      expect(appels("bilan_qualitatif_enregistrer")).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(200);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(el("etat-qualitatif").textContent).toContain("Brouillon enregistré"));
    expect(appels("bilan_qualitatif_enregistrer")).toHaveLength(1);
    expect(etat.bilan.qualitatif?.perspectives).toBe("Un groupe de plus le samedi");
  });

  it("« Exporter » écrit les cinq fichiers, dit où va chacun et les liste avec « Ouvrir »", async () => {
    render(Bilan, { sousChemin: ["exporter"] });
    await attendre("exporter-bilan");
    expect(el("export-avec-points").textContent).toContain("4 points restent à vérifier");
    let liberer!: () => void;
    etat.bilan.attente = new Promise((r) => (liberer = r));
    await fireEvent.click(el("exporter-bilan"));
    await attendre("export-en-cours");
    expect(el<HTMLButtonElement>("exporter-bilan").disabled).toBe(true);
    liberer();
    const resultat = await attendre("resultat-bilan");
    for (const ext of ["xlsx", "pdf", "json"]) expect(resultat.textContent).toContain(`bilan-0690001A-2025-2026.${ext}`);
    for (const ext of ["xlsx", "pdf"]) expect(resultat.textContent).toContain(`bilan-financier-0690001A-2025-2026.${ext}`);
    const genres = el("genres-bilan").textContent ?? "";
    expect(genres).toContain("bilan-financier-0690001A-2025-2026.pdf : Bilan financier, pour l'enquête en ligne de la DAEPS");
    expect(genres).toContain("bilan-0690001A-2025-2026.pdf : Bilan quantitatif et qualitatif, pour l'enquête Orquestra de la DGESCO");
    expect(appels("bilan_exporter")).toEqual([{ commande: "bilan_exporter", args: [2] }]);
    await fireEvent.click(el("resultat-bilan-ouvrir-1"));
    expect(etat.documents.ouverts).toEqual([`${etat.documents.dossier}/bilan-0690001A-2025-2026.pdf`]);
  });
});

describe("« À vérifier » sans défilement intérieur", () => {
  it("un long groupe montre ses 8 premiers points puis « Voir les N autres », qui les montre et y met le focus", async () => {
    const points = Array.from({ length: 12 }, (_, i) => ({
      code: "AppelManquant" as const,
      message: `Séance n° ${i + 1} : l'appel n'a pas été fait.`,
      lien: `#/appel/seance/${i + 1}`,
    }));
    render(Verification, { points });
    const liste = el("points-AppelManquant");
    expect(getComputedStyle(liste).overflowY).not.toBe("auto");
    expect(liste.querySelectorAll("li")).toHaveLength(8);
    const bouton = el<HTMLButtonElement>("basculer-AppelManquant");
    expect(bouton.textContent?.trim()).toBe("Voir les 4 autres");
    expect(bouton.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(bouton);
    await waitFor(() => expect(liste.querySelectorAll("li")).toHaveLength(12));
    expect(bouton.getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(el("lien-AppelManquant-8")));
    await fireEvent.click(bouton);
    await waitFor(() => expect(liste.querySelectorAll("li")).toHaveLength(8));
  });
});

describe("écran Consolidation académique", () => {
  it("liste les fichiers avec la raison d'un refus, montre les totaux, puis écrit le classeur", async () => {
    render(Consolidation);
    await fireEvent.submit(el("form-consolidation"));
    await waitFor(() => expect(el("erreur-dossier").textContent).toContain("Indiquez le dossier"));
    expect(el<HTMLButtonElement>("creer-classeur-academie").disabled).toBe(true);

    await fireEvent.input(el("champ-dossier"), { target: { value: "/home/secretariat/bilans" } });
    await fireEvent.submit(el("form-consolidation"));
    await attendre("tableau-fichiers");
    expect(el("resume-fichiers").textContent).toContain("2 bilans retenus, 1 écarté");
    expect(document.querySelector("[data-fichier='bilan-futur.json']")?.textContent).toContain("version inconnue");
    expect(el("ligne-total-academie").textContent).toContain("29");
    expect(el("academie-prescripteurs").textContent).toContain("OFII29");
    expect(document.getElementById("avis-bilans-sans-parcours")).toBeNull();
    expect(etat.documents.fichiers).toHaveLength(0);

    await fireEvent.click(el("creer-classeur-academie"));
    const r = await attendre("resultat-academie");
    expect(r.textContent).toContain("academie-2025-09-15.xlsx");
    expect(r.textContent, "the PDF summary beside the workbook").toContain("academie-2025-09-15.pdf");
    expect(el("tableau-departements").textContent).toContain("069 Rhône");
  });

  it("« Choisir… » lit le dossier choisi (annulé : rien) ; il est proposé à la visite suivante", async () => {
    const vue = render(Consolidation);
    await fireEvent.click(el("choisir-dossier-bilans"));
    await waitFor(() => expect(appels("dossier_choisir")).toHaveLength(1));
    await waitFor(() => expect(el<HTMLButtonElement>("choisir-dossier-bilans").disabled).toBe(false));
    expect(appels("academie_examiner")).toHaveLength(0);
    expect(el<HTMLInputElement>("champ-dossier").value).toBe("");

    etat.documents.choixDossier = "/home/secretariat/bilans";
    await fireEvent.click(el("choisir-dossier-bilans"));
    await attendre("tableau-fichiers");
    expect(el<HTMLInputElement>("champ-dossier").value).toBe("/home/secretariat/bilans");
    vue.unmount();

    render(Consolidation);
    await waitFor(() => expect(el<HTMLInputElement>("champ-dossier").value).toBe("/home/secretariat/bilans"));
  });
});

describe("graphiques et point trimestriel", () => {
  it("« Chiffres » dessine les graphiques du cœur, chacun avec ses chiffres dans un tableau", async () => {
    render(Bilan, { sousChemin: ["chiffres"] });
    await attendre("graphique-1");
    expect(appels("bilan_graphiques")).toHaveLength(1);
    expect(el("graphique-1-titre").textContent).toBe("Taux d'assiduité par mois");
    // One bar per known value, none for an empty one (axis 3: 0 h).
    expect(el("graphique-1").querySelectorAll("svg rect")).toHaveLength(2);
    expect(el("graphique-2").querySelectorAll("svg rect")).toHaveLength(2);
    expect(el("graphique-1-table").textContent).toContain("62,5\u00a0%");
    expect(el("graphique-2-table").textContent).toContain("Axe 3 : valeurs de la République");
    expect(el("graphique-2-table").textContent).toContain("0\u00a0h");
    // Two series: a legend, and both columns in the table.
    expect(el("graphique-3").querySelector(".legende")?.textContent).toContain("Sortie");
    expect(el("graphique-3").querySelectorAll("svg rect")).toHaveLength(4);
    expect(el("graphique-3-table").querySelectorAll("thead th")).toHaveLength(3);
  });

  it("« Exporter » écrit le point trimestriel d'un atelier pour le trimestre choisi", async () => {
    render(Bilan, { sousChemin: ["exporter"] });
    await attendre("ecrire-point-trimestriel");
    await fireEvent.change(el<HTMLSelectElement>("point-trimestre"), { target: { value: "2" } });
    const atelier = el<HTMLSelectElement>("point-atelier");
    expect(atelier.options[0]!.textContent).toContain("Tous les ateliers");
    expect(atelier.options.length).toBeGreaterThan(1);
    await fireEvent.change(atelier, { target: { value: atelier.options[1]!.value } });
    await fireEvent.click(el("ecrire-point-trimestriel"));
    await attendre("resultat-point-trimestriel");
    const [args] = appels("bilan_point_trimestriel").map((a) => a.args);
    expect(args![1]).toBe(2);
    expect(args![2]).toBe(Number(atelier.options[1]!.value));
    expect(el("resultat-point-trimestriel").textContent).toContain("point-trimestriel-t2-");
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import Documents from "./Documents.svelte";
import Affiches from "./Affiches.svelte";
import { retablirCommandes, utiliserCommandes } from "../lib/api";
import { fauxBackEnd, type EtatFaux } from "../lib/test/faux";
import { semerAppel } from "../lib/test/faux-parents";
import type { Commandes } from "../lib/generated/bindings";

let etat: EtatFaux;
let commandes: Commandes;
let seme: ReturnType<typeof semerAppel>;

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
  // One atelier, five parents: Aminata Diallo was absent at the only séance taken (0 %).
  seme = semerAppel(etat);
  utiliserCommandes(commandes);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("écran Documents", () => {
  it("attestations sous le seuil : la question vient avant ; « Annuler » ne crée rien, « Délivrer quand même » crée le PDF ; rien pour qui n'a suivi aucune heure", async () => {
    // Three roll calls: Aminata Diallo came once (33 %), Thị Lan Nguyễn never (0 h).
    const { seances, inscriptions } = seme;
    etat.appel.marques = etat.appel.marques.filter((m) => m.inscription_id !== inscriptions[4]);
    for (const s of seances.slice(0, 3)) {
      etat.seances.find((x) => x.id === s)!.appel_fait = true;
      for (const i of inscriptions) {
        if (s === seances[0] && i !== inscriptions[4]) continue;
        const present = i !== inscriptions[4] && !(i === inscriptions[3] && s !== seances[2]);
        etat.appel.marques.push({ seance_id: s, inscription_id: i, statut: present ? "present" : "absent", minutes_retard: 0 });
      }
    }
    render(Documents);
    await attendre("form-attestations");
    await waitFor(() => expect(el("nombre-attestations").textContent).toContain("4 pages"));
    expect(el("sans-attestation").textContent).toContain("Thị Lan NGUYỄN — Atelier du mardi et jeudi : aucune heure suivie");

    await fireEvent.click(el("creer-attestations"));
    const question = await attendre("question-seuil");
    expect(question.textContent).toContain("1 parent a un taux de présence inférieur à 50 % : délivrer quand même ?");
    expect(el("liste-sous-le-seuil").textContent).toContain("Aminata DIALLO");
    expect(el("liste-sous-le-seuil").textContent).toContain("33 %");
    expect(el("liste-sous-le-seuil").textContent).not.toContain("NGUYỄN");
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(appels("attestations_sous_le_seuil")).toHaveLength(1);
    expect(appels("document_produire")).toHaveLength(0);

    await fireEvent.click(el("annuler-attestations"));
    await attendre("attestations-annulees");
    expect(document.getElementById("question-seuil")).toBeNull();
    expect(appels("document_produire")).toHaveLength(0);
    expect(etat.documents.fichiers).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(el("creer-attestations")));

    await fireEvent.click(el("creer-attestations"));
    await attendre("question-seuil");
    await fireEvent.click(el("delivrer-quand-meme"));
    const resultat = await attendre("resultat-attestations");
    expect(resultat.textContent).toContain("attestations-2025-2026.pdf");
    expect(resultat.textContent).toMatch(/\(\d+ ko\)/);
    expect(appels("document_produire").map((a) => a.args[0])).toEqual([{ type: "Attestations", annee_id: 2, atelier_id: null, parent_id: null }]);

    await fireEvent.click(el("resultat-attestations-ouvrir-0"));
    await fireEvent.click(el("resultat-attestations-ouvrir-dossier"));
    await waitFor(() => expect(etat.documents.ouverts).toEqual([etat.documents.fichiers[0]!.chemin, ""]));
  });

  it("sans personne sous le seuil, pas de question ; un parent choisi par la recherche", async () => {
    etat.documents.tauxMinimum = 0;
    render(Documents);
    await attendre("form-attestations");
    await fireEvent.click(el("portee-parent"));
    await fireEvent.click(el("creer-attestations"));
    // No parent chosen: said under the field, focus on the group.
    await attendre("erreur-attestations-parent");
    expect(appels("attestations_sous_le_seuil")).toHaveLength(0);

    await fireEvent.input(el("recherche-attestations-parent"), { target: { value: "芳" } });
    await fireEvent.click(await attendre("attestations-parent-202"));
    await fireEvent.click(el("creer-attestations"));
    await attendre("resultat-attestations");
    expect(document.getElementById("question-seuil")).toBeNull();
    expect(appels("document_produire")[0]!.args[0]).toEqual({ type: "Attestations", annee_id: 2, atelier_id: null, parent_id: 202 });
  });

  it("émargement : la prochaine séance est proposée ; le bouton est désactivé pendant la création", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2025, 9, 10, 9, 0)); // Friday 10 October 2025: next séance Tuesday 14.
    render(Documents);
    await attendre("form-emargement");
    await waitFor(() => expect(el<HTMLSelectElement>("champ-emargement-seance").value).toBe("12"));
    expect(el("aide-emargement-seance").textContent).toContain("mardi 14 octobre 2025");

    let finir!: () => void;
    etat.documents.attente = new Promise<void>((r) => (finir = r));
    await fireEvent.click(el("creer-emargement"));
    await waitFor(() => expect(el<HTMLButtonElement>("creer-emargement").disabled).toBe(true));
    expect(el("en-cours-emargement").textContent).toContain("Création en cours… (1 page)");
    finir();
    const resultat = await attendre("resultat-emargement");
    expect(resultat.textContent).toContain("emargement-atelier-du-mardi-et-jeudi-2025-10-14.pdf");
    expect(el<HTMLButtonElement>("creer-emargement").disabled).toBe(false);

    await fireEvent.click(el("variante-mois"));
    expect(el<HTMLSelectElement>("champ-emargement-mois").value).toBe("2025-10");
    await fireEvent.click(el("creer-emargement"));
    await waitFor(() => expect(appels("document_produire").at(-1)!.args[0]).toEqual({ type: "EmargementMois", atelier_id: 1, mois: "2025-10" }));
  });

  it("dossier des documents : un chemin relatif est refusé sous le champ ; un chemin complet est enregistré", async () => {
    render(Documents);
    await attendre("form-dossier");
    await waitFor(() => expect(el("dossier-documents").textContent).toBe("/home/secretariat/Documents/Ateliers OEPRE"));
    await fireEvent.input(el("champ-dossier"), { target: { value: "CLE/OEPRE" } });
    await fireEvent.click(el("enregistrer-dossier"));
    await attendre("erreur-dossier");
    expect(el("champ-dossier").getAttribute("aria-invalid")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(el("champ-dossier")));
    await fireEvent.input(el("champ-dossier"), { target: { value: "/media/cle/OEPRE" } });
    await fireEvent.click(el("enregistrer-dossier"));
    await attendre("dossier-enregistre");
    expect(el("dossier-documents").textContent).toBe("/media/cle/OEPRE");
  });

  it("dossier des documents : « Choisir… » ouvre le choix de l'ordinateur au dossier actuel ; annulé, rien ne change ; choisi, il est utilisé", async () => {
    render(Documents);
    await waitFor(() => expect(el("dossier-documents").textContent).toBe("/home/secretariat/Documents/Ateliers OEPRE"));
    etat.documents.choixDossier = null;
    await fireEvent.click(el("choisir-dossier"));
    await waitFor(() => expect(appels("dossier_choisir")).toHaveLength(1));
    expect(appels("dossier_choisir")[0]!.args).toEqual(["Dossier des documents", "/home/secretariat/Documents/Ateliers OEPRE"]);
    await waitFor(() => expect(el<HTMLButtonElement>("choisir-dossier").disabled).toBe(false));
    expect(appels("documents_definir_dossier")).toHaveLength(0);
    expect(el<HTMLInputElement>("champ-dossier").value).toBe("/home/secretariat/Documents/Ateliers OEPRE");

    etat.documents.choixDossier = "/media/cle/OEPRE";
    await fireEvent.click(el("choisir-dossier"));
    await attendre("dossier-enregistre");
    expect(el("dossier-documents").textContent).toBe("/media/cle/OEPRE");
    expect(el<HTMLInputElement>("champ-dossier").value).toBe("/media/cle/OEPRE");
  });
});

describe("écran Affiches", () => {
  it("relecture : « Choisir… » remplit le chemin de la feuille corrigée, puis le focus va au nom de la personne", async () => {
    render(Affiches);
    const langue = await attendre<HTMLSelectElement>("champ-relecture-langue");
    langue.value = "ar";
    await fireEvent.change(langue);
    etat.documents.choixFichier = "/media/cle/relecture-ar.xlsx";
    await fireEvent.click(el("choisir-feuille-relue"));
    await waitFor(() => expect(el<HTMLInputElement>("champ-relecture-chemin").value).toBe("/media/cle/relecture-ar.xlsx"));
    expect(appels("fichier_choisir")[0]!.args[2]).toEqual(["xlsx"]);
    await waitFor(() => expect(document.activeElement).toBe(el("champ-relecture-relecteur")));
  });

  it("langues avec badge, aperçu arabe de droite à gauche avec repli français marqué, PDF et un fichier par langue", async () => {
    render(Affiches);
    await attendre("liste-langues");
    expect(el("badge-ar").textContent).toBe("traduction à relire");
    expect(document.getElementById("badge-fr")).toBeNull();
    expect(el("liste-langues").querySelector("li")!.textContent).toContain("français");

    await fireEvent.click(el("langue-ar"));
    const carte = await attendre("affiche-ar");
    expect(carte.getAttribute("dir")).toBe("rtl");
    expect(carte.getAttribute("lang")).toBe("ar");
    expect(el("apercu-badge-ar").textContent).toBe("traduction à relire");
    expect(el("avertissement-relecture").textContent).toContain("arabe");
    const repli = carte.querySelector<HTMLElement>("[data-id='quoi-texte']")!;
    expect(repli.getAttribute("dir")).toBe("ltr");
    expect(repli.getAttribute("lang")).toBe("fr");
    expect(repli.textContent).toContain("en français");
    expect(carte.querySelector("[data-id='affiche-titre']")!.getAttribute("dir")).toBe("rtl");
    expect(carte.querySelectorAll(".pictos svg")).toHaveLength(5);

    await fireEvent.click(el("champ-petits_enfants"));
    await waitFor(() => expect(el("affiche-ar").querySelectorAll(".pictos svg")).toHaveLength(4));

    await fireEvent.click(el("creer-affiche"));
    const resultat = await attendre("resultat-affiche");
    expect(resultat.textContent).toContain("affiche-atelier-du-mardi-et-jeudi-ar.pdf");
    expect(appels("document_produire")[0]!.args[0]).toEqual({ type: "Affiche", atelier_id: 1, langues: ["ar"], bilingue: false, petits_enfants: false });

    await fireEvent.click(el("langue-fr"));
    await attendre("affiche-fr");
    await fireEvent.click(el("creer-par-langue"));
    await waitFor(() => expect(el("resultat-affiche").textContent).toContain("2 documents créés"));
    expect(appels("affiches_par_langue")[0]!.args).toEqual([1, ["fr", "ar"], false, false]);
  });

  it("filtrer la liste ; sans langue cochée, l'erreur est sous la liste", async () => {
    render(Affiches);
    await attendre("liste-langues");
    await fireEvent.input(el("filtre-langues"), { target: { value: "tamoul" } });
    await waitFor(() => expect(el("liste-langues").querySelectorAll("input")).toHaveLength(1));
    await fireEvent.click(el("creer-affiche"));
    await attendre("erreur-langues");
    expect(appels("document_produire")).toHaveLength(0);
  });

  it("faire relire : feuille et affiche écrites, feuille d'une autre langue refusée sans rien écrire, aperçu avant/après, puis « relue par »", async () => {
    render(Affiches);
    const langue = await attendre<HTMLSelectElement>("champ-relecture-langue");
    // French is the reference: it is not offered.
    expect([...langue.options].map((o) => o.value)).not.toContain("fr");
    langue.value = "ar";
    await fireEvent.change(langue);
    expect(el("etat-relecture").textContent).toBe("Traduction à relire par un locuteur natif");

    await fireEvent.click(el("preparer-relecture"));
    const resultat = await attendre("resultat-relecture");
    expect(resultat.textContent).toContain("relecture-ar.xlsx");
    expect(resultat.textContent).toContain("relecture-ar.pdf");
    const chemin = el<HTMLInputElement>("champ-relecture-chemin");
    expect(chemin.value).toBe(`${etat.documents.dossier}/relecture-ar.xlsx`);

    // No reviewer: refused under the field, nothing checked.
    await fireEvent.submit(el("form-relecture"));
    await waitFor(() => expect(el("erreur-relecture-relecteur").textContent).toContain("nom de la personne"));
    await waitFor(() => expect(document.activeElement).toBe(el("champ-relecture-relecteur")));
    await fireEvent.input(el("champ-relecture-relecteur"), { target: { value: "Samira Benali" } });

    // A sheet written for Tamil, read back as Arabic: the row is named, nothing is written.
    await fireEvent.click(el("champ-relecture-langue"));
    langue.value = "ta";
    await fireEvent.change(langue);
    await fireEvent.click(el("preparer-relecture"));
    await attendre("resultat-relecture");
    langue.value = "ar";
    await fireEvent.change(langue);
    await fireEvent.input(el("champ-relecture-chemin"), { target: { value: `${etat.documents.dossier}/relecture-ta.xlsx` } });
    await fireEvent.submit(el("form-relecture"));
    await waitFor(() => expect(el("erreur-relecture").textContent).toContain("Ligne 1 : cette feuille est pour la langue « ta », pas « ar »"));
    expect(appels("relecture_enregistrer")).toHaveLength(0);

    await fireEvent.click(el("preparer-relecture"));
    await attendre("resultat-relecture");
    await fireEvent.submit(el("form-relecture"));
    const apercu = await attendre("apercu-relecture");
    expect(el("changements-relecture").textContent).toContain("أولياء الأمور");
    expect(el("changements-relecture").querySelector("td[dir='rtl']")).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(apercu));
    expect(appels("relecture_enregistrer")).toHaveLength(0);

    await fireEvent.click(el("enregistrer-relecture"));
    const fait = await attendre("relecture-enregistree");
    expect(fait.textContent).toContain("Traduction relue par Samira Benali le 05/12/2026");
    await waitFor(() => expect(document.activeElement).toBe(fait));
    // The language list drops its « traduction à relire » badge.
    expect(document.getElementById("badge-ar")).toBeNull();
    expect(el("etat-relecture").textContent).toBe("Traduction relue par Samira Benali le 05/12/2026");
  });
});

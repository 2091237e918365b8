import { describe, expect, it } from "vitest";
import {
  LIBELLE_AUTRES_ALLOPHONES,
  LIBELLE_AUTRES_FRANCOPHONES,
  LIBELLE_PUBLIC_PRIORITAIRE,
  avisBilansSansPublics,
  comptePublicFusion,
  compteDepuisSaisie,
  eurosFr,
  genreFichier,
  grouperPoints,
  heuresDecimales,
  libelleLien,
  lignesChiffres,
  moisCourt,
  nombreFr,
  ongletDepuis,
  pourcent,
  qualitatifAEnvoyer,
  resumePoints,
  tableauVacations,
  trimestreProbable,
} from "./bilan";
import type { Chiffres, ChiffresFusion, IntervenantBilan, PointAVerifier, Qualitatif } from "./generated/bindings";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formats français", () => {
  it("écrit les nombres avec une espace fine et une virgule", () => {
    expect(nombreFr(1234.5)).toBe(`1${NNBSP}234,5`);
    expect(nombreFr(1234567, 0)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(nombreFr(-0)).toBe("0");
  });
  it("écrit les heures en décimal", () => {
    expect(heuresDecimales(750)).toBe(`12,5${NBSP}h`);
    expect(heuresDecimales(74_070)).toBe(`1${NNBSP}234,5${NBSP}h`);
    expect(heuresDecimales(20)).toBe(`0,33${NBSP}h`);
    expect(heuresDecimales(0)).toBe(`0${NBSP}h`);
  });
  it("écrit les euros et les pourcentages", () => {
    expect(eurosFr(123_450)).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(eurosFr(-2954)).toBe(`−29,54${NBSP}€`);
    expect(pourcent(0.625)).toBe(`62,5${NBSP}%`);
    expect(pourcent(2 / 3)).toBe(`66,7${NBSP}%`);
    expect(pourcent(null)).toBe("—");
  });
});

describe("onglets dans l'adresse", () => {
  it("lit l'onglet et la rubrique", () => {
    expect(ongletDepuis(["qualitatif", "themes"])).toEqual({ onglet: "qualitatif", section: "themes" });
    expect(ongletDepuis(["finances"])).toEqual({ onglet: "finances", section: null });
  });
  it("ouvre « À vérifier » par défaut ou sur une adresse inconnue", () => {
    expect(ongletDepuis([])).toEqual({ onglet: "verifier", section: null });
    expect(ongletDepuis(["nimporte", "quoi"])).toEqual({ onglet: "verifier", section: null });
  });
});

describe("liste des points à vérifier", () => {
  const p = (code: PointAVerifier["code"], lien: string): PointAVerifier => ({ code, message: `${code} ${lien}`, lien });
  it("regroupe par nature dans un ordre fixe, en gardant l'ordre de Rust dans chaque groupe", () => {
    const groupes = grouperPoints([
      p("QualitatifVide", "#/bilan/qualitatif/difficultes"),
      p("NationaliteManquante", "#/parents/4"),
      p("AppelManquant", "#/appel/seance/40"),
      p("SexeManquant", "#/parents/2"),
      p("RemunerationManquante", "#/intervenants/2"),
    ]);
    expect(groupes.map((g) => g.titre)).toEqual(["Appels non faits", "Fiches des parents incomplètes", "Intervenants", "Bilan qualitatif"]);
    expect(groupes[1]!.points.map((x) => x.lien)).toEqual(["#/parents/4", "#/parents/2"]);
  });
  it("nomme l'action de chaque lien d'après l'écran visé", () => {
    expect(libelleLien("#/appel/seance/40")).toBe("Faire l'appel");
    expect(libelleLien("#/parents/12")).toBe("Compléter la fiche");
    expect(libelleLien("#/ateliers/3")).toBe("Voir l'atelier");
    expect(libelleLien("#/intervenants/2")).toBe("Choisir la rémunération");
    expect(libelleLien("#/bilan/qualitatif/themes")).toBe("Compléter");
  });
  it("résume le nombre de points", () => {
    expect(resumePoints(0)).toMatch(/^Rien à signaler/);
    expect(resumePoints(1)).toBe("1 point à vérifier");
    expect(resumePoints(12)).toBe("12 points à vérifier");
  });
});

describe("chiffres", () => {
  it("met les départs par motif sous les partis et masque le sexe non renseigné quand il est nul", () => {
    const c = {
      groupes: 2,
      minutes_prevues: 14_400,
      minutes_programmees: 14_400,
      minutes_realisees: 4_530,
      seances_programmees: 60,
      seances_realisees: 30,
      seances_annulees: 2,
      axes_programmes: { langue: 9_000, ecole: 3_000, valeurs: 2_400 },
      axes_realises: { langue: 3_000, ecole: 900, valeurs: 630 },
      intervenants: [],
      parents: {
        inscrits: 17,
        inscrits_au_debut: 15,
        en_cours: 16,
        partis: 1,
        departs_par_motif: [{ code: "demenagement", libelle: "déménagement", nombre: 1 }],
        en_attente: 0,
        femmes: 11,
        hommes: 6,
        sexe_non_renseigne: 0,
        part_femmes: 11 / 17,
        nationalites: [],
        primo_arrivants: 8,
        arrivee_approximative: 2,
        hors_ue: 16,
        public_prioritaire: 4,
        autres_allophones_hors_prioritaire: 12,
        francophones_hors_prioritaire: 1,
        publics_distingues: true,
        primo_inconnu: 0,
        cir: 5,
        protection_internationale: 3,
        autres_allophones: 4,
        reinscrits: 2,
        niveaux: [],
        certifications: [],
        minutes_suivies: 30_000,
        minutes_dispensees: 40_000,
        minutes_suivies_moyenne: 30_000 / 17,
        taux_assiduite: 0.75,
        prescripteurs: null,
        attentes: null,
        orientations: null,
        progression: null,
      },
      suivi_parents: null,
      assiduite_par_mois: null,
    } satisfies Chiffres;
    const lignes = lignesChiffres(c);
    const i = lignes.findIndex((l) => l.libelle === "Partis en cours d'année");
    expect(lignes[i + 1], "le motif, avec une majuscule, sous les partis").toEqual({ libelle: "Déménagement", valeur: "1", detail: true });
    expect(lignes.find((l) => l.libelle === "Heures réalisées")?.valeur).toBe(`75,5${NBSP}h`);
    expect(lignes.find((l) => l.libelle === "Part des femmes")?.valeur).toBe(`64,7${NBSP}%`);
    expect(lignes.find((l) => l.libelle === "Heures suivies par parent (moyenne)")?.valeur).toBe(`29,41${NBSP}h`);
    expect(lignes.some((l) => l.libelle === "Sexe non renseigné")).toBe(false);
    // Hours per axis with their share of the delivered hours (630 / 4 530 = 13,9 %).
    const h = lignes.findIndex((l) => l.libelle === "Heures réalisées");
    expect(lignes.slice(h + 1, h + 4).map((l) => [l.libelle, l.valeur])).toEqual([
      ["Heures réalisées — Axe 1 : langue française", `50${NBSP}h (66 %)`],
      ["Heures réalisées — Axe 2 : la connaissance du fonctionnement et des attentes de l'École", `15${NBSP}h (20 %)`],
      ["Heures réalisées — Axe 3 : valeurs de la République", `10,5${NBSP}h (14 %)`],
    ]);
    expect(lignes[h + 4]).toEqual({ libelle: "Effectif au démarrage", valeur: "15" });
    expect(lignes.find((l) => l.libelle.startsWith("Taux d'abandon"))?.valeur).toBe(`5,9${NBSP}%`);
    expect(lignesChiffres({ ...c, axes_realises: null }).some((l) => l.libelle.includes("Axe")), "un bilan antérieur : rien d'inventé").toBe(false);
    // The parents in three parts (4 + 12 + 1 = 17), then the approximate arrivals under the primo-arrivants.
    const valeur = (libelle: string) => lignes.find((l) => l.libelle === libelle)?.valeur;
    expect([valeur(LIBELLE_PUBLIC_PRIORITAIRE), valeur(LIBELLE_AUTRES_ALLOPHONES), valeur(LIBELLE_AUTRES_FRANCOPHONES)]).toEqual(["4", "12", "1"]);
    const j = lignes.findIndex((l) => l.libelle.startsWith("Primo-arrivants"));
    expect(lignes[j + 1]).toEqual({ libelle: "Approximatif : mois d'arrivée inconnu (à compléter sur la fiche)", valeur: "2", detail: true });
    expect(lignes.some((l) => l.libelle.includes("Ni primo")), "l'ancien décompte n'est plus montré").toBe(false);
  });
});

describe("consolidation : public prioritaire", () => {
  // Only the count of earlier files matters here.
  const fusion = (bilans_sans_publics: number) => ({ bilans_sans_publics }) as ChiffresFusion;
  it("un bilan antérieur : « — » sur sa ligne, pas de zéro inventé ; le total compte les autres et le dit", () => {
    expect(comptePublicFusion(fusion(0), 1, 7)).toBe("7");
    expect(comptePublicFusion(fusion(1), 1, 0)).toBe("—");
    expect(comptePublicFusion(fusion(1), 3, 7)).toBe("7");
    expect(comptePublicFusion(fusion(3), 3, 0)).toBe("—");
    expect(avisBilansSansPublics(0)).toBeNull();
    expect(avisBilansSansPublics(1)).toMatch(/^1 bilan exporté par une version antérieure ne distingue pas le public prioritaire Intérieur/);
    expect(avisBilansSansPublics(2)).toMatch(/^2 bilans exportés par une version antérieure ne distinguent pas/);
  });
});

describe("vacations par mois", () => {
  const i = (id: number, mois: Array<[string, number, number | null]>): IntervenantBilan => ({
    id,
    libelle: `Intervenant·e ${id}`,
    statut: "upe2a",
    remuneration: "vacation",
    seances: mois.length,
    minutes: mois.reduce((t, [, m]) => t + m, 0),
    centimes: mois.reduce((t, [, , c]) => t + (c ?? 0), 0),
    mois: mois.map(([m, minutes, c]) => ({ mois: m, seances: minutes > 0 ? 1 : 0, minutes, centimes_vacation: c })),
    plafond_depasse_le: null,
    plafond_minutes: null,
  });
  it("abrège les mois des en-têtes", () => {
    expect(moisCourt("2025-10")).toBe("oct. 2025");
    expect(moisCourt("2026-06")).toBe("juin 2026");
    expect(moisCourt("2026-13")).toBe("2026-13");
  });
  it("aligne les mois de tous les intervenants et totalise chaque mois", () => {
    const t = tableauVacations([i(1, [["2025-11", 240, 11_816], ["2025-10", 120, 5_908], ["2025-12", 0, 0]]), i(2, [["2025-11", 60, null]])]);
    expect(t.mois).toEqual(["2025-10", "2025-11"]);
    expect(t.lignes[0]!.cellules).toEqual([{ minutes: 120, centimes: 5_908 }, { minutes: 240, centimes: 11_816 }]);
    expect(t.lignes[1]!.cellules).toEqual([null, { minutes: 60, centimes: null }]);
    expect(t.totaux).toEqual([{ minutes: 120, centimes: 5_908 }, { minutes: 300, centimes: 11_816 }]);
  });
});

describe("brouillon qualitatif", () => {
  it("lit les nombres saisis et remet les partenaires dans l'ordre du formulaire", () => {
    expect(compteDepuisSaisie("")).toBeNull();
    expect(compteDepuisSaisie(null)).toBeNull();
    expect(compteDepuisSaisie("12")).toBe(12);
    expect(compteDepuisSaisie(7)).toBe(7);
    expect(compteDepuisSaisie("douze")).toBeNull();
    const q: Qualitatif = {
      enregistre: false,
      partenaires: ["caf", "ofii"],
      partenaires_precisions: "",
      themes: { langue: "", ecole: "", valeurs: "" },
      actions_vie_scolaire: "",
      indicateurs: { rencontres_individuelles: "4" as unknown as number, venues_hors_reunions: null, votes_elections: 3, actions_communes: null, analyses_partagees: "2" as unknown as number },
      difficultes: "",
      perspectives: "",
    };
    const envoye = qualitatifAEnvoyer(q);
    expect(envoye.partenaires).toEqual(["ofii", "caf"]);
    expect(envoye.indicateurs).toEqual({ rencontres_individuelles: 4, venues_hors_reunions: null, votes_elections: 3, actions_communes: null, analyses_partagees: 2 });
  });
});

describe("genreFichier", () => {
  it("dit de chaque fichier exporté quel bilan il contient et où il va", () => {
    expect(genreFichier("bilan-0690001A-2025-2026.pdf")).toBe(
      "Bilan quantitatif et qualitatif, pour l'enquête Orquestra de la DGESCO : rapport PDF à signer, avec sa fiche de saisie",
    );
    expect(genreFichier("bilan-financier-0690001A-2025-2026.xlsx")).toBe(
      "Bilan financier, pour l'enquête en ligne de la DAEPS : classeur Excel, avec sa fiche de saisie",
    );
    expect(genreFichier("bilan-financier-0690001A-2025-2026.pdf")).toContain("Bilan financier, pour l'enquête en ligne de la DAEPS : rapport PDF");
    expect(genreFichier("bilan-0690001A-2025-2026.json")).toBe("Fichier pour l'académie (JSON)");
  });
});

describe("point trimestriel", () => {
  it("présélectionne le trimestre du jour", () => {
    expect(trimestreProbable("2025-09-01")).toBe(1);
    expect(trimestreProbable("2025-12-19")).toBe(1);
    expect(trimestreProbable("2026-01-05")).toBe(2);
    expect(trimestreProbable("2026-03-31")).toBe(2);
    expect(trimestreProbable("2026-04-01")).toBe(3);
    expect(trimestreProbable("2026-07-03")).toBe(3);
  });
});

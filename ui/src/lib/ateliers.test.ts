import { describe, expect, it } from "vitest";
import {
  avecClesChamps,
  cleChamp,
  fermeturesParDate,
  formulaireAtelierDepuis,
  formulaireAtelierVide,
  formulaireSeanceDepuis,
  heuresSaisie,
  libelleAxes,
  lignesAxesAtelier,
  lignesTotaux,
  ordreChampsAtelier,
  versSaisieAtelier,
  versSaisieSeance,
} from "./ateliers";
import type { Atelier, Seance, VueCalendrier } from "./generated/bindings";

const ATELIER: Atelier = {
  id: 4,
  annee_id: 2,
  nom: "Atelier du mardi et jeudi",
  niveau: "débutants",
  salle: "B12",
  premier_jour: "2025-10-07",
  dernier_jour: "2026-06-25",
  minutes_prevues: 90 * 60 + 30,
  effectif_min: 10,
  effectif_max: 16,
  partenaires: "École Jaurès",
  notes: "",
  creneaux: [
    { id: 7, jour: 2, debut: "14:00:00", fin: "16:00:00", intervenants: [{ id: 1, nom_complet: "Samia Belkacem" }] },
    { id: 8, jour: 4, debut: "14:00:00", fin: "16:00:00", intervenants: [] },
  ],
};

describe("formulaire d'atelier ↔ saisie", () => {
  it("un formulaire vide propose 12 à 15 parents et un créneau", () => {
    const f = formulaireAtelierVide();
    expect([f.effectif_min, f.effectif_max]).toEqual(["12", "15"]);
    expect(f.creneaux).toHaveLength(1);
    expect(f.creneaux[0]).toMatchObject({ id: null, jour: 2, debut: "14:00", fin: "16:00", intervenants: [] });
  });

  it("un atelier enregistré remplit le formulaire, qui redonne la même saisie", () => {
    const f = formulaireAtelierDepuis(ATELIER);
    expect(f.heures_prevues).toBe("90h30");
    expect(f.creneaux.map((c) => [c.id, c.jour, c.debut, c.fin, c.intervenants])).toEqual([
      [7, 2, "14:00", "16:00", [1]],
      [8, 4, "14:00", "16:00", []],
    ]);
    const { saisie, erreurs } = versSaisieAtelier(f, 2);
    expect(erreurs).toEqual([]);
    expect(saisie).toEqual({
      annee_id: 2,
      nom: "Atelier du mardi et jeudi",
      niveau: "débutants",
      salle: "B12",
      premier_jour: "2025-10-07",
      dernier_jour: "2026-06-25",
      heures_prevues: "90h30",
      effectif_min: 10,
      effectif_max: 16,
      partenaires: "École Jaurès",
      notes: "",
      creneaux: [
        { id: 7, jour: 2, debut: "14:00", fin: "16:00", intervenants: [1] },
        { id: 8, jour: 4, debut: "14:00", fin: "16:00", intervenants: [] },
      ],
    });
  });

  it("effectifs vides → valeurs par défaut de Rust ; effectif illisible → erreur sous le champ, rien envoyé", () => {
    const f = formulaireAtelierVide();
    f.effectif_min = "";
    f.effectif_max = "quinze";
    const r = versSaisieAtelier(f);
    expect(r.saisie.effectif_min).toBeNull();
    expect(r.saisie.annee_id).toBeNull();
    expect(r.erreurs.map((e) => e.champ)).toEqual(["effectif_max"]);
  });

  it("heures prévues : 120 ou 90h30", () => {
    expect(heuresSaisie(7200)).toBe("120");
    expect(heuresSaisie(5430)).toBe("90h30");
    expect(heuresSaisie(65)).toBe("1h05");
  });

  it("les champs des créneaux deviennent des identifiants sûrs, dans l'ordre de l'écran", () => {
    expect(cleChamp("creneaux[1].fin")).toBe("creneaux-1-fin");
    expect(cleChamp("creneaux[12].intervenants")).toBe("creneaux-12-intervenants");
    expect(cleChamp("nom")).toBe("nom");
    const e = avecClesChamps({ code: "Validation", message: "", champs: [{ champ: "creneaux[0].debut", message: "x" }] });
    expect(e.champs[0]!.champ).toBe("creneaux-0-debut");
    const ordre = ordreChampsAtelier(2);
    expect(ordre.indexOf("notes")).toBeLessThan(ordre.indexOf("creneaux-0-jour"));
    expect(ordre.indexOf("creneaux-0-intervenants")).toBeLessThan(ordre.indexOf("creneaux-1-jour"));
  });
});

describe("totaux et séances en clair", () => {
  it("les totaux, avec l'écart au prévu", () => {
    const l = lignesTotaux({
      minutes_prevues: 120 * 60,
      minutes_programmees: 116 * 60,
      minutes_tenues: 90,
      minutes_realisees: 0,
      seances_programmees: 58,
      seances_tenues: 1,
      seances_realisees: 0,
      seances_annulees: 2,
      axes_programmes: { langue: 116 * 60, ecole: 0, valeurs: 0 },
      axes_realises: { langue: 0, ecole: 0, valeurs: 0 },
    });
    expect(l.map((x) => [x.cle, x.valeur])).toEqual([
      ["prevues", "120 h"],
      ["programmees", "116 h"],
      ["tenues", "1 h 30"],
      ["realisees", "0 h"],
      ["annulees", "2"],
    ]);
    expect(l[1]!.detail).toBe("58 séances · 4 h de moins que prévu");
    expect(l[2]!.detail).toBe("1 séance");
    expect(l[3]!.detail).toBe("aucune séance");
  });

  it("heures par axe : la part de chacun, « faible » là où le cœur l'a trouvé sous le seuil", () => {
    const t = {
      minutes_prevues: 120 * 60,
      minutes_programmees: 100 * 60,
      minutes_tenues: 100 * 60,
      minutes_realisees: 100 * 60,
      seances_programmees: 50,
      seances_tenues: 50,
      seances_realisees: 50,
      seances_annulees: 0,
      axes_programmes: { langue: 60 * 60, ecole: 28 * 60, valeurs: 12 * 60 },
      axes_realises: { langue: 60 * 60, ecole: 28 * 60, valeurs: 12 * 60 },
    };
    const l = lignesAxesAtelier(t, { langue: false, ecole: false, valeurs: true });
    expect(l.map((x) => [x.cle, x.realisees, x.faible])).toEqual([
      ["langue", "60 h (60 %)", false],
      ["ecole", "28 h (28 %)", false],
      ["valeurs", "12 h (12 %)", true],
    ]);
    expect(lignesAxesAtelier(t, { langue: false, ecole: true, valeurs: true }).filter((x) => x.faible).map((x) => x.cle)).toEqual(["ecole", "valeurs"]);
  });

  it("axes et formulaire de séance", () => {
    expect(libelleAxes({ langue: true, ecole: false, valeurs: true })).toBe("langue française, valeurs de la République");
    const s: Seance = {
      id: 3,
      atelier_id: 4,
      creneau_id: null,
      date: "2025-12-03",
      debut: "09:00:00",
      fin: "11:30:00",
      duree_minutes: 150,
      intervenants: [{ id: 1, nom_complet: "Samia Belkacem" }],
      axes: { langue: false, ecole: false, valeurs: true },
      theme: "Visite de la mairie",
      hors_les_murs: false,
      lieu: "ancien lieu",
      annulee: false,
      motif_annulation: "",
      modifiee: false,
      appel_fait: false,
      fermeture: null,
    };
    const f = formulaireSeanceDepuis(s);
    expect([f.debut, f.fin, f.intervenants]).toEqual(["09:00", "11:30", [1]]);
    // The place is only sent for an off-site séance.
    expect(versSaisieSeance(f).lieu).toBe("");
    f.hors_les_murs = true;
    f.lieu = "Hôtel de ville";
    expect(versSaisieSeance(f)).toMatchObject({ hors_les_murs: true, lieu: "Hôtel de ville", date: "2025-12-03" });
  });

  it("jours de fermeture : vacances d'abord, puis jours fériés, puis fermetures de l'école", () => {
    const v: VueCalendrier = {
      zone: "C",
      annee: null,
      etat: { calendrier_connu: true, message: null },
      vacances_officielles: [{ zone: "C", nom: "Vacances de Noël", premier_jour: "2025-12-20", dernier_jour: "2026-01-04" }],
      vacances_saisies: [],
      jours_feries: [
        { date: "2025-12-25", nom: "Noël" },
        { date: "2025-11-11", nom: "Armistice 1918" },
      ],
      fermetures: [{ date: "2026-05-15", libelle: "Pont de l'Ascension" }],
    };
    const m = fermeturesParDate(v);
    expect(m.get("2025-12-25")).toBe("Vacances de Noël");
    expect(m.get("2025-11-11")).toBe("Jour férié : Armistice 1918");
    expect(m.get("2026-05-15")).toBe("Fermeture : Pont de l'Ascension");
    expect(m.get("2026-01-05")).toBeUndefined();
  });
});

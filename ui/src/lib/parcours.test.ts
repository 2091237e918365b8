import { describe, expect, it } from "vitest";
import { avisBilansSansParcours, formulaireAccueil, orientationDepuis, saisieAccueil, tablesParcours } from "./parcours";
import { CHOIX_PARCOURS } from "./test/faux-parcours";
import type { ChiffresParents, ParcoursParent } from "./generated/bindings";

const parcours: ParcoursParent = {
  parent_id: 1,
  prescripteur: "casnav",
  attentes: ["ecole"],
  attentes_precision: "",
  inscriptions: [],
  choix: CHOIX_PARCOURS,
};

describe("parcours d'un parent", () => {
  it("le formulaire se remplit depuis le parcours et n'envoie que des choix connus, dans l'ordre de la liste", () => {
    const f = formulaireAccueil(parcours);
    expect(f).toEqual({ prescripteur: "casnav", attentes: ["ecole"], attentes_precision: "" });
    f.attentes.push("loto", "parler");
    f.prescripteur = "inconnu";
    f.attentes_precision = "  mes mots ";
    expect(saisieAccueil(f, parcours)).toEqual({ prescripteur: null, attentes: ["parler", "ecole"], attentes_precision: "mes mots" });
    expect(orientationDepuis("greta", parcours)).toBe("greta");
    expect(orientationDepuis("", parcours)).toBeNull();
  });

  it("les tableaux du bilan : progression orale et écrite, puis les trois listes ; rien pour un bilan ancien", () => {
    const p = {
      progression: [
        { competence: "oral", libelle: "Oral", progres: 3, stable: 1, recul: 0, non_evalue: 2 },
        { competence: "ecrit", libelle: "Écrit", progres: 1, stable: 2, recul: 1, non_evalue: 2 },
      ],
      prescripteurs: [{ code: "ofii", libelle: "OFII", nombre: 4 }],
      attentes: [{ code: "parler", libelle: "Parler", nombre: 5 }],
      orientations: [{ code: "asl", libelle: "Atelier sociolinguistique (ASL)", nombre: 2 }],
    } as unknown as ChiffresParents;
    const t = tablesParcours(p);
    expect(t.map((x) => x.id)).toEqual(["progression-oral", "progression-ecrit", "prescripteurs", "attentes", "orientations"]);
    expect(t[0]!.titre).toBe("Progression à l'oral, de l'entrée à la sortie (par inscription)");
    expect(t[1]!.titre).toBe("Progression à l'écrit, de l'entrée à la sortie (par inscription)");
    expect(t[1]!.lignes).toEqual([
      { libelle: "En progrès", valeur: 1 },
      { libelle: "Niveau stable", valeur: 2 },
      { libelle: "En recul", valeur: 1 },
      { libelle: "Entrée ou sortie non évaluée", valeur: 2 },
    ]);
    expect(tablesParcours({ progression: null, prescripteurs: null, attentes: null, orientations: null } as unknown as ChiffresParents)).toEqual([]);
  });
});

describe("académie", () => {
  it("dit combien de bilans anciens manquent au parcours des parents", () => {
    expect(avisBilansSansParcours(0)).toBeNull();
    expect(avisBilansSansParcours(1)).toBe("1 bilan exporté par une version antérieure ne donne pas le parcours des parents : leurs parents manquent dans ces totaux. Demandez un nouvel export.");
    expect(avisBilansSansParcours(2)).toContain("2 bilans exportés par une version antérieure ne donnent pas");
  });
});

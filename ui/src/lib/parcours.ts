// The parents' path on the parent's fiche and in the bilan's « Chiffres » (core
// `parcours_parent.rs`): who referred the parent, their expectations, the progress entry → exit
// and the orientation. The labels come from the core (`ParcoursParent.choix`, `Compte.libelle`).

import type { Compte, LigneProgression, Orientation, ParcoursParent, SaisieAccueil } from "./generated/bindings";

/** The four counts of a scope: a school's or atelier's `ChiffresParents`, or the académie's `ChiffresFusion`. */
export interface ComptesParcours {
  progression: LigneProgression[] | null;
  prescripteurs: Compte[] | null;
  attentes: Compte[] | null;
  orientations: Compte[] | null;
}

/** The form of the « Parcours » card: the select and the text are strings, the boxes a set. */
export interface FormulaireAccueil {
  prescripteur: string;
  attentes: string[];
  attentes_precision: string;
}

export const PRECISION_MAX = 500;

export function formulaireAccueil(p: ParcoursParent): FormulaireAccueil {
  return { prescripteur: p.prescripteur ?? "", attentes: [...p.attentes], attentes_precision: p.attentes_precision };
}

/** What is sent to `parcours_accueil_enregistrer`; only codes the core offered are kept. */
export function saisieAccueil(f: FormulaireAccueil, p: ParcoursParent): SaisieAccueil {
  const connu = (liste: { code: string }[], code: string) => liste.some((c) => c.code === code);
  return {
    prescripteur: f.prescripteur && connu(p.choix.prescripteurs, f.prescripteur) ? (f.prescripteur as SaisieAccueil["prescripteur"]) : null,
    attentes: p.choix.attentes.filter((c) => f.attentes.includes(c.code)).map((c) => c.code as SaisieAccueil["attentes"][number]),
    attentes_precision: f.attentes_precision.trim(),
  };
}

/** `""` (not decided) or an orientation code, as the select gives it. */
export function orientationDepuis(valeur: string, p: ParcoursParent): Orientation | null {
  return p.choix.orientations.some((c) => c.code === valeur) ? (valeur as Orientation) : null;
}

/** A count table of the bilan's « Parcours des parents » card. */
export interface TableParcours {
  id: string;
  titre: string;
  lignes: Array<{ libelle: string; valeur: number }>;
}

/**
 * The parents' path of a scope, as four small tables (progress oral / written, referral,
 * expectations, orientation); empty for a bilan exported before they were counted.
 */
export function tablesParcours(p: ComptesParcours): TableParcours[] {
  const tables: TableParcours[] = [];
  if (p.progression) {
    for (const l of p.progression) {
      tables.push({
        id: `progression-${l.competence}`,
        titre: `Progression ${l.competence === "oral" ? "à l'oral" : "à l'écrit"}, de l'entrée à la sortie (par inscription)`,
        lignes: [
          { libelle: "En progrès", valeur: l.progres },
          { libelle: "Niveau stable", valeur: l.stable },
          { libelle: "En recul", valeur: l.recul },
          { libelle: "Entrée ou sortie non évaluée", valeur: l.non_evalue },
        ],
      });
    }
  }
  const comptes = (id: string, titre: string, v: Compte[] | null) => {
    if (v && v.length > 0) tables.push({ id, titre, lignes: v.map((c) => ({ libelle: c.libelle, valeur: c.nombre })) });
  };
  comptes("prescripteurs", "Orientés vers l'atelier par", p.prescripteurs);
  comptes("attentes", "Attentes à l'inscription (plusieurs réponses possibles)", p.attentes);
  comptes("orientations", "Orientation en fin d'atelier", p.orientations);
  return tables;
}

/** Said under the académie's path when some bilans predate it. */
export function avisBilansSansParcours(n: number): string | null {
  if (n === 0) return null;
  const debut = n > 1 ? `${n} bilans exportés par une version antérieure ne donnent pas` : "1 bilan exporté par une version antérieure ne donne pas";
  return `${debut} le parcours des parents : leurs parents manquent dans ces totaux. Demandez un nouvel export.`;
}

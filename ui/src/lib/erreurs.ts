// What the UI says about each error code. The UI branches on `code`, never on the message.

import type { CodeErreur, ErreurChamp, ErreurPublique } from "./generated/bindings";

/** Title shown above the message. A new Rust code breaks the build until it is added here. */
export const TITRES_ERREUR: Record<CodeErreur, string> = {
  Validation: "Saisie à corriger",
  Introuvable: "Élément introuvable",
  Conflit: "Action impossible dans l'état actuel des données",
  PasUneBase: "Ce fichier n'est pas un fichier de données Ateliers OEPRE",
  BasePlusRecente: "Fichier de données d'une version plus récente",
  Stockage: "Problème d'accès au fichier de données",
  BaseEndommagee: "Fichier de données endommagé",
  PhraseSecreteRequise: "Fichier de données chiffré",
  PhraseSecreteIncorrecte: "Phrase secrète incorrecte",
  Interne: "Erreur inattendue de l'application",
};

/** Codes after which nothing can work: the data file itself is refused. */
export const CODES_FICHIER_REFUSE: ReadonlySet<CodeErreur> = new Set<CodeErreur>(["PasUneBase", "BasePlusRecente"]);

function estCode(x: unknown): x is CodeErreur {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(TITRES_ERREUR, x);
}

function estErreurChamp(x: unknown): x is ErreurChamp {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as ErreurChamp).champ === "string" &&
    typeof (x as ErreurChamp).message === "string"
  );
}

/** Turns whatever a command rejected with into an `ErreurPublique` (unknown shapes → `Interne`). */
export function versErreurPublique(raison: unknown): ErreurPublique {
  if (typeof raison === "object" && raison !== null) {
    const r = raison as Record<string, unknown>;
    if (estCode(r.code) && typeof r.message === "string") {
      const champs = Array.isArray(r.champs) ? r.champs.filter(estErreurChamp) : [];
      return { code: r.code, message: r.message, champs };
    }
  }
  let detail: string;
  if (raison instanceof Error) detail = raison.message;
  else if (typeof raison === "string") detail = raison;
  else {
    try {
      detail = JSON.stringify(raison) ?? String(raison);
    } catch {
      detail = String(raison);
    }
  }
  return {
    code: "Interne",
    message: detail ? `Erreur interne : ${detail}` : "Erreur interne sans détail.",
    champs: [],
  };
}

/** The title for an error. */
export function titreErreur(e: ErreurPublique): string {
  return TITRES_ERREUR[e.code];
}

/** Field errors of a form: one message per known field (several joined), the rest apart. */
export interface ErreursFormulaire {
  parChamp: Record<string, string>;
  /** Messages about fields this form does not show (shown at the top of the form). */
  autres: string[];
}

/** Spreads the field errors of `e` over the fields `connus` of a form. */
export function repartirErreurs(e: ErreurPublique, connus: readonly string[]): ErreursFormulaire {
  const parChamp: Record<string, string> = {};
  const autres: string[] = [];
  for (const { champ, message } of e.champs) {
    if (connus.includes(champ)) {
      parChamp[champ] = parChamp[champ] ? `${parChamp[champ]} ${message}` : message;
    } else {
      autres.push(message);
    }
  }
  return { parChamp, autres };
}

/** The first field of `ordre` (the form's order) that has an error, if any. */
export function premierChampEnErreur(parChamp: Record<string, string>, ordre: readonly string[]): string | undefined {
  return ordre.find((c) => parChamp[c] !== undefined);
}

// What every form does with a rejected command: field errors under their fields (focus on the
// first invalid one, in screen order), anything else in an alert. See README « Formulaires ».

import { tick } from "svelte";
import type { ErreurPublique } from "./generated/bindings";
import { premierChampEnErreur, repartirErreurs, versErreurPublique } from "./erreurs";

export interface EtatErreurs {
  /** Message per field key (the input is `champ-<clé>`). */
  parChamp: Record<string, string>;
  /** Field errors about fields the form does not show. */
  autres: string[];
  /** A non-validation error (shown in an `Alerte`). */
  alerte: ErreurPublique | null;
}

export function sansErreur(): EtatErreurs {
  return { parChamp: {}, autres: [], alerte: null };
}

/** Spreads a rejection over the form's fields; `convertir` may rename field keys first. */
export function erreursDepuis(
  raison: unknown,
  ordre: readonly string[],
  convertir: (e: ErreurPublique) => ErreurPublique = (e) => e,
): EtatErreurs {
  const e = convertir(versErreurPublique(raison));
  if (e.code !== "Validation") return { parChamp: {}, autres: [], alerte: e };
  const r = repartirErreurs(e, ordre);
  if (Object.keys(r.parChamp).length === 0 && r.autres.length === 0) r.autres.push(e.message);
  return { parChamp: r.parChamp, autres: r.autres, alerte: null };
}

/** After the errors are shown: focus the first invalid field inside `form`, else `repli`. */
export async function focaliserErreur(
  erreurs: EtatErreurs,
  ordre: readonly string[],
  form: HTMLElement | undefined,
  repli: string,
): Promise<void> {
  await tick();
  const premier = premierChampEnErreur(erreurs.parChamp, ordre);
  const el = premier ? document.getElementById(`champ-${premier}`) : null;
  if (el && form?.contains(el)) {
    const cible = el.matches("fieldset") ? (el.querySelector<HTMLElement>("input:checked") ?? el.querySelector<HTMLElement>("input, select")) : el;
    (cible ?? el).focus();
  } else {
    document.getElementById(repli)?.focus();
  }
}

export function nombreErreurs(e: EtatErreurs): number {
  return Object.keys(e.parChamp).length + e.autres.length;
}

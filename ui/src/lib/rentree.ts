// La rentrée screen logic: the sentence that says what « Préparer l'année » will write.
// Tested in rentree.test.ts.

import type { ApercuRentree } from "./generated/bindings";

const pluriel = (n: number, un: string, plusieurs: string) => `${n} ${n > 1 ? plusieurs : un}`;

/** « Seront créés : l'année 2026-2027 (courante), 2 ateliers avec leurs séances, 25 parents réinscrits. » */
export function resumeRentree(a: Pick<ApercuRentree, "libelle" | "ateliers" | "calendrier_livre">, ateliers: readonly number[], reinscriptions: readonly number[]): string {
  const gardes = a.ateliers.filter((x) => ateliers.includes(x.ancien_id));
  const parents = gardes.flatMap((x) => x.continuent).filter((p) => reinscriptions.includes(p.inscription_id)).length;
  const seances = !a.calendrier_livre ? " (séances à créer une fois les vacances saisies)" : gardes.length > 1 ? " avec leurs séances" : " avec ses séances";
  return (
    `Seront créés : l'année ${a.libelle} (qui devient l'année courante), ` +
    `${pluriel(gardes.length, "atelier", "ateliers")}${gardes.length > 0 ? seances : ""}, ` +
    `${pluriel(parents, "parent réinscrit", "parents réinscrits")}.`
  );
}

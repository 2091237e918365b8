// Logic of the Intervenants screen: labels of statuses and pay schemes, form ↔ command input,
// euros, the rate in force on a date.

import type { Intervenant, Remuneration, SaisieIntervenant, Statut, TauxVacation } from "./generated/bindings";

// Record<…>: a new Rust status or scheme breaks the build until it is labelled here.
const LIBELLES_STATUT: Record<Statut, string> = {
  upe2a: "Enseignant(e) UPE2A",
  fls: "Enseignant(e) certifié(e) FLS",
  enseignant: "Autre enseignant(e) de l'Éducation nationale",
  greta: "Formateur ou formatrice GRETA",
  association: "Formateur ou formatrice d'association",
  autre: "Autre",
};

const LIBELLES_REMUNERATION: Record<Remuneration, string> = {
  vacation: "Vacations (décret 2005-909)",
  hse: "HSE (heures supplémentaires effectives)",
  facture: "Facture ou autre",
};

export const STATUTS: ReadonlyArray<{ valeur: Statut; libelle: string }> = (Object.keys(LIBELLES_STATUT) as Statut[]).map(
  (valeur) => ({ valeur, libelle: LIBELLES_STATUT[valeur] }),
);

export const REMUNERATIONS: ReadonlyArray<{ valeur: Remuneration; libelle: string }> = (
  Object.keys(LIBELLES_REMUNERATION) as Remuneration[]
).map((valeur) => ({ valeur, libelle: LIBELLES_REMUNERATION[valeur] }));

export function libelleStatut(s: Statut): string {
  return LIBELLES_STATUT[s];
}

export function libelleRemuneration(r: Remuneration | null): string {
  return r ? LIBELLES_REMUNERATION[r] : "À décider";
}

/** Fields of the intervenant form, in screen order. */
export const CHAMPS_INTERVENANT = ["nom", "prenom", "statut", "telephone", "courriel", "remuneration", "actif"] as const satisfies ReadonlyArray<
  keyof SaisieIntervenant
>;

export function saisieIntervenantVide(): SaisieIntervenant {
  return { nom: "", prenom: "", statut: null, telephone: "", courriel: "", remuneration: null, actif: true };
}

export function saisieIntervenantDepuis(i: Intervenant): SaisieIntervenant {
  return {
    nom: i.nom,
    prenom: i.prenom,
    statut: i.statut,
    telephone: i.telephone,
    courriel: i.courriel,
    remuneration: i.remuneration,
    actif: i.actif,
  };
}

/** Cents as French euros: `2954` → `29,54 €`, `123456` → `1 234,56 €` (narrow no-break spaces). */
export function euros(centimes: number): string {
  const signe = centimes < 0 ? "−" : "";
  const c = Math.abs(Math.round(centimes));
  const entiers = String(Math.floor(c / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${signe}${entiers},${String(c % 100).padStart(2, "0")}\u00a0€`;
}

/** The rate in force on `date`: the one with the latest `depuis` ≤ date (as Rust decides). */
export function tauxEnVigueur(taux: readonly TauxVacation[], date: string): TauxVacation | undefined {
  return [...taux].filter((t) => t.depuis <= date).sort((a, b) => b.depuis.localeCompare(a.depuis))[0];
}

/** `Samia Belkacem` (first name first, as documents print it). */
export function nomComplet(i: Pick<Intervenant, "prenom" | "nom">): string {
  return i.prenom ? `${i.prenom} ${i.nom}` : i.nom;
}

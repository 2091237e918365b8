// The areas of the app. Adding an area = one line here (and its screen in src/ecrans/).

import type { Component } from "svelte";
import Etablissement from "../ecrans/Etablissement.svelte";
import Ateliers from "../ecrans/Ateliers.svelte";
import Intervenants from "../ecrans/Intervenants.svelte";
import Appel from "../ecrans/Appel.svelte";
import Parents from "../ecrans/Parents.svelte";
import Documents from "../ecrans/Documents.svelte";
import Affiches from "../ecrans/Affiches.svelte";
import Confidentialite from "../ecrans/confidentialite/Confidentialite.svelte";
import Donnees from "../ecrans/sauvegardes/Donnees.svelte";
import Bilan from "../ecrans/bilan/Bilan.svelte";
import Consolidation from "../ecrans/bilan/Consolidation.svelte";
import APropos from "../ecrans/apropos/APropos.svelte";

/** What every screen receives: the rest of the address (`#/ateliers/4/modifier` → `["4", "modifier"]`). */
export interface ProprietesEcran {
  sousChemin?: string[];
}

export interface Route {
  /** In the address: `#/etablissement`. */
  chemin: string;
  /** In the navigation and the window title. */
  libelle: string;
  /** Takes `ProprietesEcran`, or no props at all (Établissement). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ecran: Component<any>;
}

export const ROUTES: readonly Route[] = [
  // First: what intervenants do every week.
  { chemin: "appel", libelle: "Appel", ecran: Appel },
  { chemin: "etablissement", libelle: "Établissement", ecran: Etablissement },
  { chemin: "ateliers", libelle: "Ateliers", ecran: Ateliers },
  { chemin: "intervenants", libelle: "Intervenants", ecran: Intervenants },
  { chemin: "parents", libelle: "Parents", ecran: Parents },
  { chemin: "documents", libelle: "Documents", ecran: Documents },
  { chemin: "affiches", libelle: "Affiches", ecran: Affiches },
  { chemin: "bilan", libelle: "Bilan", ecran: Bilan },
  { chemin: "academie", libelle: "Consolidation académique", ecran: Consolidation },
  // Backups, moving to another PC, encryption.
  { chemin: "donnees", libelle: "Données", ecran: Donnees },
  // Retention and purge, register entry, audit log.
  { chemin: "confidentialite", libelle: "Confidentialité", ecran: Confidentialite },
  // Version, data file, offline help, licences.
  { chemin: "a-propos", libelle: "À propos", ecran: APropos },
];

/** The screen shown when the address names no route (start-up): Établissement, as before. */
export function routeParDefaut(routes: readonly Route[] = ROUTES): Route {
  return routes.find((r) => r.chemin === "etablissement") ?? routes[0]!;
}

/** The route for a `location.hash` (`#/etablissement`), or undefined. */
export function routePour(hash: string, routes: readonly Route[] = ROUTES): Route | undefined {
  const chemin = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return routes.find((r) => r.chemin === chemin);
}

/** The address of a route. */
export function lien(route: Route): string {
  return `#/${route.chemin}`;
}

/** The part of the address after the route: `#/ateliers/4/modifier` → `["4", "modifier"]`. */
export function sousChemin(hash: string): string[] {
  return hash.replace(/^#\/?/, "").split("?")[0]!.split("/").slice(1).filter(Boolean);
}

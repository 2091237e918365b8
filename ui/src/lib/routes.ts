// The areas of the app. Adding an area = one line here (and its screen in src/ecrans/).
//
// Each screen is its own file of the build, read the first time it is opened, except the roll
// call: the first screen of a school already set up is in the page's main file. The page then
// reads and compiles a third of the code at start-up (docs/performance.md, « Start-up »).

import type { Component } from "svelte";
import Appel from "../ecrans/Appel.svelte";

/** What every screen receives: the rest of the address (`#/ateliers/4/modifier` → `["4", "modifier"]`). */
export interface ProprietesEcran {
  sousChemin?: string[];
}

export interface Route {
  /** In the address: `#/etablissement`. */
  chemin: string;
  /** In the navigation and the window title. */
  libelle: string;
  /** Reads the screen's code (once: the module is kept); takes `ProprietesEcran`, or no props
   *  at all (Établissement). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ecran: () => Promise<{ default: Component<any> }>;
}

/** A screen that is in the main file (the roll call). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const deja = (ecran: Component<any>) => () => Promise.resolve({ default: ecran });

export const ROUTES: readonly Route[] = [
  // First: what intervenants do every week.
  { chemin: "appel", libelle: "Appel", ecran: deja(Appel) },
  { chemin: "etablissement", libelle: "Établissement", ecran: () => import("../ecrans/Etablissement.svelte") },
  { chemin: "ateliers", libelle: "Ateliers", ecran: () => import("../ecrans/Ateliers.svelte") },
  { chemin: "intervenants", libelle: "Intervenants", ecran: () => import("../ecrans/Intervenants.svelte") },
  { chemin: "parents", libelle: "Parents", ecran: () => import("../ecrans/Parents.svelte") },
  { chemin: "documents", libelle: "Documents", ecran: () => import("../ecrans/Documents.svelte") },
  { chemin: "affiches", libelle: "Affiches", ecran: () => import("../ecrans/Affiches.svelte") },
  { chemin: "bilan", libelle: "Bilan", ecran: () => import("../ecrans/bilan/Bilan.svelte") },
  { chemin: "academie", libelle: "Consolidation académique", ecran: () => import("../ecrans/bilan/Consolidation.svelte") },
  // Backups, moving to another PC, encryption.
  { chemin: "donnees", libelle: "Données", ecran: () => import("../ecrans/sauvegardes/Donnees.svelte") },
  // Retention and purge, register entry, audit log.
  { chemin: "confidentialite", libelle: "Confidentialité", ecran: () => import("../ecrans/confidentialite/Confidentialite.svelte") },
  // Version, data file, offline help, licences.
  { chemin: "a-propos", libelle: "À propos", ecran: () => import("../ecrans/apropos/APropos.svelte") },
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

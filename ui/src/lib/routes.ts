// The areas of the app. Adding an area = one line here (and its screen in src/ecrans/).

import type { Component } from "svelte";
import Etablissement from "../ecrans/Etablissement.svelte";

export interface Route {
  /** In the address: `#/etablissement`. */
  chemin: string;
  /** In the navigation and the window title. */
  libelle: string;
  ecran: Component;
}

export const ROUTES: readonly Route[] = [
  { chemin: "etablissement", libelle: "Établissement", ecran: Etablissement },
];

/** The route for a `location.hash` (`#/etablissement`), or undefined. */
export function routePour(hash: string, routes: readonly Route[] = ROUTES): Route | undefined {
  const chemin = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return routes.find((r) => r.chemin === chemin);
}

/** The address of a route. */
export function lien(route: Route): string {
  return `#/${route.chemin}`;
}

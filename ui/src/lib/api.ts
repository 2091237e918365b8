// The one place that talks to Tauri. Screens import `api` and never call `invoke` themselves.
//
// `api` forwards each call to the current implementation: Tauri's `invoke` in the app, or a
// fake `Commandes` installed with `utiliserCommandes` (vitest, browser preview).

import { invoke } from "@tauri-apps/api/core";
import { creerCommandes, type Commandes, type ErreurPublique } from "./generated/bindings";

/** True inside the Tauri window (the IPC bridge is injected before our script runs). */
export function dansTauri(): boolean {
  return typeof window !== "undefined" && "__TAURI_INTERNALS__" in window;
}

const HORS_APPLICATION: ErreurPublique = {
  code: "Interne",
  message:
    "Cette page doit être ouverte dans l'application Ateliers OEPRE : un navigateur web ne peut pas lire le fichier de données.",
  champs: [],
};

const tauri: Commandes = creerCommandes((commande, args) =>
  dansTauri() ? invoke(commande, args) : Promise.reject(HORS_APPLICATION),
);

let actuelles: Commandes = tauri;

/** Replaces the implementation behind `api` (tests, preview). Returns the previous one. */
export function utiliserCommandes(commandes: Commandes): Commandes {
  const avant = actuelles;
  actuelles = commandes;
  return avant;
}

/** Back to Tauri's `invoke`. */
export function retablirCommandes(): void {
  actuelles = tauri;
}

/** Every command of the app. New commands appear here as soon as `bindings.ts` is regenerated. */
export const api: Commandes = new Proxy({} as Commandes, {
  get(_cible, nom) {
    const fonction = (actuelles as unknown as Record<PropertyKey, unknown>)[nom];
    return typeof fonction === "function" ? fonction.bind(actuelles) : fonction;
  },
});

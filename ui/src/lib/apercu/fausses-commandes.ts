// Browser preview ONLY (`npm run apercu`, `npm run build:apercu`): a fake back end kept in
// memory, so the screens can be looked at without Tauri. Never part of `npm run build`.
// `?scenario=` : `premier` (welcome screen), `refus` (newer data file), `vide`, default: demo.

import { utiliserCommandes } from "../api";
import { fauxBackEnd } from "../test/faux";

export function installerApercu(scenario: string | null): void {
  const faux = fauxBackEnd(scenario === "premier" || scenario === "vide" ? "vide" : "demo");
  if (scenario === "premier") faux.etat.premierDemarrage = true;
  if (scenario === "refus") {
    faux.etat.refus = {
      code: "BasePlusRecente",
      message:
        "Le fichier « /home/secretariat/.local/share/fr.oepre.ateliers/oepre.sqlite » a été enregistré par une version plus récente d'Ateliers OEPRE (format 3, cette version connaît jusqu'au format 1). Installez la dernière version de l'application. Le fichier n'a pas été modifié.",
      champs: [],
    };
  }
  utiliserCommandes(faux.commandes);
}

// What several screens share: the school's name for the header, the data file's path, the
// result of the last séance generation (shown by the atelier's page the form opens next).

import type { ResultatGeneration } from "./generated/bindings";

export const session = $state({
  /** Name of the school once saved, shown in the header. */
  nomEtablissement: null as string | null,
  /** Who is using the app (chosen at start-up, `QuiUtilise.actuel`), for forms that record it. */
  qui: null as string | null,
  /** The data file in use (`EtatAccueil.chemin_base`). */
  cheminBase: "",
  /** Set by the atelier form after « Créer les séances », read once by the atelier's page. */
  derniereGeneration: null as { atelierId: number; resultat: ResultatGeneration } | null,
});

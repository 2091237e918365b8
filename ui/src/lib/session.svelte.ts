// What several screens share: the school's name for the header, the data file's path.

export const session = $state({
  /** Name of the school once saved, shown in the header. */
  nomEtablissement: null as string | null,
  /** The data file in use (`EtatAccueil.chemin_base`). */
  cheminBase: "",
});

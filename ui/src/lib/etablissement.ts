// Logic of the Établissement screen, kept apart from the component so it can be tested.

import type {
  Academie,
  Etablissement,
  SaisieAnnee,
  SaisieEtablissement,
  AnneeScolaire,
  TitreChef,
  TypeEtablissement,
  Zone,
} from "./generated/bindings";

export const TYPES: ReadonlyArray<{ valeur: TypeEtablissement; libelle: string }> = [
  { valeur: "ecole", libelle: "École" },
  { valeur: "college", libelle: "Collège" },
  { valeur: "lycee", libelle: "Lycée" },
];

// Record<…>: a new Rust title breaks the build until it is labelled here.
const LIBELLES_TITRE: Record<TitreChef, string> = {
  principal: "Principal",
  principale: "Principale",
  proviseur: "Proviseur",
  proviseure: "Proviseure",
  directeur: "Directeur d'école",
  directrice: "Directrice d'école",
};

export const TITRES: ReadonlyArray<{ valeur: TitreChef; libelle: string }> = (
  Object.keys(LIBELLES_TITRE) as TitreChef[]
).map((valeur) => ({ valeur, libelle: LIBELLES_TITRE[valeur] }));

export const ZONES: readonly Zone[] = ["A", "B", "C"];

/** Fields of the school form, in screen order (the first invalid one gets the focus). */
export const CHAMPS_ETABLISSEMENT = [
  "nom",
  "type_etablissement",
  "uai",
  "adresse",
  "code_postal",
  "commune",
  "academie",
  "zone",
  "chef_nom",
  "chef_titre",
  "telephone",
  "courriel",
] as const satisfies ReadonlyArray<keyof SaisieEtablissement>;

/** Fields of the school-year form, in screen order. */
export const CHAMPS_ANNEE = ["libelle", "premier_jour", "dernier_jour"] as const satisfies ReadonlyArray<
  keyof SaisieAnnee
>;

/** An empty form. */
export function saisieVide(): SaisieEtablissement {
  return {
    nom: "",
    type_etablissement: null,
    uai: "",
    adresse: "",
    code_postal: "",
    commune: "",
    academie: "",
    zone: null,
    chef_nom: "",
    chef_titre: null,
    telephone: "",
    courriel: "",
  };
}

/** The form filled with the saved school, or empty. */
export function saisieDepuis(e: Etablissement | null): SaisieEtablissement {
  return e ? { ...e } : saisieVide();
}

/** The year form filled with the current year, or empty. */
export function saisieAnneeDepuis(a: AnneeScolaire | undefined): SaisieAnnee {
  return a
    ? { libelle: a.libelle, premier_jour: a.premier_jour, dernier_jour: a.dernier_jour }
    : { libelle: "", premier_jour: "", dernier_jour: "" };
}

/**
 * The zone to pre-select when an académie is chosen: its usual zone, or the zone already
 * chosen when the académie has its own calendar (Corse, overseas) or is unknown.
 */
export function zoneApresChoixAcademie(academies: readonly Academie[], nom: string, zoneActuelle: Zone | null): Zone | null {
  const academie = academies.find((a) => a.nom === nom);
  return academie?.zone ?? zoneActuelle;
}

/** True when the académie is known and has no A/B/C zone of its own. */
export function academieSansZone(academies: readonly Academie[], nom: string): boolean {
  const academie = academies.find((a) => a.nom === nom);
  return academie !== undefined && academie.zone === null;
}

/** Current year first, then the past ones as Rust sorted them. */
export function repartirAnnees(annees: readonly AnneeScolaire[]): {
  courante: AnneeScolaire | undefined;
  passees: AnneeScolaire[];
} {
  return { courante: annees.find((a) => a.courante), passees: annees.filter((a) => !a.courante) };
}

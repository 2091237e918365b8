// Généré depuis les types Rust par `make bindings` (src-tauri/src/bindings.rs).
// Ne pas modifier à la main : un test échoue si ce fichier n'est plus à jour.

export type Academie = { 
/**
 * Name as written on documents ("Créteil").
 */
nom: string, 
/**
 * Usual holiday zone.
 */
zone: Zone | null, };

export type AnneeScolaire = { 
/**
 * Row id.
 */
id: number, 
/**
 * `2025-2026`.
 */
libelle: string, 
/**
 * First day of classes.
 */
premier_jour: string, 
/**
 * Last day of classes.
 */
dernier_jour: string, 
/**
 * Whether this is the year the app works on.
 */
courante: boolean, };

export type CodeErreur = "Validation" | "Introuvable" | "Conflit" | "PasUneBase" | "BasePlusRecente" | "Stockage" | "Interne";

export type ErreurChamp = { 
/**
 * The field's name, as in the input struct (e.g. `uai`).
 */
champ: string, 
/**
 * What is wrong, in French, for the person who typed it.
 */
message: string, };

export type ErreurPublique = { 
/**
 * What the caller can act on.
 */
code: CodeErreur, 
/**
 * In French, ready to show.
 */
message: string, 
/**
 * Field errors of a validation error, else empty.
 */
champs: Array<ErreurChamp>, };

export type Etablissement = { 
/**
 * Name as printed ("Collège Jean Moulin").
 */
nom: string, 
/**
 * École, collège or lycée.
 */
type_etablissement: TypeEtablissement, 
/**
 * Unité administrative immatriculée, 7 digits and a check letter (see [`verifier_uai`]).
 */
uai: string, 
/**
 * Street address.
 */
adresse: string, 
/**
 * 5-digit postcode, or empty.
 */
code_postal: string, 
/**
 * Commune (town), used for "Fait à …".
 */
commune: string, 
/**
 * Académie, one of [`ACADEMIES`].
 */
academie: string, 
/**
 * Holiday zone.
 */
zone: Zone, 
/**
 * Head of school's name.
 */
chef_nom: string, 
/**
 * Head of school's title.
 */
chef_titre: TitreChef, 
/**
 * Secretariat phone, or empty.
 */
telephone: string, 
/**
 * Secretariat e-mail, or empty.
 */
courriel: string, };

export type EtatAccueil = { 
/**
 * True on a first start with an empty database: offer demo data or an empty start.
 */
premier_demarrage: boolean, 
/**
 * The data file in use, shown in the settings so people know where their data live.
 */
chemin_base: string, };

export type SaisieAnnee = { 
/**
 * `2025-2026`.
 */
libelle: string, 
/**
 * First day of classes.
 */
premier_jour: string, 
/**
 * Last day of classes.
 */
dernier_jour: string, };

export type SaisieEtablissement = { 
/**
 * See [`Etablissement::nom`].
 */
nom: string, 
/**
 * `None` when nothing was chosen.
 */
type_etablissement: TypeEtablissement | null, 
/**
 * See [`Etablissement::uai`]; case and spaces are forgiven.
 */
uai: string, 
/**
 * See [`Etablissement::adresse`].
 */
adresse: string, 
/**
 * See [`Etablissement::code_postal`].
 */
code_postal: string, 
/**
 * See [`Etablissement::commune`].
 */
commune: string, 
/**
 * See [`Etablissement::academie`].
 */
academie: string, 
/**
 * `None` when nothing was chosen.
 */
zone: Zone | null, 
/**
 * See [`Etablissement::chef_nom`].
 */
chef_nom: string, 
/**
 * `None` when nothing was chosen.
 */
chef_titre: TitreChef | null, 
/**
 * See [`Etablissement::telephone`].
 */
telephone: string, 
/**
 * See [`Etablissement::courriel`].
 */
courriel: string, };

export type TitreChef = "principal" | "principale" | "proviseur" | "proviseure" | "directeur" | "directrice";

export type TypeEtablissement = "ecole" | "college" | "lycee";

export type VueEtablissement = { 
/**
 * The school, once entered.
 */
etablissement: Etablissement | null, 
/**
 * The current school year first, then past years.
 */
annees: Array<AnneeScolaire>, 
/**
 * The académies to choose from.
 */
academies: Array<Academie>, };

export type Zone = "A" | "B" | "C";

/** Every command of the app, as the UI calls it. */
export interface Commandes {
  accueil_etat(): Promise<EtatAccueil>;
  accueil_charger_demo(): Promise<EtatAccueil>;
  accueil_commencer_vide(): Promise<EtatAccueil>;
  etablissement_lire(): Promise<VueEtablissement>;
  etablissement_enregistrer(saisie: SaisieEtablissement): Promise<Etablissement>;
  annee_definir_courante(saisie: SaisieAnnee): Promise<AnneeScolaire>;
}

/** Names of the commands, as registered with Tauri. */
export type NomCommande = keyof Commandes;

/** The commands over an `invoke` function (Tauri's, or a fake in tests). */
export function creerCommandes(
  invoke: (commande: NomCommande, args?: Record<string, unknown>) => Promise<unknown>,
): Commandes {
  return {
    accueil_etat: () => invoke("accueil_etat") as Promise<EtatAccueil>,
    accueil_charger_demo: () => invoke("accueil_charger_demo") as Promise<EtatAccueil>,
    accueil_commencer_vide: () => invoke("accueil_commencer_vide") as Promise<EtatAccueil>,
    etablissement_lire: () => invoke("etablissement_lire") as Promise<VueEtablissement>,
    etablissement_enregistrer: (saisie: SaisieEtablissement) => invoke("etablissement_enregistrer", { saisie: saisie }) as Promise<Etablissement>,
    annee_definir_courante: (saisie: SaisieAnnee) => invoke("annee_definir_courante", { saisie: saisie }) as Promise<AnneeScolaire>,
  };
}

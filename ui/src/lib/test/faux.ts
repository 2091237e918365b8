// A fake back end implementing `Commandes` in memory, for vitest and the browser preview.
// Its validation is deliberately small: enough to produce field errors like Rust does.

import type {
  AnneeScolaire,
  Commandes,
  ErreurChamp,
  ErreurPublique,
  Etablissement,
  EtatAccueil,
  SaisieEtablissement,
  VueEtablissement,
  Academie,
} from "../generated/bindings";

export const ACADEMIES_TEST: Academie[] = [
  { nom: "Aix-Marseille", zone: "B" },
  { nom: "Bordeaux", zone: "A" },
  { nom: "Corse", zone: null },
  { nom: "Créteil", zone: "C" },
  { nom: "Lille", zone: "B" },
  { nom: "Lyon", zone: "A" },
  { nom: "Paris", zone: "C" },
  { nom: "Versailles", zone: "C" },
];

export const ETABLISSEMENT_DEMO: Etablissement = {
  nom: "Collège Louise Michel",
  type_etablissement: "college",
  uai: "0931234L",
  adresse: "24 rue de la République",
  code_postal: "93200",
  commune: "Saint-Denis",
  academie: "Créteil",
  zone: "C",
  chef_nom: "Karima Haddad",
  chef_titre: "principale",
  telephone: "01 48 20 00 00",
  courriel: "ce.0931234l@ac-creteil.fr",
};

function validation(champs: ErreurChamp[]): ErreurPublique {
  return {
    code: "Validation",
    message: champs.length === 1 ? champs[0]!.message : `${champs.length} champs sont à corriger.`,
    champs,
  };
}

export interface EtatFaux {
  premierDemarrage: boolean;
  refus: ErreurPublique | null;
  etablissement: Etablissement | null;
  annees: AnneeScolaire[];
  appels: Array<{ commande: keyof Commandes; args: unknown[] }>;
}

export function fauxBackEnd(depart: "vide" | "demo" = "demo"): { etat: EtatFaux; commandes: Commandes } {
  const etat: EtatFaux = {
    premierDemarrage: false,
    refus: null,
    etablissement: depart === "demo" ? { ...ETABLISSEMENT_DEMO } : null,
    annees:
      depart === "demo"
        ? [
            { id: 2, libelle: "2025-2026", premier_jour: "2025-09-01", dernier_jour: "2026-07-03", courante: true },
            { id: 1, libelle: "2024-2025", premier_jour: "2024-09-02", dernier_jour: "2025-07-04", courante: false },
          ]
        : [],
    appels: [],
  };
  const chemin = "/home/secretariat/.local/share/fr.oepre.ateliers/oepre.sqlite";
  const accueil = (): EtatAccueil => ({ premier_demarrage: etat.premierDemarrage, chemin_base: chemin });
  const garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T): Promise<T> => {
    etat.appels.push({ commande, args });
    if (etat.refus) return Promise.reject(etat.refus);
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(e);
    }
  };

  const commandes: Commandes = {
    accueil_etat: () => garde("accueil_etat", [], accueil),
    accueil_charger_demo: () =>
      garde("accueil_charger_demo", [], () => {
        etat.etablissement = { ...ETABLISSEMENT_DEMO };
        etat.annees = [{ id: 1, libelle: "2025-2026", premier_jour: "2025-09-01", dernier_jour: "2026-07-03", courante: true }];
        etat.premierDemarrage = false;
        return accueil();
      }),
    accueil_commencer_vide: () =>
      garde("accueil_commencer_vide", [], () => {
        etat.premierDemarrage = false;
        return accueil();
      }),
    etablissement_lire: () =>
      garde(
        "etablissement_lire",
        [],
        (): VueEtablissement => ({
          etablissement: etat.etablissement ? { ...etat.etablissement } : null,
          annees: etat.annees.map((a) => ({ ...a })),
          academies: ACADEMIES_TEST,
        }),
      ),
    etablissement_enregistrer: (s: SaisieEtablissement) =>
      garde("etablissement_enregistrer", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!s.nom.trim()) champs.push({ champ: "nom", message: "Le nom de l'établissement est obligatoire." });
        if (!/^\d{7}[A-Z]$/.test(s.uai.replace(/\s/g, "").toUpperCase()))
          champs.push({ champ: "uai", message: "Il faut 7 chiffres suivis d'une lettre, par exemple 0750654D." });
        if (!s.commune.trim()) champs.push({ champ: "commune", message: "La commune est obligatoire." });
        if (!ACADEMIES_TEST.some((a) => a.nom === s.academie))
          champs.push({ champ: "academie", message: "Choisissez l'académie dans la liste." });
        if (!s.type_etablissement) champs.push({ champ: "type_etablissement", message: "Choisissez le type d'établissement." });
        if (!s.zone) champs.push({ champ: "zone", message: "Choisissez la zone de vacances scolaires (A, B ou C)." });
        if (!s.chef_titre) champs.push({ champ: "chef_titre", message: "Choisissez le titre du chef d'établissement." });
        if (champs.length > 0 || !s.type_etablissement || !s.zone || !s.chef_titre) throw validation(champs);
        const e: Etablissement = {
          ...s,
          nom: s.nom.trim(),
          uai: s.uai.replace(/\s/g, "").toUpperCase(),
          type_etablissement: s.type_etablissement,
          zone: s.zone,
          chef_titre: s.chef_titre,
        };
        etat.etablissement = e;
        return { ...e };
      }),
    annee_definir_courante: (s) =>
      garde("annee_definir_courante", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!/^\d{4}-\d{4}$/.test(s.libelle.trim()))
          champs.push({ champ: "libelle", message: "L'année scolaire s'écrit comme 2025-2026 (deux années qui se suivent)." });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.premier_jour)) champs.push({ champ: "premier_jour", message: "Date obligatoire." });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.dernier_jour)) champs.push({ champ: "dernier_jour", message: "Date obligatoire." });
        if (champs.length > 0) throw validation(champs);
        const libelle = s.libelle.trim();
        for (const a of etat.annees) if (a.libelle !== libelle) a.courante = false;
        let a = etat.annees.find((x) => x.libelle === libelle);
        if (a) Object.assign(a, { premier_jour: s.premier_jour, dernier_jour: s.dernier_jour, courante: true });
        else {
          a = { id: etat.annees.length + 1, libelle, premier_jour: s.premier_jour, dernier_jour: s.dernier_jour, courante: true };
          etat.annees.push(a);
        }
        etat.annees.sort((x, y) => Number(y.courante) - Number(x.courante) || y.libelle.localeCompare(x.libelle));
        return { ...a };
      }),
  };
  return { etat, commandes };
}

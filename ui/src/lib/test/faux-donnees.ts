// The fake back end's start-up and data-safety commands (etat.rs, sauvegarde.rs, restauration.rs,
// chiffrement.rs): who is using the PC, an encrypted or damaged file at start-up, backups,
// export / import, passphrase. Files "exist" only as entries of `etat.donnees`.

import type {
  Commandes,
  DocumentEcrit,
  ErreurPublique,
  EtatAccueil,
  QuiUtilise,
  Remplacement,
  Resume,
  Sauvegarde,
  Verification,
  VueSauvegardes,
} from "../generated/bindings";

export interface EtatDonneesFaux {
  /** The name chosen for the session (`OEPRE_QUI` in the app); `null` = the question is asked. */
  qui: string | null;
  /** Names already used on this file. */
  noms: string[];
  /** Passphrase of the data file (`null` = plain). */
  phrase: string | null;
  /** Seconds `demarrage_attente` reports after a wrong passphrase. */
  attente: number;
  /** Backups, newest first. */
  sauvegardes: Sauvegarde[];
  dossier: string;
  dossierChoisi: boolean;
  rotation: { quotidiennes: number; hebdomadaires: number; mensuelles: number };
  echecDemarrage: string | null;
  /** Files written by « Exporter toutes les données ». */
  exports: DocumentEcrit[];
  /** Files an import may read: their check, or the error the core gives. */
  fichiers: Record<string, Verification | ErreurPublique>;
  /** Backups or files restored / imported, in order. */
  remplacements: string[];
  /** What the data file holds (changes on restore / import). */
  resume: Resume;
}

export const RESUME_DEMO: Resume = { etablissement: "Collège Louise Michel", annee: "2025-2026", parents: 24, seances: 48 };

export function etatDonneesVide(): EtatDonneesFaux {
  const dossier = "/home/secretariat/.local/share/fr.oepre.ateliers/sauvegardes";
  return {
    qui: "Camille Test",
    noms: ["Camille Test"],
    phrase: null,
    attente: 0,
    sauvegardes: [
      { chemin: `${dossier}/oepre-20250914-081500.sqlite`, date: "2025-09-14T08:15:00", taille: 245760, chiffree: false, resume: { ...RESUME_DEMO, parents: 20 } },
      { chemin: `${dossier}/oepre-20250901-090000.sqlite`, date: "2025-09-01T09:00:00", taille: 122880, chiffree: false, resume: { ...RESUME_DEMO, parents: 0, seances: 0 } },
    ],
    dossier,
    dossierChoisi: false,
    rotation: { quotidiennes: 7, hebdomadaires: 4, mensuelles: 12 },
    echecDemarrage: null,
    exports: [],
    fichiers: {},
    remplacements: [],
    resume: { ...RESUME_DEMO },
  };
}

interface Contexte {
  etat: { donnees: EtatDonneesFaux; refus: ErreurPublique | null; premierDemarrage: boolean; appels: Array<{ commande: keyof Commandes; args: unknown[] }> };
  garde: <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;
  accueil: () => EtatAccueil;
}

const erreur = (code: ErreurPublique["code"], message: string, champ?: string): ErreurPublique => ({
  code,
  message,
  champs: champ ? [{ champ, message }] : [],
});

export function commandesDonnees({ etat, garde, accueil }: Contexte): Pick<
  Commandes,
  | "qui_lire"
  | "qui_choisir"
  | "demarrage_phrase"
  | "demarrage_attente"
  | "demarrage_premier_ecran"
  | "demarrage_sauvegarde_valide"
  | "demarrage_restaurer"
  | "sauvegardes_lire"
  | "sauvegarde_maintenant"
  | "sauvegardes_reglages"
  | "sauvegarde_restaurer"
  | "donnees_exporter"
  | "donnees_verifier_import"
  | "donnees_importer"
  | "chiffrement_definir"
  | "chiffrement_changer"
  | "chiffrement_retirer"
> {
  const d = () => etat.donnees;
  /** Start-up commands work while the file is refused. */
  const demarrage = <T>(commande: keyof Commandes, args: unknown[], f: () => T): Promise<T> => {
    etat.appels.push({ commande, args });
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const qui = (): QuiUtilise => ({ actuel: d().qui, noms: [...d().noms] });
  const vue = (): VueSauvegardes => ({
    reglages: { dossier: d().dossier, dossier_choisi: d().dossierChoisi, rotation: { ...d().rotation } },
    sauvegardes: d().sauvegardes.map((s) => ({ ...s })),
    chiffree: d().phrase !== null,
    echec_demarrage: d().echecDemarrage,
  });
  const remplacer = (chemin: string, resume: Resume): Remplacement => {
    d().remplacements.push(chemin);
    d().resume = { ...resume };
    return { copie_de_l_ancienne: `${d().dossier}/oepre-20250915-100000.sqlite`, ancienne_endommagee: false, resume: { ...resume }, chiffree: d().phrase !== null };
  };
  const verifierPhrase = (phrase: string) => {
    if ([...phrase.trim()].length < 8) throw erreur("Validation", "La phrase secrète doit compter au moins 8 caractères (hors espaces au début et à la fin).", "phrase");
  };
  return {
    qui_lire: () => demarrage("qui_lire", [], qui),
    qui_choisir: (nom) =>
      demarrage("qui_choisir", [nom], () => {
        const propre = nom.trim().replace(/\s+/g, " ");
        if (!propre) throw erreur("Validation", "Indiquez votre prénom et votre nom.", "qui");
        d().qui = propre;
        d().noms = [propre, ...d().noms.filter((n) => n !== propre)];
        return qui();
      }),
    demarrage_phrase: (phrase) =>
      demarrage("demarrage_phrase", ["•••"], () => {
        if (phrase !== d().phrase) throw erreur("PhraseSecreteIncorrecte", "La phrase secrète ne permet pas d'ouvrir le fichier. Vérifiez-la puis réessayez.");
        etat.refus = null;
        return accueil();
      }),
    demarrage_attente: () => demarrage("demarrage_attente", [], () => d().attente),
    // The start-up bench's mark: nothing to fake, and not a call the scenarios look for.
    demarrage_premier_ecran: () => Promise.resolve(null),
    demarrage_sauvegarde_valide: () => demarrage("demarrage_sauvegarde_valide", [], () => d().sauvegardes.find((s) => s.resume) ?? null),
    demarrage_restaurer: (chemin) =>
      demarrage("demarrage_restaurer", [chemin], () => {
        const s = d().sauvegardes.find((x) => x.chemin === chemin);
        if (!s?.resume) throw erreur("Introuvable", `La sauvegarde « ${chemin} » est introuvable.`);
        remplacer(chemin, s.resume);
        etat.refus = null;
        return accueil();
      }),
    sauvegardes_lire: () => garde("sauvegardes_lire", [], vue),
    sauvegarde_maintenant: () =>
      garde("sauvegarde_maintenant", [], () => {
        d().sauvegardes.unshift({ chemin: `${d().dossier}/oepre-20250915-101500.sqlite`, date: "2025-09-15T10:15:00", taille: 262144, chiffree: d().phrase !== null, resume: { ...d().resume } });
        return vue();
      }),
    sauvegardes_reglages: (saisie) =>
      garde("sauvegardes_reglages", [saisie], () => {
        const dossier = saisie.dossier?.trim() ?? "";
        if (dossier && !dossier.startsWith("/")) throw erreur("Validation", "Indiquez le chemin complet du dossier (par exemple une clé USB ou un partage réseau).", "dossier");
        d().dossierChoisi = dossier !== "";
        if (dossier) d().dossier = dossier;
        d().rotation = { ...saisie.rotation };
        return vue();
      }),
    sauvegarde_restaurer: (chemin) =>
      garde("sauvegarde_restaurer", [chemin], () => {
        const s = d().sauvegardes.find((x) => x.chemin === chemin);
        if (!s?.resume) throw erreur("Introuvable", `La sauvegarde « ${chemin} » est introuvable.`);
        return remplacer(chemin, s.resume);
      }),
    donnees_exporter: () =>
      garde("donnees_exporter", [], () => {
        const nom = "ateliers-oepre-export-20250915-101500.sqlite";
        const ecrit = { chemin: `/home/secretariat/Documents/Ateliers OEPRE/${nom}`, nom, taille: 262144 };
        d().exports.push(ecrit);
        return ecrit;
      }),
    donnees_verifier_import: (chemin, phrase) =>
      garde("donnees_verifier_import", [chemin, phrase === null ? null : "•••"], () => {
        const f = d().fichiers[chemin.trim()];
        if (!f) throw erreur("Stockage", `Impossible d'utiliser « ${chemin} » : fichier introuvable.`);
        if ("code" in f) throw f;
        return f;
      }),
    donnees_importer: (chemin, phrase) =>
      garde("donnees_importer", [chemin, phrase === null ? null : "•••"], () => {
        const f = d().fichiers[chemin.trim()];
        if (!f) throw erreur("Stockage", `Impossible d'utiliser « ${chemin} » : fichier introuvable.`);
        if ("code" in f) throw f;
        return remplacer(chemin, f.resume);
      }),
    chiffrement_definir: (phrase) =>
      garde("chiffrement_definir", ["•••"], () => {
        if (d().phrase !== null) throw erreur("Conflit", "Les données sont déjà chiffrées.");
        verifierPhrase(phrase);
        d().phrase = phrase;
        return vue();
      }),
    chiffrement_changer: (actuelle, nouvelle) =>
      garde("chiffrement_changer", ["•••", "•••"], () => {
        if (actuelle !== d().phrase) throw erreur("PhraseSecreteIncorrecte", "La phrase secrète ne permet pas d'ouvrir le fichier. Vérifiez-la puis réessayez.");
        verifierPhrase(nouvelle);
        d().phrase = nouvelle;
        return vue();
      }),
    chiffrement_retirer: (actuelle) =>
      garde("chiffrement_retirer", ["•••"], () => {
        if (actuelle !== d().phrase) throw erreur("PhraseSecreteIncorrecte", "La phrase secrète ne permet pas d'ouvrir le fichier. Vérifiez-la puis réessayez.");
        d().phrase = null;
        return vue();
      }),
  };
}

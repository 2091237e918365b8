// The privacy part of the fake back end (see faux.ts): retention, purge preview and purge, the
// register entry, the audit log, a parent's export and erasure. The purge rule follows the
// core (conservation.rs): a parent is due when the school year of their last enrolment ended
// before « today » minus N years; `etat.confidentialite.finsAnnee` gives each atelier's year.

import type {
  ActionJournal,
  Atelier,
  Commandes,
  Etablissement,
  DocumentEcrit,
  EntreeJournal,
  ErreurPublique,
  FicheRegistre,
  ParentAPurger,
} from "../generated/bindings";
import type { EtatAppelFaux } from "./faux-parents";
import { ans } from "../confidentialite";

export interface EtatConfidentialiteFaux {
  duree: number;
  /** School year (label, last day) of each atelier id; unknown ateliers are in 2025-2026. */
  finsAnnee: Record<number, { libelle: string; fin: string }>;
  journal: EntreeJournal[];
  /** Files written by the register and the exports. */
  fichiers: DocumentEcrit[];
}

export function etatConfidentialiteVide(): EtatConfidentialiteFaux {
  return { duree: 3, finsAnnee: {}, journal: [], fichiers: [] };
}

type Garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;

interface Contexte {
  etat: {
    ateliers: Atelier[];
    aujourdhui: string;
    etablissement: Etablissement | null;
    appel: EtatAppelFaux;
    confidentialite: EtatConfidentialiteFaux;
    documents: { dossier: string };
    donnees: { qui: string | null };
  };
  garde: Garde;
}

export const REGISTRE_TEST: FicheRegistre = {
  registre: {
    traitement: "Ateliers OEPRE — Ouvrir l'École aux parents pour la réussite des enfants",
    rubriques: [
      { titre: "Finalités", lignes: ["Organiser les ateliers OEPRE de l'établissement."] },
      { titre: "Durée de conservation", lignes: ["3 ans après la fin de l'année scolaire de la dernière inscription du parent."] },
    ],
  },
  texte: "Registre des activités de traitement (RGPD, article 30)\n\nFINALITÉS\n- Organiser les ateliers OEPRE de l'établissement.\n",
};

const NOM_ANONYME = "Parent anonymisé";

/** As the core lists them (journal.rs, `ACTIONS`). */
export const ACTIONS_JOURNAL: ActionJournal[] = [
  { code: "appel_valide", libelle: "Appel validé" },
  { code: "appel_deverrouille", libelle: "Appel déverrouillé" },
  { code: "presence_modifiee", libelle: "Présence modifiée après validation" },
  { code: "conservation_modifiee", libelle: "Durée de conservation modifiée" },
  { code: "purge_conservation", libelle: "Purge des données anciennes" },
  { code: "acces_exporte", libelle: "Données d'un parent exportées (droit d'accès)" },
  { code: "parent_efface", libelle: "Données d'un parent effacées" },
];

export function commandesConfidentialite({ etat, garde }: Contexte): Pick<
  Commandes,
  | "conservation_lire"
  | "conservation_definir"
  | "purge_apercu"
  | "purge_lancer"
  | "registre_lire"
  | "registre_produire"
  | "journal_lister"
  | "journal_actions"
  | "parent_donnees_exporter"
  | "parent_effacer"
> {
  const c = () => etat.confidentialite;
  const reglage = () => ({ duree_annees: c().duree, minimum: 1, maximum: 10 });
  const qui = (): string => {
    const q = etat.donnees.qui;
    if (!q) throw { code: "Validation", message: "Indiquez d'abord qui utilise l'application.", champs: [{ champ: "qui", message: "Indiquez d'abord qui utilise l'application." }] } satisfies ErreurPublique;
    return q;
  };
  const ecrireJournal = (action: string, libelle: string, resume: string) =>
    c().journal.unshift({ id: c().journal.length + 1, quand: `${etat.aujourdhui}T10:00:00`, qui: qui(), action, libelle, detail: "{}", resume });
  const limite = () => `${Number(etat.aujourdhui.slice(0, 4)) - c().duree}${etat.aujourdhui.slice(4)}`;
  const aPurger = (): ParentAPurger[] =>
    etat.appel.parents
      .filter((p) => p.nom !== NOM_ANONYME)
      .flatMap((p) => {
        const annees = etat.appel.inscriptions
          .filter((i) => i.parent_id === p.id)
          .map((i) => c().finsAnnee[i.atelier_id] ?? { libelle: "2025-2026", fin: "2026-07-03" })
          .sort((a, b) => b.fin.localeCompare(a.fin));
        const derniere = annees[0];
        return derniere && derniere.fin < limite()
          ? [{ parent_id: p.id, nom: p.nom, prenom: p.prenom, translitteration: p.translitteration, derniere_annee: derniere.libelle, fin_derniere_annee: derniere.fin }]
          : [];
      });
  const anonymiser = (id: number) => {
    etat.appel.anonymises = { ...etat.appel.anonymises, [id]: `${etat.aujourdhui}T10:00:00` };
    etat.appel.parents = etat.appel.parents.map((p) => (p.id === id ? { ...p, nom: NOM_ANONYME, prenom: "", translitteration: "", telephone: "", notes: "" } : p));
  };
  const ecrire = (nom: string): DocumentEcrit => {
    const d = { chemin: `${etat.documents.dossier}/${nom}`, nom, taille: 4096 };
    c().fichiers.push(d);
    return d;
  };

  return {
    conservation_lire: () => garde("conservation_lire", [], reglage),
    conservation_definir: (annees) =>
      garde("conservation_definir", [annees], () => {
        if (annees < 1 || annees > 10) {
          const message = "La durée de conservation va de 1 à 10 ans.";
          throw { code: "Validation", message, champs: [{ champ: "duree", message }] } satisfies ErreurPublique;
        }
        const avant = c().duree;
        const auteur = qui();
        c().duree = annees;
        if (avant !== annees) {
          c().journal.unshift({ id: c().journal.length + 1, quand: `${etat.aujourdhui}T10:00:00`, qui: auteur, action: "conservation_modifiee", libelle: "Durée de conservation modifiée", detail: `{"apres":${annees},"avant":${avant}}`, resume: `${ans(avant)} → ${ans(annees)} après la fin de l'année scolaire` });
        }
        return reglage();
      }),
    purge_apercu: () =>
      garde("purge_apercu", [], () => {
        const parents = aPurger();
        return { duree_annees: c().duree, date_limite: limite(), nombre: parents.length, parents };
      }),
    purge_lancer: () =>
      garde("purge_lancer", [], () => {
        const parents = aPurger();
        ecrireJournal("purge_conservation", "Purge des données anciennes", `${parents.length} parent(s) anonymisé(s)`);
        parents.forEach((p) => anonymiser(p.parent_id));
        return { duree_annees: c().duree, date_limite: limite(), parents_anonymises: parents.length, fichier_compacte: true };
      }),
    registre_lire: () => garde("registre_lire", [], () => structuredClone(REGISTRE_TEST)),
    registre_produire: () => garde("registre_produire", [], () => ecrire(`registre-traitements-oepre-${(etat.etablissement?.uai ?? "").toLowerCase()}.pdf`)),
    journal_lister: (filtre) =>
      garde("journal_lister", [filtre], () =>
        c()
          .journal.filter((e) => filtre.action === null || e.action === filtre.action)
          .slice(0, filtre.limite ?? undefined)
          .map((e) => ({ ...e })),
      ),
    journal_actions: () => garde("journal_actions", [], () => ACTIONS_JOURNAL.map((a) => ({ ...a }))),
    parent_donnees_exporter: (parent_id) =>
      garde("parent_donnees_exporter", [parent_id], () => {
        const p = etat.appel.parents.find((x) => x.id === parent_id);
        if (!p) throw { code: "Introuvable", message: "Ce parent n'existe pas (ou plus).", champs: [] } satisfies ErreurPublique;
        ecrireJournal("acces_exporte", "Données d'un parent exportées (droit d'accès)", `Parent n° ${parent_id}`);
        const base = `donnees-${p.nom}-${p.prenom}-${parent_id}`.toLowerCase();
        return [ecrire(`${base}.pdf`), ecrire(`${base}.json`)];
      }),
    parent_effacer: (parent_id) =>
      garde("parent_effacer", [parent_id], () => {
        const p = etat.appel.parents.find((x) => x.id === parent_id);
        if (!p) throw { code: "Introuvable", message: "Ce parent n'existe pas (ou plus).", champs: [] } satisfies ErreurPublique;
        if (p.nom === NOM_ANONYME) throw { code: "Conflit", message: "Les données de ce parent sont déjà effacées.", champs: [] } satisfies ErreurPublique;
        const inscriptions = etat.appel.inscriptions.filter((i) => i.parent_id === parent_id).length;
        ecrireJournal("parent_efface", "Données d'un parent effacées", `Parent n° ${parent_id}`);
        if (inscriptions === 0) {
          etat.appel.parents = etat.appel.parents.filter((x) => x.id !== parent_id);
          return { parent_id, mode: "suppression" as const, inscriptions_gardees: 0 };
        }
        anonymiser(parent_id);
        return { parent_id, mode: "anonymisation" as const, inscriptions_gardees: inscriptions };
      }),
  };
}

// The fake back end's documents and flyers (sortie.rs): the documents folder, files "written"
// (name and size only, kept in `etat.documents.fichiers`), parents below the minimum rate, the
// flyer languages and a preview with a French fallback text in Arabic.

import type {
  ApercuAffiche,
  ApercuAttestations,
  Atelier,
  Commandes,
  DemandeDocument,
  DocumentEcrit,
  ErreurPublique,
  FlyerLanguage,
  Import,
  LigneParent,
  Seance,
  SousLeSeuil,
  TexteAffiche,
} from "../generated/bindings";

export interface EtatDocumentsFaux {
  /** The documents folder (`documents_dossier`). */
  dossier: string;
  /** What the system's folder chooser answers (`dossier_choisir`); `null`: cancelled. */
  choixDossier: string | null;
  /** What the system's file chooser answers (`fichier_choisir`); `null`: cancelled. */
  choixFichier: string | null;
  /** Minimum attendance rate (0–1). */
  tauxMinimum: number;
  /** Every file "written", in order. */
  fichiers: DocumentEcrit[];
  /** Paths passed to `document_ouvrir` ('' = the folder). */
  ouverts: string[];
  /** When set, `document_produire` waits for this promise (to see « Création en cours… »). */
  attente: Promise<void> | null;
  /** Translations reviewed through « Faire relire »: locale → the flyer's mark. */
  relues: Record<string, string>;
}

export function etatDocumentsVide(): EtatDocumentsFaux {
  return { dossier: "/home/secretariat/Documents/Ateliers OEPRE", choixDossier: null, choixFichier: null, tauxMinimum: 0.5, fichiers: [], ouverts: [], attente: null, relues: {} };
}

const l = (locale: string, name: string, french_name: string, direction = "ltr", reviewed = false): FlyerLanguage => ({
  locale,
  name,
  french_name,
  direction,
  reviewed,
  source: "livree",
  mention_relecture: locale === "fr" ? "" : reviewed ? "Traduction relue par un locuteur natif" : "Traduction à relire par un locuteur natif",
});

/** A subset of the shipped languages (same names, directions and review state). */
export const LANGUES_TEST: FlyerLanguage[] = [
  l("ar", "العربية", "arabe", "rtl"),
  l("en", "English", "anglais"),
  l("fa-AF", "دری", "dari (persan d'Afghanistan)", "rtl"),
  l("fr", "français", "français", "ltr", true),
  l("ka", "ქართული", "géorgien"),
  l("ta", "தமிழ்", "tamoul"),
  l("tr", "Türkçe", "turc"),
  l("zh-Hans", "简体中文", "chinois (simplifié)"),
];

/** French texts of the flyer, and the Arabic ones (one left out: it falls back to French). */
const TEXTES_FR: Record<string, string> = {
  "affiche-titre": "Ouvrir l'École aux parents pour la réussite des enfants",
  "affiche-titre.accroche": "Des ateliers gratuits pour les parents, à l'école de votre enfant",
  "quoi-titre": "Qu'est-ce que c'est ?",
  "quoi-texte": "Un programme des ministères de l'Intérieur et de l'Éducation nationale pour les parents d'élèves étrangers ou d'origine étrangère.",
  "quoi-gratuit": "C'est gratuit.",
  "pratique-titre": "En pratique",
  "pratique-lieu": "Où : Collège Louise Michel, salle 12",
  "pratique-quand": "Quand : mardi et jeudi, de 14:00 à 16:00",
  "pratique-debut": "Premier atelier : mardi 7 octobre 2025",
  "pratique-gratuit": "Gratuit",
  "petits-enfants": "Vous pouvez venir avec vos jeunes enfants.",
  "inscription-titre": "Comment s'inscrire ?",
  "inscription-texte": "Au secrétariat de l'école de votre enfant, ou auprès de son enseignant.",
  "picto-date": "Date",
  "picto-heure": "Heure",
  "picto-lieu": "Lieu",
  "picto-gratuit": "Gratuit",
  "picto-enfants": "Petits enfants",
};
const TEXTES_AR: Record<string, string> = {
  "affiche-titre": "فتح المدرسة أمام الأولياء من أجل نجاح الأطفال",
  "affiche-titre.accroche": "ورشات مجانية للأولياء في مدرسة طفلكم",
  "pratique-titre": "معلومات عملية",
  "pratique-lieu": "المكان: Collège Louise Michel، القاعة 12",
  "pratique-quand": "الموعد: الثلاثاء والخميس، من 14:00 إلى 16:00",
  "pratique-debut": "الورشة الأولى: الثلاثاء 7 أكتوبر 2025",
  "pratique-gratuit": "مجاني",
  "picto-date": "التاريخ",
  "picto-heure": "الوقت",
  "picto-lieu": "المكان",
  "picto-gratuit": "مجاني",
};

type Garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;

interface Contexte {
  etat: {
    ateliers: Atelier[];
    seances: Seance[];
    annees: Array<{ id: number; libelle: string }>;
    documents: EtatDocumentsFaux;
  };
  garde: Garde;
  /** The parents with their enrolments and hours (faux-parents' `parents_chercher`). */
  parents: () => Promise<LigneParent[]>;
}

const introuvable = (message: string): ErreurPublique => ({ code: "Introuvable", message, champs: [] });

/** `attestations-2025-2026.pdf` as Rust names files (lower case, dashes). */
function nomDeFichier(parties: string[], extension: string): string {
  const s = parties
    .join("-")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${s}.${extension}`;
}

export function commandesDocuments({ etat, garde, parents }: Contexte): Pick<
  Commandes,
  | "documents_dossier"
  | "documents_definir_dossier"
  | "dossier_choisir"
  | "fichier_choisir"
  | "document_produire"
  | "attestations_apercu"
  | "attestations_sous_le_seuil"
  | "document_ouvrir"
  | "affiche_langues"
  | "affiche_apercu"
  | "affiches_par_langue"
  | "relecture_exporter"
  | "relecture_verifier"
  | "relecture_enregistrer"
> {
  const d = () => etat.documents;
  const atelier = (id: number): Atelier => {
    const a = etat.ateliers.find((x) => x.id === id);
    if (!a) throw introuvable("Cet atelier n'existe pas (ou plus).");
    return a;
  };
  const ecrire = (nom: string, taille: number): DocumentEcrit => {
    const doc = { chemin: `${d().dossier}/${nom}`, nom, taille };
    d().fichiers.push(doc);
    return doc;
  };
  /** The enrolments an attestation request covers, with their parent. */
  const selection = (lignes: LigneParent[], annee_id: number, atelier_id: number | null, parent_id: number | null) => {
    const ids = etat.ateliers.filter((a) => a.annee_id === annee_id).map((a) => a.id);
    return lignes.flatMap((p) =>
      p.inscriptions
        .filter((i) => i.statut !== "attente" && ids.includes(i.atelier_id))
        .filter((i) => (atelier_id === null || i.atelier_id === atelier_id) && (parent_id === null || p.id === parent_id))
        .map((i) => ({ p, i })),
    );
  };
  const nomComplet = (p: { prenom: string; nom: string }) => `${p.prenom} ${p.nom.toUpperCase()}`.trim();
  /** Like the core: issued (at least one minute attended) but below the minimum rate. */
  const sousLeSeuil = (tout: ReturnType<typeof selection>): SousLeSeuil[] =>
    tout
      .filter(({ i }) => i.heures.minutes_suivies > 0 && (i.heures.taux === null || i.heures.taux < d().tauxMinimum))
      .map(({ p, i }) => ({
        inscription_id: i.inscription_id,
        parent_id: p.id,
        nom_complet: nomComplet(p),
        atelier_nom: i.atelier_nom,
        heures: i.heures,
        taux_minimum: d().tauxMinimum,
      }));
  const locales = (langues: string[]): FlyerLanguage[] => {
    if (langues.length === 0) throw { code: "Validation", message: "Choisissez au moins une langue.", champs: [{ champ: "langues", message: "Choisissez au moins une langue." }] } satisfies ErreurPublique;
    return langues.map((x) => {
      const lg = LANGUES_TEST.find((y) => y.locale === x);
      if (!lg) throw { code: "Validation", message: `Langue inconnue : ${x}.`, champs: [{ champ: "langues", message: `Langue inconnue : ${x}.` }] } satisfies ErreurPublique;
      return lg;
    });
  };

  const langues = (): FlyerLanguage[] =>
    LANGUES_TEST.map((x) => {
      const mention = d().relues[x.locale];
      return mention ? { ...x, reviewed: true, mention_relecture: mention } : { ...x };
    });
  /** Like the core: the sheet must be one the app wrote, for the language chosen, with a reviewer. */
  const lireFeuille = (chemin: string, langue: string, relecteur: string): Import => {
    const refus = (champ: string, message: string): ErreurPublique => ({ code: "Validation", message, champs: [{ champ, message }] });
    if (!relecteur.trim()) throw refus("relecteur", "Indiquez le nom de la personne qui a relu (une ligne).");
    if (!d().fichiers.some((f) => f.chemin === chemin && f.nom.endsWith(".xlsx")))
      throw refus("fichier", `${chemin} : classeur illisible (fichier introuvable).`);
    const sienne = /relecture-(.+)\.xlsx$/.exec(chemin)?.[1] ?? "";
    if (sienne !== langue.toLowerCase()) throw refus("ligne 1", `Ligne 1 : cette feuille est pour la langue « ${sienne} », pas « ${langue} ».`);
    const changements =
      langue === "ar" ? [{ ligne: 4, message: "affiche-titre", avant: TEXTES_AR["affiche-titre"]!, apres: "فتح المدرسة أمام أولياء الأمور من أجل نجاح الأطفال" }] : [];
    return { locale: langue, relecteur: relecteur.trim(), date: "2026-12-05", changements, contenu: "" };
  };

  return {
    documents_dossier: () => garde("documents_dossier", [], () => d().dossier),
    dossier_choisir: (titre, depart) => garde("dossier_choisir", [titre, depart], () => d().choixDossier),
    fichier_choisir: (titre, depart, extensions) => garde("fichier_choisir", [titre, depart, extensions], () => d().choixFichier),
    documents_definir_dossier: (chemin) =>
      garde("documents_definir_dossier", [chemin], () => {
        const c = chemin.trim();
        if (c && !c.startsWith("/"))
          throw {
            code: "Validation",
            message: "Indiquez le chemin complet du dossier, par exemple /home/secretariat/Documents/OEPRE.",
            champs: [{ champ: "dossier", message: "Indiquez le chemin complet du dossier, par exemple /home/secretariat/Documents/OEPRE." }],
          } satisfies ErreurPublique;
        d().dossier = c || etatDocumentsVide().dossier;
        return d().dossier;
      }),
    attestations_apercu: async (choix) => {
      const lignes = await parents();
      return garde("attestations_apercu", [choix], (): ApercuAttestations => {
        const tout = selection(lignes, choix.annee_id, choix.atelier_id, choix.parent_id);
        return {
          pages: tout.filter(({ i }) => i.heures.minutes_suivies > 0).length,
          sous_le_seuil: sousLeSeuil(tout),
          sans_attestation: tout
            .filter(({ i }) => i.heures.minutes_suivies === 0)
            .map(({ p, i }) => ({
              inscription_id: i.inscription_id,
              parent_id: p.id,
              nom_complet: nomComplet(p),
              atelier_nom: i.atelier_nom,
              motif: i.heures.minutes_dispensees === 0 ? "aucune heure dispensée" : "aucune heure suivie",
            })),
        };
      });
    },
    attestations_sous_le_seuil: async (choix) => {
      const lignes = await parents();
      return garde("attestations_sous_le_seuil", [choix], (): SousLeSeuil[] => sousLeSeuil(selection(lignes, choix.annee_id, choix.atelier_id, choix.parent_id)));
    },
    document_produire: async (demande: DemandeDocument) => {
      const lignes = demande.type === "Attestations" ? await parents() : [];
      if (d().attente) await d().attente;
      return garde("document_produire", [demande], (): DocumentEcrit => {
        switch (demande.type) {
          case "Attestations": {
            const annee = etat.annees.find((a) => a.id === demande.annee_id);
            if (!annee) throw introuvable("Cette année scolaire n'existe pas.");
            const n = selection(lignes, demande.annee_id, demande.atelier_id, demande.parent_id).filter(({ i }) => i.heures.minutes_suivies > 0).length;
            if (n === 0)
              throw introuvable(`Aucune attestation à délivrer : aucun parent inscrit (hors liste d'attente) ne correspond en ${annee.libelle}.`);
            const parties = ["attestations", annee.libelle];
            if (demande.atelier_id !== null) parties.push(atelier(demande.atelier_id).nom);
            if (demande.parent_id !== null) parties.push(`parent-${demande.parent_id}`);
            return ecrire(nomDeFichier(parties, "pdf"), 24_000 + n * 9_000);
          }
          case "EmargementSeance": {
            const s = etat.seances.find((x) => x.id === demande.seance_id);
            if (!s) throw introuvable(`La séance n° ${demande.seance_id} n'existe pas (ou plus).`);
            return ecrire(nomDeFichier(["emargement", atelier(s.atelier_id).nom, s.date], "pdf"), 41_200);
          }
          case "EmargementMois":
            if (!/^\d{4}-\d{2}$/.test(demande.mois))
              throw { code: "Validation", message: "Mois invalide : écrivez-le comme 2025-10.", champs: [{ champ: "mois", message: "Mois invalide : écrivez-le comme 2025-10." }] } satisfies ErreurPublique;
            return ecrire(nomDeFichier(["emargement", atelier(demande.atelier_id).nom, demande.mois], "pdf"), 45_000);
          case "EmargementVierge":
            return ecrire(nomDeFichier(["emargement", atelier(demande.atelier_id).nom, "vierge"], "pdf"), 38_000);
          case "EmargementAnnee":
            return ecrire(nomDeFichier(["emargements", atelier(demande.atelier_id).nom, "annee"], "pdf"), 299_008);
          case "Inscrits":
            return ecrire(nomDeFichier(["inscrits", atelier(demande.atelier_id).nom], demande.xlsx ? "xlsx" : "pdf"), demande.xlsx ? 7_300 : 52_000);
          case "Fiche":
            return ecrire(demande.parent_id === null ? "fiche-inscription-vierge.pdf" : nomDeFichier(["fiche-inscription", `parent-${demande.parent_id}`], "pdf"), 61_000);
          case "Affiche": {
            const a = atelier(demande.atelier_id);
            const ls = locales(demande.langues);
            const suffixe = ls.length === 1 ? ls[0]!.locale : `${ls.length}-langues`;
            return ecrire(nomDeFichier(["affiche", a.nom, suffixe, ...(demande.bilingue ? ["bilingue"] : [])], "pdf"), 180_000 * ls.length);
          }
        }
      });
    },
    document_ouvrir: (chemin) =>
      garde("document_ouvrir", [chemin], () => {
        if (chemin && !d().fichiers.some((f) => f.chemin === chemin)) throw introuvable(`Le document « ${chemin} » est introuvable dans ${d().dossier}.`);
        d().ouverts.push(chemin);
        return null;
      }),
    affiche_langues: () => garde("affiche_langues", [], langues),
    affiche_apercu: (atelier_id, langues, petits_enfants) =>
      garde("affiche_apercu", [atelier_id, langues, petits_enfants], (): ApercuAffiche[] => {
        atelier(atelier_id);
        return locales(langues).map((lg) => {
          const propres = lg.locale === "fr" ? TEXTES_FR : lg.locale === "ar" ? TEXTES_AR : {};
          const textes: TexteAffiche[] = Object.entries(TEXTES_FR).map(([id, fr]) => {
            const texte = id === "petits-enfants" && !petits_enfants ? "Les jeunes enfants ne peuvent pas être accueillis pendant les ateliers." : fr;
            const propre = propres[id];
            return propre && !(id === "petits-enfants" && !petits_enfants)
              ? { id, texte: propre, direction: lg.direction, en_francais: false }
              : { id, texte, direction: "ltr", en_francais: lg.locale !== "fr" };
          });
          return { locale: lg.locale, langue: lg.french_name, direction: lg.direction, relue: lg.reviewed, textes };
        });
      }),
    relecture_exporter: (langue) =>
      garde("relecture_exporter", [langue], () => {
        const lg = locales([langue])[0]!;
        if (lg.locale === "fr") throw { code: "Validation", message: "Langue inconnue ou de référence : fr", champs: [{ champ: "langue", message: "Langue inconnue ou de référence : fr" }] } satisfies ErreurPublique;
        const base = nomDeFichier(["relecture", lg.locale], "xlsx");
        return [ecrire(base, 9_000), ecrire(base.replace(/\.xlsx$/, ".pdf"), 60_000)];
      }),
    relecture_verifier: (chemin, langue, relecteur) => garde("relecture_verifier", [chemin, langue, relecteur], () => lireFeuille(chemin, langue, relecteur)),
    relecture_enregistrer: (chemin, langue, relecteur) =>
      garde("relecture_enregistrer", [chemin, langue, relecteur], () => {
        const i = lireFeuille(chemin, langue, relecteur);
        d().relues[langue] = `Traduction relue par ${i.relecteur} le 05/12/2026`;
        return langues();
      }),
    affiches_par_langue: (atelier_id, langues, bilingue, petits_enfants) =>
      garde("affiches_par_langue", [atelier_id, langues, bilingue, petits_enfants], () => {
        const a = atelier(atelier_id);
        return locales(langues).map((lg) => ecrire(nomDeFichier(["affiche", a.nom, lg.locale], "pdf"), 175_000));
      }),
  };
}

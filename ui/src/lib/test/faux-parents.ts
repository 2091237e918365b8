// The parents, roll call and import part of the fake back end (see faux.ts): parents with
// enrolments, marks, validations, and a canned import preview. Hours follow the core's rule
// (heures.rs): delivered = counted séances with a mark; attended = présent·e full, en retard
// minus the minutes; no mark = not taken yet.

import type {
  Appel,
  ApercuImport,
  Atelier,
  Commandes,
  Correspondance,
  ErreurChamp,
  ErreurPublique,
  FicheParent,
  Heures,
  InfoSeance,
  OuvertureAppel,
  Inscription,
  LigneAppel,
  LigneParent,
  Parent,
  Referentiels,
  SaisieParent,
  Seance,
  Sexe,
  StatutPresence,
} from "../generated/bindings";

export interface MarqueFaux {
  seance_id: number;
  inscription_id: number;
  statut: StatutPresence;
  minutes_retard: number;
}

export interface EtatAppelFaux {
  parents: Parent[];
  inscriptions: Inscription[];
  marques: MarqueFaux[];
  validations: Array<{ seance_id: number; par: string }>;
  /** Every unlock, as the core logs it. */
  journal: Array<{ qui: string; action: string; seance_id: number; motif?: string }>;
  /** Files the fake import knows (path → preview without mapping). */
  fichiers: Record<string, ApercuImport>;
  /** When each anonymised parent was anonymised (parent id → local date and time). */
  anonymises?: Record<number, string>;
}

export function etatAppelVide(): EtatAppelFaux {
  return { parents: [], inscriptions: [], marques: [], validations: [], journal: [], fichiers: {} };
}

/** Counts and minutes, as JSON numbers. */
const big = (n: number): number => n;

export const REFERENTIELS_TEST: Referentiels = {
  pays: [
    { code: "AF", nom: "Afghanistan" },
    { code: "DZ", nom: "Algérie" },
    { code: "CN", nom: "Chine" },
    { code: "GN", nom: "Guinée" },
    { code: "MA", nom: "Maroc" },
    { code: "RO", nom: "Roumanie" },
    { code: "LK", nom: "Sri Lanka" },
    { code: "SY", nom: "Syrie" },
    { code: "VN", nom: "Viêt Nam" },
  ],
  langues: [
    { code: "ar", nom: "arabe" },
    { code: "zh", nom: "chinois" },
    { code: "fr", nom: "français" },
    { code: "ff", nom: "peul" },
    { code: "ta", nom: "tamoul" },
    { code: "vi", nom: "vietnamien" },
  ],
};

const plier = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

const p2 = (n: number) => String(n).padStart(2, "0");

type Garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;

interface Contexte {
  etat: { annees: Array<{ id: number; courante: boolean }>; ateliers: Atelier[]; seances: Seance[]; aujourdhui: string; prochainId: number; appel: EtatAppelFaux };
  garde: Garde;
}

function introuvable(message: string): ErreurPublique {
  return { code: "Introuvable", message, champs: [] };
}
function conflit(message: string): ErreurPublique {
  return { code: "Conflit", message, champs: [] };
}
function validation(champs: ErreurChamp[]): ErreurPublique {
  return { code: "Validation", message: champs.length === 1 ? champs[0]!.message : `${champs.length} champs sont à corriger.`, champs };
}

// Nationalities of the EU, the EEA and Switzerland (the core's `referentiels::UE_EEE_SUISSE`).
const UE_EEE_SUISSE = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH"];

/** Primo-arrivant for a rentrée on 1 September 2025 (the core's `parent::est_primo_arrivant`). */
function primo(p: Parent): boolean | null {
  if (p.annee_arrivee === null) return null;
  if (p.mois_arrivee === null) return 2025 - p.annee_arrivee < 5;
  return p.annee_arrivee > 2020 || (p.annee_arrivee === 2020 && p.mois_arrivee > 9);
}

const minutesDe = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export function commandesParents({ etat, garde }: Contexte): Pick<
  Commandes,
  | "referentiels_lire"
  | "parents_chercher"
  | "parent_fiche"
  | "parent_creer"
  | "parent_modifier"
  | "inscription_creer"
  | "inscription_modifier"
  | "inscription_quitter"
  | "appel_ouvrir"
  | "appel_lire"
  | "appel_seance_par_defaut"
  | "presence_marquer"
  | "appel_tous_presents"
  | "appel_valider"
  | "appel_deverrouiller"
  | "presences_grille_mois"
  | "appels_non_faits"
  | "import_apercu"
  | "import_confirmer"
> {
  const a = () => etat.appel;
  const seance = (id: number): Seance => {
    const s = etat.seances.find((x) => x.id === id);
    if (!s) throw introuvable(`La séance n° ${id} n'existe pas (ou plus).`);
    return s;
  };
  const validee = (id: number) => a().validations.some((v) => v.seance_id === id);
  /** Today's séance, else the latest before, else the next (the core's `presence::seance_par_defaut`). */
  const parDefaut = (atelierId: number): Seance | null => {
    const liste = etat.seances.filter((s) => s.atelier_id === atelierId && !s.annulee).sort((x, y) => x.date.localeCompare(y.date));
    const j = etat.aujourdhui;
    return liste.find((x) => x.date === j) ?? [...liste].reverse().find((x) => x.date < j) ?? liste.find((x) => x.date > j) ?? null;
  };
  const info = (s: Seance): InfoSeance => ({
    id: s.id,
    atelier_id: s.atelier_id,
    atelier_nom: etat.ateliers.find((x) => x.id === s.atelier_id)?.nom ?? "",
    date: s.date,
    debut: s.debut.slice(0, 5),
    fin: s.fin.slice(0, 5),
    minutes: big(minutesDe(s.fin) - minutesDe(s.debut)),
    theme: s.theme,
    annulee: s.annulee,
    validee: validee(s.id),
  });
  const comptee = (i: Inscription, s: Seance) =>
    i.atelier_id === s.atelier_id && i.statut !== "attente" && i.inscrit_le <= s.date && (i.parti_le === null || i.parti_le >= s.date);
  const parent = (id: number): Parent => {
    const p = a().parents.find((x) => x.id === id);
    if (!p) throw introuvable("Ce parent n'existe pas (ou plus).");
    return p;
  };
  const marque = (sid: number, iid: number) => a().marques.find((m) => m.seance_id === sid && m.inscription_id === iid);
  const libelle = (st: StatutPresence | null, min: number, sexe: Sexe | null): string => {
    if (st === null) return "appel non fait";
    if (st === "retard") return `en retard (${min} min)`;
    const base = { present: "présent", absent: "absent", excuse: "excusé" }[st];
    return sexe === "F" ? `${base}e` : sexe === "M" ? base : `${base}·e`;
  };
  const ligne = (s: Seance, i: Inscription): LigneAppel => {
    const p = parent(i.parent_id);
    const m = marque(s.id, i.id);
    return {
      inscription_id: i.id,
      parent_id: p.id,
      nom: p.nom,
      prenom: p.prenom,
      translitteration: p.translitteration,
      sexe: p.sexe,
      statut: m?.statut ?? null,
      minutes_retard: big(m?.minutes_retard ?? 0),
      libelle: libelle(m?.statut ?? null, m?.minutes_retard ?? 0, p.sexe),
    };
  };
  const tri = (x: { nom: string; prenom: string }, y: { nom: string; prenom: string }) =>
    plier(`${x.nom} ${x.prenom}`).localeCompare(plier(`${y.nom} ${y.prenom}`));
  const appel = (id: number): Appel => {
    const s = seance(id);
    const lignes = a()
      .inscriptions.filter((i) => comptee(i, s))
      .map((i) => ligne(s, i))
      .sort(tri);
    const v = a().validations.find((x) => x.seance_id === id);
    return {
      seance: info(s),
      lignes,
      validation: v ? { le: `${etat.aujourdhui}T16:05:00`, par: v.par } : null,
      non_marques: big(lignes.filter((l) => l.statut === null).length),
    };
  };
  const ouverte = (s: Seance) => {
    if (s.annulee) throw conflit(`La séance du ${s.date} est annulée : pas d'appel.`);
    if (validee(s.id)) throw conflit("L'appel est validé : déverrouillez-le (en indiquant pourquoi) avant de le modifier.");
  };
  const majAppelFait = (sid: number) => {
    const s = seance(sid);
    s.appel_fait = a().marques.some((m) => m.seance_id === sid);
  };
  const heures = (i: Inscription): Heures => {
    let suivies = 0;
    let dispensees = 0;
    let comptees = 0;
    let nonPrises = 0;
    for (const s of etat.seances.filter((x) => !x.annulee && comptee(i, x))) {
      comptees++;
      const m = marque(s.id, i.id);
      const d = minutesDe(s.fin) - minutesDe(s.debut);
      if (!m) {
        nonPrises++;
        continue;
      }
      dispensees += d;
      if (m.statut === "present") suivies += d;
      if (m.statut === "retard") suivies += Math.max(0, d - m.minutes_retard);
    }
    return {
      minutes_suivies: big(suivies),
      minutes_dispensees: big(dispensees),
      taux: dispensees === 0 ? null : suivies / dispensees,
      seances_comptees: big(comptees),
      seances_non_prises: big(nonPrises),
      premiere_seance: null,
      derniere_seance: null,
    };
  };
  const fiche = (id: number): FicheParent => {
    const p = parent(id);
    return {
      parent: structuredClone(p),
      // As the core computes them for a rentrée on 1 September 2025.
      primo_arrivant: primo(p),
      arrivee_approximative: p.mois_arrivee === null && p.annee_arrivee === 2020,
      public_prioritaire: p.cir && primo(p) === true && !!p.nationalite && !UE_EEE_SUISSE.includes(p.nationalite),
      francophone: p.langues.some((l) => l.langue === "fr"),
      inscriptions: a()
        .inscriptions.filter((i) => i.parent_id === id)
        .map((i) => ({ inscription: structuredClone(i), heures: heures(i) })),
      anonymise_le: a().anonymises?.[id] ?? null,
    };
  };
  const validerParent = (s: SaisieParent, id: number): Parent => {
    const champs: ErreurChamp[] = [];
    if (!s.nom.trim()) champs.push({ champ: "nom", message: "Le nom est obligatoire (dans l'écriture du parent ou en lettres latines)." });
    if (s.telephone.trim() && !s.telephone_consentement)
      champs.push({
        champ: "telephone_consentement",
        message: "Le numéro n'est enregistré qu'avec l'accord du parent : cochez le consentement ou laissez le numéro vide.",
      });
    const pays = (champ: string, v: string) => {
      if (!v.trim()) return null;
      const e = REFERENTIELS_TEST.pays.find((x) => x.code === v || plier(x.nom) === plier(v));
      if (!e) champs.push({ champ, message: `« ${v} » n'est pas dans la liste des pays : choisissez-le dans la liste.` });
      return e?.code ?? null;
    };
    const nationalite = pays("nationalite", s.nationalite);
    const pays_origine = pays("pays_origine", s.pays_origine);
    if (s.mois_arrivee !== null && s.annee_arrivee === null) champs.push({ champ: "mois_arrivee", message: "Indiquez aussi l'année d'arrivée en France." });
    if (s.enfants.some((e) => !e.prenom.trim())) champs.push({ champ: "enfants", message: "Le prénom de chaque enfant est obligatoire." });
    if (champs.length > 0) throw validation(champs);
    return { ...structuredClone(s), id, nom: s.nom.trim(), prenom: s.prenom.trim(), nationalite, pays_origine };
  };
  const inscription = (id: number): Inscription => {
    const i = a().inscriptions.find((x) => x.id === id);
    if (!i) throw introuvable("Cette inscription n'existe pas (ou plus).");
    return i;
  };
  const apercu = (chemin: string, correspondances: Correspondance[] | null): ApercuImport => {
    const f = a().fichiers[chemin];
    if (!f) throw validation([{ champ: "fichier", message: `Impossible de lire « ${chemin} » : fichier introuvable.` }]);
    return { ...structuredClone(f), correspondances: correspondances ?? f.correspondances };
  };

  return {
    referentiels_lire: () => garde("referentiels_lire", [], () => structuredClone(REFERENTIELS_TEST)),
    parents_chercher: (filtre) =>
      garde("parents_chercher", [filtre], (): LigneParent[] => {
        const q = plier(filtre.texte.trim());
        return a()
          .parents.filter((p) => plier(`${p.nom} ${p.prenom} ${p.translitteration}`).includes(q))
          .filter((p) => filtre.atelier_id === null || a().inscriptions.some((i) => i.parent_id === p.id && i.atelier_id === filtre.atelier_id))
          .sort(tri)
          .map((p) => ({
            id: p.id,
            nom: p.nom,
            prenom: p.prenom,
            translitteration: p.translitteration,
            sexe: p.sexe,
            annee_naissance: p.annee_naissance,
            nationalite: p.nationalite,
            primo_arrivant: p.annee_arrivee === null ? null : 2025 - p.annee_arrivee < 5,
            cir: p.cir,
            inscriptions: a()
              .inscriptions.filter((i) => i.parent_id === p.id && (filtre.atelier_id === null || i.atelier_id === filtre.atelier_id))
              .map((i) => ({
                inscription_id: i.id,
                atelier_id: i.atelier_id,
                atelier_nom: i.atelier_nom,
                statut: i.statut,
                inscrit_le: i.inscrit_le,
                parti_le: i.parti_le,
                heures: heures(i),
              })),
          }));
      }),
    parent_fiche: (id) => garde("parent_fiche", [id], () => fiche(id)),
    parent_creer: (s) =>
      garde("parent_creer", [s], () => {
        const p = validerParent(s, etat.prochainId++);
        a().parents.push(p);
        return fiche(p.id);
      }),
    parent_modifier: (id, s) =>
      garde("parent_modifier", [id, s], () => {
        parent(id);
        const p = validerParent(s, id);
        a().parents = a().parents.map((x) => (x.id === id ? p : x));
        return fiche(id);
      }),
    inscription_creer: (s) =>
      garde("inscription_creer", [s], () => {
        const champs: ErreurChamp[] = [];
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.inscrit_le)) champs.push({ champ: "inscrit_le", message: "Date obligatoire." });
        if (s.statut === "parti") champs.push({ champ: "statut", message: "Inscrivez d'abord le parent, puis enregistrez son départ." });
        if (champs.length > 0) throw validation(champs);
        const at = etat.ateliers.find((x) => x.id === s.atelier_id);
        if (!at) throw introuvable(`L'atelier n° ${s.atelier_id} n'existe pas (ou plus).`);
        if (a().inscriptions.some((i) => i.parent_id === s.parent_id && i.atelier_id === s.atelier_id))
          throw conflit("Ce parent est déjà inscrit dans cet atelier : modifiez son inscription.");
        const i: Inscription = { ...structuredClone(s), id: etat.prochainId++, atelier_nom: at.nom, parti_le: null, motif_depart: null };
        a().inscriptions.push(i);
        return structuredClone(i);
      }),
    inscription_modifier: (id, s) =>
      garde("inscription_modifier", [id, s], () => {
        const i = inscription(id);
        Object.assign(i, structuredClone(s), { id, atelier_nom: i.atelier_nom });
        return structuredClone(i);
      }),
    inscription_quitter: (id, s) =>
      garde("inscription_quitter", [id, s], () => {
        const champs: ErreurChamp[] = [];
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s.parti_le)) champs.push({ champ: "parti_le", message: "Date obligatoire." });
        if (!s.motif) champs.push({ champ: "motif", message: "Choisissez le motif du départ." });
        if (champs.length > 0) throw validation(champs);
        const i = inscription(id);
        Object.assign(i, { statut: "parti", parti_le: s.parti_le, motif_depart: s.motif });
        return structuredClone(i);
      }),
    appel_ouvrir: (seanceId, atelierRetenu) =>
      garde("appel_ouvrir", [seanceId, atelierRetenu], (): OuvertureAppel => {
        // The core's `vues_ateliers::ouverture_appel`.
        const annee = etat.annees.find((x) => x.courante)?.id;
        const ateliers = etat.ateliers.filter((x) => x.annee_id === annee).sort((x, y) => x.nom.localeCompare(y.nom, "fr")).map((x) => structuredClone(x));
        const seancesDe = (id: number) =>
          etat.seances
            .filter((s) => s.atelier_id === id)
            .sort((x, y) => x.date.localeCompare(y.date) || x.debut.localeCompare(y.debut))
            .map((s) => structuredClone(s));
        if (seanceId !== null) {
          const ap = appel(seanceId);
          return { ateliers, atelier_id: ap.seance.atelier_id, seances: seancesDe(ap.seance.atelier_id), appel: ap };
        }
        let choix = ateliers.some((x) => x.id === atelierRetenu) ? atelierRetenu : null;
        if (choix === null && ateliers.length > 1) choix = ateliers.find((x) => parDefaut(x.id)?.date === etat.aujourdhui)?.id ?? null;
        const id = choix ?? ateliers[0]?.id ?? null;
        if (id === null) return { ateliers, atelier_id: null, seances: [], appel: null };
        const d = parDefaut(id);
        return { ateliers, atelier_id: id, seances: seancesDe(id), appel: d ? appel(d.id) : null };
      }),
    appel_lire: (id) => garde("appel_lire", [id], () => appel(id)),
    appel_seance_par_defaut: (atelierId) =>
      garde("appel_seance_par_defaut", [atelierId], () => {
        const s = parDefaut(atelierId);
        return s ? info(s) : null;
      }),
    presence_marquer: (m) =>
      garde("presence_marquer", [m], () => {
        const s = seance(m.seance_id);
        if (m.statut === "retard" && !(m.minutes_retard && m.minutes_retard >= 1))
          throw validation([{ champ: "minutes_retard", message: "Indiquez le nombre de minutes de retard (1 au moins)." }]);
        ouverte(s);
        const i = a().inscriptions.find((x) => x.id === m.inscription_id);
        if (!i || !comptee(i, s)) throw conflit("Cette inscription ne compte pas pour cette séance.");
        a().marques = a().marques.filter((x) => !(x.seance_id === s.id && x.inscription_id === i.id));
        if (m.statut) a().marques.push({ seance_id: s.id, inscription_id: i.id, statut: m.statut, minutes_retard: m.statut === "retard" ? m.minutes_retard! : 0 });
        majAppelFait(s.id);
        return ligne(s, i);
      }),
    appel_tous_presents: (id) =>
      garde("appel_tous_presents", [id], () => {
        const s = seance(id);
        ouverte(s);
        for (const i of a().inscriptions.filter((x) => comptee(x, s)))
          if (!marque(s.id, i.id)) a().marques.push({ seance_id: s.id, inscription_id: i.id, statut: "present", minutes_retard: 0 });
        majAppelFait(s.id);
        return appel(id);
      }),
    appel_valider: (id, qui) =>
      garde("appel_valider", [id, qui], () => {
        if (!qui.trim()) throw validation([{ champ: "qui", message: "Indiquez qui valide l'appel." }]);
        const x = appel(id);
        ouverte(seance(id));
        const n = Number(x.non_marques);
        if (n > 0) throw validation([{ champ: "lignes", message: `${n} parent(s) sans marque : faites tout l'appel avant de le valider.` }]);
        a().validations.push({ seance_id: id, par: qui.trim() });
        a().journal.push({ qui: qui.trim(), action: "appel_valide", seance_id: id });
        return appel(id);
      }),
    appel_deverrouiller: (id, qui, motif) =>
      garde("appel_deverrouiller", [id, qui, motif], () => {
        const champs: ErreurChamp[] = [];
        if (!qui.trim()) champs.push({ champ: "qui", message: "Indiquez qui déverrouille l'appel." });
        if (!motif.trim()) champs.push({ champ: "motif", message: "Indiquez pourquoi l'appel validé doit être modifié." });
        if (champs.length > 0) throw validation(champs);
        if (!validee(id)) throw conflit("Cet appel n'est pas validé : il n'y a rien à déverrouiller.");
        a().validations = a().validations.filter((v) => v.seance_id !== id);
        a().journal.push({ qui: qui.trim(), action: "appel_deverrouille", seance_id: id, motif: motif.trim() });
        return appel(id);
      }),
    presences_grille_mois: (atelierId, annee, mois) =>
      garde("presences_grille_mois", [atelierId, annee, mois], () => {
        const prefixe = `${annee}-${p2(mois)}`;
        const seances = etat.seances
          .filter((s) => s.atelier_id === atelierId && s.date.startsWith(prefixe))
          .sort((x, y) => x.date.localeCompare(y.date) || x.debut.localeCompare(y.debut));
        const lignes = a()
          .inscriptions.filter((i) => i.atelier_id === atelierId && seances.some((s) => !s.annulee && comptee(i, s)))
          .map((i) => {
            const p = parent(i.parent_id);
            return {
              inscription_id: i.id,
              parent_id: p.id,
              nom: p.nom,
              prenom: p.prenom,
              translitteration: p.translitteration,
              cases: seances.map((s) => {
                const ok = !s.annulee && comptee(i, s);
                const m = ok ? marque(s.id, i.id) : undefined;
                return { comptee: ok, statut: m?.statut ?? null, minutes_retard: big(m?.minutes_retard ?? 0) };
              }),
            };
          })
          .sort(tri);
        return { annee, mois, seances: seances.map(info), lignes };
      }),
    appels_non_faits: (atelierId) =>
      garde("appels_non_faits", [atelierId], () =>
        etat.seances
          .filter((s) => !s.annulee && s.date <= etat.aujourdhui && (atelierId === null || s.atelier_id === atelierId))
          .filter((s) => !a().marques.some((m) => m.seance_id === s.id))
          .map((s) => ({ seance: info(s), parents_attendus: big(a().inscriptions.filter((i) => comptee(i, s)).length) }))
          .filter((x) => Number(x.parents_attendus) > 0)
          .sort((x, y) => x.seance.date.localeCompare(y.seance.date)),
      ),
    import_apercu: (chemin, atelierId, correspondances) =>
      garde("import_apercu", [chemin, atelierId, correspondances], () => apercu(chemin, correspondances)),
    import_confirmer: (chemin, atelierId, correspondances) =>
      garde("import_confirmer", [chemin, atelierId, correspondances], () => {
        const x = apercu(chemin, correspondances);
        if (x.erreurs.length > 0)
          throw validation(x.erreurs.map((e) => ({ champ: `ligne ${e.ligne}`, message: `Ligne ${e.ligne}, colonne « ${e.colonne} » : ${e.message}` })));
        const nouveaux = x.lignes.filter((l) => l.sort === "Nouveau");
        const at = etat.ateliers.find((y) => y.id === atelierId)!;
        for (const l of nouveaux) {
          const id = etat.prochainId++;
          a().parents.push({
            id,
            nom: l.nom,
            prenom: l.prenom,
            translitteration: "",
            sexe: null,
            annee_naissance: l.annee_naissance,
            nationalite: null,
            pays_origine: null,
            langues: [],
            annee_arrivee: null,
            mois_arrivee: null,
            cir: false,
            cir_annee: null,
            protection_internationale: false,
            telephone: "",
            telephone_consentement: false,
            enfants: [],
            disponibilites: "",
            notes: "",
          });
          a().inscriptions.push({
            id: etat.prochainId++,
            parent_id: id,
            atelier_id: atelierId,
            atelier_nom: at.nom,
            inscrit_le: at.premier_jour,
            statut: "inscrit",
            parti_le: null,
            motif_depart: null,
            reinscription: false,
            entree: { oral: null, ecrit: null },
            alphabetise: null,
            parcours: null,
            sortie: { oral: null, ecrit: null },
            certifications: [],
          });
        }
        return {
          parents_crees: nouveaux.length,
          parents_existants: x.lignes.filter((l) => l.sort === "Existant").length,
          lignes_ignorees: x.lignes.filter((l) => l.sort === "Ignore").length,
          apercu: x,
        };
      }),
  };
}

// ---- Example data for the roll call and parents screens (tests, preview) ----------------------

const PARENTS_EXEMPLE: Array<[string, string, string, Sexe, number | null, string | null]> = [
  ["العلي", "محمد", "Al-Ali Mohammed", "M", 2022, "SY"],
  ["இராமநாதன்", "கவிதா", "Ramanathan Kavitha", "F", 2020, "LK"],
  ["王", "芳", "Wang Fang", "F", 2021, "CN"],
  ["Diallo", "Aminata", "", "F", 2023, "GN"],
  ["Nguyễn", "Thị Lan", "", "F", 2022, "VN"],
];

/**
 * Adds an atelier (id 1) with four séances in October 2025 (the 7th taken, the 9th and 14th
 * not, the 16th cancelled), five parents in Arabic, Tamil, Chinese and Latin scripts enrolled
 * on 1 October, and sets « today » to 14 October 2025. Returns the ids.
 */
export function semerAppel(etat: Contexte["etat"] & { annees: Array<{ id: number; courante: boolean }> }): {
  atelierId: number;
  seances: number[];
  inscriptions: number[];
} {
  const annee = etat.annees.find((x) => x.courante)?.id ?? 1;
  const atelierId = 1;
  etat.ateliers.push({
    id: atelierId,
    annee_id: annee,
    nom: "Atelier du mardi et jeudi",
    niveau: "Débutants",
    salle: "Salle 12",
    premier_jour: "2025-10-07",
    dernier_jour: "2026-06-25",
    minutes_prevues: 120 * 60,
    effectif_min: 12,
    effectif_max: 15,
    partenaires: "",
    notes: "",
    creneaux: [],
  });
  const dates: Array<[string, boolean]> = [
    ["2025-10-07", false],
    ["2025-10-09", false],
    ["2025-10-14", false],
    ["2025-10-16", true],
  ];
  const seances = dates.map(([date, annulee], k) => {
    const id = 10 + k;
    etat.seances.push({
      id,
      atelier_id: atelierId,
      creneau_id: null,
      date,
      debut: "14:00:00",
      fin: "16:00:00",
      duree_minutes: 120,
      intervenants: [],
      axes: { langue: true, ecole: false, valeurs: false },
      theme: k === 0 ? "Se présenter" : "",
      hors_les_murs: false,
      lieu: "",
      annulee,
      motif_annulation: annulee ? "Grève" : "",
      modifiee: false,
      appel_fait: false,
      fermeture: null,
    });
    return id;
  });
  const inscriptions = PARENTS_EXEMPLE.map(([nom, prenom, translitteration, sexe, arrivee, pays], k) => {
    const pid = 200 + k;
    etat.appel.parents.push({
      id: pid,
      nom,
      prenom,
      translitteration,
      sexe,
      annee_naissance: 1985 + k,
      nationalite: pays,
      pays_origine: pays,
      langues: [],
      annee_arrivee: arrivee,
      mois_arrivee: null,
      cir: false,
      cir_annee: null,
      protection_internationale: false,
      telephone: "",
      telephone_consentement: false,
      enfants: [],
      disponibilites: "",
      notes: "",
    });
    const iid = 300 + k;
    etat.appel.inscriptions.push({
      id: iid,
      parent_id: pid,
      atelier_id: atelierId,
      atelier_nom: "Atelier du mardi et jeudi",
      inscrit_le: "2025-10-01",
      statut: "inscrit",
      parti_le: null,
      motif_depart: null,
      reinscription: false,
      entree: { oral: null, ecrit: null },
      alphabetise: null,
      parcours: null,
      sortie: { oral: null, ecrit: null },
      certifications: [],
    });
    etat.appel.marques.push({ seance_id: seances[0]!, inscription_id: iid, statut: k === 3 ? "absent" : "present", minutes_retard: 0 });
    return iid;
  });
  etat.seances.find((s) => s.id === seances[0])!.appel_fait = true;
  etat.aujourdhui = "2025-10-14";
  etat.appel.fichiers["/home/secretariat/inscrits-2024-2025.csv"] = {
    entetes: ["Nom", "Prénom", "Né(e) en", "Tél."],
    correspondances: [
      { champ: "nom", colonne: 0 },
      { champ: "prenom", colonne: 1 },
      { champ: "annee_naissance", colonne: 2 },
      { champ: "telephone", colonne: 3 },
    ],
    lignes: [
      { ligne: 2, nom: "Benali", prenom: "Karim", annee_naissance: 1979, sort: "Nouveau" },
      { ligne: 3, nom: "Diallo", prenom: "Aminata", annee_naissance: 1988, sort: "Existant" },
      { ligne: 4, nom: "Kaya", prenom: "Elif", annee_naissance: 1987, sort: "Nouveau" },
    ],
    erreurs: [],
    doublons: [{ ligne: 3, colonne: "", message: "Diallo Aminata (1988) est déjà enregistré·e : inscrit·e sans nouvelle fiche." }],
    avertissements: [{ ligne: 2, colonne: "Tél.", message: "Numéro non conservé : pas de consentement." }],
  };
  etat.appel.fichiers["/home/secretariat/liste-avec-erreurs.csv"] = {
    entetes: ["Famille", "Prénom"],
    correspondances: [{ champ: "prenom", colonne: 1 }],
    lignes: [{ ligne: 2, nom: "", prenom: "Karim", annee_naissance: null, sort: "Erreur" }],
    erreurs: [{ ligne: 2, colonne: "Famille", message: "Le nom est obligatoire." }],
    doublons: [],
    avertissements: [],
  };
  return { atelierId, seances, inscriptions };
}

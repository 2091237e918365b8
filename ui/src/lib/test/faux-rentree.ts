// The fake back end's rentrée (rentree.rs): the year's state against `etat.aujourdhui`, the
// preview (ateliers on the same weeks one year later, enrolled parents continuing) and the
// preparation (new current year, ateliers copied, parents re-enrolled; séances not simulated).

import type { AnneeScolaire, ApercuRentree, Atelier, Commandes, ErreurPublique, Inscription, Parent, RapportRentree } from "../generated/bindings";

type Garde = <T>(commande: keyof Commandes, args: unknown[], f: () => T) => Promise<T>;

interface Contexte {
  etat: {
    annees: AnneeScolaire[];
    ateliers: Atelier[];
    aujourdhui: string;
    prochainId: number;
    appel: { parents: Parent[]; inscriptions: Inscription[] };
  };
  garde: Garde;
}

const suivant = (libelle: string): string => {
  const [a, b] = libelle.split("-").map(Number);
  return `${a! + 1}-${b! + 1}`;
};
/** 52 weeks later (same weekday), as `AAAA-MM-JJ`. */
const unAnPlusTard = (iso: string): string => {
  const [a, m, j] = iso.split("-").map(Number);
  const d = new Date(Date.UTC(a!, m! - 1, j! + 364));
  return d.toISOString().slice(0, 10);
};
/** Like the core: `JJ/MM/AAAA` or `AAAA-MM-JJ`, a real calendar date. */
const date = (s: string): string | null => {
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s.trim());
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso ? iso : null;
};

export function commandesRentree({ etat, garde }: Contexte): Pick<Commandes, "annee_etat" | "rentree_apercu" | "rentree_preparer"> {
  const courante = () => etat.annees.find((a) => a.courante) ?? null;
  const apercu = (depuis: string): ApercuRentree => {
    const ancienne = etat.annees.find((a) => a.libelle === depuis);
    if (!ancienne) throw { code: "Introuvable", message: `Aucune année scolaire « ${depuis} » n'est enregistrée.`, champs: [] } satisfies ErreurPublique;
    const libelle = suivant(depuis);
    const [premier, dernier] = [`${libelle.slice(0, 4)}-09-01`, `${libelle.slice(5)}-07-02`];
    const deja_preparee = etat.annees.some((a) => a.libelle === libelle);
    const avertissements = deja_preparee ? [`L'année ${libelle} existe déjà dans ce fichier : elle ne peut pas être préparée une seconde fois.`] : [];
    return {
      depuis: { ...ancienne },
      libelle,
      premier_jour: premier,
      dernier_jour: dernier,
      calendrier_livre: true,
      deja_preparee,
      avertissements,
      ateliers: etat.ateliers
        .filter((a) => a.annee_id === ancienne.id)
        .map((a) => ({
          ancien_id: a.id,
          nom: a.nom,
          premier_jour: unAnPlusTard(a.premier_jour),
          dernier_jour: unAnPlusTard(a.dernier_jour),
          heures_prevues: `${a.minutes_prevues / 60} h`,
          creneaux: a.creneaux.map((c) => `${["", "lundi", "mardi", "mercredi", "jeudi", "vendredi"][c.jour]} ${c.debut.slice(0, 5)}–${c.fin.slice(0, 5)}`),
          continuent: etat.appel.inscriptions
            .filter((i) => i.atelier_id === a.id && i.statut === "inscrit")
            .map((i) => {
              const p = etat.appel.parents.find((x) => x.id === i.parent_id)!;
              return { inscription_id: i.id, parent_id: p.id, nom_complet: `${p.prenom} ${p.nom.toUpperCase()}` };
            }),
        })),
    };
  };
  return {
    annee_etat: () =>
      garde("annee_etat", [], () => {
        const c = courante();
        return { courante: c ? { ...c } : null, terminee: !!c && etat.aujourdhui > c.dernier_jour, suivante: c ? suivant(c.libelle) : null };
      }),
    rentree_apercu: (depuis) => garde("rentree_apercu", [depuis], () => apercu(depuis)),
    rentree_preparer: (choix) =>
      garde("rentree_preparer", [choix], (): RapportRentree => {
        const a = apercu(choix.depuis);
        if (a.deja_preparee) throw { code: "Conflit", message: `L'année ${a.libelle} existe déjà : rien n'a été écrit.`, champs: [] } satisfies ErreurPublique;
        const [p, d] = [date(choix.premier_jour), date(choix.dernier_jour)];
        const champs = [
          ...(p ? [] : [{ champ: "premier_jour", message: "Date invalide : écrivez-la comme 01/09/2025." }]),
          ...(d ? [] : [{ champ: "dernier_jour", message: "Date invalide : écrivez-la comme 01/09/2025." }]),
          ...(p && d && d <= p ? [{ champ: "dernier_jour", message: "Le dernier jour doit venir après le premier." }] : []),
        ];
        if (champs.length > 0) throw { code: "Validation", message: champs.map((c) => c.message).join(" "), champs } satisfies ErreurPublique;
        for (const y of etat.annees) y.courante = false;
        const annee: AnneeScolaire = { id: etat.prochainId++, libelle: a.libelle, premier_jour: p!, dernier_jour: d!, courante: true };
        etat.annees.unshift(annee);
        let reinscrits = 0;
        for (const x of a.ateliers.filter((x) => choix.ateliers.includes(x.ancien_id))) {
          const ancien = etat.ateliers.find((y) => y.id === x.ancien_id)!;
          const id = etat.prochainId++;
          etat.ateliers.push({ ...structuredClone(ancien), id, annee_id: annee.id, premier_jour: x.premier_jour, dernier_jour: x.dernier_jour });
          for (const c of x.continuent.filter((c) => choix.reinscriptions.includes(c.inscription_id))) {
            const i = etat.appel.inscriptions.find((y) => y.id === c.inscription_id)!;
            etat.appel.inscriptions.push({ ...structuredClone(i), id: etat.prochainId++, atelier_id: id, inscrit_le: x.premier_jour, reinscription: true });
            reinscrits++;
          }
        }
        return { annee: { ...annee }, ateliers: choix.ateliers.length, seances: 0, reinscriptions: reinscrits };
      }),
  };
}

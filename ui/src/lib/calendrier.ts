// Month grids for the calendar view: weeks start on Monday, dates stay `AAAA-MM-JJ` (no time
// zone ever enters: days are counted on the calendar).

/** `AAAA-MM` of a date or a month. */
export type Mois = string;

export interface Case {
  /** `AAAA-MM-JJ`. */
  date: string;
  /** Day of the month, 1–31. */
  jour: number;
  /** False for the days of the previous or next month that fill the first and last week. */
  dansLeMois: boolean;
  /** 1 = lundi … 7 = dimanche. */
  jourSemaine: number;
}

const p2 = (n: number) => String(n).padStart(2, "0");

function joursDansMois(annee: number, mois: number): number {
  return new Date(Date.UTC(annee, mois, 0)).getUTCDate();
}

function lireMois(mois: Mois): [number, number] {
  const m = /^(\d{4})-(\d{2})/.exec(mois);
  if (!m) throw new Error(`mois invalide : ${mois}`);
  return [Number(m[1]), Number(m[2])];
}

/** `2025-12` + 1 → `2026-01`. */
export function decalerMois(mois: Mois, n: number): Mois {
  const [a, m] = lireMois(mois);
  const total = a * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${p2((total % 12) + 1)}`;
}

/** Every month from the month of `du` to the month of `au`, inclusive. */
export function moisEntre(du: string, au: string): Mois[] {
  const debut = du.slice(0, 7);
  const fin = au.slice(0, 7);
  const v: Mois[] = [];
  for (let m = debut; m <= fin && v.length < 240; m = decalerMois(m, 1)) v.push(m);
  return v;
}

/** The weeks (Monday → Sunday) covering a month; days of the neighbouring months fill the edges. */
export function grilleMois(mois: Mois): Case[][] {
  const [a, m] = lireMois(mois);
  const premier = new Date(Date.UTC(a, m - 1, 1));
  const decalage = (premier.getUTCDay() + 6) % 7; // Monday = 0
  const n = joursDansMois(a, m);
  const nbCases = Math.ceil((decalage + n) / 7) * 7;
  const semaines: Case[][] = [];
  for (let i = 0; i < nbCases; i++) {
    const d = new Date(Date.UTC(a, m - 1, 1 - decalage + i));
    const c: Case = {
      date: `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
      jour: d.getUTCDate(),
      dansLeMois: d.getUTCMonth() === m - 1,
      jourSemaine: (i % 7) + 1,
    };
    if (i % 7 === 0) semaines.push([]);
    semaines[semaines.length - 1]!.push(c);
  }
  return semaines;
}

/** `AAAA-MM-JJ` shifted by `n` days. */
export function decalerJour(date: string, n: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + n));
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

/** Every day from `du` to `au` inclusive (for holiday ranges). */
export function joursEntre(du: string, au: string): string[] {
  const v: string[] = [];
  for (let d = du; d <= au && v.length < 800; d = decalerJour(d, 1)) v.push(d);
  return v;
}

/** Short weekday headers, Monday first. */
export const ENTETES_SEMAINE = [
  { court: "lun.", long: "lundi" },
  { court: "mar.", long: "mardi" },
  { court: "mer.", long: "mercredi" },
  { court: "jeu.", long: "jeudi" },
  { court: "ven.", long: "vendredi" },
  { court: "sam.", long: "samedi" },
  { court: "dim.", long: "dimanche" },
] as const;

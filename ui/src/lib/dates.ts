// Dates travel as `AAAA-MM-JJ` (local dates, never converted to UTC) and are shown as `JJ/MM/AAAA`.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-09-01` → `01/09/2025`; anything else is returned unchanged. */
export function dateFr(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const JOURS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** `2025-09-01` → `lundi 1er septembre 2025` (computed on the calendar date, no time zone). */
export function dateLongue(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [a, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const jour = new Date(Date.UTC(a, mo - 1, j)).getUTCDay();
  return `${JOURS[jour]} ${j === 1 ? "1er" : j} ${MOIS[mo - 1]} ${a}`;
}

/** `14:00:00` or `14:00` (how chrono sends a `NaiveTime`) → `14:00`. */
export function heure(t: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(t);
  return m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : t;
}

/** `14:00:00`, `16:00:00` → `14:00–16:00`. */
export function horaire(debut: string, fin: string): string {
  return `${heure(debut)}–${heure(fin)}`;
}

/** Minutes as French people read a duration: `120` → `2 h`, `90` → `1 h 30`, `45` → `0 h 45`. */
export function duree(minutes: number): string {
  const signe = minutes < 0 ? "−" : "";
  const m = Math.abs(Math.round(minutes));
  const [h, r] = [Math.floor(m / 60), m % 60];
  return r === 0 ? `${signe}${h} h` : `${signe}${h} h ${String(r).padStart(2, "0")}`;
}

/** `2025-10` → `octobre 2025`. */
export function moisLong(mois: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(mois);
  if (!m) return mois;
  return `${MOIS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Weekday of a calendar date, 1 = lundi … 7 = dimanche (ISO). */
export function jourIso(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return 0;
  const j = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return j === 0 ? 7 : j;
}

/** Today as `AAAA-MM-JJ`, local date (no UTC conversion). */
export function aujourdhui(maintenant: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${maintenant.getFullYear()}-${p(maintenant.getMonth() + 1)}-${p(maintenant.getDate())}`;
}

/**
 * Reads a date as a French person types it — `05/12/2026`, `5/12/2026`, `05.12.2026`,
 * `05-12-2026`, `5 12 2026` — or as ISO `2026-12-05`; returns `AAAA-MM-JJ`, or `null` when it
 * is not a real calendar date (31/02, 13th month, two-digit year…).
 */
export function lireDateSaisie(texte: string): string | null {
  const s = texte.trim();
  let a: number, mo: number, j: number;
  const iso = ISO.exec(s);
  const fr = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/.exec(s);
  if (iso) [a, mo, j] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (fr) [j, mo, a] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  else return null;
  const d = new Date(Date.UTC(a, mo - 1, j));
  if (a < 1900 || d.getUTCFullYear() !== a || d.getUTCMonth() !== mo - 1 || d.getUTCDate() !== j) return null;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${a}-${p(mo)}-${p(j)}`;
}

/** `2026-12-05` → `5 décembre 2026` (`1er` for the first day of a month). */
export function dateEnLettres(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const j = Number(m[3]);
  return `${j === 1 ? "1er" : j} ${MOIS[Number(m[2]) - 1]} ${m[1]}`;
}

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

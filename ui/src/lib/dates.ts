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

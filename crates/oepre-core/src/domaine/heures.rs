//! Hours attended, hours delivered and attendance rate: **the one definition**, used by every
//! screen, document and export. Do not recompute these anywhere else.
//!
//! For one enrolment (inscription) of a parent in an atelier:
//! - **Counted séances**: the non-cancelled séances of its atelier dated on or after
//!   `inscrit_le` and, if the parent left, on or before `parti_le`. A waiting-list enrolment
//!   counts no séance at all. Séances before the enrolment or after the leaving date do not
//!   count, whatever marks they may carry.
//! - **Hours delivered** = sum of the durations (end − start) of the counted séances for which
//!   this enrolment has a mark. No mark means « appel pas encore fait »: the séance is neither
//!   delivered nor an absence for this parent.
//! - **Hours attended** = over the same séances: présent·e → the full duration; en retard →
//!   duration − minutes late (never below 0); absent·e and excusé·e → 0.
//! - **Rate** = attended ÷ delivered, `None` when nothing was delivered yet.
//!
//! For an atelier, a séance's roll call is **taken** once it has at least one mark; the
//! atelier's hours delivered are the durations of its non-cancelled séances whose roll call
//! is taken (computed with the other atelier totals in `seance.rs`).
//!
//! Everything is computed in minutes (integers) by [`par_inscription`], whatever the scope
//! (one enrolment, a parent, an atelier, everyone); [`Heures::taux`] is the only division and
//! [`formater`] / [`formater_taux`] the only roundings, for display.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Resultat;

/// Duration of a séance in minutes, in SQL (times stored as `HH:MM` or `HH:MM:SS`).
pub(crate) const DUREE_SQL: &str = "((CAST(substr(s.fin, 1, 2) AS INTEGER) * 60 + CAST(substr(s.fin, 4, 2) AS INTEGER))
      - (CAST(substr(s.debut, 1, 2) AS INTEGER) * 60 + CAST(substr(s.debut, 4, 2) AS INTEGER)))";

/// Hours of one enrolment, see the module documentation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Heures {
    /// Hours attended, in minutes.
    #[ts(type = "number")]
    pub minutes_suivies: i64,
    /// Hours delivered, in minutes.
    #[ts(type = "number")]
    pub minutes_dispensees: i64,
    /// attended ÷ delivered, between 0 and 1; `None` when nothing was delivered.
    pub taux: Option<f64>,
    /// Counted séances (delivered or not yet taken).
    #[ts(type = "number")]
    pub seances_comptees: i64,
    /// Counted séances without a mark for this parent (roll call not taken yet), future
    /// séances included; for late roll calls see [`crate::domaine::presence::appels_non_faits`].
    #[ts(type = "number")]
    pub seances_non_prises: i64,
    /// First séance attended (présent·e or en retard), for the attestation.
    pub premiere_seance: Option<NaiveDate>,
    /// Last séance attended.
    pub derniere_seance: Option<NaiveDate>,
}

/// Which enrolments to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Portee {
    /// Every enrolment.
    Tout,
    /// The enrolments of one atelier.
    Atelier(i64),
    /// The enrolments of one parent.
    Parent(i64),
    /// One enrolment.
    Inscription(i64),
}

/// Hours of every enrolment in scope, by enrolment id (waiting-list enrolments: all zero).
///
/// Three plain queries (enrolments, non-cancelled séances, marks of the scope) and one pass
/// over the marks in Rust. A single SQL aggregate joining marks, séances and enrolments was
/// measured 5 to 10 times slower on 80 000 marks (see `docs/performance.md`).
pub fn par_inscription(conn: &Connection, portee: &Portee) -> Resultat<HashMap<i64, Heures>> {
    calculer(conn, portee, None, None)
}

/// Same as [`par_inscription`], counting only the séances dated `du..=au` (a term of the point
/// trimestriel, [`crate::domaine::trimestre`]): the same rule, on fewer séances.
pub fn par_inscription_entre(conn: &Connection, portee: &Portee, du: NaiveDate, au: NaiveDate) -> Resultat<HashMap<i64, Heures>> {
    calculer(conn, portee, Some((du, au)), None)
}

/// Hours attended and delivered in one calendar month, summed over the enrolments of a scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AssiduiteMois {
    /// `2025-10`.
    pub mois: String,
    /// Hours attended that month, minutes.
    #[ts(type = "number")]
    pub minutes_suivies: i64,
    /// Hours delivered that month, minutes.
    #[ts(type = "number")]
    pub minutes_dispensees: i64,
}

impl AssiduiteMois {
    /// attended ÷ delivered; `None` when nothing was delivered that month.
    pub fn taux(&self) -> Option<f64> {
        (self.minutes_dispensees > 0).then(|| self.minutes_suivies as f64 / self.minutes_dispensees as f64)
    }
}

/// [`par_inscription`], and in the same pass the same hours summed per calendar month of the
/// séance (the bilan's attendance chart); months in order, those with nothing delivered left
/// out. The months' sums equal the sums over the enrolments.
pub fn par_inscription_et_mois(conn: &Connection, portee: &Portee) -> Resultat<(HashMap<i64, Heures>, Vec<AssiduiteMois>)> {
    let mut mois: BTreeMap<(i32, u32), (i64, i64)> = BTreeMap::new();
    let heures = calculer(conn, portee, None, Some(&mut mois))?;
    let mois = mois
        .into_iter()
        .filter(|(_, (_, d))| *d > 0)
        .map(|((a, m), (s, d))| AssiduiteMois { mois: format!("{a:04}-{m:02}"), minutes_suivies: s, minutes_dispensees: d })
        .collect();
    Ok((heures, mois))
}

/// Minutes (attended, delivered) per (year, month).
type ParMois = BTreeMap<(i32, u32), (i64, i64)>;

/// The hours of the scope; with `fenetre`, only the séances dated in it count (neither delivered
/// nor attended outside); with `mois`, the same minutes are also summed per month.
fn calculer(conn: &Connection, portee: &Portee, fenetre: Option<(NaiveDate, NaiveDate)>, mut mois: Option<&mut ParMois>) -> Resultat<HashMap<i64, Heures>> {
    let (filtre, id) = match *portee {
        Portee::Tout => ("?1 = 0", 0),
        Portee::Atelier(id) => ("i.atelier_id = ?1", id),
        Portee::Parent(id) => ("i.parent_id = ?1", id),
        Portee::Inscription(id) => ("i.id = ?1", id),
    };
    // 1. Enrolments: their window of counted séances (none for the waiting list).
    struct Fenetre {
        atelier: i64,
        du: NaiveDate,
        au: Option<NaiveDate>,
        attente: bool,
    }
    let mut inscriptions: Index<(Fenetre, Heures)> = Index::default();
    let mut ids = Vec::new();
    let mut stmt = conn.prepare_cached(&format!("SELECT i.id, i.atelier_id, i.inscrit_le, i.parti_le, i.statut = 'attente' FROM inscription i WHERE {filtre}"))?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        ids.push(id);
        inscriptions.insert(id, (Fenetre { atelier: r.get(1)?, du: r.get(2)?, au: r.get(3)?, attente: r.get(4)? }, Heures::default()));
    }
    // 2. Non-cancelled séances of the ateliers concerned: date and duration; dates sorted by atelier.
    let mut seances: Index<(NaiveDate, i64)> = Index::default();
    let mut dates: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT s.id, s.atelier_id, s.date, {DUREE_SQL} FROM seance s
         WHERE s.annulee = 0 AND s.atelier_id IN (SELECT i.atelier_id FROM inscription i WHERE {filtre})
         ORDER BY s.atelier_id, s.date"
    ))?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let date: NaiveDate = r.get(2)?;
        if fenetre.is_some_and(|(du, au)| date < du || date > au) {
            continue; // outside the window: neither delivered nor counted
        }
        seances.insert(r.get(0)?, (date, r.get(3)?));
        dates.entry(r.get(1)?).or_default().push(date);
    }
    // 3. Marks: only those of counted séances count.
    let sql = match portee {
        Portee::Tout => "SELECT p.inscription_id, p.seance_id, p.statut, p.minutes_retard FROM presence p WHERE ?1 = 0".to_owned(),
        _ => format!(
            "SELECT p.inscription_id, p.seance_id, p.statut, p.minutes_retard
             FROM inscription i JOIN presence p ON p.inscription_id = i.id WHERE {filtre}"
        ),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let inscription: i64 = r.get(0)?;
        let (Some((f, h)), Some(&(date, duree))) = (inscriptions.get_mut(inscription), seances.get(r.get::<_, i64>(1)?)) else {
            continue; // cancelled séance
        };
        if f.attente || date < f.du || f.au.is_some_and(|au| date > au) {
            continue; // before the enrolment or after the leaving date
        }
        let (suivies, venu) = match r.get_ref(2)?.as_bytes().map_err(rusqlite::Error::from)? {
            b"present" => (duree, true),
            b"retard" => ((duree - r.get::<_, i64>(3)?).max(0), true),
            _ => (0, false),
        };
        h.minutes_dispensees += duree;
        h.minutes_suivies += suivies;
        if let Some(m) = mois.as_mut() {
            let e = m.entry((date.year(), date.month())).or_default();
            e.0 += suivies;
            e.1 += duree;
        }
        h.seances_non_prises -= 1; // marked; the counted séances are added below
        if venu {
            h.premiere_seance = Some(h.premiere_seance.map_or(date, |d| d.min(date)));
            h.derniere_seance = Some(h.derniere_seance.map_or(date, |d| d.max(date)));
        }
    }
    let mut heures = HashMap::with_capacity(ids.len());
    for id in ids {
        let Some((f, mut h)) = inscriptions.take(id) else { continue };
        let comptees = match dates.get(&f.atelier) {
            Some(d) if !f.attente => {
                let debut = d.partition_point(|x| *x < f.du);
                let fin = f.au.map_or(d.len(), |au| d.partition_point(|x| *x <= au));
                fin.saturating_sub(debut) as i64
            }
            _ => 0,
        };
        h.seances_comptees = comptees;
        h.seances_non_prises += comptees;
        h.taux = (h.minutes_dispensees > 0).then(|| h.minutes_suivies as f64 / h.minutes_dispensees as f64);
        heures.insert(id, h);
    }
    Ok(heures)
}

/// Row id → value, in a vector when ids are dense (they are: SQLite hands them out in order),
/// else in a hash map. Looking up 80 000 marks' séances is then a few milliseconds.
struct Index<T> {
    dense: Vec<Option<T>>,
    epars: HashMap<i64, T>,
}

impl<T> Default for Index<T> {
    fn default() -> Self {
        Self { dense: Vec::new(), epars: HashMap::new() }
    }
}

impl<T> Index<T> {
    const MAX_DENSE: i64 = 1 << 24;
    fn insert(&mut self, id: i64, v: T) {
        if (0..Self::MAX_DENSE).contains(&id) {
            let i = id as usize;
            if self.dense.len() <= i {
                self.dense.resize_with(i + 1, || None);
            }
            self.dense[i] = Some(v);
        } else {
            self.epars.insert(id, v);
        }
    }
    fn get_mut(&mut self, id: i64) -> Option<&mut T> {
        if (0..Self::MAX_DENSE).contains(&id) {
            self.dense.get_mut(id as usize).and_then(Option::as_mut)
        } else {
            self.epars.get_mut(&id)
        }
    }
    fn take(&mut self, id: i64) -> Option<T> {
        if (0..Self::MAX_DENSE).contains(&id) {
            self.dense.get_mut(id as usize).and_then(Option::take)
        } else {
            self.epars.remove(&id)
        }
    }
    fn get(&self, id: i64) -> Option<&T> {
        if (0..Self::MAX_DENSE).contains(&id) {
            self.dense.get(id as usize).and_then(Option::as_ref)
        } else {
            self.epars.get(&id)
        }
    }
}

/// Hours of one enrolment.
pub fn inscription(conn: &Connection, inscription_id: i64) -> Resultat<Heures> {
    Ok(par_inscription(conn, &Portee::Inscription(inscription_id))?.remove(&inscription_id).unwrap_or_default())
}

/// Minutes as people read them (`90` → « 1 h 30 »): [`crate::commun::texte::heures_fr`].
pub use crate::commun::texte::heures_fr as formater;

/// A rate as a French percentage: `Some(0.8333)` → « 83 % », `None` → « — ».
pub fn formater_taux(taux: Option<f64>) -> String {
    match taux {
        Some(t) => format!("{} %", (t * 100.0).round() as i64),
        None => "—".into(),
    }
}

pub use crate::commun::calendrier::duree_minutes;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domaine::presence::{self, SaisieMarque, StatutPresence::*};
    use crate::test_support::*;
    use crate::Db;

    /// Seven 2-hour séances (09:00–11:00); the third is cancelled, the last not taken yet.
    fn seances(db: &mut Db, atelier: i64) -> [i64; 7] {
        let dates = ["2025-10-06", "2025-10-13", "2025-10-20", "2025-11-03", "2026-03-02", "2026-03-16", "2026-03-23"];
        let ids = dates.map(|d| seance_test(db, atelier, d, "09:00", "11:00"));
        db.conn().execute("UPDATE seance SET annulee = 1, motif_annulation = 'grève' WHERE id = ?1", [ids[2]]).unwrap();
        ids
    }

    fn marque(db: &mut Db, s: i64, i: i64, st: crate::domaine::presence::StatutPresence, min: u32) {
        presence::marquer(db, &SaisieMarque { seance_id: s, inscription_id: i, statut: Some(st), minutes_retard: Some(min) }).unwrap();
    }

    /// A mark written behind the rules' back (what an old file or a bug could hold).
    fn marque_forcee(db: &mut Db, s: i64, i: i64, st: &str, min: i64) {
        db.conn().execute("INSERT OR REPLACE INTO presence VALUES (?1, ?2, ?3, ?4)", rusqlite::params![s, i, st, min]).unwrap();
    }

    #[test]
    fn heures_et_taux_calcules_a_la_main() {
        let mut db = Db::en_memoire().unwrap();
        let at = atelier_test(&mut db);
        let s = seances(&mut db, at);
        let pa = parent_test(&mut db, "A", "a");
        let pb = parent_test(&mut db, "B", "b");
        let pc = parent_test(&mut db, "C", "c");
        let pd = parent_test(&mut db, "D", "d");
        let pe = parent_test(&mut db, "E", "e");
        let a = inscrire_test(&mut db, pa, at, "2025-10-01");
        let b = inscrire_test(&mut db, pb, at, "2025-11-01"); // enrolled mid-year
        let c = inscrire_test(&mut db, pc, at, "2025-10-01"); // leaves in March
        let d = db.transaction(|tx| crate::domaine::inscription::inserer(tx, pd, at, jour("2025-10-01"), crate::domaine::inscription::StatutInscription::Attente)).unwrap();
        let e = inscrire_test(&mut db, pe, at, "2025-10-01"); // never marked

        // A: présent 120, retard 30 → 90, séance annulée (mark ignored), excusé 0, absent 0, présent 120, not taken.
        marque(&mut db, s[0], a, Present, 0);
        marque(&mut db, s[1], a, Retard, 30);
        marque_forcee(&mut db, s[2], a, "present", 0);
        marque(&mut db, s[3], a, Excuse, 0);
        marque(&mut db, s[4], a, Absent, 0);
        marque(&mut db, s[5], a, Present, 0);
        // B: séances before 1 Nov do not count, even with a mark; a lateness longer than the séance floors at 0.
        marque_forcee(&mut db, s[0], b, "absent", 0);
        marque(&mut db, s[3], b, Present, 0);
        marque_forcee(&mut db, s[4], b, "retard", 150);
        marque(&mut db, s[5], b, Present, 0);
        // C: leaves on 10 March for work; a mark after that does not count.
        for &x in &s[..2] {
            marque(&mut db, x, c, Present, 0);
        }
        marque(&mut db, s[3], c, Present, 0);
        marque(&mut db, s[4], c, Absent, 0);
        crate::domaine::inscription::quitter(
            &mut db,
            c,
            &crate::domaine::inscription::SaisieDepart { parti_le: "10/03/2026".into(), motif: Some(crate::domaine::inscription::MotifDepart::Travail) },
        )
        .unwrap();
        marque_forcee(&mut db, s[5], c, "present", 0);

        let h = par_inscription(db.conn(), &Portee::Atelier(at)).unwrap();
        let ha = &h[&a];
        assert_eq!((ha.minutes_suivies, ha.minutes_dispensees), (330, 600), "A : 120 + 90 + 0 + 0 + 120 sur 5 × 120");
        assert_eq!(ha.taux, Some(0.55));
        assert_eq!((ha.seances_comptees, ha.seances_non_prises), (6, 1), "la séance annulée ne compte pas, la dernière n'est pas prise");
        assert_eq!((ha.premiere_seance, ha.derniere_seance), (Some(jour("2025-10-06")), Some(jour("2026-03-16"))));
        let hb = &h[&b];
        assert_eq!((hb.minutes_suivies, hb.minutes_dispensees), (240, 360), "B : inscrit le 1er novembre");
        assert_eq!(formater_taux(hb.taux), "67 %");
        let hc = &h[&c];
        assert_eq!((hc.minutes_suivies, hc.minutes_dispensees), (360, 480), "C : rien après le départ du 10 mars");
        assert_eq!((hc.seances_comptees, hc.seances_non_prises), (4, 0));
        assert_eq!(hc.taux, Some(0.75));
        assert_eq!(h[&d], Heures::default(), "liste d'attente : rien ne compte");
        let he = &h[&e];
        assert_eq!((he.minutes_dispensees, he.taux, he.seances_non_prises), (0, None, 6), "appel pas fait ≠ absent");
        assert_eq!(inscription(db.conn(), a).unwrap(), *ha);
        assert_eq!(par_inscription(db.conn(), &Portee::Parent(pb)).unwrap()[&b], *hb);
        assert_eq!(par_inscription(db.conn(), &Portee::Tout).unwrap().len(), 5);
        assert_eq!(formater(330), "5 h 30");
        assert_eq!(formater(600), "10 h");
    }
}

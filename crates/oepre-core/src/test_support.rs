//! Fixtures for the tests of the parents, enrolments and attendance modules: ateliers and
//! séances are inserted with plain SQL so these tests do not depend on the atelier module.

use chrono::NaiveDate;
use rusqlite::params;

use crate::Db;

/// A date from `AAAA-MM-JJ`.
pub(crate) fn jour(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The current year 2025-2026 and one atelier in it (id returned).
pub(crate) fn atelier_test(db: &mut Db) -> i64 {
    let c = db.conn();
    c.execute(
        "INSERT OR IGNORE INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)",
        [],
    )
    .unwrap();
    let annee: i64 = c.query_row("SELECT id FROM annee_scolaire WHERE libelle = '2025-2026'", [], |r| r.get(0)).unwrap();
    let n: i64 = c.query_row("SELECT count(*) FROM atelier", [], |r| r.get(0)).unwrap();
    c.execute(
        "INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, ?2, '2025-10-01', '2026-06-30', 7200)",
        params![annee, format!("Atelier {}", n + 1)],
    )
    .unwrap();
    c.last_insert_rowid()
}

/// A séance of `atelier` on `date` from `debut` to `fin` (`HH:MM`).
pub(crate) fn seance_test(db: &mut Db, atelier: i64, date: &str, debut: &str, fin: &str) -> i64 {
    db.conn()
        .execute(
            "INSERT INTO seance (atelier_id, date, debut, fin) VALUES (?1, ?2, ?3, ?4)",
            params![atelier, date, format!("{debut}:00"), format!("{fin}:00")],
        )
        .unwrap();
    db.conn().last_insert_rowid()
}

/// A parent with just a name.
pub(crate) fn parent_test(db: &mut Db, nom: &str, prenom: &str) -> i64 {
    crate::domaine::parent::creer(db, &crate::domaine::parent::SaisieParent { nom: nom.into(), prenom: prenom.into(), ..Default::default() }).unwrap().id
}

/// Enrols `parent` in `atelier` on `date` (status inscrit).
pub(crate) fn inscrire_test(db: &mut Db, parent: i64, atelier: i64, date: &str) -> i64 {
    db.transaction(|tx| crate::domaine::inscription::inserer(tx, parent, atelier, jour(date), crate::domaine::inscription::StatutInscription::Inscrit)).unwrap()
}

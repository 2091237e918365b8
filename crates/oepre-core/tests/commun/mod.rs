//! Fixtures shared by the integration tests (`mod commun;` at the top of a test file).

use oepre_core::Db;

/// An in-memory base with the current year 2025-2026 and one atelier (id returned) starting on
/// 1 October 2025.
pub fn base() -> (Db, i64) {
    let db = Db::en_memoire().unwrap();
    db.conn()
        .execute_batch(
            "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1);
             INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (1, 'Mardi matin', '2025-10-01', '2026-06-30', 7200);",
        )
        .unwrap();
    (db, 1)
}

/// Rows in `table`.
pub fn nombre(db: &Db, table: &str) -> i64 {
    db.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

//! The database schema: an ordered, append-only list of migration steps.
//!
//! ## Checklist to change the schema (add a table, a column, an index)
//! 1. Write `sql/NNN_what.sql` with the next number. Create tables `STRICT`, add an index on
//!    every foreign key, and make the step complete on its own.
//! 2. Append it to [`MIGRATIONS`]. **Never edit or reorder a shipped step**: its text is
//!    fingerprinted in the table `migration_appliquee`, and a changed step refuses to open.
//! 3. Run `cargo test -p oepre-core`: `schema_migre_pas_a_pas_egale_schema_neuf` upgrades a
//!    file step by step and compares it with a fresh one (`sqlite_master`, column by column).
//! 4. Write the feature's queries in its own module (see `etablissement.rs`).
//!
//! All pending steps run in one transaction (all or nothing), after a copy of the file is
//! taken (see [`crate::stockage::db`]).

use rusqlite::Connection;

use crate::Resultat;

/// One step of the schema.
#[derive(Debug)]
pub struct Migration {
    /// `PRAGMA user_version` after this step.
    pub version: u32,
    /// Short name, for people.
    pub nom: &'static str,
    /// The SQL of the step.
    pub sql: &'static str,
}

/// Every step, in order. Append only.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        nom: "etablissement et annees scolaires",
        sql: include_str!("../../sql/001_etablissement.sql"),
    },
    Migration {
        version: 2,
        nom: "intervenants, ateliers, creneaux, seances",
        sql: include_str!("../../sql/002_ateliers_seances.sql"),
    },
    Migration {
        version: 3,
        nom: "parents, inscriptions, presences, journal",
        sql: include_str!("../../sql/003_parents_presences.sql"),
    },
    Migration {
        version: 4,
        nom: "bilan qualitatif et financier",
        sql: include_str!("../../sql/004_bilan.sql"),
    },
    Migration {
        version: 5,
        nom: "protection des donnees",
        sql: include_str!("../../sql/005_protection_donnees.sql"),
    },
    Migration {
        version: 6,
        nom: "mois d'arrivee (public prioritaire)",
        sql: include_str!("../../sql/006_public_prioritaire.sql"),
    },
    Migration {
        version: 7,
        nom: "parcours des parents (orientation, attentes, suite)",
        sql: include_str!("../../sql/007_parcours_parents.sql"),
    },
    Migration {
        version: 8,
        nom: "indicateurs de suivi de la charte ecole-parents",
        sql: include_str!("../../sql/008_suivi_ecole_famille.sql"),
    },
];

/// The schema version this build writes.
pub const VERSION_COURANTE: u32 = MIGRATIONS.len() as u32;

/// `PRAGMA application_id` of our files ("OEPR" in ASCII).
pub const APPLICATION_ID: i32 = 0x4F45_5052;

/// A stable fingerprint of a step's text (FNV-1a 64), stored when the step is applied.
pub fn empreinte(sql: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in sql.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Applies every step after `depuis` up to `jusqu_a`, in one transaction.
pub(crate) fn migrer(conn: &mut Connection, depuis: u32, jusqu_a: u32) -> Resultat<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
    for m in MIGRATIONS.iter().filter(|m| m.version > depuis && m.version <= jusqu_a) {
        tx.execute_batch(m.sql)?;
        tx.execute(
            "INSERT INTO migration_appliquee (version, nom, empreinte) VALUES (?1, ?2, ?3)",
            rusqlite::params![m.version, m.nom, empreinte(m.sql)],
        )?;
        tx.pragma_update(None, "user_version", m.version)?;
    }
    tx.commit()?;
    Ok(())
}

/// Refuses a file whose applied steps differ from the shipped text.
pub(crate) fn verifier_empreintes(conn: &Connection) -> Resultat<()> {
    let mut stmt = conn.prepare("SELECT version, empreinte FROM migration_appliquee ORDER BY version")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (version, stockee) = row?;
        let attendue = MIGRATIONS.iter().find(|m| m.version == version).map(|m| empreinte(m.sql));
        if attendue.as_deref() != Some(stockee.as_str()) {
            return Err(crate::Erreur::MigrationModifiee { version });
        }
    }
    Ok(())
}

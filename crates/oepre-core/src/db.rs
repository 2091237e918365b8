//! Opening the one SQLite file: where it lives, how it is prepared, what is refused.
//!
//! - Path: `--db PATH`, else `OEPRE_DB`, else [`chemin_par_defaut`] in the OS app-data folder.
//! - Refused and left byte-for-byte untouched: a file that is not SQLite, a SQLite file of
//!   another application, a file written by a newer version of this app.
//! - Prepared the same way every time: WAL, `foreign_keys=ON`, `synchronous=FULL` (a PC switched
//!   off right after a save keeps the save), a busy timeout.
//! - Before any migration of an existing file, a consistent copy is written next to it in
//!   `sauvegardes/` with SQLite's online backup API.
//! - One user action = one [`Db::transaction`].

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::schema::{self, APPLICATION_ID, VERSION_COURANTE};
use crate::{Erreur, Resultat};

/// Tauri identifier of the app, also the name of its folder in the OS app-data directory.
pub const IDENTIFIANT_APP: &str = "fr.oepre.ateliers";

/// Environment variable that overrides the data file (tests, scripts).
pub const VARIABLE_DB: &str = "OEPRE_DB";

/// `~/.local/share/fr.oepre.ateliers/oepre.sqlite` on Linux, the equivalent elsewhere.
pub fn chemin_par_defaut() -> PathBuf {
    dossier_donnees().join("oepre.sqlite")
}

/// The app-data folder (`~/.local/share/fr.oepre.ateliers` on Linux).
pub fn dossier_donnees() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(IDENTIFIANT_APP)
}

/// The data file to use: the explicit path, else `OEPRE_DB`, else the default.
pub fn resoudre_chemin(explicite: Option<PathBuf>) -> PathBuf {
    explicite
        .or_else(|| std::env::var_os(VARIABLE_DB).filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(chemin_par_defaut)
}

/// An open, migrated database.
pub struct Db {
    conn: Connection,
    chemin: PathBuf,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("chemin", &self.chemin).finish()
    }
}

const ENTETE_SQLITE: &[u8; 16] = b"SQLite format 3\0";

impl Db {
    /// Opens (or creates) the data file at `chemin`, refusing foreign or newer files, then
    /// brings it to the current schema.
    pub fn ouvrir(chemin: &Path) -> Resultat<Db> {
        let version = inspecter(chemin)?;
        if let Some(dossier) = chemin.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dossier)
                .map_err(|source| Erreur::Fichier { chemin: dossier.to_owned(), source })?;
        }
        let mut conn = Connection::open(chemin)?;
        preparer(&conn)?;
        if version > 0 && version < VERSION_COURANTE {
            copier_avant_migration(&conn, chemin, version)?;
        }
        schema::migrer(&mut conn, version, VERSION_COURANTE)?;
        schema::verifier_empreintes(&conn)?;
        Ok(Db { conn, chemin: chemin.to_owned() })
    }

    /// A fresh database in memory, for tests and benchmarks.
    pub fn en_memoire() -> Resultat<Db> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrer(&mut conn, 0, VERSION_COURANTE)?;
        Ok(Db { conn, chemin: PathBuf::from(":memory:") })
    }

    /// The file this database lives in.
    pub fn chemin(&self) -> &Path {
        &self.chemin
    }

    /// Read access.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs one user action in one transaction: all of it is saved, or none.
    pub fn transaction<T>(&mut self, action: impl FnOnce(&Transaction<'_>) -> Resultat<T>) -> Resultat<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let resultat = action(&tx)?;
        tx.commit()?;
        Ok(resultat)
    }
}

impl Db {
    /// Runs `action` in a transaction that is always rolled back: a dry run that computes what
    /// an action would do (e.g. the calendar preview of an atelier not saved yet) and writes nothing.
    pub fn essai<T>(&mut self, action: impl FnOnce(&Transaction<'_>) -> Resultat<T>) -> Resultat<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let resultat = action(&tx);
        tx.rollback()?;
        resultat
    }
}

/// A setting of the school (table `parametre`), `None` when never set.
pub fn parametre(conn: &Connection, cle: &str) -> Resultat<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn.query_row("SELECT valeur FROM parametre WHERE cle = ?1", [cle], |r| r.get(0)).optional()?)
}

/// Sets a setting (inside the caller's transaction: pass the `Transaction`).
pub fn definir_parametre(conn: &Connection, cle: &str, valeur: &str) -> Resultat<()> {
    conn.execute(
        "INSERT INTO parametre (cle, valeur) VALUES (?1, ?2) ON CONFLICT (cle) DO UPDATE SET valeur = excluded.valeur",
        [cle, valeur],
    )?;
    Ok(())
}

/// Reads the file's schema version without writing anything, refusing what we must not open.
/// Returns 0 for a missing or empty file.
fn inspecter(chemin: &Path) -> Resultat<u32> {
    let taille = match std::fs::metadata(chemin) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(source) => return Err(Erreur::Fichier { chemin: chemin.to_owned(), source }),
    };
    if taille == 0 {
        return Ok(0);
    }
    let mut entete = [0u8; 16];
    let lu = std::fs::File::open(chemin)
        .and_then(|mut f| f.read_exact(&mut entete))
        .map_err(|source| Erreur::Fichier { chemin: chemin.to_owned(), source });
    if lu.is_err() || &entete != ENTETE_SQLITE {
        return Err(Erreur::PasUneBase { chemin: chemin.to_owned() });
    }
    let pas_une_base = || Erreur::PasUneBase { chemin: chemin.to_owned() };
    let conn = Connection::open_with_flags(chemin, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| pas_une_base())?;
    let lire = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let version = lire("PRAGMA user_version").map_err(|_| pas_une_base())?;
    let application = lire("PRAGMA application_id").map_err(|_| pas_une_base())?;
    let tables = lire("SELECT count(*) FROM sqlite_master").map_err(|_| pas_une_base())?;
    let version = u32::try_from(version).map_err(|_| pas_une_base())?;
    let a_nous = application == i64::from(APPLICATION_ID);
    if (version == 0 && tables > 0) || (version > 0 && !a_nous) {
        return Err(pas_une_base());
    }
    if version > VERSION_COURANTE {
        return Err(Erreur::BasePlusRecente { chemin: chemin.to_owned(), version, connue: VERSION_COURANTE });
    }
    Ok(version)
}

fn preparer(conn: &Connection) -> Resultat<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Copies the file aside (`sauvegardes/avant-migration-vN-….sqlite`) before migrating it.
fn copier_avant_migration(conn: &Connection, chemin: &Path, version: u32) -> Resultat<PathBuf> {
    let dossier = chemin.parent().unwrap_or(Path::new(".")).join("sauvegardes");
    std::fs::create_dir_all(&dossier).map_err(|source| Erreur::Fichier { chemin: dossier.clone(), source })?;
    let horodatage = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let copie = dossier.join(format!("avant-migration-v{version}-{horodatage}.sqlite"));
    conn.backup(rusqlite::MAIN_DB, &copie, None::<fn(rusqlite::backup::Progress)>)?;
    Ok(copie)
}

#[cfg(test)]
mod tests;

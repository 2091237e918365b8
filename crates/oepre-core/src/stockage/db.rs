//! Opening the one SQLite file: where it lives, how it is prepared, what is refused.
//!
//! - Path: `--db PATH`, else `OEPRE_DB`, else [`chemin_par_defaut`] in the OS app-data folder.
//! - Refused and left byte-for-byte untouched: a file that is not SQLite, a SQLite file of
//!   another application, a file written by a newer version of this app, a file that fails
//!   `PRAGMA quick_check` ([`Erreur::BaseEndommagee`]: the app offers the newest good backup,
//!   [`crate::securite::sauvegarde::derniere_valide`]).
//! - Encrypted files (SQLCipher, see [`crate::securite::chiffrement`]) open with [`Db::ouvrir_avec`] and
//!   their passphrase; without one: [`Erreur::PhraseSecreteRequise`]; a wrong one:
//!   [`Erreur::PhraseSecreteIncorrecte`] with a growing delay before the next try. The
//!   passphrase stays in memory (for backups of the same file) and is never written anywhere.
//! - Integrity at opening: `quick_check` (checks every page and record; not index-to-table
//!   agreement, which the full `integrity_check` run on every backup covers). Its cost on a big
//!   file is in `docs/performance.md`.
//! - Prepared the same way every time: WAL, `foreign_keys=ON`, `synchronous=FULL` (a PC switched
//!   off right after a save keeps the save), a busy timeout.
//! - Before any migration of an existing file, a consistent copy is written next to it in
//!   `sauvegardes/` with SQLite's online backup API.
//! - One user action = one [`Db::transaction`].

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::stockage::schema::{self, APPLICATION_ID, VERSION_COURANTE};
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
    /// Kept in memory only, to encrypt this file's backups and exports with the same passphrase.
    phrase: Option<String>,
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
        Db::ouvrir_avec(chemin, None)
    }

    /// Opens (or creates) the data file at `chemin` with an optional passphrase.
    ///
    /// - A plain file opens whatever `phrase` is (the passphrase is then ignored).
    /// - An encrypted file needs its passphrase: none → [`Erreur::PhraseSecreteRequise`],
    ///   a wrong one → [`Erreur::PhraseSecreteIncorrecte`] (see [`crate::securite::chiffrement`] for the
    ///   retry delay).
    /// - A missing or empty file is created, encrypted when `phrase` is given.
    /// - A damaged file ([`Erreur::BaseEndommagee`]), a foreign or newer file are refused untouched.
    pub fn ouvrir_avec(chemin: &Path, phrase: Option<&str>) -> Resultat<Db> {
        let fichier = inspecter(chemin, phrase)?;
        if let Some(dossier) = chemin.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dossier)
                .map_err(|source| Erreur::Fichier { chemin: dossier.to_owned(), source })?;
        }
        let phrase = match fichier.chiffre {
            Some(true) => phrase.map(str::to_owned),
            Some(false) => None,
            None => phrase.filter(|p| !p.is_empty()).map(str::to_owned),
        };
        // A damaged page met while migrating or checking the schema: refused as damaged too.
        Self::ouvrir_inspecte(chemin, phrase, fichier.version).map_err(|e| si_endommagee(chemin, e))
    }

    fn ouvrir_inspecte(chemin: &Path, phrase: Option<String>, version: u32) -> Resultat<Db> {
        let mut conn = Connection::open(chemin)?;
        if let Some(p) = &phrase {
            appliquer_cle(&conn, p)?;
        }
        preparer(&conn)?;
        if version > 0 && version < VERSION_COURANTE {
            copier_avant_migration(&conn, phrase.as_deref(), chemin, version)?;
        }
        schema::migrer(&mut conn, version, VERSION_COURANTE)?;
        schema::verifier_empreintes(&conn)?;
        Ok(Db { conn, chemin: chemin.to_owned(), phrase })
    }

    /// Whether this file is encrypted (opened with a passphrase).
    pub fn est_chiffree(&self) -> bool {
        self.phrase.is_some()
    }

    /// The passphrase this file was opened with (memory only), for backups and exports.
    pub(crate) fn phrase(&self) -> Option<&str> {
        self.phrase.as_deref()
    }

    /// A fresh database in memory, for tests and benchmarks.
    pub fn en_memoire() -> Resultat<Db> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrer(&mut conn, 0, VERSION_COURANTE)?;
        Ok(Db { conn, chemin: PathBuf::from(":memory:"), phrase: None })
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
        crate::commun::point_arret::point("transaction:avant-validation");
        tx.commit()?;
        crate::commun::point_arret::point("transaction:validee");
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

/// What [`inspecter`] found out about a file, without writing to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Inspection {
    /// Schema version (0 for a missing or empty file).
    pub version: u32,
    /// `Some(true)` encrypted, `Some(false)` plain, `None` no file yet.
    pub chiffre: Option<bool>,
}

/// Reads the file's schema version without writing anything, refusing what we must not open:
/// not ours, newer, damaged (`quick_check`), encrypted without the right passphrase.
pub(crate) fn inspecter(chemin: &Path, phrase: Option<&str>) -> Resultat<Inspection> {
    let taille = match std::fs::metadata(chemin) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Inspection { version: 0, chiffre: None }),
        Err(source) => return Err(Erreur::Fichier { chemin: chemin.to_owned(), source }),
    };
    if taille == 0 {
        return Ok(Inspection { version: 0, chiffre: None });
    }
    // Wherever SQLite meets a damaged page (the schema itself may be on it), the file is damaged.
    let (conn, chiffre) = connexion_lecture(chemin, phrase).map_err(|e| si_endommagee(chemin, e))?;
    let version = version_et_application(&conn, chemin).map_err(|e| si_endommagee(chemin, e))?;
    if version > 0 {
        verifier_integrite(&conn, chemin, "quick_check")?;
    }
    Ok(Inspection { version, chiffre: Some(chiffre) })
}

/// A read-only connection to an existing file, keyed when the file is encrypted. Returns
/// whether it is. Refuses a file that is not SQLite (plain or encrypted with `phrase`).
pub(crate) fn connexion_lecture(chemin: &Path, phrase: Option<&str>) -> Resultat<(Connection, bool)> {
    let pas_une_base = || Erreur::PasUneBase { chemin: chemin.to_owned() };
    let mut entete = [0u8; 16];
    let taille = std::fs::metadata(chemin).map_err(|source| Erreur::Fichier { chemin: chemin.to_owned(), source })?.len();
    std::fs::File::open(chemin)
        .and_then(|mut f| f.read_exact(&mut entete))
        .map_err(|_| pas_une_base())?;
    let ouvrir = || ouvrir_sans_rien_ecrire(chemin).map_err(|_| pas_une_base());
    if &entete == ENTETE_SQLITE {
        return Ok((ouvrir()?, false));
    }
    // Not a plain SQLite header: an encrypted file (random bytes, whole pages) or something else.
    if !crate::stockage::cle::semble_chiffre(taille) {
        return Err(pas_une_base());
    }
    let Some(phrase) = phrase.filter(|p| !p.is_empty()) else {
        return Err(Erreur::PhraseSecreteRequise);
    };
    crate::stockage::cle::avant_essai(chemin)?;
    let conn = ouvrir()?;
    appliquer_cle(&conn, phrase)?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => {
            crate::stockage::cle::reussite(chemin);
            Ok((conn, true))
        }
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(Erreur::PhraseSecreteIncorrecte { attente_secondes: crate::stockage::cle::echec(chemin) })
        }
        Err(e) => Err(e.into()),
    }
}

/// Opens `chemin` read-only without creating anything beside it: when it has no `-wal`, as
/// an immutable file (SQLite would otherwise create `-wal` and `-shm` for a WAL-mode file).
fn ouvrir_sans_rien_ecrire(chemin: &Path) -> rusqlite::Result<Connection> {
    let drapeaux = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut wal = chemin.as_os_str().to_owned();
    wal.push("-wal");
    // A network path (`\\serveur\partage\…`) has no reliable URI form: opened as is.
    let reseau = chemin.to_string_lossy().replace('\\', "/").starts_with("//");
    if reseau || Path::new(&wal).exists() {
        return Connection::open_with_flags(chemin, drapeaux);
    }
    Connection::open_with_flags(uri_immuable(chemin), drapeaux | OpenFlags::SQLITE_OPEN_URI)
}

/// `file:<path>?immutable=1`, the path percent-encoded (RFC 3986; `/` kept, `\` as `/`).
fn uri_immuable(chemin: &Path) -> String {
    let texte = chemin.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if texte.as_bytes().get(1) == Some(&b':') {
        uri.push('/'); // Windows drive letter: file:/C:/…
    }
    for o in texte.bytes() {
        match o {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => uri.push(o as char),
            _ => uri.push_str(&format!("%{o:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Gives the SQLCipher key to a connection (before anything else is read).
pub(crate) fn appliquer_cle(conn: &Connection, phrase: &str) -> Resultat<()> {
    // SQLCipher would otherwise print each failed page decryption (a wrong passphrase) on stderr.
    let _niveau: String = conn.query_row("PRAGMA cipher_log_level = NONE", [], |r| r.get(0))?;
    conn.pragma_update(None, "key", phrase)?;
    Ok(())
}

/// `user_version`, refusing files of another application or of a newer version.
pub(crate) fn version_et_application(conn: &Connection, chemin: &Path) -> Resultat<u32> {
    let pas_une_base = || Erreur::PasUneBase { chemin: chemin.to_owned() };
    let endommage_ou = |e: rusqlite::Error| endommagee(chemin, &e).unwrap_or_else(pas_une_base);
    let lire = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let version = lire("PRAGMA user_version").map_err(endommage_ou)?;
    let application = lire("PRAGMA application_id").map_err(endommage_ou)?;
    let tables = lire("SELECT count(*) FROM sqlite_master").map_err(endommage_ou)?;
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

/// `BaseEndommagee` when SQLite reports the file as corrupt.
fn endommagee(chemin: &Path, e: &rusqlite::Error) -> Option<Erreur> {
    (e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt))
        .then(|| Erreur::BaseEndommagee { chemin: chemin.to_owned(), detail: e.to_string() })
}

/// `e`, or [`Erreur::BaseEndommagee`] when it is SQLite reporting the file as corrupt.
fn si_endommagee(chemin: &Path, e: Erreur) -> Erreur {
    match e {
        Erreur::Sqlite(s) => endommagee(chemin, &s).unwrap_or(Erreur::Sqlite(s)),
        e => e,
    }
}

/// Runs `PRAGMA quick_check` or `PRAGMA integrity_check` (`verification`) and turns any
/// problem into [`Erreur::BaseEndommagee`] with the first message SQLite gave.
pub(crate) fn verifier_integrite(conn: &Connection, chemin: &Path, verification: &str) -> Resultat<()> {
    let lignes: rusqlite::Result<Vec<String>> = conn
        .prepare(&format!("PRAGMA {verification}(1)"))
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
    match lignes {
        Ok(l) if l.len() == 1 && l[0] == "ok" => Ok(()),
        Ok(l) => Err(Erreur::BaseEndommagee { chemin: chemin.to_owned(), detail: l.join(" ; ") }),
        Err(e) => Err(endommagee(chemin, &e).unwrap_or(Erreur::Sqlite(e))),
    }
}

fn preparer(conn: &Connection) -> Resultat<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Copies the file aside (`sauvegardes/avant-migration-vN-….sqlite`) before migrating it,
/// encrypted with the same passphrase when it is encrypted.
fn copier_avant_migration(conn: &Connection, phrase: Option<&str>, chemin: &Path, version: u32) -> Resultat<PathBuf> {
    let dossier = chemin.parent().unwrap_or(Path::new(".")).join("sauvegardes");
    std::fs::create_dir_all(&dossier).map_err(|source| Erreur::Fichier { chemin: dossier.clone(), source })?;
    let horodatage = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let copie = dossier.join(format!("avant-migration-v{version}-{horodatage}.sqlite"));
    copie_en_ligne(conn, phrase, &copie)?;
    Ok(copie)
}

/// Writes a consistent copy of `source` into the new file `cible` with SQLite's online backup
/// API, encrypted with `phrase` when given, as a standalone file (rollback journal, no `-wal`).
pub(crate) fn copie_en_ligne(source: &Connection, phrase: Option<&str>, cible: &Path) -> Resultat<()> {
    // Created first by hand: a read-only or missing folder gets the system's reason, in French.
    std::fs::File::create(cible).map_err(|source| Erreur::Fichier { chemin: cible.to_owned(), source })?;
    let mut copie = Connection::open(cible)?;
    if let Some(p) = phrase {
        appliquer_cle(&copie, p)?;
    }
    {
        let sauvegarde = rusqlite::backup::Backup::new(source, &mut copie)?;
        sauvegarde.run_to_completion(256, Duration::ZERO, None)?;
    }
    let _mode: String = copie.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    Ok(())
}

#[cfg(test)]
mod tests;

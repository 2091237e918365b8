//! Optional encryption of the data file and of its backups, with a passphrase.
//!
//! ## Scheme: SQLCipher, and why
//! The file is encrypted by SQLCipher (rusqlite's `bundled-sqlcipher` feature, linked to the
//! system libcrypto): every 4 KiB page is encrypted with AES-256-CBC under a key derived from
//! the passphrase by PBKDF2-HMAC-SHA512 (256 000 iterations, a random salt per file) and
//! authenticated with an HMAC-SHA512, so a tampered page is detected. SQLCipher is open source,
//! has been audited, and is used by many shipped apps. It was preferred to encrypting fields in
//! the app because everything is covered (indexes, the journal, free pages, the `-wal` file,
//! every table added later) with no change to any query, and backups taken with SQLite's online
//! backup API stay encrypted with the same passphrase.
//!
//! ## Rules
//! - Without a passphrase nothing changes: a plain file is plain SQLite.
//! - The passphrase is never written anywhere (not in the file, a setting, a log or a
//!   backup); [`crate::Db`] keeps it in memory to encrypt the backups of the file it opened.
//! - Setting, changing and removing the passphrase ([`definir_phrase`], [`changer_phrase`],
//!   [`retirer_phrase`]) take the path of a **closed** file: the whole file is rewritten into a
//!   temporary file of the same folder with `sqlcipher_export`, checked, synced, then renamed
//!   over the old one; a crash leaves the old file or the new one, whole. A plain copy is
//!   taken first into the backup folder (for [`definir_phrase`]: backups written before stay
//!   as they were; the user is told to delete them if needed).
//! - A wrong passphrase: the first two tries are free, then the caller must wait 2, 4, 8, 16
//!   then 30 seconds between tries (kept in memory per file by [`crate::stockage::cle`], which [`crate::Db`] consults). The
//!   core never sleeps: it refuses a try made too early and returns the time left.
//! - An encrypted file looks like random bytes: without a passphrase it cannot be told from a
//!   file of another program whose size is a multiple of 512 bytes; the message then says
//!   « fichier chiffré ou qui n'est pas une base Ateliers OEPRE ».

use std::path::{Path, PathBuf};

use crate::{Erreur, Resultat};

pub use crate::stockage::cle::{est_chiffre, attente_apres, attente_restante, ATTENTE_MAX, VARIABLE_ATTENTE_TEST};

/// Shortest passphrase accepted.
pub const LONGUEUR_MIN: usize = 8;
/// Checks a new passphrase: at least [`LONGUEUR_MIN`] characters, not only spaces.
pub fn verifier_phrase(phrase: &str) -> Resultat<()> {
    if phrase.trim().chars().count() < LONGUEUR_MIN {
        return Err(Erreur::champ(
            "phrase",
            format!("La phrase secrète doit compter au moins {LONGUEUR_MIN} caractères (hors espaces au début et à la fin)."),
        ));
    }
    Ok(())
}

/// Encrypts the plain, closed file `chemin_db` with `nouvelle`. Refused when it is already
/// encrypted ([`Erreur::Conflit`]). Returns the backups of the backup folder that are still
/// plain (written before): the app offers to delete them.
pub fn definir_phrase(chemin_db: &Path, nouvelle: &str) -> Resultat<Vec<PathBuf>> {
    verifier_phrase(nouvelle)?;
    reecrire(chemin_db, None, Some(nouvelle))
}

/// Re-encrypts the encrypted, closed file `chemin_db` from `actuelle` to `nouvelle`. Returns
/// the backups written before (still readable with the old passphrase only).
pub fn changer_phrase(chemin_db: &Path, actuelle: &str, nouvelle: &str) -> Resultat<Vec<PathBuf>> {
    verifier_phrase(nouvelle)?;
    reecrire(chemin_db, Some(actuelle), Some(nouvelle))
}

/// Decrypts the encrypted, closed file `chemin_db` (it becomes plain SQLite again). Returns
/// the backups that stay encrypted (with this passphrase).
pub fn retirer_phrase(chemin_db: &Path, actuelle: &str) -> Resultat<Vec<PathBuf>> {
    reecrire(chemin_db, Some(actuelle), None)
}

/// Rewrites the whole file with `sqlcipher_export` into a temporary file encrypted with
/// `nouvelle` (plain when `None`), checks it, then swaps it in (see the module doc).
fn reecrire(chemin_db: &Path, actuelle: Option<&str>, nouvelle: Option<&str>) -> Resultat<Vec<PathBuf>> {
    use crate::stockage::remplacement::{remplacer, supprimer_temporaire, voisin_temporaire};
    if !chemin_db.exists() {
        return Err(Erreur::Introuvable(format!("Le fichier de données « {} » est introuvable.", chemin_db.display())));
    }
    let chiffre = est_chiffre(chemin_db);
    match (actuelle, chiffre) {
        (None, true) => return Err(Erreur::Conflit("Le fichier de données est déjà chiffré : changez la phrase secrète plutôt que d'en définir une.".into())),
        (Some(_), false) => return Err(Erreur::Conflit("Le fichier de données n'est pas chiffré : il n'a pas de phrase secrète à changer ou à retirer.".into())),
        _ => {}
    }
    let db = crate::Db::ouvrir_avec(chemin_db, actuelle)?;
    let dossier = crate::securite::sauvegarde::dossier(&db)?;
    let temporaire = voisin_temporaire(chemin_db, "chiffrement");
    supprimer_temporaire(&temporaire);
    let ecrit = (|| -> Resultat<()> {
        let conn = db.conn();
        conn.execute(
            "ATTACH DATABASE ?1 AS cible KEY ?2",
            rusqlite::params![temporaire.to_string_lossy(), nouvelle.unwrap_or("")],
        )?;
        // sqlcipher_export copies the schema and the rows, not the header's version fields.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let application: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let export = conn.query_row("SELECT sqlcipher_export('cible')", [], |_| Ok(())).and_then(|()| {
            conn.execute_batch(&format!("PRAGMA cible.user_version = {version}; PRAGMA cible.application_id = {application};"))
        });
        conn.execute("DETACH DATABASE cible", [])?;
        export?;
        crate::securite::verification::verifier_copie(&temporaire, nouvelle)?;
        let copie = rusqlite::Connection::open(&temporaire)?;
        if let Some(p) = nouvelle {
            crate::stockage::db::appliquer_cle(&copie, p)?;
        }
        crate::stockage::db::version_et_application(&copie, &temporaire)?;
        let _: (i64, i64, i64) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(())
    })();
    drop(db);
    if let Err(e) = ecrit {
        supprimer_temporaire(&temporaire);
        return Err(e);
    }
    remplacer(&temporaire, chemin_db)?;
    crate::stockage::cle::reussite(chemin_db);
    let anciennes = crate::securite::sauvegarde::lister(&dossier)?
        .into_iter()
        .filter(|s| actuelle.is_some() || !s.chiffree)
        .map(|s| s.chemin)
        .collect();
    Ok(anciennes)
}

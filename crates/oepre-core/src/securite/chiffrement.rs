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
//!   then 30 seconds between tries (kept in memory per file, see [`attente_restante`]). The
//!   core never sleeps: it refuses a try made too early and returns the time left.
//! - An encrypted file looks like random bytes: without a passphrase it cannot be told from a
//!   file of another program whose size is a multiple of 512 bytes; the message then says
//!   « fichier chiffré ou qui n'est pas une base Ateliers OEPRE ».

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use crate::{Erreur, Resultat};

/// Shortest passphrase accepted.
pub const LONGUEUR_MIN: usize = 8;
/// Longest wait between two tries, in seconds.
pub const ATTENTE_MAX: u64 = 30;

/// Wrong tries per file: how many in a row, and when the next one is allowed.
static ECHECS: Mutex<Option<HashMap<PathBuf, (u32, Instant)>>> = Mutex::new(None);

/// The clock of the retry delay. The unit tests freeze and move it, so that what they check
/// of the delay never depends on how fast the machine runs them.
#[cfg(not(test))]
fn maintenant() -> Instant {
    Instant::now()
}

#[cfg(test)]
thread_local! {
    static HORLOGE: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
}

#[cfg(test)]
fn maintenant() -> Instant {
    HORLOGE.with(|h| h.get()).unwrap_or_else(Instant::now)
}

fn cle_fichier(chemin: &Path) -> PathBuf {
    std::fs::canonicalize(chemin).unwrap_or_else(|_| chemin.to_owned())
}

/// The wait imposed after `echecs` wrong tries in a row: 0, 0, 2, 4, 8, 16, 30, 30…
pub fn attente_apres(echecs: u32) -> u64 {
    match echecs {
        0..=2 => 0,
        n => (1u64 << (n - 2).min(5)).min(ATTENTE_MAX),
    }
}

/// Seconds to wait before the passphrase of `chemin` may be tried again (0 = now).
pub fn attente_restante(chemin: &Path) -> u64 {
    let garde = ECHECS.lock().unwrap_or_else(PoisonError::into_inner);
    let Some((_, prochain)) = garde.as_ref().and_then(|m| m.get(&cle_fichier(chemin))).copied() else {
        return 0;
    };
    let reste = prochain.saturating_duration_since(maintenant());
    reste.as_secs() + u64::from(reste.subsec_nanos() > 0)
}

/// Refuses a try made before the delay is over.
pub(crate) fn avant_essai(chemin: &Path) -> Resultat<()> {
    match attente_restante(chemin) {
        0 => Ok(()),
        attente_secondes => Err(Erreur::PhraseSecreteIncorrecte { attente_secondes }),
    }
}

/// Environment variable that replaces every non-zero wait by its value in seconds: the
/// end-to-end tests set it (e.g. 15) so that the screen of a running wait is checked while it
/// runs on any machine, however slow.
pub const VARIABLE_ATTENTE_TEST: &str = "OEPRE_TEST_ATTENTE_PHRASE";

fn attente_imposee_pour_les_tests() -> Option<u64> {
    std::env::var(VARIABLE_ATTENTE_TEST).ok()?.trim().parse().ok()
}

/// Records a wrong try; returns the wait before the next one.
pub(crate) fn echec(chemin: &Path) -> u64 {
    let mut garde = ECHECS.lock().unwrap_or_else(PoisonError::into_inner);
    let entree = garde.get_or_insert_with(HashMap::new).entry(cle_fichier(chemin)).or_insert((0, maintenant()));
    entree.0 += 1;
    let attente = match attente_apres(entree.0) {
        0 => 0,
        n => attente_imposee_pour_les_tests().unwrap_or(n),
    };
    entree.1 = maintenant() + std::time::Duration::from_secs(attente);
    attente
}

/// Records a good try: the count starts again.
pub(crate) fn reussite(chemin: &Path) {
    let mut garde = ECHECS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(m) = garde.as_mut() {
        m.remove(&cle_fichier(chemin));
    }
}

/// Whether a file without a SQLite header may be an encrypted database (SQLCipher writes
/// whole pages: a size that is a non-zero multiple of 512).
pub(crate) fn semble_chiffre(taille: u64) -> bool {
    taille >= 512 && taille.is_multiple_of(512)
}

/// Whether the file at `chemin` is encrypted (exists, not empty, no plain SQLite header).
pub fn est_chiffre(chemin: &Path) -> bool {
    use std::io::Read;
    let mut entete = [0u8; 16];
    std::fs::File::open(chemin).and_then(|mut f| f.read_exact(&mut entete)).is_ok() && &entete != b"SQLite format 3\0"
}

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
    use crate::securite::restauration::{remplacer, supprimer_temporaire, voisin_temporaire};
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
        crate::securite::sauvegarde::verifier_copie(&temporaire, nouvelle)?;
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
    reussite(chemin_db);
    let anciennes = crate::securite::sauvegarde::lister(&dossier)?
        .into_iter()
        .filter(|s| actuelle.is_some() || !s.chiffree)
        .map(|s| s.chemin)
        .collect();
    Ok(anciennes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chiffrement_attente_croissante_et_plafonnee() {
        let attentes: Vec<u64> = (1..=9).map(attente_apres).collect();
        assert_eq!(attentes, vec![0, 0, 2, 4, 8, 16, 30, 30, 30]);
    }

    /// The delay on a clock the test holds: refused while it runs (the right passphrase
    /// included), accepted as soon as it is over, whatever the machine's speed.
    #[test]
    fn chiffrement_une_tentative_trop_tot_est_refusee_jusqu_a_la_fin_du_delai() {
        let debut = Instant::now();
        HORLOGE.with(|h| h.set(Some(debut)));
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        drop(crate::Db::ouvrir_avec(&chemin, Some("la-bonne-phrase")).unwrap());
        let essai = |p: &str| crate::Db::ouvrir_avec(&chemin, Some(p)).map(drop);
        let attente = |r: Resultat<()>| match r {
            Err(Erreur::PhraseSecreteIncorrecte { attente_secondes }) => attente_secondes,
            autre => panic!("{autre:?}"),
        };
        assert_eq!(attente(essai("mauvaise-1")), 0);
        assert_eq!(attente(essai("mauvaise-2")), 0);
        assert_eq!(attente(essai("mauvaise-3")), 2);
        assert_eq!(attente(essai("la-bonne-phrase")), 2, "refusée sans être essayée");
        HORLOGE.with(|h| h.set(Some(debut + std::time::Duration::from_millis(1500))));
        assert_eq!(attente_restante(&chemin), 1);
        assert_eq!(attente(essai("la-bonne-phrase")), 1);
        HORLOGE.with(|h| h.set(Some(debut + std::time::Duration::from_secs(2))));
        assert_eq!(attente_restante(&chemin), 0);
        essai("la-bonne-phrase").unwrap();
        assert_eq!(attente_restante(&chemin), 0, "une bonne phrase remet le compte à zéro");
        assert_eq!(attente(essai("mauvaise-4")), 0);
    }
}

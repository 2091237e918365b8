//! The passphrase's retry delay, per data file, kept in memory: the part of the encryption
//! that opening the file needs ([`crate::stockage::db`] asks it before and after each try).
//! Setting, changing and removing the passphrase live in [`crate::securite::chiffrement`].
//!
//! A wrong passphrase: the first two tries are free, then the caller must wait 2, 4, 8, 16 then
//! 30 seconds between tries. The core never sleeps: it refuses a try made too early and returns
//! the time left.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use crate::{Erreur, Resultat};

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

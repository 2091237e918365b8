//! Replacing the data file: restoring a backup, moving the base to another PC.
//!
//! - [`verifier`] reads a candidate file without writing to it: a SQLite file of this app
//!   (`application_id`), not from a newer version, passing `PRAGMA integrity_check`, opened
//!   with its passphrase when encrypted. It returns the file's summary for the screen.
//! - [`restaurer`] and [`importer_base`] take the path of the **closed** data file (the app
//!   closes its [`Db`] around them, then reopens): the candidate is checked first; then the
//!   current file is backed up into its backup folder (a file that cannot be opened because it
//!   is damaged has its raw bytes copied aside as `…-endommagee-AAAAMMJJ-HHMMSS.sqlite`);
//!   then the candidate is copied with the online backup API into a temporary file of the
//!   data file's folder, checked, synced, and renamed over the data file. The old file's `-wal`
//!   is checkpointed into it before the swap (and the empty `-wal`/`-shm` removed), so a crash
//!   at any moment leaves the old file or the new one, whole.
//! - [`exporter_base`] writes the whole base as one standalone file (online backup API,
//!   rollback journal, no `-wal` beside it), atomically: a temporary file in the destination
//!   folder, checked, synced, then renamed. An encrypted base is exported encrypted with the
//!   same passphrase.
//! - A restored or imported file from an older version is migrated when the app reopens it
//!   (with the usual copy before migrating, see [`crate::stockage::db`]).
//! - Disk full, read-only or missing folder: a French [`Erreur::Fichier`] / storage error, the
//!   temporary file is deleted, the data file is unchanged.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::securite::sauvegarde::{self, Resume};
use crate::securite::verification::verifier_copie;
use crate::stockage::remplacement::{annexe, remplacer, supprimer_temporaire, voisin_temporaire};
use crate::{stockage::db, commun::point_arret, Db, Erreur, Resultat};

pub use crate::securite::verification::{verifier, Verification};

/// What [`restaurer`] or [`importer_base`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Remplacement {
    /// The backup of the file that was replaced (`None` when there was no file).
    #[ts(type = "string | null")]
    pub copie_de_l_ancienne: Option<PathBuf>,
    /// Whether the replaced file was damaged (its raw bytes were copied aside).
    pub ancienne_endommagee: bool,
    /// What the data file now holds.
    pub resume: Resume,
    /// Whether the data file is now encrypted (the app then asks for its passphrase).
    pub chiffree: bool,
}

/// Restores the backup `fichier` over the closed data file `chemin_db`.
///
/// `phrase_fichier` opens an encrypted backup; `phrase_actuelle` opens the current file to
/// back it up when it is encrypted (without it, or when the current file is damaged or not a
/// database, its raw bytes are copied aside instead: nothing is ever lost). A refused backup
/// changes nothing.
pub fn restaurer(
    chemin_db: &Path,
    fichier: &Path,
    phrase_fichier: Option<&str>,
    phrase_actuelle: Option<&str>,
) -> Resultat<Remplacement> {
    let verification = verifier(fichier, phrase_fichier)?;
    point_arret::point("restauration:verifiee");
    if meme_fichier(chemin_db, fichier) {
        return Err(Erreur::Conflit("Ce fichier est le fichier de données lui-même : choisissez une sauvegarde ou un export.".into()));
    }
    let phrase = if verification.chiffree { phrase_fichier } else { None };
    if let Some(dossier) = chemin_db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dossier).map_err(|source| Erreur::Fichier { chemin: dossier.to_owned(), source })?;
    }
    let temporaire = voisin_temporaire(chemin_db, "remplacement");
    supprimer_temporaire(&temporaire);
    let copie = (|| {
        let (source, _) = db::connexion_lecture(fichier, phrase)?;
        db::copie_en_ligne(&source, phrase, &temporaire)?;
        point_arret::point("restauration:copiee");
        verifier_copie(&temporaire, phrase).map(|_| ())
    })();
    if let Err(e) = copie {
        supprimer_temporaire(&temporaire);
        return Err(e);
    }
    point_arret::point("restauration:copie-verifiee");
    let mise_de_cote = match mettre_de_cote(chemin_db, phrase_actuelle) {
        Ok(m) => m,
        Err(e) => {
            supprimer_temporaire(&temporaire);
            return Err(e);
        }
    };
    point_arret::point("restauration:ancienne-mise-de-cote");
    remplacer(&temporaire, chemin_db)?;
    point_arret::point("restauration:finie");
    Ok(Remplacement {
        copie_de_l_ancienne: mise_de_cote.0,
        ancienne_endommagee: mise_de_cote.1,
        resume: verification.resume,
        chiffree: verification.chiffree,
    })
}

/// Writes the whole base into `dossier` as `ateliers-oepre-export-AAAAMMJJ-HHMMSS.sqlite`
/// (see [`exporter_base`]), for the « Changer d'ordinateur » screen.
pub fn exporter_dans(db: &Db, dossier: &Path, maintenant: chrono::NaiveDateTime) -> Resultat<crate::commun::fichier::DocumentEcrit> {
    let chemin = dossier.join(format!("ateliers-oepre-export-{}.sqlite", maintenant.format("%Y%m%d-%H%M%S")));
    exporter_base(db, &chemin)?;
    Ok(crate::commun::fichier::DocumentEcrit::du_fichier(&chemin))
}

/// Writes the whole base `db` into `fichier`, one standalone file to carry to another PC.
/// Returns its size in bytes.
pub fn exporter_base(db: &Db, fichier: &Path) -> Resultat<u64> {
    if meme_fichier(db.chemin(), fichier) {
        return Err(Erreur::Conflit("Choisissez un autre fichier que le fichier de données lui-même.".into()));
    }
    dossier_existant(fichier)?;
    let temporaire = voisin_temporaire(fichier, "export");
    supprimer_temporaire(&temporaire);
    let ecrit = db::copie_en_ligne(db.conn(), db.phrase(), &temporaire)
        .and_then(|()| verifier_copie(&temporaire, db.phrase()).map(|_| ()))
        .and_then(|()| {
            std::fs::rename(&temporaire, fichier).map_err(|source| Erreur::Fichier { chemin: fichier.to_owned(), source })
        });
    if let Err(e) = ecrit {
        supprimer_temporaire(&temporaire);
        return Err(e);
    }
    crate::commun::fichier::synchroniser_dossier(fichier);
    Ok(std::fs::metadata(fichier).map_err(|source| Erreur::Fichier { chemin: fichier.to_owned(), source })?.len())
}

/// Imports a file written by [`exporter_base`] (on another PC) over the closed data file
/// `chemin_db`: same checks and same swap as [`restaurer`], the current file backed up first.
pub fn importer_base(
    chemin_db: &Path,
    fichier: &Path,
    phrase_fichier: Option<&str>,
    phrase_actuelle: Option<&str>,
) -> Resultat<Remplacement> {
    restaurer(chemin_db, fichier, phrase_fichier, phrase_actuelle)
}

/// The folder that will hold `fichier` must exist and be a folder (a file is never created
/// in a folder the person did not choose).
fn dossier_existant(fichier: &Path) -> Resultat<()> {
    let dossier = fichier.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match std::fs::metadata(dossier) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(Erreur::Fichier { chemin: dossier.to_owned(), source: std::io::Error::other("ce n'est pas un dossier") }),
        Err(source) => Err(Erreur::Fichier { chemin: dossier.to_owned(), source }),
    }
}

fn meme_fichier(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Backs up the current data file before it is replaced. Returns the copy and whether it had
/// to be copied raw (damaged, not a database, or encrypted without its passphrase). When it
/// opens, a verified backup goes to its backup folder and its `-wal` is checkpointed into it.
fn mettre_de_cote(chemin_db: &Path, phrase: Option<&str>) -> Resultat<(Option<PathBuf>, bool)> {
    match std::fs::metadata(chemin_db) {
        Ok(m) if m.len() > 0 => {}
        Ok(_) => return Ok((None, false)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((None, false)),
        Err(source) => return Err(Erreur::Fichier { chemin: chemin_db.to_owned(), source }),
    }
    match Db::ouvrir_avec(chemin_db, phrase) {
        Ok(db) => {
            let dossier = sauvegarde::dossier(&db).unwrap_or_else(|_| sauvegarde::dossier_par_defaut(&db));
            let copie = sauvegarde::sauvegarder(&db, &dossier)?;
            point_arret::point("restauration:ancienne-sauvegardee");
            let _: (i64, i64, i64) = db.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            drop(db);
            Ok((Some(copie.chemin), false))
        }
        Err(e @ (Erreur::BaseEndommagee { .. } | Erreur::PasUneBase { .. } | Erreur::PhraseSecreteRequise | Erreur::PhraseSecreteIncorrecte { .. })) => {
            let etat = if matches!(e, Erreur::PhraseSecreteRequise | Erreur::PhraseSecreteIncorrecte { .. }) { "chiffree" } else { "endommagee" };
            // Without the right passphrase its settings cannot be read (and one more try would
            // count as a wrong one): the default folder.
            let lisible = if etat == "chiffree" { None } else { phrase };
            let dossier = sauvegarde::dossier_de(chemin_db, lisible);
            copier_brut(chemin_db, &dossier, etat).map(|c| (Some(c), true))
        }
        Err(e) => Err(e),
    }
}

/// Copies the raw bytes of a file that cannot be opened (and of its `-wal`, if any) into
/// `dossier` as `<nom>-<etat>-AAAAMMJJ-HHMMSS.sqlite`, through a synced temporary file.
fn copier_brut(chemin_db: &Path, dossier: &Path, etat: &str) -> Resultat<PathBuf> {
    let erreur = |chemin: &Path| {
        let chemin = chemin.to_owned();
        move |source| Erreur::Fichier { chemin, source }
    };
    std::fs::create_dir_all(dossier).map_err(erreur(dossier))?;
    let base = chemin_db.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "oepre".into());
    let horodatage = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut cible = dossier.join(format!("{base}-{etat}-{horodatage}.sqlite"));
    let mut n = 2;
    while cible.exists() {
        cible = dossier.join(format!("{base}-{etat}-{horodatage}-{n}.sqlite"));
        n += 1;
    }
    for (source, destination) in [(chemin_db.to_owned(), cible.clone()), (annexe(chemin_db, "-wal"), annexe(&cible, "-wal"))] {
        if !source.exists() {
            continue;
        }
        let temporaire = voisin_temporaire(&destination, "copie");
        let copie = std::fs::copy(&source, &temporaire)
            .and_then(|_| crate::commun::fichier::synchroniser(&temporaire))
            .and_then(|()| std::fs::rename(&temporaire, &destination));
        if let Err(e) = copie {
            let _ = std::fs::remove_file(&temporaire);
            return Err(erreur(&destination)(e));
        }
    }
    crate::commun::fichier::synchroniser_dossier(&cible);
    Ok(cible)
}

//! Backups as a person asks for them: a backup now (never followed by the rotation, which would
//! delete today's earlier copies such as the one taken before a restore), the rotation on its
//! own, and the backups screen. The daily automatic backup and its rotation run at the app's
//! start-up ([`crate::securite::sauvegarde::au_demarrage`]).

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::securite::sauvegarde::{self, ReglagesSauvegarde, Sauvegarde};
use crate::{Db, Resultat};

/// A verified backup now, into the backup folder of the settings unless `dossier` names another.
pub fn sauvegarder(db: &Db, dossier: Option<&Path>) -> Resultat<Sauvegarde> {
    let dossier = match dossier {
        Some(d) => d.to_owned(),
        None => sauvegarde::dossier(db)?,
    };
    sauvegarde::sauvegarder(db, &dossier)
}

/// Applies the rotation of the settings to the backup folder; returns the files deleted.
pub fn faire_tourner(db: &Db) -> Resultat<Vec<PathBuf>> {
    let reglages = sauvegarde::reglages(db)?;
    sauvegarde::rotation(&reglages.dossier, reglages.rotation)
}

/// The backups screen: settings, backups (newest first), encryption state, start-up backup.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueSauvegardes {
    /// Folder and rotation counts.
    pub reglages: ReglagesSauvegarde,
    /// The backups of that folder, newest first (encrypted ones read with this session's passphrase).
    pub sauvegardes: Vec<Sauvegarde>,
    /// Whether the data file is encrypted.
    pub chiffree: bool,
    /// Why this session's start-up backup failed, if it did.
    pub echec_demarrage: Option<String>,
}

/// The backups screen of `db`; `phrase` reads the encrypted backups, `echec_demarrage` is what
/// the start-up backup of this session reported, if it failed.
pub fn vue(db: &Db, phrase: Option<&str>, echec_demarrage: Option<String>) -> Resultat<VueSauvegardes> {
    let reglages = sauvegarde::reglages(db)?;
    let sauvegardes = sauvegarde::lister_avec(&reglages.dossier, phrase)?;
    Ok(VueSauvegardes { reglages, sauvegardes, chiffree: db.est_chiffree(), echec_demarrage })
}

//! Views a screen receives in one call, assembled from several core functions.

use serde::Serialize;
use ts_rs::TS;

use crate::domaine::conservation;
use crate::sorties::documents::registre::{self, Registre};
use crate::{Db, Resultat};

/// The retention setting and the range the school may choose from.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReglageConservation {
    /// Years personal data are kept after the end of a school year.
    pub duree_annees: u32,
    /// Shortest accepted.
    pub minimum: u32,
    /// Longest accepted.
    pub maximum: u32,
}

/// The retention setting as it applies now.
pub fn conservation(db: &Db) -> Resultat<ReglageConservation> {
    Ok(ReglageConservation { duree_annees: conservation::duree(db)?, minimum: conservation::DUREE_MIN, maximum: conservation::DUREE_MAX })
}

/// Sets the retention (logged as done by `qui`) and returns the setting as it now applies.
pub fn definir_conservation(db: &mut Db, annees: u32, qui: &str) -> Resultat<ReglageConservation> {
    conservation::definir_duree(db, annees, qui)?;
    conservation(db)
}

/// The register entry as shown on screen, and as plain text to copy.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FicheRegistre {
    /// The headings and their lines.
    pub registre: Registre,
    /// The same entry as plain text.
    pub texte: String,
}

/// The register entry of this data file.
pub fn registre(db: &Db) -> Resultat<FicheRegistre> {
    let chiffree = db.est_chiffree();
    Ok(FicheRegistre { registre: registre::contenu(db, chiffree)?, texte: registre::texte(db, chiffree)? })
}

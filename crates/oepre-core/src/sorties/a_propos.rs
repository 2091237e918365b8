//! The « À propos » screen: version, where the data file is, licences of what we ship.
//!
//! The crate licences come from `licences.json`, generated from `cargo metadata` by the test
//! `tests/licences.rs` (`OEPRE_MAJ_LICENCES=1 cargo test -p oepre-core --test licences`
//! rewrites it; the same test fails when it is out of date with `Cargo.lock`).

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The generated list of crates compiled into the app and the `oepre` command.
pub const LICENCES_JSON: &str = include_str!("../../licences.json");

/// A third-party component we ship and its licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Composant {
    /// Crate or font name.
    pub nom: String,
    /// Version (crates) or Debian package version (fonts).
    pub version: String,
    /// SPDX licence expression.
    pub licence: String,
}

/// Everything the « À propos » screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct APropos {
    /// Version of the application.
    pub version: String,
    /// Schema version of the data files this version writes.
    pub version_schema: u32,
    /// Full path of the data file in use.
    pub fichier_donnees: String,
    /// The folder holding it (backups are in its `sauvegardes/` subfolder).
    pub dossier_donnees: String,
    /// Fonts embedded in the PDFs.
    pub polices: Vec<Composant>,
    /// Rust crates compiled into the program.
    pub bibliotheques: Vec<Composant>,
}

/// The fonts embedded by `oepre-pdf` (see `assets/fonts/README.md`).
fn polices() -> Vec<Composant> {
    let noto = [
        "Noto Sans",
        "Noto Sans Arabic",
        "Noto Nastaliq Urdu",
        "Noto Sans Tamil",
        "Noto Sans Bengali",
        "Noto Sans Devanagari",
        "Noto Sans Ethiopic",
        "Noto Sans Georgian",
        "Noto Sans Armenian",
    ];
    let mut v: Vec<Composant> = noto
        .iter()
        .map(|n| Composant { nom: (*n).into(), version: "20201225".into(), licence: "OFL-1.1".into() })
        .collect();
    v.push(Composant { nom: "Droid Sans Fallback".into(), version: "6.0.1r16".into(), licence: "Apache-2.0".into() });
    v
}

/// The crates of [`LICENCES_JSON`].
pub fn bibliotheques() -> Vec<Composant> {
    serde_json::from_str(LICENCES_JSON).expect("licences.json est produit par le test licences")
}

/// The « À propos » information for the data file at `chemin`.
pub fn a_propos(chemin: &Path) -> APropos {
    APropos {
        version: env!("CARGO_PKG_VERSION").into(),
        version_schema: crate::stockage::schema::VERSION_COURANTE,
        fichier_donnees: chemin.display().to_string(),
        dossier_donnees: chemin.parent().map(|p| p.display().to_string()).unwrap_or_default(),
        polices: polices(),
        bibliotheques: bibliotheques(),
    }
}

//! Checking a database file without trusting it: a candidate for restore or import
//! ([`verifier`]), a copy just written by a backup or a re-encryption ([`verifier_copie`]), and
//! the summary a person recognises a file by ([`Resume`]). Backups, restore and encryption all
//! check through here.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::stockage::db;
use crate::{Erreur, Resultat};

/// What a backup holds, for the restore screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Resume {
    /// The school's name, if one is recorded.
    pub etablissement: Option<String>,
    /// The current school year's label (e.g. `2025-2026`), if any.
    pub annee: Option<String>,
    /// Number of parents.
    #[ts(type = "number")]
    pub parents: i64,
    /// Number of séances.
    #[ts(type = "number")]
    pub seances: i64,
}

/// What [`verifier`] found in a candidate file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Verification {
    /// School, year, counts.
    pub resume: Resume,
    /// Its data format version (older ones are migrated when opened).
    pub version: u32,
    /// Whether it is encrypted.
    pub chiffree: bool,
}

/// Checks `fichier` as a candidate for restore or import without writing to it (see the
/// module doc). `phrase` opens an encrypted file.
pub fn verifier(fichier: &Path, phrase: Option<&str>) -> Resultat<Verification> {
    let pas_une_base = || Erreur::PasUneBase { chemin: fichier.to_owned() };
    match std::fs::metadata(fichier) {
        Ok(m) if m.is_file() && m.len() > 0 => {}
        Ok(_) => return Err(pas_une_base()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Erreur::Introuvable(format!("Le fichier « {} » est introuvable.", fichier.display())))
        }
        Err(source) => return Err(Erreur::Fichier { chemin: fichier.to_owned(), source }),
    }
    let (conn, chiffree) = db::connexion_lecture(fichier, phrase)?;
    let version = db::version_et_application(&conn, fichier)?;
    if version == 0 {
        return Err(pas_une_base());
    }
    db::verifier_integrite(&conn, fichier, "integrity_check")?;
    let resume = resume_de(&conn).unwrap_or(Resume { etablissement: None, annee: None, parents: 0, seances: 0 });
    Ok(Verification { resume, version, chiffree })
}

/// Full `integrity_check` of a copy just written (on a new connection, so the pages are read
/// back from the file), then `fsync`. Returns its summary, read on the same connection. A bad
/// copy is reported with a French message (the caller deletes it).
pub fn verifier_copie(temporaire: &Path, phrase: Option<&str>) -> Resultat<Option<Resume>> {
    let (verification, resume) = {
        let copie = Connection::open(temporaire)?;
        if let Some(p) = phrase {
            db::appliquer_cle(&copie, p)?;
        }
        let lignes: Vec<String> =
            copie.prepare("PRAGMA integrity_check")?.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        (lignes.join(" ; "), resume_de(&copie))
    };
    if verification != "ok" {
        return Err(Erreur::Fichier {
            chemin: temporaire.to_owned(),
            source: std::io::Error::other(format!(
                "la copie écrite est abîmée (vérification d'intégrité : {verification}) ; elle a été supprimée et aucune sauvegarde n'a été faite"
            )),
        });
    }
    crate::commun::fichier::synchroniser(temporaire).map_err(|source| Erreur::Fichier { chemin: temporaire.to_owned(), source })?;
    Ok(resume)
}

/// The summary read from an open connection.
pub(crate) fn resume_de(conn: &Connection) -> Option<Resume> {
    let lire = || -> rusqlite::Result<Resume> {
        Ok(Resume {
            etablissement: conn.query_row("SELECT nom FROM etablissement WHERE id = 1", [], |r| r.get(0)).optional()?,
            annee: conn.query_row("SELECT libelle FROM annee_scolaire WHERE courante = 1", [], |r| r.get(0)).optional()?,
            parents: conn.query_row("SELECT count(*) FROM parent", [], |r| r.get(0))?,
            seances: conn.query_row("SELECT count(*) FROM seance", [], |r| r.get(0))?,
        })
    };
    lire().ok()
}

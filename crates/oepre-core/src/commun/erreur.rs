//! The one error type of the core, and the closed list of codes that cross to the UI.
//!
//! Inside, [`Erreur`] is rich (which file, which field, which SQLite failure). At the edge, a
//! caller only needs to know what it can do about it: that is [`CodeErreur`], a closed enum
//! exported to TypeScript, plus a French message ready to show. Field-level validation errors
//! travel as [`ErreurChamp`]s so a screen can show each message next to its field.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Result type of every fallible core function.
pub type Resultat<T> = Result<T, Erreur>;

/// What a caller can act on. Closed: the UI maps each code to its own French message and
/// never branches on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum CodeErreur {
    /// What was typed breaks a rule; see the field errors. Nothing was saved.
    Validation,
    /// The record asked for does not exist (any more).
    Introuvable,
    /// The action conflicts with the data as they are (e.g. demo data into a non-empty base).
    Conflit,
    /// The data file is not an Ateliers OEPRE database. It was left untouched.
    PasUneBase,
    /// The data file was written by a newer version of the app. It was left untouched.
    BasePlusRecente,
    /// The data file or its folder cannot be read or written (permissions, disk full, locked).
    Stockage,
    /// The data file fails SQLite's integrity check: it is not opened for writing; the latest
    /// good backup can be restored.
    BaseEndommagee,
    /// The data file is encrypted and no passphrase was given.
    PhraseSecreteRequise,
    /// The passphrase given does not open the data file (or the backup).
    PhraseSecreteIncorrecte,
    /// A bug: something that should not happen. The message says what.
    Interne,
}

/// One rule broken by one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErreurChamp {
    /// The field's name, as in the input struct (e.g. `uai`).
    pub champ: String,
    /// What is wrong, in French, for the person who typed it.
    pub message: String,
}

impl ErreurChamp {
    /// A field error.
    pub fn new(champ: &str, message: impl Into<String>) -> Self {
        Self { champ: champ.to_owned(), message: message.into() }
    }
}

/// Every way a core operation can fail.
#[derive(Debug, thiserror::Error)]
pub enum Erreur {
    /// One or more fields break a rule; nothing was written.
    #[error("{}", resume_champs(.0))]
    Validation(Vec<ErreurChamp>),
    /// Something asked for does not exist.
    #[error("{0}")]
    Introuvable(String),
    /// The action does not fit the current data.
    #[error("{0}")]
    Conflit(String),
    /// The file is not a SQLite database, or not one of this app.
    #[error("Le fichier « {} » n'est pas une base de données Ateliers OEPRE. Il n'a pas été modifié.", .chemin.display())]
    PasUneBase {
        /// The refused file.
        chemin: PathBuf,
    },
    /// The file was written by a newer version of the app.
    #[error("Le fichier « {} » a été enregistré par une version plus récente d'Ateliers OEPRE (format {version}, cette version connaît jusqu'au format {connue}). Installez la dernière version de l'application. Le fichier n'a pas été modifié.", .chemin.display())]
    BasePlusRecente {
        /// The refused file.
        chemin: PathBuf,
        /// Its `user_version`.
        version: u32,
        /// The newest version this build knows.
        connue: u32,
    },
    /// A shipped migration step was edited after release (a developer error).
    #[error("L'étape {version} du format de données a été modifiée depuis sa publication : c'est une erreur de l'application, la base n'a pas été touchée.")]
    MigrationModifiee {
        /// The step whose text changed.
        version: u32,
    },
    /// A file-system failure around the data file (folder, copy before migrating…).
    #[error("Impossible d'utiliser « {} » : {}", .chemin.display(), texte_io(.source))]
    Fichier {
        /// The file or folder concerned.
        chemin: PathBuf,
        /// The system error.
        source: std::io::Error,
    },
    /// A failure inside SQLite.
    #[error("{}", texte_sqlite(.0))]
    Sqlite(#[from] rusqlite::Error),
    /// The file fails `PRAGMA integrity_check`: not opened for writing.
    #[error("Le fichier de données « {} » est endommagé ({detail}). Il n'a pas été ouvert en écriture : restaurez la dernière sauvegarde valide.", .chemin.display())]
    BaseEndommagee {
        /// The damaged file.
        chemin: PathBuf,
        /// The first problem SQLite reported.
        detail: String,
    },
    /// The file is encrypted and no passphrase was given.
    #[error("Ce fichier est un fichier chiffré ou qui n'est pas une base Ateliers OEPRE : s'il est chiffré, saisissez sa phrase secrète pour l'ouvrir.")]
    PhraseSecreteRequise,
    /// The passphrase does not open the file.
    #[error("La phrase secrète ne permet pas d'ouvrir le fichier. Vérifiez-la puis réessayez{}.", if *.attente_secondes > 0 { format!(" dans {} secondes", .attente_secondes) } else { String::new() })]
    PhraseSecreteIncorrecte {
        /// How long the caller must wait before the next try (0 = none).
        attente_secondes: u64,
    },
    /// A bug.
    #[error("Erreur interne : {0}")]
    Interne(String),
}

impl Erreur {
    /// The code a caller can act on.
    pub fn code(&self) -> CodeErreur {
        match self {
            Erreur::Validation(_) => CodeErreur::Validation,
            Erreur::Introuvable(_) => CodeErreur::Introuvable,
            Erreur::Conflit(_) => CodeErreur::Conflit,
            Erreur::PasUneBase { .. } => CodeErreur::PasUneBase,
            Erreur::BasePlusRecente { .. } => CodeErreur::BasePlusRecente,
            Erreur::Fichier { .. } => CodeErreur::Stockage,
            Erreur::BaseEndommagee { .. } => CodeErreur::BaseEndommagee,
            Erreur::PhraseSecreteRequise => CodeErreur::PhraseSecreteRequise,
            Erreur::PhraseSecreteIncorrecte { .. } => CodeErreur::PhraseSecreteIncorrecte,
            Erreur::Sqlite(e) if est_erreur_de_stockage(e) => CodeErreur::Stockage,
            Erreur::Sqlite(_) | Erreur::MigrationModifiee { .. } | Erreur::Interne(_) => {
                CodeErreur::Interne
            }
        }
    }

    /// The field errors, empty unless this is a validation error.
    pub fn champs(&self) -> &[ErreurChamp] {
        match self {
            Erreur::Validation(c) => c,
            _ => &[],
        }
    }

    /// A validation error on one field.
    pub fn champ(champ: &str, message: impl Into<String>) -> Self {
        Erreur::Validation(vec![ErreurChamp::new(champ, message)])
    }
}

fn resume_champs(champs: &[ErreurChamp]) -> String {
    match champs {
        [] => "Saisie invalide.".to_owned(),
        [seul] => seul.message.clone(),
        _ => format!(
            "{} champs sont à corriger : {}",
            champs.len(),
            champs.iter().map(|c| c.message.as_str()).collect::<Vec<_>>().join(" ; ")
        ),
    }
}

fn est_erreur_de_stockage(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode::*;
    matches!(
        e.sqlite_error_code(),
        Some(DiskFull | ReadOnly | CannotOpen | DatabaseBusy | DatabaseLocked | SystemIoFailure | PermissionDenied)
    )
}

fn texte_sqlite(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(DiskFull) => "Le disque est plein : rien n'a été enregistré. Libérez de la place puis recommencez.".into(),
        Some(ReadOnly | PermissionDenied) => "Le fichier de données est en lecture seule : rien n'a été enregistré. Vérifiez les droits du dossier.".into(),
        Some(DatabaseBusy | DatabaseLocked) => "Le fichier de données est occupé par un autre programme : rien n'a été enregistré. Réessayez dans un instant.".into(),
        Some(CannotOpen) => "Impossible d'ouvrir le fichier de données (dossier absent ou inaccessible).".into(),
        Some(SystemIoFailure) => "Erreur de lecture ou d'écriture sur le disque : rien n'a été enregistré.".into(),
        Some(NotADatabase) => "Ce fichier n'est pas une base de données Ateliers OEPRE.".into(),
        _ => format!("Erreur de la base de données : {e}"),
    }
}

fn texte_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "fichier ou dossier introuvable".into(),
        PermissionDenied => "accès refusé (droits insuffisants)".into(),
        StorageFull => "le disque est plein".into(),
        ReadOnlyFilesystem => "le disque est en lecture seule".into(),
        _ => e.to_string(),
    }
}

/// An error as it crosses to the UI: `{code, message, champs}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErreurPublique {
    /// What the caller can act on.
    pub code: CodeErreur,
    /// In French, ready to show.
    pub message: String,
    /// Field errors of a validation error, else empty.
    pub champs: Vec<ErreurChamp>,
}

impl From<Erreur> for ErreurPublique {
    fn from(e: Erreur) -> Self {
        Self { code: e.code(), message: e.to_string(), champs: e.champs().to_vec() }
    }
}

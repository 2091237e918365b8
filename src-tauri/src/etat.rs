//! The app's state: the open database, or why it could not be opened.

use std::path::PathBuf;
use std::sync::Mutex;

use oepre_core::{db, Db, ErreurPublique};

/// The open database behind a lock (commands run one at a time against it).
pub struct Etat {
    db: Mutex<Result<Db, ErreurPublique>>,
}

impl Etat {
    /// Opens the data file; a refusal is kept and shown by every command.
    pub fn ouvrir(chemin: PathBuf) -> Self {
        Self { db: Mutex::new(Db::ouvrir(&chemin).map_err(ErreurPublique::from)) }
    }

    /// Runs `f` with the database.
    pub fn avec<T>(&self, f: impl FnOnce(&mut Db) -> oepre_core::Resultat<T>) -> Result<T, ErreurPublique> {
        let mut garde = self.db.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let db = garde.as_mut().map_err(|e| e.clone())?;
        f(db).map_err(ErreurPublique::from)
    }
}

/// `--db PATH` or `--db=PATH` among the arguments, else `OEPRE_DB`, else the default file.
pub fn chemin_depuis_arguments(mut args: impl Iterator<Item = String>) -> PathBuf {
    let mut explicite = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            explicite = args.next().map(PathBuf::from);
        } else if let Some(v) = a.strip_prefix("--db=") {
            explicite = Some(PathBuf::from(v));
        }
    }
    db::resoudre_chemin(explicite)
}

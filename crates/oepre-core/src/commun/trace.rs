//! The technical log: what the app and the CLI did, for support when a school says « ça n'a
//! pas marché ». One line per use case ([`cas_d_usage`]): its name, its outcome (`ok` or the
//! error's code) and its duration, with the local time. **Never a personal field**: no name,
//! no date of birth, no path typed by a person, no error message (they can quote a parent) —
//! only the closed list of codes of [`crate::commun::erreur::CodeErreur`].
//!
//! The log is a file beside the data file (`journal-technique/oepre.log`), rotated at
//! [`TAILLE_MAX`] into `oepre.log.1` (so at most twice that on disk). [`installer`] sets it up
//! once per process; [`lire`] gives its end for « Copier le journal technique » (À propos).

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use crate::commun::erreur::CodeErreur;
use crate::Resultat;

/// Size at which the log is rotated (bytes).
pub const TAILLE_MAX: u64 = 1024 * 1024;

/// The log's folder for a data file.
pub fn dossier(chemin_db: &Path) -> PathBuf {
    chemin_db.parent().unwrap_or(Path::new(".")).join("journal-technique")
}

struct Tournant {
    chemin: PathBuf,
    fichier: Option<File>,
    taille: u64,
}

impl Tournant {
    fn ouvrir(chemin: &Path) -> Option<File> {
        OpenOptions::new().create(true).append(true).open(chemin).ok()
    }

    fn ecrire(&mut self, octets: &[u8]) {
        if self.taille + octets.len() as u64 > TAILLE_MAX {
            self.fichier = None;
            let _ = std::fs::rename(&self.chemin, self.chemin.with_extension("log.1"));
            self.taille = 0;
        }
        if self.fichier.is_none() {
            self.fichier = Self::ouvrir(&self.chemin);
            self.taille = std::fs::metadata(&self.chemin).map(|m| m.len()).unwrap_or(0);
        }
        if let Some(f) = &mut self.fichier {
            if f.write_all(octets).is_ok() {
                self.taille += octets.len() as u64;
            }
        }
    }
}

static FICHIER: OnceLock<(PathBuf, Mutex<Tournant>)> = OnceLock::new();

struct Ecrivain;

impl Write for Ecrivain {
    fn write(&mut self, octets: &[u8]) -> std::io::Result<usize> {
        if let Some((_, t)) = FICHIER.get() {
            if let Ok(mut t) = t.lock() {
                t.ecrire(octets);
            }
        }
        Ok(octets.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Starts writing the technical log beside `chemin_db` (`programme`: `app` or `cli`). Once per
/// process; a log that cannot be written is silently skipped (it must never stop the app).
/// Returns the log file's path.
pub fn installer(chemin_db: &Path, programme: &str) -> Option<PathBuf> {
    let dossier = dossier(chemin_db);
    std::fs::create_dir_all(&dossier).ok()?;
    let chemin = dossier.join("oepre.log");
    let taille = std::fs::metadata(&chemin).map(|m| m.len()).unwrap_or(0);
    let fichier = Tournant::ouvrir(&chemin);
    if FICHIER.set((chemin.clone(), Mutex::new(Tournant { chemin: chemin.clone(), fichier, taille }))).is_ok() {
        let abonne = tracing_subscriber::fmt()
            .with_writer(|| Ecrivain)
            .with_ansi(false)
            .with_target(false)
            .with_timer(tracing_subscriber::fmt::time::ChronoLocal::new("%Y-%m-%d %H:%M:%S%.3f".into()))
            .finish();
        let _ = tracing::subscriber::set_global_default(abonne);
        tracing::info!(programme, version = env!("CARGO_PKG_VERSION"), "démarrage");
    }
    Some(FICHIER.get()?.0.clone())
}

/// Runs one use case and logs one line: `cas=<nom> resultat=ok|<code> duree_ms=<n>`.
pub fn cas_d_usage<T>(nom: &str, f: impl FnOnce() -> Resultat<T>) -> Resultat<T> {
    let debut = Instant::now();
    let r = f();
    noter(nom, r.as_ref().err().map(|e| e.code()), debut);
    r
}

/// The line of a use case started at `debut`, for callers whose errors are already
/// [`crate::commun::erreur::ErreurPublique`]: `None` when it succeeded, else the error's code.
pub fn noter(nom: &str, erreur: Option<CodeErreur>, debut: Instant) {
    let duree_ms = debut.elapsed().as_millis() as u64;
    match erreur {
        None => tracing::info!(cas = nom, resultat = "ok", duree_ms),
        Some(code) => tracing::warn!(cas = nom, resultat = ?code, duree_ms),
    }
}

/// The end of the technical log (at most `max` bytes, whole lines), or an empty text.
pub fn lire(chemin_db: &Path, max: usize) -> String {
    let chemin = dossier(chemin_db).join("oepre.log");
    let texte = std::fs::read(&chemin).unwrap_or_default();
    let debut = texte.len().saturating_sub(max);
    let fin = &texte[debut..];
    let fin = if debut > 0 { fin.iter().position(|&b| b == b'\n').map_or(fin, |i| &fin[i + 1..]) } else { fin };
    String::from_utf8_lossy(fin).into_owned()
}

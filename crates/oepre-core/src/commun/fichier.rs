//! Files written whole or not at all: the one place where the app writes a file atomically.
//!
//! [`ecrire_atomique`] writes a temporary file in the target's folder, flushes it to disk
//! (`fsync`), renames it over the target, then flushes the folder so that the rename itself
//! survives a power cut. A crash or a full disk leaves either the old file or the new one, never
//! half a file. Documents, flyers, exports (app and CLI) all go through it; backups and restores,
//! whose temporary copy is made by SQLite, use [`remplacer`] and [`synchroniser`] for the same
//! steps.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::{Erreur, Resultat};

/// Flushes a file's content to disk. The handle is opened for writing: Windows refuses to
/// flush a read-only handle (« accès refusé »).
pub fn synchroniser(chemin: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new().write(true).open(chemin)?.sync_all()
}

/// Flushes the folder of `chemin`, making a rename or a new file durable. Best effort: some
/// file systems (and Windows) do not allow opening a folder for that.
pub fn synchroniser_dossier(chemin: &Path) {
    let dossier = chemin.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if let Ok(d) = std::fs::File::open(dossier) {
        let _ = d.sync_all();
    }
}

/// Renames the complete, flushed `temporaire` over `destination` and flushes the folder.
pub fn remplacer(temporaire: &Path, destination: &Path) -> std::io::Result<()> {
    std::fs::rename(temporaire, destination)?;
    synchroniser_dossier(destination);
    Ok(())
}

/// Writes `octets` at `chemin` atomically and durably (see the module docs). The folder must
/// exist. On failure the temporary file is removed and the target is untouched.
pub fn ecrire_atomique(chemin: &Path, octets: &[u8]) -> Resultat<()> {
    let nom = chemin
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Erreur::champ("fichier", format!("« {} » n'est pas un nom de fichier.", chemin.display())))?;
    let temporaire = chemin.with_file_name(format!(".{nom}.partiel-{}", std::process::id()));
    let resultat = std::fs::File::create(&temporaire)
        .and_then(|mut f| f.write_all(octets).and_then(|()| f.sync_all()))
        .and_then(|()| remplacer(&temporaire, chemin));
    resultat.map_err(|source| {
        let _ = std::fs::remove_file(&temporaire);
        Erreur::Fichier { chemin: chemin.to_owned(), source }
    })
}

/// A document written on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DocumentEcrit {
    /// Full path.
    pub chemin: String,
    /// File name.
    pub nom: String,
    /// Size in bytes.
    #[ts(type = "number")]
    pub taille: u64,
}

impl DocumentEcrit {
    /// Describes a file just written (its name and size read from disk; 0 if it vanished).
    pub fn du_fichier(chemin: &Path) -> Self {
        Self {
            chemin: chemin.display().to_string(),
            nom: chemin.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            taille: std::fs::metadata(chemin).map(|m| m.len()).unwrap_or(0),
        }
    }
}

/// Writes `octets` as `dossier/nom` atomically and durably ([`crate::commun::fichier::ecrire_atomique`]),
/// so a crash or a full disk never leaves half a file. `nom` must be a plain file name:
/// anything that would leave `dossier` is refused.
pub fn ecrire(dossier: &Path, nom: &str, octets: &[u8]) -> Resultat<PathBuf> {
    let simple = Path::new(nom).components().count() == 1
        && matches!(Path::new(nom).components().next(), Some(Component::Normal(_)))
        && !nom.contains(['/', '\\']);
    if !simple || nom.is_empty() {
        return Err(Erreur::champ("nom", format!("« {nom} » n'est pas un nom de fichier simple.")));
    }
    let fichier = |source| Erreur::Fichier { chemin: dossier.to_owned(), source };
    std::fs::create_dir_all(dossier).map_err(fichier)?;
    let chemin = dossier.join(nom);
    crate::commun::fichier::ecrire_atomique(&chemin, octets)?;
    Ok(chemin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ecrit_tout_remplace_et_ne_laisse_rien() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("attestations 2025-2026.pdf");
        ecrire_atomique(&f, b"%PDF-1").unwrap();
        ecrire_atomique(&f, b"%PDF-2").unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"%PDF-2");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn un_echec_laisse_l_ancien_fichier() {
        let d = tempfile::tempdir().unwrap();
        // The target is a folder: the rename fails, nothing changes, no temporary file stays.
        let f = d.path().join("occupé");
        std::fs::create_dir(&f).unwrap();
        std::fs::write(f.join("dedans"), b"x").unwrap();
        assert!(matches!(ecrire_atomique(&f, b"nouveau"), Err(Erreur::Fichier { .. })));
        assert!(f.is_dir());
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
        // Missing folder: a French error, nothing created.
        assert!(ecrire_atomique(&d.path().join("absent/x.pdf"), b"x").is_err());
    }
}

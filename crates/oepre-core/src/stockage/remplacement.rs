//! Replacing a closed data file by a complete, checked copy: the temporary file beside it, its
//! SQLite annexes (`-wal`, `-shm`, `-journal`) and the rename. Restore, import and the
//! passphrase's re-encryption all swap files through here.

use std::path::{Path, PathBuf};

use crate::commun::point_arret;
use crate::{Erreur, Resultat};

/// `.<name>.<usage>.tmp` in the same folder as `chemin` (a rename stays on one file system).
pub fn voisin_temporaire(chemin: &Path, usage: &str) -> PathBuf {
    let nom = chemin.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "oepre".into());
    chemin.with_file_name(format!(".{nom}.{usage}.tmp"))
}

/// Deletes a temporary file and its rollback journal, if any.
pub fn supprimer_temporaire(temporaire: &Path) {
    let _ = std::fs::remove_file(temporaire);
    let _ = std::fs::remove_file(annexe(temporaire, "-journal"));
}

/// The path of one of SQLite's annexes of `chemin` (`oepre.sqlite` + `-wal` → `oepre.sqlite-wal`).
pub fn annexe(chemin: &Path, suffixe: &str) -> PathBuf {
    let mut s = chemin.as_os_str().to_owned();
    s.push(suffixe);
    PathBuf::from(s)
}

/// Swaps the checked, synced `temporaire` over the closed `chemin_db`. The old file's `-wal`
/// was checkpointed into it (or copied aside) by the restore (`securite::restauration`): the leftovers are removed
/// before the rename, so the new file can never be read with the old file's log.
pub fn remplacer(temporaire: &Path, chemin_db: &Path) -> Resultat<()> {
    for suffixe in ["-wal", "-shm", "-journal"] {
        let annexe = annexe(chemin_db, suffixe);
        match std::fs::remove_file(&annexe) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                supprimer_temporaire(temporaire);
                return Err(Erreur::Fichier { chemin: annexe, source });
            }
        }
    }
    point_arret::point("remplacement:annexes-supprimees");
    if let Err(source) = std::fs::rename(temporaire, chemin_db) {
        supprimer_temporaire(temporaire);
        return Err(Erreur::Fichier { chemin: chemin_db.to_owned(), source });
    }
    point_arret::point("remplacement:renomme");
    crate::commun::fichier::synchroniser_dossier(chemin_db);
    Ok(())
}

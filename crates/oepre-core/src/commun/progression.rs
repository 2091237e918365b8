//! The progress of a long task (a bilan export, a batch of documents): one step type and one
//! place that holds the step under way, so a screen can poll it while the task runs. The app
//! keeps one [`Suivi`] in its state; the CLI prints each step as it comes.

use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One step of a long task, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Progression {
    /// Steps done (1…`total`).
    pub etape: u32,
    /// Number of steps.
    pub total: u32,
    /// What was just done, in French (« Classeur XLSX écrit »).
    pub libelle: String,
}

/// The step under way of the task running now, if any (empty before and after it).
#[derive(Debug, Default)]
pub struct Suivi {
    courante: Mutex<Option<Progression>>,
}

impl Suivi {
    /// The last step reported by the running task; `None` when no task runs.
    pub fn lire(&self) -> Option<Progression> {
        self.courante.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    fn noter(&self, p: Option<Progression>) {
        *self.courante.lock().unwrap_or_else(PoisonError::into_inner) = p;
    }

    /// Runs `tache`, giving it the function that reports each step; the step is cleared before
    /// and after, whatever the outcome.
    pub fn pendant<T>(&self, tache: impl FnOnce(&dyn Fn(Progression)) -> T) -> T {
        self.noter(None);
        let resultat = tache(&|p| self.noter(Some(p)));
        self.noter(None);
        resultat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn le_suivi_montre_l_etape_en_cours_puis_se_vide() {
        let suivi = Suivi::default();
        let vu = suivi.pendant(|avancer| {
            avancer(Progression { etape: 1, total: 2, libelle: "un".into() });
            suivi.lire()
        });
        assert_eq!(vu.map(|p| p.etape), Some(1));
        assert_eq!(suivi.lire(), None, "vide après la tâche");
    }
}

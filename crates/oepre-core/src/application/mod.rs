//! Top layer: the use cases, one function each, that the desktop app (`src-tauri/`) and the
//! `oepre` CLI both call. A Tauri command or a CLI subcommand is a few lines over one of these:
//! read its arguments, call, show the result. What a screen receives as one view (the backups
//! screen, the retention setting, the register entry) is assembled here, not in an adapter.
//!
//! - [`sorties`]: files written into a folder — the one the school chose in the app
//!   ([`crate::sorties::sortie::dossier_choisi`]) unless the caller names another (the CLI's
//!   `--out`/`DIR`): documents, flyers, review files, the bilan (with its progress), the
//!   académie merge, the register entry, a parent's data, the export of the whole base.
//! - [`sauvegardes`]: a backup now, the rotation, the backups screen.
//! - [`vues`]: the other views assembled from several core calls.
//!
//! ## How to add a use case
//! Write it here when the app and the CLI both offer it or when it combines several core
//! calls; otherwise the Tauri command calls the domain or output function directly. It takes
//! `&Db`/`&mut Db` and plain values, returns [`crate::Resultat`], and never knows which
//! adapter called it. Long tasks report their steps through [`crate::commun::progression`].

pub mod sauvegardes;
pub mod sorties;
pub mod vues;

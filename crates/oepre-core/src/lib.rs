//! # oepre-core — every rule, the storage, the documents and the exports of Ateliers OEPRE
//!
//! This crate has no Tauri dependency: the desktop app (`src-tauri/`) and the `oepre` CLI
//! (`crates/oepre-cli/`) are thin adapters over it, and it builds and tests headless.
//!
//! ## Where things live (one module per feature, same anatomy everywhere)
//! - [`db`] opens the SQLite file (pragmas, refusals, backups before migrating);
//!   [`schema`] holds the ordered, append-only migrations (`sql/NNN_*.sql`).
//! - [`sauvegarde`] (backups, their settings), [`restauration`] (restore, move to another PC)
//!   and [`chiffrement`] (optional SQLCipher passphrase) keep the data file safe; functions that
//!   replace the file take its path, the caller having closed its [`Db`].
//! - A feature module (e.g. [`etablissement`], [`annee`]) holds its types, its validation
//!   rules and its queries: the rule and the storage of a feature are one hop away.
//! - [`erreur`] is the one error type; [`erreur::CodeErreur`] is the closed list of codes that
//!   cross to the UI, each mapped to a French message in `ui/src/lib/erreurs.ts`.
//!
//! ## How to add a table
//! Follow the checklist at the top of [`schema`]: add `sql/NNN_name.sql`, append it to
//! `MIGRATIONS`, never edit a shipped step; the upgrade test compares an upgraded file with a
//! fresh one.
//!
//! ## How to add a command (an action a user can take)
//! 1. Write the rule as a public function of the feature module taking `&mut Db` (one user
//!    action = one [`db::Db::transaction`]) or `&Db` for reads, returning [`Resultat`].
//! 2. Expose it in `src-tauri/src/commandes.rs` (a few lines, listed in the `commandes!` table,
//!    which also generates the TypeScript bindings) and, where useful, as a CLI subcommand.
//! 3. Run `make bindings` to regenerate `ui/src/lib/generated/bindings.ts`; a test fails while
//!    the committed bindings are stale.

pub mod a_propos;
pub mod acces;
pub mod annee;
pub mod atelier;
pub mod avertissement;
pub mod bilan;
pub mod calendrier;
pub mod conservation;
pub mod chiffrement;
pub mod consolidation;
pub mod db;
pub mod demo;
pub mod demo_parents;
pub mod documents;
pub mod ecole_calendrier;
pub mod erreur;
pub mod etablissement;
pub mod fichier;
pub mod flyer;
pub mod intervenant;
pub mod heures;
pub mod import;
pub mod inscription;
pub mod journal;
pub mod parent;
pub mod parcours_parent;
pub mod point_arret;
pub mod presence;
pub mod recherche;
pub mod referentiels;
pub mod relecture;
pub mod rentree;
pub mod restauration;
pub mod schema;
pub mod seance;
pub mod sauvegarde;
pub mod sortie;
pub mod texte;
pub mod trace;

#[cfg(test)]
mod test_support;

pub use db::Db;
pub use erreur::{CodeErreur, Erreur, ErreurChamp, ErreurPublique, Resultat};

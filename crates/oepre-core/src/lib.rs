//! # oepre-core — every rule, the storage, the documents and the exports of Ateliers OEPRE
//!
//! This crate has no Tauri dependency: the desktop app (`src-tauri/`) and the `oepre` CLI
//! (`crates/oepre-cli/`) are thin adapters over it, and it builds and tests headless.
//!
//! ## The layers (folders of `src/`, bottom up; a module uses its own layer and those below)
//! - [`commun`]: errors ([`commun::erreur`], whose [`CodeErreur`] is the closed list of codes
//!   that cross to the UI, each mapped to a French message in `ui/src/lib/erreurs.ts`), text and
//!   date formats, search, reference lists, the holiday calendar, the one atomic file write,
//!   progress of long tasks, the technical log.
//! - [`stockage`]: opening the SQLite file ([`stockage::db`]: pragmas, refusals, backup before
//!   migrating), the ordered migrations ([`stockage::schema`]), the passphrase's retry delay.
//! - [`domaine`]: one module per feature, holding its types, its validation rules and its
//!   queries, so the rule and the storage of a feature are one hop away.
//! - [`securite`]: backups, restore, encryption; functions that replace the file take its path,
//!   the caller having closed its [`Db`].
//! - [`sorties`]: documents, flyers, the bilan, the académie merge.
//! - [`demo`]: the demo school.
//! - [`application`]: the use cases the app and the CLI both call.
//!
//! `tests/couches.rs` fails on an arrow up a layer or a cycle between modules;
//! `docs/architecture.md` maps each feature to its rule, storage, document and screen.
//!
//! ## How to add a table
//! Follow the checklist at the top of [`stockage::schema`]: add `sql/NNN_name.sql`, append it
//! to `MIGRATIONS`, never edit a shipped step; the upgrade test compares an upgraded file with
//! a fresh one.
//!
//! ## How to add a command (an action a user can take)
//! 1. Write the rule as a public function of the feature module in [`domaine`] taking
//!    `&mut Db` (one user action = one [`Db::transaction`]) or `&Db` for reads, returning
//!    [`Resultat`]. When the app and the CLI both offer it, or it combines several calls or
//!    writes into the chosen folder, add the use case to [`application`].
//! 2. Expose it in `src-tauri/src/commandes/` (a few lines in the file of its area, listed in
//!    the `commandes!` table of `mod.rs`, which also generates the TypeScript bindings) and,
//!    where useful, as a CLI subcommand over the same function.
//! 3. Run `make bindings` to regenerate `ui/src/lib/generated/bindings.ts`; a test fails while
//!    the committed bindings are stale.
//!
//! ## How to add a document or a language
//! A document: a module of [`sorties::documents`] (see its `//!`), a [`sorties::sortie::DemandeDocument`]
//! variant, and a case in `tests/documents.sh`. A flyer language: see [`sorties::flyer`] and
//! `docs/i18n.md`.

pub mod commun;
pub mod stockage;
pub mod domaine;
pub mod securite;
pub mod sorties;
pub mod demo;
pub mod application;

#[cfg(test)]
mod test_support;

pub use commun::erreur::{CodeErreur, Erreur, ErreurChamp, ErreurPublique, Resultat};
pub use stockage::db::Db;

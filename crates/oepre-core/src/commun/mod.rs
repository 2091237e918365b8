//! Lowest layer: pieces every other layer uses and that know nothing of the school — the
//! error type, text and search helpers, reference lists, the school-holiday calendar, the one
//! atomic file write, warnings, the technical log and the test-only crash points.
//! Nothing here opens the database or names a domain type.

pub mod avertissement;
pub mod calendrier;
pub mod departements;
pub mod erreur;
pub mod fichier;
pub mod point_arret;
pub mod progression;
pub mod recherche;
pub mod referentiels;
pub mod tableur;
pub mod texte;
pub mod trace;

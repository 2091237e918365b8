//! The school's rules and their storage, one module per feature (types, validation, queries):
//! school and years, calendar, ateliers and their planning, séances, intervenants, parents,
//! enrolments, attendance, hours, journal, retention and rights, the new school year.
//! Uses [`crate::stockage`] and [`crate::commun`]; never the outputs or data safety.

pub mod acces;
pub mod annee;
pub mod atelier;
pub mod conservation;
pub mod ecole_calendrier;
pub mod etablissement;
pub mod heures;
pub mod import;
pub mod inscription;
pub mod intervenant;
pub mod journal;
pub mod parcours_parent;
pub mod parent;
pub mod planning;
pub mod presence;
pub mod programme;
pub mod rentree;
pub mod seance;
pub mod suivi_parents;
pub mod trimestre;
pub mod vues_ateliers;
pub mod vues_parents;

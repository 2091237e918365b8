//! Top layer: the demo school offered on first start ([`ecole`]) and its parents with their
//! attendance ([`parents`]), built through the domain's own functions like a user would.

pub mod ecole;
pub mod parents;

pub use ecole::{charger, commencer_vide, etat_accueil, saisie_etablissement, EtatAccueil};

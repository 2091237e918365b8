//! Warnings: what the app points out but never blocks (hours outside 60–120, group size outside
//! its bounds, the 250 h vacation cap, a school year without a shipped calendar…).
//!
//! A warning crosses to the UI as `{code, message}`: the screen branches on the closed
//! [`CodeAvertissement`], and shows the French `message` as it is. To add a kind of warning, add
//! a variant here (documented) and build it where its rule lives.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a warning is about. Closed: the UI may pick an icon or a place per code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum CodeAvertissement {
    /// An atelier's planned hours are outside the configured range (60–120 h by default).
    HeuresPrevues,
    /// The hours of an atelier's scheduled séances are outside the configured range.
    HeuresProgrammees,
    /// An atelier has fewer or more enrolled parents than its group-size bounds.
    Effectif,
    /// An intervenant exceeds 250 h over 12 consecutive months (décret 2005-909).
    PlafondVacations,
    /// The app has no shipped holiday calendar for the period: the school enters its holidays.
    CalendrierInconnu,
    /// A weekly slot has no intervenant yet.
    SansIntervenant,
}

/// One warning: a code to branch on, a French message to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Avertissement {
    /// What it is about.
    pub code: CodeAvertissement,
    /// In French, ready to show.
    pub message: String,
}

impl Avertissement {
    /// A warning.
    pub fn new(code: CodeAvertissement, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

pub use crate::commun::texte::heures_fr;

#[cfg(test)]
mod tests {
    #[test]
    fn heures_lisibles() {
        assert_eq!(super::heures_fr(116 * 60), "116 h");
        assert_eq!(super::heures_fr(90), "1 h 30");
        assert_eq!(super::heures_fr(45), "0 h 45");
    }
}

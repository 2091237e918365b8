//! The five follow-up indicators of the école–parents charter (seed 002) as the bilan's files
//! print them: one row per indicator in the charter's order, with the ticks per term and over the
//! year for the three that are ticked per parent ([`crate::domaine::suivi_parents`]), and the
//! number the school typed in the qualitative part ([`super::qualitatif::IndicateursEcoleFamille`]).
//! Used by the PDF, the XLSX, the « fiche de saisie » and the point trimestriel.

use super::qualitatif::IndicateursEcoleFamille;
use super::Chiffres;
use crate::domaine::suivi_parents::IndicateurParent;

/// One indicator's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LigneIndicateur {
    /// The charter's wording.
    pub libelle: &'static str,
    /// `true` for the three ticked per parent and term.
    pub coche_par_parent: bool,
    /// Distinct parents ticked in terms 1, 2, 3; `None` when not ticked per parent, or in a file
    /// exported before the ticks existed.
    pub trimestres: Option<[i64; 3]>,
    /// Distinct parents ticked over the year (same `None`).
    pub annee: Option<i64>,
    /// The number typed in the qualitative part; `None` while not entered.
    pub saisi: Option<i64>,
}

/// The five rows of a scope `c` (the school or an atelier) and the typed counts `q`.
pub fn lignes(c: &Chiffres, q: &IndicateursEcoleFamille) -> Vec<LigneIndicateur> {
    q.lignes()
        .into_iter()
        .enumerate()
        .map(|(k, (libelle, saisi))| {
            let coches = IndicateurParent::TOUS.get(k).and_then(|i| c.suivi_parents.as_ref()?.iter().find(|x| x.indicateur == i.code()));
            LigneIndicateur {
                libelle,
                coche_par_parent: k < IndicateurParent::TOUS.len(),
                trimestres: coches.map(|x| [0, 1, 2].map(|t| x.trimestres.get(t).copied().unwrap_or(0))),
                annee: coches.map(|x| x.annee),
                saisi,
            }
        })
        .collect()
}

/// A count, or « — » when not counted.
pub fn texte(n: Option<i64>) -> String {
    n.map_or("—".into(), |n| n.to_string())
}

/// What the fiche de saisie says for one row: the ticks of the year (with the terms), else the
/// typed number, else « non renseigné ».
pub fn resume(l: &LigneIndicateur) -> String {
    let coches = match (l.annee, l.trimestres) {
        (Some(a), Some([t1, t2, t3])) if a > 0 => Some(format!("{a} parent(s) (trimestre 1 : {t1}, trimestre 2 : {t2}, trimestre 3 : {t3})")),
        _ => None,
    };
    match (coches, l.saisi) {
        (Some(c), Some(s)) => format!("{c} ; nombre saisi : {s}"),
        (Some(c), None) => c,
        (None, Some(s)) => s.to_string(),
        (None, None) => "non renseigné".into(),
    }
}

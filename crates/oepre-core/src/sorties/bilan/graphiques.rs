//! The charts of the bilan PDF and of the académie PDF (issue 6): attendance rate per month,
//! hours per axis, entry vs exit CECRL levels (oral, written), priority public vs the other
//! parents. This file only says **what** each chart shows (title, categories, series, a note
//! when the file lacks the figures); [`super::graphiques_pdf`] draws them as vector bars with
//! the numbers in a small table under each chart. The app's « Chiffres » tab draws the same
//! charts in SVG from these same descriptions ([`de_l_annee`], `ui/src/ecrans/bilan/Graphique.svelte`).

use serde::Serialize;
use ts_rs::TS;

use super::fusion::ChiffresFusion;
use super::{Bilan, LigneNiveau};
use crate::domaine::heures::AssiduiteMois;
use crate::domaine::seance::MinutesAxes;
use crate::{Db, Resultat};

/// What a chart's values are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Unite {
    /// A rate, 0–100 %.
    Pourcent,
    /// Decimal hours.
    Heures,
    /// A count of parents or enrolments.
    Nombre,
}

/// One series of bars (one colour).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Serie {
    /// Shown in the legend and the table (« Entrée », « Sortie »…).
    pub nom: String,
    /// One value per category; `None`: not known (« — »).
    pub valeurs: Vec<Option<f64>>,
}

/// A bar chart.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Graphique {
    /// Its title, printed above it.
    pub titre: String,
    /// The values' unit.
    pub unite: Unite,
    /// The bars' labels, left to right.
    pub categories: Vec<String>,
    /// One or two series.
    pub series: Vec<Serie>,
    /// Said under the chart (the figures are missing from an older file…).
    pub note: Option<String>,
}

/// The figures the charts are drawn from: a school's bilan or the académie merge.
pub struct Donnees<'a> {
    /// Hours per month; `None` when the file predates them.
    pub mois: Option<&'a [AssiduiteMois]>,
    /// Delivered minutes per axis; `None` when the file predates them.
    pub axes: Option<MinutesAxes>,
    /// Entry and exit levels.
    pub niveaux: &'a [LigneNiveau],
    /// Public prioritaire, other allophone, other French-speaking parents; `None` when unknown.
    pub publics: Option<[i64; 3]>,
}

impl<'a> Donnees<'a> {
    /// A school's figures.
    pub fn du_bilan(b: &'a Bilan) -> Self {
        let p = &b.ecole.parents;
        Donnees {
            mois: b.ecole.assiduite_par_mois.as_deref(),
            axes: b.ecole.axes_realises,
            niveaux: &p.niveaux,
            publics: p.publics_distingues.then_some([p.public_prioritaire, p.autres_allophones_hors_prioritaire, p.francophones_hors_prioritaire]),
        }
    }

    /// The académie's (or a département's) sums over `fichiers` files.
    pub fn de_la_fusion(c: &'a ChiffresFusion, fichiers: i64) -> Self {
        Donnees {
            mois: (c.bilans_sans_mois < fichiers).then_some(c.assiduite_par_mois.as_slice()),
            axes: (c.bilans_sans_axes < fichiers).then_some(MinutesAxes { langue: c.minutes_axe_langue, ecole: c.minutes_axe_ecole, valeurs: c.minutes_axe_valeurs }),
            niveaux: &c.niveaux,
            publics: (c.bilans_sans_publics < fichiers).then_some([c.public_prioritaire, c.autres_allophones_hors_prioritaire, c.francophones_hors_prioritaire]),
        }
    }
}

/// The short label of a month: `2025-10` → « oct. 2025 ».
pub fn mois_court(mois: &str) -> String {
    const NOMS: [&str; 12] = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    match mois.split_once('-').and_then(|(a, m)| Some((a, m.parse::<usize>().ok()?))) {
        Some((a, m)) if (1..=12).contains(&m) => format!("{} {a}", NOMS[m - 1]),
        _ => mois.to_owned(),
    }
}

const ABSENT: &str = "Non disponible : ce bilan a été exporté par une version antérieure d'Ateliers OEPRE.";

/// The charts of the bilan of the year `annee_id`, as the « Chiffres » tab draws them.
pub fn de_l_annee(db: &Db, annee_id: i64) -> Resultat<Vec<Graphique>> {
    Ok(graphiques(&Donnees::du_bilan(&super::calculer(db, annee_id)?)))
}

/// The charts, in reading order.
pub fn graphiques(d: &Donnees<'_>) -> Vec<Graphique> {
    let mut v = Vec::new();
    let mois = d.mois.unwrap_or_default();
    v.push(Graphique {
        titre: "Taux d'assiduité par mois".into(),
        unite: Unite::Pourcent,
        categories: mois.iter().map(|m| mois_court(&m.mois)).collect(),
        series: vec![Serie { nom: "Taux d'assiduité".into(), valeurs: mois.iter().map(|m| m.taux().map(|t| t * 100.0)).collect() }],
        note: match d.mois {
            None => Some(ABSENT.into()),
            Some([]) => Some("Aucune séance dont l'appel est fait.".into()),
            Some(_) => Some("Heures suivies ÷ heures dispensées, mois par mois.".into()),
        },
    });
    let axes = d.axes.unwrap_or_default();
    v.push(Graphique {
        titre: "Heures réalisées par axe".into(),
        unite: Unite::Heures,
        categories: vec!["Axe 1 : langue française".into(), "Axe 2 : fonctionnement et attentes de l'École".into(), "Axe 3 : valeurs de la République".into()],
        series: vec![Serie {
            nom: "Heures réalisées".into(),
            valeurs: [axes.langue, axes.ecole, axes.valeurs].iter().map(|&m| d.axes.map(|_| m as f64 / 60.0)).collect(),
        }],
        note: d.axes.is_none().then(|| ABSENT.into()),
    });
    for (competence, entree, sortie) in [
        ("oral", (|l: &LigneNiveau| l.entree_oral) as fn(&LigneNiveau) -> i64, (|l: &LigneNiveau| l.sortie_oral) as fn(&LigneNiveau) -> i64),
        ("écrit", |l| l.entree_ecrit, |l| l.sortie_ecrit),
    ] {
        v.push(Graphique {
            titre: format!("Niveaux CECRL à l'entrée et à la sortie — {competence}"),
            unite: Unite::Nombre,
            categories: d.niveaux.iter().map(|l| if l.niveau == "non_evalue" { "Non évalué".to_owned() } else { l.niveau.clone() }).collect(),
            series: vec![
                Serie { nom: "Entrée".into(), valeurs: d.niveaux.iter().map(|l| Some(entree(l) as f64)).collect() },
                Serie { nom: "Sortie".into(), valeurs: d.niveaux.iter().map(|l| Some(sortie(l) as f64)).collect() },
            ],
            note: Some("Par inscription.".into()),
        });
    }
    v.push(Graphique {
        titre: "Public prioritaire Intérieur et autres parents".into(),
        unite: Unite::Nombre,
        categories: vec!["Public prioritaire Intérieur".into(), super::LIBELLE_AUTRES_ALLOPHONES.into(), super::LIBELLE_AUTRES_FRANCOPHONES.into()],
        series: vec![Serie { nom: "Parents".into(), valeurs: (0..3).map(|i| d.publics.map(|p| p[i] as f64)).collect() }],
        note: Some(match d.publics {
            Some(_) => "Public prioritaire Intérieur : hors UE, en France depuis moins de 5 ans, CIR signé.".into(),
            None => ABSENT.into(),
        }),
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mois_et_donnees_absentes() {
        assert_eq!(mois_court("2025-10"), "oct. 2025");
        assert_eq!(mois_court("2026-02"), "févr. 2026");
        assert_eq!(mois_court("n/a"), "n/a");
        let mois = [AssiduiteMois { mois: "2025-10".into(), minutes_suivies: 90, minutes_dispensees: 120 }];
        let niveaux = [LigneNiveau { niveau: "A1".into(), entree_oral: 2, entree_ecrit: 1, sortie_oral: 0, sortie_ecrit: 3 }];
        let g = graphiques(&Donnees { mois: Some(&mois), axes: None, niveaux: &niveaux, publics: Some([4, 2, 1]) });
        assert_eq!(g.len(), 5);
        assert_eq!(g[0].series[0].valeurs, vec![Some(75.0)]);
        assert_eq!(g[1].series[0].valeurs, vec![None, None, None], "older file: « — », not 0");
        assert!(g[1].note.as_deref().unwrap().contains("version antérieure"));
        assert_eq!(g[2].series[1].valeurs, vec![Some(0.0)]);
        assert_eq!(g[3].series[1].valeurs, vec![Some(3.0)]);
        assert_eq!(g[4].series[0].valeurs, vec![Some(4.0), Some(2.0), Some(1.0)]);
    }
}

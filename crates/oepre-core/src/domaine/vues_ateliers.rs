//! What the ateliers and séances screens show: each atelier with its totals (hours planned,
//! scheduled, held, delivered), its enrolment count and its warnings, the year's list, and an
//! atelier's séances. The atelier itself, its slots and rules are [`crate::domaine::atelier`].

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::commun::avertissement::{heures_fr, Avertissement, CodeAvertissement};
use crate::domaine::annee::{self, AnneeScolaire};
use crate::domaine::atelier::{avertir_effectif_max, avertissements_creneaux, fourchette_heures, lire, lister, Atelier};
use crate::domaine::ecole_calendrier::{self, EtatCalendrier};
use crate::domaine::seance::{self, Totaux};
use crate::Resultat;

/// An atelier with its totals and warnings, for the ateliers screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueAtelier {
    /// The atelier.
    pub atelier: Atelier,
    /// Hours planned, scheduled, held so far, delivered (see [`crate::domaine::seance`]).
    pub totaux: Totaux,
    /// Parents enrolled (inscriptions with status `inscrit`).
    #[ts(type = "number")]
    pub inscrits: i64,
    /// Never blocking.
    pub avertissements: Vec<Avertissement>,
    /// The school's minimum share of each axis, percent ([`crate::domaine::atelier::part_axe_minimum`]):
    /// the screen marks an axis under it.
    #[ts(type = "number")]
    pub part_axe_min_pourcent: i64,
}

/// The ateliers of a school year.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueAteliers {
    /// The year shown; `None` when no year is set yet.
    pub annee: Option<AnneeScolaire>,
    /// Whether the app has the holiday calendar of that year (`calendrier_connu`), and what
    /// to tell the school if not.
    pub calendrier: Option<EtatCalendrier>,
    /// Planned-hours range, in hours (warning outside).
    #[ts(type = "number")]
    pub heures_min: i64,
    /// See `heures_min`.
    #[ts(type = "number")]
    pub heures_max: i64,
    /// The ateliers, by name.
    pub ateliers: Vec<VueAtelier>,
}

/// The atelier with its totals and warnings, measured against `aujourd_hui`.
pub fn vue_atelier(conn: &Connection, id: i64, aujourd_hui: NaiveDate) -> Resultat<VueAtelier> {
    let atelier = lire(conn, id)?;
    vue_de(conn, atelier, fourchette_heures(conn)?, aujourd_hui)
}

fn vue_de(conn: &Connection, atelier: Atelier, (hmin, hmax): (i64, i64), aujourd_hui: NaiveDate) -> Resultat<VueAtelier> {
    let seances = seance::lister(conn, atelier.id)?;
    let totaux = Totaux::calculer(atelier.minutes_prevues, &seances, aujourd_hui);
    let inscrits: i64 =
        conn.query_row("SELECT count(*) FROM inscription WHERE atelier_id = ?1 AND statut = 'inscrit'", [atelier.id], |r| r.get(0))?;
    let mut avertissements = Vec::new();
    let hors = |m: i64| m < hmin * 60 || m > hmax * 60;
    if hors(atelier.minutes_prevues) {
        avertissements.push(Avertissement::new(
            CodeAvertissement::HeuresPrevues,
            format!("{} prévues : un atelier compte en général de {hmin} à {hmax} heures dans l'année.", heures_fr(atelier.minutes_prevues)),
        ));
    }
    if totaux.seances_programmees > 0 && hors(totaux.minutes_programmees) {
        avertissements.push(Avertissement::new(
            CodeAvertissement::HeuresProgrammees,
            format!("Les séances programmées font {} : hors de la fourchette de {hmin} à {hmax} heures.", heures_fr(totaux.minutes_programmees)),
        ));
    }
    let (min, max) = (i64::from(atelier.effectif_min), i64::from(atelier.effectif_max));
    if inscrits < min {
        avertissements.push(Avertissement::new(
            CodeAvertissement::Effectif,
            format!("{inscrits} parent(s) inscrit(s) : moins que l'effectif minimum de {min}."),
        ));
    } else if inscrits > max && avertir_effectif_max(conn)? {
        avertissements.push(Avertissement::new(
            CodeAvertissement::Effectif,
            format!("{inscrits} parents inscrits : plus que l'effectif maximum de {max}."),
        ));
    }
    avertissements.extend(avertissements_creneaux(&atelier));
    let part_axe_min_pourcent = crate::domaine::atelier::part_axe_minimum(conn)?;
    Ok(VueAtelier { atelier, totaux, inscrits, avertissements, part_axe_min_pourcent })
}

/// An atelier's séances with its totals, for the séances screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueSeances {
    /// The atelier, its totals and warnings.
    pub atelier: VueAtelier,
    /// Every séance, cancelled ones included, by date and time.
    pub seances: Vec<seance::Seance>,
    /// The séance a sign-in sheet is proposed for ([`seance::a_emarger`]).
    #[ts(type = "number | null")]
    pub a_emarger: Option<i64>,
}

/// Reads [`VueSeances`], measured against `aujourd_hui`.
pub fn vue_seances(conn: &Connection, atelier_id: i64, aujourd_hui: NaiveDate) -> Resultat<VueSeances> {
    let seances = seance::lister(conn, atelier_id)?;
    let a_emarger = seance::a_emarger(&seances, aujourd_hui).map(|s| s.id);
    Ok(VueSeances { atelier: vue_atelier(conn, atelier_id, aujourd_hui)?, seances, a_emarger })
}

/// The ateliers of the year `annee_id` (else the current one) with totals and warnings, and
/// whether the app knows that year's holidays.
pub fn vue_ateliers(conn: &Connection, annee_id: Option<i64>, aujourd_hui: NaiveDate) -> Resultat<VueAteliers> {
    let (heures_min, heures_max) = fourchette_heures(conn)?;
    let annee = match annee_id {
        Some(id) => Some(annee::par_id(conn, id)?),
        None => annee::courante(conn)?,
    };
    let Some(a) = annee else {
        return Ok(VueAteliers { annee: None, calendrier: None, heures_min, heures_max, ateliers: Vec::new() });
    };
    let calendrier = ecole_calendrier::etat(conn, a.premier_jour, a.dernier_jour).ok();
    let ateliers = lister(conn, a.id)?
        .into_iter()
        .map(|at| vue_de(conn, at, (heures_min, heures_max), aujourd_hui))
        .collect::<Resultat<_>>()?;
    Ok(VueAteliers { annee: Some(a), calendrier, heures_min, heures_max, ateliers })
}

//! What the ateliers and séances screens show: each atelier with its totals (hours planned,
//! scheduled, held, delivered), its enrolment count and its warnings, the year's list, and an
//! atelier's séances; and what the roll call screen opens on ([`ouverture_appel`], in one
//! answer). The atelier itself, its slots and rules are [`crate::domaine::atelier`].

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::commun::avertissement::{heures_fr, Avertissement, CodeAvertissement};
use crate::domaine::annee::{self, AnneeScolaire};
use crate::domaine::atelier::{avertissements_creneaux, fourchette_heures, lire, lister, reglages, Atelier, ReglagesAvertissements};
use crate::domaine::ecole_calendrier::{self, EtatCalendrier};
use crate::domaine::presence::{self, Appel};
use crate::domaine::seance::{self, Axes, Seance, Totaux};
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
    /// The school's minimum share of each axis, percent ([`crate::domaine::atelier::part_axe_minimum`]).
    #[ts(type = "number")]
    pub part_axe_min_pourcent: i64,
    /// The axes under that share of the delivered hours ([`seance::MinutesAxes::sous_la_part`]),
    /// marked on the atelier's page as « À vérifier » lists them.
    pub axes_faibles: Axes,
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
    vue_de(conn, atelier, fourchette_heures(conn)?, &reglages(conn)?, aujourd_hui)
}

/// `(hmin, hmax)` and `r`: the school's settings, read once for a whole list.
fn vue_de(conn: &Connection, atelier: Atelier, (hmin, hmax): (i64, i64), r: &ReglagesAvertissements, aujourd_hui: NaiveDate) -> Resultat<VueAtelier> {
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
    } else if inscrits > max && r.avertir_effectif_max {
        avertissements.push(Avertissement::new(
            CodeAvertissement::Effectif,
            format!("{inscrits} parents inscrits : plus que l'effectif maximum de {max}."),
        ));
    }
    avertissements.extend(avertissements_creneaux(&atelier));
    let axes_faibles = totaux.axes_realises.sous_la_part(totaux.minutes_realisees, r.part_axe_min_pourcent);
    Ok(VueAtelier { atelier, totaux, inscrits, avertissements, part_axe_min_pourcent: r.part_axe_min_pourcent, axes_faibles })
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
    let r = reglages(conn)?;
    let ateliers = lister(conn, a.id)?
        .into_iter()
        .map(|at| vue_de(conn, at, (heures_min, heures_max), &r, aujourd_hui))
        .collect::<Resultat<_>>()?;
    Ok(VueAteliers { annee: Some(a), calendrier, heures_min, heures_max, ateliers })
}

/// What the roll call screen opens on, in one answer: it is the first screen of a school already
/// set up, and four reads in a row (the ateliers, the default séance, the séances, the roll call)
/// were a quarter of its start-up.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OuvertureAppel {
    /// The ateliers of the current year, by name (the atelier picker).
    pub ateliers: Vec<Atelier>,
    /// The atelier shown; `None` when the year has none.
    #[ts(type = "number | null")]
    pub atelier_id: Option<i64>,
    /// Its séances, by date (the séance picker).
    pub seances: Vec<Seance>,
    /// The roll call opened; `None` when the atelier has no séance.
    pub appel: Option<Appel>,
}

/// The roll call screen's first view. With `seance_id`, that séance's roll call (a link from
/// « À vérifier »). Otherwise the atelier is `atelier_retenu` when it is one of the current
/// year's (the one used last on this PC), else the one with a séance today, else the first by
/// name; and its séance is [`presence::seance_par_defaut`] (today's, else the latest, else the next).
pub fn ouverture_appel(conn: &Connection, seance_id: Option<i64>, atelier_retenu: Option<i64>, aujourd_hui: NaiveDate) -> Resultat<OuvertureAppel> {
    let ateliers = match annee::courante(conn)? {
        Some(a) => lister(conn, a.id)?,
        None => Vec::new(),
    };
    if let Some(id) = seance_id {
        let appel = presence::appel(conn, id)?;
        let atelier_id = appel.seance.atelier_id;
        return Ok(OuvertureAppel { ateliers, atelier_id: Some(atelier_id), seances: seance::lister(conn, atelier_id)?, appel: Some(appel) });
    }
    // (atelier, its default séance), the séance looked up once.
    let mut choix = None;
    if let Some(id) = atelier_retenu.filter(|id| ateliers.iter().any(|a| a.id == *id)) {
        choix = Some((id, presence::seance_par_defaut(conn, id, aujourd_hui)?));
    } else if ateliers.len() > 1 {
        for a in &ateliers {
            let s = presence::seance_par_defaut(conn, a.id, aujourd_hui)?;
            if s.as_ref().is_some_and(|s| s.date == aujourd_hui) {
                choix = Some((a.id, s));
                break;
            }
        }
    }
    if choix.is_none() {
        if let Some(a) = ateliers.first() {
            choix = Some((a.id, presence::seance_par_defaut(conn, a.id, aujourd_hui)?));
        }
    }
    let Some((atelier_id, defaut)) = choix else {
        return Ok(OuvertureAppel { ateliers, atelier_id: None, seances: Vec::new(), appel: None });
    };
    let appel = defaut.map(|s| presence::appel(conn, s.id)).transpose()?;
    Ok(OuvertureAppel { ateliers, atelier_id: Some(atelier_id), seances: seance::lister(conn, atelier_id)?, appel })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Db;

    fn jour(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn l_appel_s_ouvre_sur_l_atelier_retenu_sinon_celui_du_jour_sinon_le_premier() {
        let mut db = Db::en_memoire().unwrap();
        assert!(ouverture_appel(db.conn(), None, None, jour("2025-10-07")).unwrap().ateliers.is_empty(), "no year, nothing");
        crate::demo::ecole::charger(&mut db).unwrap();
        let c = db.conn();
        let noms: Vec<(i64, String)> = lister(c, annee::courante(c).unwrap().unwrap().id).unwrap().into_iter().map(|a| (a.id, a.nom)).collect();
        let id = |nom: &str| noms.iter().find(|(_, n)| n == nom).unwrap().0;
        let (alpha, mardi) = (id("Atelier alphabétisation"), id("Atelier du mardi et jeudi"));
        assert_eq!(noms[0].0, alpha, "by name, the alphabétisation comes first");

        // A Tuesday: only the Tuesday–Thursday atelier meets; it is chosen, on today's séance.
        let o = ouverture_appel(c, None, None, jour("2025-10-07")).unwrap();
        assert_eq!(o.ateliers.len(), 2);
        assert_eq!(o.atelier_id, Some(mardi));
        let appel = o.appel.unwrap();
        assert_eq!(appel.seance.date, jour("2025-10-07"));
        assert!(o.seances.iter().all(|s| s.atelier_id == mardi) && o.seances.iter().any(|s| s.id == appel.seance.id));
        assert!(!appel.lignes.is_empty());

        // The atelier used last on this PC wins; its séance is the latest before today.
        let o = ouverture_appel(c, None, Some(alpha), jour("2025-10-07")).unwrap();
        assert_eq!(o.atelier_id, Some(alpha));
        assert!(o.appel.unwrap().seance.date < jour("2025-10-07"));
        // One no longer in the year is ignored; a Sunday with no séance anywhere: the first by name.
        assert_eq!(ouverture_appel(c, None, Some(9_999), jour("2025-10-12")).unwrap().atelier_id, Some(alpha));

        // A séance asked for (a link): its atelier and its roll call.
        let s = seance::lister(c, mardi).unwrap()[3].clone();
        let o = ouverture_appel(c, Some(s.id), Some(alpha), jour("2025-10-07")).unwrap();
        assert_eq!((o.atelier_id, o.appel.unwrap().seance.id), (Some(mardi), s.id));
        assert!(ouverture_appel(c, Some(999_999), None, jour("2025-10-07")).is_err());
    }
}

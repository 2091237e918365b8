//! The « point trimestriel » of one atelier for one term (école–parents charter, seed 002:
//! « Bilan rapide lors d'un conseil des maîtres trimestriel »): a one-page PDF for the conseil des
//! maîtres ([`super::trimestre_pdf`]). The terms are [`crate::domaine::trimestre`]'s.
//!
//! Every figure counts the dates of the term's window ([`crate::domaine::trimestre::Trimestres::fenetre`]):
//! - séances: non-cancelled séances of the window (held = roll call taken, as in the bilan), cancelled ones;
//! - hours held, in total and per axis (split as [`crate::domaine::seance::MinutesAxes`] says), and
//!   the hours held since the rentrée against the hours planned;
//! - attendance: hours attended ÷ hours delivered over the window's séances
//!   ([`crate::domaine::heures::par_inscription_entre`], the one definition);
//! - arrivals (enrolled in the window; term 1 includes the enrolments taken before the rentrée),
//!   departures (left in the window), the group at the start and at the end of the term
//!   (waiting list excluded);
//! - the charter's indicators: distinct parents of the atelier ticked for the term
//!   ([`crate::domaine::suivi_parents`]), and the two the school types for the year.
//!
//! Aggregates only: no parent is named.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::qualitatif::{self, IndicateursEcoleFamille};
use crate::domaine::heures::{self, Portee};
use crate::domaine::seance::{self, MinutesAxes, Totaux};
use crate::domaine::suivi_parents::{self, CompteIndicateur};
use crate::domaine::trimestre::{self, Trimestre};
use crate::domaine::{annee, atelier};
use crate::{Db, Resultat};

/// The point trimestriel of one atelier.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PointTrimestriel {
    /// `2025-2026`.
    pub annee: String,
    /// The atelier.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// Its name.
    pub atelier_nom: String,
    /// Its level or track.
    pub niveau: String,
    /// The term.
    pub trimestre: Trimestre,
    /// The terms' limits are a guess (the calendar lacks the Christmas or spring holidays).
    pub trimestres_approximatifs: bool,
    /// Non-cancelled séances in the term.
    #[ts(type = "number")]
    pub seances_programmees: i64,
    /// Held (roll call taken).
    #[ts(type = "number")]
    pub seances_realisees: i64,
    /// Cancelled.
    #[ts(type = "number")]
    pub seances_annulees: i64,
    /// Minutes held (roll call taken) in the term.
    #[ts(type = "number")]
    pub minutes_realisees: i64,
    /// The same per axis.
    pub axes_realises: MinutesAxes,
    /// Minutes held from the rentrée to the end of the term.
    #[ts(type = "number")]
    pub minutes_realisees_cumul: i64,
    /// Planned for the year (typed on the atelier).
    #[ts(type = "number")]
    pub minutes_prevues: i64,
    /// Σ hours attended over the term's séances (minutes).
    #[ts(type = "number")]
    pub minutes_suivies: i64,
    /// Σ hours delivered over the term's séances (minutes).
    #[ts(type = "number")]
    pub minutes_dispensees: i64,
    /// suivies ÷ dispensées; `None` when nothing was delivered.
    pub taux_assiduite: Option<f64>,
    /// Parents in the group on the term's first day (enrolled before, not left).
    #[ts(type = "number")]
    pub effectif_debut: i64,
    /// Enrolled during the term.
    #[ts(type = "number")]
    pub arrivees: i64,
    /// Left during the term.
    #[ts(type = "number")]
    pub departs: i64,
    /// Parents in the group at the end of the term.
    #[ts(type = "number")]
    pub effectif_fin: i64,
    /// The three indicators ticked per parent: `trimestres` holds the term's count in its only cell.
    pub suivi_parents: Vec<CompteIndicateur>,
    /// The typed counts of the year (school), for the two indicators that are not ticked.
    pub indicateurs_saisis: IndicateursEcoleFamille,
}

/// The point trimestriel of the atelier `atelier_id` for the term `numero` (1 to 3).
pub fn calculer(db: &Db, atelier_id: i64, numero: u8) -> Resultat<PointTrimestriel> {
    let conn = db.conn();
    annee::exiger_atelier(conn, atelier_id)?;
    let a = atelier::lire(conn, atelier_id)?;
    let an = annee::par_id(conn, a.annee_id)?;
    let trimestres = trimestre::de_l_annee(conn, a.annee_id)?;
    let t = trimestres.trimestre(numero)?;
    let (du, au) = trimestres.fenetre(numero)?;
    let dans = |d: NaiveDate| du <= d && d <= au;

    let seances = seance::lister(conn, atelier_id)?;
    let du_trimestre: Vec<seance::Seance> = seances.iter().filter(|s| dans(s.date)).cloned().collect();
    let tot = Totaux::calculer(a.minutes_prevues, &du_trimestre, an.dernier_jour);
    let cumul: i64 = seances.iter().filter(|s| !s.annulee && s.appel_fait && s.date <= au).map(|s| s.duree_minutes).sum();

    let heures = heures::par_inscription_entre(conn, &Portee::Atelier(atelier_id), du, au)?;
    let (suivies, dispensees) = heures.values().fold((0, 0), |(s, d), h| (s + h.minutes_suivies, d + h.minutes_dispensees));

    let mut stmt = conn.prepare("SELECT inscrit_le, parti_le FROM inscription WHERE atelier_id = ?1 AND statut <> 'attente'")?;
    let inscriptions: Vec<(NaiveDate, Option<NaiveDate>)> = stmt.query_map([atelier_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    let arrivees = inscriptions.iter().filter(|(i, _)| dans(*i)).count() as i64;
    let departs = inscriptions.iter().filter(|(_, p)| p.is_some_and(dans)).count() as i64;
    let effectif_fin = inscriptions.iter().filter(|(i, p)| *i <= au && p.is_none_or(|p| p > au)).count() as i64;

    let suivi_parents = suivi_parents::compter(conn, a.annee_id, Some(atelier_id))?
        .into_iter()
        .map(|c| CompteIndicateur { trimestres: vec![c.trimestres.get(usize::from(numero - 1)).copied().unwrap_or(0)], annee: c.annee, ..c })
        .collect();
    Ok(PointTrimestriel {
        annee: an.libelle,
        atelier_id,
        atelier_nom: a.nom,
        niveau: a.niveau,
        trimestre: t,
        trimestres_approximatifs: trimestres.approximatif,
        seances_programmees: tot.seances_programmees,
        seances_realisees: tot.seances_realisees,
        seances_annulees: tot.seances_annulees,
        minutes_realisees: tot.minutes_realisees,
        axes_realises: tot.axes_realises,
        minutes_realisees_cumul: cumul,
        minutes_prevues: a.minutes_prevues,
        minutes_suivies: suivies,
        minutes_dispensees: dispensees,
        taux_assiduite: (dispensees > 0).then(|| suivies as f64 / dispensees as f64),
        effectif_debut: effectif_fin - arrivees + departs,
        arrivees,
        departs,
        effectif_fin,
        suivi_parents,
        indicateurs_saisis: qualitatif::lire_conn(conn, a.annee_id)?.indicateurs,
    })
}

/// The PDF of the point trimestriel of the year `annee_id`, term `numero`: of the atelier
/// `atelier_id` (which must belong to that year), else of every atelier of the year, one page
/// each. Returns the file name ([`nom_fichier`]) and the bytes.
pub fn produire(db: &Db, annee_id: i64, numero: u8, atelier_id: Option<i64>, aujourd_hui: NaiveDate) -> Resultat<(String, Vec<u8>)> {
    trimestre::verifier_numero(numero)?;
    let an = annee::par_id(db.conn(), annee_id)?;
    let (ids, nom_atelier) = match atelier_id {
        Some(id) => {
            annee::exiger_atelier(db.conn(), id)?;
            let a = atelier::lire(db.conn(), id)?;
            if a.annee_id != annee_id {
                return Err(crate::Erreur::Introuvable(format!("L'atelier « {} » n'est pas de l'année {}.", a.nom, an.libelle)));
            }
            (vec![id], Some(a.nom))
        }
        None => (atelier::lister(db.conn(), annee_id)?.into_iter().map(|a| a.id).collect(), None),
    };
    let points = ids.into_iter().map(|id| calculer(db, id, numero)).collect::<Resultat<Vec<_>>>()?;
    let octets = super::pdf_trimestre(db, &points, aujourd_hui)?;
    Ok((nom_fichier(&an.libelle, numero, nom_atelier.as_deref()), octets))
}

/// `point-trimestriel-t2-<année>-<atelier>.pdf`, or `point-trimestriel-t2-<année>.pdf` for
/// every atelier in one file.
pub fn nom_fichier(annee: &str, numero: u8, atelier: Option<&str>) -> String {
    let t = format!("t{numero}");
    let mut parties = vec!["point-trimestriel", t.as_str(), annee];
    parties.extend(atelier);
    crate::sorties::documents::nom_de_fichier(&parties, "pdf")
}

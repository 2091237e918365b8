//! Completeness check before the bilan export (issue 7 §4): what is missing or odd, each with
//! the address of the screen that fixes it. Never blocks the export.
//!
//! The list is also written into the exported files ([`super::Bilan::points_a_verifier`]).
//!
//! To add a check: a variant of [`CodePoint`], its query or rule in [`verifier_au`] (in the
//! order of the screen), a test in `tests/bilan.rs`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::avertissement::{heures_fr, CodeAvertissement};
use crate::commun::texte::date_fr;
use super::qualitatif;
use crate::{domaine::atelier, domaine::vues_ateliers, Db, Resultat};

/// What a point to check is about. Closed: the screen may branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
pub enum CodePoint {
    /// A non-cancelled séance dated before today has no roll call (no mark).
    AppelManquant,
    /// A parent enrolled in the year has no sex recorded.
    SexeManquant,
    /// A parent enrolled in the year has no nationality recorded.
    NationaliteManquante,
    /// An atelier's planned hours are outside the configured range ([`atelier::fourchette_heures`]).
    HeuresPrevues,
    /// An atelier has fewer enrolled parents than its group minimum.
    EffectifInsuffisant,
    /// An atelier's delivered hours (roll call taken) are under the range's minimum (60 h).
    HeuresRealisees,
    /// An axis has under [`atelier::part_axe_minimum`] (15 %) of an atelier's delivered hours.
    AxePeuTraite,
    /// An intervenant running séances of the year has no pay scheme.
    RemunerationManquante,
    /// A section of the qualitative part is empty ([`super::qualitatif::sections_vides`]).
    QualitatifVide,
}

/// One thing to check before exporting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PointAVerifier {
    /// What it is about.
    pub code: CodePoint,
    /// In French, ready to show (no parent's name: the list may be printed).
    pub message: String,
    /// The screen that fixes it: `#/appel/seance/40`, `#/parents/12`, `#/ateliers/3`, `#/intervenants/2`.
    pub lien: String,
}

fn point(code: CodePoint, message: String, lien: String) -> PointAVerifier {
    PointAVerifier { code, message, lien }
}

/// The completeness list of a school year, as of today (local date).
pub fn verifier(db: &Db, annee_id: i64) -> Resultat<Vec<PointAVerifier>> {
    verifier_au(db, annee_id, chrono::Local::now().date_naive())
}

/// The completeness list of a school year as of `aujourd_hui`: séances without roll call, parents
/// without sex or nationality, ateliers outside the hours range or under the group minimum,
/// ateliers with under 60 delivered hours or an axis under 15 % of them,
/// intervenants without pay scheme, empty qualitative sections — in that order.
pub fn verifier_au(db: &Db, annee_id: i64, aujourd_hui: NaiveDate) -> Resultat<Vec<PointAVerifier>> {
    let conn = db.conn();
    let mut v = Vec::new();

    // Séances before today, not cancelled, without any mark.
    let mut st = conn.prepare(
        "SELECT s.id, s.date, a.nom FROM seance s JOIN atelier a ON a.id = s.atelier_id
         WHERE a.annee_id = ?1 AND s.annulee = 0 AND s.date < ?2
           AND NOT EXISTS (SELECT 1 FROM presence p WHERE p.seance_id = s.id)
         ORDER BY s.date, s.id",
    )?;
    let lignes = st.query_map(rusqlite::params![annee_id, aujourd_hui.format("%Y-%m-%d").to_string()], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?;
    for l in lignes {
        let (id, date, nom) = l?;
        let jour = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map(date_fr).unwrap_or(date);
        v.push(point(CodePoint::AppelManquant, format!("Séance du {jour} ({nom}) : l'appel n'a pas été fait."), format!("#/appel/seance/{id}")));
    }

    // Parents enrolled in the year (any status) without sex or nationality; no name printed.
    let mut st = conn.prepare(
        "SELECT p.id, p.sexe IS NULL, COALESCE(TRIM(p.nationalite), '') = '' FROM parent p
         WHERE EXISTS (SELECT 1 FROM inscription i JOIN atelier a ON a.id = i.atelier_id
                       WHERE i.parent_id = p.id AND a.annee_id = ?1)
         ORDER BY p.id",
    )?;
    let lignes = st.query_map([annee_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, bool>(1)?, r.get::<_, bool>(2)?)))?;
    for l in lignes {
        let (id, sans_sexe, sans_nat) = l?;
        if sans_sexe {
            v.push(point(CodePoint::SexeManquant, format!("Parent n° {id} : le sexe n'est pas renseigné."), format!("#/parents/{id}")));
        }
        if sans_nat {
            v.push(point(
                CodePoint::NationaliteManquante,
                format!("Parent n° {id} : la nationalité n'est pas renseignée."),
                format!("#/parents/{id}"),
            ));
        }
    }

    // Ateliers: the same rules and bounds as the ateliers screen.
    let vue = vues_ateliers::vue_ateliers(conn, Some(annee_id), aujourd_hui)?;
    let part_min = atelier::part_axe_minimum(conn)?;
    for a in &vue.ateliers {
        let lien = format!("#/ateliers/{}", a.atelier.id);
        if a.avertissements.iter().any(|w| w.code == CodeAvertissement::HeuresPrevues) {
            v.push(point(
                CodePoint::HeuresPrevues,
                format!(
                    "{} : {} prévues, hors de la fourchette de {} à {} heures.",
                    a.atelier.nom,
                    heures_fr(a.atelier.minutes_prevues),
                    vue.heures_min,
                    vue.heures_max
                ),
                lien.clone(),
            ));
        }
        if a.inscrits < i64::from(a.atelier.effectif_min) {
            v.push(point(
                CodePoint::EffectifInsuffisant,
                format!("{} : {} parent(s) inscrit(s), moins que l'effectif minimum de {}.", a.atelier.nom, a.inscrits, a.atelier.effectif_min),
                lien.clone(),
            ));
        }
        let t = &a.totaux;
        if t.minutes_realisees < vue.heures_min * 60 {
            let reste = t.minutes_programmees - t.minutes_realisees;
            v.push(point(
                CodePoint::HeuresRealisees,
                format!(
                    "{} : {} réalisées (appel fait), moins que le minimum de {} heures{}.",
                    a.atelier.nom,
                    heures_fr(t.minutes_realisees),
                    vue.heures_min,
                    if reste > 0 { format!(" ; {} encore programmées sans appel", heures_fr(reste)) } else { String::new() }
                ),
                lien.clone(),
            ));
        }
        let faibles = t.axes_realises.sous_la_part(t.minutes_realisees, part_min);
        for ((axe, minutes), faible) in t.axes_realises.lignes().into_iter().zip([faibles.langue, faibles.ecole, faibles.valeurs]) {
            if faible {
                v.push(point(
                    CodePoint::AxePeuTraite,
                    format!(
                        "{} : axe « {axe} » : {} sur {} réalisées ({} %), moins que {part_min} %. Les trois axes sont aussi essentiels l'un que l'autre : réglez le programme de l'atelier.",
                        a.atelier.nom,
                        heures_fr(minutes),
                        heures_fr(t.minutes_realisees),
                        minutes * 100 / t.minutes_realisees
                    ),
                    lien.clone(),
                ));
            }
        }
    }

    // Intervenants running a séance or a weekly slot of the year, without pay scheme.
    let mut st = conn.prepare(
        "SELECT i.id FROM intervenant i WHERE i.remuneration IS NULL AND (
           EXISTS (SELECT 1 FROM seance_intervenant si JOIN seance s ON s.id = si.seance_id
                   JOIN atelier a ON a.id = s.atelier_id WHERE si.intervenant_id = i.id AND a.annee_id = ?1)
           OR EXISTS (SELECT 1 FROM creneau_intervenant ci JOIN creneau c ON c.id = ci.creneau_id
                   JOIN atelier a ON a.id = c.atelier_id WHERE ci.intervenant_id = i.id AND a.annee_id = ?1))
         ORDER BY i.id",
    )?;
    let lignes = st.query_map([annee_id], |r| r.get::<_, i64>(0))?;
    for l in lignes {
        let id = l?;
        v.push(point(
            CodePoint::RemunerationManquante,
            format!("Intervenant·e n° {id} : le mode de rémunération n'est pas choisi (vacation, HSE ou facture)."),
            format!("#/intervenants/{id}"),
        ));
    }

    // Qualitative sections left empty (the themes count as filled when pre-filled from the séances).
    for s in qualitatif::sections_vides(&qualitatif::lire_conn(conn, annee_id)?) {
        v.push(point(
            CodePoint::QualitatifVide,
            format!("Bilan qualitatif : la rubrique « {} » est vide.", s.libelle()),
            format!("#/bilan/qualitatif/{}", s.code()),
        ));
    }
    Ok(v)
}

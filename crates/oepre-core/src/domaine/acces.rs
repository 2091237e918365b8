//! A parent's rights over their data (RGPD art. 15 and 17): access and erasure.
//!
//! ## Access ([`donnees`], [`crate::sorties::documents::acces::exporter`])
//! Everything recorded about one parent: the fiche (identity, contacts, languages, children,
//! availabilities, notes), every enrolment with its dates, status, levels, track and
//! certifications, its hours ([`crate::domaine::heures`], the one definition) and every attendance
//! mark with its date, and the log entries about them ([`crate::domaine::journal`]). The export writes
//! two files into the chosen folder: a PDF the parent can read (French, plain words,
//! [`crate::sorties::documents::acces`]) and the same data as JSON (machine-readable, for portability).
//! The export itself is logged (`acces_exporte`), so the school can show when it answered.
//!
//! ## Erasure ([`effacer`])
//! The bilans of past years must not change, so the rule is:
//! - a parent with **no enrolment at all** counts in no bilan: the fiche is **deleted**
//!   (with their languages and children);
//! - a parent with enrolments is **anonymised** exactly like the retention purge
//!   ([`crate::domaine::conservation`] lists what goes and what stays): name, contacts, notes,
//!   children, languages and year of birth are removed; the anonymous categories, enrolments,
//!   levels and marks stay, so every bilan gives the same figures.
//!
//! Either way it is one transaction, logged as `parent_efface` with the parent's id and the
//! mode (never their name), then the file is rebuilt so the removed text lingers nowhere
//! (see [`crate::domaine::conservation`]). An already anonymised parent cannot be erased again.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::heures::{self, Heures};
use crate::domaine::inscription::Inscription;
use crate::domaine::journal::{self, actions, EntreeJournal, FiltreJournal};
use crate::domaine::parent::{self, Parent};
use crate::domaine::presence::StatutPresence;
use crate::{Db, Erreur, Resultat};

/// One attendance mark, for the parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MarqueAcces {
    /// Date of the séance.
    pub date: NaiveDate,
    /// Start, `HH:MM`.
    pub debut: String,
    /// End, `HH:MM`.
    pub fin: String,
    /// The mark.
    pub statut: StatutPresence,
    /// Minutes late (mark `retard` only).
    #[ts(type = "number")]
    pub minutes_retard: i64,
    /// In French, with gender agreement (« présente », « en retard (15 min) »).
    pub libelle: String,
}

/// One enrolment with its school year, hours and marks.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InscriptionAcces {
    /// The enrolment (atelier, dates, status, levels, track, certifications).
    pub inscription: Inscription,
    /// School year of the atelier (« 2025-2026 »).
    pub annee: String,
    /// Hours attended and delivered, rate.
    pub heures: Heures,
    /// Every mark, by date.
    pub marques: Vec<MarqueAcces>,
}

/// Everything recorded about one parent (right of access).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DonneesParent {
    /// The school keeping the data (controller).
    pub etablissement: String,
    /// The fiche: identity, contacts, languages, children, availabilities, notes.
    pub parent: Parent,
    /// When the fiche was anonymised, if it was.
    pub anonymise_le: Option<String>,
    /// Every enrolment, most recent first.
    pub inscriptions: Vec<InscriptionAcces>,
    /// Who referred the parent, their expectations, and per enrolment the progress and the
    /// orientation ([`crate::domaine::parcours_parent`]).
    pub parcours: crate::domaine::parcours_parent::ParcoursParent,
    /// Log entries about this parent or their enrolments, newest first.
    pub journal: Vec<EntreeJournal>,
    /// How long the school keeps the data, in years after the end of the last school year.
    pub duree_conservation_annees: u32,
}

/// How a parent's data were erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ModeEffacement {
    /// No enrolment: the fiche was deleted.
    Suppression,
    /// Enrolments kept for the bilans: the fiche was anonymised.
    Anonymisation,
}

/// What [`effacer`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Effacement {
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// Deleted or anonymised.
    pub mode: ModeEffacement,
    /// Enrolments kept, anonymous (0 when deleted).
    #[ts(type = "number")]
    pub inscriptions_gardees: i64,
}

fn marques(conn: &Connection, inscription_id: i64, sexe: Option<parent::Sexe>) -> Resultat<Vec<MarqueAcces>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.date, substr(s.debut, 1, 5), substr(s.fin, 1, 5), m.statut, m.minutes_retard
         FROM presence m JOIN seance s ON s.id = m.seance_id WHERE m.inscription_id = ?1 ORDER BY s.date, s.debut",
    )?;
    let v = stmt
        .query_map([inscription_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?, r.get(4)?)))?
        .collect::<Result<Vec<(NaiveDate, String, String, String, i64)>, _>>()?;
    v.into_iter()
        .map(|(date, debut, fin, code, minutes_retard)| {
            let statut = StatutPresence::depuis_code(&code).ok_or_else(|| Erreur::Interne(format!("marque inconnue {code}")))?;
            let libelle = match statut {
                StatutPresence::Retard => format!("en retard ({minutes_retard} min)"),
                s => s.libelle(sexe),
            };
            Ok(MarqueAcces { date, debut, fin, statut, minutes_retard, libelle })
        })
        .collect()
}

/// Everything recorded about one parent. Reads only.
pub fn donnees(db: &Db, parent_id: i64) -> Resultat<DonneesParent> {
    let conn = db.conn();
    let parent = parent::lire(conn, parent_id)?;
    let heures = heures::par_inscription(conn, &heures::Portee::Parent(parent_id))?;
    let inscriptions = crate::domaine::inscription::du_parent(conn, parent_id)?
        .into_iter()
        .map(|i| {
            let annee: String = conn.query_row(
                "SELECT y.libelle FROM atelier a JOIN annee_scolaire y ON y.id = a.annee_id WHERE a.id = ?1",
                [i.atelier_id],
                |r| r.get(0),
            )?;
            Ok(InscriptionAcces {
                annee,
                heures: heures.get(&i.id).cloned().unwrap_or_default(),
                marques: marques(conn, i.id, parent.sexe)?,
                inscription: i,
            })
        })
        .collect::<Resultat<_>>()?;
    let journal = journal::lister(db, &FiltreJournal { parent_id: Some(parent_id), ..Default::default() })?;
    let etablissement = crate::domaine::etablissement::lire(conn)?.map(|e| e.nom).unwrap_or_default();
    Ok(DonneesParent {
        etablissement,
        anonymise_le: parent::anonymise_le(conn, parent_id)?,
        parcours: crate::domaine::parcours_parent::lire(conn, parent_id)?,
        parent,
        inscriptions,
        journal,
        duree_conservation_annees: crate::domaine::conservation::duree(db)?,
    })
}

/// The data as pretty-printed JSON (stable field order).
pub fn json(d: &DonneesParent) -> Resultat<String> {
    serde_json::to_string_pretty(d).map_err(|e| Erreur::Interne(format!("export JSON impossible ({e})")))
}

/// Erases one parent's personal data (see the module doc for delete vs anonymise), in one
/// transaction, logged as `parent_efface`. `qui` is checked first; an unknown or already
/// anonymised parent is refused and nothing changes.
pub fn effacer(db: &mut Db, parent_id: i64, qui: &str) -> Resultat<Effacement> {
    let qui = journal::valider_qui(qui)?;
    db.conn().pragma_update(None, "secure_delete", "ON")?;
    let effacement = db.transaction(|tx| {
        let existe: Option<Option<String>> =
            tx.query_row("SELECT anonymise_le FROM parent WHERE id = ?1", [parent_id], |r| r.get(0)).optional()?;
        match existe {
            None => return Err(Erreur::Introuvable(format!("Le parent n° {parent_id} n'existe pas (ou plus)."))),
            Some(Some(le)) => {
                return Err(Erreur::Conflit(format!(
                    "Les données de ce parent ont déjà été effacées le {} : il ne reste que des informations anonymes.",
                    journal::jour_fr(&le)
                )))
            }
            Some(None) => {}
        }
        let inscriptions: i64 = tx.query_row("SELECT count(*) FROM inscription WHERE parent_id = ?1", [parent_id], |r| r.get(0))?;
        let mode = if inscriptions == 0 {
            crate::domaine::conservation::anonymiser(tx, parent_id, &journal::maintenant())?;
            tx.execute("DELETE FROM parent WHERE id = ?1", [parent_id])?;
            ModeEffacement::Suppression
        } else {
            crate::domaine::conservation::anonymiser(tx, parent_id, &journal::maintenant())?;
            ModeEffacement::Anonymisation
        };
        let code = match mode {
            ModeEffacement::Suppression => "suppression",
            ModeEffacement::Anonymisation => "anonymisation",
        };
        journal::ecrire(tx, &qui, actions::PARENT_EFFACE, &serde_json::json!({ "parent_id": parent_id, "mode": code }))?;
        Ok(Effacement { parent_id, mode, inscriptions_gardees: inscriptions })
    })?;
    let _ = crate::domaine::conservation::compacter(db.conn());
    Ok(effacement)
}

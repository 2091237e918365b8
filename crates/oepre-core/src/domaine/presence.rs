//! Attendance (présences): the roll call of a séance, the month grid, validation and unlock.
//!
//! - A mark is one of présent·e, absent·e, excusé·e, en retard (with minutes). No mark means
//!   « appel pas encore fait », which is **not** an absence (see [`crate::domaine::heures`] for how
//!   marks become hours and rates — the one definition).
//! - The roll call of a séance lists one row per **counted** enrolment: status not « liste
//!   d'attente », enrolled on or before the séance's date and not left before it. Séances
//!   before a parent's enrolment or after their leaving do not count at all and cannot be
//!   marked.
//! - Each mark is its own transaction ([`marquer`]); [`tous_presents`] marks every row still
//!   without a mark in one transaction, then the exceptions are corrected one by one.
//! - The intervenant can validate a roll call ([`valider`]): marks are then refused until an
//!   explicit [`deverrouiller`], which writes who and why in the audit log
//!   ([`crate::domaine::journal`]); every mark changed after an unlock is logged too
//!   (`presence_modifiee`, with the old and new mark), under the name of who unlocked it.
//! - [`grille_mois`] shows parents × séances of a month to catch up from paper sheets;
//!   [`appels_non_faits`] lists the past séances whose roll call is not taken yet.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::heures::DUREE_SQL;
use crate::domaine::inscription::codes;
use crate::domaine::parent::{accorder, Sexe};
use crate::commun::recherche::cle_tri;
use crate::{Db, Erreur, ErreurChamp, Resultat};

codes! {
    /// One attendance mark.
    StatutPresence { /// Présent·e: the full duration counts.
        Present = "present", /// Absent·e.
        Absent = "absent", /// Excusé·e (absent with a reason given): counts as absent for hours.
        Excuse = "excuse", /// En retard: the duration minus the minutes late counts.
        Retard = "retard" }
}

impl StatutPresence {
    /// For people, with gender agreement: « présente », « absent », « excusé·e », « en retard ».
    pub fn libelle(self, sexe: Option<Sexe>) -> String {
        match self {
            Self::Present => accorder("présent", "présente", sexe),
            Self::Absent => accorder("absent", "absente", sexe),
            Self::Excuse => accorder("excusé", "excusée", sexe),
            Self::Retard => "en retard".into(),
        }
    }
}

/// What the roll call shows about a séance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InfoSeance {
    /// Séance id.
    #[ts(type = "number")]
    pub id: i64,
    /// Atelier id.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// Atelier name.
    pub atelier_nom: String,
    /// Local date.
    pub date: NaiveDate,
    /// Local start time `HH:MM`.
    pub debut: String,
    /// Local end time `HH:MM`.
    pub fin: String,
    /// Duration in minutes.
    #[ts(type = "number")]
    pub minutes: i64,
    /// Theme, if entered.
    pub theme: String,
    /// Cancelled: no roll call.
    pub annulee: bool,
    /// Roll call validated by the intervenant.
    pub validee: bool,
}

/// One row of a roll call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LigneAppel {
    /// Enrolment id (what [`marquer`] takes).
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// Parent id.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Latin spelling.
    pub translitteration: String,
    /// Sex (for « présente »).
    pub sexe: Option<Sexe>,
    /// Current mark; `None`: not taken yet.
    pub statut: Option<StatutPresence>,
    /// Minutes late (mark `retard` only, else 0).
    #[ts(type = "number")]
    pub minutes_retard: i64,
    /// The mark for people: « présente », « en retard (15 min) », « appel non fait ».
    pub libelle: String,
}

/// The validation of a roll call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Validation {
    /// When (local time, `AAAA-MM-JJTHH:MM:SS`).
    pub le: String,
    /// Who (the name chosen on the shared PC).
    pub par: String,
}

/// The roll call screen of one séance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Appel {
    /// The séance.
    pub seance: InfoSeance,
    /// One row per counted enrolment, sorted by name.
    pub lignes: Vec<LigneAppel>,
    /// Set when the roll call is validated (marks refused until unlocked).
    pub validation: Option<Validation>,
    /// Rows still without a mark.
    #[ts(type = "number")]
    pub non_marques: i64,
}

/// One mark to save. `statut: None` erases the mark (back to « not taken yet »).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieMarque {
    /// The séance.
    #[ts(type = "number")]
    pub seance_id: i64,
    /// The enrolment (a row of the roll call).
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// The mark, or `None` to erase it.
    pub statut: Option<StatutPresence>,
    /// Minutes late, required (≥ 1) for `retard`, ignored otherwise.
    pub minutes_retard: Option<u32>,
}

fn libelle(statut: Option<StatutPresence>, minutes: i64, sexe: Option<Sexe>) -> String {
    match statut {
        None => "appel non fait".into(),
        Some(StatutPresence::Retard) => format!("en retard ({minutes} min)"),
        Some(s) => s.libelle(sexe),
    }
}

fn maintenant() -> String {
    chrono::Local::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}

const COLONNES_SEANCE: &str = "s.id, s.atelier_id, a.nom, s.date, substr(s.debut, 1, 5), substr(s.fin, 1, 5), s.theme, s.annulee,
    EXISTS (SELECT 1 FROM appel_valide v WHERE v.seance_id = s.id)";

fn info_seance(r: &rusqlite::Row<'_>) -> rusqlite::Result<InfoSeance> {
    Ok(InfoSeance {
        id: r.get(0)?,
        atelier_id: r.get(1)?,
        atelier_nom: r.get(2)?,
        date: r.get(3)?,
        debut: r.get(4)?,
        fin: r.get(5)?,
        minutes: r.get(9)?,
        theme: r.get(6)?,
        annulee: r.get(7)?,
        validee: r.get(8)?,
    })
}

/// One séance as the roll call shows it.
pub fn seance(conn: &Connection, seance_id: i64) -> Resultat<InfoSeance> {
    conn.prepare_cached(&format!(
        "SELECT {COLONNES_SEANCE}, {DUREE_SQL} FROM seance s JOIN atelier a ON a.id = s.atelier_id WHERE s.id = ?1"
    ))?
    .query_row([seance_id], info_seance)
    .optional()?
    .ok_or_else(|| Erreur::Introuvable(format!("La séance n° {seance_id} n'existe pas (ou plus).")))
}

/// The condition « this enrolment `i` counts for this séance `s` », in SQL.
const COMPTEE_SQL: &str = "i.statut <> 'attente' AND i.inscrit_le <= s.date AND (i.parti_le IS NULL OR i.parti_le >= s.date)";

/// The roll call of a séance: the séance, one row per counted enrolment with its mark.
/// Two queries.
pub fn appel(conn: &Connection, seance_id: i64) -> Resultat<Appel> {
    let seance = seance(conn, seance_id)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT i.id, p.id, p.nom, p.prenom, p.translitteration, p.sexe, m.statut, COALESCE(m.minutes_retard, 0)
         FROM seance s
         JOIN inscription i ON i.atelier_id = s.atelier_id AND {COMPTEE_SQL}
         JOIN parent p ON p.id = i.parent_id
         LEFT JOIN presence m ON m.seance_id = s.id AND m.inscription_id = i.id
         WHERE s.id = ?1"
    ))?;
    let mut lignes: Vec<LigneAppel> = stmt
        .query_map([seance_id], |r| {
            let sexe = r.get::<_, Option<String>>(5)?.as_deref().and_then(Sexe::lire);
            let statut = r.get::<_, Option<String>>(6)?.as_deref().and_then(StatutPresence::depuis_code);
            let minutes_retard: i64 = r.get(7)?;
            Ok(LigneAppel {
                inscription_id: r.get(0)?,
                parent_id: r.get(1)?,
                nom: r.get(2)?,
                prenom: r.get(3)?,
                translitteration: r.get(4)?,
                sexe,
                statut,
                minutes_retard,
                libelle: libelle(statut, minutes_retard, sexe),
            })
        })?
        .collect::<Result<_, _>>()?;
    lignes.sort_by_cached_key(|l| (cle_tri(&l.nom, &l.prenom), l.inscription_id));
    let validation = conn
        .prepare_cached("SELECT valide_le, valide_par FROM appel_valide WHERE seance_id = ?1")?
        .query_row([seance_id], |r| Ok(Validation { le: r.get(0)?, par: r.get(1)? }))
        .optional()?;
    let non_marques = lignes.iter().filter(|l| l.statut.is_none()).count() as i64;
    Ok(Appel { seance, lignes, validation, non_marques })
}

/// The séance the roll call opens on for an atelier: today's; else the most recent past
/// non-cancelled séance; else the next one. `None` when the atelier has no séance.
pub fn seance_par_defaut(conn: &Connection, atelier_id: i64, aujourdhui: NaiveDate) -> Resultat<Option<InfoSeance>> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM seance
             WHERE atelier_id = ?1 AND annulee = 0
             ORDER BY CASE WHEN date = ?2 THEN 0 WHEN date < ?2 THEN 1 ELSE 2 END,
                      CASE WHEN date < ?2 THEN julianday(?2) - julianday(date) ELSE julianday(date) - julianday(?2) END,
                      debut
             LIMIT 1",
            params![atelier_id, aujourdhui],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| seance(conn, id)).transpose()
}

fn verifier_ouverte(s: &InfoSeance) -> Resultat<()> {
    if s.annulee {
        return Err(Erreur::Conflit(format!("La séance du {} est annulée : pas d'appel.", crate::commun::texte::date_fr(s.date))));
    }
    if s.validee {
        return Err(Erreur::Conflit(format!(
            "L'appel du {} est validé : déverrouillez-le (en indiquant pourquoi) avant de le modifier.",
            crate::commun::texte::date_fr(s.date)
        )));
    }
    Ok(())
}

/// Who unlocked this séance's roll call last, if it was ever unlocked.
fn deverrouille_par(tx: &Connection, seance_id: i64) -> Resultat<Option<String>> {
    Ok(tx
        .prepare_cached(
            "SELECT qui FROM journal WHERE action = 'appel_deverrouille' AND json_extract(detail, '$.seance_id') = ?1
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row([seance_id], |r| r.get(0))
        .optional()?)
}

fn journaliser(tx: &Transaction<'_>, qui: &str, action: &str, detail: serde_json::Value) -> Resultat<()> {
    crate::domaine::journal::ecrire(tx, qui, action, &detail)
}

/// (parent id, sexe, previous mark, previous minutes late, nom, prénom) of a row to mark.
type MarqueAvant = (i64, Option<String>, Option<String>, Option<i64>, String, String);

/// Saves one mark (one transaction). Refused when the séance is cancelled or its roll call
/// validated, or when the enrolment does not count for this séance (other atelier, waiting
/// list, before enrolment, after leaving).
pub fn marquer(db: &mut Db, m: &SaisieMarque) -> Resultat<LigneAppel> {
    let minutes = match (m.statut, m.minutes_retard) {
        (Some(StatutPresence::Retard), Some(n)) if n >= 1 => i64::from(n),
        (Some(StatutPresence::Retard), _) => {
            return Err(Erreur::champ("minutes_retard", "Indiquez le nombre de minutes de retard (1 au moins)."));
        }
        _ => 0,
    };
    db.transaction(|tx| {
        crate::domaine::annee::exiger_seance_modifiable(tx, m.seance_id)?;
        let s = seance(tx, m.seance_id)?;
        verifier_ouverte(&s)?;
        if minutes > s.minutes {
            return Err(Erreur::champ("minutes_retard", format!("Le retard dépasse la durée de la séance ({} min).", s.minutes)));
        }
        let ligne: Option<MarqueAvant> = tx
            .prepare_cached(&format!(
                "SELECT i.parent_id, p.sexe, m.statut, m.minutes_retard, p.nom, p.prenom
                 FROM inscription i JOIN seance s ON s.id = ?1 AND s.atelier_id = i.atelier_id AND {COMPTEE_SQL}
                 JOIN parent p ON p.id = i.parent_id
                 LEFT JOIN presence m ON m.seance_id = s.id AND m.inscription_id = i.id
                 WHERE i.id = ?2"
            ))?
            .query_row([m.seance_id, m.inscription_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .optional()?;
        let Some((parent_id, sexe, avant, avant_minutes, nom, prenom)) = ligne else {
            return Err(Erreur::Conflit(format!(
                "Cette inscription ne compte pas pour la séance du {} (autre atelier, liste d'attente, séance avant l'inscription ou après le départ).",
                crate::commun::texte::date_fr(s.date)
            )));
        };
        match m.statut {
            Some(statut) => tx.prepare_cached(
                "INSERT INTO presence (seance_id, inscription_id, statut, minutes_retard) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (seance_id, inscription_id) DO UPDATE SET statut = excluded.statut, minutes_retard = excluded.minutes_retard",
            )?
            .execute(params![m.seance_id, m.inscription_id, statut.code(), minutes])?,
            None => tx
                .prepare_cached("DELETE FROM presence WHERE seance_id = ?1 AND inscription_id = ?2")?
                .execute([m.seance_id, m.inscription_id])?,
        };
        if let Some(qui) = deverrouille_par(tx, m.seance_id)? {
            journaliser(
                tx,
                &qui,
                "presence_modifiee",
                serde_json::json!({
                    "seance_id": m.seance_id, "inscription_id": m.inscription_id,
                    "avant": avant, "avant_minutes": avant_minutes,
                    "apres": m.statut.map(StatutPresence::code), "apres_minutes": minutes,
                }),
            )?;
        }
        let sexe = sexe.as_deref().and_then(Sexe::lire);
        let translitteration: String = tx.query_row("SELECT translitteration FROM parent WHERE id = ?1", [parent_id], |r| r.get(0))?;
        Ok(LigneAppel {
            inscription_id: m.inscription_id,
            parent_id,
            nom,
            prenom,
            translitteration,
            sexe,
            statut: m.statut,
            minutes_retard: minutes,
            libelle: libelle(m.statut, minutes, sexe),
        })
    })
}

/// « Tous présents »: marks présent·e every counted row still without a mark (one
/// transaction); rows already marked keep their mark. Returns the roll call.
pub fn tous_presents(db: &mut Db, seance_id: i64) -> Resultat<Appel> {
    db.transaction(|tx| {
        crate::domaine::annee::exiger_seance_modifiable(tx, seance_id)?;
        let s = seance(tx, seance_id)?;
        verifier_ouverte(&s)?;
        tx.execute(
            &format!(
                "INSERT INTO presence (seance_id, inscription_id, statut)
                 SELECT s.id, i.id, 'present' FROM seance s JOIN inscription i ON i.atelier_id = s.atelier_id AND {COMPTEE_SQL}
                 WHERE s.id = ?1 AND NOT EXISTS (SELECT 1 FROM presence m WHERE m.seance_id = s.id AND m.inscription_id = i.id)"
            ),
            [seance_id],
        )?;
        Ok(())
    })?;
    appel(db.conn(), seance_id)
}

/// Validates a roll call (one transaction, logged). Every row must have a mark.
pub fn valider(db: &mut Db, seance_id: i64, qui: &str) -> Resultat<Appel> {
    let qui = crate::commun::texte::nettoyer(qui);
    if qui.is_empty() {
        return Err(Erreur::champ("qui", "Indiquez qui valide l'appel."));
    }
    let a = appel(db.conn(), seance_id)?;
    verifier_ouverte(&a.seance)?;
    if a.non_marques > 0 {
        return Err(Erreur::Validation(vec![ErreurChamp::new(
            "lignes",
            format!("{} parent(s) sans marque : faites tout l'appel avant de le valider.", a.non_marques),
        )]));
    }
    db.transaction(|tx| {
        crate::domaine::annee::exiger_seance_modifiable(tx, seance_id)?;
        tx.execute("INSERT INTO appel_valide (seance_id, valide_le, valide_par) VALUES (?1, ?2, ?3)", params![seance_id, maintenant(), qui])?;
        journaliser(tx, &qui, "appel_valide", serde_json::json!({ "seance_id": seance_id }))
    })?;
    appel(db.conn(), seance_id)
}

/// Unlocks a validated roll call so it can be corrected: who and why are written in
/// `journal` (one transaction), and every later change of a mark of this séance is logged.
pub fn deverrouiller(db: &mut Db, seance_id: i64, qui: &str, motif: &str) -> Resultat<Appel> {
    let (qui, motif) = (crate::commun::texte::nettoyer(qui), motif.trim().to_owned());
    let mut erreurs = Vec::new();
    if qui.is_empty() {
        erreurs.push(ErreurChamp::new("qui", "Indiquez qui déverrouille l'appel."));
    }
    if motif.is_empty() {
        erreurs.push(ErreurChamp::new("motif", "Indiquez pourquoi l'appel validé doit être modifié."));
    }
    if !erreurs.is_empty() {
        return Err(Erreur::Validation(erreurs));
    }
    db.transaction(|tx| {
        crate::domaine::annee::exiger_seance_modifiable(tx, seance_id)?;
        let n = tx.execute("DELETE FROM appel_valide WHERE seance_id = ?1", [seance_id])?;
        if n == 0 {
            return Err(Erreur::Conflit("Cet appel n'est pas validé : il n'y a rien à déverrouiller.".into()));
        }
        journaliser(tx, &qui, "appel_deverrouille", serde_json::json!({ "seance_id": seance_id, "motif": motif }))
    })?;
    appel(db.conn(), seance_id)
}

/// One cell of the month grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CaseGrille {
    /// The séance counts for this enrolment (else the cell is greyed and cannot be marked).
    pub comptee: bool,
    /// Current mark.
    pub statut: Option<StatutPresence>,
    /// Minutes late.
    #[ts(type = "number")]
    pub minutes_retard: i64,
}

/// One row (an enrolment) of the month grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LigneGrille {
    /// Enrolment id.
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// Parent id.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Latin spelling.
    pub translitteration: String,
    /// One cell per séance, in the order of [`GrilleMois::seances`].
    pub cases: Vec<CaseGrille>,
}

/// Parents × séances of one month of an atelier, to catch up from paper sheets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GrilleMois {
    /// Year.
    pub annee: i32,
    /// Month 1–12.
    pub mois: u32,
    /// The month's séances (cancelled ones included, flagged), by date and time.
    pub seances: Vec<InfoSeance>,
    /// Enrolments counted for at least one of those séances, sorted by name.
    pub lignes: Vec<LigneGrille>,
}

/// The month grid of an atelier. Three queries.
pub fn grille_mois(conn: &Connection, atelier_id: i64, annee: i32, mois: u32) -> Resultat<GrilleMois> {
    let debut = NaiveDate::from_ymd_opt(annee, mois, 1).ok_or_else(|| Erreur::champ("mois", "Mois invalide (1 à 12)."))?;
    let fin = debut.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(debut);
    let seances: Vec<InfoSeance> = conn
        .prepare_cached(&format!(
            "SELECT {COLONNES_SEANCE}, {DUREE_SQL} FROM seance s JOIN atelier a ON a.id = s.atelier_id
             WHERE s.atelier_id = ?1 AND s.date BETWEEN ?2 AND ?3 ORDER BY s.date, s.debut"
        ))?
        .query_map(params![atelier_id, debut, fin], info_seance)?
        .collect::<Result<_, _>>()?;
    let mut marques: HashMap<(i64, i64), (StatutPresence, i64)> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT m.seance_id, m.inscription_id, m.statut, m.minutes_retard FROM presence m JOIN seance s ON s.id = m.seance_id
         WHERE s.atelier_id = ?1 AND s.date BETWEEN ?2 AND ?3",
    )?;
    let mut rows = stmt.query(params![atelier_id, debut, fin])?;
    while let Some(r) = rows.next()? {
        if let Some(st) = StatutPresence::depuis_code(&r.get::<_, String>(2)?) {
            marques.insert((r.get(0)?, r.get(1)?), (st, r.get(3)?));
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, p.id, p.nom, p.prenom, p.translitteration, i.inscrit_le, i.parti_le
         FROM inscription i JOIN parent p ON p.id = i.parent_id
         WHERE i.atelier_id = ?1 AND i.statut <> 'attente' AND i.inscrit_le <= ?3 AND (i.parti_le IS NULL OR i.parti_le >= ?2)",
    )?;
    let mut lignes: Vec<LigneGrille> = stmt
        .query_map(params![atelier_id, debut, fin], |r| {
            let (id, inscrit_le, parti_le): (i64, NaiveDate, Option<NaiveDate>) = (r.get(0)?, r.get(5)?, r.get(6)?);
            let cases = seances
                .iter()
                .map(|s| {
                    let comptee = !s.annulee && s.date >= inscrit_le && parti_le.is_none_or(|p| s.date <= p);
                    let m = marques.get(&(s.id, id)).filter(|_| comptee);
                    CaseGrille { comptee, statut: m.map(|m| m.0), minutes_retard: m.map_or(0, |m| m.1) }
                })
                .collect();
            Ok(LigneGrille { inscription_id: id, parent_id: r.get(1)?, nom: r.get(2)?, prenom: r.get(3)?, translitteration: r.get(4)?, cases })
        })?
        .collect::<Result<_, _>>()?;
    lignes.retain(|l| l.cases.iter().any(|c| c.comptee) || seances.is_empty());
    lignes.sort_by_cached_key(|l| (cle_tri(&l.nom, &l.prenom), l.inscription_id));
    Ok(GrilleMois { annee, mois, seances, lignes })
}

/// A past séance whose roll call is not taken yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeanceSansAppel {
    /// The séance.
    pub seance: InfoSeance,
    /// Parents the roll call should list.
    #[ts(type = "number")]
    pub parents_attendus: i64,
}

/// Non-cancelled séances dated on or before `jusqu_au` (of one atelier, or all) with at least
/// one counted enrolment and no mark at all, oldest first.
pub fn appels_non_faits(conn: &Connection, atelier_id: Option<i64>, jusqu_au: NaiveDate) -> Resultat<Vec<SeanceSansAppel>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLONNES_SEANCE}, {DUREE_SQL},
                (SELECT count(*) FROM inscription i WHERE i.atelier_id = s.atelier_id AND {COMPTEE_SQL}) AS attendus
         FROM seance s JOIN atelier a ON a.id = s.atelier_id
         WHERE s.annulee = 0 AND s.date <= ?2 AND (?1 IS NULL OR s.atelier_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM presence m WHERE m.seance_id = s.id)
           AND attendus > 0
         ORDER BY s.date, s.debut"
    ))?;
    let v = stmt
        .query_map(params![atelier_id, jusqu_au], |r| Ok(SeanceSansAppel { seance: info_seance(r)?, parents_attendus: r.get(10)? }))?
        .collect::<Result<_, _>>()?;
    Ok(v)
}

/// Marks to write at once (demo data) in the caller's transaction: not checked, not logged —
/// the caller guarantees each séance counts for its enrolment. Returns how many were written.
pub(crate) fn ecrire_marques(tx: &Transaction<'_>, marques: &[(i64, i64, StatutPresence, i64)]) -> Resultat<usize> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO presence (seance_id, inscription_id, statut, minutes_retard) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (s, i, st, min) in marques {
        stmt.execute(params![s, i, st.code(), min])?;
    }
    Ok(marques.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::*;
    use StatutPresence::*;

    fn saisie(s: i64, i: i64, st: Option<StatutPresence>, min: Option<u32>) -> SaisieMarque {
        SaisieMarque { seance_id: s, inscription_id: i, statut: st, minutes_retard: min }
    }

    #[test]
    fn appel_tous_presents_puis_exceptions() {
        let mut db = Db::en_memoire().unwrap();
        let at = atelier_test(&mut db);
        let s1 = seance_test(&mut db, at, "2025-10-06", "09:00", "11:00");
        let s2 = seance_test(&mut db, at, "2025-11-03", "14:00", "16:00");
        let p1 = crate::domaine::parent::creer(
            &mut db,
            &crate::domaine::parent::SaisieParent { nom: "Diallo".into(), prenom: "Aminata".into(), sexe: Some(Sexe::F), ..Default::default() },
        )
        .unwrap()
        .id;
        let p2 = parent_test(&mut db, "王", "芳");
        let p3 = parent_test(&mut db, "Benali", "Karim");
        let i1 = inscrire_test(&mut db, p1, at, "2025-10-01");
        let i2 = inscrire_test(&mut db, p2, at, "2025-10-01");
        let i3 = inscrire_test(&mut db, p3, at, "2025-10-20");

        let a = appel(db.conn(), s1).unwrap();
        assert_eq!(a.lignes.iter().map(|l| l.nom.as_str()).collect::<Vec<_>>(), ["Diallo", "王"], "Benali, inscrit après, n'est pas sur l'appel");
        assert_eq!(a.non_marques, 2);
        assert_eq!(a.seance.minutes, 120);
        assert_eq!(a.lignes[0].libelle, "appel non fait");
        let err = marquer(&mut db, &saisie(s1, i3, Some(Present), None)).unwrap_err();
        assert_eq!(err.code(), crate::CodeErreur::Conflit, "séance avant l'inscription");
        let err = marquer(&mut db, &saisie(s1, i1, Some(Retard), None)).unwrap_err();
        assert_eq!(err.champs()[0].champ, "minutes_retard");

        let l = marquer(&mut db, &saisie(s1, i2, Some(Retard), Some(15))).unwrap();
        assert_eq!(l.libelle, "en retard (15 min)");
        let a = tous_presents(&mut db, s1).unwrap();
        assert_eq!(a.non_marques, 0);
        assert_eq!(a.lignes[0].libelle, "présente");
        assert_eq!(a.lignes[1].statut, Some(Retard), "« tous présents » garde les marques déjà prises");
        let l = marquer(&mut db, &saisie(s1, i1, Some(Excuse), Some(40))).unwrap();
        assert_eq!((l.statut, l.minutes_retard, l.libelle.as_str()), (Some(Excuse), 0, "excusée"));
        marquer(&mut db, &saisie(s1, i1, None, None)).unwrap();
        assert_eq!(appel(db.conn(), s1).unwrap().non_marques, 1, "effacer une marque = appel non fait");

        // Month grid of November: i3 counts from 20 October.
        marquer(&mut db, &saisie(s2, i3, Some(Absent), None)).unwrap();
        let g = grille_mois(db.conn(), at, 2025, 11).unwrap();
        assert_eq!(g.seances.len(), 1);
        assert_eq!(g.lignes.len(), 3);
        let benali = g.lignes.iter().find(|l| l.inscription_id == i3).unwrap();
        assert_eq!(benali.cases[0], CaseGrille { comptee: true, statut: Some(Absent), minutes_retard: 0 });
        let oct = grille_mois(db.conn(), at, 2025, 10).unwrap();
        assert_eq!(oct.lignes.len(), 2, "Benali ne compte pour aucune séance d'octobre");

        // Séances without roll call: s1 has marks, s2 too; a new one has none.
        let s3 = seance_test(&mut db, at, "2025-11-10", "09:00", "11:00");
        let _futur = seance_test(&mut db, at, "2026-05-10", "09:00", "11:00");
        let sans = appels_non_faits(db.conn(), Some(at), jour("2026-03-15")).unwrap();
        assert_eq!(sans.iter().map(|x| x.seance.id).collect::<Vec<_>>(), [s3]);
        assert_eq!(sans[0].parents_attendus, 3);

        // Default séance: today's, else the most recent past, else the next.
        assert_eq!(seance_par_defaut(db.conn(), at, jour("2025-11-03")).unwrap().unwrap().id, s2);
        assert_eq!(seance_par_defaut(db.conn(), at, jour("2025-11-05")).unwrap().unwrap().id, s2);
        assert_eq!(seance_par_defaut(db.conn(), at, jour("2025-09-05")).unwrap().unwrap().id, s1);
    }

    #[test]
    fn un_appel_valide_se_deverrouille_et_tout_est_journalise() {
        let mut db = Db::en_memoire().unwrap();
        let at = atelier_test(&mut db);
        let s = seance_test(&mut db, at, "2025-10-06", "09:00", "11:00");
        let p = parent_test(&mut db, "Diallo", "Aminata");
        let i = inscrire_test(&mut db, p, at, "2025-10-01");
        assert_eq!(valider(&mut db, s, "Mme Martin").unwrap_err().code(), crate::CodeErreur::Validation, "appel incomplet");
        tous_presents(&mut db, s).unwrap();
        let a = valider(&mut db, s, "Mme Martin").unwrap();
        assert_eq!(a.validation.as_ref().unwrap().par, "Mme Martin");
        assert!(a.seance.validee);
        assert_eq!(marquer(&mut db, &saisie(s, i, Some(Absent), None)).unwrap_err().code(), crate::CodeErreur::Conflit);
        assert_eq!(tous_presents(&mut db, s).unwrap_err().code(), crate::CodeErreur::Conflit);
        let err = deverrouiller(&mut db, s, "M. Durand", " ").unwrap_err();
        assert_eq!(err.champs()[0].champ, "motif");
        let a = deverrouiller(&mut db, s, "M. Durand", "Oubli : Mme Diallo était absente").unwrap();
        assert!(a.validation.is_none());
        marquer(&mut db, &saisie(s, i, Some(Absent), None)).unwrap();
        let journal: Vec<(String, String, String)> = db
            .conn()
            .prepare("SELECT qui, action, detail FROM journal ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let actions: Vec<(&str, &str)> = journal.iter().map(|(q, a, _)| (q.as_str(), a.as_str())).collect();
        assert_eq!(actions, [("Mme Martin", "appel_valide"), ("M. Durand", "appel_deverrouille"), ("M. Durand", "presence_modifiee")]);
        assert!(journal[1].2.contains("Oubli"), "le motif est journalisé");
        assert!(journal[2].2.contains("\"avant\":\"present\"") && journal[2].2.contains("\"apres\":\"absent\""), "{}", journal[2].2);
        assert_eq!(deverrouiller(&mut db, s, "M. Durand", "encore").unwrap_err().code(), crate::CodeErreur::Conflit);
    }

    #[test]
    fn pas_d_appel_pour_une_seance_annulee() {
        let mut db = Db::en_memoire().unwrap();
        let at = atelier_test(&mut db);
        let s = seance_test(&mut db, at, "2025-10-06", "09:00", "11:00");
        db.conn().execute("UPDATE seance SET annulee = 1, motif_annulation = 'grève' WHERE id = ?1", [s]).unwrap();
        let p = parent_test(&mut db, "Diallo", "Aminata");
        let i = inscrire_test(&mut db, p, at, "2025-10-01");
        assert_eq!(marquer(&mut db, &saisie(s, i, Some(Present), None)).unwrap_err().code(), crate::CodeErreur::Conflit);
        assert!(appels_non_faits(db.conn(), None, jour("2026-01-01")).unwrap().is_empty());
    }
}

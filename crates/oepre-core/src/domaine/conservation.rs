//! Retention (durée de conservation) and the purge of parents' personal data.
//!
//! ## The rule
//! The school sets how many years personal data are kept after the end of a school year
//! ([`duree`], [`definir_duree`]: 1 to 10, default [`DUREE_PAR_DEFAUT`]; `parametre` key
//! [`CLE_DUREE`]; a change is logged as `conservation_modifiee` with who, the old and the new
//! value). A parent is **due for purge** when the school year of their last enrolment
//! (any status, waiting list included) ended more than that many years ago: its
//! `dernier_jour` is before `aujourd_hui` minus N years ([`date_limite`]). A parent who never
//! enrolled is not covered by this rule (their fiche is erased on request, see
//! [`crate::domaine::acces::effacer`]).
//!
//! [`apercu`] lists who is due (count and names, shown only in the app before confirming);
//! [`purger`] anonymises them all in one transaction and logs one `purge_conservation` entry
//! with the count (never the names).
//!
//! ## What anonymising a parent removes and keeps (`anonymiser`, shared with the erasure)
//! - **Removed**: nom, prénom and transliteration (the row reads « Parent anonymisé »
//!   [`NOM_ANONYME`] in every list and document), the search key, year of birth, country of
//!   origin, phone and its consent, availabilities, free-text notes and expectations, the languages spoken
//!   (`parent_langue` rows) except French and the children (`enfant` rows: first names, classes, schools).
//!   A parent's name typed by hand in the reason of an unlocked roll call (`journal`, action
//!   `appel_deverrouille`) is replaced by « [parent anonymisé] ».
//! - **Kept**, because the bilans count them and none identifies a person on its own: sex,
//!   nationality, year and month of arrival in France (primo-arrivant is derived from them),
//!   whether French is spoken (the bilan's « parents francophones »), CIR and its
//!   year, international protection, who referred the parent and the expectations ticked
//!   ([`crate::domaine::parcours_parent`]); every enrolment (atelier, dates, status, leaving date and
//!   reason, re-enrolment, entry and exit CECRL levels, literacy, track, orientation), its certifications,
//!   and every attendance mark. So a purged year's [`crate::sorties::bilan::calculer`] gives the same
//!   figures before and after (tested in `tests/conservation.rs`).
//! - The row keeps its id and gets `anonymise_le` (step 5 of the schema); it is never purged
//!   twice.
//!
//! ## Nothing lingers in the file
//! The purge runs with `PRAGMA secure_delete = ON` (SQLite overwrites deleted content with
//! zeros), then `VACUUM` rebuilds the file and `wal_checkpoint(TRUNCATE)` empties the WAL, so
//! the removed text is in no free page of the database. Backups written before the purge still
//! hold it until their rotation deletes them; the register entry says so. No backup is taken
//! just before a purge, on purpose: it would keep exactly what the purge removes.
//!
//! ## How to extend
//! A new column or table holding something identifying about a parent must be cleared in
//! `anonymiser` (and listed above) and described in [`crate::sorties::documents::registre::CHAMPS`] (a test
//! fails until it is); a new anonymous category the bilan needs is kept.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::journal::{self, actions};
use crate::{Db, Erreur, Resultat};

/// `parametre` key: retention in years after the end of a school year.
pub const CLE_DUREE: &str = "conservation_annees";
/// Retention when the school has not set one.
pub const DUREE_PAR_DEFAUT: u32 = 3;
/// Shortest retention accepted, in years.
pub const DUREE_MIN: u32 = 1;
/// Longest retention accepted, in years.
pub const DUREE_MAX: u32 = 10;
/// What an anonymised parent is called in lists and documents.
pub const NOM_ANONYME: &str = "Parent anonymisé";

/// The retention in years ([`DUREE_PAR_DEFAUT`] when never set).
pub fn duree(db: &Db) -> Resultat<u32> {
    duree_conn(db.conn())
}

pub(crate) fn duree_conn(conn: &Connection) -> Resultat<u32> {
    Ok(crate::stockage::db::parametre(conn, CLE_DUREE)?
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|n| (DUREE_MIN..=DUREE_MAX).contains(n))
        .unwrap_or(DUREE_PAR_DEFAUT))
}

/// Sets the retention and, when it changes, logs `conservation_modifiee` (`avant`, `apres`) in
/// the journal under `qui`: one transaction. Refused outside [`DUREE_MIN`]–[`DUREE_MAX`] (field
/// `duree`) or with an invalid `qui` (field `qui`, see [`journal::valider_qui`]); nothing
/// changes then. Setting the value in force logs nothing.
pub fn definir_duree(db: &mut Db, annees: u32, qui: &str) -> Resultat<u32> {
    if !(DUREE_MIN..=DUREE_MAX).contains(&annees) {
        return Err(Erreur::champ(
            "duree",
            format!("La durée de conservation va de {DUREE_MIN} à {DUREE_MAX} ans après la fin de l'année scolaire."),
        ));
    }
    let qui = journal::valider_qui(qui)?;
    db.transaction(|tx| {
        let avant = duree_conn(tx)?;
        crate::stockage::db::definir_parametre(tx, CLE_DUREE, &annees.to_string())?;
        if avant != annees {
            journal::ecrire(tx, &qui, actions::CONSERVATION_MODIFIEE, &serde_json::json!({ "avant": avant, "apres": annees }))?;
        }
        Ok(())
    })?;
    Ok(annees)
}

/// School years that ended before this date are past retention: `aujourd_hui` minus `annees`
/// years (29 February → 28 February).
pub fn date_limite(aujourd_hui: NaiveDate, annees: u32) -> NaiveDate {
    aujourd_hui.checked_sub_months(chrono::Months::new(annees * 12)).unwrap_or(NaiveDate::MIN)
}

/// A parent due for purge, as the preview lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ParentAPurger {
    /// Parent id.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Latin spelling.
    pub translitteration: String,
    /// School year of the last enrolment (« 2021-2022 »).
    pub derniere_annee: String,
    /// Its last day.
    pub fin_derniere_annee: NaiveDate,
}

/// What a purge would do today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApercuPurge {
    /// Retention in force, in years.
    pub duree_annees: u32,
    /// School years ended before this date are past retention.
    pub date_limite: NaiveDate,
    /// How many parents would be anonymised.
    #[ts(type = "number")]
    pub nombre: i64,
    /// Who, sorted by name.
    pub parents: Vec<ParentAPurger>,
}

/// What a purge did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResultatPurge {
    /// Retention applied, in years.
    pub duree_annees: u32,
    /// School years ended before this date were purged.
    pub date_limite: NaiveDate,
    /// How many parents were anonymised.
    #[ts(type = "number")]
    pub parents_anonymises: i64,
    /// The file was rebuilt (`VACUUM`) so no removed text lingers in free pages. `false` when
    /// that step failed (disk full…): the purge itself is saved, and secure deletion already
    /// overwrote the removed text.
    pub fichier_compacte: bool,
}

fn a_purger(conn: &Connection, limite: NaiveDate) -> Resultat<Vec<ParentAPurger>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.nom, p.prenom, p.translitteration, y.libelle, max(y.dernier_jour)
         FROM parent p
         JOIN inscription i ON i.parent_id = p.id
         JOIN atelier a ON a.id = i.atelier_id
         JOIN annee_scolaire y ON y.id = a.annee_id
         WHERE p.anonymise_le IS NULL
         GROUP BY p.id
         HAVING max(y.dernier_jour) < ?1",
    )?;
    let mut v: Vec<ParentAPurger> = stmt
        .query_map([limite], |r| {
            Ok(ParentAPurger {
                parent_id: r.get(0)?,
                nom: r.get(1)?,
                prenom: r.get(2)?,
                translitteration: r.get(3)?,
                derniere_annee: r.get(4)?,
                fin_derniere_annee: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    v.sort_by_cached_key(|p| (crate::commun::recherche::cle_tri(&p.nom, &p.prenom), p.parent_id));
    Ok(v)
}

/// The preview: who a purge run on `aujourd_hui` would anonymise. Writes nothing.
pub fn apercu(db: &Db, aujourd_hui: NaiveDate) -> Resultat<ApercuPurge> {
    let duree_annees = duree(db)?;
    let limite = date_limite(aujourd_hui, duree_annees);
    let parents = a_purger(db.conn(), limite)?;
    Ok(ApercuPurge { duree_annees, date_limite: limite, nombre: parents.len() as i64, parents })
}

/// Anonymises every parent [`apercu`] lists, in one transaction, logged as
/// `purge_conservation` with the count; then rebuilds the file (see the module doc).
/// `qui` is checked first (nothing is written when it is invalid).
pub fn purger(db: &mut Db, aujourd_hui: NaiveDate, qui: &str) -> Resultat<ResultatPurge> {
    let qui = journal::valider_qui(qui)?;
    db.conn().pragma_update(None, "secure_delete", "ON")?;
    let (duree_annees, limite, n) = db.transaction(|tx| {
        let duree_annees = duree_conn(tx)?;
        let limite = date_limite(aujourd_hui, duree_annees);
        let parents = a_purger(tx, limite)?;
        let quand = journal::maintenant();
        for p in &parents {
            anonymiser(tx, p.parent_id, &quand)?;
        }
        journal::ecrire(
            tx,
            &qui,
            actions::PURGE_CONSERVATION,
            &serde_json::json!({ "parents": parents.len(), "date_limite": limite, "duree_annees": duree_annees }),
        )?;
        Ok((duree_annees, limite, parents.len() as i64))
    })?;
    let fichier_compacte = n == 0 || compacter(db.conn()).is_ok();
    Ok(ResultatPurge { duree_annees, date_limite: limite, parents_anonymises: n, fichier_compacte })
}

/// Rebuilds the file and empties the WAL so removed text is in no free page.
pub(crate) fn compacter(conn: &Connection) -> Resultat<()> {
    conn.execute_batch("VACUUM")?;
    if conn.path().is_some_and(|p| !p.is_empty()) {
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    Ok(())
}

/// Words of a name worth looking for in free text (3 characters or more).
fn mots_du_nom(nom: &str, prenom: &str, translitteration: &str) -> Vec<String> {
    let mut mots: Vec<String> = [nom, prenom, translitteration]
        .iter()
        .flat_map(|s| s.split(|c: char| c.is_whitespace() || c == ','))
        .map(|m| m.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|m| m.chars().count() >= 3)
        .collect();
    mots.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
    mots.dedup();
    mots
}

/// Removes everything identifying about one parent inside the caller's transaction, keeping
/// the anonymous categories (the lists are in the module doc). `quand` is stored in
/// `anonymise_le`.
pub(crate) fn anonymiser(tx: &Transaction<'_>, parent_id: i64, quand: &str) -> Resultat<()> {
    let (nom, prenom, translitteration): (String, String, String) =
        tx.query_row("SELECT nom, prenom, translitteration FROM parent WHERE id = ?1", [parent_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    tx.prepare_cached(
        "UPDATE parent SET nom = ?2, prenom = '', translitteration = '', cle_recherche = ?3, annee_naissance = NULL,
                pays_origine = NULL, telephone = '', telephone_consentement = 0, disponibilites = '', notes = '', attentes_precision = '',
                anonymise_le = ?4
         WHERE id = ?1",
    )?
    .execute(params![parent_id, NOM_ANONYME, crate::domaine::parent::cle_recherche(NOM_ANONYME, "", ""), quand])?;
    tx.prepare_cached("DELETE FROM parent_langue WHERE parent_id = ?1 AND langue <> 'fr'")?.execute([parent_id])?;
    tx.prepare_cached("DELETE FROM enfant WHERE parent_id = ?1")?.execute([parent_id])?;
    effacer_du_journal(tx, &mots_du_nom(&nom, &prenom, &translitteration))
}

/// Replaces the words of a name in the free-text reasons of the log.
fn effacer_du_journal(tx: &Transaction<'_>, mots: &[String]) -> Resultat<()> {
    if mots.is_empty() {
        return Ok(());
    }
    let lignes: Vec<(i64, String)> = tx
        .prepare_cached("SELECT id, detail FROM journal WHERE action = ?1")?
        .query_map([actions::APPEL_DEVERROUILLE], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, detail) in lignes {
        let Ok(mut d) = serde_json::from_str::<serde_json::Value>(&detail) else { continue };
        let Some(motif) = d.get("motif").and_then(serde_json::Value::as_str) else { continue };
        let mut nouveau = motif.to_owned();
        for m in mots {
            nouveau = nouveau.replace(m.as_str(), "[parent anonymisé]");
        }
        if nouveau != motif {
            d["motif"] = serde_json::Value::String(nouveau);
            tx.prepare_cached("UPDATE journal SET detail = ?2 WHERE id = ?1")?.execute(params![id, d.to_string()])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duree_par_defaut_et_bornes() {
        let mut db = Db::en_memoire().unwrap();
        let entrees = |db: &Db| journal::lister(db, &journal::FiltreJournal::default()).unwrap();
        assert_eq!(duree(&db).unwrap(), 3);
        assert_eq!(definir_duree(&mut db, 5, " Mme  Martin ").unwrap(), 5);
        assert_eq!(duree(&db).unwrap(), 5);
        let j = entrees(&db);
        assert_eq!(j.len(), 1);
        assert_eq!((j[0].qui.as_str(), j[0].action.as_str()), ("Mme Martin", actions::CONSERVATION_MODIFIEE));
        assert_eq!(j[0].detail, r#"{"apres":5,"avant":3}"#);
        assert_eq!(j[0].resume, "3 ans → 5 ans après la fin de l'année scolaire");
        for faux in [0, 11] {
            assert_eq!(definir_duree(&mut db, faux, "Mme Martin").unwrap_err().champs()[0].champ, "duree");
        }
        assert_eq!(definir_duree(&mut db, 2, "  ").unwrap_err().champs()[0].champ, "qui");
        assert_eq!(duree(&db).unwrap(), 5, "une valeur refusée ne change rien");
        assert_eq!(definir_duree(&mut db, 5, "M. Durand").unwrap(), 5);
        assert_eq!(entrees(&db).len(), 1, "ni refus ni valeur inchangée ne s'inscrivent au journal");
    }

    #[test]
    fn limite_en_annees_civiles() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(date_limite(d("2026-11-25"), 3), d("2023-11-25"));
        assert_eq!(date_limite(d("2028-02-29"), 1), d("2027-02-28"));
    }

    #[test]
    fn mots_a_chercher() {
        assert_eq!(mots_du_nom("Diallo", "Aminata", ""), ["Aminata", "Diallo"]);
        assert_eq!(mots_du_nom("Al-Ali", "Li", "Mohammed Al-Ali"), ["Mohammed", "Al-Ali"]);
    }
}

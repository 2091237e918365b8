//! The money of a school year's bilan besides the vacations: other costs (materials, childcare,
//! interpreting, outings…) and funding received. Tables `bilan_depense` and `bilan_financement`
//! (`sql/004_bilan.sql`); amounts in cents.
//!
//! ## API (what the Bilan screen calls)
//! - [`lister`] → [`AutresFinances`]: the year's costs and funding, with their totals.
//! - [`ajouter_depense`] / [`supprimer_depense`], [`ajouter_financement`] / [`supprimer_financement`]:
//!   one transaction each; bad input is refused with field errors in French and writes nothing.
//!
//! Amounts are typed as people write them (« 125,50 », « 30 € »), read by
//! [`crate::domaine::intervenant::lire_montant`] like the vacation rates. The balance (funding − costs,
//! vacations included) is computed in [`super::calculer`].
//!
//! To add a cost category: a variant of [`CategorieDepense`] (code, label, [`CategorieDepense::TOUTES`])
//! and its code in the `CHECK` of a new migration step.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::intervenant::lire_montant;
use crate::commun::texte::{lire_date, nettoyer};
use crate::{domaine::annee, Db, Erreur, ErreurChamp, Resultat};

/// What a cost was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CategorieDepense {
    /// Books, stationery, printing…
    Materiel,
    /// Childcare during the séances.
    GardeEnfants,
    /// Interpreters.
    Interpretariat,
    /// Outings (museum, library, town hall…).
    Sorties,
    /// Anything else.
    Autre,
}

impl CategorieDepense {
    /// Every category, in the order of the form and of the exports.
    pub const TOUTES: [CategorieDepense; 5] = [Self::Materiel, Self::GardeEnfants, Self::Interpretariat, Self::Sorties, Self::Autre];
    /// As stored, in the JSON and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::Materiel => "materiel",
            Self::GardeEnfants => "garde_enfants",
            Self::Interpretariat => "interpretariat",
            Self::Sorties => "sorties",
            Self::Autre => "autre",
        }
    }
    /// From [`Self::code`].
    pub fn depuis_code(code: &str) -> Option<Self> {
        Self::TOUTES.into_iter().find(|c| c.code() == code)
    }
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Materiel => "Matériel pédagogique",
            Self::GardeEnfants => "Garde d'enfants",
            Self::Interpretariat => "Interprétariat",
            Self::Sorties => "Sorties",
            Self::Autre => "Divers",
        }
    }
}

/// A cost other than the vacations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Depense {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// What it was for.
    pub categorie: CategorieDepense,
    /// Short description (« Manuels A1 », « Sortie médiathèque »).
    pub libelle: String,
    /// Amount, cents (> 0).
    #[ts(type = "number")]
    pub centimes: i64,
    /// When it was paid, if known.
    pub date: Option<NaiveDate>,
}

/// A cost as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieDepense {
    /// What it was for.
    pub categorie: CategorieDepense,
    /// Short description, required.
    pub libelle: String,
    /// Amount in euros as typed (« 125,50 »), > 0.
    pub montant: String,
    /// `2026-03-12` or `12/03/2026`; empty when not known.
    pub date: String,
}

/// Funding received for the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Financement {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// Who paid (« Rectorat — BOP 230 », « Commune (PRE) », « CAF »).
    pub source: String,
    /// Amount, cents (> 0).
    #[ts(type = "number")]
    pub centimes: i64,
    /// When it was received.
    pub date: NaiveDate,
}

/// Funding as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieFinancement {
    /// Who paid, required.
    pub source: String,
    /// Amount in euros as typed, > 0.
    pub montant: String,
    /// `2026-03-12` or `12/03/2026`, required.
    pub date: String,
}

/// The year's other costs and funding, oldest first (undated costs last).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AutresFinances {
    /// Costs other than the vacations.
    pub depenses: Vec<Depense>,
    /// Funding received.
    pub financements: Vec<Financement>,
    /// Σ costs, cents.
    #[ts(type = "number")]
    pub total_depenses_centimes: i64,
    /// Σ funding, cents.
    #[ts(type = "number")]
    pub total_financements_centimes: i64,
}

/// The costs and funding of the school year `annee_id`.
pub fn lister(db: &Db, annee_id: i64) -> Resultat<AutresFinances> {
    lister_conn(db.conn(), annee_id)
}

pub(crate) fn lister_conn(conn: &Connection, annee_id: i64) -> Resultat<AutresFinances> {
    let mut st = conn.prepare(
        "SELECT id, categorie, libelle, centimes, date FROM bilan_depense WHERE annee_id = ?1
         ORDER BY date IS NULL, date, id",
    )?;
    let depenses: Vec<Depense> = st
        .query_map([annee_id], |r| {
            Ok(Depense {
                id: r.get(0)?,
                categorie: CategorieDepense::depuis_code(&r.get::<_, String>(1)?).unwrap_or(CategorieDepense::Autre),
                libelle: r.get(2)?,
                centimes: r.get(3)?,
                date: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut st = conn.prepare("SELECT id, source, centimes, date FROM bilan_financement WHERE annee_id = ?1 ORDER BY date, id")?;
    let financements: Vec<Financement> = st
        .query_map([annee_id], |r| Ok(Financement { id: r.get(0)?, source: r.get(1)?, centimes: r.get(2)?, date: r.get(3)? }))?
        .collect::<Result<_, _>>()?;
    Ok(AutresFinances {
        total_depenses_centimes: depenses.iter().map(|d| d.centimes).sum(),
        total_financements_centimes: financements.iter().map(|f| f.centimes).sum(),
        depenses,
        financements,
    })
}

const MONTANT_INVALIDE: &str = "Montant invalide : écrivez-le en euros, comme 125,50 (plus de 0 €).";

fn lire_montant_positif(s: &str, erreurs: &mut Vec<ErreurChamp>) -> Option<i64> {
    let c = lire_montant(s).filter(|c| *c > 0);
    if c.is_none() {
        erreurs.push(ErreurChamp::new("montant", if s.trim().is_empty() { "Montant obligatoire." } else { MONTANT_INVALIDE }));
    }
    c
}

/// Adds a cost to the year (one transaction). Refused with field errors: empty label
/// (`libelle`), amount not > 0 (`montant`), unreadable date (`date`).
pub fn ajouter_depense(db: &mut Db, annee_id: i64, s: &SaisieDepense) -> Resultat<Depense> {
    annee::par_id(db.conn(), annee_id)?;
    let mut erreurs = Vec::new();
    let libelle = nettoyer(&s.libelle);
    if libelle.is_empty() {
        erreurs.push(ErreurChamp::new("libelle", "Décrivez la dépense (par exemple « Manuels de français A1 »)."));
    }
    let centimes = lire_montant_positif(&s.montant, &mut erreurs);
    let date = if s.date.trim().is_empty() { None } else { lire_date(&s.date) };
    if !s.date.trim().is_empty() && date.is_none() {
        erreurs.push(ErreurChamp::new("date", "Date invalide : écrivez-la comme 15/05/2026, ou laissez-la vide."));
    }
    let (Some(centimes), true) = (centimes, erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    let id = db.transaction(|tx| {
        tx.execute(
            "INSERT INTO bilan_depense (annee_id, categorie, libelle, centimes, date) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![annee_id, s.categorie.code(), libelle, centimes, date],
        )?;
        Ok(tx.last_insert_rowid())
    })?;
    Ok(Depense { id, categorie: s.categorie, libelle, centimes, date })
}

/// Removes a cost (one transaction).
pub fn supprimer_depense(db: &mut Db, depense_id: i64) -> Resultat<()> {
    db.transaction(|tx| {
        if tx.execute("DELETE FROM bilan_depense WHERE id = ?1", [depense_id])? == 0 {
            return Err(Erreur::Introuvable("Cette dépense n'existe pas (ou plus).".into()));
        }
        Ok(())
    })
}

/// Adds funding received (one transaction). Refused with field errors: empty source
/// (`source`), amount not > 0 (`montant`), missing or unreadable date (`date`).
pub fn ajouter_financement(db: &mut Db, annee_id: i64, s: &SaisieFinancement) -> Resultat<Financement> {
    annee::par_id(db.conn(), annee_id)?;
    let mut erreurs = Vec::new();
    let source = nettoyer(&s.source);
    if source.is_empty() {
        erreurs.push(ErreurChamp::new("source", "Indiquez qui a versé ce financement (par exemple « Rectorat — BOP 230 »)."));
    }
    let centimes = lire_montant_positif(&s.montant, &mut erreurs);
    let date = lire_date(&s.date);
    if date.is_none() {
        erreurs.push(ErreurChamp::new(
            "date",
            if s.date.trim().is_empty() { "Date de versement obligatoire." } else { "Date invalide : écrivez-la comme 15/05/2026." },
        ));
    }
    let (Some(centimes), Some(date), true) = (centimes, date, erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    let id = db.transaction(|tx| {
        tx.execute(
            "INSERT INTO bilan_financement (annee_id, source, centimes, date) VALUES (?1, ?2, ?3, ?4)",
            params![annee_id, source, centimes, date],
        )?;
        Ok(tx.last_insert_rowid())
    })?;
    Ok(Financement { id, source, centimes, date })
}

/// Removes funding (one transaction).
pub fn supprimer_financement(db: &mut Db, financement_id: i64) -> Resultat<()> {
    db.transaction(|tx| {
        if tx.execute("DELETE FROM bilan_financement WHERE id = ?1", [financement_id])? == 0 {
            return Err(Erreur::Introuvable("Ce financement n'existe pas (ou plus).".into()));
        }
        Ok(())
    })
}

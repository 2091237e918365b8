//! The charter's follow-up indicators that are facts about one parent (école–parents charter,
//! seed 002, « indicateurs de suivi »), ticked per parent and per term ([`super::trimestre`]):
//! « Participation des parents aux rencontres individuelles », « Venues des parents à l'école
//! hors rencontres individuelles », « Participation aux élections ». The other two indicators
//! (« Actions conjointes avec partenaires », « Analyse partagée avec les représentants des
//! parents d'élèves ») are about the school, typed as counts in the bilan's qualitative part.
//!
//! Schema step 8 (`sql/008_suivi_ecole_famille.sql`, table `suivi_parent`). A tick belongs to the
//! parent and the school year, not to an atelier: a parent of two ateliers is ticked once and
//! counted in both. The bilan and the point trimestriel only ever print counts ([`compter`]).
//!
//! ## API (what the atelier screen's « Suivi école–famille » card, the CLI and the bilan call)
//! - [`grille`] → [`GrilleSuivi`]: an atelier's parents (waiting list excluded) and their ticks
//!   for one term.
//! - [`cocher`]: ticks or unticks one box (one statement; refused for a closed year).
//! - [`compter`] → [`CompteIndicateur`] per indicator: distinct parents ticked, per term and over
//!   the year, for an atelier or the whole school.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::inscription::codes;
use crate::domaine::{annee, trimestre};
use crate::{Db, Erreur, Resultat};

codes! {
    /// A follow-up indicator ticked per parent and term.
    IndicateurParent { /// The parent met a teacher individually.
        RencontreIndividuelle = "rencontre_individuelle", /// The parent came to the school outside those meetings.
        VenueEcole = "venue_ecole", /// The parent voted in the parents' elections.
        Election = "election" }
}

impl IndicateurParent {
    /// The charter's wording (bilan, point trimestriel, screens).
    pub fn libelle(self) -> &'static str {
        match self {
            Self::RencontreIndividuelle => "Participation des parents aux rencontres individuelles",
            Self::VenueEcole => "Venues des parents à l'école hors rencontres individuelles",
            Self::Election => "Participation aux élections",
        }
    }
}

/// « Actions conjointes avec partenaires », the charter's wording.
pub const LIBELLE_ACTIONS_PARTENAIRES: &str = "Actions conjointes avec partenaires";
/// « Analyse partagée avec les représentants des parents d'élèves », the charter's wording.
pub const LIBELLE_ANALYSE_PARTAGEE: &str = "Analyse partagée avec les représentants des parents d'élèves";

/// One parent's line of the grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LigneSuivi {
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Left the atelier (still listed: the ticks of the terms they attended count).
    pub parti: bool,
    /// Ticked indicators for the term, in [`IndicateurParent::TOUS`] order.
    pub coches: Vec<IndicateurParent>,
}

/// An atelier's parents and their ticks for one term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GrilleSuivi {
    /// The atelier.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// The term shown.
    pub trimestre: trimestre::Trimestre,
    /// The three terms of the year (for the term switch).
    pub trimestres: trimestre::Trimestres,
    /// `false` for a closed year: the boxes are read-only.
    pub modifiable: bool,
    /// By name.
    pub lignes: Vec<LigneSuivi>,
}

/// Distinct parents ticked for one indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CompteIndicateur {
    /// [`IndicateurParent::code`].
    pub indicateur: String,
    /// [`IndicateurParent::libelle`].
    pub libelle: String,
    /// Terms 1, 2, 3.
    #[ts(type = "number[]")]
    pub trimestres: Vec<i64>,
    /// Over the year (a parent ticked in two terms counts once).
    #[ts(type = "number")]
    pub annee: i64,
}

fn annee_de(conn: &Connection, atelier_id: i64) -> Resultat<i64> {
    annee::exiger_atelier(conn, atelier_id)?;
    Ok(conn.query_row("SELECT annee_id FROM atelier WHERE id = ?1", [atelier_id], |r| r.get(0))?)
}

/// The grid of the atelier `atelier_id` for the term `numero` (1 to 3).
pub fn grille(conn: &Connection, atelier_id: i64, numero: u8) -> Resultat<GrilleSuivi> {
    let annee_id = annee_de(conn, atelier_id)?;
    let trimestres = trimestre::de_l_annee(conn, annee_id)?;
    let t = trimestres.trimestre(numero)?;
    let mut stmt = conn.prepare(
        "SELECT p.id, p.nom, p.prenom, i.statut = 'parti',
                (SELECT group_concat(s.indicateur) FROM suivi_parent s WHERE s.parent_id = p.id AND s.annee_id = ?2 AND s.trimestre = ?3)
         FROM inscription i JOIN parent p ON p.id = i.parent_id
         WHERE i.atelier_id = ?1 AND i.statut <> 'attente' ORDER BY p.nom COLLATE NOCASE, p.prenom COLLATE NOCASE, p.id",
    )?;
    let lignes = stmt
        .query_map(params![atelier_id, annee_id, numero], |r| {
            let codes: Option<String> = r.get(4)?;
            let codes = codes.unwrap_or_default();
            Ok(LigneSuivi {
                parent_id: r.get(0)?,
                nom: r.get(1)?,
                prenom: r.get(2)?,
                parti: r.get(3)?,
                coches: IndicateurParent::TOUS.iter().copied().filter(|i| codes.split(',').any(|c| c == i.code())).collect(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let modifiable = annee::exiger_modifiable(conn, atelier_id).is_ok();
    Ok(GrilleSuivi { atelier_id, trimestre: t, trimestres, modifiable, lignes })
}

/// Ticks (`coche`) or unticks one box of the parent `parent_id`, enrolled in the atelier
/// `atelier_id` (waiting list excluded), for the term `numero`. Refused: a closed year, a parent
/// not in the atelier, a term other than 1 to 3. Returns the grid of that term.
pub fn cocher(db: &mut Db, atelier_id: i64, parent_id: i64, numero: u8, indicateur: IndicateurParent, coche: bool) -> Resultat<GrilleSuivi> {
    trimestre::verifier_numero(numero)?;
    let annee_id = annee_de(db.conn(), atelier_id)?;
    annee::exiger_modifiable(db.conn(), atelier_id)?;
    let inscrit: bool = db.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM inscription WHERE atelier_id = ?1 AND parent_id = ?2 AND statut <> 'attente')",
        params![atelier_id, parent_id],
        |r| r.get(0),
    )?;
    if !inscrit {
        return Err(Erreur::Introuvable(format!("Le parent n° {parent_id} n'est pas inscrit à cet atelier.")));
    }
    let sql = if coche {
        "INSERT OR IGNORE INTO suivi_parent (parent_id, annee_id, trimestre, indicateur) VALUES (?1, ?2, ?3, ?4)"
    } else {
        "DELETE FROM suivi_parent WHERE parent_id = ?1 AND annee_id = ?2 AND trimestre = ?3 AND indicateur = ?4"
    };
    db.conn().execute(sql, params![parent_id, annee_id, numero, indicateur.code()])?;
    grille(db.conn(), atelier_id, numero)
}

/// Per indicator, the distinct parents ticked in the year `annee_id`, among the parents of the
/// atelier `atelier_id` (or of every atelier of the year), waiting list excluded.
pub fn compter(conn: &Connection, annee_id: i64, atelier_id: Option<i64>) -> Resultat<Vec<CompteIndicateur>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.indicateur, s.trimestre, s.parent_id FROM suivi_parent s
         WHERE s.annee_id = ?1 AND s.parent_id IN (
             SELECT i.parent_id FROM inscription i JOIN atelier a ON a.id = i.atelier_id
             WHERE a.annee_id = ?1 AND i.statut <> 'attente' AND (?2 IS NULL OR a.id = ?2))",
    )?;
    let mut coches: Vec<(String, u8, i64)> =
        stmt.query_map(params![annee_id, atelier_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
    coches.sort_unstable();
    Ok(IndicateurParent::TOUS
        .iter()
        .map(|&i| {
            let de_i: Vec<&(String, u8, i64)> = coches.iter().filter(|c| c.0 == i.code()).collect();
            let trimestres = (1..=3u8).map(|t| de_i.iter().filter(|c| c.1 == t).count() as i64).collect();
            let mut parents: Vec<i64> = de_i.iter().map(|c| c.2).collect();
            parents.sort_unstable();
            parents.dedup();
            CompteIndicateur { indicateur: i.code().into(), libelle: i.libelle().into(), trimestres, annee: parents.len() as i64 }
        })
        .collect())
}

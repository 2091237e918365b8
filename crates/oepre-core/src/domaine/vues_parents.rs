//! What the parents' screens show, read in one place: the fiche of one parent with their
//! enrolments and hours ([`fiche`]), and the list searched by name in any script ([`chercher`]).
//! The record itself, its rules and its storage are [`crate::domaine::parent`].

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::recherche::{cle_tri, plier};
use crate::domaine::heures::{self, Heures};
use crate::domaine::inscription::StatutInscription;
use crate::domaine::parent::{
    anonymise_le, arrivee_approximative, est_primo_arrivant, est_public_prioritaire, lire, parle_francais, premier_jour_courant, Parent, Sexe,
};
use crate::{Erreur, Resultat};

/// Everything the fiche screen shows about one parent.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FicheParent {
    /// The record.
    pub parent: Parent,
    /// Derived for the current school year (see [`est_primo_arrivant`]); `None` if the year of
    /// arrival is unknown.
    pub primo_arrivant: Option<bool>,
    /// Only the year of arrival is known and it is the one five years before the rentrée: the
    /// answer above is a guess (see [`arrivee_approximative`]).
    pub arrivee_approximative: bool,
    /// Public prioritaire of the Ministère de l'Intérieur (see [`est_public_prioritaire`]).
    pub public_prioritaire: bool,
    /// French is among the languages the parent speaks (see [`parle_francais`]).
    pub francophone: bool,
    /// Enrolments, most recent atelier first, each with its hours.
    pub inscriptions: Vec<InscriptionAvecHeures>,
    /// When the personal data were removed (retention purge or erasure, see
    /// [`crate::domaine::conservation`]), local `AAAA-MM-JJTHH:MM:SS`; `None` while the fiche is whole.
    pub anonymise_le: Option<String>,
}

/// An enrolment with its hours and rate (see [`crate::domaine::heures`]).
#[derive(Debug, Clone, Serialize, TS)]
pub struct InscriptionAvecHeures {
    /// The enrolment.
    pub inscription: crate::domaine::inscription::Inscription,
    /// Hours attended and delivered, rate.
    pub heures: Heures,
}

/// The fiche of one parent, with enrolments and hours.
pub fn fiche(conn: &Connection, id: i64) -> Resultat<FicheParent> {
    let parent = lire(conn, id)?;
    let premier_jour = premier_jour_courant(conn)?;
    let primo_arrivant = est_primo_arrivant(parent.annee_arrivee, parent.mois_arrivee, premier_jour);
    let arrivee_approximative = arrivee_approximative(parent.annee_arrivee, parent.mois_arrivee, premier_jour);
    let public_prioritaire = est_public_prioritaire(parent.nationalite.as_deref(), primo_arrivant, parent.cir);
    let francophone = parle_francais(&parent.langues);
    let heures = heures::par_inscription(conn, &heures::Portee::Parent(id))?;
    let inscriptions = crate::domaine::inscription::du_parent(conn, id)?
        .into_iter()
        .map(|i| InscriptionAvecHeures { heures: heures.get(&i.id).cloned().unwrap_or_default(), inscription: i })
        .collect();
    Ok(FicheParent {
        parent,
        primo_arrivant,
        arrivee_approximative,
        public_prioritaire,
        francophone,
        inscriptions,
        anonymise_le: anonymise_le(conn, id)?,
    })
}

/// What the parents list is filtered by.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FiltreParents {
    /// Any part of the name, prénom or transliteration, in any script (empty: everyone).
    pub texte: String,
    /// Only parents enrolled (any status) in this atelier.
    #[ts(type = "number | null")]
    pub atelier_id: Option<i64>,
}

/// One enrolment as the parents list shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct InscriptionResumee {
    /// Enrolment id.
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// Atelier id.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// Atelier name.
    pub atelier_nom: String,
    /// Status.
    pub statut: StatutInscription,
    /// Date enrolled.
    pub inscrit_le: NaiveDate,
    /// Date left, if left.
    pub parti_le: Option<NaiveDate>,
    /// Hours and rate over the enrolment period.
    pub heures: Heures,
}

/// One row of the parents list.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LigneParent {
    /// Parent id.
    #[ts(type = "number")]
    pub id: i64,
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Latin spelling.
    pub translitteration: String,
    /// Sex.
    pub sexe: Option<Sexe>,
    /// Year of birth.
    pub annee_naissance: Option<i32>,
    /// ISO code.
    pub nationalite: Option<String>,
    /// Derived for the current school year.
    pub primo_arrivant: Option<bool>,
    /// Self-declared CIR.
    pub cir: bool,
    /// Enrolments (only the filtered atelier's when one is given).
    pub inscriptions: Vec<InscriptionResumee>,
}

/// Parents matching the filter, sorted by name (see [`crate::commun::recherche`]), each with their
/// enrolments and hours. Three queries whatever the number of parents.
pub fn chercher(conn: &Connection, filtre: &FiltreParents) -> Resultat<Vec<LigneParent>> {
    let requete = plier(&filtre.texte);
    let mut stmt = conn.prepare_cached(
        "SELECT id, nom, prenom, translitteration, sexe, annee_naissance, nationalite, annee_arrivee, cir, mois_arrivee
         FROM parent p
         WHERE instr(cle_recherche, ?1) > 0
           AND (?2 IS NULL OR EXISTS (SELECT 1 FROM inscription i WHERE i.parent_id = p.id AND i.atelier_id = ?2))",
    )?;
    let debut = premier_jour_courant(conn)?;
    let mut lignes: Vec<LigneParent> = stmt
        .query_map(params![requete, filtre.atelier_id], |r| {
            Ok(LigneParent {
                id: r.get(0)?,
                nom: r.get(1)?,
                prenom: r.get(2)?,
                translitteration: r.get(3)?,
                sexe: r.get::<_, Option<String>>(4)?.as_deref().and_then(Sexe::lire),
                annee_naissance: r.get(5)?,
                nationalite: r.get(6)?,
                primo_arrivant: est_primo_arrivant(r.get(7)?, r.get(9)?, debut),
                cir: r.get(8)?,
                inscriptions: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    lignes.sort_by_cached_key(|l| (cle_tri(&l.nom, &l.prenom), l.id));
    let portee = match filtre.atelier_id {
        Some(a) => heures::Portee::Atelier(a),
        None => heures::Portee::Tout,
    };
    let heures = heures::par_inscription(conn, &portee)?;
    let mut par_parent: HashMap<i64, Vec<InscriptionResumee>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.parent_id, i.atelier_id, a.nom, i.statut, i.inscrit_le, i.parti_le
         FROM inscription i JOIN atelier a ON a.id = i.atelier_id
         WHERE ?1 IS NULL OR i.atelier_id = ?1
         ORDER BY a.premier_jour DESC, a.nom",
    )?;
    let mut rows = stmt.query([filtre.atelier_id])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let statut: String = r.get(4)?;
        par_parent.entry(r.get(1)?).or_default().push(InscriptionResumee {
            inscription_id: id,
            atelier_id: r.get(2)?,
            atelier_nom: r.get(3)?,
            statut: StatutInscription::depuis_code(&statut).ok_or_else(|| Erreur::Interne(format!("statut inconnu {statut}")))?,
            inscrit_le: r.get(5)?,
            parti_le: r.get(6)?,
            heures: heures.get(&id).cloned().unwrap_or_default(),
        });
    }
    for l in &mut lignes {
        l.inscriptions = par_parent.remove(&l.id).unwrap_or_default();
    }
    Ok(lignes)
}


//! The parents' path (livret OEPRE: « Informer et inscrire les parents », the CASNAV's
//! expectations questionnaire, the articulation with ASL, cours municipaux, OFII…):
//!
//! - at enrolment, **who referred the parent** ([`Prescripteur`], `parent.prescripteur`) and the
//!   parent's **expectations** ([`Attente`], table `parent_attente`, plus free text
//!   `parent.attentes_precision`);
//! - at the end of an enrolment, the **orientation** ([`Orientation`], `inscription.orientation`);
//! - the **progress** from the entry to the exit CECRL level, oral and written ([`Evolution`]),
//!   derived from the levels already stored on the enrolment, never typed.
//!
//! Schema step 7 (`sql/007_parcours_parents.sql`). The bilan counts all three per atelier and for
//! the school ([`crate::sorties::bilan`]), never with a name. The free text is personal: the retention
//! purge and the erasure empty it ([`crate::domaine::conservation`]); the codes stay, counted like sex.
//!
//! ## API (what the parent's fiche, the CLI and the bilan call)
//! - [`lire`] → [`ParcoursParent`]: the referral, the expectations and, per enrolment, the
//!   levels, the progress and the orientation.
//! - [`enregistrer_accueil`]: the referral and the expectations (one transaction).
//! - [`enregistrer_orientation`]: the orientation of one enrolment (one transaction).

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::inscription::{codes, Evaluation, NiveauCecrl};
use crate::commun::texte::nettoyer;
use crate::{Db, Erreur, ErreurChamp, Resultat};

codes! {
    /// Who referred the parent to the atelier (livret OEPRE, « Informer et inscrire les parents »).
    Prescripteur { /// Office français de l'immigration et de l'intégration.
        Ofii = "ofii", /// The school, its UPE2A.
        EcoleUpe2a = "ecole_upe2a", /// Town hall services, a centre social.
        MairieCentreSocial = "mairie_centre_social", /// An association, an ASL.
        AssociationAsl = "association_asl", /// The CASNAV.
        Casnav = "casnav", /// Another parent.
        AutreParent = "autre_parent", /// Anyone else.
        Autre = "autre" }
}

impl Prescripteur {
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Ofii => "OFII",
            Self::EcoleUpe2a => "École / UPE2A",
            Self::MairieCentreSocial => "Mairie / centre social",
            Self::AssociationAsl => "Association / ASL",
            Self::Casnav => "CASNAV",
            Self::AutreParent => "Un autre parent",
            Self::Autre => "Autre",
        }
    }
}

codes! {
    /// What the parent expects from the atelier: the livret's three axes (French split into oral
    /// and written) and « aider mon enfant ».
    Attente { /// Axis 1, oral.
        Parler = "parler", /// Axis 1, written.
        LireEcrire = "lire_ecrire", /// Axis 2.
        Ecole = "ecole", /// Axis 3.
        Valeurs = "valeurs", /// Help my child.
        AiderEnfant = "aider_enfant" }
}

impl Attente {
    /// For people, in the parent's words.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Parler => "Parler et comprendre le français (échanges avec l'école, réunions)",
            Self::LireEcrire => "Lire et écrire le français (carnet de liaison, bulletins, documents de l'école)",
            Self::Ecole => "Comprendre le fonctionnement et les attentes de l'École",
            Self::Valeurs => "Connaître les valeurs de la République et la vie en France",
            Self::AiderEnfant => "Aider mon enfant dans sa scolarité",
        }
    }
}

codes! {
    /// Where the parent goes next, at the end of an enrolment (livret OEPRE: articulate OEPRE
    /// with the other language training networks).
    Orientation { /// Atelier sociolinguistique.
        Asl = "asl", /// Town courses.
        CoursMunicipaux = "cours_municipaux", /// OFII language training.
        Ofii = "ofii", /// GRETA.
        Greta = "greta", /// An association.
        Association = "association", /// OEPRE again next school year.
        OepreAnneeSuivante = "oepre_annee_suivante", /// No further training.
        Aucune = "aucune" }
}

impl Orientation {
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Asl => "Atelier sociolinguistique (ASL)",
            Self::CoursMunicipaux => "Cours municipaux",
            Self::Ofii => "Formation linguistique de l'OFII",
            Self::Greta => "GRETA",
            Self::Association => "Association",
            Self::OepreAnneeSuivante => "Continue en OEPRE l'année prochaine",
            Self::Aucune => "Aucune",
        }
    }
}

codes! {
    /// Entry → exit CECRL level of one skill.
    Evolution { /// The exit level is above the entry level.
        Progres = "progres", /// Same level.
        Stable = "stable", /// The exit level is below the entry level.
        Recul = "recul" }
}

impl Evolution {
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Progres => "en progrès",
            Self::Stable => "niveau stable",
            Self::Recul => "en recul",
        }
    }
}

/// Entry → exit of one skill; `None` unless both levels are known.
pub fn evolution(entree: Option<NiveauCecrl>, sortie: Option<NiveauCecrl>) -> Option<Evolution> {
    let rang = |n: NiveauCecrl| NiveauCecrl::TOUS.iter().position(|x| *x == n);
    let (e, s) = (rang(entree?)?, rang(sortie?)?);
    Some(match s.cmp(&e) {
        std::cmp::Ordering::Greater => Evolution::Progres,
        std::cmp::Ordering::Equal => Evolution::Stable,
        std::cmp::Ordering::Less => Evolution::Recul,
    })
}

/// « A1 → A2 (en progrès) », « A1 → ? » when the exit is not evaluated, « non évalué ».
pub fn progression_texte(entree: Option<NiveauCecrl>, sortie: Option<NiveauCecrl>) -> String {
    match (entree, sortie) {
        (None, None) => "non évalué".into(),
        (e, s) => {
            let n = |x: Option<NiveauCecrl>| x.map_or("?", NiveauCecrl::code);
            match evolution(e, s) {
                Some(ev) => format!("{} → {} ({})", n(e), n(s), ev.libelle()),
                None => format!("{} → {}", n(e), n(s)),
            }
        }
    }
}

/// One enrolment's end of path: levels, progress, orientation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SuiteInscription {
    /// The enrolment.
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// Its atelier's name.
    pub atelier_nom: String,
    /// Its school year (« 2025-2026 »).
    pub annee: String,
    /// Date enrolled.
    pub inscrit_le: NaiveDate,
    /// Entry levels.
    pub entree: Evaluation,
    /// Exit levels.
    pub sortie: Evaluation,
    /// Oral: entry → exit, when both are known.
    pub evolution_oral: Option<Evolution>,
    /// Written: entry → exit, when both are known.
    pub evolution_ecrit: Option<Evolution>,
    /// « A1 → A2 (en progrès) », for the screens and the CLI.
    pub progression_oral: String,
    /// Same for written.
    pub progression_ecrit: String,
    /// Where the parent goes next; `None` while not decided.
    pub orientation: Option<Orientation>,
}

/// One choice of a list, for the screens (the labels live here only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Choix {
    /// As stored and sent back.
    pub code: String,
    /// For people.
    pub libelle: String,
}

/// The three lists of choices, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChoixParcours {
    /// [`Prescripteur`].
    pub prescripteurs: Vec<Choix>,
    /// [`Attente`].
    pub attentes: Vec<Choix>,
    /// [`Orientation`].
    pub orientations: Vec<Choix>,
}

impl ChoixParcours {
    /// Every code with its label.
    pub fn tous() -> Self {
        fn liste<T: Copy>(tous: &[T], code: fn(T) -> &'static str, libelle: fn(T) -> &'static str) -> Vec<Choix> {
            tous.iter().map(|&t| Choix { code: code(t).into(), libelle: libelle(t).into() }).collect()
        }
        ChoixParcours {
            prescripteurs: liste(Prescripteur::TOUS, Prescripteur::code, Prescripteur::libelle),
            attentes: liste(Attente::TOUS, Attente::code, Attente::libelle),
            orientations: liste(Orientation::TOUS, Orientation::code, Orientation::libelle),
        }
    }
}

/// A parent's path: referral and expectations, and per enrolment what came of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ParcoursParent {
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// Who referred them; `None` while not asked.
    pub prescripteur: Option<Prescripteur>,
    /// What they expect, in [`Attente::TOUS`] order.
    pub attentes: Vec<Attente>,
    /// The expectations in their own words (free text, never in a bilan).
    pub attentes_precision: String,
    /// Every enrolment (waiting list included), most recent first.
    pub inscriptions: Vec<SuiteInscription>,
    /// The lists the screen offers ([`ChoixParcours::tous`]).
    pub choix: ChoixParcours,
}

/// What the secretary records at enrolment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieAccueil {
    /// Who referred the parent (`None`: not known).
    pub prescripteur: Option<Prescripteur>,
    /// The boxes ticked.
    pub attentes: Vec<Attente>,
    /// Free text, at most [`PRECISION_MAX`] characters.
    pub attentes_precision: String,
}

/// Longest free text about the expectations.
pub const PRECISION_MAX: usize = 500;

fn introuvable(id: i64) -> Erreur {
    Erreur::Introuvable(format!("Le parent n° {id} n'existe pas (ou plus)."))
}

/// The path of the parent `parent_id`.
pub fn lire(conn: &Connection, parent_id: i64) -> Resultat<ParcoursParent> {
    let (prescripteur, attentes_precision): (Option<String>, String) = conn
        .query_row("SELECT prescripteur, attentes_precision FROM parent WHERE id = ?1", [parent_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => introuvable(parent_id),
            e => e.into(),
        })?;
    let mut stmt = conn.prepare_cached("SELECT attente FROM parent_attente WHERE parent_id = ?1")?;
    let codes: Vec<String> = stmt.query_map([parent_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let attentes = Attente::TOUS.iter().copied().filter(|a| codes.iter().any(|c| c == a.code())).collect();
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, a.nom, y.libelle, i.inscrit_le, i.entree_oral, i.entree_ecrit, i.sortie_oral, i.sortie_ecrit, i.orientation
         FROM inscription i JOIN atelier a ON a.id = i.atelier_id JOIN annee_scolaire y ON y.id = a.annee_id
         WHERE i.parent_id = ?1 ORDER BY a.premier_jour DESC, i.id DESC",
    )?;
    let niveau = |s: Option<String>| s.as_deref().and_then(NiveauCecrl::depuis_code);
    let inscriptions = stmt
        .query_map([parent_id], |r| {
            let entree = Evaluation { oral: niveau(r.get(4)?), ecrit: niveau(r.get(5)?) };
            let sortie = Evaluation { oral: niveau(r.get(6)?), ecrit: niveau(r.get(7)?) };
            Ok(SuiteInscription {
                inscription_id: r.get(0)?,
                atelier_nom: r.get(1)?,
                annee: r.get(2)?,
                inscrit_le: r.get(3)?,
                evolution_oral: evolution(entree.oral, sortie.oral),
                evolution_ecrit: evolution(entree.ecrit, sortie.ecrit),
                progression_oral: progression_texte(entree.oral, sortie.oral),
                progression_ecrit: progression_texte(entree.ecrit, sortie.ecrit),
                entree,
                sortie,
                orientation: r.get::<_, Option<String>>(8)?.as_deref().and_then(Orientation::depuis_code),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(ParcoursParent {
        parent_id,
        prescripteur: prescripteur.as_deref().and_then(Prescripteur::depuis_code),
        attentes,
        attentes_precision,
        inscriptions,
        choix: ChoixParcours::tous(),
    })
}

/// Records who referred the parent and what they expect (one transaction). Refused: an
/// anonymised parent, free text over [`PRECISION_MAX`] characters (`attentes_precision`).
pub fn enregistrer_accueil(db: &mut Db, parent_id: i64, s: &SaisieAccueil) -> Resultat<ParcoursParent> {
    let precision = nettoyer(&s.attentes_precision);
    if precision.chars().count() > PRECISION_MAX {
        return Err(Erreur::Validation(vec![ErreurChamp::new(
            "attentes_precision",
            format!("Texte trop long : {PRECISION_MAX} caractères au plus (il en fait {}).", precision.chars().count()),
        )]));
    }
    db.transaction(|tx| {
        crate::domaine::parent::refuser_si_anonymise(tx, parent_id)?;
        tx.execute(
            "UPDATE parent SET prescripteur = ?2, attentes_precision = ?3 WHERE id = ?1",
            params![parent_id, s.prescripteur.map(Prescripteur::code), precision],
        )?;
        tx.execute("DELETE FROM parent_attente WHERE parent_id = ?1", [parent_id])?;
        for a in Attente::TOUS.iter().filter(|a| s.attentes.contains(a)) {
            tx.execute("INSERT INTO parent_attente (parent_id, attente) VALUES (?1, ?2)", params![parent_id, a.code()])?;
        }
        Ok(())
    })?;
    lire(db.conn(), parent_id)
}

/// Records where the parent goes after the enrolment `inscription_id` (`None`: not decided), in
/// one transaction, and returns the parent's path.
pub fn enregistrer_orientation(db: &mut Db, inscription_id: i64, orientation: Option<Orientation>) -> Resultat<ParcoursParent> {
    let parent_id = db.transaction(|tx| {
        let parent_id: i64 = tx
            .query_row("SELECT parent_id FROM inscription WHERE id = ?1", [inscription_id], |r| r.get(0))
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Erreur::Introuvable(format!("L'inscription n° {inscription_id} n'existe pas (ou plus).")),
                e => e.into(),
            })?;
        tx.execute("UPDATE inscription SET orientation = ?2 WHERE id = ?1", params![inscription_id, orientation.map(Orientation::code)])?;
        Ok(parent_id)
    })?;
    lire(db.conn(), parent_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use NiveauCecrl::*;

    #[test]
    fn evolution_de_l_entree_a_la_sortie() {
        assert_eq!(evolution(Some(A11), Some(A1)), Some(Evolution::Progres));
        assert_eq!(evolution(Some(A2), Some(A2)), Some(Evolution::Stable));
        assert_eq!(evolution(Some(B1), Some(A2)), Some(Evolution::Recul));
        assert_eq!(evolution(Some(A1), None), None);
        assert_eq!(evolution(None, Some(A1)), None);
        assert_eq!(progression_texte(Some(A11), Some(A2)), "A1.1 → A2 (en progrès)");
        assert_eq!(progression_texte(Some(A1), None), "A1 → ?");
        assert_eq!(progression_texte(None, None), "non évalué");
    }
}

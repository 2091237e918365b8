//! The qualitative part of a school year's bilan (domain.md §7, issue 7 §2), written by the
//! school in the app: partners, themes covered per axis, school-life actions, school–family
//! indicators, difficulties, outlook. One draft per year in `bilan_qualitatif`
//! (`sql/004_bilan.sql`), saved as typed: no field is mandatory.
//!
//! ## API (what the Bilan screen calls)
//! - [`lire`] → [`Qualitatif`]: the saved draft, or an empty one whose themes per axis are
//!   pre-filled from the year's séances ([`themes_des_seances`]); [`Qualitatif::enregistre`]
//!   says which.
//! - [`enregistrer`]: saves the draft (one transaction). Only a negative count is refused.
//! - [`sections_vides`]: the sections still empty, for the completeness check.
//!
//! To add a section: a field here, a column in a new migration step, its line in [`lire`] /
//! [`enregistrer`], its case in [`sections_vides`], and its block in the XLSX and PDF.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{domaine::annee, Db, Erreur, ErreurChamp, Resultat};

/// A partner the school worked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Partenaire {
    /// Office français de l'immigration et de l'intégration.
    Ofii,
    /// Centre académique pour la scolarisation des enfants allophones nouvellement arrivés.
    Casnav,
    /// Associations.
    Associations,
    /// The town, the Programme de réussite éducative.
    CommunePre,
    /// Caisse d'allocations familiales.
    Caf,
    /// Another partner (say which in the details).
    Autre,
}

impl Partenaire {
    /// Every partner, in the order of the form.
    pub const TOUS: [Partenaire; 6] = [Self::Ofii, Self::Casnav, Self::Associations, Self::CommunePre, Self::Caf, Self::Autre];
    /// As stored and in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::Ofii => "ofii",
            Self::Casnav => "casnav",
            Self::Associations => "associations",
            Self::CommunePre => "commune_pre",
            Self::Caf => "caf",
            Self::Autre => "autre",
        }
    }
    /// From [`Self::code`].
    pub fn depuis_code(code: &str) -> Option<Self> {
        Self::TOUS.into_iter().find(|p| p.code() == code)
    }
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Ofii => "OFII",
            Self::Casnav => "CASNAV",
            Self::Associations => "Associations",
            Self::CommunePre => "Commune / PRE",
            Self::Caf => "CAF",
            Self::Autre => "Autre",
        }
    }
}

/// Themes covered, per OEPRE axis: free text, one theme per line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ThemesParAxe {
    /// Axis « langue française ».
    pub langue: String,
    /// Axis 2, « la connaissance du fonctionnement et des attentes de l'École ».
    pub ecole: String,
    /// Axis « valeurs de la République ».
    pub valeurs: String,
}

/// The charter's follow-up indicators (seed 002) as typed counts; `None` while not entered.
///
/// The first three are better ticked per parent and term on the atelier screen
/// ([`crate::domaine::suivi_parents`]): the bilan then counts the ticks ([`super::Chiffres::suivi_parents`])
/// and these typed numbers stay for a school that does not tick. The last two are about the
/// school and are only typed here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicateursEcoleFamille {
    /// Parents who met a teacher individually.
    #[ts(type = "number | null")]
    pub rencontres_individuelles: Option<i64>,
    /// Parents who came to the school outside the meetings.
    #[ts(type = "number | null")]
    pub venues_hors_reunions: Option<i64>,
    /// Parents who voted in the parents' elections.
    #[ts(type = "number | null")]
    pub votes_elections: Option<i64>,
    /// Joint actions with partners.
    #[ts(type = "number | null")]
    pub actions_communes: Option<i64>,
    /// Meetings where the ateliers were analysed with the parents' elected representatives
    /// (« Analyse partagée avec les représentants des parents d'élèves »). Absent from older files.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub analyses_partagees: Option<i64>,
}

impl IndicateursEcoleFamille {
    /// The five typed counts with the charter's wording, in its order.
    pub fn lignes(&self) -> [(&'static str, Option<i64>); 5] {
        use crate::domaine::suivi_parents::{IndicateurParent as I, LIBELLE_ACTIONS_PARTENAIRES, LIBELLE_ANALYSE_PARTAGEE};
        [
            (I::RencontreIndividuelle.libelle(), self.rencontres_individuelles),
            (I::VenueEcole.libelle(), self.venues_hors_reunions),
            (I::Election.libelle(), self.votes_elections),
            (LIBELLE_ACTIONS_PARTENAIRES, self.actions_communes),
            (LIBELLE_ANALYSE_PARTAGEE, self.analyses_partagees),
        ]
    }
}

/// The qualitative part of a year's bilan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Qualitatif {
    /// `true` when read from a saved draft; `false` for the pre-filled empty one. Ignored by
    /// [`enregistrer`].
    #[serde(default)]
    pub enregistre: bool,
    /// Partners ticked, in [`Partenaire::TOUS`] order.
    pub partenaires: Vec<Partenaire>,
    /// Which associations, what the partners did, the « autre » partner…
    pub partenaires_precisions: String,
    /// Themes covered per axis.
    pub themes: ThemesParAxe,
    /// School-life actions (visits, meetings, class councils…).
    pub actions_vie_scolaire: String,
    /// School–family indicators.
    pub indicateurs: IndicateursEcoleFamille,
    /// Difficulties met.
    pub difficultes: String,
    /// Outlook for next year.
    pub perspectives: String,
}

/// A section of the qualitative part (for the completeness list and the screen's anchors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// [`Qualitatif::partenaires`] and their details.
    Partenaires,
    /// [`Qualitatif::themes`].
    Themes,
    /// [`Qualitatif::actions_vie_scolaire`].
    ActionsVieScolaire,
    /// [`Qualitatif::indicateurs`].
    Indicateurs,
    /// [`Qualitatif::difficultes`].
    Difficultes,
    /// [`Qualitatif::perspectives`].
    Perspectives,
}

impl Section {
    /// Every section, in the order of the form.
    pub const TOUTES: [Section; 6] =
        [Self::Partenaires, Self::Themes, Self::ActionsVieScolaire, Self::Indicateurs, Self::Difficultes, Self::Perspectives];
    /// In links (`#/bilan/qualitatif/partenaires`) and the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::Partenaires => "partenaires",
            Self::Themes => "themes",
            Self::ActionsVieScolaire => "actions_vie_scolaire",
            Self::Indicateurs => "indicateurs",
            Self::Difficultes => "difficultes",
            Self::Perspectives => "perspectives",
        }
    }
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Partenaires => "Partenaires",
            Self::Themes => "Thèmes abordés par axe",
            Self::ActionsVieScolaire => "Actions de vie scolaire",
            Self::Indicateurs => "Indicateurs de suivi (charte école–parents)",
            Self::Difficultes => "Difficultés rencontrées",
            Self::Perspectives => "Perspectives",
        }
    }
}

/// The qualitative part of the year `annee_id`: the saved draft, else an empty one with the
/// themes pre-filled from the séances.
pub fn lire(db: &Db, annee_id: i64) -> Resultat<Qualitatif> {
    lire_conn(db.conn(), annee_id)
}

pub(crate) fn lire_conn(conn: &Connection, annee_id: i64) -> Resultat<Qualitatif> {
    annee::par_id(conn, annee_id)?;
    let enregistre = conn
        .query_row(
            "SELECT partenaires, partenaires_precisions, themes_langue, themes_ecole, themes_valeurs, actions_vie_scolaire,
                    rencontres_individuelles, venues_hors_reunions, votes_elections, actions_communes, difficultes, perspectives,
                    analyses_partagees
             FROM bilan_qualitatif WHERE annee_id = ?1",
            [annee_id],
            |r| {
                let codes: String = r.get(0)?;
                Ok(Qualitatif {
                    enregistre: true,
                    partenaires: Partenaire::TOUS.into_iter().filter(|p| codes.split(',').any(|c| c == p.code())).collect(),
                    partenaires_precisions: r.get(1)?,
                    themes: ThemesParAxe { langue: r.get(2)?, ecole: r.get(3)?, valeurs: r.get(4)? },
                    actions_vie_scolaire: r.get(5)?,
                    indicateurs: IndicateursEcoleFamille {
                        rencontres_individuelles: r.get(6)?,
                        venues_hors_reunions: r.get(7)?,
                        votes_elections: r.get(8)?,
                        actions_communes: r.get(9)?,
                        analyses_partagees: r.get(12)?,
                    },
                    difficultes: r.get(10)?,
                    perspectives: r.get(11)?,
                })
            },
        )
        .optional()?;
    match enregistre {
        Some(q) => Ok(q),
        None => Ok(Qualitatif { themes: themes_des_seances(conn, annee_id)?, ..Qualitatif::default() }),
    }
}

/// The distinct themes of the year's non-cancelled séances, per axis ticked, in the order of
/// their first séance, one per line.
pub fn themes_des_seances(conn: &Connection, annee_id: i64) -> Resultat<ThemesParAxe> {
    let mut st = conn.prepare(
        "SELECT TRIM(s.theme), s.axe_langue, s.axe_ecole, s.axe_valeurs FROM seance s JOIN atelier a ON a.id = s.atelier_id
         WHERE a.annee_id = ?1 AND s.annulee = 0 AND TRIM(s.theme) <> '' ORDER BY s.date, s.debut, s.id",
    )?;
    let mut axes: [Vec<String>; 3] = Default::default();
    let mut rows = st.query([annee_id])?;
    while let Some(r) = rows.next()? {
        let theme: String = r.get(0)?;
        for (k, liste) in axes.iter_mut().enumerate() {
            if r.get::<_, bool>(k + 1)? && !liste.iter().any(|t| t.eq_ignore_ascii_case(&theme)) {
                liste.push(theme.clone());
            }
        }
    }
    let [langue, ecole, valeurs] = axes.map(|v| v.join("\n"));
    Ok(ThemesParAxe { langue, ecole, valeurs })
}

/// Saves the qualitative draft of the year `annee_id` as typed (one transaction). Refused with
/// a field error only when a count is negative (`indicateurs.<champ>`).
pub fn enregistrer(db: &mut Db, annee_id: i64, q: &Qualitatif) -> Resultat<Qualitatif> {
    annee::par_id(db.conn(), annee_id)?;
    let i = &q.indicateurs;
    let erreurs: Vec<ErreurChamp> = [
        ("rencontres_individuelles", i.rencontres_individuelles),
        ("venues_hors_reunions", i.venues_hors_reunions),
        ("votes_elections", i.votes_elections),
        ("actions_communes", i.actions_communes),
        ("analyses_partagees", i.analyses_partagees),
    ]
    .into_iter()
    .filter(|(_, n)| n.is_some_and(|n| n < 0))
    .map(|(champ, _)| ErreurChamp::new(&format!("indicateurs.{champ}"), "Un nombre ne peut pas être négatif (laissez vide si inconnu)."))
    .collect();
    if !erreurs.is_empty() {
        return Err(Erreur::Validation(erreurs));
    }
    let partenaires: Vec<&str> = Partenaire::TOUS.into_iter().filter(|p| q.partenaires.contains(p)).map(Partenaire::code).collect();
    db.transaction(|tx| {
        tx.execute(
            "INSERT INTO bilan_qualitatif (annee_id, partenaires, partenaires_precisions, themes_langue, themes_ecole, themes_valeurs,
                 actions_vie_scolaire, rencontres_individuelles, venues_hors_reunions, votes_elections, actions_communes,
                 difficultes, perspectives, analyses_partagees)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
             ON CONFLICT (annee_id) DO UPDATE SET partenaires = excluded.partenaires,
                 partenaires_precisions = excluded.partenaires_precisions, themes_langue = excluded.themes_langue,
                 themes_ecole = excluded.themes_ecole, themes_valeurs = excluded.themes_valeurs,
                 actions_vie_scolaire = excluded.actions_vie_scolaire,
                 rencontres_individuelles = excluded.rencontres_individuelles,
                 venues_hors_reunions = excluded.venues_hors_reunions, votes_elections = excluded.votes_elections,
                 actions_communes = excluded.actions_communes, difficultes = excluded.difficultes,
                 perspectives = excluded.perspectives, analyses_partagees = excluded.analyses_partagees",
            params![
                annee_id,
                partenaires.join(","),
                q.partenaires_precisions,
                q.themes.langue,
                q.themes.ecole,
                q.themes.valeurs,
                q.actions_vie_scolaire,
                i.rencontres_individuelles,
                i.venues_hors_reunions,
                i.votes_elections,
                i.actions_communes,
                q.difficultes,
                q.perspectives,
                i.analyses_partagees
            ],
        )?;
        Ok(())
    })?;
    lire(db, annee_id)
}

/// The sections of `q` still empty (blank text, no partner ticked, no indicator entered).
pub fn sections_vides(q: &Qualitatif) -> Vec<Section> {
    let vide = |s: &str| s.trim().is_empty();
    let i = &q.indicateurs;
    Section::TOUTES
        .into_iter()
        .filter(|s| match s {
            Section::Partenaires => q.partenaires.is_empty() && vide(&q.partenaires_precisions),
            Section::Themes => vide(&q.themes.langue) && vide(&q.themes.ecole) && vide(&q.themes.valeurs),
            Section::ActionsVieScolaire => vide(&q.actions_vie_scolaire),
            Section::Indicateurs => {
                i.lignes().iter().all(|(_, n)| n.is_none())
            }
            Section::Difficultes => vide(&q.difficultes),
            Section::Perspectives => vide(&q.perspectives),
        })
        .collect()
}

//! The annual bilan of a school year: quantitative figures per atelier and for the school, the
//! qualitative part the school writes, the financial bilan (vacations per intervenant and month,
//! other costs, funding, balance), the completeness check, and its exports (JSON, XLSX, PDF).
//!
//! ## Modules and API (what the screens and the CLI call)
//! - [`calculer`] / [`calculer_au`] → [`Bilan`]: every figure, the qualitative part, the
//!   finances and the completeness list.
//! - [`qualitatif`] (`bilan/qualitatif.rs`): [`qualitatif::lire`], [`qualitatif::enregistrer`]
//!   (the draft of partners, themes per axis, school-life actions, school–family indicators,
//!   difficulties, outlook).
//! - [`finances`] (`bilan/finances.rs`): [`finances::lister`], [`finances::ajouter_depense`],
//!   [`finances::supprimer_depense`], [`finances::ajouter_financement`],
//!   [`finances::supprimer_financement`].
//! - [`controle`] (`bilan/controle.rs`): [`verifier`], the completeness list with links.
//! - Exports: [`json`] / [`lire_json`]; the quantitative and qualitative bilan (enquête Orquestra
//!   of the DGESCO) [`xlsx()`] (`bilan/xlsx.rs`), [`pdf()`] (`bilan/pdf.rs`); the financial bilan
//!   (online survey of the DAEPS) as its own documents [`xlsx_financier`]
//!   (`bilan/financier_xlsx.rs`), [`pdf_financier`] (`bilan/financier_pdf.rs`); each with a
//!   « fiche de saisie » ([`saisie`], `bilan/saisie.rs`); and [`exporter`], which writes the five
//!   files `bilan-<UAI>-<année>.{xlsx,pdf,json}` and `bilan-financier-<UAI>-<année>.{xlsx,pdf}`
//!   with progress steps.
//! - [`fusion`] (`bilan/fusion.rs`): the académie merge of many JSON bilans.
//! - [`suivi`] (`bilan/suivi.rs`): the charter's five follow-up indicators as the files print them.
//! - [`trimestre`] (`bilan/trimestre.rs`, PDF in `bilan/trimestre_pdf.rs`): the point trimestriel
//!   of an atelier for a term, for the conseil des maîtres ([`trimestre::produire`]).
//!
//! To add a figure: compute it in [`calculer_au`] (reading the feature's own module), add the
//! field with `#[serde(default)]` (older files keep reading), then its cell in `xlsx.rs`, its
//! line in `pdf.rs`, and its row in `docs/bilan-schema.md`.
//!
//! ## Sources (never recomputed here)
//! - Hours attended / delivered and the rate: [`crate::domaine::heures::par_inscription`].
//! - Séances planned, scheduled, delivered (roll call taken), cancelled: [`crate::domaine::seance::Totaux`].
//! - Hours per intervenant and month, amounts at the rate in force on each séance's date, the
//!   250 h cap: [`crate::domaine::intervenant::heures_par_mois`], [`crate::domaine::intervenant::depassement_plafond`].
//! - Primo-arrivant: [`crate::domaine::parent::est_primo_arrivant`] against the civil year of the rentrée.
//!
//! ## Who is counted
//! - **Per atelier**, one line per enrolment that is not on the waiting list (status `inscrit`
//!   or `parti`); waiting-list enrolments are only counted in `en_attente`.
//! - **For the school**, one line per distinct parent with at least one such enrolment in the
//!   year: still attending if any of their enrolments is `inscrit`, else left (the reason of
//!   their latest departure); hours are the sums over their enrolments. CECRL levels and
//!   certifications are counted per enrolment (an evaluation belongs to an enrolment).
//! - Nationalities with fewer than [`SEUIL_NATIONALITE`] parents in a scope are reported as
//!   « autres » in that scope, so no parent can be singled out.
//!
//! ## Privacy
//! No name, phone or date of birth of a parent, no name or phone of an intervenant (they are
//! « Intervenant·e 1, 2… », numbered by id), no name of the head of school: the bilan leaves the
//! school. `tests/bilan.rs` scans the JSON and every XLSX cell for every parent's name and phone.

pub mod controle;
pub mod finances;
mod financier_pdf;
mod financier_xlsx;
pub mod fusion;
mod fusion_feuilles;
mod fusion_pdf;
mod fusion_xlsx;
pub mod graphiques;
mod graphiques_pdf;
mod pdf;
pub mod qualitatif;
pub mod saisie;
pub mod suivi;
pub mod trimestre;
mod trimestre_pdf;
mod xlsx;

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::avertissement::{heures_fr, Avertissement, CodeAvertissement};
use crate::domaine::heures::{self, AssiduiteMois, Portee};
use crate::domaine::inscription::{Diplome, MotifDepart, NiveauCecrl, StatutInscription};
use crate::domaine::intervenant::{self, HeuresMois, Remuneration, Statut, TauxVacation};
use crate::domaine::parcours_parent::{evolution, Attente, Evolution, Orientation, Prescripteur};
use crate::domaine::parent::{arrivee_approximative, est_primo_arrivant, est_public_prioritaire, Sexe};
use crate::domaine::seance::{self, MinutesAxes, Totaux};
use crate::domaine::suivi_parents::{self, CompteIndicateur};
use crate::commun::texte::date_fr;
use crate::{domaine::annee, domaine::atelier, domaine::etablissement, commun::referentiels, Db, Erreur, Resultat};

pub use controle::{verifier, CodePoint, PointAVerifier};
pub use finances::{AutresFinances, CategorieDepense, Depense, Financement, SaisieDepense, SaisieFinancement};
pub use financier_pdf::pdf_financier;
pub use financier_xlsx::xlsx_financier;
pub use fusion::{fusionner, Fusion};
pub use fusion_pdf::fusion_pdf;
pub use fusion_xlsx::fusion_xlsx;
pub use pdf::pdf;
pub use trimestre_pdf::pdf_trimestre;
pub use qualitatif::{IndicateursEcoleFamille, Partenaire, Qualitatif, Section, ThemesParAxe};
pub use xlsx::xlsx;

/// Version of the JSON schema (`docs/bilan-schema.md`). Bump it on any incompatible change.
pub const SCHEMA: &str = "oepre-bilan/1";

/// How the files and screens name the three parts of the parents ([`ChiffresParents`]).
pub const LIBELLE_PUBLIC_PRIORITAIRE: &str = "Public prioritaire Intérieur (hors UE, moins de 5 ans, CIR signé)";
/// See [`LIBELLE_PUBLIC_PRIORITAIRE`].
pub const LIBELLE_AUTRES_ALLOPHONES: &str = "Autres parents allophones";
/// See [`LIBELLE_PUBLIC_PRIORITAIRE`].
pub const LIBELLE_AUTRES_FRANCOPHONES: &str = "Autres parents francophones";

/// Where the quantitative and qualitative bilan goes (livret OEPRE: « une enquête Orquestra
/// réalisée par la DGESCO »). Said on the Bilan screen, in the PDF and in the README.
pub const CANAL_QUANTITATIF: &str =
    "Bilan quantitatif et qualitatif : à saisir dans l'enquête Orquestra de la DGESCO (direction générale de l'enseignement scolaire).";
/// Where the financial bilan goes (« une enquête en ligne réalisée par le service académique de
/// la DAEPS »).
pub const CANAL_FINANCIER: &str = "Bilan financier : à saisir dans l'enquête en ligne du service académique de la DAEPS (rectorat).";
/// When both are due and what they condition.
pub const ECHEANCE_BILANS: &str = "Les deux bilans sont à produire à la fin de l'année scolaire : tous deux sont obligatoires et conditionnent le financement de l'atelier l'année scolaire suivante.";

/// Nationalities with fewer parents than this in a scope are grouped as « autres ».
pub const SEUIL_NATIONALITE: i64 = 3;

/// A labelled count (a nationality, a leaving reason, a sex…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Compte {
    /// Stable code: ISO 3166 code, `autres`, `non_renseigne`, a `MotifDepart` code…
    pub code: String,
    /// In French.
    pub libelle: String,
    /// How many.
    #[ts(type = "number")]
    pub nombre: i64,
}

/// One CECRL level and how many enrolments had it, at entry and at exit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LigneNiveau {
    /// `A1.1` … `C2`, or `non_evalue`.
    pub niveau: String,
    /// Entry, oral.
    #[ts(type = "number")]
    pub entree_oral: i64,
    /// Entry, written.
    #[ts(type = "number")]
    pub entree_ecrit: i64,
    /// Exit, oral.
    #[ts(type = "number")]
    pub sortie_oral: i64,
    /// Exit, written.
    #[ts(type = "number")]
    pub sortie_ecrit: i64,
}

/// One certification: attempted, obtained, result not known yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LigneCertification {
    /// `DILF`, `DELF A1`…
    pub diplome: String,
    /// Attempted.
    #[ts(type = "number")]
    pub tentees: i64,
    /// Obtained.
    #[ts(type = "number")]
    pub obtenues: i64,
    /// Attempted, result not entered yet.
    #[ts(type = "number")]
    pub resultat_inconnu: i64,
}

/// Entry → exit CECRL level of one skill, per enrolment ([`crate::domaine::parcours_parent::evolution`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LigneProgression {
    /// `oral` or `ecrit`.
    pub competence: String,
    /// « Oral », « Écrit ».
    pub libelle: String,
    /// Exit level above the entry level.
    #[ts(type = "number")]
    pub progres: i64,
    /// Same level.
    #[ts(type = "number")]
    pub stable: i64,
    /// Exit level below the entry level.
    #[ts(type = "number")]
    pub recul: i64,
    /// Entry or exit level missing.
    #[ts(type = "number")]
    pub non_evalue: i64,
}

/// Intervenants of one status and the hours of their séances in the scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LigneStatut {
    /// [`Statut::code`].
    pub statut: String,
    /// [`Statut::libelle`].
    pub libelle: String,
    /// Distinct people.
    #[ts(type = "number")]
    pub personnes: i64,
    /// Σ durations of the non-cancelled séances they run (co-animation: counted for each).
    #[ts(type = "number")]
    pub minutes: i64,
}

/// The parents of a scope, in aggregates only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ChiffresParents {
    /// Enrolled (status inscrit or parti).
    #[ts(type = "number")]
    pub inscrits: i64,
    /// Still attending at the end (status inscrit).
    #[ts(type = "number")]
    pub en_cours: i64,
    /// Enrolled at the start: enrolled on or before the atelier's first day (for the school, a
    /// parent with at least one such enrolment). `inscrits − inscrits_au_debut` joined during the
    /// year. `None` in files exported before it was counted.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub inscrits_au_debut: Option<i64>,
    /// Left during the year.
    #[ts(type = "number")]
    pub partis: i64,
    /// Departures by reason ([`MotifDepart`] codes, `non_renseigne`), non-zero only.
    pub departs_par_motif: Vec<Compte>,
    /// On the waiting list only (not counted anywhere else).
    #[ts(type = "number")]
    pub en_attente: i64,
    /// Women.
    #[ts(type = "number")]
    pub femmes: i64,
    /// Men.
    #[ts(type = "number")]
    pub hommes: i64,
    /// Sex not recorded.
    #[ts(type = "number")]
    pub sexe_non_renseigne: i64,
    /// femmes ÷ (femmes + hommes); `None` when nobody's sex is known.
    pub part_femmes: Option<f64>,
    /// By nationality, grouped (see [`SEUIL_NATIONALITE`]): most numerous first, then
    /// `autres`, then `non_renseigne`.
    pub nationalites: Vec<Compte>,
    /// Primo-arrivants (arrived < 5 years before the rentrée).
    #[ts(type = "number")]
    pub primo_arrivants: i64,
    /// Year of arrival unknown.
    #[ts(type = "number")]
    pub primo_inconnu: i64,
    /// The primo-arrivant answer is a guess: only the year of arrival is known and it is the one
    /// five years before the rentrée ([`crate::domaine::parent::arrivee_approximative`]). Counted inside
    /// [`Self::primo_arrivants`] or not according to the year-only rule.
    #[serde(default)]
    #[ts(type = "number")]
    pub arrivee_approximative: i64,
    /// Nationality outside the EU, the EEA and Switzerland ([`crate::commun::referentiels::UE_EEE_SUISSE`]).
    #[serde(default)]
    #[ts(type = "number")]
    pub hors_ue: i64,
    /// **Public prioritaire Intérieur** (livret OEPRE, financement par le Ministère de
    /// l'Intérieur): nationality outside the EU/EEA/Switzerland, arrived less than 5 years
    /// before the school year's first day, CIR signed ([`crate::domaine::parent::est_public_prioritaire`]).
    ///
    /// With [`Self::autres_allophones_hors_prioritaire`] and
    /// [`Self::francophones_hors_prioritaire`] it splits [`Self::inscrits`] in three: the sum is
    /// always `inscrits` (when [`Self::publics_distingues`]).
    #[serde(default)]
    #[ts(type = "number")]
    pub public_prioritaire: i64,
    /// The other parents (welcomed thanks to the Éducation nationale's co-funding) who do not
    /// speak French yet: French is not among their languages.
    #[serde(default)]
    #[ts(type = "number")]
    pub autres_allophones_hors_prioritaire: i64,
    /// The other parents who already speak French (« parents francophones non scolarisés »):
    /// French is among their languages ([`crate::domaine::parent::parle_francais`]).
    #[serde(default)]
    #[ts(type = "number")]
    pub francophones_hors_prioritaire: i64,
    /// `true` in every bilan computed by this version; `false` when read from a file exported
    /// before the three counts above existed (they then read 0 and mean « not counted »).
    #[serde(default)]
    pub publics_distingues: bool,
    /// CIR signatories.
    #[ts(type = "number")]
    pub cir: i64,
    /// Refugees, subsidiary protection, stateless.
    #[ts(type = "number")]
    pub protection_internationale: i64,
    /// Neither primo-arrivant, nor CIR, nor protection (the count of the first versions, kept
    /// in the file for the versions that read it; the files and screens now show the split
    /// above instead).
    #[ts(type = "number")]
    pub autres_allophones: i64,
    /// Re-enrolled from a previous year.
    #[ts(type = "number")]
    pub reinscrits: i64,
    /// Entry and exit CECRL levels, per enrolment, A1.1 … C2 then `non_evalue`.
    pub niveaux: Vec<LigneNiveau>,
    /// Certifications, per enrolment, only those attempted.
    pub certifications: Vec<LigneCertification>,
    /// The parents' path ([`crate::domaine::parcours_parent`]): who referred them, every
    /// [`crate::domaine::parcours_parent::Prescripteur`] in order (zero included), then `non_renseigne`.
    /// Per parent. `None` in files exported before it was counted.
    #[serde(default)]
    pub prescripteurs: Option<Vec<Compte>>,
    /// Parents who ticked each [`crate::domaine::parcours_parent::Attente`] (a parent may tick several),
    /// then `non_renseigne`: none ticked. `None` in older files.
    #[serde(default)]
    pub attentes: Option<Vec<Compte>>,
    /// Where the parents go next, every [`crate::domaine::parcours_parent::Orientation`] in order, then
    /// `non_renseigne`: not decided. Per enrolment for an atelier; for the school, per parent
    /// (the orientation of their latest enrolment that has one). `None` in older files.
    #[serde(default)]
    pub orientations: Option<Vec<Compte>>,
    /// Entry → exit CECRL level, oral then written, per enrolment. `None` in older files.
    #[serde(default)]
    pub progression: Option<Vec<LigneProgression>>,
    /// Σ hours attended (minutes), [`crate::domaine::heures`].
    #[ts(type = "number")]
    pub minutes_suivies: i64,
    /// Σ hours delivered (minutes), [`crate::domaine::heures`].
    #[ts(type = "number")]
    pub minutes_dispensees: i64,
    /// minutes_suivies ÷ inscrits; `None` with no parent.
    pub minutes_suivies_moyenne: Option<f64>,
    /// minutes_suivies ÷ minutes_dispensees; `None` when nothing was delivered.
    pub taux_assiduite: Option<f64>,
}

impl ChiffresParents {
    /// Attrition: partis ÷ inscrits; `None` with no parent.
    pub fn taux_abandon(&self) -> Option<f64> {
        (self.inscrits > 0).then(|| self.partis as f64 / self.inscrits as f64)
    }
}

/// The figures of a scope (an atelier or the school).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Chiffres {
    /// Number of groups (ateliers).
    #[ts(type = "number")]
    pub groupes: i64,
    /// Planned hours (typed by the school), minutes.
    #[ts(type = "number")]
    pub minutes_prevues: i64,
    /// Non-cancelled séances, minutes.
    #[ts(type = "number")]
    pub minutes_programmees: i64,
    /// Delivered: non-cancelled séances whose roll call is taken, minutes.
    #[ts(type = "number")]
    pub minutes_realisees: i64,
    /// Non-cancelled séances.
    #[ts(type = "number")]
    pub seances_programmees: i64,
    /// Séances held (roll call taken).
    #[ts(type = "number")]
    pub seances_realisees: i64,
    /// Cancelled séances.
    #[ts(type = "number")]
    pub seances_annulees: i64,
    /// Scheduled minutes (non-cancelled séances) per axis; a séance on several axes has its
    /// duration split equally between them ([`seance::MinutesAxes`]). `None` in files exported
    /// before it was counted.
    #[serde(default)]
    pub axes_programmes: Option<MinutesAxes>,
    /// Delivered minutes (roll call taken) per axis, split the same way. `None` in older files.
    #[serde(default)]
    pub axes_realises: Option<MinutesAxes>,
    /// The charter's indicators ticked per parent and term ([`crate::domaine::suivi_parents::compter`]):
    /// distinct parents of the scope, per term and over the year. `None` in older files.
    #[serde(default)]
    pub suivi_parents: Option<Vec<CompteIndicateur>>,
    /// Hours attended and delivered per calendar month ([`heures::par_mois`]), for the attendance
    /// chart. `None` in files exported before it was counted.
    #[serde(default)]
    pub assiduite_par_mois: Option<Vec<AssiduiteMois>>,
    /// Parents.
    pub parents: ChiffresParents,
    /// Intervenants by status, in [`Statut::TOUS`] order, non-empty only.
    pub intervenants: Vec<LigneStatut>,
}

/// One atelier's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AtelierBilan {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// Its name.
    pub nom: String,
    /// Level or track.
    pub niveau: String,
    /// Its figures.
    pub chiffres: Chiffres,
}

/// An intervenant in the bilan: no name, a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IntervenantBilan {
    /// Row id (for the screens; not a name).
    #[ts(type = "number")]
    pub id: i64,
    /// « Intervenant·e 1 », numbered by id.
    pub libelle: String,
    /// [`Statut::code`].
    pub statut: String,
    /// [`Remuneration::code`], `None` while undecided.
    pub remuneration: Option<String>,
    /// Séances (non-cancelled) in the year.
    #[ts(type = "number")]
    pub seances: i64,
    /// Their minutes.
    #[ts(type = "number")]
    pub minutes: i64,
    /// Σ of the months' vacation amounts, cents; `None` unless paid by vacation.
    #[ts(type = "number | null")]
    pub centimes: Option<i64>,
    /// Per month ([`intervenant::heures_par_mois`]).
    pub mois: Vec<HeuresMois>,
    /// First séance date at which the 12 months ending that day exceed 250 h (all years).
    pub plafond_depasse_le: Option<NaiveDate>,
    /// That window's minutes.
    #[ts(type = "number | null")]
    pub plafond_minutes: Option<i64>,
}

/// The financial bilan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finances {
    /// Σ vacation amounts, cents.
    #[ts(type = "number")]
    pub total_centimes: i64,
    /// Minutes paid by vacation.
    #[ts(type = "number")]
    pub minutes_vacation: i64,
    /// Minutes under another scheme (HSE, invoice) or undecided: listed, no amount.
    #[ts(type = "number")]
    pub minutes_hors_vacation: i64,
    /// The vacation rates in force on at least one séance of the year, oldest first.
    pub taux_appliques: Vec<TauxVacation>,
    /// Other costs per category, every [`CategorieDepense`] in order (zero included).
    /// Absent from files written before this field existed (read as empty).
    #[serde(default)]
    pub depenses_par_categorie: Vec<LigneCategorie>,
    /// Other costs, one by one ([`finances::lister`]).
    #[serde(default)]
    pub depenses: Vec<Depense>,
    /// Funding received, one by one.
    #[serde(default)]
    pub financements: Vec<Financement>,
    /// Σ other costs, cents.
    #[serde(default)]
    #[ts(type = "number")]
    pub autres_depenses_centimes: i64,
    /// Vacations + other costs, cents.
    #[serde(default)]
    #[ts(type = "number")]
    pub total_depenses_centimes: i64,
    /// Σ funding received, cents.
    #[serde(default)]
    #[ts(type = "number")]
    pub financements_centimes: i64,
    /// Funding − total costs, cents (negative: a deficit).
    #[serde(default)]
    #[ts(type = "number")]
    pub solde_centimes: i64,
}

/// Other costs of one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LigneCategorie {
    /// [`CategorieDepense::code`].
    pub categorie: String,
    /// [`CategorieDepense::libelle`].
    pub libelle: String,
    /// Σ amounts, cents.
    #[ts(type = "number")]
    pub centimes: i64,
}

/// The school as the bilan names it (no head-of-school name, no phone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EtablissementBilan {
    /// UAI (empty when the school is not recorded yet).
    pub uai: String,
    /// Name.
    pub nom: String,
    /// `ecole`, `college`, `lycee` (empty when unknown).
    pub type_etablissement: String,
    /// Commune.
    pub commune: String,
    /// Académie.
    pub academie: String,
}

/// The bilan of one school year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Bilan {
    /// [`SCHEMA`].
    pub schema: String,
    /// The school.
    pub etablissement: EtablissementBilan,
    /// `2025-2026`.
    pub annee: String,
    /// First day of the school year.
    pub premier_jour: NaiveDate,
    /// Last day of the school year.
    pub dernier_jour: NaiveDate,
    /// [`SEUIL_NATIONALITE`] as applied.
    #[ts(type = "number")]
    pub seuil_nationalites: i64,
    /// The whole school.
    pub ecole: Chiffres,
    /// Per atelier, by name.
    pub ateliers: Vec<AtelierBilan>,
    /// Intervenants with séances in the year, by id.
    pub intervenants: Vec<IntervenantBilan>,
    /// Vacations.
    pub finances: Finances,
    /// The 250 h cap exceeded (never blocks the export).
    pub avertissements: Vec<Avertissement>,
    /// The qualitative part as saved (or pre-filled). Absent from older files (read as empty).
    #[serde(default)]
    pub qualitatif: Qualitatif,
    /// The completeness list ([`controle::verifier`]) at the time of the export; `None` in files
    /// written before it was recorded.
    #[serde(default)]
    pub points_a_verifier: Option<Vec<PointAVerifier>>,
}

// ---------------------------------------------------------------------------------------------
// Computation
// ---------------------------------------------------------------------------------------------

/// One counted line: an enrolment (per atelier) or a parent (for the school).
#[derive(Clone)]
struct Ligne {
    parent_id: i64,
    sexe: Option<Sexe>,
    nationalite: Option<String>,
    primo: Option<bool>,
    approximative: bool,
    francophone: bool,
    cir: bool,
    protection: bool,
    reinscription: bool,
    au_debut: bool,
    parti: bool,
    parti_le: Option<NaiveDate>,
    motif: Option<MotifDepart>,
    suivies: i64,
    dispensees: i64,
    prescripteur: Option<Prescripteur>,
    attentes: Vec<Attente>,
    inscrit_le: NaiveDate,
    orientation: Option<Orientation>,
}

/// Evaluations and certifications of one enrolment.
#[derive(Default)]
struct Evaluations {
    niveaux: [Option<NiveauCecrl>; 4],
    certifications: Vec<(Diplome, Option<bool>)>,
}

fn niveau(s: Option<String>) -> Option<NiveauCecrl> {
    s.as_deref().and_then(NiveauCecrl::depuis_code)
}

/// The bilan of the school year `annee_id`, with the completeness list as of today (local date).
pub fn calculer(db: &Db, annee_id: i64) -> Resultat<Bilan> {
    calculer_au(db, annee_id, chrono::Local::now().date_naive())
}

/// The bilan of the school year `annee_id`, with the completeness list as of `aujourd_hui`
/// (tests and benchmarks pass a fixed date: the same data give the same bilan).
pub fn calculer_au(db: &Db, annee_id: i64, aujourd_hui: NaiveDate) -> Resultat<Bilan> {
    let conn = db.conn();
    let annee = annee::par_id(conn, annee_id)?;
    let rentree = annee.premier_jour;
    let etab = etablissement::lire(conn)?;
    let etablissement = EtablissementBilan {
        uai: etab.as_ref().map(|e| e.uai.clone()).unwrap_or_default(),
        nom: etab.as_ref().map(|e| e.nom.clone()).unwrap_or_default(),
        type_etablissement: etab.as_ref().map(|e| e.type_etablissement.code().to_owned()).unwrap_or_default(),
        commune: etab.as_ref().map(|e| e.commune.clone()).unwrap_or_default(),
        academie: etab.as_ref().map(|e| e.academie.clone()).unwrap_or_default(),
    };
    let statuts: HashMap<i64, Statut> = intervenant::lister(conn)?.into_iter().map(|i| (i.id, i.statut)).collect();

    let mut ateliers = Vec::new();
    let mut ecole = Chiffres {
        axes_programmes: Some(MinutesAxes::default()),
        axes_realises: Some(MinutesAxes::default()),
        assiduite_par_mois: Some(Vec::new()),
        ..Chiffres::default()
    };
    let mut toutes_lignes: Vec<Ligne> = Vec::new();
    let mut toutes_evals: Vec<Evaluations> = Vec::new();
    let mut attente_parents: Vec<i64> = Vec::new();
    let mut statut_ecole: BTreeMap<usize, (Vec<i64>, i64)> = BTreeMap::new();
    for a in atelier::lister(conn, annee_id)? {
        let seances = seance::lister(conn, a.id)?;
        let t = Totaux::calculer(a.minutes_prevues, &seances, annee.dernier_jour);
        let mut c = Chiffres {
            groupes: 1,
            minutes_prevues: t.minutes_prevues,
            minutes_programmees: t.minutes_programmees,
            minutes_realisees: t.minutes_realisees,
            seances_programmees: t.seances_programmees,
            seances_realisees: t.seances_realisees,
            seances_annulees: t.seances_annulees,
            axes_programmes: Some(t.axes_programmes),
            axes_realises: Some(t.axes_realises),
            suivi_parents: Some(suivi_parents::compter(conn, annee_id, Some(a.id))?),
            assiduite_par_mois: Some(heures::par_mois(conn, &Portee::Atelier(a.id), NaiveDate::MIN, NaiveDate::MAX)?),
            ..Chiffres::default()
        };
        fusion::additionner_mois(ecole.assiduite_par_mois.get_or_insert_with(Vec::new), c.assiduite_par_mois.as_deref().unwrap_or_default());
        // Intervenants by status: non-cancelled séances, each intervenant fully (co-animation).
        let mut par_statut: BTreeMap<usize, (Vec<i64>, i64)> = BTreeMap::new();
        for s in seances.iter().filter(|s| !s.annulee) {
            for i in &s.intervenants {
                let Some(st) = statuts.get(&i.id) else { continue };
                let rang = Statut::TOUS.iter().position(|x| x == st).unwrap_or(0);
                for m in [&mut par_statut, &mut statut_ecole] {
                    let e = m.entry(rang).or_default();
                    if !e.0.contains(&i.id) {
                        e.0.push(i.id);
                    }
                    e.1 += s.duree_minutes;
                }
            }
        }
        c.intervenants = lignes_statut(&par_statut);
        let (lignes, evals, attente) = lignes_atelier(conn, a.id, a.premier_jour, rentree)?;
        c.parents = compter(&lignes, &evals, attente.len() as i64);
        attente_parents.extend(attente);
        toutes_lignes.extend(lignes);
        toutes_evals.extend(evals);
        ecole.groupes += 1;
        ecole.minutes_prevues += c.minutes_prevues;
        ecole.minutes_programmees += c.minutes_programmees;
        ecole.minutes_realisees += c.minutes_realisees;
        ecole.seances_programmees += c.seances_programmees;
        ecole.seances_realisees += c.seances_realisees;
        ecole.seances_annulees += c.seances_annulees;
        for (e, x) in [(&mut ecole.axes_programmes, &t.axes_programmes), (&mut ecole.axes_realises, &t.axes_realises)] {
            e.get_or_insert_with(MinutesAxes::default).additionner(x);
        }
        ateliers.push(AtelierBilan { id: a.id, nom: a.nom, niveau: a.niveau, chiffres: c });
    }
    ecole.intervenants = lignes_statut(&statut_ecole);
    ecole.suivi_parents = Some(suivi_parents::compter(conn, annee_id, None)?);
    // The school: one line per distinct parent.
    let mut par_parent: BTreeMap<i64, Ligne> = BTreeMap::new();
    for l in toutes_lignes {
        match par_parent.get_mut(&l.parent_id) {
            None => {
                par_parent.insert(l.parent_id, l);
            }
            Some(p) => {
                p.reinscription |= l.reinscription;
                p.au_debut |= l.au_debut;
                p.suivies += l.suivies;
                p.dispensees += l.dispensees;
                if l.orientation.is_some() && (p.orientation.is_none() || l.inscrit_le >= p.inscrit_le) {
                    (p.orientation, p.inscrit_le) = (l.orientation, l.inscrit_le);
                }
                if !l.parti {
                    (p.parti, p.parti_le, p.motif) = (false, None, None);
                } else if p.parti && l.parti_le > p.parti_le {
                    (p.parti_le, p.motif) = (l.parti_le, l.motif);
                }
            }
        }
    }
    attente_parents.sort_unstable();
    attente_parents.dedup();
    let attente = attente_parents.iter().filter(|id| !par_parent.contains_key(id)).count() as i64;
    let lignes: Vec<Ligne> = par_parent.into_values().collect();
    ecole.parents = compter(&lignes, &toutes_evals, attente);

    let (intervenants, mut finances, avertissements) = financier(conn, &annee)?;
    let autres = finances::lister_conn(conn, annee_id)?;
    finances.depenses_par_categorie = CategorieDepense::TOUTES
        .iter()
        .map(|c| LigneCategorie {
            categorie: c.code().into(),
            libelle: c.libelle().into(),
            centimes: autres.depenses.iter().filter(|d| d.categorie == *c).map(|d| d.centimes).sum(),
        })
        .collect();
    finances.autres_depenses_centimes = autres.total_depenses_centimes;
    finances.total_depenses_centimes = finances.total_centimes + autres.total_depenses_centimes;
    finances.financements_centimes = autres.total_financements_centimes;
    finances.solde_centimes = autres.total_financements_centimes - finances.total_depenses_centimes;
    finances.depenses = autres.depenses;
    finances.financements = autres.financements;
    let qualitatif = qualitatif::lire_conn(conn, annee_id)?;
    let points = controle::verifier_au(db, annee_id, aujourd_hui)?;
    Ok(Bilan {
        schema: SCHEMA.into(),
        etablissement,
        annee: annee.libelle,
        premier_jour: annee.premier_jour,
        dernier_jour: annee.dernier_jour,
        seuil_nationalites: SEUIL_NATIONALITE,
        ecole,
        ateliers,
        intervenants,
        finances,
        avertissements,
        qualitatif,
        points_a_verifier: Some(points),
    })
}

fn lignes_statut(m: &BTreeMap<usize, (Vec<i64>, i64)>) -> Vec<LigneStatut> {
    m.iter()
        .map(|(&rang, (ids, minutes))| LigneStatut {
            statut: Statut::TOUS[rang].code().into(),
            libelle: Statut::TOUS[rang].libelle().into(),
            personnes: ids.len() as i64,
            minutes: *minutes,
        })
        .collect()
}

/// The counted enrolments of an atelier, their evaluations, and the waiting list's parents.
fn lignes_atelier(conn: &Connection, atelier_id: i64, premier_jour: NaiveDate, rentree: NaiveDate) -> Resultat<(Vec<Ligne>, Vec<Evaluations>, Vec<i64>)> {
    let heures = heures::par_inscription(conn, &Portee::Atelier(atelier_id))?;
    let mut certifs: HashMap<i64, Vec<(Diplome, Option<bool>)>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT c.inscription_id, c.diplome, c.obtenue FROM certification c JOIN inscription i ON i.id = c.inscription_id
         WHERE i.atelier_id = ?1 ORDER BY c.id",
    )?;
    let mut rows = stmt.query([atelier_id])?;
    while let Some(r) = rows.next()? {
        if let Some(d) = Diplome::depuis_code(&r.get::<_, String>(1)?) {
            certifs.entry(r.get(0)?).or_default().push((d, r.get(2)?));
        }
    }
    let mut stmt = conn.prepare(
        "SELECT i.id, i.parent_id, i.statut, i.parti_le, i.motif_depart, i.reinscription,
                i.entree_oral, i.entree_ecrit, i.sortie_oral, i.sortie_ecrit,
                p.sexe, p.nationalite, p.annee_arrivee, p.cir, p.protection_internationale, p.mois_arrivee,
                EXISTS (SELECT 1 FROM parent_langue l WHERE l.parent_id = p.id AND l.langue = 'fr'),
                i.inscrit_le, p.prescripteur, i.orientation,
                (SELECT group_concat(attente) FROM parent_attente a WHERE a.parent_id = p.id)
         FROM inscription i JOIN parent p ON p.id = i.parent_id WHERE i.atelier_id = ?1 ORDER BY i.id",
    )?;
    let mut rows = stmt.query([atelier_id])?;
    let (mut lignes, mut evals, mut attente) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let parent_id: i64 = r.get(1)?;
        let statut = StatutInscription::depuis_code(&r.get::<_, String>(2)?);
        if statut == Some(StatutInscription::Attente) {
            attente.push(parent_id);
            continue;
        }
        let h = heures.get(&id).cloned().unwrap_or_default();
        lignes.push(Ligne {
            parent_id,
            sexe: r.get::<_, Option<String>>(10)?.as_deref().and_then(Sexe::lire),
            nationalite: r.get(11)?,
            primo: est_primo_arrivant(r.get(12)?, r.get(15)?, rentree),
            approximative: arrivee_approximative(r.get(12)?, r.get(15)?, rentree),
            francophone: r.get(16)?,
            cir: r.get(13)?,
            protection: r.get(14)?,
            reinscription: r.get(5)?,
            au_debut: r.get::<_, NaiveDate>(17)? <= premier_jour,
            parti: statut == Some(StatutInscription::Parti),
            parti_le: r.get(3)?,
            motif: r.get::<_, Option<String>>(4)?.as_deref().and_then(MotifDepart::depuis_code),
            suivies: h.minutes_suivies,
            dispensees: h.minutes_dispensees,
            prescripteur: r.get::<_, Option<String>>(18)?.as_deref().and_then(Prescripteur::depuis_code),
            attentes: r.get::<_, Option<String>>(20)?.unwrap_or_default().split(',').filter_map(Attente::depuis_code).collect(),
            inscrit_le: r.get(17)?,
            orientation: r.get::<_, Option<String>>(19)?.as_deref().and_then(Orientation::depuis_code),
        });
        evals.push(Evaluations {
            niveaux: [niveau(r.get(6)?), niveau(r.get(7)?), niveau(r.get(8)?), niveau(r.get(9)?)],
            certifications: certifs.remove(&id).unwrap_or_default(),
        });
    }
    Ok((lignes, evals, attente))
}

const NON_RENSEIGNE: &str = "non_renseigne";

/// Nationalities of a scope with the threshold applied.
fn nationalites(lignes: &[Ligne]) -> Vec<Compte> {
    let mut n: BTreeMap<&str, i64> = BTreeMap::new();
    let mut inconnue = 0;
    for l in lignes {
        match l.nationalite.as_deref().filter(|s| !s.is_empty()) {
            Some(c) => *n.entry(c).or_default() += 1,
            None => inconnue += 1,
        }
    }
    let autres: i64 = n.values().filter(|&&x| x < SEUIL_NATIONALITE).sum();
    let mut v: Vec<Compte> = n
        .into_iter()
        .filter(|&(_, x)| x >= SEUIL_NATIONALITE)
        .map(|(c, x)| Compte { code: c.into(), libelle: referentiels::nom_pays(c).into(), nombre: x })
        .collect();
    v.sort_by(|a, b| b.nombre.cmp(&a.nombre).then_with(|| a.libelle.cmp(&b.libelle)));
    if autres > 0 {
        v.push(Compte { code: "autres".into(), libelle: "Autres nationalités".into(), nombre: autres });
    }
    if inconnue > 0 {
        v.push(Compte { code: NON_RENSEIGNE.into(), libelle: "Non renseignée".into(), nombre: inconnue });
    }
    v
}

fn compter(lignes: &[Ligne], evals: &[Evaluations], en_attente: i64) -> ChiffresParents {
    let mut c = ChiffresParents { en_attente, publics_distingues: true, inscrits_au_debut: Some(0), ..ChiffresParents::default() };
    let mut motifs: Vec<i64> = vec![0; MotifDepart::TOUS.len() + 1];
    for l in lignes {
        c.inscrits += 1;
        if l.parti {
            c.partis += 1;
            motifs[l.motif.and_then(|m| MotifDepart::TOUS.iter().position(|x| *x == m)).unwrap_or(MotifDepart::TOUS.len())] += 1;
        } else {
            c.en_cours += 1;
        }
        match l.sexe {
            Some(Sexe::F) => c.femmes += 1,
            Some(Sexe::M) => c.hommes += 1,
            None => c.sexe_non_renseigne += 1,
        }
        match l.primo {
            Some(true) => c.primo_arrivants += 1,
            Some(false) => {}
            None => c.primo_inconnu += 1,
        }
        c.arrivee_approximative += i64::from(l.approximative);
        c.hors_ue += i64::from(l.nationalite.as_deref().is_some_and(referentiels::est_hors_ue_eee_suisse));
        if est_public_prioritaire(l.nationalite.as_deref(), l.primo, l.cir) {
            c.public_prioritaire += 1;
        } else if l.francophone {
            c.francophones_hors_prioritaire += 1;
        } else {
            c.autres_allophones_hors_prioritaire += 1;
        }
        c.cir += i64::from(l.cir);
        c.protection_internationale += i64::from(l.protection);
        c.autres_allophones += i64::from(l.primo != Some(true) && !l.cir && !l.protection);
        c.reinscrits += i64::from(l.reinscription);
        if let Some(n) = c.inscrits_au_debut.as_mut() {
            *n += i64::from(l.au_debut);
        }
        c.minutes_suivies += l.suivies;
        c.minutes_dispensees += l.dispensees;
    }
    c.departs_par_motif = motifs
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(i, &n)| match MotifDepart::TOUS.get(i) {
            Some(m) => Compte { code: m.code().into(), libelle: m.libelle().into(), nombre: n },
            None => Compte { code: NON_RENSEIGNE.into(), libelle: "non renseigné".into(), nombre: n },
        })
        .collect();
    let connus = c.femmes + c.hommes;
    c.part_femmes = (connus > 0).then(|| c.femmes as f64 / connus as f64);
    c.nationalites = nationalites(lignes);
    c.minutes_suivies_moyenne = (c.inscrits > 0).then(|| c.minutes_suivies as f64 / c.inscrits as f64);
    c.taux_assiduite = (c.minutes_dispensees > 0).then(|| c.minutes_suivies as f64 / c.minutes_dispensees as f64);
    // CECRL table.
    let mut niveaux: Vec<LigneNiveau> = NiveauCecrl::TOUS
        .iter()
        .map(|n| LigneNiveau { niveau: n.code().into(), ..LigneNiveau::default() })
        .chain(std::iter::once(LigneNiveau { niveau: "non_evalue".into(), ..LigneNiveau::default() }))
        .collect();
    let mut certifs: Vec<LigneCertification> = Diplome::TOUS
        .iter()
        .map(|d| LigneCertification { diplome: d.code().into(), tentees: 0, obtenues: 0, resultat_inconnu: 0 })
        .collect();
    for e in evals {
        for (k, n) in e.niveaux.iter().enumerate() {
            let rang = n.and_then(|n| NiveauCecrl::TOUS.iter().position(|x| *x == n)).unwrap_or(NiveauCecrl::TOUS.len());
            let l = &mut niveaux[rang];
            *[&mut l.entree_oral, &mut l.entree_ecrit, &mut l.sortie_oral, &mut l.sortie_ecrit][k] += 1;
        }
        for (d, ok) in &e.certifications {
            if let Some(rang) = Diplome::TOUS.iter().position(|x| x == d) {
                let l = &mut certifs[rang];
                l.tentees += 1;
                match ok {
                    Some(true) => l.obtenues += 1,
                    Some(false) => {}
                    None => l.resultat_inconnu += 1,
                }
            }
        }
    }
    c.niveaux = niveaux;
    c.certifications = certifs.into_iter().filter(|l| l.tentees > 0).collect();
    parcours(&mut c, lignes, evals);
    c
}

/// A count per code, every code in order (zero included), then `non_renseigne`.
fn par_code<T: Copy + PartialEq>(tous: &[T], code: fn(T) -> &'static str, libelle: fn(T) -> &'static str, valeurs: impl Iterator<Item = Option<T>>, non_renseigne: &str) -> Vec<Compte> {
    let mut n = vec![0i64; tous.len() + 1];
    for v in valeurs {
        n[v.and_then(|v| tous.iter().position(|x| *x == v)).unwrap_or(tous.len())] += 1;
    }
    tous.iter()
        .map(|&t| (code(t), libelle(t)))
        .chain(std::iter::once((NON_RENSEIGNE, non_renseigne)))
        .zip(n)
        .map(|((code, libelle), nombre)| Compte { code: code.into(), libelle: libelle.into(), nombre })
        .collect()
}

/// The parents' path: referral and expectations per line, orientation per line, progress per
/// evaluated enrolment.
fn parcours(c: &mut ChiffresParents, lignes: &[Ligne], evals: &[Evaluations]) {
    c.prescripteurs = Some(par_code(Prescripteur::TOUS, Prescripteur::code, Prescripteur::libelle, lignes.iter().map(|l| l.prescripteur), "Non renseigné"));
    c.orientations = Some(par_code(Orientation::TOUS, Orientation::code, Orientation::libelle, lignes.iter().map(|l| l.orientation), "Non décidée"));
    let mut attentes: Vec<Compte> = Attente::TOUS
        .iter()
        .map(|a| Compte { code: a.code().into(), libelle: a.libelle().into(), nombre: lignes.iter().filter(|l| l.attentes.contains(a)).count() as i64 })
        .collect();
    attentes.push(Compte { code: NON_RENSEIGNE.into(), libelle: "Aucune attente cochée".into(), nombre: lignes.iter().filter(|l| l.attentes.is_empty()).count() as i64 });
    c.attentes = Some(attentes);
    let mut progression = vec![
        LigneProgression { competence: "oral".into(), libelle: "Oral".into(), ..LigneProgression::default() },
        LigneProgression { competence: "ecrit".into(), libelle: "Écrit".into(), ..LigneProgression::default() },
    ];
    for e in evals {
        for (k, l) in progression.iter_mut().enumerate() {
            match evolution(e.niveaux[k], e.niveaux[k + 2]) {
                Some(Evolution::Progres) => l.progres += 1,
                Some(Evolution::Stable) => l.stable += 1,
                Some(Evolution::Recul) => l.recul += 1,
                None => l.non_evalue += 1,
            }
        }
    }
    c.progression = Some(progression);
}

/// The months window of a school year, as the intervenants screen uses it: September to
/// August, widened to the year's own first and last days.
fn fenetre(a: &annee::AnneeScolaire) -> (NaiveDate, NaiveDate) {
    let debut: i32 = a.libelle.get(..4).and_then(|s| s.parse().ok()).unwrap_or(a.premier_jour.year());
    (
        NaiveDate::from_ymd_opt(debut, 9, 1).unwrap_or(a.premier_jour).min(a.premier_jour),
        NaiveDate::from_ymd_opt(debut + 1, 8, 31).unwrap_or(a.dernier_jour).max(a.dernier_jour),
    )
}

fn financier(conn: &Connection, a: &annee::AnneeScolaire) -> Resultat<(Vec<IntervenantBilan>, Finances, Vec<Avertissement>)> {
    let (du, au) = fenetre(a);
    let taux = intervenant::lister_taux(conn)?;
    let mut taux_utilises: Vec<TauxVacation> = Vec::new();
    let mut v = Vec::new();
    let mut avertissements = Vec::new();
    let mut f = Finances {
        total_centimes: 0,
        minutes_vacation: 0,
        minutes_hors_vacation: 0,
        taux_appliques: Vec::new(),
        depenses_par_categorie: Vec::new(),
        depenses: Vec::new(),
        financements: Vec::new(),
        autres_depenses_centimes: 0,
        total_depenses_centimes: 0,
        financements_centimes: 0,
        solde_centimes: 0,
    };
    for i in intervenant::lister(conn)? {
        let mois = intervenant::heures_par_mois(conn, &i, du, au)?;
        if mois.is_empty() {
            continue;
        }
        let rang = v.len() + 1;
        let libelle = format!("Intervenant·e {rang}");
        let seances = intervenant::seances_de(conn, i.id)?;
        for (d, _) in seances.iter().filter(|(d, _)| du <= *d && *d <= au) {
            if let Some(t) = taux.iter().rev().find(|t| t.depuis <= *d) {
                if !taux_utilises.contains(t) {
                    taux_utilises.push(t.clone());
                }
            }
        }
        let plafond = intervenant::depassement_plafond(&seances);
        if let Some((date, minutes)) = plafond {
            avertissements.push(Avertissement::new(
                CodeAvertissement::PlafondVacations,
                format!(
                    "{libelle} ({}) dépasse le plafond de 250 h sur 12 mois consécutifs : {} de séances sur les 12 mois qui finissent le {}.",
                    i.statut.libelle(),
                    heures_fr(minutes),
                    date_fr(date)
                ),
            ));
        }
        let minutes: i64 = mois.iter().map(|m| m.minutes).sum();
        let vacation = i.remuneration == Some(Remuneration::Vacation);
        let centimes = vacation.then(|| mois.iter().filter_map(|m| m.centimes_vacation).sum::<i64>());
        if vacation {
            f.minutes_vacation += minutes;
            f.total_centimes += centimes.unwrap_or(0);
        } else {
            f.minutes_hors_vacation += minutes;
        }
        v.push(IntervenantBilan {
            id: i.id,
            libelle,
            statut: i.statut.code().into(),
            remuneration: i.remuneration.map(|r| r.code().to_owned()),
            seances: mois.iter().map(|m| m.seances).sum(),
            minutes,
            centimes,
            mois,
            plafond_depasse_le: plafond.map(|p| p.0),
            plafond_minutes: plafond.map(|p| p.1),
        });
    }
    taux_utilises.sort_by_key(|t| t.depuis);
    f.taux_appliques = taux_utilises;
    Ok((v, f, avertissements))
}

// ---------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------

/// `bilan-<UAI>-<année>.<extension>` (`UAI-inconnu` while the school is not recorded).
pub fn nom_fichier(b: &Bilan, extension: &str) -> String {
    let uai = if b.etablissement.uai.is_empty() { "UAI-inconnu" } else { &b.etablissement.uai };
    format!("bilan-{uai}-{}.{extension}", b.annee)
}

/// `bilan-financier-<UAI>-<année>.<extension>`: the financial bilan's own PDF and XLSX.
pub fn nom_fichier_financier(b: &Bilan, extension: &str) -> String {
    nom_fichier(b, extension).replacen("bilan-", "bilan-financier-", 1)
}

/// The machine-readable bilan (`docs/bilan-schema.md`), pretty-printed, fields in a fixed order.
pub fn json(b: &Bilan) -> String {
    // Serializing plain structs, strings and numbers cannot fail; keep a readable fallback.
    serde_json::to_string_pretty(b).unwrap_or_else(|e| format!("{{\"schema\": \"{SCHEMA}\", \"erreur\": \"{e}\"}}"))
}

/// What to do with a file that is not a bilan this version reads, said once for every refusal.
const QUOI_FAIRE: &str = "Choisissez les fichiers « bilan-<UAI>-<année>.json » que chaque établissement exporte depuis l'onglet Bilan d'Ateliers OEPRE.";

/// Reads a JSON bilan back, refusing an unknown schema version. Refusals say in plain French
/// what the file is and what to do.
pub fn lire_json(texte: &str) -> Resultat<Bilan> {
    let v: serde_json::Value = serde_json::from_str(texte).map_err(|e| {
        Erreur::champ("fichier", format!("Ce fichier n'est pas un bilan d'Ateliers OEPRE : son contenu est illisible (ligne {}). {QUOI_FAIRE}", e.line()))
    })?;
    match v.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        None => {
            return Err(Erreur::champ(
                "fichier",
                format!("Ce fichier JSON n'est pas un bilan d'Ateliers OEPRE (il ne dit pas quel bilan il contient). {QUOI_FAIRE}"),
            ))
        }
        Some(autre) => {
            return Err(Erreur::champ(
                "fichier",
                format!(
                    "Bilan d'une version inconnue (« {autre} ») : sans doute exporté par une version plus récente d'Ateliers OEPRE, que ce logiciel (« {SCHEMA} ») ne sait pas lire. Installez la même version que l'établissement, ou demandez-lui d'exporter son bilan à nouveau."
                ),
            ))
        }
    }
    serde_json::from_value(v).map_err(|_| {
        Erreur::champ("fichier", format!("Ce bilan d'Ateliers OEPRE est incomplet ou a été modifié à la main : il ne peut pas être additionné. {QUOI_FAIRE}"))
    })
}

pub use crate::commun::progression::Progression;

/// The five files written by [`exporter`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BilanExporte {
    /// `…/bilan-<UAI>-<année>.xlsx`: the quantitative and qualitative bilan (enquête Orquestra).
    pub xlsx: String,
    /// `…/bilan-<UAI>-<année>.pdf`: the same, as a signed report.
    pub pdf: String,
    /// `…/bilan-financier-<UAI>-<année>.xlsx`: the financial bilan (enquête de la DAEPS).
    pub financier_xlsx: String,
    /// `…/bilan-financier-<UAI>-<année>.pdf`: the same, as a signed report.
    pub financier_pdf: String,
    /// `…/bilan-<UAI>-<année>.json`.
    pub json: String,
    /// The completeness points written into the files (the export is never blocked).
    pub points_a_verifier: Vec<PointAVerifier>,
    /// The 250 h cap warnings written into the files.
    pub avertissements: Vec<Avertissement>,
}

/// Computes the bilan of `annee_id` and writes `bilan-<UAI>-<année>.xlsx`, `.pdf`, `.json` and
/// the financial bilan `bilan-financier-<UAI>-<année>.xlsx`, `.pdf` into `dossier` (each
/// atomically, [`crate::sorties::sortie::ecrire`]), calling `progression` after each of the six steps.
/// The completeness list is written into the quantitative files and the JSON; the PDFs are
/// dated today.
pub fn exporter(db: &Db, annee_id: i64, dossier: &std::path::Path, progression: impl FnMut(Progression)) -> Resultat<BilanExporte> {
    exporter_au(db, annee_id, dossier, chrono::Local::now().date_naive(), progression)
}

/// [`exporter`] as of `aujourd_hui` (the completeness list and the date of the signature block).
pub fn exporter_au(
    db: &Db,
    annee_id: i64,
    dossier: &std::path::Path,
    aujourd_hui: NaiveDate,
    mut progression: impl FnMut(Progression),
) -> Resultat<BilanExporte> {
    let mut etape = 0;
    let mut avancer = |libelle: &str| {
        etape += 1;
        progression(Progression { etape, total: 6, libelle: libelle.into() });
    };
    let b = calculer_au(db, annee_id, aujourd_hui)?;
    avancer("Bilan calculé");
    let xlsx = crate::commun::fichier::ecrire(dossier, &nom_fichier(&b, "xlsx"), &xlsx(&b)?)?;
    avancer("Classeur XLSX écrit");
    let pdf = crate::commun::fichier::ecrire(dossier, &nom_fichier(&b, "pdf"), &pdf(db, &b, aujourd_hui)?)?;
    avancer("Rapport PDF écrit");
    let financier_xlsx = crate::commun::fichier::ecrire(dossier, &nom_fichier_financier(&b, "xlsx"), &xlsx_financier(&b)?)?;
    avancer("Classeur du bilan financier écrit");
    let financier_pdf = crate::commun::fichier::ecrire(dossier, &nom_fichier_financier(&b, "pdf"), &pdf_financier(db, &b, aujourd_hui)?)?;
    avancer("Rapport du bilan financier écrit");
    let json = crate::commun::fichier::ecrire(dossier, &nom_fichier(&b, "json"), json(&b).as_bytes())?;
    avancer("Fichier JSON écrit");
    Ok(BilanExporte {
        xlsx: xlsx.display().to_string(),
        pdf: pdf.display().to_string(),
        financier_xlsx: financier_xlsx.display().to_string(),
        financier_pdf: financier_pdf.display().to_string(),
        json: json.display().to_string(),
        points_a_verifier: b.points_a_verifier.unwrap_or_default(),
        avertissements: b.avertissements,
    })
}

//! The bilan as its file carries it ([`super::SCHEMA`], `docs/bilan-schema.md`): the figures of
//! a scope ([`Chiffres`], [`ChiffresParents`]), the intervenants, the finances, the school, and the
//! [`Bilan`] that holds them. Plain data: computed by [`super::calcul`], read back by
//! [`super::lire_json`], printed by the XLSX and PDF writers. A new field takes
//! `#[serde(default)]` so that older files keep reading.

use super::*;
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
    /// Hours attended and delivered per calendar month ([`heures::par_inscription_et_mois`]), for the attendance
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

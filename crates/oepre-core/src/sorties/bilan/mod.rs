//! The annual bilan of a school year: quantitative figures per atelier and for the school, the
//! qualitative part the school writes, the financial bilan (vacations per intervenant and month,
//! other costs, funding, balance), the completeness check, and its exports (JSON, XLSX, PDF).
//!
//! ## Modules and API (what the screens and the CLI call)
//! - [`calculer`] / [`calculer_au`] (`bilan/calcul.rs`) → [`Bilan`] (`bilan/modele.rs`, the
//!   file's shape): every figure, the qualitative part, the finances and the completeness list.
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

mod calcul;
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
mod modele;
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

pub use calcul::{calculer, calculer_au};
pub use controle::{verifier, CodePoint, PointAVerifier};
pub use modele::*;
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

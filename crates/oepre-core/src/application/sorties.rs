//! Files written into a folder: the folder the school chose in the app unless the caller names
//! another ([`dossier`]). Every write is atomic and durable ([`crate::commun::fichier`]).

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::commun::fichier::DocumentEcrit;
use crate::commun::progression::Progression;
use crate::sorties::consolidation::{self, Consolidation};
use crate::sorties::documents::{acces, registre};
use crate::sorties::sortie::{self, DemandeDocument};
use crate::sorties::bilan::{self, BilanExporte};
use crate::{Db, Resultat};

/// The folder to write into: `choisi` when the caller names one, else the school's documents
/// folder ([`sortie::dossier_choisi`]).
pub fn dossier(db: &Db, choisi: Option<&Path>) -> Resultat<PathBuf> {
    match choisi {
        Some(d) => Ok(d.to_owned()),
        None => sortie::dossier_choisi(db.conn()),
    }
}

/// One document (attestations, émargement, lists, fiches, flyer) written into the folder.
pub fn document(db: &Db, demande: &DemandeDocument, aujourd_hui: NaiveDate, choisi: Option<&Path>) -> Resultat<DocumentEcrit> {
    sortie::produire_et_ecrire(db, demande, aujourd_hui, &dossier(db, choisi)?)
}

/// One flyer per language (or bilingual with French) for an atelier, written into the folder.
pub fn affiches_par_langue(
    db: &Db,
    atelier_id: i64,
    langues: &[String],
    bilingue: bool,
    petits_enfants: bool,
    choisi: Option<&Path>,
) -> Resultat<Vec<DocumentEcrit>> {
    sortie::affiches_par_langue(db, atelier_id, langues, bilingue, petits_enfants, &dossier(db, choisi)?)
}

/// The review workbook and PDF of one flyer language ([`crate::sorties::relecture`]), written into the folder.
pub fn relecture(db: &Db, langue: &str, choisi: Option<&Path>) -> Resultat<Vec<DocumentEcrit>> {
    sortie::relecture_exporter(db, langue, &dossier(db, choisi)?)
}

/// The bilan of a school year (XLSX, PDF, JSON) written into the folder, each of its steps
/// reported to `avancer` (see [`crate::commun::progression::Suivi`]).
pub fn bilan(db: &Db, annee_id: i64, choisi: Option<&Path>, avancer: &dyn Fn(Progression)) -> Resultat<BilanExporte> {
    bilan::exporter(db, annee_id, &dossier(db, choisi)?, avancer)
}

/// The point trimestriel (term `numero` of the year `annee_id`) of one atelier, or of every
/// atelier one page each, as a PDF in the folder, under `nom` when the caller names the file
/// (the CLI's `--out`), else `point-trimestriel-t<N>-<année>[-<atelier>].pdf`.
pub fn point_trimestriel(
    db: &Db,
    annee_id: i64,
    numero: u8,
    atelier_id: Option<i64>,
    aujourd_hui: NaiveDate,
    choisi: Option<&Path>,
    nom: Option<&str>,
) -> Resultat<DocumentEcrit> {
    let (nom_defaut, octets) = bilan::trimestre::produire(db, annee_id, numero, atelier_id, aujourd_hui)?;
    let chemin = crate::commun::fichier::ecrire(&dossier(db, choisi)?, nom.unwrap_or(&nom_defaut), &octets)?;
    Ok(DocumentEcrit::du_fichier(&chemin))
}

/// The files of an exported bilan, as the documents screen lists them.
pub fn fichiers_du_bilan(e: &BilanExporte) -> Vec<DocumentEcrit> {
    [&e.xlsx, &e.pdf, &e.financier_xlsx, &e.financier_pdf, &e.json].iter().map(|c| DocumentEcrit::du_fichier(Path::new(c))).collect()
}

/// The académie merge of the bilans found in `source`, written into the folder.
pub fn consolidation(db: &Db, source: &str, aujourd_hui: NaiveDate, choisi: Option<&Path>) -> Resultat<Consolidation> {
    consolidation::ecrire(source, &dossier(db, choisi)?, aujourd_hui)
}

/// The register entry of the processing (RGPD), as a PDF in the folder.
pub fn registre(db: &Db, aujourd_hui: NaiveDate, choisi: Option<&Path>) -> Resultat<DocumentEcrit> {
    registre::exporter(db, db.est_chiffree(), aujourd_hui, &dossier(db, choisi)?)
}

/// Everything recorded about one parent (PDF for them, JSON), in the folder; logged as done by `qui`.
pub fn donnees_parent(db: &mut Db, parent_id: i64, aujourd_hui: NaiveDate, qui: &str, choisi: Option<&Path>) -> Resultat<Vec<DocumentEcrit>> {
    let dossier = dossier(db, choisi)?;
    let e = acces::exporter(db, parent_id, &dossier, aujourd_hui, qui)?;
    Ok(vec![DocumentEcrit::du_fichier(Path::new(&e.pdf)), DocumentEcrit::du_fichier(Path::new(&e.json))])
}

/// A copy of the whole base, to move to another PC, in the folder.
pub fn base(db: &Db, maintenant: NaiveDateTime, choisi: Option<&Path>) -> Resultat<DocumentEcrit> {
    crate::securite::restauration::exporter_dans(db, &dossier(db, choisi)?, maintenant)
}

/// What to open for « Ouvrir »: the folder itself (`chemin` empty) or a file inside it; anything
/// outside the folder is refused.
pub fn a_ouvrir(db: &Db, chemin: &str) -> Resultat<PathBuf> {
    let dossier = sortie::dossier_choisi(db.conn())?;
    if chemin.is_empty() {
        Ok(dossier)
    } else {
        sortie::dans_le_dossier(&dossier, chemin)
    }
}

//! The académie consolidation screen's folder logic: which `bilan-*.json` files a folder holds,
//! which are refused and why, and the `academie-<date>.xlsx` workbook written from the others.
//!
//! The merge itself (sums, rates, the workbook's sheets) is [`crate::sorties::bilan::fusion`]; this module
//! only reads a folder for it. A file is refused, with a French reason shown next to its name,
//! when it cannot be read, is not a bilan of a known schema version ([`crate::sorties::bilan::lire_json`]),
//! names no UAI, or repeats the UAI and school year of another file: the one named as the app
//! names it (`bilan-<UAI>-<année>.json`) is kept, else the first by name. Refused files never stop
//! the others being merged.
//!
//! To accept one more kind of file (another extension, a sub-folder), extend [`examiner`]; the
//! screen shows whatever [`FichierBilan::refus`] says.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::sorties::bilan::{self, Bilan, Fusion};
use crate::sorties::sortie::{self, DocumentEcrit};
use crate::{Db, Erreur, Resultat};

/// The `parametre` key of the folder of bilans last read, offered again the next time.
const CLE_DOSSIER: &str = "academie_dossier_bilans";

/// One `bilan-*.json` file found in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FichierBilan {
    /// File name (`bilan-0750001A-2025-2026.json`).
    pub nom: String,
    /// UAI of the school, as the file states it (empty when unreadable).
    pub uai: String,
    /// School name (empty when unreadable).
    pub etablissement: String,
    /// Town (empty when unreadable).
    pub commune: String,
    /// School year (`2025-2026`, empty when unreadable).
    pub annee: String,
    /// Why the file is left out of the merge, in French; `None` when it is merged.
    pub refus: Option<String>,
}

/// What a folder gives: its files, and the merge of the accepted ones.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Consolidation {
    /// The folder read, as given (trimmed).
    pub dossier: String,
    /// Every `bilan-*.json` of the folder, by name.
    pub fichiers: Vec<FichierBilan>,
    /// The académie totals and per-school table; `None` when no file is accepted.
    pub fusion: Option<Fusion>,
    /// The workbook written by [`ecrire`]; `None` from [`examiner`].
    pub document: Option<DocumentEcrit>,
    /// The PDF summary written beside it by [`ecrire`] (`academie-<date>.pdf`); `None` from
    /// [`examiner`].
    pub pdf: Option<DocumentEcrit>,
}

fn dossier_valide(dossier: &str) -> Resultat<PathBuf> {
    let d = dossier.trim();
    if d.is_empty() {
        return Err(Erreur::champ("dossier", "Indiquez le dossier où se trouvent les bilans JSON des établissements."));
    }
    let p = PathBuf::from(d);
    if !p.is_absolute() {
        return Err(Erreur::champ("dossier", "Indiquez le chemin complet du dossier, par exemple /media/secretariat/CLE/bilans."));
    }
    if !p.is_dir() {
        return Err(Erreur::champ("dossier", format!("Le dossier « {d} » n'existe pas ou n'est pas un dossier.")));
    }
    Ok(p)
}

fn lire(chemin: &Path) -> Result<Bilan, String> {
    let texte = std::fs::read_to_string(chemin).map_err(|e| format!("Fichier illisible ({e})."))?;
    bilan::lire_json(&texte).map_err(|e| e.to_string())
}

/// Lists the `bilan-*.json` files of `dossier` (not its sub-folders), refuses those that cannot be
/// merged (see the module doc) and merges the others.
pub fn examiner(dossier: &str) -> Resultat<Consolidation> {
    let chemin = dossier_valide(dossier)?;
    let mut noms: Vec<String> = std::fs::read_dir(&chemin)
        .map_err(|e| Erreur::champ("dossier", format!("Le dossier « {} » ne peut pas être lu ({e}).", chemin.display())))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| n.starts_with("bilan-") && n.to_ascii_lowercase().ends_with(".json"))
        .collect();
    noms.sort();

    let mut fichiers: Vec<FichierBilan> = Vec::with_capacity(noms.len());
    let mut lus: Vec<(usize, Bilan)> = Vec::new();
    for nom in noms {
        let mut f = FichierBilan { nom: nom.clone(), uai: String::new(), etablissement: String::new(), commune: String::new(), annee: String::new(), refus: None };
        match lire(&chemin.join(&nom)) {
            Err(raison) => f.refus = Some(raison),
            Ok(b) => {
                f.uai = b.etablissement.uai.trim().to_uppercase();
                f.etablissement = b.etablissement.nom.clone();
                f.commune = b.etablissement.commune.clone();
                f.annee = b.annee.clone();
                if f.uai.is_empty() {
                    f.refus = Some("Ce bilan n'a pas d'UAI : l'établissement doit être renseigné avant l'export.".into());
                } else {
                    lus.push((fichiers.len(), b));
                }
            }
        }
        fichiers.push(f);
    }
    // Among files of the same school and year, the one named as the app names it wins.
    let canonique = |f: &FichierBilan| f.nom.eq_ignore_ascii_case(&format!("bilan-{}-{}.json", f.uai, f.annee));
    lus.sort_by_key(|(i, _)| (!canonique(&fichiers[*i]), *i));
    let mut acceptes: Vec<(String, Bilan)> = Vec::new();
    for (i, b) in lus {
        let f = &mut fichiers[i];
        match acceptes.iter().find(|(_, x)| x.etablissement.uai.trim().eq_ignore_ascii_case(&f.uai) && x.annee == b.annee) {
            Some((autre, _)) => f.refus = Some(format!("Doublon : « {autre} » contient déjà le bilan {} de l'établissement {}.", b.annee, f.uai)),
            None => acceptes.push((f.nom.clone(), b)),
        }
    }
    let fusion = if acceptes.is_empty() {
        None
    } else {
        let paires: Vec<(&str, &Bilan)> = acceptes.iter().map(|(n, b)| (n.as_str(), b)).collect();
        Some(bilan::fusion::fusionner_nommes(&paires)?)
    };
    Ok(Consolidation { dossier: dossier.trim().to_owned(), fichiers, fusion, document: None, pdf: None })
}

/// The folder of bilans last read by [`examiner_et_retenir`] (typed or chosen in the system's
/// folder dialog), to show it again; empty when none was.
pub fn dernier_dossier(conn: &rusqlite::Connection) -> Resultat<String> {
    Ok(crate::stockage::db::parametre(conn, CLE_DOSSIER)?.unwrap_or_default())
}

/// [`examiner`], then remembers the folder for [`dernier_dossier`] — only when it could be
/// read, so that a mistyped path is not offered again.
pub fn examiner_et_retenir(db: &mut Db, dossier: &str) -> Resultat<Consolidation> {
    let c = examiner(dossier)?;
    db.transaction(|tx| crate::stockage::db::definir_parametre(tx, CLE_DOSSIER, &c.dossier))?;
    Ok(c)
}

/// `academie-2026-06-30.xlsx`.
pub fn nom_fichier(jour: NaiveDate) -> String {
    format!("academie-{}.xlsx", jour.format("%Y-%m-%d"))
}

/// `academie-2026-06-30.pdf`, the summary beside the workbook.
pub fn nom_fichier_pdf(jour: NaiveDate) -> String {
    format!("academie-{}.pdf", jour.format("%Y-%m-%d"))
}

/// [`examiner`], then writes the académie workbook ([`bilan::fusion_xlsx`]) into `sortie` as
/// [`nom_fichier`] and its PDF summary ([`bilan::fusion_pdf`]) beside it as [`nom_fichier_pdf`].
/// Refused when no file of the folder can be merged: nothing is written.
pub fn ecrire(dossier: &str, sortie: &Path, jour: NaiveDate) -> Resultat<Consolidation> {
    let mut c = examiner(dossier)?;
    let Some(fusion) = &c.fusion else {
        let message = if c.fichiers.is_empty() {
            format!("Aucun fichier bilan-….json dans « {} ».", c.dossier)
        } else {
            "Aucun des fichiers de ce dossier ne peut être fusionné : voyez la raison indiquée pour chacun.".to_owned()
        };
        return Err(Erreur::champ("dossier", message));
    };
    let octets = bilan::fusion_xlsx(fusion)?;
    let nom = nom_fichier(jour);
    let chemin = sortie::ecrire(sortie, &nom, &octets)?;
    c.document = Some(DocumentEcrit { chemin: chemin.display().to_string(), nom, taille: octets.len() as u64 });
    let octets = bilan::fusion_pdf(fusion)?;
    let nom = nom_fichier_pdf(jour);
    let chemin = sortie::ecrire(sortie, &nom, &octets)?;
    c.pdf = Some(DocumentEcrit { chemin: chemin.display().to_string(), nom, taille: octets.len() as u64 });
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{domaine::annee, demo};

    /// The demo school's bilan, given another UAI and number of enrolled parents.
    fn bilans(uais: &[(&str, i64)]) -> Vec<Bilan> {
        let d = tempfile::tempdir().unwrap();
        let mut db = Db::ouvrir(&d.path().join("oepre.sqlite")).unwrap();
        demo::charger(&mut db).unwrap();
        let a = annee::courante(db.conn()).unwrap().unwrap();
        let modele = bilan::calculer(&db, a.id).unwrap();
        uais.iter()
            .map(|(uai, inscrits)| {
                let mut b = modele.clone();
                b.etablissement.uai = (*uai).into();
                b.ecole.parents.inscrits = *inscrits;
                b
            })
            .collect()
    }

    fn deposer(dossier: &Path, nom: &str, b: &Bilan) {
        std::fs::write(dossier.join(nom), bilan::json(b)).unwrap();
    }

    #[test]
    fn refuse_schema_inconnu_et_doublon_et_fusionne_le_reste() {
        let d = tempfile::tempdir().unwrap();
        let b = bilans(&[("0690001A", 12), ("0690002B", 15), ("0690001a", 99)]);
        deposer(d.path(), "bilan-0690001A-2025-2026.json", &b[0]);
        deposer(d.path(), "bilan-0690002B-2025-2026.json", &b[1]);
        // The same school and year under another name: a duplicate of the first.
        deposer(d.path(), "bilan-0690001A-2025-2026-copie.json", &b[2]);
        std::fs::write(d.path().join("bilan-futur.json"), r#"{"schema": "oepre-bilan/9"}"#).unwrap();
        std::fs::write(d.path().join("notes.json"), "pas un bilan").unwrap();

        let c = examiner(d.path().to_str().unwrap()).unwrap();
        let noms: Vec<&str> = c.fichiers.iter().map(|f| f.nom.as_str()).collect();
        assert_eq!(
            noms,
            ["bilan-0690001A-2025-2026-copie.json", "bilan-0690001A-2025-2026.json", "bilan-0690002B-2025-2026.json", "bilan-futur.json"],
            "only bilan-*.json files, by name"
        );
        assert_eq!(c.fichiers[1].refus, None, "of two duplicates, the one named as the app names it is kept");
        let doublon = c.fichiers[0].refus.as_deref().unwrap();
        assert!(doublon.starts_with("Doublon : « bilan-0690001A-2025-2026.json »"), "{doublon}");
        let inconnu = c.fichiers[3].refus.as_deref().unwrap();
        assert!(inconnu.contains("version inconnue (« oepre-bilan/9 »)") && inconnu.contains("version plus récente"), "{inconnu}");
        let f = c.fusion.unwrap();
        assert_eq!(f.ecoles.len(), 2);
        assert_eq!(f.total.inscrits, 12 + 15, "the merged files are summed");
        assert_eq!(f.total.groupes, 2 * b[0].ecole.groupes);
    }

    #[test]
    fn ecrit_le_classeur_et_refuse_un_dossier_sans_bilan() {
        let d = tempfile::tempdir().unwrap();
        let sortie = tempfile::tempdir().unwrap();
        let jour = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        let vide = ecrire(d.path().to_str().unwrap(), sortie.path(), jour).unwrap_err();
        assert!(vide.to_string().contains("Aucun fichier bilan-….json"), "{vide}");
        assert_eq!(std::fs::read_dir(sortie.path()).unwrap().count(), 0, "nothing written");

        deposer(d.path(), "bilan-0690001A-2025-2026.json", &bilans(&[("0690001A", 12)])[0]);
        let c = ecrire(d.path().to_str().unwrap(), sortie.path(), jour).unwrap();
        let doc = c.document.unwrap();
        assert_eq!(doc.nom, "academie-2026-06-30.xlsx");
        let octets = std::fs::read(sortie.path().join(&doc.nom)).unwrap();
        assert_eq!(octets.len() as u64, doc.taille);
        assert!(octets.starts_with(b"PK"), "an XLSX is a zip");
        let pdf = c.pdf.unwrap();
        assert_eq!(pdf.nom, "academie-2026-06-30.pdf");
        assert!(std::fs::read(sortie.path().join(&pdf.nom)).unwrap().starts_with(b"%PDF"), "the summary beside the workbook");

        assert!(examiner("relatif/bilans").unwrap_err().to_string().contains("chemin complet"));
        assert!(examiner("").unwrap_err().to_string().contains("Indiquez le dossier"));
    }

    #[test]
    fn le_dossier_lu_est_retenu_pas_un_dossier_refuse() {
        let d = tempfile::tempdir().unwrap();
        let mut db = Db::ouvrir(&d.path().join("oepre.sqlite")).unwrap();
        assert_eq!(dernier_dossier(db.conn()).unwrap(), "", "nothing remembered at first");
        let bilans = d.path().join("bilans");
        std::fs::create_dir(&bilans).unwrap();
        let chemin = bilans.to_str().unwrap();
        examiner_et_retenir(&mut db, &format!("  {chemin} ")).unwrap();
        assert_eq!(dernier_dossier(db.conn()).unwrap(), chemin, "the folder read, trimmed");
        let faux = d.path().join("absent");
        assert!(examiner_et_retenir(&mut db, faux.to_str().unwrap()).is_err());
        assert_eq!(dernier_dossier(db.conn()).unwrap(), chemin, "a folder that cannot be read is not remembered");
    }
}

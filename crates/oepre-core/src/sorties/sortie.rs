//! Output: which document a person asked for, produced as bytes, and written as a file.
//!
//! The app and the CLI both go through [`produire`] (one place maps a request to its
//! generator in [`crate::sorties::documents`] or [`crate::sorties::flyer`]) and [`ecrire`] (atomic write of a
//! sanitised file name inside the chosen folder, never outside it).
//!
//! To add a document: add a variant to [`DemandeDocument`] and its arm in [`produire`].

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::sorties::documents::{self, nom_de_fichier, ChoixAttestations};
use crate::{domaine::annee, domaine::atelier, sorties::flyer, sorties::relecture, Db, Erreur, Resultat};

/// Environment variable that overrides the documents folder (tests, scripts).
pub const VARIABLE_DOSSIER: &str = "OEPRE_DOCUMENTS";

/// A document to produce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type")]
pub enum DemandeDocument {
    /// Attestations de suivi: for a year, optionally one atelier or one parent.
    Attestations {
        /// School year.
        #[ts(type = "number")]
        annee_id: i64,
        /// Only this atelier.
        #[ts(type = "number | null")]
        atelier_id: Option<i64>,
        /// Only this parent.
        #[ts(type = "number | null")]
        parent_id: Option<i64>,
    },
    /// Feuille d'émargement of one séance.
    EmargementSeance {
        /// The séance.
        #[ts(type = "number")]
        seance_id: i64,
    },
    /// Feuille d'émargement of a month (parents × dates).
    EmargementMois {
        /// The atelier.
        #[ts(type = "number")]
        atelier_id: i64,
        /// `YYYY-MM`.
        mois: String,
    },
    /// Blank feuille d'émargement (names only).
    EmargementVierge {
        /// The atelier.
        #[ts(type = "number")]
        atelier_id: i64,
    },
    /// Every séance sheet of the atelier's year, in one PDF.
    EmargementAnnee {
        /// The atelier.
        #[ts(type = "number")]
        atelier_id: i64,
    },
    /// Liste des inscrits, PDF or XLSX.
    Inscrits {
        /// The atelier.
        #[ts(type = "number")]
        atelier_id: i64,
        /// `true` for the spreadsheet.
        xlsx: bool,
    },
    /// Fiche d'inscription, blank or pre-filled for a parent.
    Fiche {
        /// Pre-filled for this parent.
        #[ts(type = "number | null")]
        parent_id: Option<i64>,
    },
    /// The parents' flyer of an atelier, one page per language.
    Affiche {
        /// The atelier.
        #[ts(type = "number")]
        atelier_id: i64,
        /// Locales (`fr`, `ar`, `fa-AF`…).
        langues: Vec<String>,
        /// The parent's language beside French.
        bilingue: bool,
        /// Young children may come along.
        petits_enfants: bool,
    },
}

/// A produced document, not yet written.
#[derive(Debug, Clone)]
pub struct DocumentProduit {
    /// Suggested file name (sanitised).
    pub nom_fichier: String,
    /// The file's bytes.
    pub octets: Vec<u8>,
}

pub use crate::commun::fichier::{ecrire, DocumentEcrit};
pub use crate::domaine::etablissement::logo_ecole;


fn lire_mois(mois: &str) -> Resultat<(i32, u32)> {
    let d = NaiveDate::parse_from_str(&format!("{}-01", mois.trim()), "%Y-%m-%d")
        .map_err(|_| Erreur::champ("mois", "Mois invalide : écrivez-le comme 2025-10."))?;
    Ok((d.year(), d.month()))
}

/// Produces the document asked for. `aujourd_hui` is the date printed as « Fait le » / « édité le ».
pub fn produire(db: &Db, demande: &DemandeDocument, aujourd_hui: NaiveDate) -> Resultat<DocumentProduit> {
    let conn = db.conn();
    let nom_atelier = |id: i64| atelier::lire(conn, id).map(|a| a.nom);
    let (nom_fichier, octets) = match demande {
        DemandeDocument::Attestations { annee_id, atelier_id, parent_id } => {
            let annee = annee::par_id(conn, *annee_id)?.libelle;
            let choix = ChoixAttestations { annee_id: *annee_id, atelier_id: *atelier_id, parent_id: *parent_id };
            let mut parties = vec!["attestations".to_owned(), annee];
            if let Some(a) = atelier_id {
                parties.push(nom_atelier(*a)?);
            }
            if let Some(p) = parent_id {
                parties.push(format!("parent-{p}"));
            }
            let parties: Vec<&str> = parties.iter().map(String::as_str).collect();
            (nom_de_fichier(&parties, "pdf"), documents::attestations(db, &choix, aujourd_hui)?)
        }
        DemandeDocument::EmargementSeance { seance_id } => {
            let s = crate::domaine::seance::lire(conn, *seance_id)?;
            let nom = nom_atelier(s.atelier_id)?;
            (nom_de_fichier(&["emargement", &nom, &s.date.to_string()], "pdf"), documents::feuille_seance(db, *seance_id)?)
        }
        DemandeDocument::EmargementMois { atelier_id, mois } => {
            let (a, m) = lire_mois(mois)?;
            let nom = nom_atelier(*atelier_id)?;
            (nom_de_fichier(&["emargement", &nom, mois], "pdf"), documents::feuille_mois(db, *atelier_id, a, m)?)
        }
        DemandeDocument::EmargementVierge { atelier_id } => {
            let nom = nom_atelier(*atelier_id)?;
            (nom_de_fichier(&["emargement", &nom, "vierge"], "pdf"), documents::feuille_vierge(db, *atelier_id)?)
        }
        DemandeDocument::EmargementAnnee { atelier_id } => {
            let nom = nom_atelier(*atelier_id)?;
            (nom_de_fichier(&["emargements", &nom, "annee"], "pdf"), documents::feuilles_annee(db, *atelier_id)?)
        }
        DemandeDocument::Inscrits { atelier_id, xlsx } => {
            let nom = nom_atelier(*atelier_id)?;
            if *xlsx {
                (nom_de_fichier(&["inscrits", &nom], "xlsx"), documents::liste_inscrits_xlsx(db, *atelier_id, aujourd_hui)?)
            } else {
                (nom_de_fichier(&["inscrits", &nom], "pdf"), documents::liste_inscrits_pdf(db, *atelier_id, aujourd_hui)?)
            }
        }
        DemandeDocument::Fiche { parent_id: None } => ("fiche-inscription-vierge.pdf".to_owned(), documents::fiche_vierge(db)?),
        DemandeDocument::Fiche { parent_id: Some(p) } => {
            (nom_de_fichier(&["fiche-inscription", &format!("parent-{p}")], "pdf"), documents::fiche_parent(db, *p)?)
        }
        DemandeDocument::Affiche { atelier_id, langues, bilingue, petits_enfants } => {
            let Affiche { atelier: a, i18n, locales, entree } = Affiche::charger(db, *atelier_id, langues, *petits_enfants)?;
            let options = flyer::FlyerOptions { bilingual: *bilingue, logo_png: logo_ecole(db) };
            let rendu = flyer::render(&i18n, &entree, &locales, &options)?;
            let suffixe = if locales.len() == 1 { locales[0].clone() } else { format!("{}-langues", locales.len()) };
            let mut parties = vec!["affiche", a.nom.as_str(), suffixe.as_str()];
            if *bilingue {
                parties.push("bilingue");
            }
            (nom_de_fichier(&parties, "pdf"), rendu.pdf)
        }
    };
    Ok(DocumentProduit { nom_fichier, octets })
}

/// The flyer bundles, with the school's own `.ftl` files (app-data `i18n/`) over the shipped ones.
fn i18n_de_l_ecole(db: &Db) -> flyer::I18n {
    flyer::I18n::load(Some(&flyer::dossier_i18n(db.chemin())))
}

/// What every flyer output needs: the atelier, the bundles, the locales asked for (resolved),
/// and the flyer's data.
struct Affiche {
    atelier: atelier::Atelier,
    i18n: flyer::I18n,
    locales: Vec<String>,
    entree: flyer::FlyerInput,
}

impl Affiche {
    fn charger(db: &Db, atelier_id: i64, langues: &[String], petits_enfants: bool) -> Resultat<Affiche> {
        let atelier = atelier::lire(db.conn(), atelier_id)?;
        let i18n = i18n_de_l_ecole(db);
        let locales = flyer::resolve_locales(&i18n, &langues.join(","))?;
        let entree = flyer::FlyerInput::from_db(db.conn(), &atelier, petits_enfants)?;
        Ok(Affiche { atelier, i18n, locales, entree })
    }
}

/// Where documents are written by default: `OEPRE_DOCUMENTS`, else `~/Documents/Ateliers OEPRE`
/// (the OS documents folder), else `documents/` in the app-data folder.
pub fn dossier_documents() -> PathBuf {
    if let Some(d) = std::env::var_os(VARIABLE_DOSSIER).filter(|v| !v.is_empty()) {
        return PathBuf::from(d);
    }
    dirs::document_dir()
        .map(|d| d.join("Ateliers OEPRE"))
        .unwrap_or_else(|| crate::stockage::db::dossier_donnees().join("documents"))
}

const CLE_DOSSIER: &str = "dossier_documents";

/// The folder the school chose for its documents, else [`dossier_documents`].
pub fn dossier_choisi(conn: &rusqlite::Connection) -> Resultat<PathBuf> {
    Ok(crate::stockage::db::parametre(conn, CLE_DOSSIER)?.filter(|v| !v.trim().is_empty()).map(PathBuf::from).unwrap_or_else(dossier_documents))
}

/// Sets the documents folder (an absolute path; created if missing). Empty: back to the default.
pub fn definir_dossier(db: &mut Db, chemin: &str) -> Resultat<PathBuf> {
    let chemin = chemin.trim();
    if !chemin.is_empty() {
        let p = Path::new(chemin);
        if !p.is_absolute() {
            return Err(Erreur::champ("dossier", "Indiquez le chemin complet du dossier, par exemple /home/secretariat/Documents/OEPRE."));
        }
        std::fs::create_dir_all(p)
            .map_err(|e| Erreur::champ("dossier", format!("Ce dossier ne peut pas être créé ou utilisé : {e}.")))?;
    }
    db.transaction(|tx| crate::stockage::db::definir_parametre(tx, CLE_DOSSIER, chemin))?;
    dossier_choisi(db.conn())
}

/// The flyer's languages, with the school's own `.ftl` files (app-data `i18n/`) taken into account.
pub fn langues_affiche(db: &Db) -> Vec<flyer::FlyerLanguage> {
    flyer::languages(&i18n_de_l_ecole(db))
}

/// Produces and writes a document into `dossier`.
pub fn produire_et_ecrire(db: &Db, demande: &DemandeDocument, aujourd_hui: NaiveDate, dossier: &Path) -> Resultat<DocumentEcrit> {
    let produit = produire(db, demande, aujourd_hui)?;
    let chemin = ecrire(dossier, &produit.nom_fichier, &produit.octets)?;
    Ok(DocumentEcrit { chemin: chemin.display().to_string(), nom: produit.nom_fichier, taille: produit.octets.len() as u64 })
}

/// One flyer file per language (`flyer-<atelier>-<locale>.pdf`), written into `dossier`.
pub fn affiches_par_langue(
    db: &Db,
    atelier_id: i64,
    langues: &[String],
    bilingue: bool,
    petits_enfants: bool,
    dossier: &Path,
) -> Resultat<Vec<DocumentEcrit>> {
    let Affiche { atelier: a, i18n, locales, entree } = Affiche::charger(db, atelier_id, langues, petits_enfants)?;
    let options = flyer::FlyerOptions { bilingual: bilingue, logo_png: logo_ecole(db) };
    locales
        .iter()
        .map(|locale| {
            let rendu = flyer::render(&i18n, &entree, std::slice::from_ref(locale), &options)?;
            let nom = flyer::file_name(&a.nom, locale);
            let chemin = ecrire(dossier, &nom, &rendu.pdf)?;
            Ok(DocumentEcrit { chemin: chemin.display().to_string(), nom, taille: rendu.pdf.len() as u64 })
        })
        .collect()
}

/// « Faire relire »: the review sheet of `locale` (`relecture-<locale>.xlsx`) and the flyer of
/// that language beside it (`.pdf`), written into `dossier` (see [`crate::sorties::relecture`]).
pub fn relecture_exporter(db: &Db, locale: &str, dossier: &Path) -> Resultat<Vec<DocumentEcrit>> {
    let i18n = i18n_de_l_ecole(db);
    let locale = i18n.resolve_locale(locale).unwrap_or(locale).to_owned();
    let xlsx = dossier.join(nom_de_fichier(&["relecture", &locale], "xlsx"));
    let (xlsx, pdf) = relecture::exporter(&i18n, &flyer::dossier_i18n(db.chemin()), &locale, &xlsx)?;
    Ok(vec![DocumentEcrit::du_fichier(&xlsx), DocumentEcrit::du_fichier(&pdf)])
}

/// Reads a corrected review sheet and checks it: the before/after preview, nothing written.
pub fn relecture_verifier(db: &Db, xlsx: &Path, locale: &str, relecteur: &str, jour: NaiveDate) -> Resultat<relecture::Import> {
    relecture::preparer_import(&flyer::dossier_i18n(db.chemin()), xlsx, Some(locale), relecteur, jour)
}

/// Reads, checks again and writes the school's reviewed translation of `locale`; returns the
/// languages as the flyer now sees them (the reviewed one marked « relue par … le … »).
pub fn relecture_enregistrer(db: &Db, xlsx: &Path, locale: &str, relecteur: &str, jour: NaiveDate) -> Resultat<Vec<flyer::FlyerLanguage>> {
    let dossier_i18n = flyer::dossier_i18n(db.chemin());
    let import = relecture::preparer_import(&dossier_i18n, xlsx, Some(locale), relecteur, jour)?;
    relecture::ecrire_import(&dossier_i18n, &import)?;
    Ok(langues_affiche(db))
}

/// `chemin` if it is a file inside `dossier` (what the app may open or copy), else an error.
pub fn dans_le_dossier(dossier: &Path, chemin: &str) -> Resultat<PathBuf> {
    let introuvable = || Erreur::Introuvable(format!("Le document « {chemin} » est introuvable dans {}.", dossier.display()));
    let fichier = Path::new(chemin).canonicalize().map_err(|_| introuvable())?;
    let dossier = dossier.canonicalize().map_err(|_| introuvable())?;
    if fichier.starts_with(&dossier) && fichier.is_file() {
        Ok(fichier)
    } else {
        Err(introuvable())
    }
}

/// One language of the flyer, as the preview in the app shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApercuAffiche {
    /// Locale.
    pub locale: String,
    /// Language name in French.
    pub langue: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// Reviewed by a native speaker; otherwise the app shows « traduction à relire ».
    pub relue: bool,
    /// Every text of the flyer in reading order.
    pub textes: Vec<TexteAffiche>,
}

/// One text of the flyer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TexteAffiche {
    /// Message id (`affiche-titre`, `pratique-quand`…).
    pub id: String,
    /// The text, isolation marks removed.
    pub texte: String,
    /// `ltr` or `rtl`: that of the locale that actually served it.
    pub direction: String,
    /// Served by the French fallback.
    pub en_francais: bool,
}

/// The flyer's texts for a preview in the app, with the same data as the PDF.
pub fn apercu_affiche(db: &Db, atelier_id: i64, langues: &[String], petits_enfants: bool) -> Resultat<Vec<ApercuAffiche>> {
    let Affiche { i18n, locales, entree, .. } = Affiche::charger(db, atelier_id, langues, petits_enfants)?;
    let catalogue = flyer::languages(&i18n);
    Ok(locales
        .iter()
        .map(|locale| {
            let langue = catalogue.iter().find(|l| &l.locale == locale);
            ApercuAffiche {
                locale: locale.clone(),
                langue: langue.map(|l| l.french_name.clone()).unwrap_or_else(|| locale.clone()),
                direction: langue.map(|l| l.direction.clone()).unwrap_or_else(|| "ltr".into()),
                relue: langue.is_some_and(|l| l.reviewed),
                textes: i18n
                    .format_flyer(locale, &entree.details)
                    .into_iter()
                    .map(|(id, f)| TexteAffiche {
                        id: id.to_owned(),
                        texte: oepre_i18n::strip_isolation(&f.text),
                        direction: f.direction.as_str().to_owned(),
                        en_francais: f.fell_back,
                    })
                    .collect(),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ecrire_refuse_de_sortir_du_dossier_et_ne_laisse_rien_de_partiel() {
        let dir = tempfile::tempdir().unwrap();
        for nom in ["../evasion.pdf", "/tmp/absolu.pdf", "sous/dossier.pdf", "..", ""] {
            assert!(ecrire(dir.path(), nom, b"x").is_err(), "{nom:?} doit être refusé");
        }
        let chemin = ecrire(dir.path(), "attestations-2025-2026.pdf", b"%PDF-1.7").unwrap();
        assert_eq!(std::fs::read(&chemin).unwrap(), b"%PDF-1.7");
        let fichiers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(fichiers, ["attestations-2025-2026.pdf"], "aucun fichier temporaire ne reste");
    }

    #[test]
    fn un_dossier_en_lecture_seule_donne_une_erreur_claire() {
        let err = ecrire(Path::new("/proc/oepre-interdit"), "a.pdf", b"x").unwrap_err();
        assert_eq!(err.code(), crate::CodeErreur::Stockage);
        assert!(err.to_string().starts_with("Impossible d'utiliser"), "{err}");
    }

    #[test]
    fn la_demo_produit_chaque_document() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::ouvrir(&dir.path().join("demo.sqlite")).unwrap();
        crate::demo::ecole::charger(&mut db).unwrap();
        let annee = annee::courante(db.conn()).unwrap().unwrap();
        let ateliers = atelier::lister(db.conn(), annee.id).unwrap();
        let a = ateliers[0].id;
        let seance = crate::domaine::seance::lister(db.conn(), a).unwrap().into_iter().find(|s| !s.annulee).unwrap();
        let jour = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        let demandes = [
            DemandeDocument::Attestations { annee_id: annee.id, atelier_id: None, parent_id: None },
            DemandeDocument::EmargementSeance { seance_id: seance.id },
            DemandeDocument::EmargementMois { atelier_id: a, mois: "2025-10".into() },
            DemandeDocument::EmargementVierge { atelier_id: a },
            DemandeDocument::Inscrits { atelier_id: a, xlsx: true },
            DemandeDocument::Inscrits { atelier_id: a, xlsx: false },
            DemandeDocument::Fiche { parent_id: None },
            DemandeDocument::Affiche { atelier_id: a, langues: vec!["fr".into(), "ar".into()], bilingue: false, petits_enfants: true },
        ];
        for d in &demandes {
            let e = produire_et_ecrire(&db, d, jour, dir.path()).unwrap_or_else(|e| panic!("{d:?} : {e}"));
            let octets = std::fs::read(&e.chemin).unwrap();
            assert_eq!(octets.len() as u64, e.taille);
            let attendu: &[u8] = if e.nom.ends_with(".xlsx") { b"PK" } else { b"%PDF" };
            assert!(octets.starts_with(attendu), "{}", e.nom);
        }
        // The school's logo, placed next to the data file, goes on the flyers.
        let francais = DemandeDocument::Affiche { atelier_id: a, langues: vec!["fr".into()], bilingue: false, petits_enfants: false };
        let a_une_image = |pdf: &[u8]| pdf.windows(6).any(|w| w == b"/Image");
        assert!(!a_une_image(&produire(&db, &demandes[0], jour).unwrap().octets), "sans logo, l'en-tête n'a pas d'image");
        assert!(logo_ecole(&db).is_none());
        assert!(!a_une_image(&produire(&db, &francais, jour).unwrap().octets), "sans logo, pas d'image");
        std::fs::write(dir.path().join("logo.png"), include_bytes!("../../../../src-tauri/icons/icon.png")).unwrap();
        assert!(logo_ecole(&db).is_some());
        assert!(a_une_image(&produire(&db, &francais, jour).unwrap().octets), "le logo est dans l'affiche");
        for en_tete in [&demandes[0], &demandes[1], &demandes[6]] {
            assert!(a_une_image(&produire(&db, en_tete, jour).unwrap().octets), "le logo est dans l'en-tête : {en_tete:?}");
        }
        let affiches = affiches_par_langue(&db, a, &["fr".into(), "ta".into()], true, false, &dir.path().join("affiches")).unwrap();
        assert_eq!(affiches.len(), 2);
        assert!(affiches[1].nom.ends_with("-ta.pdf"), "{}", affiches[1].nom);
        assert!(dans_le_dossier(dir.path(), &affiches[0].chemin).is_ok());
        assert!(dans_le_dossier(&dir.path().join("affiches"), "/etc/passwd").is_err(), "rien hors du dossier des documents");
        let mauvais = DemandeDocument::EmargementMois { atelier_id: a, mois: "octobre".into() };
        assert_eq!(produire(&db, &mauvais, jour).unwrap_err().champs()[0].champ, "mois");
        let apercu = apercu_affiche(&db, a, &["ar".into()], false).unwrap();
        assert_eq!(apercu[0].direction, "rtl");
        assert!(!apercu[0].relue, "l'arabe n'a pas été relu : l'app affiche « traduction à relire »");
        assert!(apercu[0].textes.iter().all(|t| !t.texte.contains('\u{2068}')));
    }
}

//! Review of a flyer translation by a native speaker (an interpreter, a parent, a colleague),
//! without a rebuild.
//!
//! 1. [`exporter`]: a sheet (XLSX) with, per message, the French text, the current translation,
//!    a note on context and length, and an empty « Correction » column; the rendered flyer of
//!    that language is written beside it as PDF.
//! 2. [`preparer_import`]: reads the corrected sheet, builds the school's override file
//!    (`<i18n>/<locale>/flyer.ftl`) with the reviewer's name and date in its header, checks it
//!    with [`verifier`] — the same lint as the shipped files — and returns a before/after
//!    preview. Nothing is written yet.
//! 3. [`ecrire_import`]: writes that file (atomically). The flyer's « traduction à relire » mark
//!    then becomes « Traduction relue par <nom> le <date> ».
//!
//! Bad input (a sheet for another language, a broken variable, a text too long for the page)
//! is refused with a French message naming the row; nothing is written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use oepre_i18n::{message_blocks, message_line, shipped_source, I18n, PICTOGRAM_MESSAGES};
use oepre_pdf::FontSet;
use serde::Serialize;
use ts_rs::TS;

use crate::sorties::flyer::{self, FlyerInput, FlyerOptions};
use crate::commun::fichier;
use crate::{Erreur, ErreurChamp, Resultat};

/// Columns of the sheet, in order.
const COLONNES: [&str; 5] = ["Message", "Français", "Traduction actuelle", "Contexte et longueur", "Correction"];
/// Smallest body size (pt) at which a one-column flyer is still read comfortably (the tallest
/// shipped script, Urdu Nastaliq, fits at 8.5 pt; most languages at 11–13 pt).
const CORPS_MINIMUM: f32 = 8.0;

/// One corrected message, for the before/after preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Changement {
    /// Row of the sheet (1-based, as the spreadsheet shows it).
    pub ligne: u32,
    /// Message id (`quoi-texte`).
    pub message: String,
    /// The translation in use before the import.
    pub avant: String,
    /// The correction.
    pub apres: String,
}

/// A checked import, ready to be written by [`ecrire_import`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Import {
    /// Locale of the sheet.
    pub locale: String,
    /// Who reviewed.
    pub relecteur: String,
    /// When (the import day).
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// The corrected messages (empty when the reviewer approved everything as it was).
    pub changements: Vec<Changement>,
    /// The override file that will be written.
    pub contenu: String,
}

/// The lint of a translation, shared by the tests of the shipped files and the review import:
/// Fluent syntax, messages, variables and plural categories against French
/// ([`I18n::check`]), a glyph for every character ([`FontSet`]), and a flyer that fits one A4
/// page at a readable size. Each problem: the message concerned when known, and a French
/// sentence.
pub fn verifier(i18n: &I18n, locale: &str) -> Vec<(Option<String>, String)> {
    let mut problemes: Vec<(Option<String>, String)> =
        i18n.check(locale).iter().map(|i| (i.message_id.clone(), i.to_string())).collect();
    let fonts = FontSet::get();
    let mut sans_glyphe: Vec<char> = i18n
        .flyer_characters(locale)
        .into_iter()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}'))
        .filter(|c| !fonts.fonts().iter().any(|f| f.has_glyph(*c)))
        .collect();
    sans_glyphe.dedup();
    if !sans_glyphe.is_empty() {
        let liste: Vec<String> = sans_glyphe.iter().map(|c| format!("« {c} » (U+{:04X})", *c as u32)).collect();
        problemes.push((None, format!("caractères sans glyphe dans les polices de l'application : {}", liste.join(", "))));
    }
    let options = FlyerOptions { bilingual: false, logo_png: None };
    match flyer::render(i18n, &FlyerInput::sample(), &[locale.to_owned()], &options) {
        Ok(f) => {
            if let Some(p) = f.pages.first() {
                if p.body_size < CORPS_MINIMUM {
                    problemes.push((
                        None,
                        format!(
                            "l'affiche ne tient sur une page A4 qu'en {} pt (minimum {CORPS_MINIMUM} pt) : des textes sont trop longs",
                            p.body_size
                        ),
                    ));
                }
            }
        }
        Err(e) => problemes.push((None, format!("l'affiche n'a pas pu être produite : {e}"))),
    }
    problemes
}

/// The current text of each message of `locale`: shipped, then the school's override.
fn textes_actuels(dossier_i18n: &Path, locale: &str) -> Resultat<BTreeMap<String, String>> {
    let mut textes: BTreeMap<String, String> = BTreeMap::new();
    if let Some(s) = shipped_source(locale) {
        textes.extend(message_blocks(s));
    }
    let surcharge = dossier_i18n.join(locale).join("flyer.ftl");
    if surcharge.is_file() {
        let s = std::fs::read_to_string(&surcharge).map_err(|e| Erreur::Fichier { chemin: surcharge.clone(), source: e })?;
        textes.extend(message_blocks(&s));
    }
    Ok(textes)
}

fn contexte(id: &str, francais: &str) -> String {
    let n = francais.chars().count();
    if PICTOGRAM_MESSAGES.contains(&id) {
        "Libellé sous un pictogramme : un ou deux mots.".to_owned()
    } else if id.starts_with("jour-") || id.starts_with("mois-") {
        "Nom du jour ou du mois, tel qu'il s'écrit dans une date.".to_owned()
    } else if id.starts_with("format-") || id.starts_with("liste-") {
        "Modèle de date, d'heure ou de liste : garder les variables { $… } telles quelles.".to_owned()
    } else if id == "affiche-titre" {
        format!("Titre de l'affiche et phrase d'accroche (.accroche), en grand : court. Français : {n} caractères.")
    } else if francais.contains("{ $") {
        format!("Garder les variables {{ $… }} telles quelles. Français : {n} caractères ; rester proche.")
    } else {
        format!("Français : {n} caractères ; rester proche de cette longueur.")
    }
}

/// Writes the review sheet of `locale` to `xlsx`, and the flyer of that language (sample
/// atelier) beside it with the same name in `.pdf`. Returns both paths.
pub fn exporter(i18n: &I18n, dossier_i18n: &Path, locale: &str, xlsx: &Path) -> Resultat<(PathBuf, PathBuf)> {
    use rust_xlsxwriter::{Format, FormatBorder, Workbook};
    let langue = i18n
        .language(locale)
        .filter(|_| locale != "fr")
        .ok_or_else(|| Erreur::Validation(vec![ErreurChamp::new("langue", format!("Langue inconnue ou de référence : {locale}"))]))?;
    let francais = message_blocks(shipped_source("fr").unwrap_or_default());
    let actuels = textes_actuels(dossier_i18n, locale)?;

    let interne = |e: rust_xlsxwriter::XlsxError| Erreur::Interne(format!("la feuille de relecture n'a pas pu être produite ({e})"));
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Relecture").map_err(interne)?;
    let gras = Format::new().set_bold();
    let entete = Format::new().set_bold().set_background_color(0xE1E1E1).set_border(FormatBorder::Thin);
    let texte = Format::new().set_text_wrap();
    let correction = Format::new().set_text_wrap().set_background_color(0xFFF7D6).set_border(FormatBorder::Thin);
    ws.write_string_with_format(0, 0, "Langue", &gras).map_err(interne)?;
    ws.write_string_with_format(0, 1, locale, &gras).map_err(interne)?;
    ws.write_string(0, 2, format!("{} ({})", langue.native_name, langue.french_name)).map_err(interne)?;
    ws.write_string(
        1,
        0,
        "Écrivez la traduction corrigée dans la colonne « Correction » ; laissez-la vide quand la traduction actuelle convient. Gardez les variables { $… } et les lignes [one], *[other]… telles quelles.",
    )
    .map_err(interne)?;
    for (c, titre) in COLONNES.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, *titre, &entete).map_err(interne)?;
    }
    for (ligne, (id, fr)) in (3u32..).zip(francais.iter()) {
        let actuel = actuels.get(id).map(String::as_str).unwrap_or("");
        ws.write_string(ligne, 0, id).map_err(interne)?;
        ws.write_string_with_format(ligne, 1, fr, &texte).map_err(interne)?;
        ws.write_string_with_format(ligne, 2, actuel, &texte).map_err(interne)?;
        ws.write_string_with_format(ligne, 3, contexte(id, fr), &texte).map_err(interne)?;
        ws.write_blank(ligne, 4, &correction).map_err(interne)?;
    }
    ws.set_column_width(0, 18).map_err(interne)?;
    for c in [1u16, 2, 4] {
        ws.set_column_width(c, 45).map_err(interne)?;
    }
    ws.set_column_width(3, 30).map_err(interne)?;
    ws.set_freeze_panes(3, 1).map_err(interne)?;
    let octets = wb.save_to_buffer().map_err(interne)?;

    let (dossier, nom) = dossier_et_nom(xlsx)?;
    let chemin_xlsx = fichier::ecrire(&dossier, &nom, &octets)?;
    let options = FlyerOptions { bilingual: false, logo_png: None };
    let f = flyer::render(i18n, &FlyerInput::sample(), &[locale.to_owned()], &options)?;
    let nom_pdf = Path::new(&nom).with_extension("pdf").to_string_lossy().into_owned();
    let chemin_pdf = fichier::ecrire(&dossier, &nom_pdf, &f.pdf)?;
    Ok((chemin_xlsx, chemin_pdf))
}

fn dossier_et_nom(chemin: &Path) -> Resultat<(PathBuf, String)> {
    let nom = chemin
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Erreur::Validation(vec![ErreurChamp::new("fichier", "Nom de fichier attendu.")]))?;
    let dossier = chemin.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_owned();
    Ok((dossier, nom))
}

fn refus(champ: &str, message: impl Into<String>) -> Erreur {
    Erreur::Validation(vec![ErreurChamp::new(champ, message)])
}

/// Reads a corrected sheet and prepares the override file of its language (see the module
/// docs). `attendue`: the language the user chose (a sheet for another one is refused).
pub fn preparer_import(
    dossier_i18n: &Path,
    xlsx: &Path,
    attendue: Option<&str>,
    relecteur: &str,
    date: NaiveDate,
) -> Resultat<Import> {
    use calamine::{Data, Reader};
    let relecteur = relecteur.trim();
    if relecteur.is_empty() || relecteur.contains(['\n', '\r']) {
        return Err(refus("relecteur", "Indiquez le nom de la personne qui a relu (une ligne)."));
    }
    let mut classeur = calamine::open_workbook_auto(xlsx)
        .map_err(|e| refus("fichier", format!("{} : classeur illisible ({e}).", xlsx.display())))?;
    let plage = classeur
        .worksheet_range("Relecture")
        .map_err(|_| refus("fichier", "Ce classeur n'est pas une feuille de relecture d'affiche (onglet « Relecture » absent)."))?;
    let cellule = |l: u32, c: u32| -> String {
        match plage.get_value((l, c)) {
            Some(Data::String(s)) => s.clone(),
            Some(Data::Empty) | None => String::new(),
            Some(autre) => autre.to_string(),
        }
    };
    let locale = cellule(0, 1).trim().to_owned();
    if cellule(0, 0).trim() != "Langue" || locale.is_empty() {
        return Err(refus("ligne 1", "Ligne 1 : la langue de la feuille (« Langue », code) est absente."));
    }
    if let Some(a) = attendue {
        if a != locale {
            return Err(refus("ligne 1", format!("Ligne 1 : cette feuille est pour la langue « {locale} », pas « {a} ».")));
        }
    }
    let francais: BTreeMap<String, String> = message_blocks(shipped_source("fr").unwrap_or_default()).into_iter().collect();
    let actuels = textes_actuels(dossier_i18n, &locale)?;
    if locale == "fr" || (!actuels.contains_key("affiche-titre") && shipped_source(&locale).is_none()) {
        return Err(refus("ligne 1", format!("Ligne 1 : langue inconnue : « {locale} ».")));
    }

    let mut changements = Vec::new();
    let (hauteur, _) = plage.get_size();
    for l in 3..hauteur as u32 {
        let id = cellule(l, 0).trim().to_owned();
        let corr = cellule(l, 4).replace("\r\n", "\n");
        if id.is_empty() && corr.trim().is_empty() {
            continue;
        }
        if !francais.contains_key(&id) {
            return Err(refus(&format!("ligne {}", l + 1), format!("Ligne {} : message inconnu « {id} ».", l + 1)));
        }
        if corr.trim().is_empty() {
            continue;
        }
        let avant = actuels.get(&id).cloned().unwrap_or_default();
        let longueur_fr = francais.get(&id).map_or(0, |f| f.chars().count());
        let plafond = longueur_fr * 3 + 40;
        if corr.trim().chars().count() > plafond {
            return Err(refus(
                &format!("ligne {}", l + 1),
                format!(
                    "Ligne {} : texte trop long pour l'affiche ({} caractères ; au plus {plafond} pour « {id} », le français en a {longueur_fr}).",
                    l + 1,
                    corr.trim().chars().count()
                ),
            ));
        }
        if corr.trim() != avant.trim() {
            changements.push(Changement { ligne: l + 1, message: id, avant, apres: corr.trim().to_owned() });
        }
    }

    // The override: the school's earlier corrections, then these ones, under a new header.
    let langue = I18n::load(Some(dossier_i18n)).language(&locale).cloned();
    let mut messages: BTreeMap<String, String> = BTreeMap::new();
    let surcharge = dossier_i18n.join(&locale).join("flyer.ftl");
    if surcharge.is_file() {
        let s = std::fs::read_to_string(&surcharge).map_err(|e| Erreur::Fichier { chemin: surcharge.clone(), source: e })?;
        messages.extend(message_blocks(&s));
    }
    for c in &changements {
        messages.insert(c.message.clone(), c.apres.clone());
    }
    let (nom, nom_fr, sens) = match &langue {
        Some(l) => (l.native_name.clone(), l.french_name.clone(), l.direction.as_str().to_owned()),
        None => (locale.clone(), locale.clone(), "ltr".to_owned()),
    };
    let mut contenu = format!(
        "# Ateliers OEPRE — corrections de l'école pour l'affiche.\n# langue: {nom}\n# langue-fr: {nom_fr}\n# locale: {locale}\n# direction: {sens}\n# relu-par-locuteur-natif: oui\n# relu-par: {relecteur}\n# relu-le: {}\n#\n# Écrit par l'application (Affiches › Faire relire, ou « oepre flyer review import ») : les\n# messages ci-dessous remplacent ceux livrés ; les autres ont été approuvés tels quels.\n\n",
        date.format("%Y-%m-%d")
    );
    let ordre: Vec<String> = message_blocks(shipped_source("fr").unwrap_or_default()).into_iter().map(|(i, _)| i).collect();
    for id in &ordre {
        if let Some(t) = messages.get(id) {
            contenu.push_str(&message_line(id, t));
            contenu.push('\n');
        }
    }

    // Lint the result as it will be loaded, in a scratch copy of the override folder.
    let essai = charger_brouillon(&locale, &contenu)?;
    let mut erreurs: Vec<ErreurChamp> = Vec::new();
    for p in essai.problems() {
        // The file is written by us: a syntax error comes from a correction (line of the file →
        // its message).
        let id = p.line.and_then(|n| message_au_numero(&contenu, n));
        let ligne = id.and_then(|id| changements.iter().find(|c| c.message == id)).map(|c| c.ligne);
        match ligne {
            Some(l) => erreurs.push(ErreurChamp::new(&format!("ligne {l}"), format!("Ligne {l} : {}", p.message))),
            None => erreurs.push(ErreurChamp::new("feuille", p.message.clone())),
        }
    }
    for (id, p) in verifier(&essai, &locale) {
        let ligne = id.and_then(|id| changements.iter().find(|c| c.message == id)).map(|c| c.ligne);
        // A too long page: the longest correction is named.
        let ligne = ligne.or_else(|| {
            p.contains("trop longs")
                .then(|| changements.iter().max_by_key(|c| c.apres.chars().count()).map(|c| c.ligne))
                .flatten()
        });
        match ligne {
            Some(l) => erreurs.push(ErreurChamp::new(&format!("ligne {l}"), format!("Ligne {l} : {p}"))),
            None => erreurs.push(ErreurChamp::new("feuille", p)),
        }
    }
    if !erreurs.is_empty() {
        return Err(Erreur::Validation(erreurs));
    }
    Ok(Import { locale, relecteur: relecteur.to_owned(), date, changements, contenu })
}

/// The catalogue with `contenu` as the only override of `locale`, loaded from a scratch folder
/// (removed afterwards).
fn charger_brouillon(locale: &str, contenu: &str) -> Resultat<I18n> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let racine = std::env::temp_dir().join(format!("oepre-relecture-{}-{stamp}", std::process::id()));
    let dossier = racine.join(locale);
    let resultat = std::fs::create_dir_all(&dossier)
        .and_then(|()| std::fs::write(dossier.join("flyer.ftl"), contenu))
        .map(|()| I18n::load(Some(&racine)))
        .map_err(|e| Erreur::Fichier { chemin: dossier.clone(), source: e });
    let _ = std::fs::remove_dir_all(&racine);
    resultat
}

/// The id of the message written at line `n` (1-based) of a `.ftl` source.
fn message_au_numero(source: &str, n: usize) -> Option<String> {
    source
        .lines()
        .take(n)
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && l.contains('='))
        .last()
        .and_then(|l| l.split_once('=').map(|(i, _)| i.trim().to_owned()))
}

/// Writes the override file prepared by [`preparer_import`]; returns its path.
pub fn ecrire_import(dossier_i18n: &Path, import: &Import) -> Resultat<PathBuf> {
    let dossier = dossier_i18n.join(&import.locale);
    std::fs::create_dir_all(&dossier).map_err(|e| Erreur::Fichier { chemin: dossier.clone(), source: e })?;
    fichier::ecrire(&dossier, "flyer.ftl", import.contenu.as_bytes())
}

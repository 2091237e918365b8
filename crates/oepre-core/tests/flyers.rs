//! Flyers in every language: glyph coverage, PDF checks with poppler and qpdf, right-to-left
//! layout, French fallback, override folder, data from the base.
//!
//! Needs Debian `qpdf` and `poppler-utils`. `OEPRE_FLYER_KEEP=<dir>` keeps every PDF written
//! (to render them with `pdftoppm -png -r 50` and look at them).

use std::path::{Path, PathBuf};
use std::process::Command;

use oepre_core::sorties::flyer::{self, FlyerInput, FlyerOptions, I18n};
use oepre_core::{domaine::atelier, demo, Db};
use oepre_pdf::FontSet;

const MAX_BYTES: usize = 60_000;

struct Out {
    dir: PathBuf,
    _tmp: Option<tempfile::TempDir>,
}

fn out_dir(name: &str) -> Out {
    match std::env::var_os("OEPRE_FLYER_KEEP").filter(|v| !v.is_empty()) {
        Some(d) => {
            let dir = PathBuf::from(d).join(name);
            std::fs::create_dir_all(&dir).unwrap();
            Out { dir, _tmp: None }
        }
        None => {
            let tmp = tempfile::tempdir().unwrap();
            Out { dir: tmp.path().to_owned(), _tmp: Some(tmp) }
        }
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn run(cmd: &str, args: &[&str], file: &Path) -> (bool, String) {
    let out = Command::new(cmd)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} introuvable ({e}) : installez qpdf et poppler-utils"));
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

fn pdftotext(file: &Path, extra: &[&str]) -> String {
    let out = Command::new("pdftotext").args(extra).arg(file).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Without the bidi embedding marks poppler may add, whitespace collapsed.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c) && !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn all_locales(i18n: &I18n) -> Vec<String> {
    i18n.languages().into_iter().map(|l| l.tag).collect()
}

/// `qpdf --check`, `pdffonts` (all embedded and subset), `pdfinfo` (one A4 page), size.
fn check_pdf(path: &Path, what: &str) {
    let (ok, out) = run("qpdf", &["--check"], path);
    assert!(ok, "{what}: qpdf --check\n{out}");
    let (ok, out) = run("pdffonts", &[], path);
    assert!(ok, "{what}: pdffonts\n{out}");
    let fonts: Vec<&str> = out.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert!(!fonts.is_empty(), "{what}: no font\n{out}");
    for l in fonts {
        let t: Vec<&str> = l.split_whitespace().collect();
        assert!(t.len() >= 6, "{what}: {l}");
        assert_eq!((t[t.len() - 5], t[t.len() - 4]), ("yes", "yes"), "{what}: font not embedded+subset: {l}");
    }
    let (ok, out) = run("pdfinfo", &[], path);
    assert!(ok, "{what}: pdfinfo\n{out}");
    assert!(out.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 1")), "{what}: one page\n{out}");
    assert!(out.contains("595.") && out.contains("841.") && out.contains("(A4)"), "{what}: A4\n{out}");
    let size = std::fs::metadata(path).unwrap().len() as usize;
    assert!(size <= MAX_BYTES, "{what}: {size} bytes > 60 kB");
}

#[test]
fn every_character_of_every_flyer_has_a_glyph() {
    let i18n = I18n::shipped();
    let fonts = FontSet::get();
    // What the layout adds itself: pictogram values, footer (French), room placeholder.
    let extra: Vec<char> = "0 € – — · Ateliers OEPRE Affiche en et français Traduction à relire relue par un locuteur natif Certains textes sont (absente)"
        .chars()
        .collect();
    let mut missing = Vec::new();
    for lang in i18n.languages() {
        let mut chars = i18n.flyer_characters(&lang.tag);
        chars.extend(lang.native_name.chars());
        chars.extend(lang.french_name.chars());
        chars.extend(extra.iter().copied());
        for c in chars {
            // Bidi controls are consumed by the bidi algorithm and never drawn.
            if matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}') {
                continue;
            }
            if !fonts.fonts().iter().any(|f| f.has_glyph(c)) {
                missing.push(format!("{} U+{:04X} {c}", lang.tag, c as u32));
            }
        }
    }
    assert!(missing.is_empty(), "no glyph (tofu) for: {missing:#?}");
}

#[test]
fn every_locale_gives_a_valid_one_page_a4_pdf_under_60_kb() {
    let i18n = I18n::shipped();
    let input = FlyerInput::sample();
    let out = out_dir("flyers");
    let mut done = 0;
    for tag in all_locales(&i18n) {
        for bilingual in [false, true] {
            if bilingual && tag == "fr" {
                continue;
            }
            let opts = FlyerOptions { bilingual, logo_png: None };
            let f = flyer::render(&i18n, &input, std::slice::from_ref(&tag), &opts).unwrap();
            assert_eq!(f.pages.len(), 1);
            let page = &f.pages[0];
            assert_eq!(page.reviewed, tag == "fr", "{tag}: only French is reviewed in the shipped files");
            assert!(page.fallbacks.is_empty(), "{tag}: {:?}", page.fallbacks);
            let name = format!("flyer-{tag}{}.pdf", if bilingual { "-bilingue" } else { "" });
            let path = write(&out.dir, &name, &f.pdf);
            check_pdf(&path, &name);
            let text = plain(&pdftotext(&path, &[]));
            if tag != "fr" {
                assert!(text.contains("Traduction à relire par un locuteur natif"), "{name}: review mark\n{text}");
            } else {
                assert!(!text.contains("relire"), "French is the reference");
            }
            done += 1;
        }
    }
    assert!(done >= 75, "38+ locales: French alone, the others plain and bilingual");
}

#[test]
fn french_flyer_has_school_name_and_times_from_the_base() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::ouvrir(&dir.path().join("oepre.sqlite")).unwrap();
    demo::charger(&mut db).unwrap();
    let a = atelier::trouver(db.conn(), "Atelier du mardi et jeudi").unwrap();
    let input = FlyerInput::from_db(db.conn(), &a, false).unwrap();
    let school = input.details.school.clone();
    assert!(!school.is_empty());
    assert_eq!(input.details.room, "104", "« Salle 104 » without repeating « salle »");
    let i18n = I18n::shipped();
    let f = flyer::render(&i18n, &input, &["fr".to_owned()], &FlyerOptions::default()).unwrap();
    let out = out_dir("base");
    let path = write(&out.dir, "flyer-fr.pdf", &f.pdf);
    let text = plain(&pdftotext(&path, &["-layout"]));
    assert!(text.contains(&plain(&school)), "school name « {school} » in\n{text}");
    assert!(text.contains("de 14 h à 16 h"), "times in\n{text}");
    assert!(text.contains("mardi et jeudi"), "{text}");
    assert!(text.contains("salle 104"), "{text}");
    assert!(text.contains("120 heures"), "{text}");
    assert!(text.contains("ne peuvent pas être accueillis"), "toddlers: no by default\n{text}");
    // The first séance of the demo (not the atelier's first day when they differ).
    let first = oepre_core::domaine::seance::lister(db.conn(), a.id).unwrap().into_iter().find(|s| !s.annulee).unwrap();
    assert_eq!(input.details.first_session, first.date);
}

#[test]
fn arabic_title_is_extracted_in_logical_order_and_laid_out_right_to_left() {
    let i18n = I18n::shipped();
    let f = flyer::render(&i18n, &FlyerInput::sample(), &["ar".to_owned()], &FlyerOptions::default()).unwrap();
    assert_eq!(f.pages[0].direction, "rtl");
    let out = out_dir("ar");
    let path = write(&out.dir, "flyer-ar.pdf", &f.pdf);
    let text = plain(&pdftotext(&path, &["-layout"]));
    let title = plain(&oepre_i18n::strip_isolation(&i18n.format("ar", "affiche-titre", None).unwrap().text));
    assert!(text.contains(&title), "« {title} » in\n{text}");
    // Latin and digits inside Arabic keep their order.
    assert!(text.contains("oepre@ecole-exemple.fr"), "{text}");
    assert!(text.contains("01 23 45 67 89"), "{text}");
    assert!(text.contains("14:00") && text.contains("16:30"), "{text}");
    // Blocks are right-aligned: the heading of "what" ends at the right margin.
    let words = bbox_words(&path);
    let heading = plain(&i18n.format("ar", "quoi-titre", None).unwrap().text);
    let first_word = heading.split(' ').next().unwrap();
    // `pdftotext -bbox` gives RTL words in visual order (characters reversed).
    let visual: String = first_word.chars().rev().collect();
    let w = words.iter().find(|w| w.text == visual).unwrap_or_else(|| panic!("{first_word} not in bbox output"));
    let right_edge_pt = (210.0 - 12.0) * 72.0 / 25.4;
    assert!(right_edge_pt - w.x_max < 12.0, "Arabic heading starts at the right: {w:?}");
}

#[derive(Debug)]
struct Word {
    text: String,
    x_min: f32,
    x_max: f32,
    y_min: f32,
}

fn bbox_words(path: &Path) -> Vec<Word> {
    let html = pdftotext(path, &["-bbox"]);
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .map(|l| {
            let text = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            Word {
                text: text.replace("&amp;", "&").replace("&apos;", "'").replace("&#39;", "'"),
                x_min: attr(l, "xMin"),
                x_max: attr(l, "xMax"),
                y_min: attr(l, "yMin"),
            }
        })
        .collect()
}

#[test]
fn french_fallback_inside_an_arabic_flyer_is_laid_out_left_to_right() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("ar")).unwrap();
    // A variable that does not exist: the message cannot be formatted in Arabic → French.
    std::fs::write(dir.path().join("ar/flyer.ftl"), "quoi-texte = برنامج { $variable_inconnue }\n").unwrap();
    let i18n = I18n::load(Some(dir.path()));
    assert!(i18n.problems().is_empty(), "{:?}", i18n.problems());
    let f = flyer::render(&i18n, &FlyerInput::sample(), &["ar".to_owned()], &FlyerOptions::default()).unwrap();
    assert_eq!(f.pages[0].fallbacks, ["quoi-texte"]);
    let out = out_dir("fallback");
    let path = write(&out.dir, "flyer-ar-fallback.pdf", &f.pdf);
    let text = plain(&pdftotext(&path, &["-layout"]));
    assert!(text.contains("Certains textes sont en français"), "footer says so\n{text}");
    let words = bbox_words(&path);
    let seq = ["Un", "programme", "des", "ministères"];
    let i = words
        .windows(seq.len())
        .position(|w| w.iter().zip(seq).all(|(a, b)| a.text == b))
        .unwrap_or_else(|| panic!("French words in order not found"));
    let fr = &words[i..i + seq.len()];
    for pair in fr.windows(2) {
        assert!(pair[0].x_max <= pair[1].x_min, "left to right: {pair:?}");
        assert_eq!(pair[0].y_min, pair[1].y_min);
    }
    // Starts at the left edge of the text column (margin 12 mm + inset 3.2 mm), not at the right.
    let left_pt = (12.0 + 3.2) * 72.0 / 25.4;
    assert!((fr[0].x_min - left_pt).abs() < 3.0, "French paragraph starts at the left: {:?}", fr[0]);
    // Arabic paragraphs around it stay right-aligned.
    let gratuit = plain(&i18n.format("ar", "quoi-gratuit", None).unwrap().text);
    let first: String = gratuit.split(' ').next().unwrap().chars().rev().collect();
    let w = words.iter().find(|w| w.text == first).unwrap();
    let right_pt = (210.0 - 12.0 - 3.2) * 72.0 / 25.4;
    assert!((right_pt - w.x_max).abs() < 3.0, "Arabic starts at the right: {w:?}");
}

#[test]
fn override_folder_changes_the_text_and_a_broken_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fr")).unwrap();
    std::fs::write(dir.path().join("fr/flyer.ftl"), "quoi-gratuit = C'est entièrement gratuit, pour toute la famille.\n").unwrap();
    std::fs::create_dir_all(dir.path().join("es")).unwrap();
    std::fs::write(dir.path().join("es/flyer.ftl"), "# langue: español\nquoi-titre = ¿Qué es?\nroto = { $\n").unwrap();
    let i18n = I18n::load(Some(dir.path()));
    let problems = i18n.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].locale, "es");
    assert_eq!(problems[0].line, Some(3), "{}", problems[0]);
    let f = flyer::render(&i18n, &FlyerInput::sample(), &["fr".to_owned(), "es".to_owned()], &FlyerOptions::default()).unwrap();
    assert_eq!(f.pages.len(), 2);
    let out = out_dir("override");
    let path = write(&out.dir, "flyer-fr-es.pdf", &f.pdf);
    let text = plain(&pdftotext(&path, &["-layout"]));
    assert!(text.contains("C'est entièrement gratuit, pour toute la famille."), "{text}");
    let shipped_es = plain(&I18n::shipped().format("es", "quoi-titre", None).unwrap().text);
    assert!(text.contains(&shipped_es), "broken Spanish override ignored, shipped text kept: {shipped_es}");
    let shipped = flyer::render(&I18n::shipped(), &FlyerInput::sample(), &["fr".to_owned()], &FlyerOptions::default()).unwrap();
    assert!(!plain(&pdftotext(&write(&out.dir, "flyer-fr-shipped.pdf", &shipped.pdf), &[])).contains("entièrement"));
}

#[test]
fn bilingual_page_puts_the_parents_language_on_its_reading_side() {
    let i18n = I18n::shipped();
    let opts = FlyerOptions { bilingual: true, logo_png: None };
    let f = flyer::render(&i18n, &FlyerInput::sample(), &["ar".to_owned(), "tr".to_owned()], &opts).unwrap();
    assert_eq!(f.pages.len(), 2);
    assert!(f.pages.iter().all(|p| p.bilingual));
    let out = out_dir("bilingue");
    let path = write(&out.dir, "flyer-ar-tr-bilingue.pdf", &f.pdf);
    let (ok, info) = run("pdfinfo", &[], &path);
    assert!(ok && info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 2")), "{info}");
    let words = bbox_words(&path);
    let page_mid = 105.0 * 72.0 / 25.4;
    // French "Qu'est-ce" heading: left column beside Arabic, right column beside Turkish.
    let fr: Vec<&Word> = words.iter().filter(|w| w.text == "Qu'est-ce").collect();
    assert_eq!(fr.len(), 2, "French heading on both pages");
    assert!(fr[0].x_max < page_mid, "Arabic page: French on the left {:?}", fr[0]);
    assert!(fr[1].x_min > page_mid, "Turkish page: French on the right {:?}", fr[1]);
    let text = plain(&pdftotext(&path, &[]));
    assert!(text.contains("Affiche en arabe") && text.contains("et en français"), "{text}");
}

#[test]
fn logo_is_printed_when_given() {
    let logo = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../oepre-pdf/tests/data/logo.png")).unwrap();
    let i18n = I18n::shipped();
    let opts = FlyerOptions { bilingual: false, logo_png: Some(logo) };
    let f = flyer::render(&i18n, &FlyerInput::sample(), &["fr".to_owned(), "ar".to_owned()], &opts).unwrap();
    let out = out_dir("logo");
    let path = write(&out.dir, "flyer-logo.pdf", &f.pdf);
    let (ok, list) = run("pdfimages", &["-list"], &path);
    assert!(ok, "{list}");
    assert_eq!(list.lines().skip(2).filter(|l| !l.trim().is_empty()).count(), 2, "one logo per page\n{list}");
    let (ok, out) = run("qpdf", &["--check"], &path);
    assert!(ok, "{out}");
}

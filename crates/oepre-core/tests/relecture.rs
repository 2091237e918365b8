//! Review round trip of a flyer translation: export the sheet, edit it as a reviewer would (a
//! spreadsheet library writes a modified copy), import it, and read the override file and the
//! flyer PDF back.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader};
use chrono::NaiveDate;
use oepre_core::sorties::flyer::{self, FlyerInput, FlyerOptions, I18n};
use oepre_core::{sorties::relecture, Erreur};

/// Copies the sheet, putting `corrections` (message id → text) in the « Correction » column.
fn corriger(source: &Path, dest: &Path, corrections: &[(&str, &str)]) {
    let mut wb = calamine::open_workbook_auto(source).unwrap();
    let plage = wb.worksheet_range("Relecture").unwrap();
    let voulues: BTreeMap<&str, &str> = corrections.iter().copied().collect();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name("Relecture").unwrap();
    for (l, ligne) in plage.rows().enumerate() {
        for (c, v) in ligne.iter().enumerate() {
            if let Data::String(s) = v {
                ws.write_string(l as u32, c as u16, s).unwrap();
            }
        }
        if let Some(Data::String(id)) = ligne.first() {
            if let Some(t) = voulues.get(id.as_str()) {
                ws.write_string(l as u32, 4, *t).unwrap();
            }
        }
    }
    out.save(dest).unwrap();
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext").args(["-layout"]).arg(pdf).arg("-").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn aller_retour(locale: &str, message: &str, correction: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let i18n_dir = tmp.path().join("i18n");
    std::fs::create_dir_all(&i18n_dir).unwrap();
    let i18n = I18n::load(Some(&i18n_dir));
    let feuille = tmp.path().join(format!("relecture-{locale}.xlsx"));
    let (xlsx, pdf) = relecture::exporter(&i18n, &i18n_dir, locale, &feuille).unwrap();
    assert!(xlsx.is_file() && pdf.is_file());
    assert!(pdftotext(&pdf).contains("Traduction à relire"), "the exported flyer is the current one");

    // What the reviewer sees: French, the current text, context, an empty correction.
    let mut wb = calamine::open_workbook_auto(&xlsx).unwrap();
    let plage = wb.worksheet_range("Relecture").unwrap();
    assert_eq!(plage.get_value((0, 1)), Some(&Data::String(locale.to_owned())));
    let ligne = plage.rows().find(|r| r.first() == Some(&Data::String(message.to_owned()))).expect("row of the message");
    assert!(matches!(&ligne[1], Data::String(s) if !s.is_empty()), "French text");
    assert!(matches!(&ligne[2], Data::String(s) if !s.is_empty() && s != correction), "current text");
    assert!(matches!(&ligne[3], Data::String(s) if s.contains("caractères") || s.contains("Libellé")));
    assert!(matches!(&ligne[4], Data::Empty));

    let corrigee = tmp.path().join("corrigee.xlsx");
    corriger(&xlsx, &corrigee, &[(message, correction)]);
    let jour = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let import = relecture::preparer_import(&i18n_dir, &corrigee, Some(locale), "Amina Haddad", jour).unwrap();
    assert_eq!(import.changements.len(), 1);
    assert_eq!(import.changements[0].apres, correction);
    assert!(!i18n_dir.join(locale).exists(), "nothing written before confirmation");
    let fichier = relecture::ecrire_import(&i18n_dir, &import).unwrap();
    let contenu = std::fs::read_to_string(&fichier).unwrap();
    assert!(contenu.contains("# relu-par-locuteur-natif: oui\n# relu-par: Amina Haddad\n# relu-le: 2026-12-05\n"), "{contenu}");
    assert!(contenu.contains(&format!("\n{message} = {correction}\n")), "{contenu}");

    let i18n = I18n::load(Some(&i18n_dir));
    assert!(i18n.problems().is_empty(), "{:?}", i18n.problems());
    assert_eq!(oepre_i18n_text(&i18n, locale, message), correction);
    let f = flyer::render(&i18n, &FlyerInput::sample(), &[locale.to_owned()], &FlyerOptions { bilingual: false, logo_png: None }).unwrap();
    assert!(f.pages[0].reviewed);
    let out = tmp.path().join("affiche.pdf");
    std::fs::write(&out, &f.pdf).unwrap();
    let texte = pdftotext(&out);
    assert!(texte.contains("Traduction relue par Amina Haddad le 05/12/2026"), "{texte}");
    assert!(!texte.contains("à relire"), "{texte}");
    assert!(relecture::verifier(&i18n, locale).is_empty());
}

fn oepre_i18n_text(i18n: &I18n, locale: &str, id: &str) -> String {
    oepre_i18n::strip_isolation(&i18n.format(locale, id, None).unwrap().text)
}

#[test]
fn round_trip_right_to_left_arabic() {
    aller_retour("ar", "quoi-titre", "ما هذا البرنامج؟");
}

#[test]
fn round_trip_latin_spanish() {
    aller_retour("es", "quoi-gratuit", "Es totalmente gratuito.");
}

fn erreur_de(r: Result<relecture::Import, Erreur>) -> String {
    match r {
        Err(Erreur::Validation(v)) => v.iter().map(|e| format!("{}: {}", e.champ, e.message)).collect::<Vec<_>>().join(" | "),
        autre => panic!("refusal expected, got {autre:?}"),
    }
}

#[test]
fn bad_sheets_are_refused_naming_the_row_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let i18n_dir = tmp.path().join("i18n");
    std::fs::create_dir_all(&i18n_dir).unwrap();
    let i18n = I18n::load(Some(&i18n_dir));
    let (xlsx, _) = relecture::exporter(&i18n, &i18n_dir, "pt", &tmp.path().join("pt.xlsx")).unwrap();
    let jour = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let ligne_de = |id: &str| {
        let mut wb = calamine::open_workbook_auto(&xlsx).unwrap();
        let plage = wb.worksheet_range("Relecture").unwrap();
        plage.rows().position(|r| r.first() == Some(&Data::String(id.to_owned()))).unwrap() + 1
    };

    // A sheet for another language.
    let m = erreur_de(relecture::preparer_import(&i18n_dir, &xlsx, Some("ar"), "X", jour));
    assert!(m.contains("Ligne 1") && m.contains("« pt »"), "{m}");

    // A broken variable.
    let f = tmp.path().join("variable.xlsx");
    corriger(&xlsx, &f, &[("pratique-lieu", "Onde: { $escola }, sala { $salle }")]);
    let m = erreur_de(relecture::preparer_import(&i18n_dir, &f, Some("pt"), "X", jour));
    assert!(m.contains(&format!("Ligne {}", ligne_de("pratique-lieu"))), "{m}");

    // Broken syntax.
    let f = tmp.path().join("syntaxe.xlsx");
    corriger(&xlsx, &f, &[("quoi-texte", "Um programa { $ecole")]);
    let m = erreur_de(relecture::preparer_import(&i18n_dir, &f, Some("pt"), "X", jour));
    assert!(m.contains(&format!("Ligne {}", ligne_de("quoi-texte"))), "{m}");

    // A text far too long for its place.
    let long = "Uma frase muito longa que não cabe na página. ".repeat(60);
    let f = tmp.path().join("longo.xlsx");
    corriger(&xlsx, &f, &[("inscription-texte", long.trim())]);
    let m = erreur_de(relecture::preparer_import(&i18n_dir, &f, Some("pt"), "X", jour));
    assert!(m.contains(&format!("Ligne {}", ligne_de("inscription-texte"))) && m.contains("trop long"), "{m}");

    // No reviewer name.
    let m = erreur_de(relecture::preparer_import(&i18n_dir, &xlsx, Some("pt"), "  ", jour));
    assert!(m.contains("relu"), "{m}");

    assert_eq!(std::fs::read_dir(&i18n_dir).unwrap().count(), 0, "nothing written");
}

#[test]
fn every_shipped_translation_passes_the_review_lint() {
    let i18n = I18n::shipped();
    for l in i18n.languages() {
        assert_eq!(relecture::verifier(&i18n, &l.tag), Vec::<(Option<String>, String)>::new(), "{}", l.tag);
    }
}

//! The CLI contract of `oepre flyer`, on a demo file.

use std::path::Path;
use std::process::{Command, Output};

fn oepre(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(db).args(args).output().unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = oepre(db, args);
    assert!(out.status.success(), "{args:?} : {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().find_map(|l| l.strip_prefix("Pages:")).map(|n| n.trim().parse().unwrap()).unwrap()
}

#[test]
fn one_file_one_page_per_language_or_one_file_per_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    ok(&db, &["demo"]);

    let out = dir.path().join("affiche.pdf");
    let texte = ok(&db, &["flyer", "--atelier", "Atelier du mardi et jeudi", "--lang", "fr,ar,ta", "--out", out.to_str().unwrap()]);
    assert!(texte.contains("3 page(s)"), "{texte}");
    assert!(texte.contains("ar : traduction à relire"), "{texte}");
    assert_eq!(pages(&out), 3);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().contains(".tmp-")).collect();
    assert!(leftovers.is_empty(), "no temporary file left");

    let bilingue = dir.path().join("bilingue.pdf");
    ok(&db, &["flyer", "--atelier", "1", "--lang", "ur", "--bilingue", "--petits-enfants", "--out", bilingue.to_str().unwrap()]);
    assert_eq!(pages(&bilingue), 1);

    let dossier = dir.path().join("affiches");
    let texte = ok(&db, &["flyer", "--atelier", "Atelier du mardi et jeudi", "--lang", "all", "--out-dir", dossier.to_str().unwrap()]);
    let mut noms: Vec<String> = std::fs::read_dir(&dossier).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    noms.sort();
    assert!(noms.len() >= 38, "{noms:?}");
    assert!(noms.contains(&"flyer-atelier-du-mardi-et-jeudi-zh-Hans.pdf".to_owned()), "{noms:?}");
    assert!(noms.iter().all(|n| n.starts_with("flyer-atelier-du-mardi-et-jeudi-") && n.ends_with(".pdf")));
    assert!(texte.lines().count() >= 38);
    for n in &noms {
        assert_eq!(pages(&dossier.join(n)), 1, "{n}");
    }
}

#[test]
fn list_langs_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("vide.sqlite");
    let texte = ok(&db, &["flyer", "--list-langs"]);
    let fr = texte.lines().next().unwrap();
    assert!(fr.starts_with("fr ") && fr.contains("ltr") && fr.contains("relue"), "{fr}");
    assert!(texte.lines().any(|l| l.starts_with("ar ") && l.contains("rtl") && l.contains("à relire")), "{texte}");

    let v: serde_json::Value = serde_json::from_str(&ok(&db, &["flyer", "--list-langs", "--json"])).unwrap();
    let langs = v.as_array().unwrap();
    assert!(langs.len() >= 38);
    let ur = langs.iter().find(|l| l["locale"] == "ur").unwrap();
    assert_eq!(ur["direction"], "rtl");
    assert_eq!(ur["reviewed"], false);
    assert!(ur["name"].as_str().unwrap().chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)));

    // A language added by the school appears; a broken file is reported with its line.
    let i18n = dir.path().join("i18n");
    std::fs::create_dir_all(i18n.join("kab")).unwrap();
    std::fs::write(i18n.join("kab/flyer.ftl"), "# langue: taqbaylit\n# langue-fr: kabyle\n# direction: ltr\n# relu-par-locuteur-natif: oui\naffiche-titre = Ldi aɣerbaz\n").unwrap();
    std::fs::create_dir_all(i18n.join("tr")).unwrap();
    std::fs::write(i18n.join("tr/flyer.ftl"), "affiche-titre = Tamam\nbozuk = { $\n").unwrap();
    let out = oepre(&db, &["flyer", "--list-langs"]);
    let texte = String::from_utf8(out.stdout).unwrap();
    let erreurs = String::from_utf8(out.stderr).unwrap();
    assert!(texte.lines().any(|l| l.starts_with("kab ") && l.contains("relue") && l.contains("ajoutée")), "{texte}");
    assert!(erreurs.contains("ligne 2"), "{erreurs}");
}

#[test]
fn usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    ok(&db, &["demo"]);
    let out = oepre(&db, &["flyer", "--atelier", "1", "--lang", "xx", "--out", dir.path().join("x.pdf").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Langue inconnue : xx"));
    let out = oepre(&db, &["flyer", "--atelier", "1", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2), "--out or --out-dir is required");
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn review_export_then_import_marks_the_language_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    ok(&db, &["demo"]);
    let xlsx = dir.path().join("relecture-ta.xlsx");
    ok(&db, &["flyer", "review", "export", "--lang", "ta", "--out", xlsx.to_str().unwrap()]);
    assert!(xlsx.is_file() && dir.path().join("relecture-ta.pdf").is_file());
    // A sheet for another language changes nothing.
    let out = oepre(&db, &["flyer", "review", "import", xlsx.to_str().unwrap(), "--by", "R. Kumar", "--lang", "ar"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Ligne 1"));
    assert!(!dir.path().join("i18n/ta").exists());
    // Approved as it is.
    let texte = ok(&db, &["flyer", "review", "import", xlsx.to_str().unwrap(), "--by", "R. Kumar", "--lang", "ta"]);
    assert!(texte.contains("0 correction(s) ; traduction relue par R. Kumar"), "{texte}");
    let ftl = std::fs::read_to_string(dir.path().join("i18n/ta/flyer.ftl")).unwrap();
    assert!(ftl.contains("# relu-par: R. Kumar\n"), "{ftl}");
    let langs = ok(&db, &["flyer", "--list-langs"]);
    assert!(langs.lines().any(|l| l.starts_with("ta ") && l.contains("relue") && !l.contains("à relire")), "{langs}");
}

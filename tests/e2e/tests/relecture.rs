//! « Faire relire » (issue 15): the secretary prepares the review sheet of the Arabic flyer from
//! Affiches, a reviewer corrects one message in a spreadsheet (a spreadsheet library writes the
//! corrected copy), a sheet read back as the wrong language is refused naming its row with
//! nothing written, then the right one shows its before/after and is saved: the language loses
//! its « traduction à relire » badge and the next Arabic flyer says who reviewed it.

use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader};
use oepre_e2e::{attendre_que, Pilote, DELAI_MIN};

const CORRECTION: &str = "ما هذا البرنامج؟";

/// Writes `dest`: the sheet of `source` with `correction` in the « Correction » column of `message`.
fn corriger(source: &Path, dest: &Path, message: &str, correction: &str) {
    let mut wb = calamine::open_workbook_auto(source).expect("feuille de relecture lisible");
    let plage = wb.worksheet_range("Relecture").expect("onglet Relecture");
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name("Relecture").unwrap();
    let mut trouve = false;
    for (l, ligne) in plage.rows().enumerate() {
        for (c, v) in ligne.iter().enumerate() {
            if let Data::String(s) = v {
                ws.write_string(l as u32, c as u16, s).unwrap();
            }
        }
        if ligne.first() == Some(&Data::String(message.to_owned())) {
            ws.write_string(l as u32, 4, correction).unwrap();
            trouve = true;
        }
    }
    assert!(trouve, "la feuille a une ligne pour {message}");
    out.save(dest).unwrap();
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn faire_relire_l_arabe_depuis_les_affiches() {
    let documents = tempfile::tempdir().expect("dossier des documents");
    let pilote = Pilote::demarrer_avec(&[("OEPRE_DOCUMENTS", documents.path().as_os_str())]);
    let base = pilote.base_demo();
    let donnees = base.parent().unwrap().to_path_buf();
    let surcharge = donnees.join("i18n/ar/flyer.ftl");

    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-affiches");
    app.attendre("#champ-relecture-langue", DELAI_MIN);
    app.choisir("#champ-relecture-langue", "ar");
    assert_eq!(app.texte("#etat-relecture"), "Traduction à relire par un locuteur natif");
    app.cliquer("#preparer-relecture");
    app.attendre("#resultat-relecture", DELAI_MIN);
    let xlsx = documents.path().join("relecture-ar.xlsx");
    let pdf = documents.path().join("relecture-ar.pdf");
    assert!(xlsx.is_file() && pdf.is_file(), "feuille et affiche dans le dossier des documents");
    assert!(pdftotext(&pdf).contains("Traduction à relire"), "l'affiche jointe est l'actuelle");
    assert_eq!(app.valeur("#champ-relecture-chemin"), xlsx.display().to_string(), "le chemin de la feuille est proposé");

    // The reviewer's corrected copy, in another folder (as it comes back on a USB key).
    let retour = tempfile::tempdir().unwrap();
    let corrigee = retour.path().join("relecture-ar corrigée.xlsx");
    corriger(&xlsx, &corrigee, "quoi-titre", CORRECTION);
    app.saisir("#champ-relecture-chemin", corrigee.to_str().unwrap());
    app.saisir("#champ-relecture-relecteur", "Samira Benali");

    // Read back as Spanish: refused with its row named; nothing written.
    app.choisir("#champ-relecture-langue", "es");
    app.saisir("#champ-relecture-chemin", corrigee.to_str().unwrap());
    app.cliquer("#verifier-relecture");
    app.attendre("#erreur-relecture", DELAI_MIN);
    let refus = app.texte("#erreur-relecture");
    assert!(refus.contains("Ligne 1 : cette feuille est pour la langue « ar », pas « es »"), "{refus}");
    assert!(!surcharge.exists() && !donnees.join("i18n/es").exists(), "rien n'est écrit");

    app.choisir("#champ-relecture-langue", "ar");
    app.saisir("#champ-relecture-chemin", corrigee.to_str().unwrap());
    app.cliquer("#verifier-relecture");
    app.attendre("#apercu-relecture", DELAI_MIN);
    let apercu = app.texte("#changements-relecture");
    assert!(apercu.contains(CORRECTION), "{apercu}");
    assert!(!surcharge.exists(), "l'aperçu n'écrit rien");
    app.capture("affiches-relecture-apercu");

    app.cliquer("#enregistrer-relecture");
    app.attendre("#relecture-enregistree", DELAI_MIN);
    let fait = app.texte("#relecture-enregistree");
    assert!(fait.contains("Traduction relue par Samira Benali le "), "{fait}");
    let contenu = std::fs::read_to_string(&surcharge).expect("traduction de l'école écrite");
    assert!(contenu.contains("# relu-par: Samira Benali\n"), "{contenu}");
    assert!(contenu.contains(&format!("\nquoi-titre = {CORRECTION}\n")), "{contenu}");
    attendre_que("le badge « à relire » de l'arabe disparaît", DELAI_MIN, || (!app.existe("#badge-ar")).then_some(()));
    app.capture("affiches-relecture-enregistree");

    // The next Arabic flyer carries the correction and who reviewed it.
    app.cliquer("#langue-ar");
    app.attendre("#affiche-ar", DELAI_MIN);
    app.cliquer("#creer-par-langue");
    app.attendre("#resultat-affiche", DELAI_MIN);
    let affiche = std::fs::read_dir(documents.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("flyer-") || n.starts_with("affiche-")))
        .expect("affiche arabe écrite");
    let texte = pdftotext(&affiche);
    assert!(texte.contains("Traduction relue par Samira Benali le"), "{texte}");
    assert!(!texte.contains("à relire"), "{texte}");
}

//! Issue 18, « folders chosen, not typed »: « Choisir… » beside each folder field opens the
//! system's folder chooser from Rust (and beside a file field, its file chooser). A native dialog
//! cannot be driven through WebDriver, so the app is started with `OEPRE_TEST_DOSSIER_CHOISI` and
//! `OEPRE_TEST_FICHIER_CHOISI` (src-tauri/src/dialogue.rs): the chooser answers with that path at
//! once. Each screen must fill its field with it and use it — Documents writes the fiche there,
//! Données backs up there, Consolidation académique lists the bilans found there, the list of
//! parents chosen is previewed — and the académie folder is offered again when the app is reopened.

use std::path::Path;
use std::time::Duration;

use oepre_e2e::{attendre_que, cli, Pilote, Session, DELAI_MIN};

fn aller(app: &Session, rubrique: &str) {
    app.cliquer(&format!("#nav-{rubrique}"));
    app.attendre(&format!("#nav-{rubrique}[aria-current='page']"), DELAI_MIN);
}

fn fichiers(dossier: &Path, prefixe: &str, suffixe: &str) -> Vec<String> {
    std::fs::read_dir(dossier)
        .map(|l| l.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|n| n.starts_with(prefixe) && n.ends_with(suffixe)).collect())
        .unwrap_or_default()
}

#[test]
fn choisir_un_dossier_le_remplit_et_l_utilise() {
    let defaut = tempfile::tempdir().expect("dossier des documents par défaut");
    let racine = tempfile::tempdir().expect("dossier choisi");
    let choisi = racine.path().join("Clé USB");
    std::fs::create_dir_all(&choisi).unwrap();
    let choisi_texte = choisi.to_str().unwrap().to_owned();
    let liste = choisi.join("inscrits-2024-2025.csv");
    std::fs::write(&liste, "Nom;Prénom;Année de naissance;Sexe\nMeziane;Nadia;1987;F\nOuattara;Issa;1983;M\n").unwrap();
    let pilote = Pilote::demarrer_avec(&[
        ("OEPRE_DOCUMENTS", defaut.path().as_os_str()),
        ("OEPRE_TEST_DOSSIER_CHOISI", choisi.as_os_str()),
        ("OEPRE_TEST_FICHIER_CHOISI", liste.as_os_str()),
    ]);
    let base = pilote.base_demo();
    cli(&base, &["bilan", "export", "--year", "2025-2026", "--out-dir", choisi.to_str().unwrap()]);
    assert_eq!(fichiers(&choisi, "bilan-", ".json").len(), 1);

    let app = pilote.ouvrir_app(&base);
    app.attendre_appel_pret();

    // Documents: the folder chosen is used at once, the next document is written there.
    aller(&app, "documents");
    app.cliquer("#choisir-dossier");
    app.attendre("#dossier-enregistre", DELAI_MIN);
    assert_eq!(app.texte("#dossier-documents"), choisi_texte);
    assert_eq!(app.valeur("#champ-dossier"), choisi_texte);
    app.capture("dossier-documents-choisi");
    app.cliquer("#creer-fiche");
    app.attendre("#resultat-fiche", Duration::from_secs(30));
    assert_eq!(fichiers(&choisi, "fiche", ".pdf").len(), 1, "la fiche est écrite dans le dossier choisi");
    assert!(fichiers(defaut.path(), "fiche", ".pdf").is_empty());

    // Données: the backups folder chosen is saved, the next backup goes there.
    aller(&app, "donnees");
    app.cliquer("#choisir-dossier-sauvegardes");
    app.attendre("#reglages-enregistres", DELAI_MIN);
    assert_eq!(app.texte("#dossier-sauvegardes"), choisi_texte);
    assert_eq!(app.valeur("#champ-dossier"), choisi_texte);
    app.cliquer("#sauvegarder-maintenant");
    app.attendre("#message-sauvegardes", DELAI_MIN);
    attendre_que("une sauvegarde dans le dossier choisi", DELAI_MIN, || (!fichiers(&choisi, "oepre-", ".sqlite").is_empty()).then_some(()));
    app.capture("dossier-sauvegardes-choisi");

    // Consolidation académique: the folder chosen is read at once.
    aller(&app, "academie");
    assert_eq!(app.valeur("#champ-dossier"), "", "nothing read yet");
    app.cliquer("#choisir-dossier-bilans");
    app.attendre("#tableau-fichiers", DELAI_MIN);
    assert_eq!(app.valeur("#champ-dossier"), choisi_texte);
    assert!(app.texte("#resume-fichiers").starts_with("1 bilan retenu"), "{}", app.texte("#resume-fichiers"));
    app.capture("dossier-bilans-choisi");

    // Parents → Importer une liste: the file chosen is previewed at once.
    aller(&app, "parents");
    app.cliquer("#importer-liste");
    app.cliquer("#choisir-fichier-liste");
    app.attendre("#titre-apercu", DELAI_MIN);
    assert_eq!(app.valeur("#champ-chemin"), liste.to_str().unwrap());
    assert_eq!(app.valeur("#colonne-nom"), "0", "la colonne « Nom » est reconnue");
    app.capture("fichier-liste-choisi");
    drop(app);

    // Reopened: the académie folder last read is offered again.
    let app = pilote.ouvrir_app(&base);
    app.attendre_appel_pret();
    aller(&app, "academie");
    attendre_que("le dernier dossier des bilans proposé", DELAI_MIN, || (app.valeur("#champ-dossier") == choisi_texte).then_some(()));
}

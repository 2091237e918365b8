//! Issue 8 in the app, end to end: who is using the PC, a backup restored over a change, a
//! damaged data file replaced by its latest good backup, and an encrypted file that asks for
//! its passphrase at start-up.

use std::path::{Path, PathBuf};
use std::time::Duration;

use oepre_e2e::{cli, Pilote, Session};

const DELAI: Duration = oepre_e2e::DELAI_MIN;

fn nom_en_base(base: &Path) -> String {
    let e: serde_json::Value = serde_json::from_str(&cli(base, &["etablissement", "show", "--json"])).expect("JSON");
    e["nom"].as_str().unwrap_or_default().to_owned()
}

fn aller(app: &Session, rubrique: &str) {
    app.cliquer(&format!("#nav-{rubrique}"));
    app.attendre(&format!("#nav-{rubrique}[aria-current='page']"), DELAI);
}

/// The backups of `base` (newest first) as the CLI lists them: path and school name.
fn sauvegardes(base: &Path) -> Vec<(PathBuf, String)> {
    let liste: serde_json::Value = serde_json::from_str(&cli(base, &["backups", "list", "--json"])).expect("JSON");
    liste
        .as_array()
        .expect("liste")
        .iter()
        .map(|s| {
            let nom = s["resume"]["etablissement"].as_str().unwrap_or_default().to_owned();
            (PathBuf::from(s["chemin"].as_str().expect("chemin")), nom)
        })
        .collect()
}

/// Waits until the text of `css` is `attendu` (screens fill in after their data arrive).
fn attendre_texte(app: &Session, css: &str, attendu: &str) {
    oepre_e2e::attendre_que(&format!("« {css} » affiche « {attendu} »"), DELAI, || (app.texte(css) == attendu).then_some(()));
}

#[test]
fn choisir_son_nom_sauvegarder_modifier_restaurer() {
    // No OEPRE_QUI: the question is asked, as on a real shared PC.
    let pilote = Pilote::demarrer_avec(&[("OEPRE_QUI", "".as_ref())]);
    let base = pilote.dossier.path().join("donnees/oepre.sqlite");
    {
        let app = pilote.ouvrir_app(&base);
        app.attendre("#qui-utilise", DELAI);
        assert!(!app.existe("nav"), "rien d'autre avant de savoir qui utilise l'application");
        assert!(!app.existe("#qui-nom-0"), "premier démarrage : aucun nom connu");
        app.saisir("#champ-qui", "Amina Diallo");
        app.cliquer("#qui-continuer");
        app.taille_fenetre(1366, 768);
        app.cliquer("#accueil-demo");
        // The example school opens on the roll call, with a word that it was loaded.
        app.attendre_appel_pret();
        let annonce = app.texte("#annonce");
        assert!(annonce.starts_with("L'établissement d'exemple « ") && annonce.contains("est chargé"), "{annonce}");
        let focus = app.script("return document.activeElement && document.activeElement.id", serde_json::json!([]));
        assert_eq!(focus, "annonce", "la confirmation a le focus");
        app.capture("accueil-exemple-charge");
        assert_eq!(app.texte("#entete-qui"), "Amina Diallo");
        aller(&app, "etablissement");
        assert!(!app.existe("#annonce"), "la confirmation ne suit pas sur l'écran suivant");
        app.attendre("#champ-nom", DELAI);
        let nom_demo = app.valeur("#champ-nom");
        assert!(!nom_demo.is_empty());
        assert!(annonce.contains(&nom_demo), "{annonce}");

        // A backup on demand, listed at the top with its summary.
        aller(&app, "donnees");
        app.cliquer("#sauvegarder-maintenant");
        let message = app.texte("#message-sauvegardes");
        assert!(message.starts_with("Sauvegarde faite"), "{message}");
        let ligne = app.texte("#liste-sauvegardes tbody tr:first-child");
        assert!(ligne.contains(&nom_demo) && ligne.contains("2025-2026") && ligne.contains("parents"), "{ligne}");
        let faite = sauvegardes(&base)[0].0.clone();
        app.capture("sauvegardes-liste");

        // Change a datum after the backup.
        aller(&app, "etablissement");
        app.attendre("#champ-nom", DELAI);
        app.saisir("#champ-nom", "Collège renommé après la sauvegarde");
        app.cliquer("#enregistrer-etablissement");
        app.attendre("#message-enregistre", DELAI);
        assert_eq!(nom_en_base(&base), "Collège renommé après la sauvegarde");

        // Restore it: a confirmation first, then the old datum is back.
        aller(&app, "donnees");
        app.attendre("#liste-sauvegardes", DELAI);
        let ligne = app.script(
            "return [...document.querySelectorAll('#liste-sauvegardes tbody tr')].findIndex(tr => tr.dataset.chemin === arguments[0]);",
            serde_json::json!([faite.display().to_string()]),
        );
        let i = ligne.as_i64().expect("index");
        assert!(i >= 0, "la sauvegarde faite est listée");
        app.cliquer(&format!("#restaurer-{i}"));
        let question = app.texte("#confirmation-restauration");
        assert!(question.contains("d'abord sauvegardées"), "{question}");
        app.capture("sauvegardes-confirmation");
        app.cliquer("#confirmer-restauration");
        let message = app.texte("#message-sauvegardes");
        assert!(message.contains("sont rétablies"), "{message}");
        assert_eq!(nom_en_base(&base), nom_demo, "le fichier restauré est bien celui de la sauvegarde");
        attendre_texte(&app, "#entete-etablissement", &nom_demo);
        aller(&app, "etablissement");
        app.attendre("#champ-nom", DELAI);
        assert_eq!(app.valeur("#champ-nom"), nom_demo, "l'application continue sur les données restaurées");
        // The replaced data were backed up first.
        let liste = sauvegardes(&base);
        assert!(liste.iter().any(|(_, nom)| nom == "Collège renommé après la sauvegarde"), "{liste:?}");
    }

    // Next start: the name is one click away.
    let app = pilote.ouvrir_app(&base);
    app.attendre("#qui-nom-0", DELAI);
    assert_eq!(app.texte("#qui-nom-0"), "Amina Diallo");
    app.capture("qui-utilise");
    app.cliquer("#qui-nom-0");
    app.attendre("#nav-appel[aria-current='page']", DELAI);
    assert_eq!(app.texte("#entete-qui"), "Amina Diallo");
}

#[test]
fn fichier_endommage_restaurer_la_derniere_sauvegarde() {
    let pilote = Pilote::demarrer();
    let base = pilote.dossier.path().join("donnees/oepre.sqlite");
    cli(&base, &["demo"]);
    cli(&base, &["backup"]);
    let nom_demo = nom_en_base(&base);
    // Damage the file: whole pages overwritten, as a failing disk would.
    let mut octets = std::fs::read(&base).expect("base");
    let page = usize::from(u16::from_be_bytes([octets[16], octets[17]]));
    let pages = octets.len() / page;
    for p in (3..pages.min(40)).step_by(3) {
        octets[p * page + 8..(p + 1) * page - 8].fill(0xA5);
    }
    std::fs::write(&base, &octets).expect("écriture");

    let app = pilote.ouvrir_app(&base);
    app.attendre("#base-endommagee", DELAI);
    let page_texte = app.texte("#base-endommagee");
    assert!(page_texte.contains("n'a pas été modifié"), "{page_texte}");
    assert_eq!(std::fs::read(&base).expect("base"), octets, "le fichier endommagé n'est pas touché à l'ouverture");
    let bouton = app.texte("#restaurer-proposee");
    assert!(bouton.starts_with("Restaurer la sauvegarde du "), "{bouton}");
    app.capture("fichier-endommage");
    app.cliquer("#restaurer-proposee");
    app.cliquer("#confirmer-restaurer");
    app.attendre("#nav-appel[aria-current='page']", DELAI);
    attendre_texte(&app, "#entete-etablissement", &nom_demo);
    aller(&app, "parents");
    assert!(app.existe("nav"), "l'application est utilisable");
    assert_eq!(nom_en_base(&base), nom_demo);
    app.capture("fichier-endommage-restaure");
}

#[test]
fn chiffrer_redemarrer_la_phrase_secrete_est_demandee() {
    // The wait after three wrong tries lasts 15 s instead of 2: long enough to be seen running
    // on any machine (the test then waits for its end).
    let pilote = Pilote::demarrer_avec(&[("OEPRE_TEST_ATTENTE_PHRASE", "15".as_ref())]);
    let base = pilote.dossier.path().join("donnees/oepre.sqlite");
    cli(&base, &["demo"]);
    let nom_demo = nom_en_base(&base);
    {
        let app = pilote.ouvrir_app(&base);
        app.attendre("#nav-appel[aria-current='page']", DELAI);
        aller(&app, "donnees");
        assert!(app.texte("#etat-chiffrement").starts_with("Données non chiffrées."));
        app.saisir("#champ-phrase-nouvelle", "le chat dort au soleil");
        app.saisir("#champ-phrase-confirmation", "le chat dort au soleil");
        app.cliquer("#champ-phrase-compris");
        app.capture("chiffrement-avant");
        app.cliquer("#chiffrement-definir");
        let message = app.texte("#message-chiffrement");
        assert!(message.contains("maintenant chiffrées"), "{message}");
        assert!(app.texte("#etat-chiffrement").starts_with("Données chiffrées."));
        let entete = std::fs::read(&base).expect("base");
        assert_ne!(&entete[..16], b"SQLite format 3\0", "le fichier n'est plus lisible sans la phrase");
        // The app goes on with the encrypted file.
        aller(&app, "etablissement");
        app.attendre("#champ-nom", DELAI);
        assert_eq!(app.valeur("#champ-nom"), nom_demo);
    }

    let app = pilote.ouvrir_app(&base);
    app.attendre("#champ-phrase", DELAI);
    assert!(!app.existe("nav"));
    app.saisir("#champ-phrase", "le chien dort");
    app.cliquer("#phrase-ouvrir");
    let erreur = app.texte("#erreur-phrase");
    assert!(erreur.contains("ne permet pas d'ouvrir"), "{erreur}");
    assert_eq!(app.valeur("#champ-phrase"), "", "la phrase saisie n'est pas gardée dans le champ");
    app.capture("phrase-secrete-incorrecte");
    // Two more wrong tries: the core now imposes a wait, the button waits with it.
    for essai in ["le chien dort", "le chat dort"] {
        app.attendre("#phrase-ouvrir:not([disabled])", DELAI);
        app.saisir("#champ-phrase", essai);
        app.cliquer("#phrase-ouvrir");
        // Refused: the error is back and the button no longer busy.
        oepre_e2e::attendre_que("l'essai est refusé", DELAI, || {
            let fini = app.script("return document.getElementById('phrase-ouvrir').getAttribute('aria-busy')", serde_json::json!([]));
            (fini == "false" && app.existe("#erreur-phrase")).then_some(())
        });
    }
    let attente = app.texte("#phrase-attente");
    assert!(attente.contains("attendez"), "{attente}");
    app.capture("phrase-secrete-attente");
    oepre_e2e::attendre_que("l'attente finit", DELAI, || (!app.existe("#phrase-attente")).then_some(()));
    app.saisir("#champ-phrase", "le chat dort au soleil");
    app.cliquer("#phrase-ouvrir");
    app.attendre("#nav-appel[aria-current='page']", DELAI);
    attendre_texte(&app, "#entete-etablissement", &nom_demo);
    aller(&app, "donnees");
    assert!(app.texte("#etat-chiffrement").starts_with("Données chiffrées."));
}

#[test]
fn changer_de_pc_exporter_puis_importer() {
    let documents = tempfile::tempdir().expect("documents");
    let pilote = Pilote::demarrer_avec(&[("OEPRE_DOCUMENTS", documents.path().as_os_str())]);
    let ancien = pilote.dossier.path().join("ancien/oepre.sqlite");
    let nouveau = pilote.dossier.path().join("nouveau/oepre.sqlite");
    cli(&ancien, &["demo"]);
    let nom_demo = nom_en_base(&ancien);

    // The old PC: one file into the documents folder.
    let export = {
        let app = pilote.ouvrir_app(&ancien);
        app.attendre("#nav-appel[aria-current='page']", DELAI);
        aller(&app, "donnees");
        app.cliquer("#exporter-donnees");
        let message = app.texte("#message-export");
        assert!(message.contains(&documents.path().display().to_string()), "{message}");
        let fichiers: Vec<PathBuf> = std::fs::read_dir(documents.path()).expect("documents").map(|e| e.expect("entrée").path()).collect();
        assert_eq!(fichiers.len(), 1, "un seul fichier : {fichiers:?}");
        fichiers[0].clone()
    };

    // The new PC, started empty: a file that is not an export is refused, the export is imported.
    let app = pilote.ouvrir_app(&nouveau);
    app.cliquer("#accueil-vide");
    app.attendre("#champ-nom", DELAI);
    aller(&app, "donnees");
    let intrus = pilote.dossier.path().join("notes.sqlite");
    std::fs::write(&intrus, "Liste des parents à appeler\n").expect("intrus");
    app.saisir("#champ-import-chemin", &intrus.display().to_string());
    app.cliquer("#verifier-import");
    let refus = app.texte("#erreur-import");
    assert!(refus.contains("n'est pas une base de données Ateliers OEPRE"), "{refus}");
    assert!(!app.existe("#confirmer-import"));

    app.saisir("#champ-import-chemin", &export.display().to_string());
    app.cliquer("#verifier-import");
    let contenu = app.texte("#contenu-import");
    assert!(contenu.contains(&nom_demo) && contenu.contains("2025-2026"), "{contenu}");
    assert_eq!(nom_en_base(&nouveau), "", "rien n'est importé avant la confirmation");
    app.script("document.getElementById('confirmation-import').scrollIntoView({block: 'center'});", serde_json::json!([]));
    app.capture("changer-de-pc-import");
    app.cliquer("#confirmer-import");
    let message = app.texte("#message-sauvegardes");
    assert!(message.contains("importées"), "{message}");
    attendre_texte(&app, "#entete-etablissement", &nom_demo);
    assert_eq!(nom_en_base(&nouveau), nom_demo);
    aller(&app, "parents");
    assert!(app.existe("nav"));
}

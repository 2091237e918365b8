//! Issue "a secretary imports last year's spreadsheet": the demo school, a CSV of last year's
//! parents (one already in the base, one repeated, one row without a name), then in the app:
//! Parents → Importer une liste → path → preview (error with its line, nothing importable) →
//! fixed file → preview (duplicates flagged) → Importer: the CLI reads the new parents back.
//! Also the names in other scripts drawn with the app's own fonts, a search in Arabic script
//! and the fiche of a parent.

use std::time::Duration;

use oepre_e2e::{attendre_que, cli, Pilote, DELAI_MIN};

#[test]
fn importer_la_liste_de_l_an_dernier_puis_chercher() {
    let pilote = Pilote::demarrer();
    let dossier = pilote.dossier.path().join("donnees");
    std::fs::create_dir_all(&dossier).unwrap();
    let base = dossier.join("oepre.sqlite");
    cli(&base, &["demo"]);

    let faux = dossier.join("inscrits-faux.csv");
    std::fs::write(&faux, "Nom;Prénom;Année de naissance\n;Karim;1979\nBenali;Karim;1979\n").unwrap();
    let bon = dossier.join("inscrits-2024-2025.csv");
    std::fs::write(
        &bon,
        "Nom;Prénom;Année de naissance;Sexe\nMeziane;Nadia;1987;F\nOuattara;Issa;1983;M\nMeziane;Nadia;1987;F\nHaddad;Samira;1986;F\n",
    )
    .unwrap();
    let avant = cli(&base, &["parents", "list", "--json"]);
    assert!(!avant.contains("Meziane"));

    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-parents");
    app.attendre("#liste-parents", Duration::from_secs(15));
    // Tamil, Bengali, Ge'ez and Arabic names are drawn with the fonts the app ships
    // (ui/src/app.css), whether the PC has such fonts or not (this one has none for the first
    // three): each face is read once a name needs it.
    let polices = || {
        let v = app.script(
            "return [...document.fonts].filter(f => f.family.replace(/\"/g, '') === 'OEPRE Écritures' && f.status === 'loaded').map(f => f.unicodeRange.toUpperCase()).join(' ')",
            serde_json::json!([]),
        );
        v.as_str().unwrap_or_default().to_owned()
    };
    attendre_que("les polices des noms (tamoul, bengali, guèze, arabe)", DELAI_MIN, || {
        let p = polices();
        ["U+B80", "U+980", "U+1200", "U+600"].iter().all(|debut| p.contains(debut)).then_some(())
    });
    app.script("[...document.querySelectorAll('#liste-parents tr')].find(t => t.textContent.includes('இராமநாதன்'))?.scrollIntoView({block: 'center'});", serde_json::json!([]));
    app.capture("parents-ecritures");
    app.saisir("#recherche-parents", "محمد");
    app.attendre("#lien-parent-13", Duration::from_secs(5));
    assert!(app.texte("#liste-parents").contains("Al-Ali Mohammed"));
    app.capture("parents-recherche-arabe");
    app.cliquer("#lien-parent-13");
    app.attendre("#form-parent", Duration::from_secs(10));
    assert_eq!(app.valeur("#champ-nom"), "العلي");
    assert!(app.texte("#table-inscriptions").contains('%'), "taux d'assiduité affiché");
    app.capture("parents-fiche");

    app.cliquer("#nav-parents");
    app.cliquer("#importer-liste");
    app.attendre("#champ-chemin", Duration::from_secs(10));
    app.saisir("#champ-chemin", faux.to_str().unwrap());
    app.cliquer("#previsualiser-import");
    app.attendre("#erreurs-import", Duration::from_secs(10));
    let erreurs = app.texte("#erreurs-import");
    assert!(erreurs.contains("Ligne 2"), "l'erreur cite sa ligne : {erreurs}");
    assert_eq!(app.script("return document.getElementById('importer').disabled;", serde_json::json!([])), true);
    app.capture("import-erreurs");

    app.saisir("#champ-chemin", bon.to_str().unwrap());
    app.cliquer("#previsualiser-import");
    app.attendre("#doublons-import", Duration::from_secs(10));
    assert_eq!(app.valeur("#colonne-nom"), "0", "la colonne « Nom » est reconnue");
    app.capture("import-apercu");
    app.cliquer("#importer");
    let resultat = app.texte("#resultat-import");
    assert!(resultat.contains("2 nouvelle(s) fiche(s)"), "{resultat}");
    app.capture("import-termine");

    let apres = cli(&base, &["parents", "list", "--cherche", "meziane", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&apres).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(1), "une seule fiche pour la ligne répétée : {apres}");
}

/// Issue 14, the parents' path: on a demo parent's fiche, « Parcours »: who referred her (CASNAV),
/// two expectations and her own words, saved; the orientation of her enrolment (ASL) saved as
/// soon as chosen; the CLI reads it back; the bilan JSON counts it, without the free text.
#[test]
fn parcours_d_un_parent_saisi_sur_la_fiche_et_compte_dans_le_bilan() {
    let pilote = Pilote::demarrer();
    let base = pilote.base_demo();
    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-parents");
    app.attendre("#liste-parents", Duration::from_secs(15));
    app.cliquer("#lien-parent-13");
    app.attendre("#form-parcours", Duration::from_secs(10));
    app.choisir("#champ-prescripteur", "casnav");
    for attente in ["lire_ecrire", "aider_enfant", "valeurs"] {
        let coche = app.script(&format!("return document.getElementById('attente-{attente}').checked;"), serde_json::json!([]));
        if coche != serde_json::json!(attente != "valeurs") {
            app.cliquer(&format!("#attente-{attente}"));
        }
    }
    app.saisir("#champ-attentes_precision", "Comprendre le carnet de liaison de Yanisso");
    app.cliquer("#enregistrer-parcours");
    oepre_e2e::attendre_que("« enregistrées »", Duration::from_secs(10), || app.texte("#message-parcours").contains("enregistrées").then_some(()));
    let select = app.script("return document.querySelector('#tableau-suite select').id;", serde_json::json!([]));
    let select = format!("#{}", select.as_str().unwrap());
    app.choisir(&select, "asl");
    oepre_e2e::attendre_que("orientation enregistrée", Duration::from_secs(10), || {
        app.texte("#message-parcours").contains("Orientation en fin d'atelier enregistrée").then_some(())
    });
    app.script("document.getElementById('parcours-parent').scrollIntoView({block: 'start'});", serde_json::json!([]));
    app.capture("parents-parcours");

    let montre = cli(&base, &["parents", "show", "13"]);
    assert!(montre.contains("Orienté·e vers l'atelier par : CASNAV"), "{montre}");
    assert!(montre.contains("Lire et écrire le français") && montre.contains("Aider mon enfant") && !montre.contains("valeurs de la République"), "{montre}");
    assert!(montre.contains("orientation : Atelier sociolinguistique (ASL)"), "{montre}");
    let bilan = cli(&base, &["bilan", "show", "--year", "2025-2026", "--json"]);
    assert!(!bilan.contains("Yanisso"), "le texte libre ne sort pas dans le bilan");
    let b: serde_json::Value = serde_json::from_str(&bilan).unwrap();
    let asl = b["ecole"]["parents"]["orientations"].as_array().unwrap().iter().find(|c| c["code"] == "asl").unwrap()["nombre"].clone();
    assert_eq!(asl, 1, "l'orientation choisie sur la fiche est comptée");

    // The Bilan « Chiffres » tab shows the counts.
    app.cliquer("#nav-bilan");
    app.attendre("#onglet-chiffres", Duration::from_secs(15));
    app.cliquer("#onglet-chiffres");
    app.attendre("#tableau-orientations", Duration::from_secs(15));
    assert!(app.texte("#tableau-orientations").contains("Atelier sociolinguistique (ASL)"));
    app.script("document.getElementById('parcours-parents').scrollIntoView({block: 'start'});", serde_json::json!([]));
    app.capture("bilan-parcours-parents");
}

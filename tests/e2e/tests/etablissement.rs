//! Issue 2, end to end: first start, an invalid UAI refused next to its field with nothing
//! saved, a valid one saved, and the values there again after a restart.

use std::time::Duration;

use oepre_e2e::{cli, Pilote};

fn etablissement_en_base(base: &std::path::Path) -> serde_json::Value {
    serde_json::from_str(&cli(base, &["etablissement", "show", "--json"])).expect("JSON")
}

#[test]
fn saisir_l_etablissement_le_retrouver_apres_redemarrage() {
    let pilote = Pilote::demarrer();
    let base = pilote.dossier.path().join("donnees/oepre.sqlite");

    {
        let app = pilote.ouvrir_app(&base);
        // First start on an empty file: the welcome offers demo data or an empty start.
        app.cliquer("#accueil-vide");
        app.attendre("#champ-nom", Duration::from_secs(10));
        app.saisir("#champ-nom", "École élémentaire Jules Ferry");
        app.choisir("#champ-type_etablissement", "ecole");
        app.saisir("#champ-uai", "0310036X");
        app.saisir("#champ-adresse", "3 place du Capitole");
        app.saisir("#champ-code_postal", "31000");
        app.saisir("#champ-commune", "Toulouse");
        app.choisir("#champ-academie", "Toulouse");
        app.choisir("#champ-chef_titre", "directrice");
        app.saisir("#champ-chef_nom", "Sophie Martin");
        app.cliquer("#enregistrer-etablissement");

        let erreur = app.texte("#erreur-uai");
        assert!(erreur.contains("lettre"), "le message doit expliquer la lettre de contrôle : {erreur}");
        assert!(etablissement_en_base(&base).is_null(), "rien ne doit être enregistré tant que l'UAI est faux");
        app.capture("etablissement-uai-invalide");

        app.saisir("#champ-uai", "0310036W");
        app.cliquer("#enregistrer-etablissement");
        let ok = app.texte("#message-enregistre");
        assert!(ok.contains("enregistré"), "{ok}");
        assert!(!app.existe("#erreur-uai"), "l'erreur disparaît une fois corrigée");
        let e = etablissement_en_base(&base);
        assert_eq!(e["uai"], "0310036W");
        assert_eq!(e["zone"], "C", "Toulouse est en zone C : la zone est proposée d'après l'académie");
        assert_eq!(e["commune"], "Toulouse");
        app.capture("etablissement-enregistre");
    }

    // Quit and relaunch on the same file: no welcome screen, the app opens on the roll call,
    // and the Établissement screen shows the saved values.
    let app = pilote.ouvrir_app(&base);
    app.attendre("#nav-appel[aria-current='page']", Duration::from_secs(20));
    app.cliquer("#nav-etablissement");
    app.attendre("#champ-uai", Duration::from_secs(20));
    assert_eq!(app.valeur("#champ-uai"), "0310036W");
    assert_eq!(app.valeur("#champ-nom"), "École élémentaire Jules Ferry");
    assert_eq!(app.valeur("#champ-commune"), "Toulouse");
    assert!(!app.existe("#accueil-vide"), "l'accueil ne revient pas une fois le choix fait");
    app.capture("etablissement-apres-redemarrage");
}

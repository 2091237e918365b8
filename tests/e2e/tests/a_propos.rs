//! « À propos »: from the navigation, the screen shows the version, the data file in use (here
//! a folder whose name has a space and accents), the help, and the licences of the embedded
//! fonts and of the shipped libraries (generated list, well over a hundred entries).

use std::time::Duration;

use oepre_e2e::{cli, Pilote};

const DELAI: Duration = Duration::from_secs(20);

#[test]
fn a_propos_montre_version_fichier_aide_et_licences() {
    let pilote = Pilote::demarrer();
    let donnees = pilote.dossier.path().join("Données école");
    std::fs::create_dir_all(&donnees).unwrap();
    let base = donnees.join("oepre.sqlite");
    cli(&base, &["demo"]);

    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-a-propos");
    app.attendre("#version-app", DELAI);
    assert_eq!(app.texte("#titre-page"), "À propos");
    assert_eq!(app.texte("#version-app"), env!("CARGO_PKG_VERSION"));
    assert_eq!(app.texte("#fichier-donnees"), base.display().to_string());
    assert!(app.existe("#ouvrir-dossier-donnees"), "le bouton qui ouvre le dossier des données");
    assert!(app.texte("#aide-hors-ligne").contains("Sauvegarder, changer de poste"));
    let polices = app.texte("#licences-polices");
    assert!(polices.contains("Noto Sans") && polices.contains("OFL-1.1") && polices.contains("Apache-2.0"), "{polices}");
    let resume = app.texte("#resume-bibliotheques");
    let nombre: usize = resume
        .trim_start_matches("Bibliothèques logicielles (")
        .trim_end_matches(')')
        .parse()
        .unwrap_or_else(|_| panic!("nombre de bibliothèques illisible : {resume}"));
    assert!(nombre > 100, "{resume}");
    app.capture("a-propos");

    // The technical log: the app's own use cases, one line each, no parent's name.
    app.cliquer("#copier-journal-technique");
    app.attendre("#journal-technique-copie", DELAI);
    let log = std::fs::read_to_string(donnees.join("journal-technique/oepre.log")).expect("journal technique de l'application");
    assert!(log.contains("programme=\"app\""), "{log}");
    assert!(log.contains("cas=\"a_propos_lire\" resultat=\"ok\""), "{log}");
    assert!(!log.contains("Diallo") && !log.contains("Données école"), "{log}");
}

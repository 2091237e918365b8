//! Issue "from an empty year to a full calendar of séances": a school and its year prepared with
//! the CLI, then in the app: Ateliers → Nouvel atelier → two weekly slots → « Aperçu du
//! calendrier » (skipped dates with their reason, nothing written) → « Créer les séances » → the
//! atelier's page shows the same number of séances as the CLI reads back. A second atelier goes
//! through the same path, and the list shows both with their hours.

use std::time::Duration;

use oepre_e2e::{cli, Pilote, Session};
use serde_json::{json, Value};

fn seances_en_base(base: &std::path::Path, atelier: &str) -> Value {
    serde_json::from_str(&cli(base, &["seances", "--atelier", atelier, "--json"])).expect("JSON")
}

/// The first integer in a text ("58 au total, dont 58 programmées" → 58).
fn premier_nombre(texte: &str) -> i64 {
    let chiffres: String = texte.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
    chiffres.parse().unwrap_or_else(|_| panic!("pas de nombre dans « {texte} »"))
}

/// Fills the new-atelier form with two slots (day numbers: 1 = lundi … 5 = vendredi).
/// `2025-10-07` → `07/10/2025`.
fn date_fr(iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    format!("{}/{}/{}", p[2], p[1], p[0])
}

fn remplir_atelier(app: &Session, nom: &str, premier: &str, dernier: &str, heures: &str, creneaux: [(&str, &str, &str); 2]) {
    app.attendre("#champ-nom", Duration::from_secs(10));
    app.saisir("#champ-nom", nom);
    // Dates typed the French way, as a secretary does (JJ/MM/AAAA).
    app.saisir("#champ-premier_jour", &date_fr(premier));
    app.saisir("#champ-dernier_jour", &date_fr(dernier));
    app.saisir("#champ-heures_prevues", heures);
    for (i, (jour, debut, fin)) in creneaux.iter().enumerate() {
        if i > 0 {
            app.cliquer("#ajouter-creneau");
        }
        app.choisir(&format!("#champ-creneaux-{i}-jour"), jour);
        app.saisir(&format!("#champ-creneaux-{i}-debut"), debut);
        app.saisir(&format!("#champ-creneaux-{i}-fin"), fin);
        // The one intervenant prepared with the CLI.
        app.cliquer(&format!("#champ-creneaux-{i}-intervenants input[type=checkbox]"));
    }
}

#[test]
fn une_annee_vide_jusqu_au_calendrier_complet_de_deux_ateliers() {
    let pilote = Pilote::demarrer();
    let base = pilote.dossier.path().join("donnees/oepre.sqlite");
    std::fs::create_dir_all(base.parent().unwrap()).unwrap();
    cli(
        &base,
        &[
            "etablissement", "set", "--nom", "Collège Louise Michel", "--type", "college", "--uai", "0931234L",
            "--adresse", "24 rue de la République", "--code-postal", "93200", "--commune", "Saint-Denis",
            "--academie", "Créteil", "--zone", "C", "--chef-nom", "Karima Haddad", "--chef-titre", "principale",
        ],
    );
    cli(&base, &["annees", "set-courante", "2025-2026", "--premier-jour", "2025-09-01", "--dernier-jour", "2026-07-03"]);
    cli(&base, &["intervenants", "add", "--nom", "Belkacem", "--prenom", "Samia", "--statut", "upe2a", "--remuneration", "vacation"]);

    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-ateliers");
    app.attendre("#aucun-atelier", Duration::from_secs(10));
    app.cliquer("#nouvel-atelier");

    // First atelier: Tuesday and Thursday 14:00–16:00, 7 October → 25 June, 120 h planned.
    let nom = "Atelier du mardi et jeudi";
    remplir_atelier(&app, nom, "2025-10-07", "2026-06-25", "120", [("2", "14:00", "16:00"), ("4", "14:00", "16:00")]);
    app.capture("ateliers-formulaire");
    app.cliquer("#apercu-calendrier");

    app.attendre("#apercu-ecartees", Duration::from_secs(15));
    let ecartees = app.texte("#apercu-ecartees");
    for motif in ["Armistice", "Vacances de Noël", "Vacances de la Toussaint", "Ascension"] {
        assert!(ecartees.contains(motif), "les dates écartées doivent citer « {motif} » : {ecartees}");
    }
    assert!(ecartees.contains("mardi 11 novembre 2025"), "le 11 novembre est un mardi férié : {ecartees}");
    let dates = app.texte("#apercu-dates");
    assert!(dates.contains("mardi 7 octobre 2025"), "{dates}");
    assert!(!dates.contains("mardi 11 novembre 2025"), "un jour férié n'est pas une date de séance");
    let a_creer = premier_nombre(&app.texte("#apercu-a-creer"));
    assert!(a_creer > 50, "deux séances par semaine d'octobre à juin : {a_creer}");
    let ateliers_avant: Value = serde_json::from_str(&cli(&base, &["ateliers", "list", "--json"])).expect("JSON");
    assert!(
        !ateliers_avant.to_string().contains(nom),
        "l'aperçu n'écrit rien : ni l'atelier, ni ses créneaux, ni ses séances"
    );
    app.capture("ateliers-apercu");

    app.cliquer("#creer-seances");
    app.attendre("#resultat-generation", Duration::from_secs(15));
    let resultat = app.texte("#resultat-generation");
    assert!(resultat.contains(&format!("{a_creer} séances créées")), "{resultat}");
    let affichees = premier_nombre(&app.texte("#nombre-seances"));
    let en_base = seances_en_base(&base, nom);
    let lues = en_base["seances"].as_array().expect("séances").len() as i64;
    assert_eq!(affichees, lues, "la fiche affiche autant de séances que la CLI en lit");
    assert_eq!(lues, a_creer, "autant de séances que l'aperçu l'annonçait");
    let minutes = en_base["atelier"]["totaux"]["minutes_programmees"].as_i64().expect("minutes programmées");
    let total = app.texte("#total-programmees");
    assert!(total.contains(&format!("{} h", minutes / 60)), "total programmé {total} ≠ {minutes} min");
    assert!(app.texte("#total-prevues").contains("120 h"));
    assert!(app.texte("#liste-seances").contains("mardi 7 octobre 2025"));
    app.capture("ateliers-fiche-liste");

    app.cliquer("#vue-calendrier");
    app.attendre("#grille-2025-10", Duration::from_secs(5));
    app.cliquer("#mois-suivant");
    app.attendre("#grille-2025-11", Duration::from_secs(5));
    let ferie = app.script(
        "const td = document.querySelector('#grille-2025-11 td[data-date=\"2025-11-11\"]'); return [td.className, td.textContent];",
        json!([]),
    );
    assert!(ferie[0].as_str().unwrap_or("").contains("ferme"), "le 11 novembre est grisé : {ferie}");
    assert!(ferie[1].as_str().unwrap_or("").contains("Armistice"), "{ferie}");
    app.script("document.getElementById('calendrier-mois').scrollIntoView({block: 'start'})", json!([]));
    app.capture("ateliers-fiche-calendrier");

    // Second atelier: Monday and Friday mornings, the same path.
    app.cliquer("#nav-ateliers");
    app.cliquer("#nouvel-atelier");
    let nom2 = "Atelier du lundi et vendredi";
    remplir_atelier(&app, nom2, "2025-10-06", "2026-06-26", "110", [("1", "9:00", "11:00"), ("5", "9h", "11h")]);
    app.cliquer("#apercu-calendrier");
    app.attendre("#creer-seances", Duration::from_secs(15));
    let a_creer2 = premier_nombre(&app.texte("#apercu-a-creer"));
    app.cliquer("#creer-seances");
    app.attendre("#resultat-generation", Duration::from_secs(15));
    let affichees2 = premier_nombre(&app.texte("#nombre-seances"));
    let lues2 = seances_en_base(&base, nom2)["seances"].as_array().expect("séances").len() as i64;
    assert_eq!((affichees2, lues2), (a_creer2, a_creer2));

    // The list: both ateliers, with their hours and séance counts, as the CLI reads them.
    app.cliquer("#nav-ateliers");
    app.attendre("#liste-ateliers", Duration::from_secs(10));
    let liste: Value = serde_json::from_str(&cli(&base, &["ateliers", "list", "--json"])).expect("JSON");
    let ateliers = liste["ateliers"].as_array().expect("ateliers");
    assert_eq!(ateliers.len(), 2);
    for v in ateliers {
        let id = v["atelier"]["id"].as_i64().unwrap();
        let n = v["totaux"]["seances_programmees"].as_i64().unwrap();
        let cellule = app.texte(&format!("#programmees-{id}"));
        assert!(cellule.contains(&format!("{n} séances")), "atelier {id} : {cellule} (CLI : {n})");
    }
    app.capture("ateliers-liste");

    // A closure day of the school (Ascension bridge), added on the Ateliers screen.
    app.saisir("#champ-fermeture-date", "15/05/2026");
    app.saisir("#champ-fermeture-libelle", "Pont de l'Ascension");
    app.cliquer("#ajouter-fermeture");
    app.attendre("#fermeture-2026-05-15", Duration::from_secs(10));
    assert!(app.texte("#liste-fermetures").contains("vendredi 15 mai 2026"));
    app.script("document.getElementById('calendrier-ecole').scrollIntoView({block: 'start'})", json!([]));
    app.capture("ateliers-fermetures");

    app.cliquer("#nav-intervenants");
    app.attendre("#liste-intervenants", Duration::from_secs(10));
    assert!(app.texte("#liste-intervenants").contains("Samia Belkacem"));
    app.cliquer("#liste-intervenants a");
    app.attendre("#heures-par-mois", Duration::from_secs(10));
    assert!(app.texte("#heures-par-mois").contains("octobre 2025"));
    app.capture("intervenant-heures");
}

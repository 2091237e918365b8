//! Issue 18 item 1, « dates shown month first »: WebKitGTK formats a native date field after the
//! system locale (12/05/2026 for 5 December under `C.UTF-8` or `en_US.UTF-8`), not after the
//! page's `lang`. The app is started here under those locales (`LANG` and `LC_ALL` of the app's
//! process), at 1366 × 768, on the example school, and must still show every date JJ/MM/AAAA (the
//! year in the Ateliers list and on Établissement, an atelier's dates) or in French words, and
//! accept French dates typed in the atelier form: 07/10/2025 is the 7th of October.
//!
//! `en_US.UTF-8` is used when the machine has it (`make deps` generates it where `locale-gen`
//! exists); without it only `C.UTF-8` is checked, and the test says so on stderr.

use std::process::Command;
use std::time::Duration;

use oepre_e2e::{cli, Pilote, Session, DELAI_MIN};
use serde_json::{json, Value};

const LOCALES: [&str; 2] = ["C.UTF-8", "en_US.UTF-8"];

/// Whether `locale -a` lists `nom` (`en_US.UTF-8` is listed as `en_US.utf8`).
fn locale_presente(nom: &str) -> bool {
    let norme = |s: &str| s.trim().to_lowercase().replace("utf-8", "utf8");
    let liste = Command::new("locale").arg("-a").output().map(|s| String::from_utf8_lossy(&s.stdout).into_owned()).unwrap_or_default();
    liste.lines().any(|l| norme(l) == norme(nom))
}

fn aller(app: &Session, rubrique: &str) {
    app.cliquer(&format!("#nav-{rubrique}"));
    app.attendre(&format!("#nav-{rubrique}[aria-current='page']"), DELAI_MIN);
}

fn attendre_texte(app: &Session, css: &str, attendu: &str) -> String {
    oepre_e2e::attendre_que(&format!("« {attendu} » dans {css}"), DELAI_MIN, || {
        let t = if app.existe(css) { app.texte(css) } else { String::new() };
        t.contains(attendu).then_some(t)
    })
}

fn dates_en_francais_sous(locale: &str) {
    let pilote = Pilote::demarrer_avec(&[("LANG", locale.as_ref()), ("LC_ALL", locale.as_ref())]);
    let base = pilote.dossier.path().join("donnees/oepre.sqlite");
    std::fs::create_dir_all(base.parent().unwrap()).unwrap();
    cli(&base, &["demo"]);

    let app = pilote.ouvrir_app(&base);
    app.taille_fenetre(1366, 768);
    app.attendre_appel_pret();
    let langue = app.script("return navigator.language", json!([]));
    assert!(!langue.as_str().unwrap_or("fr").starts_with("fr"), "{locale} : la vue web ne doit pas être en français ({langue})");
    // What the webview would show by itself for 5 December 2026: month first.
    let par_defaut = app.script("return new Date(2026, 11, 5).toLocaleDateString()", json!([]));
    assert_ne!(par_defaut, json!("05/12/2026"), "{locale} : sans l'application, la date serait déjà en français");
    eprintln!("{locale} : navigator.language = {langue}, date par défaut du 5 décembre 2026 = {par_defaut}");

    // Dates shown: the school year in the Ateliers list (2025-09-01 → 2026-07-03), the past year
    // on Établissement.
    aller(&app, "ateliers");
    attendre_texte(&app, "#contenu", "(du 01/09/2025 au 03/07/2026)");
    aller(&app, "etablissement");
    attendre_texte(&app, "#annees-passees", "du 02/09/2024 au 04/07/2025");
    // The date fields of the current year, filled from the data, show it JJ/MM/AAAA too.
    assert_eq!((app.valeur("#champ-premier_jour"), app.valeur("#champ-dernier_jour")), ("01/09/2025".into(), "03/07/2026".into()));

    // Dates typed the French way in the atelier form: 07/10/2025 is 7 October, not 10 July.
    aller(&app, "ateliers");
    app.cliquer("#nouvel-atelier");
    app.attendre("#champ-nom", DELAI_MIN);
    let nom = format!("Atelier {locale}");
    app.saisir("#champ-nom", &nom);
    app.saisir("#champ-premier_jour", "07/10/2025");
    app.saisir("#champ-dernier_jour", "25/06/2026");
    app.saisir("#champ-heures_prevues", "60");
    app.choisir("#champ-creneaux-0-jour", "2");
    app.saisir("#champ-creneaux-0-debut", "14:00");
    app.saisir("#champ-creneaux-0-fin", "16:00");
    app.cliquer("#champ-creneaux-0-intervenants input[type=checkbox]");
    assert_eq!(app.valeur("#champ-premier_jour"), "07/10/2025", "ce qui est tapé reste tel quel");
    app.cliquer("#apercu-calendrier");
    app.attendre("#apercu-dates", Duration::from_secs(30));
    let dates = app.texte("#apercu-dates");
    assert!(dates.contains("mardi 7 octobre 2025"), "{locale} : {dates}");
    app.capture(&format!("locale-{locale}-apercu"));
    app.cliquer("#creer-seances");
    app.attendre("#resultat-generation", Duration::from_secs(30));
    // The atelier's page: its dates JJ/MM/AAAA, its séances in French words.
    attendre_texte(&app, "#contenu", "du 07/10/2025 au 25/06/2026");
    assert!(app.texte("#liste-seances").contains("mardi 7 octobre 2025"));
    app.capture(&format!("locale-{locale}-atelier"));

    let liste: Value = serde_json::from_str(&cli(&base, &["ateliers", "list", "--json"])).expect("JSON");
    let cree = liste["ateliers"].as_array().expect("ateliers").iter().find(|a| a["atelier"]["nom"] == nom.as_str()).expect("l'atelier créé");
    assert_eq!((cree["atelier"]["premier_jour"].as_str(), cree["atelier"]["dernier_jour"].as_str()), (Some("2025-10-07"), Some("2026-06-25")));
}

#[test]
fn dates_en_francais_quelle_que_soit_la_locale_du_systeme() {
    let mut verifiees = Vec::new();
    for locale in LOCALES {
        if !locale_presente(locale) {
            eprintln!("Locale {locale} absente de cette machine (locale -a) : non vérifiée.");
            continue;
        }
        dates_en_francais_sous(locale);
        verifiees.push(locale);
    }
    assert!(verifiees.contains(&"C.UTF-8"), "C.UTF-8 existe sur toute machine Debian : {verifiees:?}");
    eprintln!("Dates en français vérifiées sous {verifiees:?}.");
}

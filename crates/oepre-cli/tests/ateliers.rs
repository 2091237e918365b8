//! The CLI contract of ateliers and séances, on a demo file.

use std::path::Path;
use std::process::{Command, Output};

fn oepre(db: &Path, args: &[&str]) -> Output {
    let sortie = Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(db).args(args).output().unwrap();
    assert!(sortie.status.success() || args.contains(&"--attendu-echec"), "{args:?} : {}", String::from_utf8_lossy(&sortie.stderr));
    sortie
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_slice(&oepre(db, args).stdout).unwrap()
}

#[test]
fn lister_voir_et_generer_en_dry_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    oepre(&db, &["demo"]);
    let vue = json(&db, &["ateliers", "list", "--json"]);
    let ateliers = vue["ateliers"].as_array().unwrap();
    assert_eq!(ateliers.len(), 2);
    assert_eq!(vue["calendrier"]["calendrier_connu"], true);
    let seances = json(&db, &["seances", "--atelier", "Atelier du mardi et jeudi", "--json"]);
    let n = seances["seances"].as_array().unwrap().len();
    assert!(n > 50, "une année de séances");
    assert_eq!(seances["atelier"]["totaux"]["seances_programmees"].as_i64().unwrap() as usize, n);

    let apercu = json(&db, &["seances", "generate", "--atelier", "Atelier du mardi et jeudi", "--dry-run", "--json"]);
    assert!(apercu["ecartees"].as_array().unwrap().iter().any(|e| e["libelle"] == "Vacances de Noël"));
    let texte = String::from_utf8(oepre(&db, &["seances", "generate", "--atelier", "1", "--dry-run"]).stdout).unwrap();
    assert!(texte.contains("rien n'est écrit"), "{texte}");
    let apres = json(&db, &["seances", "--atelier", "1", "--json"]);
    assert_eq!(apres["seances"].as_array().unwrap().len(), n, "--dry-run n'écrit rien");

    oepre(&db, &["intervenants", "add", "--nom", "Martin", "--statut", "fls", "--remuneration", "vacation"]);
    oepre(
        &db,
        &[
            "ateliers", "add", "--nom", "Atelier du mercredi", "--premier-jour", "2025-10-08", "--dernier-jour", "2026-06-24",
            "--heures", "60", "--creneau", "mercredi 9h-11h", "--intervenant", "Martin",
        ],
    );
    let r = json(&db, &["seances", "generate", "--atelier", "Atelier du mercredi", "--json"]);
    assert!(r["creees"].as_i64().unwrap() > 25, "{r}");
    let erreur = Command::new(env!("CARGO_BIN_EXE_oepre"))
        .arg("--db")
        .arg(&db)
        .args(["ateliers", "add", "--nom", "X", "--premier-jour", "2026-06-24", "--dernier-jour", "2025-10-08", "--heures", "60", "--creneau", "mardi 25:00-16:00"])
        .output()
        .unwrap();
    assert!(!erreur.status.success());
    let message = String::from_utf8(erreur.stderr).unwrap();
    assert!(message.contains("Heure « 25:00 » impossible"), "{message}");
    assert!(message.contains("est avant le premier"), "{message}");
}

/// `seances programme`: every other Thursday on the values of the République, previewed then
/// written; only the séances not held yet change.
#[test]
fn programme_un_jeudi_sur_deux_en_dry_run_puis_ecrit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    oepre(&db, &["demo"]);
    let avant = json(&db, &["seances", "--atelier", "Atelier du mardi et jeudi", "--json"]);
    let jeudis: Vec<&serde_json::Value> = avant["seances"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["annulee"] == false && chrono::NaiveDate::parse_from_str(s["date"].as_str().unwrap(), "%Y-%m-%d").unwrap().format("%u").to_string() == "4")
        .collect();
    let attendus: Vec<i64> = jeudis.iter().step_by(2).filter(|s| s["appel_fait"] == false).map(|s| s["id"].as_i64().unwrap()).collect();
    assert!(attendus.len() > 3, "{}", attendus.len());
    let args = ["seances", "programme", "--atelier", "Atelier du mardi et jeudi", "--jour", "jeudi", "--une-sur-deux", "--axes", "valeurs", "--theme", "Laïcité"];
    let apercu = json(&db, &[&args[..], &["--dry-run", "--json"]].concat());
    let ids: Vec<i64> = apercu["seances"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, attendus);
    let texte = String::from_utf8(oepre(&db, &[&args[..], &["--dry-run"]].concat()).stdout).unwrap();
    assert!(texte.contains("rien n'est écrit") && texte.contains(&format!("{} séances recevront", attendus.len())), "{texte}");
    let apres = json(&db, &["seances", "--atelier", "Atelier du mardi et jeudi", "--json"]);
    assert_eq!(apres["atelier"]["totaux"]["axes_programmes"], avant["atelier"]["totaux"]["axes_programmes"], "--dry-run n'écrit rien");
    let texte = String::from_utf8(oepre(&db, &args).stdout).unwrap();
    assert!(texte.contains(&format!("{} séances ont reçu", attendus.len())), "{texte}");
    let apres = json(&db, &["seances", "--atelier", "Atelier du mardi et jeudi", "--json"]);
    for s in apres["seances"].as_array().unwrap() {
        let change = attendus.contains(&s["id"].as_i64().unwrap());
        assert_eq!(s["axes"]["valeurs"] == true && s["axes"]["langue"] == false && s["theme"] == "Laïcité", change, "{s}");
    }
    let texte = String::from_utf8(oepre(&db, &["seances", "--atelier", "Atelier du mardi et jeudi"]).stdout).unwrap();
    assert!(texte.contains("Par axe, programmées : langue française"), "{texte}");
    let erreur = Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(&db).args(["seances", "programme", "--atelier", "1", "--jour", "jeudi", "--axes", "histoire"]).output().unwrap();
    assert!(!erreur.status.success());
    assert!(String::from_utf8_lossy(&erreur.stderr).contains("Axe inconnu : « histoire »"));
}

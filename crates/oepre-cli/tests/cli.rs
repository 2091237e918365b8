//! The `oepre` CLI contract: `--db` / `OEPRE_DB`, `--json`, French errors on stderr with a
//! non-zero exit code, nothing written on bad input.

use std::path::Path;
use std::process::{Command, Output};

fn oepre(base: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(base).args(args).output().expect("oepre")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn demo_puis_show_json() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    let o = oepre(&base, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = oepre(&base, &["etablissement", "show", "--json"]);
    let e: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(e["uai"], "0931234L");
    assert_eq!(e["type_etablissement"], "college");
    let o = oepre(&base, &["annees", "list", "--json"]);
    let annees: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(annees[0]["libelle"], "2025-2026");
    assert_eq!(annees[0]["courante"], true);

    let o = oepre(&base, &["demo"]);
    assert_eq!(o.status.code(), Some(1), "une base pleine refuse la démo");
    assert!(stderr(&o).contains("contient déjà"), "{}", stderr(&o));
}

#[test]
fn un_uai_faux_est_refuse_en_francais_et_rien_ne_change() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let o = oepre(&base, &["etablissement", "set", "--uai", "0310036X", "--nom", "Autre nom"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("la lettre est W"), "{}", stderr(&o));
    let e: serde_json::Value =
        serde_json::from_str(&stdout(&oepre(&base, &["etablissement", "show", "--json"]))).unwrap();
    assert_eq!(e["uai"], "0931234L");
    assert_eq!(e["nom"], "Collège Louise Michel", "aucun champ n'est enregistré quand un seul est faux");

    let o = oepre(&base, &["etablissement", "set", "--uai", "0310036w", "--zone", "Z"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("n'est pas une valeur possible"), "{}", stderr(&o));

    let o = oepre(&base, &["etablissement", "set", "--uai", "0310036w", "--commune", "Toulouse", "--academie", "toulouse"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let e: serde_json::Value =
        serde_json::from_str(&stdout(&oepre(&base, &["etablissement", "show", "--json"]))).unwrap();
    assert_eq!((e["uai"].as_str(), e["academie"].as_str()), (Some("0310036W"), Some("Toulouse")));
    assert_eq!(e["nom"], "Collège Louise Michel", "les champs non donnés gardent leur valeur");
}

#[test]
fn la_variable_oepre_db_choisit_le_fichier() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("par-variable.sqlite");
    let o = Command::new(env!("CARGO_BIN_EXE_oepre")).env("OEPRE_DB", &base).arg("demo").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(base.exists());
}

#[test]
fn un_fichier_etranger_est_refuse_sans_etre_modifie() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("liste.csv");
    std::fs::write(&base, "Nom;Prénom\n").unwrap();
    let o = oepre(&base, &["etablissement", "show"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("n'est pas une base de données Ateliers OEPRE"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&base).unwrap(), "Nom;Prénom\n");
}

#[test]
fn une_sortie_fermee_par_le_lecteur_arrete_sans_panique() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    // As `oepre … | head -0`: the reading end is closed before the CLI prints anything.
    let mut enfant = Command::new(env!("CARGO_BIN_EXE_oepre"))
        .arg("--db")
        .arg(&base)
        .args(["etablissement", "show"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(enfant.stdout.take());
    let o = enfant.wait_with_output().unwrap();
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(141), "{}", stderr(&o));
}

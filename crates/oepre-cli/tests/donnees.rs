//! `oepre purge`, `oepre registre`, `oepre journal`, `oepre parents access|erase`: outputs,
//! the database afterwards, « who » from `--qui` or `OEPRE_QUI`, refusals that change nothing.
//!
//! The demo base has 30 parents enrolled in 2025-2026 (ended 03/07/2026): with the default
//! retention (3 years) they are due for purge from 04/07/2029.

use std::path::Path;
use std::process::{Command, Output};

use oepre_core::Db;

fn oepre(base: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(base).args(args).env_remove("OEPRE_QUI").output().expect("oepre")
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn compter(base: &Path, sql: &str) -> i64 {
    Db::ouvrir(base).unwrap().conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.sqlite");
    ok(oepre(&base, &["demo"]));
    (dir, base)
}

#[test]
fn purge_apercu_puis_purge_journalisee() {
    let (_dir, base) = demo();
    let inscrits = compter(&base, "SELECT count(DISTINCT parent_id) FROM inscription");
    assert_eq!(inscrits, 30);
    let gardes = |base: &Path| (compter(base, "SELECT count(*) FROM inscription"), compter(base, "SELECT count(*) FROM presence"));
    let avant = gardes(&base);

    let o = oepre(&base, &["purge"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--dry-run"), "{}", stderr(&o));
    assert_eq!(oepre(&base, &["purge", "--dry-run", "--yes"]).status.code(), Some(2), "les deux à la fois : usage refusé");

    let texte = ok(oepre(&base, &["purge", "--dry-run", "--date", "2029-07-03"]));
    assert!(texte.contains("0 parent(s) seraient anonymisé(s)"), "{texte}");
    let texte = ok(oepre(&base, &["purge", "--dry-run", "--date", "2029-07-04"]));
    assert!(texte.contains("Années scolaires finies avant le 04/07/2026 : 30 parent(s)"), "{texte}");
    assert!(texte.contains("dernière année 2025-2026 : 30 parent(s) — n° 1, n° 2, n° 3"), "{texte}");
    assert!(texte.contains("Rien n'a été modifié"));
    assert!(!texte.contains("Benali"), "l'aperçu en ligne de commande ne montre pas les noms");
    let v: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["purge", "--dry-run", "--json", "--date", "2029-07-04"]))).unwrap();
    assert_eq!((v["nombre"].as_i64(), v["parents"].as_array().map(Vec::len)), (Some(30), Some(30)));
    assert_eq!(compter(&base, "SELECT count(*) FROM parent WHERE anonymise_le IS NOT NULL"), 0, "l'aperçu n'écrit rien");

    assert!(ok(oepre(&base, &["conservation"])).contains("3 an(s)"));
    let o = oepre(&base, &["conservation", "--set", "4", "--qui", " "]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Indiquez votre nom"), "{}", stderr(&o));
    assert!(ok(oepre(&base, &["conservation"])).contains("3 an(s)"), "sans nom, la durée ne change pas");
    assert!(ok(oepre(&base, &["conservation", "--set", "4", "--qui", "Mme Haddad"])).contains("4 an(s)"));
    let j = ok(oepre(&base, &["journal", "--action", "conservation_modifiee"]));
    assert_eq!(j.lines().count(), 1, "{j}");
    assert!(j.contains("Mme Haddad  Durée de conservation modifiée — 3 ans → 4 ans après la fin de l'année scolaire"), "{j}");
    let premier = j.split("  ").next().unwrap();
    assert!(premier.chars().count() == 18 && premier.as_bytes()[2] == b'/' && premier.contains(" à "), "date française : {premier}");
    let texte = ok(oepre(&base, &["purge", "--dry-run", "--date", "2029-07-04"]));
    assert!(texte.contains("0 parent(s) seraient"), "avec 4 ans, personne : {texte}");
    let o = oepre(&base, &["conservation", "--set", "11", "--qui", "Mme Haddad"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("de 1 à 10 ans"), "{}", stderr(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(&base).args(["conservation", "--set", "3"]).env("OEPRE_QUI", "Secrétariat").output().unwrap();
    ok(o);
    let j: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["journal", "--action", "conservation_modifiee", "--json"]))).unwrap();
    assert_eq!((j[0]["qui"].as_str(), j[0]["detail"].as_str()), (Some("Secrétariat"), Some(r#"{"apres":3,"avant":4}"#)), "OEPRE_QUI donne l'auteur");
    let o = oepre(&base, &["journal", "--action", "purge"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("conservation_modifiee, purge_conservation"), "{}", stderr(&o));

    let o = oepre(&base, &["purge", "--yes", "--qui", " ", "--date", "2029-07-04"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Indiquez votre nom"), "{}", stderr(&o));
    assert_eq!(compter(&base, "SELECT count(*) FROM parent WHERE anonymise_le IS NOT NULL"), 0, "sans nom, rien n'est purgé");

    let texte = ok(oepre(&base, &["purge", "--yes", "--qui", "Mme Haddad", "--date", "2029-07-04"]));
    assert!(texte.starts_with("30 parent(s) anonymisé(s) (conservation 3 an(s)"), "{texte}");
    assert_eq!(compter(&base, "SELECT count(*) FROM parent WHERE nom = 'Parent anonymisé' AND telephone = '' AND anonymise_le IS NOT NULL"), 30);
    assert_eq!(compter(&base, "SELECT count(*) FROM enfant"), 0);
    assert_eq!(gardes(&base), avant, "inscriptions et présences gardées");
    let liste = ok(oepre(&base, &["parents", "list"]));
    assert!(liste.contains("Parent anonymisé") && !liste.contains("Benali"), "{liste}");

    let j: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["journal", "--limit", "1", "--json"]))).unwrap();
    assert_eq!((j[0]["action"].as_str(), j[0]["qui"].as_str()), (Some("purge_conservation"), Some("Mme Haddad")));
    let j = ok(oepre(&base, &["journal"]));
    assert!(j.lines().next().unwrap().contains("Mme Haddad  Purge des données anciennes — 30 parent(s) anonymisé(s)"), "{j}");
}

#[test]
fn registre_en_texte_et_en_pdf() {
    let (dir, base) = demo();
    let texte = ok(oepre(&base, &["registre", "--text"]));
    for attendu in [
        "Registre des activités de traitement (RGPD, article 30)",
        "Responsable du traitement : le chef d'établissement, Karima Haddad (principale).",
        "nationalité [sensible]",
        "protection internationale (réfugié, protection subsidiaire, apatride) [sensible]",
        "TRANSFERTS HORS DE L'UNION EUROPÉENNE\n- Aucun.",
        "- 3 ans après la fin de l'année scolaire",
        "Chiffrement : la base n'est pas chiffrée",
        "7 quotidiennes, 4 hebdomadaires, 12 mensuelles",
    ] {
        assert!(texte.contains(attendu), "« {attendu} » manque :\n{texte}");
    }

    let faux = dir.path().join("registre.txt");
    let o = oepre(&base, &["registre", "--out", faux.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!faux.exists());

    let pdf = dir.path().join("registre.pdf");
    ok(oepre(&base, &["registre", "--out", pdf.to_str().unwrap(), "--fait-le", "2026-11-25"]));
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&pdf).arg("-").output().expect("pdftotext");
    let pdf_texte = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for attendu in [
        "Registre des activités de traitement",
        "Collège Louise Michel",
        "Catégories de données",
        "Destinataires",
        "Durée de conservation",
        "Mesures de sécurité",
        "Droits des personnes",
        "Fait à Saint-Denis, le 25 novembre 2026",
        "La principale",
    ] {
        assert!(pdf_texte.contains(attendu), "« {attendu} » manque dans le PDF :\n{pdf_texte}");
    }
}

#[test]
fn acces_puis_effacement_d_un_parent() {
    let (dir, base) = demo();
    let seul = {
        let mut db = Db::ouvrir(&base).unwrap();
        let s = oepre_core::domaine::parent::SaisieParent { nom: "Sansinscriptova".into(), prenom: "Lalie".into(), ..Default::default() };
        oepre_core::domaine::parent::creer(&mut db, &s).unwrap().id
    };
    let sortie = dir.path().join("acces");
    let o = Command::new(env!("CARGO_BIN_EXE_oepre"))
        .arg("--db")
        .arg(&base)
        .args(["parents", "access", "1", "--out-dir", sortie.to_str().unwrap(), "--date", "2026-11-25"])
        .env("OEPRE_QUI", "Secrétariat")
        .output()
        .unwrap();
    let texte = ok(o);
    let fichiers: Vec<String> = texte.lines().filter_map(|l| l.strip_prefix("Écrit : ")).map(str::to_owned).collect();
    assert_eq!(fichiers.len(), 2, "{texte}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&fichiers[1]).unwrap()).unwrap();
    let nom = json["parent"]["nom"].as_str().unwrap().to_owned();
    assert_eq!(json["parent"]["id"], 1);
    assert!(!json["inscriptions"][0]["marques"].as_array().unwrap().is_empty());
    assert!(std::fs::read(&fichiers[0]).unwrap().starts_with(b"%PDF"));
    let j: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["journal", "--parent", "1", "--json"]))).unwrap();
    assert_eq!((j[0]["action"].as_str(), j[0]["qui"].as_str()), (Some("acces_exporte"), Some("Secrétariat")), "OEPRE_QUI donne l'auteur");

    let o = oepre(&base, &["parents", "erase", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--yes"));
    let f: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["parents", "show", "1", "--json"]))).unwrap();
    assert_eq!(f["parent"]["nom"].as_str(), Some(nom.as_str()), "sans --yes rien n'est effacé");
    assert!(!ok(oepre(&base, &["parents", "show", "1"])).contains("Anonymisé"), "une fiche entière ne le dit pas");

    let texte = ok(oepre(&base, &["parents", "erase", "1", "--yes", "--qui", "M. Durand"]));
    assert!(texte.contains("Parent n° 1 : fiche anonymisée ; 1 inscription(s) gardée(s)"), "{texte}");
    let f: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["parents", "show", "1", "--json"]))).unwrap();
    assert_eq!((f["parent"]["nom"].as_str(), f["parent"]["telephone"].as_str()), (Some("Parent anonymisé"), Some("")));
    assert_eq!(f["anonymise_le"].as_str().map(str::len), Some(19), "la fiche dit quand : {}", f["anonymise_le"]);
    assert_eq!(f["inscriptions"].as_array().map(Vec::len), Some(1));
    let jour = f["anonymise_le"].as_str().unwrap();
    let jour_fr = format!("{}/{}/{}", &jour[8..10], &jour[5..7], &jour[..4]);
    let fiche = ok(oepre(&base, &["parents", "show", "1"]));
    let lignes: Vec<&str> = fiche.lines().collect();
    assert_eq!(lignes[0], "Parent anonymisé (n° 1)", "{fiche}");
    assert_eq!(lignes[1], format!("Anonymisé le {jour_fr}"), "{fiche}");
    let o = oepre(&base, &["parents", "erase", "1", "--yes", "--qui", "M. Durand"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("déjà été effacées"), "{}", stderr(&o));

    let texte = ok(oepre(&base, &["parents", "erase", &seul.to_string(), "--yes", "--qui", "M. Durand"]));
    assert!(texte.contains("fiche supprimée"), "{texte}");
    assert_eq!(compter(&base, &format!("SELECT count(*) FROM parent WHERE id = {seul}")), 0);
    let j = ok(oepre(&base, &["journal", "--action", "parent_efface"]));
    assert_eq!(j.lines().count(), 2, "{j}");
    assert!(j.contains(&format!("M. Durand  Données d'un parent effacées — Parent n° {seul} : fiche supprimée")), "{j}");
}

//! `oepre bilan …`: export of the five files, the completeness check (exit 0 with warnings),
//! other costs and funding entered from the command line, refusals in French.

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
fn export_des_cinq_fichiers_avec_finances_et_points() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let o = oepre(&base, &["bilan", "depense", "--year", "2025-2026", "--categorie", "interpretariat", "--libelle", "Interprète en pachto", "--montant", "90,50"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Interprète en pachto (Interprétariat), 90,50 €"), "{}", stdout(&o));
    let o = oepre(&base, &["bilan", "financement", "--year", "2025-2026", "--source", "CAF", "--montant", "1000", "--date", "15/01/2026"]);
    assert!(o.status.success(), "{}", stderr(&o));

    let out = dir.path().join("export");
    let o = oepre(&base, &["bilan", "export", "--year", "2025-2026", "--out-dir", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lignes: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
    let attendus = ["bilan-0931234L-2025-2026.xlsx", "bilan-0931234L-2025-2026.pdf", "bilan-financier-0931234L-2025-2026.xlsx", "bilan-financier-0931234L-2025-2026.pdf", "bilan-0931234L-2025-2026.json"]
        .map(|n| out.join(n).display().to_string());
    assert_eq!(lignes, attendus);
    for f in &attendus {
        assert!(std::fs::metadata(f).unwrap().len() > 1000, "{f}");
    }
    assert!(stderr(&o).contains("[6/6] Fichier JSON écrit"), "{}", stderr(&o));
    assert!(stderr(&o).contains("enquête Orquestra de la DGESCO") && stderr(&o).contains("enquête en ligne du service académique de la DAEPS"), "{}", stderr(&o));
    assert_eq!(&std::fs::read(&attendus[3]).unwrap()[..5], b"%PDF-");
    assert!(stderr(&o).contains("À vérifier : Bilan qualitatif : la rubrique « Partenaires » est vide."), "{}", stderr(&o));
    assert_eq!(&std::fs::read(&attendus[1]).unwrap()[..5], b"%PDF-");

    let j: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&attendus[4]).unwrap()).unwrap();
    assert_eq!(j["schema"], "oepre-bilan/1");
    assert_eq!(j["finances"]["autres_depenses_centimes"], 9050);
    assert_eq!(j["finances"]["financements_centimes"], 100_000);
    let vacations = j["finances"]["total_centimes"].as_i64().unwrap();
    assert_eq!(j["finances"]["solde_centimes"].as_i64(), Some(100_000 - 9050 - vacations));
    let points = j["points_a_verifier"].as_array().unwrap();
    assert!(points.iter().any(|p| p["code"] == "QualitatifVide"));

    // The check: same contract as before, exit 0 with warnings.
    let o = oepre(&base, &["bilan", "check", "--year", "2025-2026"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("point(s) à vérifier"), "{}", stdout(&o));
}

#[test]
fn saisies_refusees_en_francais_et_retrait() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let liste = |base: &Path| -> serde_json::Value { serde_json::from_str(&stdout(&oepre(base, &["bilan", "finances", "--year", "2025-2026", "--json"]))).unwrap() };
    let o = oepre(&base, &["bilan", "depense", "--year", "2025-2026", "--categorie", "cadeaux", "--libelle", "x", "--montant", "5"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Catégorie inconnue « cadeaux »") && stderr(&o).contains("garde_enfants"), "{}", stderr(&o));
    let o = oepre(&base, &["bilan", "depense", "--year", "2025-2026", "--categorie", "materiel", "--libelle", "Cahiers", "--montant", "0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Montant invalide"), "{}", stderr(&o));
    let o = oepre(&base, &["bilan", "financement", "--year", "2025-2026", "--source", "CAF", "--montant", "10", "--date", "demain"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Date invalide"), "{}", stderr(&o));
    assert_eq!(liste(&base)["depenses"].as_array().unwrap().len(), 0, "rien n'a été écrit");

    assert!(oepre(&base, &["bilan", "depense", "--year", "2025-2026", "--categorie", "sorties", "--libelle", "Musée", "--montant", "42"]).status.success());
    let id = liste(&base)["depenses"][0]["id"].as_i64().unwrap();
    let o = oepre(&base, &["bilan", "retirer", "--depense", &id.to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(liste(&base)["total_depenses_centimes"], 0);
    let o = oepre(&base, &["bilan", "retirer", "--depense", &id.to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("n'existe pas"), "{}", stderr(&o));
}

/// The parents' path from the command line: `parents accueil`, `parents orientation`, shown by
/// `parents show` and counted by `bilan show` (never a name); unknown codes refused in French.
#[test]
fn parcours_des_parents_saisi_et_compte() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let liste: serde_json::Value = serde_json::from_str(&stdout(&oepre(&base, &["parents", "list", "--json"]))).unwrap();
    let p = &liste[0];
    let id = p["id"].as_i64().unwrap().to_string();
    let inscription = p["inscriptions"][0]["inscription_id"].as_i64().unwrap().to_string();
    let o = oepre(&base, &["parents", "accueil", &id, "--oriente-par", "casnav", "--attentes", "valeurs, parler", "--precision", "Comprendre la réunion"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.contains("Orienté·e vers l'atelier par : CASNAV"), "{s}");
    assert!(s.contains("Attentes : Parler et comprendre le français (échanges avec l'école, réunions) ; Connaître les valeurs de la République"), "{s}");
    let o = oepre(&base, &["parents", "orientation", "--inscription", &inscription, "--vers", "oepre_annee_suivante"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("orientation : Continue en OEPRE l'année prochaine"), "{}", stdout(&o));
    let s = stdout(&oepre(&base, &["parents", "show", &id]));
    assert!(s.contains("Attentes, en ses mots : Comprendre la réunion") && s.contains("oral : "), "{s}");

    let o = oepre(&base, &["parents", "accueil", &id, "--oriente-par", "loto"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("« loto » n'est pas un choix possible : ofii, ecole_upe2a"), "{}", stderr(&o));
    let o = oepre(&base, &["parents", "orientation", "--inscription", &inscription, "--vers", "plage"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("« plage » n'est pas un choix possible"), "{}", stderr(&o));

    let s = stdout(&oepre(&base, &["bilan", "show", "--year", "2025-2026"]));
    assert!(s.contains("Orientation en fin d'atelier : Continue en OEPRE l'année prochaine 1"), "{s}");
    assert!(s.contains("CASNAV"), "{s}");
    assert!(!s.contains("Comprendre la réunion"), "le texte libre ne sort pas dans le bilan");
    let j: serde_json::Value = serde_json::from_str(&stdout(&oepre(&base, &["bilan", "show", "--year", "2025-2026", "--json"]))).unwrap();
    let orientations = j["ecole"]["parents"]["orientations"].as_array().unwrap();
    assert!(orientations.iter().any(|c| c["code"] == "oepre_annee_suivante" && c["nombre"] == 1));
}

#[test]
fn point_trimestriel_pour_le_conseil_des_maitres() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let sortie = dir.path().join("t2.pdf");
    let args = ["bilan", "trimestre", "--term", "2", "--annee", "2025-2026", "--atelier", "Atelier du mardi et jeudi", "--out", sortie.to_str().unwrap()];
    let o = oepre(&base, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), sortie.display().to_string());
    let texte = String::from_utf8_lossy(&Command::new("pdftotext").args(["-layout", sortie.to_str().unwrap(), "-"]).output().unwrap().stdout).into_owned();
    assert!(texte.contains("Point trimestriel de l'atelier OEPRE") && texte.contains("trimestre 2 : du"), "{texte}");
    assert!(texte.contains("Participation aux élections"), "{texte}");

    // Every atelier of the year, with --year; refusals in French.
    let tous = dir.path().join("tous.pdf");
    let o = oepre(&base, &["bilan", "trimestre", "--term", "1", "--year", "2025-2026", "--out", tous.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = oepre(&base, &["bilan", "trimestre", "--term", "4", "--year", "2025-2026", "--out", tous.to_str().unwrap()]);
    assert!(!o.status.success());
    let o = oepre(&base, &["bilan", "trimestre", "--term", "1", "--year", "2025-2026", "--out", dir.path().join("t.txt").to_str().unwrap()]);
    assert!(!o.status.success() && stderr(&o).contains("doit finir par .pdf"), "{}", stderr(&o));
    let o = oepre(&base, &["bilan", "trimestre", "--term", "1", "--year", "2025-2026", "--atelier", "Inconnu", "--out", tous.to_str().unwrap()]);
    assert!(!o.status.success() && stderr(&o).contains("Aucun atelier « Inconnu »"), "{}", stderr(&o));
}

//! The technical log: one line per use case with its outcome and duration, beside the data
//! file, and never a personal field (names, the folder the person typed, error messages).

use std::path::Path;
use std::process::{Command, Output};

fn oepre(base: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(base).args(args).output().expect("oepre")
}

#[test]
fn une_ligne_par_cas_d_usage_sans_donnee_personnelle() {
    let dir = tempfile::tempdir().unwrap();
    let dossier = dir.path().join("Données Mme Benali");
    std::fs::create_dir_all(&dossier).unwrap();
    let base = dossier.join("oepre.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let pdf = dossier.join("attestations Diallo.pdf");
    for args in [
        vec!["parents", "list"],
        vec!["parents", "show", "1"],
        vec!["attestations", "--year", "2025-2026", "--parent", "1", "--out", pdf.to_str().unwrap()],
        vec!["flyer", "--atelier", "1", "--lang", "ar", "--out", dossier.join("affiche.pdf").to_str().unwrap()],
    ] {
        let o = oepre(&base, &args);
        assert!(o.status.success(), "{args:?} : {}", String::from_utf8_lossy(&o.stderr));
    }
    // A refusal whose French message names a parent.
    let o = oepre(&base, &["attestations", "--year", "2030-2031", "--out", pdf.to_str().unwrap()]);
    assert!(!o.status.success());

    let log = std::fs::read_to_string(dossier.join("journal-technique/oepre.log")).expect("journal technique écrit à côté des données");
    for attendu in [
        "cas=\"cli demo\" resultat=\"ok\"",
        "cas=\"cli parents show\" resultat=\"ok\"",
        "cas=\"cli attestations\" resultat=\"ok\"",
        "cas=\"cli flyer\" resultat=\"ok\"",
        "cas=\"cli attestations\" resultat=Introuvable",
    ] {
        assert!(log.contains(attendu), "« {attendu} » absent :\n{log}");
    }
    assert!(log.lines().filter(|l| l.contains("cas=")).all(|l| l.contains("duree_ms=")), "{log}");

    // Nothing personal: no name or first name of any parent or intervenant, no typed path.
    let db = oepre_core::Db::ouvrir(&base).unwrap();
    let mut noms: Vec<String> = Vec::new();
    for sql in ["SELECT nom FROM parent", "SELECT prenom FROM parent", "SELECT nom FROM intervenant"] {
        let mut st = db.conn().prepare(sql).unwrap();
        noms.extend(st.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap).filter(|n| n.chars().count() > 2));
    }
    assert!(noms.len() > 20);
    for n in &noms {
        assert!(!log.contains(n.as_str()), "le nom « {n} » est dans le journal technique :\n{log}");
    }
    for s in ["Benali", "Diallo", "2030-2031", dir.path().to_str().unwrap()] {
        assert!(!log.contains(s), "« {s} » est dans le journal technique :\n{log}");
    }
}

#[test]
fn le_journal_tourne_a_sa_taille_maximale() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.sqlite");
    let log = dir.path().join("journal-technique/oepre.log");
    std::fs::create_dir_all(log.parent().unwrap()).unwrap();
    // A log just under the limit: the next run's lines rotate it.
    std::fs::write(&log, "x".repeat(oepre_core::commun::trace::TAILLE_MAX as usize - 10)).unwrap();
    assert!(oepre(&base, &["annees", "list"]).status.success());
    let ancien = std::fs::metadata(dir.path().join("journal-technique/oepre.log.1")).expect("ancien journal gardé").len();
    assert!(ancien >= oepre_core::commun::trace::TAILLE_MAX - 10);
    let nouveau = std::fs::read_to_string(&log).unwrap();
    assert!(nouveau.len() < 4096 && nouveau.contains("cas=\"cli annees list\""), "{nouveau}");
}

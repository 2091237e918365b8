//! `oepre annees nouvelle`: the dry run writes nothing; the real run makes the year current
//! with its ateliers and re-enrolled parents; a wrong label is refused.

use std::path::Path;
use std::process::{Command, Output};

fn oepre(base: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(base).args(args).output().expect("oepre")
}

fn texte(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn la_rentree_en_ligne_de_commande() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let compte = |sql: &str| -> i64 {
        let db = oepre_core::Db::ouvrir(&base).unwrap();
        db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
    };
    let ateliers = compte("SELECT count(*) FROM atelier");

    let o = oepre(&base, &["annees", "nouvelle", "2027-2028", "--depuis", "2025-2026"]);
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    assert!(texte(&o).contains("L'année qui suit 2025-2026 est 2026-2027"), "{}", texte(&o));

    let o = oepre(&base, &["annees", "nouvelle", "2026-2027", "--depuis", "2025-2026", "--dry-run"]);
    assert!(o.status.success(), "{}", texte(&o));
    let t = texte(&o);
    assert!(t.contains("Année 2026-2027 (depuis 2025-2026) : du 01/09/2026 au 02/07/2027 (calendrier officiel livré)"), "{t}");
    assert!(t.contains("Rien n'a été écrit"), "{t}");
    assert_eq!(compte("SELECT count(*) FROM atelier"), ateliers, "dry run: nothing written");

    let o = oepre(&base, &["annees", "nouvelle", "2026-2027", "--depuis", "2025-2026"]);
    assert!(o.status.success(), "{}", texte(&o));
    assert!(texte(&o).contains("Année 2026-2027 préparée et courante"), "{}", texte(&o));
    assert_eq!(compte("SELECT count(*) FROM atelier"), 2 * ateliers);
    assert_eq!(compte("SELECT count(*) FROM annee_scolaire WHERE courante = 1 AND libelle = '2026-2027'"), 1);
    let continuent = compte(
        "SELECT count(*) FROM inscription i JOIN atelier a ON a.id = i.atelier_id JOIN annee_scolaire y ON y.id = a.annee_id
         WHERE y.libelle = '2025-2026' AND i.statut = 'inscrit'",
    );
    let reinscrits = compte(
        "SELECT count(*) FROM inscription i JOIN atelier a ON a.id = i.atelier_id JOIN annee_scolaire y ON y.id = a.annee_id
         WHERE y.libelle = '2026-2027' AND i.reinscription = 1",
    );
    assert_eq!(reinscrits, continuent);

    // The old year: read-only, its documents still made.
    let o = oepre(&base, &["presence", "--seance", "1", "--parent", "1", "--statut", "absent"]);
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    assert!(texte(&o).contains("L'année 2025-2026 est close"), "{}", texte(&o));
    let pdf = dir.path().join("attestations-2025-2026.pdf");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--out", pdf.to_str().unwrap()]);
    assert!(o.status.success(), "{}", texte(&o));
}

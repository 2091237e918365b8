//! `oepre attestations | emargement | inscrits | fiche`: files written whole, French errors
//! with exit code 1 and no file on bad input, a warning per parent under the minimum rate.

use std::path::Path;
use std::process::{Command, Output};

fn oepre(base: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(base).args(args).output().expect("oepre")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn commence_par(chemin: &Path, debut: &[u8]) -> bool {
    std::fs::read(chemin).map(|o| o.starts_with(debut)).unwrap_or(false)
}

#[test]
fn les_documents_en_ligne_de_commande() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let d = |nom: &str| dir.path().join(nom);
    let s = |p: &Path| p.to_str().unwrap().to_owned();

    let f = d("attestations.pdf");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--atelier", "Atelier du mardi et jeudi", "--fait-le", "2026-07-03", "--out", &s(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(commence_par(&f, b"%PDF"));
    assert!(!d("attestations.pdf.tmp").exists(), "pas de fichier temporaire laissé");

    let f = d("emargement-mois.pdf");
    let o = oepre(&base, &["emargement", "--atelier", "Atelier du mardi et jeudi", "--month", "2026-03", "--out", &s(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(commence_par(&f, b"%PDF"));
    for args in [["--date", "2025-10-07"], ["--blank", ""], ["--all", ""]] {
        let f = d("emargement.pdf");
        let mut v = vec!["emargement", "--atelier", "1", args[0]];
        if !args[1].is_empty() {
            v.push(args[1]);
        }
        let out = s(&f);
        v.extend(["--out", &out]);
        let o = oepre(&base, &v);
        assert!(o.status.success(), "{v:?} : {}", stderr(&o));
        std::fs::remove_file(&f).unwrap();
    }

    for nom in ["inscrits.pdf", "inscrits.xlsx"] {
        let f = d(nom);
        let o = oepre(&base, &["inscrits", "--atelier", "Atelier alphabétisation", "--out", &s(&f)]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(commence_par(&f, if nom.ends_with("pdf") { b"%PDF" } else { b"PK" }), "{nom}");
    }
    let f = d("fiche.pdf");
    assert!(oepre(&base, &["fiche", "--out", &s(&f)]).status.success());
    let f = d("fiche-1.pdf");
    assert!(oepre(&base, &["fiche", "--parent", "1", "--out", &s(&f)]).status.success());

    // Default minimum (50 %): the demo's parents are all above it, no warning.
    let f = d("attestation-parent.pdf");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--parent", "1", "--out", &s(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Attention"), "{}", stderr(&o));
    // A minimum above everyone's rate: issued anyway, one warning line per parent.
    {
        let mut db = oepre_core::Db::ouvrir(&base).unwrap();
        oepre_core::documents::definir_taux_minimum(&mut db, 0.999).unwrap();
    }
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--atelier", "Atelier alphabétisation", "--out", &s(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let avertissements = stderr(&o).lines().filter(|l| l.starts_with("Attention") && l.contains("sous le minimum de 100 %")).count();
    assert_eq!(avertissements, 12, "une ligne par parent de l'atelier alpha (hors liste d'attente) :\n{}", stderr(&o));
    assert!(commence_par(&f, b"%PDF"));
}

#[test]
fn une_mauvaise_entree_ne_laisse_aucun_fichier() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let f = dir.path().join("x.pdf");
    let out = f.to_str().unwrap();
    let cas: [&[&str]; 7] = [
        &["emargement", "--atelier", "Atelier inconnu", "--month", "2026-03", "--out", out],
        &["emargement", "--atelier", "1", "--month", "2026-13", "--out", out],
        &["emargement", "--atelier", "1", "--date", "2025-08-15", "--out", out],
        &["emargement", "--atelier", "1", "--out", out],
        &["attestations", "--year", "2030-2031", "--out", out],
        &["inscrits", "--atelier", "1", "--out", "liste.docx"],
        &["fiche", "--parent", "999", "--out", out],
    ];
    for args in cas {
        let o = oepre(&base, args);
        assert_eq!(o.status.code(), Some(1), "{args:?} : {}", stderr(&o));
        assert!(stderr(&o).starts_with("Erreur"), "{args:?} : {}", stderr(&o));
        assert!(!f.exists() && !dir.path().join("x.pdf.tmp").exists(), "{args:?} a laissé un fichier");
    }
    let o = oepre(&base, &["emargement", "--atelier", "1", "--date", "2025-08-15", "--out", out]);
    assert!(stderr(&o).contains("n'a pas de séance"), "{}", stderr(&o));
}

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
    // A minimum above everyone's rate: refused without the option, every parent named, nothing
    // written; issued with --meme-sous-le-seuil, one warning line per parent.
    {
        let mut db = oepre_core::Db::ouvrir(&base).unwrap();
        oepre_core::sorties::documents::definir_taux_minimum(&mut db, 0.999).unwrap();
    }
    std::fs::remove_file(&f).unwrap();
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--atelier", "Atelier alphabétisation", "--out", &s(&f)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("relancez avec --meme-sous-le-seuil"), "{}", stderr(&o));
    assert_eq!(stderr(&o).matches("sous le minimum de 100 %").count(), 12, "les 12 parents sont nommés :\n{}", stderr(&o));
    assert!(!f.exists(), "rien n'est écrit sans l'option");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--atelier", "Atelier alphabétisation", "--meme-sous-le-seuil", "--out", &s(&f)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let avertissements = stderr(&o).lines().filter(|l| l.starts_with("Attention") && l.contains("sous le minimum de 100 %")).count();
    assert_eq!(avertissements, 12, "une ligne par parent de l'atelier alpha (hors liste d'attente) :\n{}", stderr(&o));
    assert!(commence_par(&f, b"%PDF"));
}

/// A parent enrolled but who has not attended a single hour gets no attestation (a page
/// « 0 h sur 0 h » would attest nothing): the PDF has one page fewer and the parent is named.
#[test]
fn pas_d_attestation_sans_heure_suivie() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("demo.sqlite");
    assert!(oepre(&base, &["demo"]).status.success());
    let pages = |p: &Path| -> u32 {
        let o = Command::new("pdfinfo").arg(p).output().expect("pdfinfo");
        String::from_utf8_lossy(&o.stdout).lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
    };
    let avant = dir.path().join("avant.pdf");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--atelier", "1", "--out", avant.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Pas d'attestation"), "{}", stderr(&o));

    // A new parent enrolled in atelier 1 from its first day, never marked present.
    let id = {
        use oepre_core::domaine::inscription::{self, SaisieInscription};
        let mut db = oepre_core::Db::ouvrir(&base).unwrap();
        let saisie = oepre_core::domaine::parent::SaisieParent { nom: "Zeroheure".into(), prenom: "Nadia".into(), ..Default::default() };
        let p = oepre_core::domaine::parent::creer(&mut db, &saisie).unwrap().id;
        let premier: String = db.conn().query_row("SELECT premier_jour FROM atelier WHERE id = 1", [], |r| r.get(0)).unwrap();
        let s = SaisieInscription::nouvelle(p, 1, premier);
        inscription::inscrire(&mut db, &s).unwrap();
        p
    };

    let apres = dir.path().join("apres.pdf");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--atelier", "1", "--meme-sous-le-seuil", "--out", apres.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Pas d'attestation : Nadia ZEROHEURE"), "{}", stderr(&o));
    assert_eq!(pages(&apres), pages(&avant), "pas de page pour un parent sans heure suivie");

    // Only that parent: nothing to issue, said plainly, no file.
    let seul = dir.path().join("seul.pdf");
    let o = oepre(&base, &["attestations", "--year", "2025-2026", "--parent", &id.to_string(), "--out", seul.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("Nadia ZEROHEURE n'a encore suivi aucune heure"), "{}", stderr(&o));
    assert!(!seul.exists());
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

//! `oepre backup`, `backups list`, `restore`, `export-db`, `import-db`, `passphrase`: the
//! contract of issue 8, through the real binary.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const PHRASE: &str = "tableau-noir-2026";

fn commande(base: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_oepre"));
    c.arg("--db").arg(base).args(args).env_remove("OEPRE_PASSPHRASE").env_remove("OEPRE_NEW_PASSPHRASE");
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

fn oepre(base: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    commande(base, args, env).output().expect("oepre")
}

/// Runs `oepre` with `entree` on stdin.
fn oepre_stdin(base: &Path, args: &[&str], entree: &str) -> Output {
    let mut enfant = commande(base, args, &[]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    enfant.stdin.take().unwrap().write_all(entree.as_bytes()).unwrap();
    enfant.wait_with_output().unwrap()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

fn erreur(o: Output) -> String {
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stdout));
    String::from_utf8(o.stderr).unwrap()
}

fn parents(base: &Path, env: &[(&str, &str)]) -> usize {
    let v: serde_json::Value = serde_json::from_str(&ok(oepre(base, &["parents", "list", "--json"], env))).unwrap();
    v.as_array().unwrap().len()
}

fn premier_parent_supprime(base: &Path) {
    let db = oepre_core::Db::ouvrir(base).unwrap();
    db.conn().execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM parent WHERE id = (SELECT min(id) FROM parent);").unwrap();
}

#[test]
fn backup_liste_restore() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.sqlite");
    ok(oepre(&base, &["demo"], &[]));
    let n = parents(&base, &[]);
    let d = dir.path().join("cle");
    let d = d.to_str().unwrap();
    assert!(ok(oepre(&base, &["backup", "--to", d], &[])).starts_with("Sauvegarde écrite et vérifiée"));
    let liste: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["backups", "list", "--json", "--from", d], &[]))).unwrap();
    let s = &liste[0];
    assert_eq!(s["resume"]["annee"], "2025-2026");
    assert_eq!(s["resume"]["parents"], n);
    assert_eq!(s["chiffree"], false);
    assert!(s["taille"].as_u64().unwrap() > 0);
    let texte = ok(oepre(&base, &["backups", "list", "--from", d], &[]));
    assert!(texte.contains("Collège Louise Michel — 2025-2026"), "{texte}");

    premier_parent_supprime(&base);
    assert_eq!(parents(&base, &[]), n - 1);
    let sortie = ok(oepre(&base, &["restore", s["chemin"].as_str().unwrap()], &[]));
    assert!(sortie.contains("Sauvegarde restaurée : Collège Louise Michel"), "{sortie}");
    assert!(sortie.contains("Ancien fichier de données (sauvegardée et vérifiée)"), "{sortie}");
    assert_eq!(parents(&base, &[]), n);

    // A file that is not a backup: French error, exit 1, data file unchanged.
    let faux = dir.path().join("faux.sqlite");
    std::fs::write(&faux, "pas une base").unwrap();
    let avant = std::fs::read(&base).unwrap();
    let e = erreur(oepre(&base, &["restore", faux.to_str().unwrap()], &[]));
    assert!(e.contains("n'est pas une base de données Ateliers OEPRE"), "{e}");
    assert_eq!(std::fs::read(&base).unwrap(), avant);
}

/// `oepre backup` never deletes a backup (as « Sauvegarder maintenant » in the app); the
/// rotation is its own command. Two copies of the same past day: the older one goes.
#[test]
fn backup_ne_supprime_rien_la_rotation_est_a_part() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.sqlite");
    ok(oepre(&base, &["demo"], &[]));
    ok(oepre(&base, &["backup"], &[]));
    let dossier = dir.path().join("sauvegardes");
    let faite = std::fs::read_dir(&dossier).unwrap().next().unwrap().unwrap().path();
    std::fs::copy(&faite, dossier.join("oepre-20260105-090000.sqlite")).unwrap();
    std::fs::rename(&faite, dossier.join("oepre-20260105-080000.sqlite")).unwrap();
    let sortie = ok(oepre(&base, &["backup"], &[]));
    assert!(!sortie.contains("supprimée"), "{sortie}");
    assert_eq!(std::fs::read_dir(&dossier).unwrap().count(), 3, "une sauvegarde de plus, aucune de moins");
    let sortie = ok(oepre(&base, &["backups", "rotate"], &[]));
    assert_eq!(sortie.matches("Ancienne sauvegarde supprimée").count(), 1, "{sortie}");
    assert!(sortie.contains("oepre-20260105-080000.sqlite"), "{sortie}");
    assert!(dossier.join("oepre-20260105-090000.sqlite").exists(), "la plus récente du jour reste");
}

#[test]
fn export_import_entre_deux_postes() {
    let dir = tempfile::tempdir().unwrap();
    let pc1 = dir.path().join("pc1.sqlite");
    let pc2 = dir.path().join("pc2/oepre.sqlite");
    ok(oepre(&pc1, &["demo"], &[]));
    let export = dir.path().join("transfert.oepre");
    let e = export.to_str().unwrap();
    assert!(ok(oepre(&pc1, &["export-db", e], &[])).starts_with("Base exportée et vérifiée"));
    let sortie = ok(oepre(&pc2, &["import-db", e], &[]));
    assert!(sortie.starts_with("Base importée : Collège Louise Michel"), "{sortie}");
    assert_eq!(parents(&pc2, &[]), parents(&pc1, &[]));

    // A file from a newer version is refused, the current file untouched.
    let recente = dir.path().join("recente.oepre");
    std::fs::copy(&export, &recente).unwrap();
    oepre_core::Db::ouvrir(&recente).unwrap().conn().execute_batch("PRAGMA user_version = 999").unwrap();
    let avant = std::fs::read(&pc2).unwrap();
    let err = erreur(oepre(&pc2, &["import-db", recente.to_str().unwrap()], &[]));
    assert!(err.contains("version plus récente"), "{err}");
    assert_eq!(std::fs::read(&pc2).unwrap(), avant);
    let err = erreur(oepre(&pc1, &["export-db", dir.path().join("absent/x.oepre").to_str().unwrap()], &[]));
    assert!(err.contains("introuvable"), "{err}");
}

#[test]
fn phrase_secrete_definir_changer_retirer() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.sqlite");
    ok(oepre(&base, &["demo"], &[]));
    let n = parents(&base, &[]);

    // Set, from the environment.
    let sortie = ok(oepre(&base, &["passphrase", "set"], &[("OEPRE_NEW_PASSPHRASE", PHRASE)]));
    assert!(sortie.contains("maintenant chiffré"), "{sortie}");
    let e = erreur(oepre(&base, &["parents", "list"], &[]));
    assert!(e.contains("chiffré"), "{e}");
    let e = erreur(oepre(&base, &["parents", "list"], &[("OEPRE_PASSPHRASE", "mauvaise-phrase")]));
    assert!(e.contains("La phrase secrète ne permet pas d'ouvrir le fichier"), "{e}");
    assert_eq!(parents(&base, &[("OEPRE_PASSPHRASE", PHRASE)]), n);

    // Backups are encrypted; listed without the passphrase, summarised with it.
    ok(oepre(&base, &["backup"], &[("OEPRE_PASSPHRASE", PHRASE)]));
    let liste = ok(oepre(&base, &["backups", "list"], &[("OEPRE_PASSPHRASE", PHRASE)]));
    assert!(liste.contains(&format!("{n} parents")), "{liste}");
    let liste: serde_json::Value = serde_json::from_str(&ok(oepre(&base, &["backups", "list", "--json"], &[("OEPRE_PASSPHRASE", PHRASE)]))).unwrap();
    assert_eq!(liste[0]["chiffree"], true);
    let octets = std::fs::read(liste[0]["chemin"].as_str().unwrap()).unwrap();
    assert!(!octets.starts_with(b"SQLite format 3"), "the backup is encrypted");

    // Change, from stdin (two lines: current, new).
    let sortie = ok(oepre_stdin(&base, &["passphrase", "change"], &format!("{PHRASE}\nune-autre-phrase\n")));
    assert!(sortie.contains("La phrase secrète a été changée"), "{sortie}");
    assert!(sortie.contains("La sauvegarde déjà écrite garde sa protection précédente"), "{sortie}");
    assert_eq!(parents(&base, &[("OEPRE_PASSPHRASE", "une-autre-phrase")]), n);

    // Remove: plain again.
    ok(oepre(&base, &["passphrase", "remove"], &[("OEPRE_PASSPHRASE", "une-autre-phrase")]));
    assert_eq!(parents(&base, &[]), n);
    assert!(std::fs::read(&base).unwrap().starts_with(b"SQLite format 3\0"));
    let e = erreur(oepre(&base, &["passphrase", "remove"], &[("OEPRE_PASSPHRASE", "une-autre-phrase")]));
    assert!(e.contains("n'est pas chiffré"), "{e}");
    let e = erreur(oepre_stdin(&base, &["passphrase", "set"], "court\n"));
    assert!(e.contains("au moins 8 caractères"), "{e}");
    let e = erreur(oepre_stdin(&base, &["passphrase", "set"], ""));
    assert!(e.contains("OEPRE_NEW_PASSPHRASE"), "{e}");
}

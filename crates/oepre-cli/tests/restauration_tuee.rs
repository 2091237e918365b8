//! A restore killed at any moment leaves the old file or the new one, whole: `oepre restore`
//! is started over and over, alternating two backups that differ by one parent, and killed with
//! SIGKILL after a random delay between 0 and 1.2 × the time of one full restore (measured
//! first, so the kills spread over the whole restore on any machine). After each kill the
//! data file must open, pass `integrity_check` and hold one of the two states; after a restore
//! that finished, the restored one.
//!
//! 40 kills by default; `OEPRE_RESTORE_KILL_ITERATIONS=N` for more.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use oepre_core::Db;

const OEPRE: &str = env!("CARGO_BIN_EXE_oepre");

fn oepre(db: &Path, args: &[&str]) -> String {
    let sortie = Command::new(OEPRE).arg("--db").arg(db).args(args).env_remove("OEPRE_PASSPHRASE").output().unwrap();
    assert!(sortie.status.success(), "oepre {args:?} : {}", String::from_utf8_lossy(&sortie.stderr));
    String::from_utf8(sortie.stdout).unwrap()
}

fn parents(db: &Db) -> i64 {
    db.conn().query_row("SELECT count(*) FROM parent", [], |r| r.get(0)).unwrap()
}

#[test]
fn sigkill_pendant_une_restauration_laisse_l_ancien_ou_le_nouveau_fichier() {
    let iterations: u64 = std::env::var("OEPRE_RESTORE_KILL_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(40);
    let tmp = tempfile::tempdir().unwrap();
    let chemin = tmp.path().join("oepre.sqlite");
    oepre(&chemin, &["demo"]);
    let a = tmp.path().join("a.oepre");
    oepre(&chemin, &["export-db", a.to_str().unwrap()]);
    let b = tmp.path().join("b.oepre");
    {
        let db = Db::ouvrir(&chemin).unwrap();
        db.conn().execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM parent WHERE id = (SELECT max(id) FROM parent);").unwrap();
    }
    oepre(&chemin, &["export-db", b.to_str().unwrap()]);
    let lire = |f: &Path| oepre_core::restauration::verifier(f, None).unwrap().resume.parents;
    let n_a = lire(&a);
    let n_b = n_a - 1;
    assert_eq!(lire(&b), n_b);

    let t = std::time::Instant::now();
    oepre(&chemin, &["restore", a.to_str().unwrap()]);
    let duree_ms = (t.elapsed().as_millis() as u64 * 6 / 5).max(1);
    let mut graine: u64 = 0x4F45_5052_0008_0002;
    let (mut finies, mut tuees, mut tuees_apres_bascule) = (0, 0, 0);
    let mut avant = parents(&Db::ouvrir(&chemin).unwrap());
    for tour in 0..iterations {
        let (cible, attendu) = if tour % 2 == 0 { (&a, n_a) } else { (&b, n_b) };
        let mut enfant = Command::new(OEPRE)
            .arg("--db")
            .arg(&chemin)
            .args(["restore", cible.to_str().unwrap()])
            .env_remove("OEPRE_PASSPHRASE")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        graine ^= graine << 13;
        graine ^= graine >> 7;
        graine ^= graine << 17;
        std::thread::sleep(Duration::from_millis(graine % duree_ms));
        let fini = enfant.try_wait().unwrap();
        if fini.is_none() {
            enfant.kill().unwrap();
            tuees += 1;
        }
        let statut = enfant.wait().unwrap();

        let db = Db::ouvrir(&chemin).unwrap_or_else(|e| panic!("tour {tour} : la base ne s'ouvre plus : {e}"));
        let integrite: String = db.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrite, "ok", "tour {tour}");
        let n = parents(&db);
        if fini.is_some() {
            assert!(statut.success(), "tour {tour} : la restauration a échoué sans être tuée");
            assert_eq!(n, attendu, "tour {tour} : restauration finie");
            finies += 1;
        } else {
            assert!(n == n_a || n == n_b, "tour {tour} : {n} parents");
            if n != avant {
                tuees_apres_bascule += 1;
            }
        }
        avant = n;
    }
    println!(
        "{iterations} restaurations : {tuees} tuées en cours (dont {tuees_apres_bascule} après la bascule), {finies} finies ; le fichier était entier à chaque fois"
    );
    assert!(tuees * 4 >= iterations, "le kill doit souvent tomber pendant la restauration : {tuees}/{iterations}");
}

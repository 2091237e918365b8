//! Crash safety, proven: a shell loop writes attendance marks with `oepre presence`, one
//! process per mark, and reports each committed mark on stdout (`OK k` is printed only after
//! `oepre` exited 0, i.e. after its transaction committed). The whole process group is killed
//! with SIGKILL after a random 5–60 ms; then the file must pass `PRAGMA integrity_check` and
//! hold every mark reported as committed.
//!
//! 200 kills by default; `OEPRE_KILL_ITERATIONS=1000 cargo test --release -p oepre-cli --test
//! crash -- --nocapture` for the soak (see `docs/performance.md`). Linux/Unix only: needs
//! `setsid` (util-linux) and `kill`.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use oepre_core::Db;

const OEPRE: &str = env!("CARGO_BIN_EXE_oepre");
const STATUTS: [&str; 4] = ["present", "absent", "excuse", "retard"];
/// Marks planned per iteration: more than can run in 60 ms, so the kill lands mid-loop.
const MARQUES_PAR_TOUR: usize = 40;

/// xorshift64: a fixed seed makes every run kill at the same moments (as far as timing allows).
struct Xorshift(u64);

impl Xorshift {
    fn suivant(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn entre(&mut self, min: u64, max: u64) -> u64 {
        min + self.suivant() % (max - min + 1)
    }
}

fn oepre(db: &Path, args: &[&str]) -> String {
    let sortie = Command::new(OEPRE).arg("--db").arg(db).args(args).output().unwrap();
    assert!(sortie.status.success(), "oepre {args:?} : {}", String::from_utf8_lossy(&sortie.stderr));
    String::from_utf8(sortie.stdout).unwrap()
}

fn args_marque(seance: i64, parent: i64, statut: &str) -> Vec<String> {
    let mut a = vec!["presence".into(), "--seance".into(), seance.to_string(), "--parent".into(), parent.to_string(), "--statut".into(), statut.into()];
    if statut == "retard" {
        a.extend(["--minutes".into(), "5".into()]);
    }
    a
}

/// The séance and the parents to mark: the enrolled parents of atelier 1 (CLI JSON), and the
/// latest séance of it where each of them can be marked (probed with one real mark each).
fn choisir(db: &Path) -> (i64, Vec<i64>) {
    let parents: serde_json::Value = serde_json::from_str(&oepre(db, &["parents", "list", "--atelier", "1", "--json"])).unwrap();
    let inscrits: Vec<i64> = parents
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            p["inscriptions"].as_array().unwrap().iter().any(|i| i["atelier_id"] == 1 && i["statut"] == "inscrit" && i["parti_le"].is_null())
        })
        .map(|p| p["id"].as_i64().unwrap())
        .take(8)
        .collect();
    assert!(inscrits.len() >= 4, "{inscrits:?}");
    let seances: serde_json::Value = serde_json::from_str(&oepre(db, &["seances", "--atelier", "1", "--json"])).unwrap();
    let mut candidates: Vec<&serde_json::Value> = seances["seances"].as_array().unwrap().iter().filter(|s| s["annulee"] == false).collect();
    candidates.reverse();
    for s in candidates {
        let id = s["id"].as_i64().unwrap();
        let ok = inscrits.iter().all(|&p| {
            Command::new(OEPRE).arg("--db").arg(db).args(args_marque(id, p, "present")).output().unwrap().status.success()
        });
        if ok {
            return (id, inscrits);
        }
    }
    panic!("aucune séance de l'atelier 1 ne peut être marquée");
}

fn quote(texte: &str) -> String {
    format!("'{}'", texte.replace('\'', r"'\''"))
}

/// Kills the process group `pgid`; retries while `setsid` has not made it a group yet.
fn tuer_groupe(enfant: &mut std::process::Child) {
    let pgid = enfant.id();
    for _ in 0..1000 {
        let ok = Command::new("kill").args(["-KILL", "--", &format!("-{pgid}")]).stderr(Stdio::null()).status().unwrap().success();
        if ok || enfant.try_wait().unwrap().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    panic!("impossible de tuer le groupe {pgid}");
}

fn marques(db: &Db, seance: i64) -> HashMap<i64, (String, i64)> {
    let mut stmt = db
        .conn()
        .prepare("SELECT i.parent_id, p.statut, p.minutes_retard FROM presence p JOIN inscription i ON i.id = p.inscription_id WHERE p.seance_id = ?1")
        .unwrap();
    let lignes = stmt.query_map([seance], |r| Ok((r.get::<_, i64>(0)?, (r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))).unwrap();
    lignes.map(Result::unwrap).collect()
}

#[test]
fn sigkill_pendant_les_marques_ne_perd_rien_de_ce_qui_est_valide() {
    let iterations: usize = std::env::var("OEPRE_KILL_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let debut = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let chemin = tmp.path().join("oepre.sqlite");
    oepre(&chemin, &["demo"]);
    let (seance, parents) = choisir(&chemin);
    // What the file must hold, per parent: the last mark known committed.
    let mut attendu: HashMap<i64, String> = parents.iter().map(|&p| (p, "present".to_owned())).collect();

    let mut rng = Xorshift(0x4F45_5052_2026_0008);
    let mut total_ok = 0usize;
    let mut tues_en_cours = 0usize;
    for tour in 0..iterations {
        let plan: Vec<(i64, &str)> = (0..MARQUES_PAR_TOUR)
            .map(|_| (parents[rng.entre(0, parents.len() as u64 - 1) as usize], STATUTS[rng.entre(0, 3) as usize]))
            .collect();
        let mut script = String::new();
        for (k, (parent, statut)) in plan.iter().enumerate() {
            let args: Vec<String> = args_marque(seance, *parent, statut).iter().map(|a| quote(a)).collect();
            script.push_str(&format!(
                "{} --db {} {} >/dev/null 2>&1 && echo OK {k} {seance} {parent} {statut} || echo ERR {k}\n",
                quote(OEPRE),
                quote(&chemin.to_string_lossy()),
                args.join(" ")
            ));
        }
        let mut enfant = Command::new("setsid").args(["sh", "-c", &script]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.entre(5, 60)));
        if enfant.try_wait().unwrap().is_none() {
            tues_en_cours += 1;
        }
        tuer_groupe(&mut enfant);
        let mut sortie = String::new();
        enfant.stdout.take().unwrap().read_to_string(&mut sortie).unwrap();
        enfant.wait().unwrap();

        // Marks reported committed, in order: 0..n-1.
        let mut n = 0;
        for ligne in sortie.lines() {
            let mots: Vec<&str> = ligne.split(' ').collect();
            assert_eq!(mots[0], "OK", "tour {tour} : une marque a échoué sans être tuée : {ligne}");
            assert_eq!(mots[1].parse::<usize>().unwrap(), n, "tour {tour} : {sortie}");
            let (parent, statut) = plan[n];
            assert_eq!((mots[2], mots[3], mots[4]), (seance.to_string().as_str(), parent.to_string().as_str(), statut));
            attendu.insert(parent, statut.to_owned());
            n += 1;
        }
        total_ok += n;
        // The mark in flight when killed may or may not have committed: both are fine.
        let en_vol = plan.get(n).copied();

        let db = Db::ouvrir(&chemin).unwrap_or_else(|e| panic!("tour {tour} : la base ne s'ouvre plus : {e}"));
        let integrite: String = db.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrite, "ok", "tour {tour}");
        let fk: i64 = db.conn().query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(fk, 0, "tour {tour}");
        let presentes = marques(&db, seance);
        for (&parent, statut) in attendu.iter_mut() {
            let (lu, minutes) = presentes.get(&parent).unwrap_or_else(|| panic!("tour {tour} : la marque du parent {parent} a disparu"));
            let possible = lu == statut || en_vol.is_some_and(|(p, s)| p == parent && s == lu);
            assert!(possible, "tour {tour} : parent {parent} marqué « {lu} », attendu « {statut} » (en cours : {en_vol:?})");
            assert_eq!(*minutes, if lu == "retard" { 5 } else { 0 }, "tour {tour}");
            // The in-flight mark, if it committed, is now the state to keep.
            lu.clone_into(statut);
        }
    }
    println!(
        "{iterations} itérations SIGKILL ({tues_en_cours} tuées en pleine boucle), {total_ok} marques validées et retrouvées, en {:.1} s",
        debut.elapsed().as_secs_f64()
    );
    assert!(tues_en_cours * 10 >= iterations * 9, "le kill doit tomber en pleine boucle : {tues_en_cours}/{iterations}");

    // A backup taken right after the crashes is sound and listed with its summary.
    let dossier = tmp.path().join("usb");
    let d = dossier.to_string_lossy().into_owned();
    assert!(oepre(&chemin, &["backup", "--to", &d]).starts_with("Sauvegarde écrite et vérifiée"));
    let liste: serde_json::Value = serde_json::from_str(&oepre(&chemin, &["backups", "list", "--json", "--from", &d])).unwrap();
    let liste = liste.as_array().unwrap();
    assert_eq!(liste.len(), 1);
    assert_eq!(liste[0]["resume"]["annee"], "2025-2026");
    assert!(liste[0]["taille"].as_u64().unwrap() > 0);
}

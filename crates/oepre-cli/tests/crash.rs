//! Crash safety, proven: a shell loop writes attendance marks with `oepre presence`, one
//! process per mark, and reports each committed mark on stdout (`OK k` is printed only after
//! `oepre` exited 0, i.e. after its transaction committed). The whole process group is killed
//! with SIGKILL at a point chosen for each round, never after a delay, so where the kills land
//! does not depend on the machine's speed:
//! - right after the `k`-th mark was reported (the next one may be in flight: either state);
//! - with mark `k` stopped inside its transaction just before the commit
//!   (`OEPRE_TEST_POINT_ARRET=transaction:avant-validation`, see `oepre_core::commun::point_arret`): it
//!   must be lost;
//! - with mark `k` stopped right after its commit (`transaction:validee`): it must be kept.
//!
//! Then the file must pass `PRAGMA integrity_check` and hold every mark known committed.
//!
//! 150 rounds by default; `OEPRE_KILL_ITERATIONS=1000 cargo test --release -p oepre-cli --test
//! crash -- --nocapture` for the soak (see `docs/performance.md`). Linux/Unix only: needs `sh`
//! and `kill`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use oepre_core::Db;

const OEPRE: &str = env!("CARGO_BIN_EXE_oepre");
const STATUTS: [&str; 4] = ["present", "absent", "excuse", "retard"];
/// At most this many marks per round (the number is drawn for each round).
const MARQUES_PAR_TOUR: usize = 8;
/// How long the loop may stay silent before the test gives up: generous, it is only reached
/// when something is wrong.
const DELAI_LIGNE: Duration = Duration::from_secs(300);

/// xorshift64: a fixed seed makes every run plan the same rounds and kill at the same points.
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

/// Kills the whole process group of `enfant` (the shell and the `oepre` it runs).
fn tuer_groupe(enfant: &mut Child) {
    let groupe = format!("-{}", enfant.id());
    let ok = Command::new("kill").args(["-KILL", "--", &groupe]).stderr(Stdio::null()).status().unwrap().success();
    assert!(ok || enfant.try_wait().unwrap().is_some(), "impossible de tuer le groupe {groupe}");
}

fn marques(db: &Db, seance: i64) -> HashMap<i64, (String, i64)> {
    let mut stmt = db
        .conn()
        .prepare("SELECT i.parent_id, p.statut, p.minutes_retard FROM presence p JOIN inscription i ON i.id = p.inscription_id WHERE p.seance_id = ?1")
        .unwrap();
    let lignes = stmt.query_map([seance], |r| Ok((r.get::<_, i64>(0)?, (r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))).unwrap();
    lignes.map(Result::unwrap).collect()
}

/// Where a round kills its loop.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Coupure {
    /// Right after the `k`-th mark was reported committed: the next one may be in flight.
    ApresMarques(usize),
    /// Mark `k` stopped inside its transaction, before the commit: it must be lost.
    AvantValidation(usize),
    /// Mark `k` stopped right after its commit, before the process ends: it must be kept.
    ApresValidation(usize),
}

/// Lines of the shell loop's stdout, read on a thread, with a generous deadline per line.
fn lecteur(enfant: &mut Child) -> mpsc::Receiver<String> {
    let sortie = enfant.stdout.take().unwrap();
    let (envoi, reception) = mpsc::channel();
    std::thread::spawn(move || {
        for ligne in BufReader::new(sortie).lines().map_while(Result::ok) {
            if envoi.send(ligne).is_err() {
                return;
            }
        }
    });
    reception
}

#[test]
fn sigkill_pendant_les_marques_ne_perd_rien_de_ce_qui_est_valide() {
    let iterations: usize = std::env::var("OEPRE_KILL_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(150);
    let debut = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let chemin = tmp.path().join("oepre.sqlite");
    oepre(&chemin, &["demo"]);
    let (seance, parents) = choisir(&chemin);
    // What the file must hold, per parent: the last mark known committed.
    let mut attendu: HashMap<i64, String> = parents.iter().map(|&p| (p, "present".to_owned())).collect();

    let mut rng = Xorshift(0x4F45_5052_2026_0008);
    let mut total_ok = 0usize;
    let mut comptes: HashMap<&str, usize> = HashMap::new();
    for tour in 0..iterations {
        let n_marques = rng.entre(1, MARQUES_PAR_TOUR as u64) as usize;
        let plan: Vec<(i64, &str)> = (0..n_marques)
            .map(|_| (parents[rng.entre(0, parents.len() as u64 - 1) as usize], STATUTS[rng.entre(0, 3) as usize]))
            .collect();
        let k = rng.entre(0, n_marques as u64 - 1) as usize;
        let coupure = match tour % 3 {
            0 => Coupure::ApresMarques(k),
            1 => Coupure::AvantValidation(k),
            _ => Coupure::ApresValidation(k),
        };
        let mut script = String::new();
        for (i, (parent, statut)) in plan.iter().enumerate() {
            let args: Vec<String> = args_marque(seance, *parent, statut).iter().map(|a| quote(a)).collect();
            let (point, redirection) = match coupure {
                Coupure::AvantValidation(j) if j == i => ("OEPRE_TEST_POINT_ARRET=transaction:avant-validation ", "2>&1 >/dev/null"),
                Coupure::ApresValidation(j) if j == i => ("OEPRE_TEST_POINT_ARRET=transaction:validee ", "2>&1 >/dev/null"),
                _ => ("", ">/dev/null 2>&1"),
            };
            script.push_str(&format!(
                "{point}{} --db {} {} {redirection} && echo OK {i} {seance} {parent} {statut} || echo ERR {i}\n",
                quote(OEPRE),
                quote(&chemin.to_string_lossy()),
                args.join(" ")
            ));
        }
        let mut enfant = Command::new("sh")
            .args(["-c", &script])
            .env_remove(oepre_core::commun::point_arret::VARIABLE)
            .process_group(0)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let lignes = lecteur(&mut enfant);
        let mut sortie: Vec<String> = Vec::new();
        // Read until the chosen moment, then kill the whole group there.
        loop {
            let ok = sortie.iter().filter(|l| l.starts_with("OK ")).count();
            let arrete = sortie.last().is_some_and(|l| l.starts_with("point d'arrêt : "));
            let maintenant = match coupure {
                Coupure::ApresMarques(j) => ok == j,
                Coupure::AvantValidation(_) | Coupure::ApresValidation(_) => arrete,
            };
            if maintenant {
                break;
            }
            match lignes.recv_timeout(DELAI_LIGNE) {
                Ok(ligne) => sortie.push(ligne),
                Err(e) => panic!("tour {tour} ({coupure:?}) : la boucle ne dit plus rien ({e}) : {sortie:?}"),
            }
        }
        tuer_groupe(&mut enfant);
        enfant.wait().unwrap();
        sortie.extend(lignes.iter());
        *comptes
            .entry(match coupure {
                Coupure::ApresMarques(_) => "entre deux marques",
                Coupure::AvantValidation(_) => "avant la validation",
                Coupure::ApresValidation(_) => "après la validation",
            })
            .or_default() += 1;

        // Marks reported committed, in order: 0..n-1.
        let mut n = 0;
        for ligne in &sortie {
            if ligne.starts_with("point d'arrêt : ") {
                continue;
            }
            let mots: Vec<&str> = ligne.split(' ').collect();
            assert_eq!(mots[0], "OK", "tour {tour} : une marque a échoué sans être tuée : {ligne}");
            assert_eq!(mots[1].parse::<usize>().unwrap(), n, "tour {tour} : {sortie:?}");
            let (parent, statut) = plan[n];
            assert_eq!((mots[2], mots[3], mots[4]), (seance.to_string().as_str(), parent.to_string().as_str(), statut));
            attendu.insert(parent, statut.to_owned());
            n += 1;
        }
        total_ok += n;
        let en_vol = plan.get(n).copied();
        match coupure {
            Coupure::AvantValidation(j) | Coupure::ApresValidation(j) => assert_eq!(n, j, "tour {tour} : {sortie:?}"),
            Coupure::ApresMarques(j) => assert!(n >= j, "tour {tour} : {sortie:?}"),
        }

        let db = Db::ouvrir(&chemin).unwrap_or_else(|e| panic!("tour {tour} : la base ne s'ouvre plus : {e}"));
        let integrite: String = db.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrite, "ok", "tour {tour}");
        let fk: i64 = db.conn().query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(fk, 0, "tour {tour}");
        let presentes = marques(&db, seance);
        // The mark stopped before its commit is lost; the one stopped after it is kept; the
        // one in flight between two marks may be either.
        if let (Coupure::ApresValidation(_), Some((parent, statut))) = (coupure, en_vol) {
            attendu.insert(parent, statut.to_owned());
        }
        let incertaine = if let Coupure::ApresMarques(_) = coupure { en_vol } else { None };
        for (&parent, statut) in attendu.iter_mut() {
            let (lu, minutes) = presentes.get(&parent).unwrap_or_else(|| panic!("tour {tour} : la marque du parent {parent} a disparu"));
            let possible = lu == statut || incertaine.is_some_and(|(p, s)| p == parent && s == lu);
            assert!(possible, "tour {tour} ({coupure:?}) : parent {parent} marqué « {lu} », attendu « {statut} » (en cours : {en_vol:?})");
            assert_eq!(*minutes, if lu == "retard" { 5 } else { 0 }, "tour {tour}");
            // The in-flight mark, if it committed, is now the state to keep.
            lu.clone_into(statut);
        }
    }
    let mut comptes: Vec<_> = comptes.into_iter().collect();
    comptes.sort();
    println!(
        "{iterations} boucles tuées par SIGKILL ({}), {total_ok} marques validées et retrouvées, en {:.1} s",
        comptes.iter().map(|(k, n)| format!("{n} {k}")).collect::<Vec<_>>().join(", "),
        debut.elapsed().as_secs_f64()
    );
    assert_eq!(comptes.iter().map(|(_, n)| n).sum::<usize>(), iterations);

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

//! Document benchmarks: `cargo bench -p oepre-core --bench documents` (release build).
//!
//! On the demo school grown to 120 enrolments (the demo's 29 plus copies of them, with
//! their marks), measures the targets of docs/performance.md:
//! 1. 120 attestations in one PDF — target ≤ 100 ms, ≤ 40 kB per page;
//! 2. the month émargement of a 20-parent atelier — target ≤ 20 ms;
//! 3. a whole year's émargements of that atelier (one sheet per séance) — target ≤ 100 ms.
//!
//! `OEPRE_BENCH_SEUL=attestations` runs only the first (to measure its peak memory with
//! `/usr/bin/time -v`); `OEPRE_DOCS_KEEP=<dir>` writes the files there; `OEPRE_BENCH_BASE=<file>`
//! writes the grown school as a data file (for the whole-process comparison with LibreOffice,
//! `tests/bench/attestations-libreoffice.sh`).

use std::time::{Duration, Instant};

use oepre_core::sorties::documents::{self, ChoixAttestations};
use oepre_core::{domaine::annee, domaine::atelier, Db};
use rusqlite::params;

/// Copies enrolment `modele` (parent, marks) as a new parent in `atelier_id`.
fn copier(db: &mut Db, modele: i64, atelier_id: i64, n: usize) {
    db.transaction(|tx| {
        let parent: i64 = tx.query_row("SELECT parent_id FROM inscription WHERE id = ?1", [modele], |r| r.get(0))?;
        tx.execute(
            "INSERT INTO parent (nom, prenom, translitteration, cle_recherche, sexe, annee_naissance, nationalite, pays_origine, annee_arrivee, cir)
             SELECT nom, prenom || ' ' || ?2, translitteration, cle_recherche, sexe, annee_naissance, nationalite, pays_origine, annee_arrivee, cir
             FROM parent WHERE id = ?1",
            params![parent, n.to_string()],
        )?;
        let nouveau = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut, entree_oral, entree_ecrit)
             SELECT ?2, ?3, inscrit_le, 'inscrit', entree_oral, entree_ecrit FROM inscription WHERE id = ?1",
            params![modele, nouveau, atelier_id],
        )?;
        let ins = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO presence (seance_id, inscription_id, statut, minutes_retard)
             SELECT seance_id, ?2, statut, minutes_retard FROM presence WHERE inscription_id = ?1",
            params![modele, ins],
        )?;
        Ok(())
    })
    .expect("copie");
}

fn base() -> (Db, i64, i64, i64) {
    let mut db = Db::en_memoire().expect("base");
    oepre_core::demo::ecole::charger(&mut db).expect("démo");
    let mardi = atelier::trouver(db.conn(), "Atelier du mardi et jeudi").expect("atelier").id;
    let alpha = atelier::trouver(db.conn(), "Atelier alphabétisation").expect("atelier").id;
    let modeles = |db: &Db, a: i64| -> Vec<i64> {
        db.conn()
            .prepare("SELECT id FROM inscription WHERE atelier_id = ?1 AND statut = 'inscrit' ORDER BY id")
            .unwrap()
            .query_map([a], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let m = modeles(&db, mardi);
    for (n, &i) in m.iter().cycle().take(3).enumerate() {
        copier(&mut db, i, mardi, n + 2);
    }
    let m = modeles(&db, alpha);
    for (n, &i) in m.iter().cycle().take(88).enumerate() {
        copier(&mut db, i, alpha, n + 2);
    }
    let annee = annee::courante(db.conn()).unwrap().unwrap().id;
    (db, annee, mardi, alpha)
}

fn mesurer(nom: &str, tours: usize, cible: Duration, mut f: impl FnMut() -> Vec<u8>) -> Vec<u8> {
    let debut = Instant::now();
    let mut octets = f();
    let premier = debut.elapsed();
    let mut temps = Vec::with_capacity(tours);
    for _ in 0..tours {
        let t = Instant::now();
        octets = f();
        temps.push(t.elapsed());
    }
    temps.sort();
    let mediane = temps[temps.len() / 2];
    let ok = if mediane <= cible { "ok" } else { "AU-DESSUS DE LA CIBLE" };
    println!(
        "{nom}: médiane {:.1} ms (min {:.1}, max {:.1}, premier {:.1}) sur {tours} tours — cible {} ms {ok} — {} octets",
        mediane.as_secs_f64() * 1e3,
        temps[0].as_secs_f64() * 1e3,
        temps[temps.len() - 1].as_secs_f64() * 1e3,
        premier.as_secs_f64() * 1e3,
        cible.as_millis(),
        octets.len()
    );
    if let Ok(dir) = std::env::var("OEPRE_DOCS_KEEP") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(format!("bench-{nom}.pdf")), &octets).unwrap();
    }
    octets
}

fn main() {
    let (db, annee_id, mardi, _alpha) = base();
    if let Ok(fichier) = std::env::var("OEPRE_BENCH_BASE") {
        db.conn().execute("VACUUM INTO ?1", [&fichier]).expect("copie de la base de mesure");
    }
    let seul = std::env::var("OEPRE_BENCH_SEUL").unwrap_or_default();
    let choix = ChoixAttestations { annee_id, atelier_id: None, parent_id: None };
    let n: i64 = db.conn().query_row("SELECT count(*) FROM inscription WHERE statut <> 'attente'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 120, "120 attestations");
    let fait_le = chrono::NaiveDate::from_ymd_opt(2026, 7, 3).unwrap();
    let t = Instant::now();
    for _ in 0..10 {
        documents::attestations_sous_le_seuil(&db, &choix).unwrap();
    }
    println!("  lecture des 120 inscriptions et de leurs heures : {:.1} ms", t.elapsed().as_secs_f64() * 100.0);
    let pdf = mesurer("attestations-120", 10, Duration::from_millis(100), || documents::attestations(&db, &choix, fait_le).unwrap());
    println!("  {} octets par page en moyenne (cible ≤ 40 000)", pdf.len() / 120);
    if seul == "attestations" {
        return;
    }
    let actifs_mars: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM inscription WHERE atelier_id = ?1 AND statut <> 'attente' AND (parti_le IS NULL OR parti_le >= '2026-03-01')",
            [mardi],
            |r| r.get(0),
        )
        .unwrap();
    println!("  feuille du mois : {actifs_mars} parents");
    mesurer("emargement-mois-20-parents", 20, Duration::from_millis(20), || documents::feuille_mois(&db, mardi, 2026, 3).unwrap());
    let seances: i64 = db.conn().query_row("SELECT count(*) FROM seance WHERE atelier_id = ?1 AND annulee = 0", [mardi], |r| r.get(0)).unwrap();
    println!("  année : {seances} séances");
    mesurer("emargements-annee", 10, Duration::from_millis(100), || documents::feuilles_annee(&db, mardi).unwrap());
}

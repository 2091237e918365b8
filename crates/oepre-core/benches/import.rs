//! Cost of importing a list: `cargo bench -p oepre-core --bench import` (release).
//!
//! A 2 000-row CSV (countries and languages written as French names, as schools type them)
//! is read, previewed twice (automatic mapping, then every column mapped by hand) and imported
//! into an in-memory base, as the import screen does. Figures in `docs/performance.md`.

mod commun;
use commun::Mesure;

use std::time::{Duration, Instant};

use oepre_core::domaine::import::{self, Correspondance};
use oepre_core::Db;

const LIGNES: usize = 2_000;
const PAYS: &[&str] = &["Algérie", "maroc", "Côte d'Ivoire", "Syrie", "Afghanistan", "Sri Lanka", "Turquie", "Ukraine"];
const LANGUES: &[&str] = &["arabe, kabyle", "Arabe", "dioula, français", "arabe", "dari, pachto", "tamoul", "turc, kurde", "ukrainien, russe"];

fn csv() -> String {
    let mut s = String::from("Nom;Prénom;Sexe;Année de naissance;Nationalité;Pays d'origine;Langues;Date d'inscription\n");
    for i in 0..LIGNES {
        let (p, l) = (PAYS[i % PAYS.len()], LANGUES[i % LANGUES.len()]);
        s.push_str(&format!("Nom{i};Prénom{i};F;{};{p};{p};{l};{:02}/10/2025\n", 1970 + i % 30, i % 28 + 1));
    }
    s
}

fn base() -> Db {
    let db = Db::en_memoire().unwrap();
    db.conn()
        .execute_batch(
            "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1);
             INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (1, 'Mardi matin', '2025-10-01', '2026-06-30', 7200);",
        )
        .unwrap();
    db
}

fn main() {
    let dossier = tempfile::tempdir().unwrap();
    let chemin = dossier.path().join("inscrits.csv");
    std::fs::write(&chemin, csv()).unwrap();
    let fois = 11;
    let mut durees: Vec<Duration> = (0..=fois)
        .map(|_| {
            let mut db = base();
            let t = Instant::now();
            let tableau = import::lire_tableau(&chemin).unwrap();
            let c: Vec<Correspondance> = import::correspondances_auto(&tableau.entetes);
            assert_eq!(import::apercu(db.conn(), &chemin, 1, None).unwrap().erreurs.len(), 0);
            import::apercu(db.conn(), &chemin, 1, Some(&c)).unwrap();
            let r = import::importer(&mut db, &chemin, 1, Some(&c)).unwrap();
            let d = t.elapsed();
            assert_eq!(r.apercu.lignes.len(), LIGNES);
            d
        })
        .collect();
    durees.remove(0); // warm-up
    let m = Mesure::de(durees);
    println!(
        "{:<60} médiane {:>8.2} ms   max {:>8.2} ms",
        format!("import CSV {LIGNES} lignes (lecture, 2 aperçus, import)"),
        m.mediane(),
        m.max()
    );
}

//! Attendance benchmarks: `cargo bench -p oepre-core --bench presences` (release build).
//!
//! Measures the three targets of docs/performance.md on a data file in a temporary folder,
//! opened like the app opens it (WAL, synchronous=FULL):
//! 1. saving one mark (one transaction) — target ≤ 10 ms;
//! 2. opening the roll call of a 20-parent séance — target ≤ 50 ms;
//! 3. hours and rates of 1 000 enrolments × 80 séances (80 000 marks) — target ≤ 50 ms.

mod commun;
use commun::Mesure;

use std::time::Instant;

use oepre_core::domaine::heures::{self, Portee};
use oepre_core::domaine::presence::{self, SaisieMarque, StatutPresence};
use oepre_core::Db;
use rusqlite::params;

const ATELIERS: i64 = 50;
const PARENTS_PAR_ATELIER: i64 = 20;
const SEANCES_PAR_ATELIER: i64 = 80;

fn remplir(db: &mut Db) -> (Vec<i64>, Vec<(i64, i64)>) {
    let mut seances_a_marquer = Vec::new();
    let mut premiere_seance = Vec::new();
    db.transaction(|tx| {
        tx.execute("INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)", [])?;
        let debut = chrono::NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
        for a in 1..=ATELIERS {
            tx.execute(
                "INSERT INTO atelier (id, annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, 1, ?2, '2025-10-01', '2026-06-30', 9600)",
                params![a, format!("Atelier {a}")],
            )?;
            let mut inscriptions = Vec::new();
            for p in 0..PARENTS_PAR_ATELIER {
                tx.execute(
                    "INSERT INTO parent (nom, prenom, cle_recherche) VALUES (?1, ?2, ?3)",
                    params![format!("Nom{a}-{p}"), "Prénom", format!("nom{a}-{p} prenom")],
                )?;
                let parent = tx.last_insert_rowid();
                // A few mid-year enrolments and departures, as in real life.
                let inscrit_le = if p % 7 == 0 { "2025-12-01" } else { "2025-10-01" };
                let (statut, parti_le) = if p % 11 == 0 { ("parti", Some("2026-03-10")) } else { ("inscrit", None) };
                tx.execute(
                    "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut, parti_le, motif_depart) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![parent, a, inscrit_le, statut, parti_le, parti_le.map(|_| "travail")],
                )?;
                inscriptions.push(tx.last_insert_rowid());
            }
            for s in 0..SEANCES_PAR_ATELIER {
                let date = debut + chrono::Days::new((s * 3) as u64);
                tx.execute("INSERT INTO seance (atelier_id, date, debut, fin) VALUES (?1, ?2, '14:00:00', '16:00:00')", params![a, date])?;
                let seance = tx.last_insert_rowid();
                if s == 0 {
                    premiere_seance.push(seance);
                }
                for (k, &i) in inscriptions.iter().enumerate() {
                    let statut = match (s + k as i64) % 13 {
                        0 => "absent",
                        1 => "excuse",
                        2 => "retard",
                        _ => "present",
                    };
                    let minutes = if statut == "retard" { 15 } else { 0 };
                    tx.execute("INSERT INTO presence VALUES (?1, ?2, ?3, ?4)", params![seance, i, statut, minutes])?;
                }
                seances_a_marquer.push((seance, inscriptions[1]));
            }
        }
        Ok(())
    })
    .unwrap();
    (premiere_seance, seances_a_marquer)
}

fn mesurer(nom: &str, cible_ms: f64, fois: usize, f: impl FnMut(usize)) {
    let m = Mesure::chronometrer(fois, f);
    let (mediane, p95) = (m.mediane(), m.p95());
    let verdict = if p95 <= cible_ms { "OK" } else { "AU-DESSUS DE LA CIBLE" };
    println!("{nom:<58} médiane {mediane:>7.2} ms   p95 {p95:>7.2} ms   max {:>7.2} ms   cible ≤ {cible_ms} ms  {verdict}", m.max());
}

fn main() {
    let dossier = tempfile::tempdir().unwrap();
    let mut db = Db::ouvrir(&dossier.path().join("banc.sqlite")).unwrap();
    let t = Instant::now();
    let (premieres, a_marquer) = remplir(&mut db);
    println!(
        "Données : {} ateliers × {} parents × {} séances = {} marques (écrites en {:.1} s)",
        ATELIERS,
        PARENTS_PAR_ATELIER,
        SEANCES_PAR_ATELIER,
        ATELIERS * PARENTS_PAR_ATELIER * SEANCES_PAR_ATELIER,
        t.elapsed().as_secs_f64()
    );
    let statuts = [StatutPresence::Absent, StatutPresence::Present, StatutPresence::Retard, StatutPresence::Excuse];
    mesurer("1. enregistrer une marque (une transaction, fichier)", 10.0, 200, |k| {
        let (seance_id, inscription_id) = a_marquer[k % a_marquer.len()];
        let statut = statuts[k % 4];
        let minutes_retard = (statut == StatutPresence::Retard).then_some(10);
        presence::marquer(&mut db, &SaisieMarque { seance_id, inscription_id, statut: Some(statut), minutes_retard }).unwrap();
    });
    mesurer("2. ouvrir l'appel d'une séance de 20 parents", 50.0, 200, |k| {
        let a = presence::appel(db.conn(), premieres[k % premieres.len()]).unwrap();
        assert_eq!(a.lignes.len() as i64, PARENTS_PAR_ATELIER - 3, "3 inscrits en décembre ne comptent pas le 1er octobre");
    });
    mesurer("3. heures et taux de 1 000 inscriptions × 80 séances", 50.0, 30, |_| {
        let h = heures::par_inscription(db.conn(), &Portee::Tout).unwrap();
        assert_eq!(h.len() as i64, ATELIERS * PARENTS_PAR_ATELIER);
    });
    mesurer("   (même chose, un seul atelier de 20 parents)", 50.0, 100, |_| {
        heures::par_inscription(db.conn(), &Portee::Atelier(1)).unwrap();
    });
}

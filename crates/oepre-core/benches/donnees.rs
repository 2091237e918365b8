//! Cost of the data file's safety: `cargo bench -p oepre-core --bench donnees` (release).
//!
//! On a year of 50 ateliers × 20 parents × 80 séances (80 000 marks) and on five such years
//! (`OEPRE_BANC_ANNEES`, default `1,5`), plain and encrypted (SQLCipher):
//! - the integrity check at opening: `quick_check` vs `integrity_check`;
//! - opening the file as the app does (`Db::ouvrir_avec`: checks, key derivation, pragmas);
//! - saving one roll-call mark (`presence::marquer`, one transaction, `synchronous=FULL`);
//! - writing a verified backup (`sauvegarde::sauvegarder`), listing backups with their summary
//!   (kept in memory once read: the backups written here are already known).
//!
//! Figures in `docs/performance.md`.

mod commun;
use commun::Mesure;

use std::path::Path;

use oepre_core::domaine::presence::{self, SaisieMarque, StatutPresence};
use oepre_core::{securite::chiffrement, securite::sauvegarde, Db};
use rusqlite::params;

const PARENTS_PAR_ATELIER: i64 = 20;
const SEANCES_PAR_ATELIER: i64 = 80;
const PHRASE: &str = "banc-d-essai-chiffre";

/// `ateliers` ateliers of 20 parents and 80 séances, every mark taken. Returns (séance, inscription) pairs to mark.
fn remplir(db: &mut Db, ateliers: i64) -> Vec<(i64, i64)> {
    let mut a_marquer = Vec::new();
    db.transaction(|tx| {
        tx.execute("INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)", [])?;
        let debut = chrono::NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
        for a in 1..=ateliers {
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
                tx.execute(
                    "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut) VALUES (?1, ?2, '2025-10-01', 'inscrit')",
                    params![parent, a],
                )?;
                inscriptions.push(tx.last_insert_rowid());
            }
            for s in 0..SEANCES_PAR_ATELIER {
                let date = debut + chrono::Days::new((s * 3) as u64);
                tx.execute("INSERT INTO seance (atelier_id, date, debut, fin) VALUES (?1, ?2, '14:00:00', '16:00:00')", params![a, date])?;
                let seance = tx.last_insert_rowid();
                for &i in &inscriptions {
                    tx.execute("INSERT INTO presence VALUES (?1, ?2, 'present', 0)", params![seance, i])?;
                }
                a_marquer.push((seance, inscriptions[1]));
            }
        }
        Ok(())
    })
    .unwrap();
    a_marquer
}

fn mesurer(nom: &str, fois: usize, f: impl FnMut(usize)) {
    let m = Mesure::chronometrer(fois, f);
    println!("{nom:<60} médiane {:>8.2} ms   p95 {:>8.2} ms", m.mediane(), m.p95());
}

fn verification(chemin: &Path, phrase: Option<&str>, pragma: &str) {
    let conn = rusqlite::Connection::open_with_flags(chemin, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    if let Some(p) = phrase {
        conn.pragma_update(None, "key", p).unwrap();
    }
    let r: String = conn.query_row(&format!("PRAGMA {pragma}(1)"), [], |r| r.get(0)).unwrap();
    assert_eq!(r, "ok");
}

fn main() {
    let annees: Vec<i64> = std::env::var("OEPRE_BANC_ANNEES")
        .unwrap_or_else(|_| "1,5".into())
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    for n in annees {
        let dossier = tempfile::tempdir().unwrap();
        let plain = dossier.path().join("plain.sqlite");
        let chiffre = dossier.path().join("chiffre.sqlite");
        let a_marquer = {
            let mut db = Db::ouvrir(&plain).unwrap();
            remplir(&mut db, 50 * n)
        };
        std::fs::copy(&plain, &chiffre).unwrap();
        chiffrement::definir_phrase(&chiffre, PHRASE).unwrap();
        let taille = std::fs::metadata(&plain).unwrap().len();
        println!("\n{n} année(s) : {} marques, fichier de {:.1} Mo", 50 * n * PARENTS_PAR_ATELIER * SEANCES_PAR_ATELIER, taille as f64 / 1e6);
        for (nom, chemin, phrase) in [("en clair", &plain, None), ("chiffré", &chiffre, Some(PHRASE))] {
            mesurer(&format!("PRAGMA quick_check ({nom})"), 10, |_| verification(chemin, phrase, "quick_check"));
            mesurer(&format!("PRAGMA integrity_check ({nom})"), 10, |_| verification(chemin, phrase, "integrity_check"));
            mesurer(&format!("ouvrir le fichier comme l'application ({nom})"), 10, |_| {
                Db::ouvrir_avec(chemin, phrase).unwrap();
            });
            let mut db = Db::ouvrir_avec(chemin, phrase).unwrap();
            let statuts = [StatutPresence::Absent, StatutPresence::Present, StatutPresence::Retard, StatutPresence::Excuse];
            mesurer(&format!("une marque d'appel ({nom})"), 200, |k| {
                let (seance_id, inscription_id) = a_marquer[k % a_marquer.len()];
                let statut = statuts[k % 4];
                let minutes_retard = (statut == StatutPresence::Retard).then_some(10);
                presence::marquer(&mut db, &SaisieMarque { seance_id, inscription_id, statut: Some(statut), minutes_retard }).unwrap();
            });
            let sauvegardes = dossier.path().join(format!("sauvegardes-{nom}"));
            mesurer(&format!("sauvegarde vérifiée ({nom})"), 5, |_| {
                sauvegarde::sauvegarder(&db, &sauvegardes).unwrap();
            });
            let combien = sauvegarde::lister(&sauvegardes).unwrap().len();
            mesurer(&format!("lister {combien} sauvegardes avec leur résumé, déjà lu ({nom})"), 5, |_| {
                let l = sauvegarde::lister_avec(&sauvegardes, phrase).unwrap();
                assert!(l.iter().all(|s| s.resume.is_some()));
            });
        }
    }
}

//! Retention purge benchmark: `cargo bench -p oepre-core --bench conservation` (release build).
//!
//! A data file with 1 000 parents of a school year ended long ago (50 ateliers × 20 parents ×
//! 80 séances = 80 000 marks; each parent with a phone, a child, a language and a note), opened
//! like the app opens it. Measures the preview (`conservation::apercu`), the erasure of one
//! parent (`acces::effacer`, which also rebuilds the file) and the purge of the 999 others
//! (`conservation::purger`: one transaction, then `VACUUM` and WAL truncation), each round on
//! a fresh file. Figures in docs/performance.md.

mod commun;
use commun::{ms, Mesure};

use std::time::Instant;

use chrono::NaiveDate;
use oepre_core::{domaine::conservation, Db};
use rusqlite::params;

const ATELIERS: i64 = 50;
const PARENTS_PAR_ATELIER: i64 = 20;
const SEANCES_PAR_ATELIER: i64 = 80;

fn remplir(db: &mut Db) {
    db.transaction(|tx| {
        tx.execute("INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour) VALUES ('2021-2022', '2021-09-02', '2022-07-06')", [])?;
        let debut = NaiveDate::from_ymd_opt(2021, 10, 1).unwrap();
        for a in 1..=ATELIERS {
            tx.execute(
                "INSERT INTO atelier (id, annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, 1, ?2, '2021-10-01', '2022-06-30', 9600)",
                params![a, format!("Atelier {a}")],
            )?;
            let mut inscriptions = Vec::new();
            for p in 0..PARENTS_PAR_ATELIER {
                tx.execute(
                    "INSERT INTO parent (nom, prenom, cle_recherche, telephone, telephone_consentement, notes, nationalite, sexe)
                     VALUES (?1, 'Prénom', ?2, '06 12 34 56 78', 1, 'vient le mardi avec sa sœur', 'DZ', 'F')",
                    params![format!("Nom{a}-{p}"), format!("nom{a}-{p} prenom")],
                )?;
                let parent = tx.last_insert_rowid();
                tx.execute("INSERT INTO enfant (parent_id, prenom, classe) VALUES (?1, 'Lina', 'CE1')", [parent])?;
                tx.execute("INSERT INTO parent_langue (parent_id, langue, lue, ecrite) VALUES (?1, 'ar', 1, 1)", [parent])?;
                tx.execute(
                    "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut, entree_oral) VALUES (?1, ?2, '2021-10-01', 'inscrit', 'A1')",
                    params![parent, a],
                )?;
                inscriptions.push(tx.last_insert_rowid());
            }
            for s in 0..SEANCES_PAR_ATELIER {
                let date = debut + chrono::Days::new((s * 3) as u64);
                tx.execute("INSERT INTO seance (atelier_id, date, debut, fin) VALUES (?1, ?2, '14:00:00', '16:00:00')", params![a, date])?;
                let seance = tx.last_insert_rowid();
                for (k, &i) in inscriptions.iter().enumerate() {
                    let statut = if (s + k as i64) % 9 == 0 { "absent" } else { "present" };
                    tx.execute("INSERT INTO presence VALUES (?1, ?2, ?3, 0)", params![seance, i, statut])?;
                }
            }
        }
        Ok(())
    })
    .unwrap();
}

fn main() {
    let aujourd_hui = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut apercus = Vec::new();
    let mut purges = Vec::new();
    let mut effacements = Vec::new();
    for tour in 0..3 {
        let dossier = tempfile::tempdir().unwrap();
        let chemin = dossier.path().join("banc.sqlite");
        let mut db = Db::ouvrir(&chemin).unwrap();
        remplir(&mut db);
        for _ in 0..10 {
            let t = Instant::now();
            let a = conservation::apercu(&db, aujourd_hui).unwrap();
            apercus.push(t.elapsed());
            assert_eq!(a.nombre, ATELIERS * PARENTS_PAR_ATELIER);
        }
        db.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
        let taille = std::fs::metadata(&chemin).map(|m| m.len()).unwrap_or(0);
        let t = Instant::now();
        oepre_core::domaine::acces::effacer(&mut db, 1, "Banc").unwrap();
        effacements.push(t.elapsed());
        let t = Instant::now();
        let r = conservation::purger(&mut db, aujourd_hui, "Banc").unwrap();
        let d = t.elapsed();
        assert_eq!((r.parents_anonymises, r.fichier_compacte), (ATELIERS * PARENTS_PAR_ATELIER - 1, true));
        println!("tour {}: fichier de {:.1} Mo, purge de 999 parents (transaction + VACUUM) en {:.0} ms", tour + 1, taille as f64 / 1e6, ms(d));
        purges.push(d);
    }
    let (apercus, effacements, purges) = (Mesure::de(apercus), Mesure::de(effacements), Mesure::de(purges));
    println!("aperçu (1 000 parents à purger)          médiane {:>7.1} ms   max {:>7.1} ms", apercus.mediane(), apercus.max());
    println!("effacer un parent (anonymiser + VACUUM)  médiane {:>7.0} ms   max {:>7.0} ms", effacements.mediane(), effacements.max());
    println!("purge de 999 parents, 80 000 marques     médiane {:>7.0} ms   max {:>7.0} ms", purges.mediane(), purges.max());
}

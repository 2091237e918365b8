//! Bilan benchmark: `cargo bench -p oepre-core --bench bilan` (release build).
//!
//! A school with 10 years of data in a data file opened like the app opens it: 10 school years
//! × 4 ateliers = 40 ateliers, 600 parents (15 per atelier), 100 séances of 2 h per atelier =
//! 4 000 séances, every roll call taken = 60 000 marks, 6 intervenants paid by vacation,
//! evaluations, certifications, other costs, funding and a qualitative draft. Targets (issue 7):
//! 1. `bilan::calculer_au` of the last year — ≤ 200 ms;
//! 2. writing the XLSX + PDF + JSON (`bilan::exporter_au`, computation included) — ≤ 500 ms.
//!
//! Figures and machine notes go in `docs/performance.md`.

mod commun;
use commun::Mesure;

use std::time::Instant;

use chrono::{Datelike, Days, NaiveDate};
use oepre_core::sorties::bilan::{self, finances, qualitatif, CategorieDepense, SaisieDepense, SaisieFinancement};
use oepre_core::Db;
use rusqlite::params;

const ANNEES: i32 = 10;
const ATELIERS_PAR_ANNEE: i64 = 4;
const PARENTS_PAR_ATELIER: i64 = 15;
const SEANCES_PAR_ATELIER: i64 = 100;
const NATIONALITES: [&str; 8] = ["DZ", "MA", "TN", "AF", "UA", "CN", "SN", "LK"];

/// Fills the file; returns the id of the last school year.
fn remplir(db: &mut Db) -> i64 {
    let mut derniere = 0;
    db.transaction(|tx| {
        tx.execute(
            "INSERT INTO etablissement (id, nom, type, uai, commune, academie, zone, chef_nom, chef_titre)
             VALUES (1, 'Collège Banc d''essai', 'college', '0931234L', 'Saint-Denis', 'Créteil', 'C', 'Chef', 'principal')",
            [],
        )?;
        for i in 0..6 {
            tx.execute("INSERT INTO intervenant (nom, statut, remuneration) VALUES (?1, 'upe2a', 'vacation')", [format!("Intervenant {i}")])?;
        }
        let mut parent_no = 0;
        for an in 0..ANNEES {
            let rentree = 2016 + an;
            let premier = NaiveDate::from_ymd_opt(rentree, 9, 1).unwrap();
            tx.execute(
                "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES (?1, ?2, ?3, ?4)",
                params![format!("{rentree}-{}", rentree + 1), premier, NaiveDate::from_ymd_opt(rentree + 1, 7, 4).unwrap(), an == ANNEES - 1],
            )?;
            let annee = tx.last_insert_rowid();
            derniere = annee;
            for k in 0..ATELIERS_PAR_ANNEE {
                tx.execute(
                    "INSERT INTO atelier (annee_id, nom, niveau, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, ?2, 'A1', ?3, ?4, 12000)",
                    params![annee, format!("Atelier {k} {rentree}"), premier, NaiveDate::from_ymd_opt(rentree + 1, 6, 30).unwrap()],
                )?;
                let atelier = tx.last_insert_rowid();
                let mut inscriptions = Vec::new();
                for p in 0..PARENTS_PAR_ATELIER {
                    parent_no += 1;
                    tx.execute(
                        "INSERT INTO parent (nom, prenom, cle_recherche, sexe, nationalite, annee_arrivee, cir) VALUES (?1, 'Prénom', ?2, ?3, ?4, ?5, ?6)",
                        params![
                            format!("Nom{parent_no}"),
                            format!("nom{parent_no}"),
                            if p % 4 == 0 { "M" } else { "F" },
                            NATIONALITES[(parent_no % 8) as usize],
                            rentree - (p % 7) as i32,
                            p % 3 == 0
                        ],
                    )?;
                    let parent = tx.last_insert_rowid();
                    let (statut, parti_le) = if p % 9 == 0 { ("parti", Some(NaiveDate::from_ymd_opt(rentree + 1, 3, 2).unwrap())) } else { ("inscrit", None) };
                    tx.execute(
                        "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut, parti_le, motif_depart, entree_oral, sortie_oral)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'A1', 'A2')",
                        params![parent, atelier, premier, statut, parti_le, parti_le.map(|_| "travail")],
                    )?;
                    let inscription = tx.last_insert_rowid();
                    if p % 5 == 0 {
                        tx.execute("INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, 'DELF A1', 1)", [inscription])?;
                    }
                    inscriptions.push(inscription);
                }
                // 100 séances from mid-September, one every 2 or 3 days, Monday to Friday.
                let mut date = NaiveDate::from_ymd_opt(rentree, 9, 15).unwrap() + Days::new(k as u64);
                for s in 0..SEANCES_PAR_ATELIER {
                    while date.weekday().number_from_monday() > 5 {
                        date = date + Days::new(1);
                    }
                    tx.execute(
                        "INSERT INTO seance (atelier_id, date, debut, fin, theme) VALUES (?1, ?2, '14:00:00', '16:00:00', ?3)",
                        params![atelier, date, format!("Thème {}", s % 12)],
                    )?;
                    let seance = tx.last_insert_rowid();
                    tx.execute("INSERT INTO seance_intervenant (seance_id, intervenant_id) VALUES (?1, ?2)", params![seance, 1 + (k + s % 2) % 6])?;
                    for (n, &i) in inscriptions.iter().enumerate() {
                        let statut = match (s + n as i64) % 11 {
                            0 => "absent",
                            1 => "excuse",
                            2 => "retard",
                            _ => "present",
                        };
                        tx.execute("INSERT INTO presence VALUES (?1, ?2, ?3, ?4)", params![seance, i, statut, if statut == "retard" { 15 } else { 0 }])?;
                    }
                    date = date + Days::new(2 + (s % 2) as u64);
                }
            }
        }
        Ok(())
    })
    .unwrap();
    for (k, cat) in CategorieDepense::TOUTES.into_iter().enumerate() {
        let s = SaisieDepense { categorie: cat, libelle: format!("Dépense {k}"), montant: format!("{}", 50 * (k + 1)), date: String::new() };
        finances::ajouter_depense(db, derniere, &s).unwrap();
    }
    finances::ajouter_financement(db, derniere, &SaisieFinancement { source: "Rectorat".into(), montant: "6000".into(), date: "2026-01-10".into() }).unwrap();
    let mut q = qualitatif::lire(db, derniere).unwrap();
    q.difficultes = "Garde des enfants le mercredi.".into();
    qualitatif::enregistrer(db, derniere, &q).unwrap();
    derniere
}

fn mesurer(nom: &str, cible_ms: f64, fois: usize, mut f: impl FnMut()) {
    let m = Mesure::chronometrer(fois, |_| f());
    let mediane = m.mediane();
    let verdict = if mediane <= cible_ms { "OK" } else { "AU-DESSUS DE LA CIBLE" };
    println!(
        "{nom:<52} médiane {mediane:>7.1} ms   min {:>7.1} ms   max {:>7.1} ms   cible ≤ {cible_ms} ms  {verdict}",
        m.min(),
        m.max()
    );
}

fn main() {
    let dossier = tempfile::tempdir().unwrap();
    let mut db = Db::ouvrir(&dossier.path().join("banc.sqlite")).unwrap();
    let t = Instant::now();
    let annee = remplir(&mut db);
    let compter = |table: &str| db.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0)).unwrap();
    println!(
        "Données : {} ateliers, {} parents, {} séances, {} marques (écrites en {:.1} s)",
        compter("atelier"),
        compter("parent"),
        compter("seance"),
        compter("presence"),
        t.elapsed().as_secs_f64()
    );
    let jour = NaiveDate::from_ymd_opt(2026, 7, 10).unwrap();
    let b = bilan::calculer_au(&db, annee, jour).unwrap();
    assert_eq!((b.ecole.groupes, b.ecole.parents.inscrits, b.ecole.seances_realisees), (4, 60, 400));
    assert!(b.points_a_verifier.as_ref().is_some_and(|p| !p.is_empty()), "sections qualitatives vides");
    mesurer("1. bilan::calculer_au (dernière année sur 10)", 200.0, 30, || {
        bilan::calculer_au(&db, annee, jour).unwrap();
    });
    let sortie = dossier.path().join("export");
    mesurer("2. bilan::exporter_au (calcul + XLSX + PDF + JSON)", 500.0, 20, || {
        bilan::exporter_au(&db, annee, &sortie, jour, |_| {}).unwrap();
    });
    mesurer("   dont la production des 3 fichiers, sans calcul", 500.0, 20, || {
        bilan::xlsx(&b).unwrap();
        bilan::pdf(&db, &b, jour).unwrap();
        bilan::json(&b);
    });
    for f in std::fs::read_dir(&sortie).unwrap() {
        let f = f.unwrap();
        println!("   {} : {:.1} ko", f.file_name().to_string_lossy(), f.metadata().unwrap().len() as f64 / 1024.0);
    }
}

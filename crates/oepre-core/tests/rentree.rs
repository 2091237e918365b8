//! La rentrée (issue 18): from the demo's 2025-2026, ended on 5 December 2026, to 2026-2027.
//! Preview first (nothing written), then one transaction: the year, the ateliers with their
//! slots and séances, the continuing parents re-enrolled « réinscrit·e »; the old year stays
//! for its documents and bilan and refuses changes; bad choices are refused, nothing written.

use chrono::NaiveDate;
use oepre_core::sorties::documents::{self, ChoixAttestations};
use oepre_core::domaine::inscription::{self, SaisieInscription};
use oepre_core::domaine::presence::{self, SaisieMarque, StatutPresence};
use oepre_core::domaine::rentree::{self, ChoixRentree};
use oepre_core::{domaine::annee, domaine::atelier, sorties::bilan, demo, domaine::seance, Db, Erreur};

fn d(a: i32, m: u32, j: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(a, m, j).unwrap()
}

fn compte(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn demo_db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::ouvrir(&dir.path().join("oepre.sqlite")).unwrap();
    demo::charger(&mut db).unwrap();
    (dir, db)
}

#[test]
fn de_2025_2026_a_2026_2027() {
    let (_dir, mut db) = demo_db();
    let aujourd_hui = d(2026, 12, 5);
    let etat = rentree::etat_annee(db.conn(), aujourd_hui).unwrap();
    assert!(etat.terminee, "2025-2026 ended on {}", etat.courante.unwrap().dernier_jour);
    assert_eq!(etat.suivante.as_deref(), Some("2026-2027"));
    assert!(!rentree::etat_annee(db.conn(), d(2026, 3, 10)).unwrap().terminee);

    // The preview writes nothing.
    let avant = compte(&db, "SELECT total_changes()");
    let apercu = rentree::apercu(db.conn(), "2025-2026").unwrap();
    assert_eq!(compte(&db, "SELECT total_changes()"), avant);
    assert_eq!((apercu.libelle.as_str(), apercu.premier_jour, apercu.dernier_jour), ("2026-2027", d(2026, 9, 1), d(2027, 7, 2)));
    assert!(apercu.calendrier_livre, "zone C 2026-2027 is shipped");
    assert!(!apercu.deja_preparee);
    let anciens = atelier::lister(db.conn(), apercu.depuis.id).unwrap();
    assert_eq!(apercu.ateliers.len(), anciens.len());
    let premier = &apercu.ateliers[0];
    let ancien = anciens.iter().find(|a| a.id == premier.ancien_id).unwrap();
    assert_eq!(premier.premier_jour, ancien.premier_jour + chrono::Duration::weeks(52));
    assert_eq!(premier.creneaux.len(), ancien.creneaux.len());
    let enrolled = |atelier: i64| compte(&db, &format!("SELECT count(*) FROM inscription WHERE atelier_id = {atelier} AND statut = 'inscrit'"));
    assert_eq!(premier.continuent.len() as i64, enrolled(ancien.id));

    // Keep every atelier; re-enrol the continuing parents of the first one only.
    let reinscrits: Vec<i64> = premier.continuent.iter().map(|p| p.inscription_id).collect();
    let choix = ChoixRentree {
        depuis: "2025-2026".into(),
        premier_jour: "01/09/2026".into(),
        dernier_jour: "02/07/2027".into(),
        ateliers: apercu.ateliers.iter().map(|a| a.ancien_id).collect(),
        reinscriptions: reinscrits.clone(),
    };
    let ancienne_annee = apercu.depuis.id;
    let bilan_avant = serde_json::to_value(bilan::calculer_au(&db, ancienne_annee, aujourd_hui).unwrap().ecole).unwrap();
    let rapport = rentree::preparer(&mut db, &choix, aujourd_hui).unwrap();
    assert_eq!(rapport.annee.libelle, "2026-2027");
    assert!(rapport.annee.courante);
    assert_eq!(annee::courante(db.conn()).unwrap().unwrap().libelle, "2026-2027");
    assert_eq!(rapport.ateliers as usize, anciens.len());
    assert_eq!(rapport.reinscriptions as usize, reinscrits.len());
    assert!(rapport.seances > 20, "séances generated from the slots: {}", rapport.seances);

    let nouveaux = atelier::lister(db.conn(), rapport.annee.id).unwrap();
    assert_eq!(nouveaux.iter().map(|a| &a.nom).collect::<Vec<_>>(), anciens.iter().map(|a| &a.nom).collect::<Vec<_>>());
    let nouveau = nouveaux.iter().find(|a| a.nom == ancien.nom).unwrap();
    assert_eq!(nouveau.premier_jour, premier.premier_jour);
    assert_eq!(
        nouveau.creneaux.iter().map(|c| (c.libelle(), c.intervenants.len())).collect::<Vec<_>>(),
        ancien.creneaux.iter().map(|c| (c.libelle(), c.intervenants.len())).collect::<Vec<_>>(),
        "slots and intervenants carried over"
    );
    let seances = seance::lister(db.conn(), nouveau.id).unwrap();
    assert!(seances.iter().all(|s| s.date >= d(2026, 9, 1) && s.date <= d(2027, 7, 2)));
    assert!(!seances.iter().any(|s| s.date == d(2026, 11, 11)), "11 November is a public holiday");
    assert_eq!(
        compte(&db, &format!("SELECT count(*) FROM inscription WHERE atelier_id = {} AND reinscription = 1 AND statut = 'inscrit'", nouveau.id)),
        reinscrits.len() as i64
    );
    // The new year's bilan counts them as re-enrolled; the old year's figures are unchanged.
    let b = bilan::calculer_au(&db, rapport.annee.id, aujourd_hui).unwrap();
    assert_eq!(b.ecole.parents.reinscrits, reinscrits.len() as i64);
    assert_eq!(serde_json::to_value(bilan::calculer_au(&db, ancienne_annee, aujourd_hui).unwrap().ecole).unwrap(), bilan_avant);
    // Its attestations are still produced.
    let pdf = documents::attestations(&db, &ChoixAttestations { annee_id: ancienne_annee, atelier_id: None, parent_id: None }, aujourd_hui).unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    // The old year is read-only.
    let ancienne_seance: i64 = db
        .conn()
        .query_row("SELECT s.id FROM seance s WHERE s.atelier_id = ?1 AND s.annulee = 0 ORDER BY s.date DESC LIMIT 1", [ancien.id], |r| r.get(0))
        .unwrap();
    let une_inscription: i64 = db.conn().query_row("SELECT id FROM inscription WHERE atelier_id = ?1 LIMIT 1", [ancien.id], |r| r.get(0)).unwrap();
    let close = |e: Erreur| assert!(e.to_string().contains("2025-2026 est close"), "{e}");
    close(
        presence::marquer(
            &mut db,
            &SaisieMarque { seance_id: ancienne_seance, inscription_id: une_inscription, statut: Some(StatutPresence::Present), minutes_retard: None },
        )
        .unwrap_err(),
    );
    close(seance::annuler(&mut db, ancienne_seance, "Grève").unwrap_err());
    close(atelier::modifier(&mut db, ancien.id, &atelier::SaisieAtelier::from(ancien), aujourd_hui).unwrap_err());
    let p: i64 = db.conn().query_row("SELECT parent_id FROM inscription WHERE id = ?1", [une_inscription], |r| r.get(0)).unwrap();
    let autre_ancien = anciens.iter().find(|a| a.id != ancien.id).unwrap();
    let saisie = SaisieInscription::nouvelle(p, autre_ancien.id, autre_ancien.premier_jour.to_string());
    match inscription::inscrire(&mut db, &saisie) {
        Err(e) if e.to_string().contains("est close") || e.to_string().contains("déjà inscrit") => {}
        autre => panic!("{autre:?}"),
    }

    // Twice: refused, nothing written.
    let n = compte(&db, "SELECT count(*) FROM atelier");
    assert!(rentree::apercu(db.conn(), "2025-2026").unwrap().deja_preparee, "the preview says so before the button");
    match rentree::preparer(&mut db, &choix, aujourd_hui) {
        Err(Erreur::Conflit(m)) => assert!(m.contains("2026-2027 existe déjà"), "{m}"),
        autre => panic!("{autre:?}"),
    }
    assert_eq!(compte(&db, "SELECT count(*) FROM atelier"), n);
}

#[test]
fn les_mauvais_choix_ne_changent_rien() {
    let (_dir, mut db) = demo_db();
    let apercu = rentree::apercu(db.conn(), "2025-2026").unwrap();
    let tous: Vec<i64> = apercu.ateliers.iter().map(|a| a.ancien_id).collect();
    let base = ChoixRentree {
        depuis: "2025-2026".into(),
        premier_jour: "2026-09-01".into(),
        dernier_jour: "2027-07-02".into(),
        ateliers: tous.clone(),
        reinscriptions: vec![],
    };
    let annees = compte(&db, "SELECT count(*) FROM annee_scolaire");
    let champs = |r: Result<rentree::RapportRentree, Erreur>| -> Vec<String> {
        match r {
            Err(Erreur::Validation(c)) => c.into_iter().map(|c| format!("{}: {}", c.champ, c.message)).collect(),
            autre => panic!("{autre:?}"),
        }
    };
    let aujourd_hui = d(2026, 12, 5);
    // A last day before the first.
    let c = champs(rentree::preparer(&mut db, &ChoixRentree { dernier_jour: "2026-08-01".into(), ..base.clone() }, aujourd_hui));
    assert!(c.iter().any(|c| c.starts_with("dernier_jour")), "{c:?}");
    // A parent re-enrolled in an atelier that is not carried over.
    let premier = &apercu.ateliers[0];
    let c = champs(rentree::preparer(
        &mut db,
        &ChoixRentree {
            ateliers: tous.iter().copied().filter(|a| *a != premier.ancien_id).collect(),
            reinscriptions: vec![premier.continuent[0].inscription_id],
            ..base.clone()
        },
        aujourd_hui,
    ));
    assert!(c.iter().any(|c| c.contains("n'est pas reconduit")), "{c:?}");
    // An atelier of another year.
    let c = champs(rentree::preparer(&mut db, &ChoixRentree { ateliers: vec![9999], ..base.clone() }, aujourd_hui));
    assert!(c.iter().any(|c| c.starts_with("ateliers")), "{c:?}");
    assert_eq!(compte(&db, "SELECT count(*) FROM annee_scolaire"), annees, "nothing written");
    assert_eq!(annee::courante(db.conn()).unwrap().unwrap().libelle, "2025-2026");
}

#[test]
fn une_annee_sans_calendrier_livre_le_dit() {
    let (_dir, db) = demo_db();
    // Pretend the school is in 2027-2028 (the last shipped year): 2028-2029 is not shipped.
    db.conn().execute("UPDATE annee_scolaire SET libelle = '2027-2028', premier_jour = '2027-09-01', dernier_jour = '2028-07-01' WHERE courante = 1", []).unwrap();
    let apercu = rentree::apercu(db.conn(), "2027-2028").unwrap();
    assert_eq!(apercu.libelle, "2028-2029");
    assert!(!apercu.calendrier_livre);
    assert!(apercu.avertissements.iter().any(|a| a.contains("n'a pas le calendrier des vacances 2028-2029")), "{:?}", apercu.avertissements);
}

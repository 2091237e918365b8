//! The charter's follow-up indicators and the point trimestriel (issue 14, item 5), computed by
//! hand on a small year 2025-2026 of a zone C school (rentrée 01/09/2025). Terms: 1 from 01/09 to
//! 19/12/2025 (Noël 20/12–04/01), 2 from 05/01 to 17/04/2026 (printemps 18/04–03/05), 3 from
//! 04/05 to 03/07/2026. Term 2 counts the dates 20/12/2025–17/04/2026.
//!
//! Atelier A (120 h planned), séances from 09:00:
//! - S1 04/11/2025, 2 h, langue, roll call taken (term 1);
//! - S2 06/01/2026, 2 h, langue, taken; S3 13/01, 2 h, langue + valeurs, taken; S4 03/02, 1 h 30,
//!   école, taken; S5 03/03, 2 h, cancelled; S6 07/04, 2 h, langue, roll call not taken (term 2);
//! - S7 05/05/2026, 2 h, langue, taken (term 3).
//!
//! Term 2: 4 séances scheduled, 3 held, 1 cancelled; 5 h 30 held: langue 2 h + 1 h = 3 h, école
//! 1 h 30, valeurs 1 h; since the rentrée 2 h + 5 h 30 = 7 h 30.
//!
//! Parents of A: P1 enrolled 01/10/2025, present everywhere; P2 enrolled 01/10/2025, left
//! 20/01/2026 (S1 present, S2 absent, S3 present, S4 marked present after leaving: not counted);
//! P3 enrolled 10/01/2026 (S3 late 30 min, S4 present); P4 waiting list.
//! Term 2 attendance: P1 330/330, P2 120/240, P3 180/210 → 630 / 780 min = 80,8 %.
//! Group: start of term 2 = P1, P2 (2); arrivals 1 (P3); departures 1 (P2); end 2 (P1, P3).
//!
//! Ticks: P1 rencontre T2 and élection T1; P2 rencontre T1 and T2; P3 venue T2. P1 is also in
//! atelier B. Atelier A (and the school): rencontre [1, 2, 0] year 2; venue [0, 1, 0] year 1;
//! élection [1, 0, 0] year 1. Atelier B (P1 only): rencontre [0, 1, 0]; élection [1, 0, 0].

use chrono::NaiveDate;
use oepre_core::domaine::suivi_parents::{self, CompteIndicateur, IndicateurParent as I};
use oepre_core::domaine::trimestre;
use oepre_core::sorties::bilan::{self, qualitatif, trimestre as point};
use oepre_core::{application, Db, Erreur};
use rusqlite::params;

fn exec(db: &Db, sql: &str, p: impl rusqlite::Params) -> i64 {
    db.conn().execute(sql, p).unwrap();
    db.conn().last_insert_rowid()
}

fn jour(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Annee {
    db: Db,
    annee: i64,
    a: i64,
    b: i64,
    p: [i64; 4],
}

fn annee() -> Annee {
    let db = Db::en_memoire().unwrap();
    exec(
        &db,
        "INSERT INTO etablissement (id, nom, type, uai, commune, academie, zone, chef_nom, chef_titre)
         VALUES (1, 'École Lucie Aubrac', 'ecole', '0311234A', 'Toulouse', 'Toulouse', 'C', 'Irène Castagnol', 'directrice')",
        [],
    );
    let annee = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)", []);
    let atelier = |nom: &str| {
        exec(&db, "INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, ?2, '2025-10-01', '2026-06-30', 7200)", params![annee, nom])
    };
    let (a, b) = (atelier("Atelier A"), atelier("Atelier B"));
    let parent = |nom: &str| exec(&db, "INSERT INTO parent (nom, prenom, sexe) VALUES (?1, 'Prénom', 'F')", [nom]);
    let p = [parent("Zerbadjian"), parent("Ollavarrietta"), parent("Pimpernikova"), parent("Quartermillon")];
    let inscrire = |parent: i64, atelier: i64, le: &str, statut: &str, parti: Option<&str>| {
        exec(
            &db,
            "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut, parti_le, motif_depart) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![parent, atelier, le, statut, parti, parti.map(|_| "travail")],
        )
    };
    let i1 = inscrire(p[0], a, "2025-10-01", "inscrit", None);
    let i2 = inscrire(p[1], a, "2025-10-01", "parti", Some("2026-01-20"));
    let i3 = inscrire(p[2], a, "2026-01-10", "inscrit", None);
    inscrire(p[3], a, "2025-10-01", "attente", None);
    inscrire(p[0], b, "2025-10-01", "inscrit", None);
    let seance = |date: &str, fin: &str, axes: (bool, bool, bool), annulee: bool| {
        exec(
            &db,
            "INSERT INTO seance (atelier_id, date, debut, fin, axe_langue, axe_ecole, axe_valeurs, annulee, motif_annulation)
             VALUES (?1, ?2, '09:00', ?3, ?4, ?5, ?6, ?7, ?8)",
            params![a, date, fin, axes.0, axes.1, axes.2, annulee, if annulee { "grève" } else { "" }],
        )
    };
    let langue = (true, false, false);
    let s1 = seance("2025-11-04", "11:00", langue, false);
    let s2 = seance("2026-01-06", "11:00", langue, false);
    let s3 = seance("2026-01-13", "11:00", (true, false, true), false);
    let s4 = seance("2026-02-03", "10:30", (false, true, false), false);
    seance("2026-03-03", "11:00", langue, true);
    seance("2026-04-07", "11:00", langue, false);
    let s7 = seance("2026-05-05", "11:00", langue, false);
    let marque = |i: i64, s: i64, statut: &str, retard: i64| {
        exec(&db, "INSERT INTO presence (inscription_id, seance_id, statut, minutes_retard) VALUES (?1, ?2, ?3, ?4)", params![i, s, statut, retard])
    };
    for s in [s1, s2, s3, s4, s7] {
        marque(i1, s, "present", 0);
    }
    marque(i2, s1, "present", 0);
    marque(i2, s2, "absent", 0);
    marque(i2, s3, "present", 0);
    marque(i2, s4, "present", 0);
    marque(i3, s3, "retard", 30);
    marque(i3, s4, "present", 0);
    Annee { db, annee, a, b, p }
}

fn cocher(y: &mut Annee, parent: i64, t: u8, i: I) {
    suivi_parents::cocher(&mut y.db, y.a, parent, t, i, true).unwrap();
}

fn avec_coches() -> Annee {
    let mut y = annee();
    let [p1, p2, p3, _] = y.p;
    cocher(&mut y, p1, 2, I::RencontreIndividuelle);
    cocher(&mut y, p1, 1, I::Election);
    cocher(&mut y, p2, 1, I::RencontreIndividuelle);
    cocher(&mut y, p2, 2, I::RencontreIndividuelle);
    cocher(&mut y, p3, 2, I::VenueEcole);
    y
}

fn compte(i: I, t: [i64; 3], annee: i64) -> CompteIndicateur {
    CompteIndicateur { indicateur: i.code().into(), libelle: i.libelle().into(), trimestres: t.to_vec(), annee }
}

#[test]
fn les_trimestres_suivent_les_vacances_de_la_zone() {
    let y = annee();
    let t = trimestre::de_l_annee(y.db.conn(), y.annee).unwrap();
    assert!(!t.approximatif);
    let bornes: Vec<_> = t.trimestres.iter().map(|t| (t.du, t.au)).collect();
    assert_eq!(
        bornes,
        [(jour("2025-09-01"), jour("2025-12-19")), (jour("2026-01-05"), jour("2026-04-17")), (jour("2026-05-04"), jour("2026-07-03"))]
    );
}

#[test]
fn cocher_par_parent_et_par_trimestre() {
    let mut y = avec_coches();
    let [p1, p2, p3, p4] = y.p;
    let g = suivi_parents::grille(y.db.conn(), y.a, 2).unwrap();
    assert!(g.modifiable);
    let lignes: Vec<_> = g.lignes.iter().map(|l| (l.parent_id, l.parti, l.coches.clone())).collect();
    // By name: Ollavarrietta (P2), Pimpernikova (P3), Zerbadjian (P1); the waiting list is not listed.
    assert_eq!(lignes, [(p2, true, vec![I::RencontreIndividuelle]), (p3, false, vec![I::VenueEcole]), (p1, false, vec![I::RencontreIndividuelle])]);
    // Unticking, ticking twice.
    suivi_parents::cocher(&mut y.db, y.a, p3, 2, I::VenueEcole, false).unwrap();
    suivi_parents::cocher(&mut y.db, y.a, p3, 2, I::VenueEcole, true).unwrap();
    let g = suivi_parents::cocher(&mut y.db, y.a, p3, 2, I::VenueEcole, true).unwrap();
    assert_eq!(g.lignes[1].coches, [I::VenueEcole]);
    // Refused: the waiting list, a fourth term, a closed year.
    assert!(matches!(suivi_parents::cocher(&mut y.db, y.a, p4, 2, I::Election, true), Err(Erreur::Introuvable(_))));
    assert!(matches!(suivi_parents::cocher(&mut y.db, y.a, p1, 4, I::Election, true), Err(Erreur::Validation(_))));
    exec(&y.db, "UPDATE annee_scolaire SET courante = 0", []);
    assert!(matches!(suivi_parents::cocher(&mut y.db, y.a, p1, 3, I::Election, true), Err(Erreur::Conflit(_))));
    assert!(!suivi_parents::grille(y.db.conn(), y.a, 3).unwrap().modifiable);
}

#[test]
fn le_bilan_compte_les_parents_coches_sans_nom() {
    let mut y = avec_coches();
    let mut q = qualitatif::lire(&y.db, y.annee).unwrap();
    q.indicateurs.analyses_partagees = Some(2);
    q.indicateurs.actions_communes = Some(3);
    let lu = qualitatif::enregistrer(&mut y.db, y.annee, &q).unwrap();
    assert_eq!(lu.indicateurs.analyses_partagees, Some(2));
    q.indicateurs.analyses_partagees = Some(-1);
    assert!(qualitatif::enregistrer(&mut y.db, y.annee, &q).is_err());

    let b = bilan::calculer_au(&y.db, y.annee, jour("2026-07-03")).unwrap();
    let attendu_a = vec![compte(I::RencontreIndividuelle, [1, 2, 0], 2), compte(I::VenueEcole, [0, 1, 0], 1), compte(I::Election, [1, 0, 0], 1)];
    assert_eq!(b.ecole.suivi_parents.as_ref(), Some(&attendu_a), "P1, in two ateliers, counts once");
    let par_nom = |nom: &str| b.ateliers.iter().find(|a| a.nom == nom).unwrap().chiffres.suivi_parents.clone().unwrap();
    assert_eq!(par_nom("Atelier A"), attendu_a);
    assert_eq!(par_nom("Atelier B"), [compte(I::RencontreIndividuelle, [0, 1, 0], 1), compte(I::VenueEcole, [0, 0, 0], 0), compte(I::Election, [1, 0, 0], 1)]);
    let lignes = bilan::suivi::lignes(&b.ecole, &b.qualitatif.indicateurs);
    assert_eq!(lignes.len(), 5);
    assert_eq!(lignes[4].libelle, "Analyse partagée avec les représentants des parents d'élèves");
    assert_eq!((lignes[4].saisi, lignes[4].annee), (Some(2), None));
    assert_eq!((lignes[0].trimestres, lignes[0].annee), (Some([1, 2, 0]), Some(2)));

    // The académie merge: this school, and the same file as an older version wrote it.
    let json = bilan::json(&b);
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["etablissement"]["uai"] = "0319999Z".into();
    v["ecole"].as_object_mut().unwrap().remove("suivi_parents");
    v["qualitatif"]["indicateurs"].as_object_mut().unwrap().remove("analyses_partagees");
    let ancien = bilan::lire_json(&v.to_string()).unwrap();
    assert_eq!(ancien.ecole.suivi_parents, None);
    let f = bilan::fusionner(&[b.clone(), ancien]).unwrap();
    let t = &f.total;
    assert_eq!((t.suivi_rencontres, t.suivi_venues, t.suivi_elections, t.bilans_avec_suivi), (2, 1, 1, 1));
    assert_eq!((t.actions_partenaires, t.analyses_partagees), (Some(6), Some(2)));
    let vieux = f.ecoles.iter().find(|e| e.uai == "0319999Z").unwrap();
    assert_eq!((vieux.chiffres.bilans_avec_suivi, vieux.chiffres.analyses_partagees), (0, None));
    let xlsx = bilan::fusion_xlsx(&f).unwrap();
    assert!(!xlsx.is_empty());
}

#[test]
fn point_trimestriel_du_deuxieme_trimestre() {
    let y = avec_coches();
    let p = point::calculer(&y.db, y.a, 2).unwrap();
    assert_eq!((p.trimestre.du, p.trimestre.au), (jour("2026-01-05"), jour("2026-04-17")));
    assert_eq!((p.seances_programmees, p.seances_realisees, p.seances_annulees), (4, 3, 1));
    assert_eq!(p.minutes_realisees, 330);
    assert_eq!((p.axes_realises.langue, p.axes_realises.ecole, p.axes_realises.valeurs), (180, 90, 60));
    assert_eq!((p.minutes_realisees_cumul, p.minutes_prevues), (450, 7200));
    assert_eq!((p.minutes_suivies, p.minutes_dispensees), (630, 780));
    assert!((p.taux_assiduite.unwrap() - 630.0 / 780.0).abs() < 1e-9);
    assert_eq!((p.effectif_debut, p.arrivees, p.departs, p.effectif_fin), (2, 1, 1, 2));
    let t2: Vec<_> = p.suivi_parents.iter().map(|c| (c.indicateur.as_str(), c.trimestres.clone())).collect();
    assert_eq!(t2, [("rencontre_individuelle", vec![2]), ("venue_ecole", vec![1]), ("election", vec![0])]);

    // Term 1: the enrolments taken before the atelier's start are arrivals; S1 only.
    let p1 = point::calculer(&y.db, y.a, 1).unwrap();
    assert_eq!((p1.seances_realisees, p1.minutes_realisees, p1.minutes_suivies, p1.minutes_dispensees), (1, 120, 240, 240));
    assert_eq!((p1.effectif_debut, p1.arrivees, p1.departs, p1.effectif_fin), (0, 2, 0, 2));
    assert!(point::calculer(&y.db, y.a, 0).is_err());
}

#[test]
fn le_pdf_du_point_trimestriel_s_ecrit_dans_le_dossier() {
    let y = avec_coches();
    let dir = tempfile::tempdir().unwrap();
    let ecrit = application::sorties::point_trimestriel(&y.db, y.annee, 2, Some(y.a), jour("2026-04-20"), Some(dir.path()), None).unwrap();
    assert_eq!(ecrit.nom, "point-trimestriel-t2-2025-2026-atelier-a.pdf");
    let texte = pdftotext(&ecrit.chemin);
    for attendu in [
        "Point trimestriel de l'atelier OEPRE",
        "trimestre 2 : du 5 janvier 2026 au 17 avril 2026",
        "Séances réalisées (appel fait)",
        "5 h 30",
        "7 h 30 / 120 h",
        "81 %",
        "Participation des parents aux rencontres individuelles",
        "2 parent(s)",
        "Analyse partagée avec les représentants des parents d'élèves",
    ] {
        assert!(texte.contains(attendu), "« {attendu} » absent de :\n{texte}");
    }
    for nom in ["Zerbadjian", "Ollavarrietta", "Pimpernikova", "Quartermillon"] {
        assert!(!texte.contains(nom), "{nom} ne doit pas figurer dans le point trimestriel");
    }
    // Every atelier, one page each; an atelier of another year is refused.
    let tous = application::sorties::point_trimestriel(&y.db, y.annee, 3, None, jour("2026-07-01"), Some(dir.path()), Some("t3.pdf")).unwrap();
    assert!(tous.chemin.ends_with("t3.pdf"));
    let pages = String::from_utf8_lossy(&std::process::Command::new("pdfinfo").arg(&tous.chemin).output().unwrap().stdout).into_owned();
    assert!(pages.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 2")), "{pages}");
    let autre = exec(&y.db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2024-2025', '2024-09-02', '2025-07-04', 0)", []);
    assert!(application::sorties::point_trimestriel(&y.db, autre, 2, Some(y.b), jour("2026-04-20"), Some(dir.path()), None).is_err());
}

/// The text of a PDF (`pdftotext -layout`), without the bidi isolates and narrow spaces.
fn pdftotext(chemin: &str) -> String {
    let out = std::process::Command::new("pdftotext").args(["-layout", chemin, "-"]).output().expect("pdftotext doit être installé");
    String::from_utf8_lossy(&out.stdout).replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "").replace(['\u{202F}', '\u{A0}'], " ")
}

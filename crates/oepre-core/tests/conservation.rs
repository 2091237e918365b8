//! Retention purge, erasure and right of access on a file-backed base with two school years:
//! - 2021-2022 (ended 01/07/2022): P1 Zarqawindra Belkisse, P2 Oumarovska Djeneba (both
//!   enrolled, marks, levels, a certification), P3 Vantorelli Quesnaye enrolled in 2021-2022
//!   **and** 2025-2026 (her last year is recent: kept).
//! - 2025-2026 (current): P3 and P4 Ferhatoglu Nesrinade.
//!
//! With the default retention (3 years) on 25/11/2026, the limit is 25/11/2023: P1 and P2 are
//! due, P3 and P4 are not.

use chrono::NaiveDate;
use oepre_core::domaine::acces::{self, ModeEffacement};
use oepre_core::domaine::conservation;
use oepre_core::domaine::journal::{self, FiltreJournal};
use oepre_core::domaine::parent::{self, Enfant, LangueParlee, SaisieParent, Sexe};
use oepre_core::domaine::vues_parents::FiltreParents;
use oepre_core::domaine::presence::{self, SaisieMarque, StatutPresence};
use oepre_core::{sorties::bilan, CodeErreur, Db};
use rusqlite::params;

fn jour(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn exec(db: &Db, sql: &str, p: impl rusqlite::Params) -> i64 {
    db.conn().execute(sql, p).unwrap();
    db.conn().last_insert_rowid()
}

const AUJOURD_HUI: &str = "2026-11-25";

/// Names, phones and free text that must vanish from the file once P1 and P2 are purged.
const SECRETS: &[&str] = &[
    "Zarqawindra", "Belkisse", "06 17 28 39 40", "Oumarovska", "Djeneba", "07 71 82 93 04", "Rahimouline", "Tazzarinette",
    "vient avec sa voisine Hortensiabelle", "zarqawindra", "oumarovska",
];

struct Base {
    _dossier: tempfile::TempDir,
    chemin: std::path::PathBuf,
    db: Db,
    ancienne: i64,
    courante: i64,
    p: [i64; 4],
}

#[allow(clippy::too_many_arguments)]
fn parent(db: &mut Db, nom: &str, prenom: &str, tel: &str, sexe: Sexe, nat: &str, arrivee: i32, enfant: &str, notes: &str) -> i64 {
    parent::creer(
        db,
        &SaisieParent {
            nom: nom.into(),
            prenom: prenom.into(),
            translitteration: String::new(),
            sexe: Some(sexe),
            annee_naissance: Some(1984),
            nationalite: nat.into(),
            pays_origine: nat.into(),
            langues: if nat == "AF" {
                vec![LangueParlee { langue: "ar".into(), lue: true, ecrite: false }, LangueParlee { langue: "fr".into(), lue: false, ecrite: false }]
            } else {
                vec![LangueParlee { langue: "ar".into(), lue: true, ecrite: false }]
            },
            annee_arrivee: Some(arrivee),
            mois_arrivee: None,
            cir: true,
            cir_annee: Some(arrivee + 1),
            protection_internationale: nat == "AF",
            telephone: tel.into(),
            telephone_consentement: !tel.is_empty(),
            enfants: vec![Enfant { prenom: enfant.into(), classe: "CM1".into(), ecole: String::new() }],
            disponibilites: "mardi matin".into(),
            notes: notes.into(),
        },
    )
    .unwrap()
    .id
}

fn base() -> Base {
    let dossier = tempfile::tempdir().unwrap();
    let chemin = dossier.path().join("oepre.sqlite");
    let mut db = Db::ouvrir(&chemin).unwrap();
    exec(
        &db,
        "INSERT INTO etablissement (id, nom, type, uai, adresse, code_postal, commune, academie, zone, chef_nom, chef_titre, telephone)
         VALUES (1, 'Collège Jean Moulin', 'college', '0751234X', '3 rue de la Paix', '75002', 'Paris', 'Paris', 'C', 'Hélène Duparc', 'principale', '01 40 00 00 00')",
        [],
    );
    // 2021-2022 is current while its roll calls are taken (a past year is read-only), then
    // 2025-2026 becomes current.
    let ancienne = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2021-2022', '2021-09-02', '2022-07-01', 1)", []);
    let courante = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour) VALUES ('2025-2026', '2025-09-01', '2026-07-03')", []);
    let atelier = |db: &Db, annee: i64, debut: &str, fin: &str| {
        exec(
            db,
            "INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, 'Atelier du mardi', ?2, ?3, 7200)",
            params![annee, debut, fin],
        )
    };
    let a_old = atelier(&db, ancienne, "2021-10-01", "2022-06-30");
    let a_new = atelier(&db, courante, "2025-10-01", "2026-06-30");
    let seances: Vec<i64> = ["2021-10-05", "2021-10-12", "2021-10-19"]
        .iter()
        .map(|d| exec(&db, "INSERT INTO seance (atelier_id, date, debut, fin) VALUES (?1, ?2, '09:00:00', '11:00:00')", params![a_old, d]))
        .collect();
    let p1 = parent(&mut db, "Zarqawindra", "Belkisse", "06 17 28 39 40", Sexe::F, "DZ", 2019, "Rahimouline", "");
    let p2 = parent(&mut db, "Oumarovska", "Djeneba", "07 71 82 93 04", Sexe::F, "AF", 2020, "Tazzarinette", "vient avec sa voisine Hortensiabelle");
    let p3 = parent(&mut db, "Vantorelli", "Quesnaye", "06 00 11 22 33", Sexe::M, "UA", 2021, "Ivanka", "");
    let p4 = parent(&mut db, "Ferhatoglu", "Nesrinade", "", Sexe::F, "TR", 2024, "Emre", "");
    let inscrire = |db: &Db, p: i64, a: i64, le: &str| {
        exec(db, "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut) VALUES (?1, ?2, ?3, 'inscrit')", params![p, a, le])
    };
    let i1 = inscrire(&db, p1, a_old, "2021-10-01");
    let i2 = inscrire(&db, p2, a_old, "2021-10-01");
    let i3 = inscrire(&db, p3, a_old, "2021-10-01");
    inscrire(&db, p3, a_new, "2025-10-01");
    inscrire(&db, p4, a_new, "2025-10-01");
    exec(&db, "UPDATE inscription SET entree_oral = 'A1', sortie_oral = 'A2', parcours = 'fle' WHERE id = ?1", [i1]);
    exec(&db, "INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, 'DILF', 1)", [i2]);
    for (k, s) in seances.iter().enumerate() {
        for (i, st) in [(i1, "present"), (i2, if k == 1 { "absent" } else { "present" }), (i3, "present")] {
            presence::marquer(&mut db, &SaisieMarque { seance_id: *s, inscription_id: i, statut: StatutPresence::depuis_code(st), minutes_retard: None })
                .unwrap();
        }
    }
    // A validated roll call, unlocked with a reason naming P2, then corrected.
    presence::valider(&mut db, seances[0], "Mme Martin").unwrap();
    presence::deverrouiller(&mut db, seances[0], "M. Durand", "Erreur : Djeneba Oumarovska était en retard").unwrap();
    presence::marquer(&mut db, &SaisieMarque { seance_id: seances[0], inscription_id: i2, statut: Some(StatutPresence::Retard), minutes_retard: Some(20) })
        .unwrap();
    exec(&db, "UPDATE annee_scolaire SET courante = 0 WHERE id = ?1", [ancienne]);
    exec(&db, "UPDATE annee_scolaire SET courante = 1 WHERE id = ?1", [courante]);
    db.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    Base { _dossier: dossier, chemin, db, ancienne, courante, p: [p1, p2, p3, p4] }
}

/// Every byte of the database file and its WAL.
fn octets(chemin: &std::path::Path) -> Vec<u8> {
    let mut v = std::fs::read(chemin).unwrap();
    let mut wal = chemin.as_os_str().to_owned();
    wal.push("-wal");
    v.extend(std::fs::read(std::path::PathBuf::from(wal)).unwrap_or_default());
    v
}

fn contient(octets: &[u8], texte: &str) -> bool {
    octets.windows(texte.len()).any(|w| w == texte.as_bytes())
}

fn bilans(db: &Db, annees: &[i64]) -> Vec<String> {
    annees.iter().map(|a| bilan::json(&bilan::calculer_au(db, *a, jour(AUJOURD_HUI)).unwrap())).collect()
}

#[test]
fn la_purge_anonymise_les_anciens_parents_sans_changer_les_bilans() {
    let Base { _dossier: _garde, chemin, mut db, ancienne, courante, p: [p1, p2, p3, p4] } = base();
    let avant = bilans(&db, &[ancienne, courante]);
    let fichier = octets(&chemin);
    for s in SECRETS {
        assert!(contient(&fichier, s), "« {s} » est bien dans le fichier avant la purge (sinon le test ne prouve rien)");
    }

    let apercu = conservation::apercu(&db, jour(AUJOURD_HUI)).unwrap();
    assert_eq!((apercu.duree_annees, apercu.date_limite, apercu.nombre), (3, jour("2023-11-25"), 2));
    assert_eq!(apercu.parents.iter().map(|p| (p.parent_id, p.derniere_annee.as_str())).collect::<Vec<_>>(), [(p2, "2021-2022"), (p1, "2021-2022")]);
    assert_eq!(conservation::apercu(&db, jour("2025-07-01")).unwrap().nombre, 0, "le 01/07/2025, 2021-2022 finie depuis 3 ans tout juste : rien");

    let err = conservation::purger(&mut db, jour(AUJOURD_HUI), "   ").unwrap_err();
    assert_eq!(err.code(), CodeErreur::Validation);
    assert_eq!(conservation::apercu(&db, jour(AUJOURD_HUI)).unwrap().nombre, 2, "sans auteur, rien n'est purgé");

    let r = conservation::purger(&mut db, jour(AUJOURD_HUI), "Mme Duparc").unwrap();
    assert_eq!((r.parents_anonymises, r.fichier_compacte), (2, true));
    assert_eq!(bilans(&db, &[ancienne, courante]), avant, "les bilans des deux années sont identiques après la purge");

    let fichier = octets(&chemin);
    for s in SECRETS {
        assert!(!contient(&fichier, s), "« {s} » reste dans le fichier après la purge");
    }
    assert!(contient(&fichier, "Vantorelli") && contient(&fichier, "06 00 11 22 33"), "P3, inscrite cette année, est gardée");

    let liste = oepre_core::domaine::vues_parents::chercher(db.conn(), &FiltreParents::default()).unwrap();
    let noms: Vec<(i64, String)> = liste.iter().map(|l| (l.id, format!("{} {}", l.nom, l.prenom).trim().to_owned())).collect();
    assert!(noms.contains(&(p1, "Parent anonymisé".into())) && noms.contains(&(p2, "Parent anonymisé".into())), "{noms:?}");
    assert!(noms.contains(&(p4, "Ferhatoglu Nesrinade".into())));
    assert_eq!(oepre_core::domaine::vues_parents::chercher(db.conn(), &FiltreParents { texte: "anonymise".into(), atelier_id: None }).unwrap().len(), 2);
    let p = parent::lire(db.conn(), p2).unwrap();
    assert!(p.telephone.is_empty() && p.notes.is_empty() && p.enfants.is_empty() && p.langues.iter().map(|l| l.langue.as_str()).collect::<Vec<_>>() == ["fr"] && p.annee_naissance.is_none());
    assert_eq!((p.sexe, p.nationalite.as_deref(), p.annee_arrivee, p.cir, p.protection_internationale), (Some(Sexe::F), Some("AF"), Some(2020), true, true));
    let p = parent::lire(db.conn(), p3).unwrap();
    assert_eq!((p.nom.as_str(), p.enfants.len()), ("Vantorelli", 1));

    let j = journal::lister(&db, &FiltreJournal { action: Some("purge_conservation".into()), ..Default::default() }).unwrap();
    assert_eq!(j.len(), 1);
    assert_eq!(j[0].qui, "Mme Duparc");
    assert_eq!(j[0].resume, "2 parent(s) anonymisé(s) (dernière année terminée avant le 25/11/2023, conservation 3 an(s))");
    let fiche = oepre_core::domaine::vues_parents::fiche(db.conn(), p2).unwrap();
    assert_eq!(fiche.anonymise_le.as_deref().map(|q| q.len()), Some(19), "la fiche dit quand : {:?}", fiche.anonymise_le);
    assert_eq!(oepre_core::domaine::vues_parents::fiche(db.conn(), p3).unwrap().anonymise_le, None, "P3 est gardée entière");
    let motif = journal::lister(&db, &FiltreJournal { action: Some("appel_deverrouille".into()), ..Default::default() }).unwrap();
    assert!(motif[0].detail.contains("Erreur : [parent anonymisé] [parent anonymisé] était en retard"), "{}", motif[0].detail);

    let encore = conservation::purger(&mut db, jour(AUJOURD_HUI), "Mme Duparc").unwrap();
    assert_eq!(encore.parents_anonymises, 0, "un parent n'est purgé qu'une fois");
}

#[test]
fn la_duree_reglee_change_qui_est_purge() {
    let Base { _dossier: _garde, mut db, .. } = base();
    conservation::definir_duree(&mut db, 5, "Mme Duparc").unwrap();
    let a = conservation::apercu(&db, jour(AUJOURD_HUI)).unwrap();
    assert_eq!((a.duree_annees, a.nombre), (5, 0), "2021-2022 n'est pas finie depuis 5 ans");
    let j = journal::lister(&db, &FiltreJournal { action: Some("conservation_modifiee".into()), ..Default::default() }).unwrap();
    assert_eq!((j.len(), j[0].qui.as_str(), j[0].resume.as_str()), (1, "Mme Duparc", "3 ans → 5 ans après la fin de l'année scolaire"));
    assert_eq!(conservation::apercu(&db, jour("2027-07-02")).unwrap().nombre, 2);
    assert_eq!(conservation::definir_duree(&mut db, 11, "Mme Duparc").unwrap_err().code(), CodeErreur::Validation);
    assert_eq!(conservation::duree(&db).unwrap(), 5);
}

#[test]
fn effacer_anonymise_un_parent_inscrit_et_supprime_une_fiche_seule() {
    let Base { _dossier: _garde, chemin, mut db, ancienne, courante, p: [_, p2, _, p4] } = base();
    let seul = parent(&mut db, "Sansatelierova", "Loubnadine", "06 98 76 54 32", Sexe::F, "MA", 2023, "Yasmoukine", "");
    let avant = bilans(&db, &[ancienne, courante]);

    assert_eq!(acces::effacer(&mut db, 9999, "Mme Duparc").unwrap_err().code(), CodeErreur::Introuvable);
    assert_eq!(acces::effacer(&mut db, p4, "").unwrap_err().code(), CodeErreur::Validation);
    assert_eq!(parent::lire(db.conn(), p4).unwrap().nom, "Ferhatoglu", "refusé : rien n'a changé");

    let e = acces::effacer(&mut db, seul, "Mme Duparc").unwrap();
    assert_eq!((e.mode, e.inscriptions_gardees), (ModeEffacement::Suppression, 0));
    assert_eq!(parent::lire(db.conn(), seul).unwrap_err().code(), CodeErreur::Introuvable);
    let enfants: i64 = db.conn().query_row("SELECT count(*) FROM enfant WHERE parent_id = ?1", [seul], |r| r.get(0)).unwrap();
    assert_eq!(enfants, 0);

    let e = acces::effacer(&mut db, p2, "Mme Duparc").unwrap();
    assert_eq!((e.mode, e.inscriptions_gardees), (ModeEffacement::Anonymisation, 1));
    assert_eq!(parent::lire(db.conn(), p2).unwrap().nom, "Parent anonymisé");
    assert_eq!(bilans(&db, &[ancienne, courante]), avant, "l'effacement ne change aucun bilan");
    assert_eq!(acces::effacer(&mut db, p2, "Mme Duparc").unwrap_err().code(), CodeErreur::Conflit, "déjà effacé");

    let fichier = octets(&chemin);
    for s in ["Sansatelierova", "06 98 76 54 32", "Yasmoukine", "Oumarovska", "07 71 82 93 04", "Hortensiabelle"] {
        assert!(!contient(&fichier, s), "« {s} » reste dans le fichier après l'effacement");
    }
    let j = journal::lister(&db, &FiltreJournal { action: Some("parent_efface".into()), ..Default::default() }).unwrap();
    assert_eq!(j.iter().map(|e| e.resume.as_str()).collect::<Vec<_>>(), [format!("Parent n° {p2} : fiche anonymisée"), format!("Parent n° {seul} : fiche supprimée")]);
}

fn pdftotext(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn l_export_d_acces_donne_toutes_les_donnees_en_pdf_et_json() {
    let Base { _dossier: _garde, mut db, p: [_, p2, p3, _], .. } = base();
    let sortie = tempfile::tempdir().unwrap();
    assert_eq!(oepre_core::sorties::documents::acces::exporter(&mut db, p2, sortie.path(), jour(AUJOURD_HUI), " ").unwrap_err().code(), CodeErreur::Validation);
    assert_eq!(std::fs::read_dir(sortie.path()).unwrap().count(), 0, "refusé : aucun fichier écrit");

    let e = oepre_core::sorties::documents::acces::exporter(&mut db, p2, sortie.path(), jour(AUJOURD_HUI), "Secrétariat").unwrap();
    assert!(e.pdf.ends_with(&format!("donnees-oumarovska-djeneba-{p2}.pdf")), "{}", e.pdf);
    let texte = pdftotext(std::path::Path::new(&e.pdf));
    for attendu in [
        "Vos données personnelles",
        "Oumarovska",
        "Djeneba",
        "07 71 82 93 04",
        "Afghanistan",
        "Tazzarinette",
        "vient avec sa voisine Hortensiabelle",
        "Atelier du mardi — année 2021-2022",
        "DILF — obtenu",
        "mardi 12 octobre 2021",
        "absente",
        "en retard (20 min)",
        "Présence modifiée après validation",
        "3 ans après la fin de l'année scolaire",
    ] {
        assert!(texte.contains(attendu), "« {attendu} » manque dans le PDF :\n{texte}");
    }
    assert!(!texte.contains("Vantorelli"), "rien d'un autre parent");
    // Today, or yesterday if midnight passed since the marks were changed.
    let jours = [chrono::Local::now().date_naive(), chrono::Local::now().date_naive() - chrono::Days::new(1)];
    let datees = jours.iter().any(|j| texte.contains(&format!("{} à ", j.format("%d/%m/%Y"))));
    assert!(datees, "les modifications sont datées en français ({jours:?}) :\n{texte}");

    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&e.json).unwrap()).unwrap();
    assert_eq!(json["parent"]["nom"], "Oumarovska");
    assert_eq!(json["parent"]["telephone"], "07 71 82 93 04");
    assert_eq!(json["parent"]["enfants"][0]["prenom"], "Tazzarinette");
    assert_eq!(json["inscriptions"][0]["inscription"]["certifications"][0]["diplome"], "DILF");
    let marques = json["inscriptions"][0]["marques"].as_array().unwrap();
    assert_eq!(marques.iter().map(|m| m["statut"].as_str().unwrap()).collect::<Vec<_>>(), ["retard", "absent", "present"]);
    assert_eq!(json["inscriptions"][0]["heures"]["minutes_suivies"], 100 + 120);
    let actions: Vec<&str> = json["journal"].as_array().unwrap().iter().map(|j| j["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["presence_modifiee"], "le journal de ce parent : la marque corrigée");

    let j = journal::lister(&db, &FiltreJournal { parent_id: Some(p2), ..Default::default() }).unwrap();
    assert_eq!((j[0].action.as_str(), j[0].qui.as_str()), ("acces_exporte", "Secrétariat"), "l'export est journalisé");
    let d = acces::donnees(&db, p3).unwrap();
    assert_eq!(d.inscriptions.iter().map(|i| i.annee.as_str()).collect::<Vec<_>>(), ["2025-2026", "2021-2022"]);
}

#[test]
fn le_registre_suit_la_duree_et_le_chiffrement() {
    let Base { _dossier: _garde, mut db, .. } = base();
    conservation::definir_duree(&mut db, 1, "Mme Duparc").unwrap();
    let sortie = tempfile::tempdir().unwrap();
    let e = oepre_core::sorties::documents::registre::exporter(&db, true, jour(AUJOURD_HUI), sortie.path()).unwrap();
    assert_eq!(e.nom, "registre-traitements-oepre-0751234x.pdf");
    let texte = pdftotext(std::path::Path::new(&e.chemin)).split_whitespace().collect::<Vec<_>>().join(" ");
    for attendu in [
        "1 an après la fin de l'année scolaire",
        "Chiffrement : la base et ses sauvegardes sont chiffrées",
        "Responsable du traitement : le chef d'établissement, Hélène Duparc (principale).",
        "DPO de l'académie de Paris",
        "Fait à Paris, le 25 novembre 2026",
    ] {
        assert!(texte.contains(attendu), "« {attendu} » manque :\n{texte}");
    }
    let clair = oepre_core::sorties::documents::registre::texte(&db, false).unwrap();
    assert!(clair.contains("Chiffrement : la base n'est pas chiffrée") && !clair.contains("sont chiffrées (SQLCipher)"));
}

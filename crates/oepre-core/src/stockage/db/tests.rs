use super::*;

fn schema_de(conn: &Connection) -> Vec<(String, String, String, Option<String>)> {
    let mut stmt = conn
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A file in DELETE journal mode, so its bytes on disk are the whole database.
fn fichier_seul(chemin: &Path, sql: &str) {
    let conn = Connection::open(chemin).unwrap();
    conn.execute_batch(sql).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
}

#[test]
fn une_base_neuve_est_au_format_courant_en_wal_avec_cles_etrangeres() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::ouvrir(&dir.path().join("sous-dossier/oepre.sqlite")).unwrap();
    let v: u32 = db.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, VERSION_COURANTE);
    let mode: String = db.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = db.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 1, "les clés étrangères doivent être vérifiées");
    let app: i32 = db.conn().query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn schema_migre_pas_a_pas_egale_schema_neuf() {
    let dir = tempfile::tempdir().unwrap();
    let neuf = Db::ouvrir(&dir.path().join("neuf.sqlite")).unwrap();
    let attendu = schema_de(neuf.conn());
    assert!(attendu.iter().any(|(_, nom, _, _)| nom == "etablissement"));
    for depart in 1..VERSION_COURANTE {
        let chemin = dir.path().join(format!("v{depart}.sqlite"));
        {
            let mut conn = Connection::open(&chemin).unwrap();
            schema::migrer(&mut conn, 0, depart).unwrap();
        }
        let migre = Db::ouvrir(&chemin).unwrap();
        assert_eq!(schema_de(migre.conn()), attendu, "depuis la version {depart}");
        let copies: Vec<_> = std::fs::read_dir(dir.path().join("sauvegardes")).unwrap().collect();
        assert!(!copies.is_empty(), "une copie doit précéder la migration depuis {depart}");
    }
    // Step by step too: each step applied in its own transaction gives the same schema.
    let chemin = dir.path().join("pas-a-pas.sqlite");
    {
        let mut conn = Connection::open(&chemin).unwrap();
        for v in 1..=VERSION_COURANTE {
            schema::migrer(&mut conn, v - 1, v).unwrap();
        }
    }
    assert_eq!(schema_de(Db::ouvrir(&chemin).unwrap().conn()), attendu);
}

#[test]
fn une_base_plus_recente_est_refusee_et_laissee_intacte() {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("future.sqlite");
    drop(Db::ouvrir(&chemin).unwrap());
    fichier_seul(&chemin, &format!("PRAGMA user_version = {}", VERSION_COURANTE + 1));
    let avant = std::fs::read(&chemin).unwrap();
    let err = Db::ouvrir(&chemin).unwrap_err();
    assert_eq!(err.code(), crate::CodeErreur::BasePlusRecente);
    assert!(err.to_string().contains("version plus récente"), "{err}");
    assert_eq!(std::fs::read(&chemin).unwrap(), avant, "le fichier ne doit pas changer d'un octet");
    assert!(!dir.path().join("future.sqlite-wal").exists());
    assert!(!dir.path().join("sauvegardes").exists(), "rien ne doit être écrit à côté");
}

#[test]
fn un_fichier_qui_n_est_pas_une_base_est_refuse_et_laisse_intact() {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("notes.sqlite");
    let contenu = "Nom;Prénom\nDiallo;Aminata\n".repeat(300);
    std::fs::write(&chemin, &contenu).unwrap();
    let err = Db::ouvrir(&chemin).unwrap_err();
    assert_eq!(err.code(), crate::CodeErreur::PasUneBase);
    assert!(err.to_string().contains("n'est pas une base de données Ateliers OEPRE"), "{err}");
    assert_eq!(std::fs::read_to_string(&chemin).unwrap(), contenu);
}

#[test]
fn la_base_d_une_autre_application_est_refusee_et_laissee_intacte() {
    let dir = tempfile::tempdir().unwrap();
    for (nom, sql) in [
        ("autre-v0.sqlite", "CREATE TABLE clients (id INTEGER PRIMARY KEY)"),
        ("autre-v1.sqlite", "CREATE TABLE clients (id INTEGER PRIMARY KEY); PRAGMA user_version = 1"),
    ] {
        let chemin = dir.path().join(nom);
        fichier_seul(&chemin, sql);
        let avant = std::fs::read(&chemin).unwrap();
        let err = Db::ouvrir(&chemin).unwrap_err();
        assert_eq!(err.code(), crate::CodeErreur::PasUneBase, "{nom}");
        assert_eq!(std::fs::read(&chemin).unwrap(), avant, "{nom} ne doit pas changer");
    }
}

#[test]
fn une_etape_modifiee_apres_publication_est_refusee() {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("oepre.sqlite");
    drop(Db::ouvrir(&chemin).unwrap());
    fichier_seul(&chemin, "UPDATE migration_appliquee SET empreinte = 'autre' WHERE version = 1");
    let err = Db::ouvrir(&chemin).unwrap_err();
    assert!(matches!(err, Erreur::MigrationModifiee { version: 1 }), "{err:?}");
}

#[test]
fn le_chemin_explicite_passe_avant_la_variable_d_environnement() {
    let explicite = PathBuf::from("/tmp/explicite.sqlite");
    assert_eq!(resoudre_chemin(Some(explicite.clone())), explicite);
    assert!(chemin_par_defaut().ends_with("fr.oepre.ateliers/oepre.sqlite"));
}

#[test]
fn l_uri_immuable_encode_ce_qui_n_est_pas_un_caractere_sur() {
    assert_eq!(uri_immuable(Path::new("/tmp/a b/é#?%.sqlite")), "file:/tmp/a%20b/%C3%A9%23%3F%25.sqlite?immutable=1");
    assert_eq!(uri_immuable(Path::new("C:\\Données\\oepre.sqlite")), "file:/C:/Donn%C3%A9es/oepre.sqlite?immutable=1");
}

/// An upgrade of the app: a file written by the first released schema (version 1), with a
/// school, a school year and a setting, opened by this version keeps all of it, reaches the
/// current version, and a copy of the version-1 file is left in `sauvegardes/` beforehand.
#[test]
fn une_base_de_la_version_1_garde_ses_donnees_et_sa_copie_apres_mise_a_jour() {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("Données de l'école/oepre.sqlite");
    std::fs::create_dir_all(chemin.parent().unwrap()).unwrap();
    {
        let mut conn = Connection::open(&chemin).unwrap();
        schema::migrer(&mut conn, 0, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO etablissement (id, nom, type, uai, commune, academie, zone, chef_titre)
               VALUES (1, 'École Jean-Jaurès', 'ecole', '0750001A', 'Saint-Étienne', 'Lyon', 'A', 'Directrice');
             INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante)
               VALUES ('2025-2026', '2025-09-01', '2026-07-04', 1);
             INSERT INTO parametre (cle, valeur) VALUES ('nom_recent', 'Mme Léa Martin');",
        )
        .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let db = Db::ouvrir(&chemin).unwrap();
    let v: u32 = db.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, VERSION_COURANTE);
    let (nom, commune): (String, String) = db
        .conn()
        .query_row("SELECT nom, commune FROM etablissement WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((nom.as_str(), commune.as_str()), ("École Jean-Jaurès", "Saint-Étienne"));
    let annee: String = db
        .conn()
        .query_row("SELECT libelle FROM annee_scolaire WHERE courante = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(annee, "2025-2026");
    assert_eq!(parametre(db.conn(), "nom_recent").unwrap().as_deref(), Some("Mme Léa Martin"));
    drop(db);

    let copies: Vec<PathBuf> = std::fs::read_dir(chemin.parent().unwrap().join("sauvegardes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sqlite"))
        .collect();
    assert_eq!(copies.len(), 1, "une seule copie avant la mise à jour : {copies:?}");
    let copie = Connection::open(&copies[0]).unwrap();
    let v_copie: u32 = copie.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v_copie, 1, "la copie est le fichier d'avant la mise à jour");
    let nom_copie: String = copie.query_row("SELECT nom FROM etablissement", [], |r| r.get(0)).unwrap();
    assert_eq!(nom_copie, "École Jean-Jaurès");
}

/// A data file of version 5 (before the month of arrival): its parents keep every field, the
/// month reads « unknown », and the fiche then says the primo-arrivant answer is approximate
/// for a parent who arrived in the year five years before the rentrée; the month can be added.
#[test]
fn une_base_de_la_version_5_gagne_le_mois_d_arrivee() {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("oepre.sqlite");
    {
        let mut conn = Connection::open(&chemin).unwrap();
        schema::migrer(&mut conn, 0, 5).unwrap();
        conn.execute_batch(
            "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante)
               VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1);
             INSERT INTO parent (id, nom, prenom, cle_recherche, sexe, nationalite, annee_arrivee, cir)
               VALUES (1, 'Haddad', 'Rania', 'haddad rania', 'F', 'SY', 2020, 1),
                      (2, 'Lopes', 'Ana', 'lopes ana', 'F', 'PT', 2023, 1);
             INSERT INTO parent_langue (parent_id, langue, lue, ecrite) VALUES (1, 'ar', 1, 1), (2, 'fr', 1, 0);",
        )
        .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut db = Db::ouvrir(&chemin).unwrap();
    let v: u32 = db.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, VERSION_COURANTE);
    let f = crate::domaine::vues_parents::fiche(db.conn(), 1).unwrap();
    assert_eq!((f.parent.nom.as_str(), f.parent.nationalite.as_deref(), f.parent.annee_arrivee, f.parent.mois_arrivee), ("Haddad", Some("SY"), Some(2020), None));
    assert_eq!((f.primo_arrivant, f.arrivee_approximative, f.public_prioritaire, f.francophone), (Some(false), true, false, false));
    let f = crate::domaine::vues_parents::fiche(db.conn(), 2).unwrap();
    assert_eq!((f.primo_arrivant, f.public_prioritaire, f.francophone), (Some(true), false, true), "portugaise : UE ; parle français");

    // The secretary adds the month: October 2020 is less than 5 years before 1 September 2025.
    let mut s = crate::domaine::parent::SaisieParent::from(&crate::domaine::parent::lire(db.conn(), 1).unwrap());
    s.mois_arrivee = Some(10);
    crate::domaine::parent::modifier(&mut db, 1, &s).unwrap();
    let f = crate::domaine::vues_parents::fiche(db.conn(), 1).unwrap();
    assert_eq!((f.parent.mois_arrivee, f.primo_arrivant, f.arrivee_approximative, f.public_prioritaire), (Some(10), Some(true), false, true));

    // A month outside 1–12 is refused by the file itself, not only by the form.
    let e = db.conn().execute("UPDATE parent SET mois_arrivee = 13 WHERE id = 1", []);
    assert!(e.is_err(), "CHECK (mois_arrivee BETWEEN 1 AND 12)");
}

/// A data file of version 6 (before the parents' path): its parents and enrolments are kept,
/// nobody's referral, expectations or orientation is known, and they can then be recorded.
#[test]
fn une_base_de_la_version_6_gagne_le_parcours_des_parents() {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("oepre.sqlite");
    {
        let mut conn = Connection::open(&chemin).unwrap();
        schema::migrer(&mut conn, 0, 6).unwrap();
        conn.execute_batch(
            "INSERT INTO annee_scolaire (id, libelle, premier_jour, dernier_jour, courante) VALUES (1, '2025-2026', '2025-09-01', '2026-07-03', 1);
             INSERT INTO atelier (id, annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (1, 1, 'Atelier du mardi', '2025-10-01', '2026-06-30', 7200);
             INSERT INTO parent (id, nom, prenom, cle_recherche, sexe, nationalite) VALUES (1, 'Haddad', 'Rania', 'haddad rania', 'F', 'SY');
             INSERT INTO inscription (id, parent_id, atelier_id, inscrit_le, statut, entree_oral, sortie_oral) VALUES (1, 1, 1, '2025-10-01', 'inscrit', 'A1', 'A2');",
        )
        .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut db = Db::ouvrir(&chemin).unwrap();
    let p = crate::domaine::parcours_parent::lire(db.conn(), 1).unwrap();
    assert_eq!((p.prescripteur, p.attentes.len(), p.attentes_precision.as_str()), (None, 0, ""));
    assert_eq!((p.inscriptions[0].orientation, p.inscriptions[0].progression_oral.as_str()), (None, "A1 → A2 (en progrès)"));
    let p = crate::domaine::parcours_parent::enregistrer_orientation(&mut db, 1, Some(crate::domaine::parcours_parent::Orientation::Asl)).unwrap();
    assert_eq!(p.inscriptions[0].orientation, Some(crate::domaine::parcours_parent::Orientation::Asl));
    let f = crate::domaine::vues_parents::fiche(db.conn(), 1).unwrap();
    assert_eq!(f.parent.nom, "Haddad", "la fiche est intacte");
}

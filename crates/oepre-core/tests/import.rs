//! Import of an existing list: CSV encodings and separators, spreadsheets, all or nothing.

mod commun;
use commun::{base, nombre};

use std::path::{Path, PathBuf};

use oepre_core::domaine::import::{self, ChampImport, Correspondance, SortLigne};
use oepre_core::domaine::parent;

fn fixture(nom: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(nom)
}

fn ecrire(dir: &tempfile::TempDir, nom: &str, octets: &[u8]) -> PathBuf {
    let p = dir.path().join(nom);
    std::fs::write(&p, octets).unwrap();
    p
}

/// 20 rows; row `mauvaise` (0-based) gets an impossible enrolment date.
fn vingt_lignes(mauvaise: Option<usize>) -> String {
    let mut s = String::from("Nom;Prénom;Sexe;Année de naissance;Nationalité;Date d'inscription\n");
    for i in 0..20 {
        let date = if Some(i) == mauvaise { "31/02/2025".to_owned() } else { format!("{:02}/10/2025", i + 1) };
        s.push_str(&format!("Nom{i};Prénom{i};F;{};Maroc;{date}\n", 1970 + i));
    }
    s
}

#[test]
fn une_date_fausse_parmi_vingt_lignes_n_importe_rien_et_dit_ou() {
    let (mut db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    let f = ecrire(&dir, "liste.csv", vingt_lignes(Some(6)).as_bytes());
    let apercu = import::apercu(db.conn(), &f, atelier, None).unwrap();
    assert_eq!(apercu.lignes.len(), 20);
    assert_eq!(apercu.erreurs.len(), 1);
    let e = &apercu.erreurs[0];
    assert_eq!((e.ligne, e.colonne.as_str()), (8, "Date d'inscription"), "7e ligne de données = ligne 8 du fichier");
    assert_eq!(e.texte(), "Ligne 8, colonne « Date d'inscription » : « 31/02/2025 » n'est pas une date : écrivez-la comme 01/10/2025.");
    let err = import::importer(&mut db, &f, atelier, None).unwrap_err();
    assert_eq!(err.code(), oepre_core::CodeErreur::Validation);
    assert!(err.to_string().contains("Ligne 8, colonne « Date d'inscription »"), "{err}");
    assert_eq!((nombre(&db, "parent"), nombre(&db, "inscription")), (0, 0), "tout ou rien");

    let f = ecrire(&dir, "liste-corrigee.csv", vingt_lignes(None).as_bytes());
    let r = import::importer(&mut db, &f, atelier, None).unwrap();
    assert_eq!(r.parents_crees, 20);
    assert_eq!((nombre(&db, "parent"), nombre(&db, "inscription")), (20, 20));
    let inscrit_le: String = db.conn().query_row("SELECT inscrit_le FROM inscription ORDER BY id LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(inscrit_le, "2025-10-01");
}

#[test]
fn chaque_mauvaise_ligne_est_signalee() {
    let (db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    let csv = "Nom,Prénom,Sexe,Année de naissance,Nationalité,Langues,Téléphone\n\
               Diallo,Aminata,X,1985,Mali,bambara,\n\
               ,Sans nom,F,1990,Mali,,\n\
               Traoré,Ali,M,vers 1980,Atlantide,klingon,\n\
               Koné,Awa,F,1992,Côte d'Ivoire,\"dioula, français\",06 12 34 56 78\n";
    let f = ecrire(&dir, "virgules.csv", csv.as_bytes());
    let a = import::apercu(db.conn(), &f, atelier, None).unwrap();
    let textes: Vec<String> = a.erreurs.iter().map(|e| e.texte()).collect();
    assert_eq!(
        textes,
        [
            "Ligne 2, colonne « Sexe » : « X » : écrivez F ou M (femme ou homme).",
            "Ligne 3, colonne « Nom » : Le nom est obligatoire (dans l'écriture du parent ou en lettres latines).",
            "Ligne 4, colonne « Année de naissance » : « vers 1980 » n'est pas une année (par exemple 1985).",
            "Ligne 4, colonne « Nationalité » : « Atlantide » n'est pas dans la liste des pays : choisissez-le dans la liste.",
            "Ligne 4, colonne « Langues » : « klingon » n'est pas dans la liste des langues : choisissez-la dans la liste.",
        ]
    );
    assert_eq!(a.lignes[3].sort, SortLigne::Nouveau, "séparateur virgule, langues entre guillemets");
    assert_eq!(a.avertissements.len(), 1, "téléphone sans consentement : non importé, signalé");
    assert_eq!(a.avertissements[0].ligne, 5);
}

#[test]
fn les_accents_windows_1252_survivent() {
    let (mut db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    let texte = "Nom;Prénom;Nationalité\nLefèvre;Hélène;Algérie\nNoël;Zoé;Côte d'Ivoire\nGarçon;Cœur;France\n";
    let (octets, _, perdu) = encoding_rs::WINDOWS_1252.encode(texte);
    assert!(!perdu);
    assert!(std::str::from_utf8(&octets).is_err(), "le fichier n'est pas de l'UTF-8");
    let f = ecrire(&dir, "excel.csv", &octets);
    import::importer(&mut db, &f, atelier, None).unwrap();
    let noms: Vec<String> = oepre_core::domaine::vues_parents::chercher(db.conn(), &Default::default()).unwrap().into_iter().map(|l| format!("{} {}", l.nom, l.prenom)).collect();
    assert_eq!(noms, ["Garçon Cœur", "Lefèvre Hélène", "Noël Zoé"]);
    assert_eq!(parent::lire(db.conn(), 1).unwrap().nationalite.as_deref(), Some("DZ"));
}

#[test]
fn doublons_dans_le_fichier_et_dans_la_base() {
    let (mut db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    parent::creer(&mut db, &parent::SaisieParent { nom: "Haddad".into(), prenom: "Samira".into(), annee_naissance: Some(1986), ..Default::default() }).unwrap();
    let csv = "Nom;Prénom;Année de naissance\nHADDAD;Samira;1986\nBenali;Karim;1979\nbenali;karim;1979\nBenali;Karim;1980\n";
    let f = ecrire(&dir, "doublons.csv", csv.as_bytes());
    let r = import::importer(&mut db, &f, atelier, None).unwrap();
    assert_eq!((r.parents_crees, r.parents_existants, r.lignes_ignorees), (2, 1, 1));
    let doublons: Vec<u32> = r.apercu.doublons.iter().map(|d| d.ligne).collect();
    assert_eq!(doublons, [2, 4]);
    assert!(r.apercu.doublons[1].message.contains("ligne 3"));
    assert_eq!(nombre(&db, "parent"), 3);
    assert_eq!(nombre(&db, "inscription"), 3);
    // Importing the same file again enrols no one twice.
    let r = import::importer(&mut db, &f, atelier, None).unwrap();
    assert_eq!((r.parents_crees, r.parents_existants), (0, 0));
    assert_eq!(nombre(&db, "inscription"), 3);
}

#[test]
fn correspondance_manuelle_des_colonnes() {
    let (mut db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    let f = ecrire(&dir, "bizarre.csv", "Famille;Personne;Né en\nDiallo;Aminata;1985\n".as_bytes());
    assert!(import::correspondances_auto(&import::lire_tableau(&f).unwrap().entetes).is_empty());
    assert_eq!(import::apercu(db.conn(), &f, atelier, None).unwrap_err().champs()[0].champ, "correspondances");
    let t = import::lire_tableau(&f).unwrap();
    let c = [
        Correspondance { champ: ChampImport::Nom, colonne: import::resoudre_colonne(&t.entetes, "famille").unwrap() },
        Correspondance { champ: ChampImport::Prenom, colonne: import::resoudre_colonne(&t.entetes, "2").unwrap() },
        Correspondance { champ: ChampImport::AnneeNaissance, colonne: 2 },
    ];
    import::importer(&mut db, &f, atelier, Some(&c)).unwrap();
    assert_eq!(parent::lire(db.conn(), 1).unwrap().annee_naissance, Some(1985));
}

fn verifier_liste_libreoffice(nom: &str) {
    let (mut db, atelier) = base();
    let r = import::importer(&mut db, &fixture(nom), atelier, None).unwrap();
    assert_eq!(r.parents_crees, 5, "{nom}");
    let lignes = oepre_core::domaine::vues_parents::chercher(db.conn(), &oepre_core::domaine::vues_parents::FiltreParents { texte: "கவி".into(), atelier_id: Some(atelier) }).unwrap();
    assert_eq!(lignes.len(), 1);
    let p = parent::lire(db.conn(), lignes[0].id).unwrap();
    assert_eq!((p.nom.as_str(), p.annee_naissance, p.nationalite.as_deref()), ("Ramanathan", Some(1988), Some("LK")));
    assert_eq!(p.langues.iter().map(|l| l.langue.as_str()).collect::<Vec<_>>(), ["ta", "en"]);
    assert_eq!(lignes[0].inscriptions[0].inscrit_le.to_string(), "2025-10-13", "date lue comme jour/mois/année");
    assert_eq!(oepre_core::domaine::vues_parents::chercher(db.conn(), &oepre_core::domaine::vues_parents::FiltreParents { texte: "العلي".into(), atelier_id: None }).unwrap().len(), 1);
}

#[test]
fn un_xlsx_de_libreoffice_s_importe() {
    verifier_liste_libreoffice("inscrits-libreoffice.xlsx");
}

#[test]
fn un_ods_de_libreoffice_s_importe() {
    verifier_liste_libreoffice("inscrits-libreoffice.ods");
}

#[test]
fn un_xlsx_genere_s_importe_avec_ses_numeros_de_ligne() {
    let (mut db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join("genere.xlsx");
    let mut classeur = rust_xlsxwriter::Workbook::new();
    let f = classeur.add_worksheet();
    for (c, e) in ["Nom", "Prénom", "Année de naissance", "Date d'inscription"].iter().enumerate() {
        f.write_string(0, c as u16, *e).unwrap();
    }
    let format_date = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    f.write_string(1, 0, "Шевченко").unwrap();
    f.write_string(1, 1, "Олена").unwrap();
    f.write_number(1, 2, 1984).unwrap();
    f.write_datetime_with_format(1, 3, rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 10, 7).unwrap(), &format_date).unwrap();
    f.write_string(2, 0, "Tesfay").unwrap();
    f.write_string(2, 1, "Selam").unwrap();
    f.write_string(2, 2, "mille neuf cent").unwrap();
    classeur.save(&chemin).unwrap();
    let a = import::apercu(db.conn(), &chemin, atelier, None).unwrap();
    assert_eq!(a.erreurs.len(), 1);
    assert_eq!((a.erreurs[0].ligne, a.erreurs[0].colonne.as_str()), (3, "Année de naissance"));
    assert!(import::importer(&mut db, &chemin, atelier, None).is_err());
    assert_eq!(nombre(&db, "parent"), 0);
}

/// The arrival in France may be a year, a month and year, or a full date: the month is kept
/// (« moins de 5 ans » is judged at the school year's first day), anything else is refused
/// with the row named.
#[test]
fn l_arrivee_en_france_au_mois_pres() {
    let (mut db, atelier) = base();
    let dir = tempfile::tempdir().unwrap();
    let csv = "Nom;Prénom;Arrivée en France\nA;Un;2020\nB;Deux;10/2020\nC;Trois;2021-03\nD;Quatre;15/09/2019\nE;Cinq;\n";
    let f = ecrire(&dir, "arrivees.csv", csv.as_bytes());
    import::importer(&mut db, &f, atelier, None).unwrap();
    let mut stmt = db.conn().prepare("SELECT nom, annee_arrivee, mois_arrivee FROM parent ORDER BY nom").unwrap();
    let lus: Vec<(String, Option<i32>, Option<u32>)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect();
    assert_eq!(
        lus,
        [
            ("A".into(), Some(2020), None),
            ("B".into(), Some(2020), Some(10)),
            ("C".into(), Some(2021), Some(3)),
            ("D".into(), Some(2019), Some(9)),
            ("E".into(), None, None)
        ]
    );
    let f = ecrire(&dir, "mauvaise.csv", "Nom;Prénom;Arrivée en France\nF;Six;13/2020\n".as_bytes());
    let apercu = import::apercu(db.conn(), &f, atelier, None).unwrap();
    assert_eq!(apercu.erreurs.len(), 1);
    assert_eq!(
        apercu.erreurs[0].texte(),
        "Ligne 2, colonne « Arrivée en France » : « 13/2020 » n'est pas une arrivée en France : écrivez l'année (2020) ou le mois et l'année (10/2020)."
    );
}

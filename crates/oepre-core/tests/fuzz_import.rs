//! Properties of the import readers (CSV, XLSX, ODS, mapping, row checks): any bytes give a
//! table or a French error, never a panic; a CSV written from random rows reads back as the
//! same rows; a bad cell is reported with its line and its column; a refused import writes
//! nothing. The long random runs are `make fuzz` (see `docs/fuzzing.md`).

mod commun;
use commun::{base, nombre};

use std::path::{Path, PathBuf};

use oepre_core::domaine::import::{self, ChampImport, Correspondance};
use oepre_core::commun::texte::lire_date;
use oepre_core::{CodeErreur, Erreur};
use proptest::prelude::*;

fn config(cas: u32) -> ProptestConfig {
    ProptestConfig { cases: cas, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(0x4F45_5052), ..ProptestConfig::default() }
}

fn fixture(nom: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(nom)).unwrap()
}

fn ecrire(dir: &tempfile::TempDir, nom: &str, octets: &[u8]) -> PathBuf {
    let p = dir.path().join(nom);
    std::fs::write(&p, octets).unwrap();
    p
}

/// A refusal is a French message about the file, never « a bug ».
fn refus_correct(e: &Erreur) -> Result<(), TestCaseError> {
    prop_assert!(e.code() != CodeErreur::Interne, "erreur interne : {}", e);
    prop_assert!(!e.to_string().trim().is_empty());
    prop_assert!(e.champs().iter().all(|c| !c.message.trim().is_empty()), "{:?}", e);
    Ok(())
}

/// Reads the file, previews it with the automatic mapping and with every field mapped, and
/// imports it into a fresh base: each step succeeds or refuses in French; a refused import
/// writes nothing; every problem of a row has a line, a column and a message.
fn tout_passe(chemin: &Path) -> Result<(), TestCaseError> {
    let tableau = match import::lire_tableau(chemin) {
        Ok(t) => t,
        Err(e) => return refus_correct(&e),
    };
    prop_assert!(tableau.lignes.windows(2).all(|w| w[0].0 < w[1].0), "numéros de ligne croissants");
    let (mut db, atelier) = base();
    let n = tableau.entetes.len().max(1) as u32;
    let toutes: Vec<Correspondance> = ChampImport::TOUS.iter().enumerate().map(|(i, &champ)| Correspondance { champ, colonne: i as u32 % n }).collect();
    for c in [None, Some(toutes.as_slice())] {
        match import::apercu(db.conn(), chemin, atelier, c) {
            Ok(a) => prop_assert!(a.erreurs.iter().all(|e| e.ligne > 0 && !e.colonne.is_empty() && !e.message.is_empty()), "{:?}", a.erreurs),
            Err(e) => refus_correct(&e)?,
        }
    }
    match import::importer(&mut db, chemin, atelier, None) {
        Ok(r) => prop_assert_eq!(nombre(&db, "parent"), i64::from(r.parents_crees)),
        Err(e) => {
            refus_correct(&e)?;
            prop_assert_eq!((nombre(&db, "parent"), nombre(&db, "inscription")), (0, 0), "tout ou rien");
        }
    }
    Ok(())
}

/// Bytes of a CSV as people's files have them: separators, quotes, line ends, BOM,
/// Windows-1252 and invalid UTF-8 bytes, header words, dates, among plain text.
fn octets_csv() -> impl Strategy<Value = Vec<u8>> {
    let morceau = prop_oneof![
        Just(b";".to_vec()),
        Just(b",".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(b"\xe9\xe8\x92".to_vec()),
        Just(b"\xff\xc3".to_vec()),
        Just("Nom;Prénom;Sexe;Année de naissance;Date d'inscription;Consentement;Téléphone\n".as_bytes().to_vec()),
        "(31/02/2025|2025-10-06|1986|[0-9]{1,12}|oui|non|F|M|x)".prop_map(String::into_bytes),
        any::<String>().prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..16),
    ];
    prop::collection::vec(morceau, 0..40).prop_map(|v| v.concat())
}

/// Overwrites, inserts and truncates bytes of a workbook.
fn abimer(mut octets: Vec<u8>, coups: &[(usize, u8, u8)], coupe: Option<usize>) -> Vec<u8> {
    for &(ou, genre, valeur) in coups {
        let i = ou % (octets.len() + 1);
        match genre % 3 {
            0 if i < octets.len() => octets[i] = valeur,
            1 => octets.insert(i, valeur),
            _ if i < octets.len() => {
                octets.remove(i);
            }
            _ => {}
        }
    }
    if let Some(c) = coupe {
        octets.truncate(c % (octets.len() + 1));
    }
    octets
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn tout_csv_est_lu_ou_refuse_en_francais(octets in octets_csv()) {
        let dir = tempfile::tempdir().unwrap();
        tout_passe(&ecrire(&dir, "liste.csv", &octets))?;
    }

    #[test]
    fn tout_octet_donne_un_csv_lu_ou_refuse(octets in prop::collection::vec(any::<u8>(), 0..512)) {
        let dir = tempfile::tempdir().unwrap();
        tout_passe(&ecrire(&dir, "liste.csv", &octets))?;
    }
}

/// Rewrites the workbook with the XML of its sheet (or shared strings, or content.xml)
/// damaged as in [`abimer`], the other entries unchanged: what a broken export looks like.
fn abimer_le_xml(classeur: &[u8], coups: &[(usize, u8, u8)], coupe: Option<usize>) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(classeur)).unwrap();
    let mut sortie = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut octets = Vec::new();
        f.read_to_end(&mut octets).unwrap();
        let nom = f.name().to_owned();
        if nom.ends_with("sheet1.xml") || nom.ends_with("sharedStrings.xml") || nom == "content.xml" {
            octets = abimer(octets, coups, coupe);
        }
        sortie.start_file(nom, options).unwrap();
        sortie.write_all(&octets).unwrap();
    }
    sortie.finish().unwrap().into_inner()
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn un_classeur_abime_est_lu_ou_refuse_en_francais(
        ods in any::<bool>(),
        dans_le_xml in any::<bool>(),
        coups in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..12),
        coupe in prop::option::weighted(0.2, any::<usize>()),
    ) {
        let (nom, ext) = if ods { ("inscrits-libreoffice.ods", "ods") } else { ("inscrits-libreoffice.xlsx", "xlsx") };
        let octets = if dans_le_xml { abimer_le_xml(&fixture(nom), &coups, coupe) } else { abimer(fixture(nom), &coups, coupe) };
        let dir = tempfile::tempdir().unwrap();
        tout_passe(&ecrire(&dir, &format!("liste.{ext}"), &octets))?;
    }
}

/// Cell text: letters of several scripts, spaces, separators, quotes, line breaks.
fn cellule() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-zéèçàÉ' -]{0,12}",
        "[a-z;,\t\"\n\r ]{0,10}",
        "(محمد|王芳|கவிதா|Олена|Ñúñez)",
        any::<String>().prop_map(|s| s.replace(['\u{feff}', '\0'], "")),
    ]
}

/// Headers: distinct, non-empty, already tidy (no leading, trailing or double spaces).
fn entetes() -> impl Strategy<Value = Vec<String>> {
    prop::collection::btree_set("[A-Za-zéè]{1,8}( [a-zé]{1,6})?", 2..6).prop_map(|s| s.into_iter().collect())
}

proptest! {
    #![proptest_config(config(128))]

    /// A valid CSV written from random rows (any separator, UTF-8 with or without BOM, or
    /// Windows-1252 when every character fits) reads back as the same headers and rows.
    #[test]
    fn un_csv_ecrit_se_relit_a_l_identique(
        entetes in entetes(),
        lignes in prop::collection::vec(prop::collection::vec(cellule(), 1..7), 0..12),
        separateur in prop::sample::select(vec![b';', b',', b'\t']),
        bom in any::<bool>(),
        windows in any::<bool>(),
    ) {
        let mut w = csv::WriterBuilder::new().delimiter(separateur).flexible(true).from_writer(Vec::new());
        w.write_record(&entetes).unwrap();
        for l in &lignes {
            w.write_record(l).unwrap();
        }
        let texte = String::from_utf8(w.into_inner().unwrap()).unwrap();
        // Windows-1252 only for plain French letters: a byte of 0x80–0xBF after an accented
        // letter could also be read as UTF-8 (see docs/fuzzing.md).
        let windows = windows && texte.chars().all(|c| c.is_ascii() || "éèçàÉ".contains(c));
        let octets = if windows {
            encoding_rs::WINDOWS_1252.encode(&texte).0.into_owned()
        } else if bom {
            [b"\xef\xbb\xbf".as_slice(), texte.as_bytes()].concat()
        } else {
            texte.into_bytes()
        };
        let dir = tempfile::tempdir().unwrap();
        let t = import::lire_tableau(&ecrire(&dir, "liste.csv", &octets)).unwrap();
        prop_assert_eq!(&t.entetes, &entetes);
        let attendues: Vec<&Vec<String>> = lignes.iter().filter(|l| l.iter().any(|c| !c.trim().is_empty())).collect();
        let lues: Vec<&Vec<String>> = t.lignes.iter().map(|(_, c)| c).collect();
        prop_assert_eq!(lues, attendues);
        prop_assert!(t.lignes.iter().all(|(n, _)| *n >= 2), "les données commencent ligne 2");
    }

    /// One unreadable date among valid rows: the preview names its line and its column, and
    /// the import writes nothing.
    #[test]
    fn une_date_illisible_est_signalee_avec_sa_ligne_et_sa_colonne(
        nb in 1..15_usize,
        mauvaise in any::<prop::sample::Index>(),
        texte in "[^\r\n\"]{1,12}".prop_filter("illisible", |s| !s.trim().is_empty() && lire_date(s).is_none()),
    ) {
        let k = mauvaise.index(nb);
        let mut s = String::from("Nom;Prénom;Date d'inscription\n");
        for i in 0..nb {
            let date = if i == k { texte.replace(';', ",") } else { format!("{:02}/10/2025", i + 1) };
            s.push_str(&format!("Nom{i};Prénom{i};\"{date}\"\n"));
        }
        let dir = tempfile::tempdir().unwrap();
        let f = ecrire(&dir, "liste.csv", s.as_bytes());
        let (mut db, atelier) = base();
        let a = import::apercu(db.conn(), &f, atelier, None).unwrap();
        prop_assert_eq!(a.erreurs.len(), 1, "{:?}", a.erreurs);
        prop_assert_eq!((a.erreurs[0].ligne, a.erreurs[0].colonne.as_str()), (k as u32 + 2, "Date d'inscription"));
        prop_assert!(import::importer(&mut db, &f, atelier, None).is_err());
        prop_assert_eq!(nombre(&db, "parent"), 0);
    }
}

/// Found by `make fuzz` (xlsx): a column without a header left the error without a column.
#[test]
fn une_colonne_sans_en_tete_est_nommee_par_son_numero() {
    let dir = tempfile::tempdir().unwrap();
    let f = ecrire(&dir, "liste.csv", "Nom;Prénom;\nHaddad;Samira;demain\n".as_bytes());
    let (db, atelier) = base();
    let c = [Correspondance { champ: ChampImport::Nom, colonne: 0 }, Correspondance { champ: ChampImport::InscritLe, colonne: 2 }];
    let a = import::apercu(db.conn(), &f, atelier, Some(&c)).unwrap();
    assert_eq!(a.erreurs.len(), 1);
    assert_eq!(a.erreurs[0].texte(), "Ligne 2, colonne « n° 3 » : « demain » n'est pas une date : écrivez-la comme 01/10/2025.");
}


/// Found by the CSV property: lines ended by a lone `\r` (« CSV (Macintosh) » of Excel for
/// Mac) were all numbered 1, and a record after `\r\n` could get the previous line's number.
#[test]
fn les_lignes_sont_numerotees_comme_dans_un_editeur_quelle_que_soit_la_fin_de_ligne() {
    let dir = tempfile::tempdir().unwrap();
    for (fins, nom) in [("\r", "mac"), ("\n", "unix"), ("\r\n", "windows")] {
        let texte = ["Nom;Date d'inscription", "Haddad;06/10/2025", "", "Popescu;31/02/2025", "Lefèvre;hier"].join(fins);
        let t = import::lire_tableau(&ecrire(&dir, &format!("{nom}.csv"), texte.as_bytes())).unwrap();
        assert_eq!(t.lignes.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [2, 4, 5], "fins de ligne {nom}");
        let (db, atelier) = base();
        let a = import::apercu(db.conn(), &dir.path().join(format!("{nom}.csv")), atelier, None).unwrap();
        assert_eq!(a.erreurs.iter().map(|e| e.ligne).collect::<Vec<_>>(), [4, 5], "fins de ligne {nom}");
    }
    let t = import::lire_tableau(&ecrire(&dir, "bom.csv", b"Nom\n\xef\xbb\xbf\r\nHaddad\r\n")).unwrap();
    assert_eq!(t.lignes.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [2, 3], "{:?}", t.lignes);
}

/// Found by `make fuzz` (ods): a `content.xml` ending inside a table made calamine loop
/// forever (the import screen froze). Refused now, with a French message.
#[test]
fn un_ods_dont_la_feuille_n_est_pas_fermee_est_refuse() {
    use std::io::{Read, Write};
    let ods = fixture("inscrits-libreoffice.ods");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&ods)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (nom, contenu) in [("ouvert", r#"<table:table table:name="Feuille1">"#), ("mal-forme", r#"<table:table table:name=""t="">"#)] {
        let mut sortie = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let mut f = archive.by_index(i).unwrap();
            let mut octets = Vec::new();
            f.read_to_end(&mut octets).unwrap();
            let entree = f.name().to_owned();
            sortie.start_file(entree.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
            sortie.write_all(if entree == "content.xml" { contenu.as_bytes() } else { &octets }).unwrap();
        }
        let f = ecrire(&dir, &format!("{nom}.ods"), &sortie.finish().unwrap().into_inner());
        let e = import::lire_tableau(&f).unwrap_err();
        assert_eq!(e.code(), CodeErreur::Validation, "{nom}");
        assert!(e.to_string().contains("classeur"), "{nom} : {e}");
    }
    assert_eq!(import::lire_tableau(&ecrire(&dir, "bon.ods", &ods)).unwrap().lignes.len(), 5, "un vrai classeur passe toujours");
}

/// Found by `make fuzz` (xlsx): one stray cell in the last cell of a sheet (XFD1048576) made
/// calamine ask for 270 GB and abort the app. Refused now, with what to do.
#[test]
fn une_feuille_xlsx_demesuree_est_refusee_sans_tout_allouer() {
    let mut classeur = rust_xlsxwriter::Workbook::new();
    let feuille = classeur.add_worksheet();
    feuille.write(0, 0, "Nom").unwrap();
    feuille.write(1, 0, "Haddad").unwrap();
    feuille.write(1_048_575, 16_383, "x").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let f = ecrire(&dir, "liste.xlsx", &classeur.save_to_buffer().unwrap());
    let e = import::lire_tableau(&f).unwrap_err();
    assert_eq!(e.code(), CodeErreur::Validation);
    assert!(e.to_string().contains("la feuille est trop grande : elle va de la ligne 1 à la ligne 1048576, sur 16384 colonnes"), "{e}");
}

/// A name as typed: Latin letters with accents, Arabic, Chinese, Tamil, Cyrillic, a hyphen,
/// an apostrophe, a separator or a quote (the CSV writer quotes them).
fn nom() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ]{1,8}([-' ;,\"][A-Za-zà-ÿ]{1,6})?|[ء-ي]{2,8}|[一-龥]{1,3}|[அ-ஹ]{2,6}|[А-я]{2,8}"
}

proptest! {
    #![proptest_config(config(48))]

    /// Random parents written as a CSV import as exactly those parents: same names, same years,
    /// one fiche per person (a repeated name and year is imported once).
    #[test]
    fn des_parents_ecrits_en_csv_s_importent_a_l_identique(
        parents in prop::collection::vec((nom(), nom(), 1940..2005_i32), 1..10),
        separateur in prop::sample::select(vec![b';', b',', b'\t']),
    ) {
        let mut w = csv::WriterBuilder::new().delimiter(separateur).from_writer(Vec::new());
        w.write_record(["Nom", "Prénom", "Année de naissance"]).unwrap();
        for (n, p, a) in &parents {
            w.write_record([n.as_str(), p.as_str(), &a.to_string()]).unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let f = ecrire(&dir, "liste.csv", &w.into_inner().unwrap());
        let (mut db, atelier) = base();
        let rapport = import::importer(&mut db, &f, atelier, None).unwrap();
        let mut attendus: Vec<(String, String, i32)> = Vec::new();
        for (n, p, a) in &parents {
            let cle = |x: &(String, String, i32)| (oepre_core::commun::recherche::plier(&x.0), oepre_core::commun::recherche::plier(&x.1), x.2);
            let parent = (n.clone(), p.clone(), *a);
            if !attendus.iter().any(|x| cle(x) == cle(&parent)) {
                attendus.push(parent);
            }
        }
        let mut stmt = db.conn().prepare("SELECT nom, prenom, annee_naissance FROM parent ORDER BY id").unwrap();
        let lus: Vec<(String, String, i32)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect();
        prop_assert_eq!(&lus, &attendus);
        prop_assert_eq!(rapport.parents_crees as usize, attendus.len());
        prop_assert_eq!(nombre(&db, "inscription"), attendus.len() as i64);
    }
}

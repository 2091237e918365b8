//! The documents, checked on real outputs with qpdf and poppler-utils (Debian packages `qpdf`
//! and `poppler-utils`) and, for the XLSX list, read back with calamine.
//! Set `OEPRE_DOCS_KEEP=<dir>` to keep the generated files (to render and look at them).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use oepre_core::sorties::documents::{self, ChoixAttestations};
use oepre_core::domaine::heures::{self, Portee};
use oepre_core::domaine::seance::{self, SaisieSeance};
use oepre_core::{domaine::annee, domaine::atelier, Db};

fn jour(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The demo school (2 ateliers, a year of séances, 30 parents in many scripts), plus an exit
/// level and a certification for Samira Haddad, and Awa Koné with no sex recorded.
fn base() -> Db {
    let mut db = Db::en_memoire().unwrap();
    oepre_core::demo::ecole::charger(&mut db).unwrap();
    let c = db.conn();
    c.execute(
        "UPDATE inscription SET sortie_oral = 'A2', sortie_ecrit = 'A1' WHERE parent_id = (SELECT id FROM parent WHERE nom = 'Haddad')",
        [],
    )
    .unwrap();
    c.execute(
        "INSERT INTO certification (inscription_id, diplome, obtenue)
         SELECT id, 'DELF A1', 1 FROM inscription WHERE parent_id = (SELECT id FROM parent WHERE nom = 'Haddad')",
        [],
    )
    .unwrap();
    c.execute("UPDATE parent SET sexe = NULL WHERE nom = 'Koné'", []).unwrap();
    db
}

fn id(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn atelier_mardi(db: &Db) -> i64 {
    atelier::trouver(db.conn(), "Atelier du mardi et jeudi").unwrap().id
}

struct Sortie {
    _dir: tempfile::TempDir,
    chemin: PathBuf,
}

fn ecrire(nom: &str, octets: &[u8]) -> Sortie {
    let dir = tempfile::tempdir().unwrap();
    let chemin = dir.path().join(nom);
    std::fs::write(&chemin, octets).unwrap();
    if let Ok(garder) = std::env::var("OEPRE_DOCS_KEEP") {
        std::fs::create_dir_all(&garder).unwrap();
        std::fs::write(Path::new(&garder).join(nom), octets).unwrap();
    }
    Sortie { _dir: dir, chemin }
}

fn outil(cmd: &str, args: &[&str], chemin: &Path) -> String {
    let out = Command::new(cmd).args(args).arg(chemin).output().unwrap_or_else(|e| panic!("{cmd} doit être installé : {e}"));
    let texte = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{cmd} a échoué :\n{texte}");
    texte
}

/// qpdf --check, every font embedded and subset; returns (pages, width pt, height pt).
fn verifier_pdf(chemin: &Path) -> (usize, f32, f32) {
    outil("qpdf", &["--check"], chemin);
    let polices = outil("pdffonts", &[], chemin);
    let lignes: Vec<&str> = polices.lines().skip(2).collect();
    assert!(!lignes.is_empty(), "aucune police :\n{polices}");
    for l in lignes {
        let c: Vec<&str> = l.split_whitespace().collect();
        let n = c.len();
        assert_eq!((c[n - 5], c[n - 4]), ("yes", "yes"), "police non incorporée ou non réduite : {l}");
    }
    let info = outil("pdfinfo", &[], chemin);
    let mut pages = 0;
    let (mut w, mut h) = (0.0, 0.0);
    for l in info.lines() {
        if let Some(v) = l.strip_prefix("Pages:") {
            pages = v.trim().parse().unwrap();
        }
        if let Some(v) = l.strip_prefix("Page size:") {
            let p: Vec<&str> = v.split_whitespace().collect();
            w = p[0].parse().unwrap();
            h = p[2].parse().unwrap();
        }
    }
    (pages, w, h)
}

fn a4_portrait(w: f32, h: f32) {
    assert!((w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5, "pas A4 portrait : {w} x {h}");
}

fn a4_paysage(w: f32, h: f32) {
    assert!((w - 841.89).abs() < 0.5 && (h - 595.28).abs() < 0.5, "pas A4 paysage : {w} x {h}");
}

/// pdftotext -layout of one page (or all), bidi embedding marks and isolates removed, runs
/// of spaces squashed.
fn texte(chemin: &Path, page: Option<usize>) -> String {
    let mut args = vec!["-layout".to_owned(), "-enc".into(), "UTF-8".into()];
    if let Some(p) = page {
        args.extend(["-f".into(), p.to_string(), "-l".into(), p.to_string()]);
    }
    let out = Command::new("pdftotext").args(&args).arg(chemin).arg("-").output().expect("pdftotext doit être installé");
    assert!(out.status.success());
    let brut: String = String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    brut.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\n")
}

fn aplatir(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn choix_annee(db: &Db) -> ChoixAttestations {
    let a = annee::courante(db.conn()).unwrap().unwrap();
    ChoixAttestations { annee_id: a.id, atelier_id: None, parent_id: None }
}

const FAIT_LE: &str = "2026-07-03";

#[test]
fn attestations_de_l_annee_une_page_par_parent_et_accords() {
    let db = base();
    let choix = choix_annee(&db);
    let pdf = documents::attestations(&db, &choix, jour(FAIT_LE)).unwrap();
    let s = ecrire("attestations-2025-2026.pdf", &pdf);
    let (pages, w, h) = verifier_pdf(&s.chemin);
    a4_portrait(w, h);
    let inscrits = id(&db, "SELECT count(*) FROM inscription WHERE statut <> 'attente'");
    assert_eq!(pages as i64, inscrits, "une page par parent inscrit (hors liste d'attente)");
    assert!(pdf.len() / pages <= 40_000, "{} octets par page", pdf.len() / pages);
    assert_eq!(pdf, documents::attestations(&db, &choix, jour(FAIT_LE)).unwrap(), "mêmes données, mêmes octets");

    let tout = texte(&s.chemin, None);
    let pages_txt: Vec<String> = (1..=pages).map(|p| aplatir(&texte(&s.chemin, Some(p)))).collect();
    let page_de = |nom: &str| pages_txt.iter().find(|t| t.contains(nom)).unwrap_or_else(|| panic!("pas de page pour {nom}:\n{tout}")).clone();

    let haddad = page_de("Samira HADDAD");
    assert!(haddad.contains("Je soussignée, Karima Haddad, principale du Collège Louise Michel"), "{haddad}");
    assert!(haddad.contains("Madame Samira HADDAD, inscrite à l'atelier"), "accord au féminin : {haddad}");
    assert!(haddad.contains("Académie de Créteil") && haddad.contains("UAI 0931234L") && haddad.contains("RÉPUBLIQUE"), "{haddad}");
    assert!(haddad.contains("Dispositif Ouvrir l'École aux parents pour la réussite des enfants (OEPRE)"), "{haddad}");
    assert!(haddad.contains("Niveau atteint (CECRL) oral A2, écrit A1") && haddad.contains("DELF A1"), "{haddad}");
    assert!(haddad.contains("Fait à Saint-Denis, le 3 juillet 2026."), "{haddad}");
    assert!(haddad.contains("langue française") && haddad.contains("fonctionnement et des attentes de l'École") && haddad.contains("valeurs de la République"));
    assert!(haddad.contains("Samia Belkacem"), "l'intervenante signe : {haddad}");
    assert!(haddad.contains(" / 29"), "pied de page n / N : {haddad}");
    // Hours: the one definition, formatted « 42 h 30 sur 60 h ».
    let ins = id(&db, "SELECT i.id FROM inscription i JOIN parent p ON p.id = i.parent_id WHERE p.nom = 'Haddad'");
    let h = heures::inscription(db.conn(), ins).unwrap();
    let attendu = format!("{} sur {}", heures::formater(h.minutes_suivies), heures::formater(h.minutes_dispensees));
    assert!(attendu.contains(" h") && haddad.contains(&attendu), "{attendu} dans {haddad}");
    assert!(haddad.contains(&format!("Première séance suivie {}", documents::date_longue(h.premiere_seance.unwrap()))), "{haddad}");

    let benali = page_de("Karim BENALI");
    assert!(benali.contains("Monsieur Karim BENALI, inscrit à l'atelier"), "{benali}");
    let kone = page_de("Awa KONÉ");
    assert!(kone.contains("Madame, Monsieur Awa KONÉ, inscrit·e à l'atelier"), "sexe inconnu : {kone}");

    // Arabic, Tamil and Chinese names inside the French sentence, in logical order.
    let arabe = page_de("Hassan Fatima");
    assert!(arabe.contains("Madame فاطمة حسن (Hassan Fatima), inscrite"), "{arabe}");
    let tamoul = page_de("Ramanathan Kavitha");
    assert!(tamoul.contains("Madame கவிதா இராமநாதன் (Ramanathan Kavitha), inscrite"), "{tamoul}");
    let chinois = page_de("Wang Fang");
    assert!(chinois.contains("Madame 王芳 (Wang Fang), inscrite"), "{chinois}");
    assert!(!tout.contains('\u{FFFD}'), "aucun caractère de remplacement");
    assert!(!tout.contains("Traoré") || tout.contains("Moussa TRAORÉ"));
}

#[test]
fn attestation_d_un_parent_et_d_un_atelier() {
    let db = base();
    let mut choix = choix_annee(&db);
    choix.parent_id = Some(id(&db, "SELECT id FROM parent WHERE nom = 'العلي'"));
    let pdf = documents::attestations(&db, &choix, jour(FAIT_LE)).unwrap();
    let s = ecrire("attestation-al-ali.pdf", &pdf);
    assert_eq!(verifier_pdf(&s.chemin).0, 1);
    assert!(aplatir(&texte(&s.chemin, None)).contains("Monsieur محمد العلي (Al-Ali Mohammed), inscrit à l'atelier"));

    let mut choix = choix_annee(&db);
    choix.atelier_id = Some(atelier::trouver(db.conn(), "Atelier alphabétisation").unwrap().id);
    let pdf = documents::attestations(&db, &choix, jour(FAIT_LE)).unwrap();
    let s = ecrire("attestations-alpha.pdf", &pdf);
    let n = id(&db, "SELECT count(*) FROM inscription i JOIN atelier a ON a.id = i.atelier_id WHERE a.nom = 'Atelier alphabétisation' AND i.statut <> 'attente'");
    assert_eq!(verifier_pdf(&s.chemin).0 as i64, n);

    let mut choix = choix_annee(&db);
    choix.parent_id = Some(id(&db, "SELECT id FROM parent WHERE nom = 'خان'"));
    let err = documents::attestations(&db, &choix, jour(FAIT_LE)).unwrap_err();
    assert!(err.to_string().contains("Aucune attestation"), "liste d'attente : pas d'attestation ({err})");
}

#[test]
fn taux_minimum_configurable_et_parents_sous_le_seuil() {
    let mut db = base();
    assert_eq!(documents::taux_minimum(db.conn()).unwrap(), 0.5);
    let choix = choix_annee(&db);
    assert!(documents::attestations_sous_le_seuil(&db, &choix).unwrap().is_empty(), "la démo a des taux entre 50 et 100 %");
    documents::definir_taux_minimum(&mut db, 0.9).unwrap();
    assert_eq!(documents::taux_minimum(db.conn()).unwrap(), 0.9);
    let sous = documents::attestations_sous_le_seuil(&db, &choix).unwrap();
    let attendu = heures::par_inscription(db.conn(), &Portee::Tout).unwrap().values().filter(|h| h.taux.is_some_and(|t| t < 0.9)).count();
    assert_eq!(sous.len(), attendu);
    assert!(sous.iter().all(|s| s.heures.taux.unwrap() < 0.9 && s.taux_minimum == 0.9));
    assert!(documents::definir_taux_minimum(&mut db, 1.5).is_err());
    assert!(documents::definir_taux_minimum(&mut db, f64::NAN).is_err());
    assert_eq!(documents::taux_minimum(db.conn()).unwrap(), 0.9, "rien d'écrit sur une valeur fausse");
}

#[test]
fn feuille_d_une_seance() {
    let db = base();
    let a = atelier_mardi(&db);
    // Thursday 13 November 2025: Maria Da Silva enrols on the 17th.
    let pdf = documents::feuille_du_jour(&db, a, jour("2025-11-13")).unwrap();
    let s = ecrire("emargement-seance.pdf", &pdf);
    let (pages, w, h) = verifier_pdf(&s.chemin);
    a4_portrait(w, h);
    assert!(pages >= 1);
    let t = aplatir(&texte(&s.chemin, None));
    for attendu in [
        "Feuille d'émargement — Dispositif OEPRE",
        "jeudi 13 novembre 2025",
        "14 h 00 – 16 h 00 (durée 2 h)",
        "Atelier du mardi et jeudi (débutants)",
        "2025-2026",
        "Samia Belkacem",
        "Signature",
        "Observations",
        "Visa de la principale",
        "HADDAD",
        "Samira",
        "inscrite le 17/11",
        "العلي",
    ] {
        assert!(t.contains(attendu), "« {attendu} » manque :\n{t}");
    }
    assert!(!t.contains("matin"), "séance de l'après-midi : une seule colonne de signature");
    assert!(!t.contains("Khan") && !t.contains("خان"), "liste d'attente absente");
}

#[test]
fn feuille_d_une_journee_entiere_a_deux_signatures() {
    let mut db = base();
    let a = atelier_mardi(&db);
    let s = seance::ajouter(
        &mut db,
        a,
        &SaisieSeance {
            date: "2026-03-11".into(),
            debut: "09:30".into(),
            fin: "15:30".into(),
            intervenants: vec![],
            axes: seance::Axes { langue: true, ecole: true, valeurs: true },
            theme: "Journée au musée".into(),
            hors_les_murs: true,
            lieu: "Musée d'art et d'histoire".into(),
        },
    )
    .unwrap();
    let pdf = documents::feuille_seance(&db, s.id).unwrap();
    let f = ecrire("emargement-journee.pdf", &pdf);
    verifier_pdf(&f.chemin);
    let t = aplatir(&texte(&f.chemin, None));
    assert!(t.contains("matin") && t.contains("après-midi"), "{t}");
    assert!(t.contains("a quitté le 10/03"), "Fatoumata Sylla est partie la veille : {t}");
    assert!(t.contains("mercredi 11 mars 2026") && t.contains("6 h"), "{t}");
}

#[test]
fn feuille_du_mois_et_depart() {
    let db = base();
    let a = atelier_mardi(&db);
    let pdf = documents::feuille_mois(&db, a, 2026, 3).unwrap();
    let s = ecrire("emargement-mars-2026.pdf", &pdf);
    let (pages, w, h) = verifier_pdf(&s.chemin);
    a4_paysage(w, h);
    assert!(pages <= 2, "{pages} pages");
    let t = aplatir(&texte(&s.chemin, None));
    assert!(t.contains("mars 2026") && t.contains("mar. 10/03") && t.contains("jeu. 26/03"), "vacances d'hiver jusqu'au 9 mars : {t}");
    assert!(t.contains("a quitté le 10/03"), "Fatoumata Sylla est partie le 10 mars : {t}");
    assert!(t.contains("SYLLA") && t.contains("HADDAD"), "{t}");
    assert!(documents::feuille_mois(&db, a, 2026, 8).is_err(), "pas de séance en août");
    assert!(documents::feuille_mois(&db, a, 2026, 13).is_err());
}

#[test]
fn feuille_vierge_et_annee_entiere() {
    let db = base();
    let a = atelier_mardi(&db);
    let pdf = documents::feuille_vierge(&db, a).unwrap();
    let s = ecrire("emargement-vierge.pdf", &pdf);
    let (_, w, h) = verifier_pdf(&s.chemin);
    a4_paysage(w, h);
    let t = texte(&s.chemin, None);
    assert!(t.contains("HADDAD") && t.contains("Date :"), "{t}");
    assert!(!t.contains("SYLLA"), "une partie n'est plus sur la feuille vierge");

    let pdf = documents::feuilles_annee(&db, a).unwrap();
    let s = ecrire("emargement-annee.pdf", &pdf);
    let (pages, ..) = verifier_pdf(&s.chemin);
    let seances = seance::lister(db.conn(), a).unwrap().iter().filter(|s| !s.annulee).count();
    assert!(pages >= seances, "{pages} pages pour {seances} séances");
}

#[test]
fn liste_des_inscrits_pdf() {
    let db = base();
    let a = atelier_mardi(&db);
    let pdf = documents::liste_inscrits_pdf(&db, a, jour("2026-03-15")).unwrap();
    let s = ecrire("inscrits.pdf", &pdf);
    let (_, w, h) = verifier_pdf(&s.chemin);
    a4_paysage(w, h);
    let t = texte(&s.chemin, None);
    for attendu in ["Liste des inscrits", "HADDAD", "Algérie", "Syrie", "10/03/2026, travail", "oui", "non", "A1.1", " %", " h"] {
        assert!(t.contains(attendu), "« {attendu} » manque :\n{t}");
    }
}

#[test]
fn liste_des_inscrits_xlsx_relue() {
    use calamine::{Data, Reader, Xlsx};
    let db = base();
    let a = atelier_mardi(&db);
    let octets = documents::liste_inscrits_xlsx(&db, a, jour("2026-03-15")).unwrap();
    assert_eq!(octets, documents::liste_inscrits_xlsx(&db, a, jour("2026-03-15")).unwrap(), "mêmes octets");
    let s = ecrire("inscrits.xlsx", &octets);
    let mut classeur: Xlsx<_> = calamine::open_workbook(&s.chemin).unwrap();
    let feuille = classeur.worksheet_range("Inscrits").unwrap();
    assert_eq!(feuille.get_value((0, 1)), Some(&Data::String("Nom".into())));
    assert_eq!(feuille.get_value((0, 15)), Some(&Data::String("Taux d'assiduité".into())));
    let lignes = oepre_core::sorties::documents::inscrits::lignes(&db, a).unwrap();
    assert_eq!(feuille.height(), lignes.len() + 1);
    let r = 1 + lignes.iter().position(|l| l.nom == "Haddad").unwrap() as u32;
    let l = lignes.iter().find(|l| l.nom == "Haddad").unwrap();
    match feuille.get_value((r, 6)) {
        Some(Data::DateTime(d)) => assert_eq!(d.as_datetime().unwrap().date(), l.inscrit_le),
        autre => panic!("date d'inscription : {autre:?}"),
    }
    assert_eq!(feuille.get_value((r, 13)), Some(&Data::Float(l.heures.minutes_suivies as f64 / 60.0)));
    assert_eq!(feuille.get_value((r, 15)), Some(&Data::Float(l.heures.taux.unwrap())));
    let r_sylla = 1 + lignes.iter().position(|l| l.nom == "Sylla").unwrap() as u32;
    assert!(matches!(feuille.get_value((r_sylla, 7)), Some(Data::DateTime(_))), "date de départ");
    assert_eq!(feuille.get_value((r_sylla, 8)), Some(&Data::String("travail".into())));
    // Frozen header, autofilter, formats: in the sheet's XML.
    let xml = Command::new("unzip").arg("-p").arg(&s.chemin).arg("xl/worksheets/sheet1.xml").output().unwrap();
    let xml = String::from_utf8_lossy(&xml.stdout);
    assert!(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), "en-tête figé : {xml}");
    assert!(xml.contains("<autoFilter"), "filtre automatique");
    let styles = Command::new("unzip").arg("-p").arg(&s.chemin).arg("xl/styles.xml").output().unwrap();
    let styles = String::from_utf8_lossy(&styles.stdout);
    assert!(styles.contains("dd/mm/yyyy") && styles.contains("formatCode=\"0%\""), "formats date et pourcentage : {styles}");
}

#[test]
fn fiches_d_inscription() {
    let db = base();
    let pdf = documents::fiche_vierge(&db).unwrap();
    let s = ecrire("fiche-vierge.pdf", &pdf);
    let (_, w, h) = verifier_pdf(&s.chemin);
    a4_portrait(w, h);
    let t = aplatir(&texte(&s.chemin, None));
    for attendu in [
        "Fiche d'inscription",
        "Année de naissance",
        "Nationalité",
        "Je la lis",
        "contrat d'intégration républicaine",
        "J'accepte que l'établissement m'appelle",
        "Vos enfants à l'école",
        "Niveau à l'entrée",
        "Qui vous a parlé de l'atelier ? OFII",
        "CASNAV",
        "Qu'attendez-vous de l'atelier ?",
        "Aider mon enfant dans sa scolarité",
        "Qui est responsable ? la principale",
        "Vos droits",
        "corriger",
        "effacer",
        "Signature du parent",
    ] {
        assert!(t.contains(attendu), "« {attendu} » manque :\n{t}");
    }
    assert!(!t.to_lowercase().contains("numéro de titre") && !t.to_lowercase().contains("n° de titre"), "jamais de numéro de titre de séjour");

    let p = id(&db, "SELECT id FROM parent WHERE nom = 'حسن'");
    let pdf = documents::fiche_parent(&db, p).unwrap();
    let s = ecrire("fiche-hassan.pdf", &pdf);
    verifier_pdf(&s.chemin);
    let t = aplatir(&texte(&s.chemin, None));
    for attendu in ["حسن", "فاطمة", "Hassan Fatima", "1988", "Soudan", "Arabe", "06 23 33 43 53"] {
        assert!(t.contains(attendu), "« {attendu} » manque :\n{t}");
    }
}

#[test]
fn sans_etablissement_un_message_clair() {
    let db = Db::en_memoire().unwrap();
    let err = documents::fiche_vierge(&db).unwrap_err();
    assert!(err.to_string().contains("Renseignez d'abord l'établissement"), "{err}");
}

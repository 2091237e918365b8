//! The académie view of the merge (issue 14, item 7): nationalities grouped as in the school
//! bilan, entry/exit levels, certifications, attendance per month and the per-département table,
//! on three schools whose figures are set by hand (so every sum below is computed by hand);
//! an older file without the hours per month; the workbook's new sheets and the PDF summary
//! read back; and no parent's name or phone in either file.

use calamine::{Data, Reader, Xlsx};
use oepre_core::domaine::heures::AssiduiteMois;
use oepre_core::domaine::seance::MinutesAxes;
use oepre_core::sorties::bilan::{self, Bilan, Compte, LigneCertification, LigneNiveau};
use oepre_core::{domaine::annee, demo, Db};

fn c(code: &str, libelle: &str, nombre: i64) -> Compte {
    Compte { code: code.into(), libelle: libelle.into(), nombre }
}

fn niv(niveau: &str, eo: i64, ee: i64, so: i64, se: i64) -> LigneNiveau {
    LigneNiveau { niveau: niveau.into(), entree_oral: eo, entree_ecrit: ee, sortie_oral: so, sortie_ecrit: se }
}

fn mois(m: &str, suivies_h: i64, dispensees_h: i64) -> AssiduiteMois {
    AssiduiteMois { mois: m.into(), minutes_suivies: suivies_h * 60, minutes_dispensees: dispensees_h * 60 }
}

fn demo_bilan() -> (Db, Bilan) {
    let mut db = Db::en_memoire().unwrap();
    demo::charger(&mut db).unwrap();
    let a = annee::par_libelle(db.conn(), "2025-2026").unwrap();
    let b = bilan::calculer(&db, a.id).unwrap();
    (db, b)
}

/// Three schools: two in Haute-Garonne (031), one in Paris (075), figures set by hand.
fn trois(modele: &Bilan) -> Vec<Bilan> {
    let ecole = |uai: &str, nom: &str, nats: Vec<Compte>, niveaux: Vec<LigneNiveau>, certifs: Vec<LigneCertification>, m: Vec<AssiduiteMois>, publics: [i64; 3], axes: [i64; 3]| {
        let mut b = modele.clone();
        b.etablissement.uai = uai.into();
        b.etablissement.nom = nom.into();
        let p = &mut b.ecole.parents;
        p.nationalites = nats;
        p.niveaux = niveaux;
        p.certifications = certifs;
        (p.public_prioritaire, p.autres_allophones_hors_prioritaire, p.francophones_hors_prioritaire) = (publics[0], publics[1], publics[2]);
        p.inscrits = publics.iter().sum();
        b.ecole.assiduite_par_mois = Some(m);
        b.ecole.axes_realises = Some(MinutesAxes { langue: axes[0] * 60, ecole: axes[1] * 60, valeurs: axes[2] * 60 });
        b
    };
    let certif = |d: &str, t: i64, o: i64, i: i64| LigneCertification { diplome: d.into(), tentees: t, obtenues: o, resultat_inconnu: i };
    vec![
        ecole(
            "0310001A",
            "École A",
            vec![c("DZ", "Algérie", 5), c("MA", "Maroc", 3), c("autres", "Autres nationalités", 2)],
            vec![niv("A1", 4, 3, 1, 2), niv("A2", 1, 0, 4, 3), niv("non_evalue", 0, 2, 0, 0)],
            vec![certif("DILF", 2, 1, 0)],
            vec![mois("2025-10", 10, 12), mois("2025-11", 8, 12)],
            [6, 3, 1],
            [40, 10, 10],
        ),
        ecole(
            "0310002B",
            "Collège B",
            vec![c("DZ", "Algérie", 4), c("autres", "Autres nationalités", 1), c("non_renseigne", "Non renseignée", 1)],
            vec![niv("A1", 2, 2, 0, 1), niv("A2", 0, 0, 2, 1)],
            vec![certif("DILF", 1, 1, 0), certif("DELF A1", 1, 0, 1)],
            vec![mois("2025-11", 5, 6), mois("2025-12", 3, 6)],
            [2, 3, 1],
            [30, 15, 15],
        ),
        ecole(
            "0750001C",
            "Lycée C",
            vec![c("MA", "Maroc", 3), c("TN", "Tunisie", 3)],
            vec![niv("A1", 3, 3, 3, 3), niv("A2", 3, 3, 3, 3)],
            vec![],
            vec![mois("2025-10", 6, 6)],
            [4, 2, 0],
            [20, 20, 20],
        ),
    ]
}

fn feuille(octets: &[u8], nom: &str) -> Vec<Vec<Data>> {
    let mut x: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(octets.to_vec())).unwrap();
    x.worksheet_range(nom).unwrap_or_else(|e| panic!("{nom}: {e}")).rows().map(|l| l.to_vec()).collect()
}

fn ligne<'a>(f: &'a [Vec<Data>], premiere: &str) -> &'a [Data] {
    f.iter().find(|l| l.first().is_some_and(|c| *c == *premiere)).unwrap_or_else(|| panic!("{premiere}: {f:?}"))
}

fn nombres(l: &[Data]) -> Vec<String> {
    let mut v: Vec<String> = l[1..].iter().map(|c| c.to_string()).collect();
    while v.last().is_some_and(String::is_empty) {
        v.pop();
    }
    v
}

#[test]
fn trois_ecoles_additionnees_a_la_main() {
    let (_, modele) = demo_bilan();
    let f = bilan::fusionner(&trois(&modele)).unwrap();
    let t = &f.total;
    // Nationalities: DZ 5+4, MA 3+3, TN 3; « autres » 2+1; not recorded 1.
    assert_eq!(t.nationalites, vec![c("DZ", "Algérie", 9), c("MA", "Maroc", 6), c("TN", "Tunisie", 3), c("autres", "Autres nationalités", 3), c("non_renseigne", "Non renseignée", 1)]);
    // Levels: A1 (4+2+3, 3+2+3, 1+0+3, 2+1+3); A2 (1+0+3, 0+0+3, 4+2+3, 3+1+3); not evaluated from A only.
    let a1 = t.niveaux.iter().find(|l| l.niveau == "A1").unwrap();
    assert_eq!((a1.entree_oral, a1.entree_ecrit, a1.sortie_oral, a1.sortie_ecrit), (9, 8, 4, 6));
    let a2 = t.niveaux.iter().find(|l| l.niveau == "A2").unwrap();
    assert_eq!((a2.entree_oral, a2.entree_ecrit, a2.sortie_oral, a2.sortie_ecrit), (4, 3, 9, 7));
    // Certifications: DILF 2+1 attempted, 1+1 obtained; DELF A1 from B only.
    assert_eq!(t.certifications, vec![
        LigneCertification { diplome: "DILF".into(), tentees: 3, obtenues: 2, resultat_inconnu: 0 },
        LigneCertification { diplome: "DELF A1".into(), tentees: 1, obtenues: 0, resultat_inconnu: 1 },
    ]);
    // Months: October 10+6 of 12+6 h, November 8+5 of 12+6 h, December 3 of 6 h.
    assert_eq!(t.assiduite_par_mois, vec![mois("2025-10", 16, 18), mois("2025-11", 13, 18), mois("2025-12", 3, 6)]);
    assert_eq!(t.bilans_sans_mois, 0);
    // Priority public and hours per axis.
    assert_eq!((t.public_prioritaire, t.autres_allophones_hors_prioritaire, t.francophones_hors_prioritaire), (12, 8, 2));
    assert_eq!((t.minutes_axe_langue, t.minutes_axe_ecole, t.minutes_axe_valeurs), (90 * 60, 45 * 60, 45 * 60));
    // Départements: 031 = A + B, 075 = C.
    let codes: Vec<(&str, &str, i64)> = f.departements.iter().map(|d| (d.code.as_str(), d.nom.as_str(), d.etablissements)).collect();
    assert_eq!(codes, vec![("031", "Haute-Garonne", 2), ("075", "Paris", 1)]);
    let hg = &f.departements[0].chiffres;
    assert_eq!((hg.public_prioritaire, hg.inscrits, hg.minutes_axe_valeurs), (8, 16, 25 * 60));
    assert_eq!(hg.nationalites, vec![c("DZ", "Algérie", 9), c("MA", "Maroc", 3), c("autres", "Autres nationalités", 3), c("non_renseigne", "Non renseignée", 1)]);
    assert_eq!(hg.groupes, 2 * modele.ecole.groupes);
    assert_eq!(f.ecoles.iter().map(|e| e.departement.as_str()).collect::<Vec<_>>(), ["031", "031", "075"]);

    let x = bilan::fusion_xlsx(&f).unwrap();
    let nat = feuille(&x, "Nationalités");
    assert_eq!(nombres(&nat[0]), ["Académie", "031 Haute-Garonne", "075 Paris"]);
    assert_eq!(nombres(ligne(&nat, "Algérie")), ["9", "9", "0"]);
    assert_eq!(nombres(ligne(&nat, "Tunisie")), ["3", "0", "3"]);
    assert_eq!(nombres(ligne(&nat, "Autres nationalités")), ["3", "3", "0"]);
    let nc = feuille(&x, "Niveaux et certifications");
    assert_eq!(nombres(ligne(&nc, "A1")), ["9", "8", "4", "6"]);
    assert_eq!(nombres(ligne(&nc, "DILF")), ["3", "2", "0"]);
    let dep = feuille(&x, "Départements");
    let col = dep[0].iter().position(|c| *c == *bilan::LIBELLE_PUBLIC_PRIORITAIRE).unwrap();
    assert_eq!(ligne(&dep, "031")[col].to_string(), "8");
    assert_eq!(ligne(&dep, "075")[2].to_string(), "1", "one school in Paris");
    let m = feuille(&x, "Assiduité par mois");
    assert_eq!(nombres(ligne(&m, "octobre 2025")), ["16", "18", &(16.0f64 / 18.0).to_string()]);
}

/// A file exported before the hours per month: its months are missing from the chart and the
/// sheet says so; the académie PDF counts it in a note.
#[test]
fn fichier_anterieur_sans_mois_compte_dans_une_note() {
    let (_, modele) = demo_bilan();
    let bs = trois(&modele);
    let mut v: serde_json::Value = serde_json::from_str(&bilan::json(&bs[2])).unwrap();
    assert!(v["ecole"].as_object_mut().unwrap().remove("assiduite_par_mois").is_some());
    let ancien = bilan::lire_json(&v.to_string()).unwrap();
    assert_eq!(ancien.ecole.assiduite_par_mois, None);
    let f = bilan::fusionner(&[bs[0].clone(), bs[1].clone(), ancien.clone()]).unwrap();
    assert_eq!(f.total.bilans_sans_mois, 1);
    assert_eq!(f.total.assiduite_par_mois, vec![mois("2025-10", 10, 12), mois("2025-11", 13, 18), mois("2025-12", 3, 6)]);
    let x = bilan::fusion_xlsx(&f).unwrap();
    let m = feuille(&x, "Assiduité par mois");
    assert!(m.iter().flatten().any(|c| c.to_string().starts_with("1 bilan exporté par une version antérieure ne donne pas les heures par mois")), "{m:?}");
    // Only older files: the chart says « — » and why.
    let seul = bilan::fusionner(&[ancien]).unwrap();
    let g = bilan::graphiques::graphiques(&bilan::graphiques::Donnees::de_la_fusion(&seul.total, 1));
    assert!(g[0].categories.is_empty() && g[0].note.as_deref().unwrap().contains("version antérieure"));
    let x = bilan::fusion_xlsx(&seul).unwrap();
    assert_eq!(feuille(&x, "Assiduité par mois")[1][0].to_string(), "—");
    let d = tempfile::tempdir().unwrap();
    let chemin = d.path().join("academie.pdf");
    std::fs::write(&chemin, bilan::fusion_pdf(&f).unwrap()).unwrap();
    let texte = pdftotext(&chemin);
    assert!(texte.contains("1 bilan exporté par une version antérieure ne donne pas les heures par mois"), "{texte}");
}

fn pdftotext(chemin: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").arg(chemin).arg("-").output().expect("pdftotext doit être installé");
    String::from_utf8_lossy(&out.stdout).replace(['\u{2068}', '\u{2069}', '\u{202F}'], "").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The académie workbook and PDF carry no parent's name or phone (the demo's parents are
/// scanned for), and the PDF shows the figures and the charts' titles.
#[test]
fn academie_sans_nom_ni_telephone() {
    let (db, modele) = demo_bilan();
    let bs = trois(&modele);
    let f = bilan::fusionner(&bs).unwrap();
    let d = tempfile::tempdir().unwrap();
    let chemin = d.path().join("academie.pdf");
    std::fs::write(&chemin, bilan::fusion_pdf(&f).unwrap()).unwrap();
    let pdf = pdftotext(&chemin);
    for t in ["Bilan académique des ateliers OEPRE", "031 Haute-Garonne", "075 Paris", "Algérie", "DILF", "Taux d'assiduité par mois", "Heures réalisées par axe", "Niveaux CECRL à l'entrée et à la sortie — oral", "Public prioritaire Intérieur et autres parents", "89 %"] {
        assert!(pdf.contains(t), "« {t} » absent : {pdf}");
    }
    let x = bilan::fusion_xlsx(&f).unwrap();
    let mut cellules = String::new();
    let mut classeur: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(x)).unwrap();
    for nom in classeur.sheet_names() {
        for c in classeur.worksheet_range(&nom).unwrap().cells() {
            cellules.push_str(&c.2.to_string());
            cellules.push('\n');
        }
    }
    let mut st = db.conn().prepare("SELECT nom, prenom, COALESCE(telephone, '') FROM parent").unwrap();
    let parents: Vec<(String, String, String)> = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect();
    assert!(!parents.is_empty());
    for (nom, prenom, tel) in &parents {
        for x in [nom, prenom, tel].into_iter().filter(|x| x.len() > 2) {
            assert!(!pdf.contains(x.as_str()), "« {x} » dans la synthèse PDF");
            assert!(!cellules.contains(x.as_str()), "« {x} » dans le classeur académique");
        }
    }
}

/// The hours per month are the same hours as the parents' (one definition, split by month):
/// for the school and for each atelier, the months add up to the hours attended and delivered.
#[test]
fn les_mois_additionnent_les_heures_des_parents() {
    let (_, b) = demo_bilan();
    let somme = |m: &[AssiduiteMois]| (m.iter().map(|x| x.minutes_suivies).sum::<i64>(), m.iter().map(|x| x.minutes_dispensees).sum::<i64>());
    let ecole = b.ecole.assiduite_par_mois.as_deref().unwrap();
    assert!(ecole.len() >= 3, "{ecole:?}");
    assert!(ecole.windows(2).all(|w| w[0].mois < w[1].mois), "months in order");
    assert_eq!(somme(ecole), (b.ecole.parents.minutes_suivies, b.ecole.parents.minutes_dispensees));
    for a in &b.ateliers {
        assert_eq!(somme(a.chiffres.assiduite_par_mois.as_deref().unwrap()), (a.chiffres.parents.minutes_suivies, a.chiffres.parents.minutes_dispensees), "{}", a.nom);
    }
}

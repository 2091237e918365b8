//! Académie merge of three schools' bilans (built from the demo on separate databases, with
//! their own UAI, name and a few different figures), its refusals, and the completeness check.

use calamine::{Data, DataType, Reader, Xlsx};
use chrono::NaiveDate;
use oepre_core::sorties::bilan::{self, fusion, Bilan, CodePoint};
use oepre_core::domaine::etablissement::{self, SaisieEtablissement};
use oepre_core::{domaine::annee, demo, Db};

const LETTRES: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

fn uai(n: u32) -> String {
    format!("{n:07}{}", LETTRES[(n % 23) as usize] as char)
}

fn ecole(n: u32, nom: &str, heures_en_plus: i64) -> (Db, Bilan) {
    let mut db = Db::en_memoire().unwrap();
    demo::charger(&mut db).unwrap();
    let e = etablissement::lire(db.conn()).unwrap().unwrap();
    let mut s = SaisieEtablissement::from(&e);
    s.uai = uai(n);
    s.nom = nom.into();
    etablissement::enregistrer(&mut db, &s).unwrap();
    if heures_en_plus != 0 {
        db.conn().execute("UPDATE atelier SET minutes_prevues = minutes_prevues + ?1 WHERE id = (SELECT MIN(id) FROM atelier)", [heures_en_plus * 60]).unwrap();
    }
    let a = annee::par_libelle(db.conn(), "2025-2026").unwrap();
    let b = bilan::calculer(&db, a.id).unwrap();
    (db, b)
}

fn trois() -> Vec<Bilan> {
    vec![ecole(931234, "École A", 0).1, ecole(751001, "Collège B", 10).1, ecole(130042, "Lycée C", 25).1]
}

fn cellules(octets: &[u8], feuille: &str) -> Vec<Vec<Data>> {
    let mut x: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(octets.to_vec())).unwrap();
    let r = x.worksheet_range(feuille).unwrap();
    r.rows().map(|l| l.to_vec()).collect()
}

fn valeur(lignes: &[Vec<Data>], libelle: &str) -> f64 {
    let l = lignes.iter().find(|l| l.first().map(|c| c.to_string()) == Some(libelle.into())).unwrap_or_else(|| panic!("{libelle}"));
    match &l[1] {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        autre => panic!("{libelle}: {autre:?}"),
    }
}

#[test]
fn uai_valides() {
    assert_eq!(uai(931234), "0931234L");
    for n in [931234, 751001, 130042] {
        assert_eq!(etablissement::verifier_uai(&uai(n)).unwrap(), uai(n));
    }
}

#[test]
fn fusion_de_trois_ecoles_egale_la_somme() {
    let bs = trois();
    let f = bilan::fusionner(&bs).unwrap();
    let somme = |g: fn(&Bilan) -> i64| bs.iter().map(g).sum::<i64>();
    assert_eq!(f.ecoles.len(), 3);
    assert_eq!(f.annees, vec!["2025-2026".to_string()]);
    assert_eq!(f.total.groupes, somme(|b| b.ecole.groupes));
    assert_eq!(f.total.minutes_prevues, somme(|b| b.ecole.minutes_prevues));
    assert_eq!(f.total.minutes_prevues, 3 * bs[0].ecole.minutes_prevues + 35 * 60);
    assert_eq!(f.total.minutes_realisees, somme(|b| b.ecole.minutes_realisees));
    assert_eq!(f.total.seances_annulees, somme(|b| b.ecole.seances_annulees));
    assert_eq!(f.total.inscrits, somme(|b| b.ecole.parents.inscrits));
    assert_eq!(f.total.femmes, somme(|b| b.ecole.parents.femmes));
    assert_eq!(f.total.cir, somme(|b| b.ecole.parents.cir));
    assert_eq!(f.total.minutes_suivies, somme(|b| b.ecole.parents.minutes_suivies));
    assert_eq!(f.total.centimes_vacations, somme(|b| b.finances.total_centimes));
    assert!(f.total.inscrits > 0 && f.total.minutes_dispensees > 0);
    // Hours per axis: the sum of the schools', and the three axes add up to the delivered hours.
    let axe = |g: fn(&oepre_core::domaine::seance::MinutesAxes) -> i64| bs.iter().map(|b| g(&b.ecole.axes_realises.unwrap())).sum::<i64>();
    assert_eq!((f.total.minutes_axe_langue, f.total.minutes_axe_ecole, f.total.minutes_axe_valeurs), (axe(|m| m.langue), axe(|m| m.ecole), axe(|m| m.valeurs)));
    assert_eq!(f.total.minutes_axe_langue + f.total.minutes_axe_ecole + f.total.minutes_axe_valeurs, f.total.minutes_realisees);
    assert_eq!((f.total.inscrits_au_debut, f.total.bilans_sans_axes), (somme(|b| b.ecole.parents.inscrits_au_debut.unwrap()), 0));
    // Rates from the sums, not averaged.
    let taux = somme(|b| b.ecole.parents.minutes_suivies) as f64 / somme(|b| b.ecole.parents.minutes_dispensees) as f64;
    assert!((f.total.taux_assiduite.unwrap() - taux).abs() < 1e-12);
    let femmes = f.total.femmes as f64 / (f.total.femmes + f.total.hommes) as f64;
    assert!((f.total.part_femmes.unwrap() - femmes).abs() < 1e-12);
    // Per-school table sorted by UAI.
    let uais: Vec<&str> = f.ecoles.iter().map(|e| e.uai.as_str()).collect();
    assert_eq!(uais, vec![uai(130042).as_str(), uai(751001).as_str(), uai(931234).as_str()]);

    // Read the workbook back.
    let x = bilan::fusion_xlsx(&f).unwrap();
    let acad = cellules(&x, "Académie");
    assert_eq!(valeur(&acad, "Établissements"), 3.0);
    assert_eq!(valeur(&acad, "Groupes"), f.total.groupes as f64);
    assert_eq!(valeur(&acad, "Parents inscrits"), f.total.inscrits as f64);
    assert!((valeur(&acad, "Heures prévues") - f.total.minutes_prevues as f64 / 60.0).abs() < 1e-9);
    assert!((valeur(&acad, "Heures réalisées") - f.total.minutes_realisees as f64 / 60.0).abs() < 1e-9);
    assert!((valeur(&acad, "Vacations (€)") - f.total.centimes_vacations as f64 / 100.0).abs() < 1e-9);
    assert!((valeur(&acad, "Taux d'assiduité") - taux).abs() < 1e-12);
    assert!((valeur(&acad, "Heures réalisées — axe 1 : langue française") - f.total.minutes_axe_langue as f64 / 60.0).abs() < 1e-9);
    let etabs = cellules(&x, "Établissements");
    assert_eq!(etabs.len(), 5, "header, three schools, total");
    assert_eq!(etabs[1][0].to_string(), uai(130042));
    assert_eq!(etabs[3][1].to_string(), "École A");
    let col = etabs[0].iter().position(|c| *c == "Parents inscrits").unwrap();
    let par_ecole: f64 = (1..=3).map(|l| etabs[l][col].get_float().unwrap()).sum();
    assert_eq!(par_ecole, f.total.inscrits as f64);
    assert_eq!(etabs[4][col].get_float().unwrap(), f.total.inscrits as f64);
}

#[test]
fn doublon_uai_annee_refuse() {
    let (_, a) = ecole(931234, "École A", 0);
    let (_, b) = ecole(751001, "Collège B", 0);
    let e = bilan::fusionner(&[a.clone(), b.clone(), a.clone()]).unwrap_err().to_string();
    assert!(e.contains("0931234L") && e.contains("n° 1") && e.contains("n° 3") && e.contains("2025-2026"), "{e}");
    let e = fusion::fusionner_nommes(&[("a.json", &a), ("b.json", &b), ("copie.json", &a)]).unwrap_err().to_string();
    assert!(e.contains("« a.json »") && e.contains("« copie.json »") && e.contains("0931234L"), "{e}");
    // Same UAI, another year: accepted.
    let mut autre = a.clone();
    autre.annee = "2024-2025".into();
    assert_eq!(bilan::fusionner(&[a, autre]).unwrap().ecoles.len(), 2);
}

#[test]
fn schema_inconnu_refuse() {
    let (_, a) = ecole(931234, "École A", 0);
    let j = bilan::json(&a).replacen("oepre-bilan/1", "oepre-bilan/9", 1);
    let e = bilan::lire_json(&j).unwrap_err().to_string();
    assert!(e.contains("oepre-bilan/9") && e.contains("inconnue"), "{e}");
    let sans = bilan::lire_json(r#"{"ecole": {}}"#).unwrap_err().to_string();
    assert!(sans.contains("n'est pas un bilan d'Ateliers OEPRE") && sans.contains("onglet Bilan"), "ce que c'est et quoi faire : {sans}");
    assert!(!sans.contains("absente") && !sans.contains("oepre-bilan/1"), "pas de jargon : {sans}");
    let illisible = bilan::lire_json("pas du json").unwrap_err().to_string();
    assert!(illisible.contains("illisible") && illisible.contains("onglet Bilan"), "{illisible}");
    assert_eq!(bilan::lire_json(&bilan::json(&a)).unwrap(), a);
}

#[test]
fn controle_sur_la_demo() {
    let (db, _) = ecole(931234, "École A", 0);
    let a = annee::par_libelle(db.conn(), "2025-2026").unwrap();
    let c = db.conn();
    c.execute("UPDATE parent SET sexe = NULL WHERE id = (SELECT MIN(parent_id) FROM inscription)", []).unwrap();
    c.execute("UPDATE parent SET nationalite = NULL WHERE id = (SELECT MAX(parent_id) FROM inscription)", []).unwrap();
    c.execute("UPDATE intervenant SET remuneration = NULL WHERE id = (SELECT MIN(intervenant_id) FROM seance_intervenant)", []).unwrap();
    c.execute("UPDATE atelier SET minutes_prevues = 30 * 60, effectif_min = 99, effectif_max = 99 WHERE id = (SELECT MIN(id) FROM atelier)", []).unwrap();
    let fin = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
    let points = bilan::controle::verifier_au(&db, a.id, fin).unwrap();
    for code in [
        CodePoint::AppelManquant,
        CodePoint::SexeManquant,
        CodePoint::NationaliteManquante,
        CodePoint::HeuresPrevues,
        CodePoint::EffectifInsuffisant,
        CodePoint::RemunerationManquante,
        CodePoint::QualitatifVide,
    ] {
        assert!(points.iter().any(|p| p.code == code), "{code:?} manquant");
    }
    let lien = |code: CodePoint| points.iter().find(|p| p.code == code).unwrap().lien.clone();
    assert!(lien(CodePoint::AppelManquant).starts_with("#/appel/seance/"));
    assert!(lien(CodePoint::SexeManquant).starts_with("#/parents/"));
    assert!(lien(CodePoint::HeuresPrevues).starts_with("#/ateliers/"));
    assert!(lien(CodePoint::RemunerationManquante).starts_with("#/intervenants/"));
    assert_eq!(lien(CodePoint::QualitatifVide), "#/bilan/qualitatif/partenaires");
    // No parent name in the list.
    let mut st = c.prepare("SELECT nom FROM parent").unwrap();
    let noms: Vec<String> = st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    for p in &points {
        assert!(noms.iter().all(|n| !p.message.contains(n.as_str())), "{}", p.message);
    }
    // Before the year started, no séance is due for a roll call.
    let avant = bilan::controle::verifier_au(&db, a.id, NaiveDate::from_ymd_opt(2025, 8, 1).unwrap()).unwrap();
    assert!(avant.iter().all(|p| p.code != CodePoint::AppelManquant));
}

/// A file written before the qualitative part, the other costs and the completeness list were
/// added to `oepre-bilan/1`: the same JSON without those fields.
fn ancien_format(b: &Bilan) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&bilan::json(b)).unwrap();
    let o = v.as_object_mut().unwrap();
    o.remove("qualitatif");
    o.remove("points_a_verifier");
    let f = o.get_mut("finances").unwrap().as_object_mut().unwrap();
    for cle in [
        "depenses_par_categorie",
        "depenses",
        "financements",
        "autres_depenses_centimes",
        "total_depenses_centimes",
        "financements_centimes",
        "solde_centimes",
    ] {
        assert!(f.remove(cle).is_some(), "{cle}");
    }
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn fichiers_anterieurs_lus_et_fusionnes_avec_les_finances() {
    let (mut db, _) = ecole(931234, "École A", 0);
    let a = annee::par_libelle(db.conn(), "2025-2026").unwrap();
    let depense = bilan::SaisieDepense { categorie: bilan::CategorieDepense::Interpretariat, libelle: "Interprète".into(), montant: "90".into(), date: "".into() };
    bilan::finances::ajouter_depense(&mut db, a.id, &depense).unwrap();
    let financement = bilan::SaisieFinancement { source: "CAF".into(), montant: "1000".into(), date: "2026-01-15".into() };
    bilan::finances::ajouter_financement(&mut db, a.id, &financement).unwrap();
    let nouveau = bilan::calculer(&db, a.id).unwrap();
    let (_, b) = ecole(751001, "Collège B", 10);
    let (_, c) = ecole(130042, "Lycée C", 25);

    let ancien = bilan::lire_json(&ancien_format(&b)).unwrap();
    assert_eq!(ancien.points_a_verifier, None, "liste non enregistrée dans les anciens fichiers");
    assert_eq!((ancien.finances.financements_centimes, ancien.finances.solde_centimes), (0, 0));
    assert!(ancien.qualitatif.partenaires.is_empty() && !ancien.qualitatif.enregistre);
    assert_eq!((ancien.ecole.parents.inscrits, ancien.finances.total_centimes), (b.ecole.parents.inscrits, b.finances.total_centimes));

    let relu = bilan::lire_json(&bilan::json(&nouveau)).unwrap();
    assert_eq!(relu.finances, nouveau.finances);
    let bs = [relu, ancien, bilan::lire_json(&ancien_format(&c)).unwrap()];
    let f = bilan::fusionner(&bs).unwrap();
    let vacations: i64 = bs.iter().map(|b| b.finances.total_centimes).sum();
    assert_eq!(f.total.centimes_vacations, vacations);
    assert_eq!((f.total.centimes_autres_depenses, f.total.centimes_financements), (9000, 100_000));
    assert_eq!(f.total.centimes_solde, 100_000 - 9000 - vacations);
    assert_eq!(f.total.inscrits, bs.iter().map(|b| b.ecole.parents.inscrits).sum::<i64>());
    let acad = cellules(&bilan::fusion_xlsx(&f).unwrap(), "Académie");
    assert_eq!(valeur(&acad, "Financements reçus (€)"), 1000.0);
    assert_eq!(valeur(&acad, "Autres dépenses (€)"), 90.0);
    assert!((valeur(&acad, "Solde (€)") - (100_000 - 9000 - vacations) as f64 / 100.0).abs() < 1e-9);
}

/// The priority public and the other parents, merged: the académie's counts are the sums of
/// the schools'; a file exported before they were counted shows « — » on its line, is left out
/// of the three sums, and the académie sheet says how many such files there are.
#[test]
fn public_prioritaire_additionne_et_fichiers_anterieurs_signales() {
    let bs = trois();
    let somme = |g: fn(&bilan::ChiffresParents) -> i64| bs.iter().map(|b| g(&b.ecole.parents)).sum::<i64>();
    let f = bilan::fusionner(&bs).unwrap();
    assert_eq!(f.total.public_prioritaire, somme(|p| p.public_prioritaire));
    assert_eq!(f.total.autres_allophones_hors_prioritaire, somme(|p| p.autres_allophones_hors_prioritaire));
    assert_eq!(f.total.francophones_hors_prioritaire, somme(|p| p.francophones_hors_prioritaire));
    assert_eq!(
        f.total.public_prioritaire + f.total.autres_allophones_hors_prioritaire + f.total.francophones_hors_prioritaire,
        f.total.inscrits,
        "les trois parts font les inscrits"
    );
    assert!(f.total.public_prioritaire > 0, "la démo a un public prioritaire");
    assert_eq!(f.total.bilans_sans_publics, 0);
    let x = bilan::fusion_xlsx(&f).unwrap();
    let acad = cellules(&x, "Académie");
    assert_eq!(valeur(&acad, bilan::LIBELLE_PUBLIC_PRIORITAIRE), f.total.public_prioritaire as f64);
    assert_eq!(valeur(&acad, bilan::LIBELLE_AUTRES_FRANCOPHONES), f.total.francophones_hors_prioritaire as f64);
    assert!(!acad.iter().flatten().any(|c| c.to_string().contains("version antérieure")));

    // The second school's file comes from an earlier version.
    let mut v: serde_json::Value = serde_json::from_str(&bilan::json(&bs[1])).unwrap();
    for cle in ["arrivee_approximative", "hors_ue", "public_prioritaire", "autres_allophones_hors_prioritaire", "francophones_hors_prioritaire", "publics_distingues"] {
        v["ecole"]["parents"].as_object_mut().unwrap().remove(cle);
    }
    let ancien = bilan::lire_json(&v.to_string()).unwrap();
    let melange = [bs[0].clone(), ancien, bs[2].clone()];
    let f = bilan::fusionner(&melange).unwrap();
    assert_eq!(f.total.bilans_sans_publics, 1);
    assert_eq!(f.total.public_prioritaire, bs[0].ecole.parents.public_prioritaire + bs[2].ecole.parents.public_prioritaire);
    assert_eq!(f.total.inscrits, bs.iter().map(|b| b.ecole.parents.inscrits).sum::<i64>(), "les inscrits restent tous comptés");
    let x = bilan::fusion_xlsx(&f).unwrap();
    let acad = cellules(&x, "Académie");
    assert_eq!(valeur(&acad, bilan::LIBELLE_PUBLIC_PRIORITAIRE), f.total.public_prioritaire as f64);
    assert!(acad.iter().flatten().any(|c| c.to_string().starts_with("1 bilan exporté par une version antérieure")), "{acad:?}");
    let etabs = cellules(&x, "Établissements");
    let col = etabs[0].iter().position(|c| *c == bilan::LIBELLE_PUBLIC_PRIORITAIRE).unwrap();
    let ligne = etabs.iter().position(|l| l[0].to_string() == uai(751001)).unwrap();
    assert_eq!(etabs[ligne][col].to_string(), "—", "pas de zéro inventé");
    assert_eq!(etabs[4][col].get_float().unwrap(), f.total.public_prioritaire as f64);
}

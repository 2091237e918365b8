//! The bilan on a hand-built year whose every figure is computed by hand below, the
//! nationality threshold, the JSON schema and the privacy scan of the JSON and of every XLSX cell.
//!
//! The year 2022-2023 (rentrée 2022):
//! - Atelier « Atelier du lundi » (120 h planned), séances 09:00–11:00 (120 min) run by I1:
//!   A1 29/06/2023 (before 01/07/2023: 29,10 €/h), A2 03/07, A3 04/07 cancelled, A4 05/07,
//!   A5 06/07 (roll call not taken).
//! - Atelier « Atelier du jeudi » (60 h planned), séances 14:00–15:30 (90 min) co-run by I1 and
//!   I2: B1 03/07, B2 05/07.
//! - I1: UPE2A, vacations. I2: association, invoice.
//! - Séance themes: A1 « Se présenter » (langue), B1 « Le carnet de liaison » (langue + école).
//! - Other costs: manuels 120,50 € (matériel, 15/06/2023), garde d'enfants 80 € (no date):
//!   200,50 €. Funding: rectorat 500 € (10/05/2023), commune (PRE) 150,25 € (20/06/2023):
//!   650,25 €. Total costs 324,06 + 200,50 = 524,56 €; balance 650,25 − 524,56 = 125,69 €.
//! - Parents (enrolled 01/06/2023): P1 F DZ arrived 2021 CIR (both ateliers), P2 F DZ arrived
//!   2015, P3 M DZ protection, P4 F AF arrived 2022 protection re-enrolled, leaves 04/07 for work,
//!   P5 (no sex, no nationality), P6 F CN waiting list (A), P7 M UA arrived 2020 CIR (B),
//!   P8 F DZ (B).

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use oepre_core::sorties::bilan::finances::{self, SaisieDepense, SaisieFinancement};
use oepre_core::sorties::bilan::qualitatif::{self, Partenaire, Section};
use oepre_core::sorties::bilan::{self, Bilan, CategorieDepense, CodePoint, Compte};
use oepre_core::domaine::inscription::{self, MotifDepart, SaisieDepart};
use oepre_core::domaine::parent::{self, SaisieParent, Sexe};
use oepre_core::domaine::seance::MinutesAxes;
use oepre_core::Db;
use rusqlite::params;

struct Annee {
    db: Db,
    annee: i64,
    a: i64,
    b: i64,
}

fn jour(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn exec(db: &Db, sql: &str, p: impl rusqlite::Params) -> i64 {
    db.conn().execute(sql, p).unwrap();
    db.conn().last_insert_rowid()
}

#[allow(clippy::too_many_arguments)]
fn parent(db: &mut Db, nom: &str, prenom: &str, tel: &str, sexe: Option<Sexe>, nat: &str, arrivee: Option<i32>, cir: bool, protection: bool) -> i64 {
    parent::creer(
        db,
        &SaisieParent {
            nom: nom.into(),
            prenom: prenom.into(),
            sexe,
            nationalite: nat.into(),
            annee_arrivee: arrivee,
            annee_naissance: Some(1987),
            cir,
            protection_internationale: protection,
            telephone: tel.into(),
            telephone_consentement: !tel.is_empty(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn inscrire(db: &Db, p: i64, atelier: i64, statut: &str) -> i64 {
    exec(db, "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut) VALUES (?1, ?2, '2023-06-01', ?3)", params![p, atelier, statut])
}

fn marque(db: &Db, s: i64, i: i64, statut: &str, retard: i64) {
    exec(db, "INSERT INTO presence (seance_id, inscription_id, statut, minutes_retard) VALUES (?1, ?2, ?3, ?4)", params![s, i, statut, retard]);
}

fn seance(db: &Db, atelier: i64, date: &str, debut: &str, fin: &str, intervenants: &[i64]) -> i64 {
    let s = exec(db, "INSERT INTO seance (atelier_id, date, debut, fin) VALUES (?1, ?2, ?3, ?4)", params![atelier, date, debut, fin]);
    for i in intervenants {
        exec(db, "INSERT INTO seance_intervenant (seance_id, intervenant_id) VALUES (?1, ?2)", params![s, i]);
    }
    s
}

fn annee() -> Annee {
    let mut db = Db::en_memoire().unwrap();
    exec(
        &db,
        "INSERT INTO etablissement (id, nom, type, uai, commune, academie, zone, chef_nom, chef_titre, telephone)
         VALUES (1, 'Collège Jean Moulin', 'college', '0751234X', 'Paris', 'Paris', 'C', 'Hélène Duparc-Volnay', 'principale', '01 40 00 00 00')",
        [],
    );
    let annee = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2022-2023', '2022-09-01', '2023-07-07', 1)", []);
    let i1 = exec(&db, "INSERT INTO intervenant (nom, prenom, statut, telephone, remuneration) VALUES ('Belkacem', 'Samia', 'upe2a', '06 99 88 77 66', 'vacation')", []);
    let i2 = exec(&db, "INSERT INTO intervenant (nom, prenom, statut, remuneration) VALUES ('Morelliat', 'Jonas', 'association', 'facture')", []);
    let atelier = |nom: &str, minutes: i64| {
        exec(
            &db,
            "INSERT INTO atelier (annee_id, nom, niveau, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, ?2, 'débutants', '2023-06-01', '2023-07-07', ?3)",
            params![annee, nom, minutes],
        )
    };
    let (a, b) = (atelier("Atelier du lundi", 7200), atelier("Atelier du jeudi", 3600));
    let sa: Vec<i64> = ["2023-06-29", "2023-07-03", "2023-07-04", "2023-07-05", "2023-07-06"]
        .iter()
        .map(|d| seance(&db, a, d, "09:00:00", "11:00:00", &[i1]))
        .collect();
    exec(&db, "UPDATE seance SET annulee = 1, motif_annulation = 'grève' WHERE id = ?1", [sa[2]]);
    let sb: Vec<i64> = ["2023-07-03", "2023-07-05"].iter().map(|d| seance(&db, b, d, "14:00:00", "15:30:00", &[i1, i2])).collect();

    let p1 = parent(&mut db, "Zorbalova", "Nadejdina", "06 11 22 33 44", Some(Sexe::F), "DZ", Some(2021), true, false);
    let p2 = parent(&mut db, "Ouarzazi", "Kheiroune", "06 55 44 33 22", Some(Sexe::F), "DZ", Some(2015), false, false);
    let p3 = parent(&mut db, "Tchakaloff", "Bertrandin", "", Some(Sexe::M), "DZ", None, false, true);
    let p4 = parent(&mut db, "Hazaradine", "Parwinesse", "07 12 12 12 12", Some(Sexe::F), "AF", Some(2022), false, true);
    let p5 = parent(&mut db, "Quilmesinda", "Orfeline", "", None, "", None, false, false);
    let p6 = parent(&mut db, "Wenzhuolin", "Meiqiaoxu", "06 01 02 03 04", Some(Sexe::F), "CN", Some(2023), false, false);
    let p7 = parent(&mut db, "Kovalenkova", "Oleksandrine", "06 70 70 70 70", Some(Sexe::M), "UA", Some(2020), true, false);
    let p8 = parent(&mut db, "Benmoussaoui", "Fatimazahra", "", Some(Sexe::F), "DZ", None, false, false);

    let [i1a, i2a, i3a, i4a, i5a] = [p1, p2, p3, p4, p5].map(|p| inscrire(&db, p, a, "inscrit"));
    inscrire(&db, p6, a, "attente");
    let [i1b, i7b, i8b] = [p1, p7, p8].map(|p| inscrire(&db, p, b, "inscrit"));
    // Atelier A roll calls (A1, A2, A4; A5 not taken).
    for (i, m) in [(i1a, ["present", "present", "present"]), (i2a, ["present", "retard", "absent"]), (i3a, ["excuse", "present", "present"]), (i5a, ["absent", "absent", "present"])] {
        for (s, st) in [sa[0], sa[1], sa[3]].into_iter().zip(m) {
            marque(&db, s, i, st, if st == "retard" { 30 } else { 0 });
        }
    }
    marque(&db, sa[0], i4a, "present", 0);
    marque(&db, sa[1], i4a, "present", 0);
    // Atelier B.
    marque(&db, sb[0], i1b, "present", 0);
    marque(&db, sb[1], i1b, "present", 0);
    marque(&db, sb[0], i7b, "present", 0);
    marque(&db, sb[1], i7b, "absent", 0);
    marque(&db, sb[0], i8b, "retard", 30);
    marque(&db, sb[1], i8b, "present", 0);
    // P4 leaves on 04/07 for work; re-enrolled from last year.
    inscription::quitter(&mut db, i4a, &SaisieDepart { parti_le: "2023-07-04".into(), motif: Some(MotifDepart::Travail) }).unwrap();
    exec(&db, "UPDATE inscription SET reinscription = 1 WHERE id = ?1", [i4a]);
    // Levels and certifications.
    exec(&db, "UPDATE inscription SET entree_oral = 'A1', entree_ecrit = 'A1.1', sortie_oral = 'A2' WHERE id = ?1", [i1a]);
    exec(&db, "UPDATE inscription SET entree_oral = 'A1' WHERE id = ?1", [i2a]);
    exec(&db, "INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, 'DILF', 1)", [i1a]);
    exec(&db, "INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, 'DELF A1', NULL)", [i2a]);
    exec(&db, "INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, 'DELF A1', 0)", [i7b]);
    // Themes, other costs, funding.
    exec(&db, "UPDATE seance SET theme = 'Se présenter' WHERE id = ?1", [sa[0]]);
    exec(&db, "UPDATE seance SET theme = 'Le carnet de liaison', axe_ecole = 1 WHERE id = ?1", [sb[0]]);
    let depense = |db: &mut Db, categorie, libelle: &str, montant: &str, date: &str| {
        finances::ajouter_depense(db, annee, &SaisieDepense { categorie, libelle: libelle.into(), montant: montant.into(), date: date.into() }).unwrap();
    };
    depense(&mut db, CategorieDepense::Materiel, "Manuels de français A1", "120,50", "15/06/2023");
    depense(&mut db, CategorieDepense::GardeEnfants, "Garde des enfants pendant les séances", "80 €", "");
    let financement = |db: &mut Db, source: &str, montant: &str, date: &str| {
        finances::ajouter_financement(db, annee, &SaisieFinancement { source: source.into(), montant: montant.into(), date: date.into() }).unwrap();
    };
    financement(&mut db, "Rectorat — BOP 230", "500", "2023-05-10");
    financement(&mut db, "Commune (PRE)", "150.25", "20/06/2023");
    Annee { db, annee, a, b }
}

fn c(code: &str, libelle: &str, nombre: i64) -> Compte {
    Compte { code: code.into(), libelle: libelle.into(), nombre }
}

fn calcule() -> (Annee, Bilan) {
    let y = annee();
    let b = bilan::calculer(&y.db, y.annee).unwrap();
    (y, b)
}

#[test]
fn chiffres_calcules_a_la_main() {
    let (y, b) = calcule();
    assert_eq!(b.schema, "oepre-bilan/1");
    assert_eq!((b.etablissement.uai.as_str(), b.annee.as_str()), ("0751234X", "2022-2023"));
    assert_eq!(b.ateliers.iter().map(|a| a.nom.as_str()).collect::<Vec<_>>(), ["Atelier du jeudi", "Atelier du lundi"], "par nom");
    let a = &b.ateliers.iter().find(|x| x.id == y.a).unwrap().chiffres;
    let bb = &b.ateliers.iter().find(|x| x.id == y.b).unwrap().chiffres;
    let e = &b.ecole;

    // Séances and hours: A = 4 non-cancelled × 120, 3 with a roll call, 1 cancelled; B = 2 × 90.
    assert_eq!((a.seances_programmees, a.seances_realisees, a.seances_annulees), (4, 3, 1));
    assert_eq!((a.minutes_prevues, a.minutes_programmees, a.minutes_realisees), (7200, 480, 360));
    assert_eq!((bb.seances_programmees, bb.seances_realisees, bb.seances_annulees), (2, 2, 0));
    assert_eq!((bb.minutes_prevues, bb.minutes_programmees, bb.minutes_realisees), (3600, 180, 180));
    assert_eq!((e.groupes, e.seances_programmees, e.seances_realisees, e.seances_annulees), (2, 6, 5, 1));
    assert_eq!((e.minutes_prevues, e.minutes_programmees, e.minutes_realisees), (10800, 660, 540));

    // Parents of A: P1..P5 (P6 on the waiting list).
    let pa = &a.parents;
    assert_eq!((pa.inscrits, pa.en_cours, pa.partis, pa.en_attente), (5, 4, 1, 1));
    assert_eq!(pa.departs_par_motif, [c("travail", "travail", 1)]);
    assert_eq!((pa.femmes, pa.hommes, pa.sexe_non_renseigne, pa.part_femmes), (3, 1, 1, Some(0.75)));
    assert_eq!(pa.nationalites, [c("DZ", "Algérie", 3), c("autres", "Autres nationalités", 1), c("non_renseigne", "Non renseignée", 1)]);
    // Rentrée 2022: P1 (2021) and P4 (2022) are primo-arrivants, P2 (2015) not, P3 and P5 unknown.
    assert_eq!((pa.primo_arrivants, pa.primo_inconnu, pa.cir, pa.protection_internationale, pa.autres_allophones, pa.reinscrits), (2, 2, 1, 2, 2, 1));
    // Hours: P1 120+120+120 / 360; P2 120+90+0 / 360; P3 0+120+120 / 360; P4 120+120 / 240 (left
    // 04/07: A4 does not count); P5 0+0+120 / 360.
    assert_eq!((pa.minutes_suivies, pa.minutes_dispensees), (360 + 210 + 240 + 240 + 120, 360 * 4 + 240));
    assert_eq!(pa.minutes_suivies_moyenne, Some(1170.0 / 5.0));
    assert_eq!(pa.taux_assiduite, Some(1170.0 / 1680.0));
    // B: P1 180/180, P7 90/180, P8 (30 min late) 60+90 / 180.
    let pb = &bb.parents;
    assert_eq!((pb.inscrits, pb.en_cours, pb.partis, pb.en_attente, pb.femmes, pb.hommes), (3, 3, 0, 0, 2, 1));
    assert_eq!(pb.nationalites, [c("autres", "Autres nationalités", 3)], "2 Algériennes < 3 : regroupées, comme l'Ukrainien");
    assert_eq!((pb.primo_arrivants, pb.cir, pb.protection_internationale, pb.autres_allophones), (2, 2, 0, 1));
    assert_eq!((pb.minutes_suivies, pb.minutes_dispensees, pb.taux_assiduite), (420, 540, Some(420.0 / 540.0)));

    // The school: 7 distinct parents (P1 in both ateliers counts once), P6 only waiting.
    let pe = &e.parents;
    assert_eq!((pe.inscrits, pe.en_cours, pe.partis, pe.en_attente), (7, 6, 1, 1));
    assert_eq!((pe.femmes, pe.hommes, pe.sexe_non_renseigne, pe.part_femmes), (4, 2, 1, Some(4.0 / 6.0)));
    assert_eq!(pe.nationalites, [c("DZ", "Algérie", 4), c("autres", "Autres nationalités", 2), c("non_renseigne", "Non renseignée", 1)]);
    assert_eq!((pe.primo_arrivants, pe.primo_inconnu, pe.cir, pe.protection_internationale, pe.autres_allophones, pe.reinscrits), (3, 3, 2, 2, 3, 1));
    assert_eq!((pe.minutes_suivies, pe.minutes_dispensees), (1590, 2220));
    assert_eq!(pe.minutes_suivies_moyenne, Some(1590.0 / 7.0));
    assert_eq!(pe.taux_assiduite, Some(1590.0 / 2220.0));
    let a1 = pe.niveaux.iter().find(|l| l.niveau == "A1").unwrap();
    let a11 = pe.niveaux.iter().find(|l| l.niveau == "A1.1").unwrap();
    let a2 = pe.niveaux.iter().find(|l| l.niveau == "A2").unwrap();
    let ne = pe.niveaux.last().unwrap();
    assert_eq!((a1.entree_oral, a11.entree_ecrit, a2.sortie_oral), (2, 1, 1));
    assert_eq!((ne.niveau.as_str(), ne.entree_oral, ne.sortie_ecrit), ("non_evalue", 6, 8), "8 inscriptions comptées");
    let cert: Vec<_> = pe.certifications.iter().map(|l| (l.diplome.as_str(), l.tentees, l.obtenues, l.resultat_inconnu)).collect();
    assert_eq!(cert, [("DILF", 1, 1, 0), ("DELF A1", 2, 0, 1)]);

    // Intervenants by status: I1 runs every non-cancelled séance, I2 the two of B.
    let st: Vec<_> = e.intervenants.iter().map(|l| (l.statut.as_str(), l.personnes, l.minutes)).collect();
    assert_eq!(st, [("upe2a", 1, 480 + 180), ("association", 1, 180)]);
    let st: Vec<_> = a.intervenants.iter().map(|l| (l.statut.as_str(), l.personnes, l.minutes)).collect();
    assert_eq!(st, [("upe2a", 1, 480)]);

    // Finances: I1 June 2 h × 29,10 € = 58,20 €; July 9 h (A2, A4, A5, B1, B2) × 29,54 € = 265,86 €.
    let i1 = &b.intervenants[0];
    assert_eq!((i1.libelle.as_str(), i1.statut.as_str(), i1.remuneration.as_deref()), ("Intervenant·e 1", "upe2a", Some("vacation")));
    let mois: Vec<_> = i1.mois.iter().map(|m| (m.mois.as_str(), m.seances, m.minutes, m.centimes_vacation)).collect();
    assert_eq!(mois, [("2023-06", 1, 120, Some(2 * 2910)), ("2023-07", 5, 540, Some(9 * 2954))]);
    assert_eq!((i1.seances, i1.minutes, i1.centimes), (6, 660, Some(5820 + 26586)));
    let i2 = &b.intervenants[1];
    assert_eq!((i2.libelle.as_str(), i2.remuneration.as_deref(), i2.minutes, i2.centimes), ("Intervenant·e 2", Some("facture"), 180, None));
    assert_eq!(i2.mois[0].centimes_vacation, None, "facture : heures listées, pas de montant");
    assert_eq!((b.finances.total_centimes, b.finances.minutes_vacation, b.finances.minutes_hors_vacation), (32406, 660, 180));
    let taux: Vec<_> = b.finances.taux_appliques.iter().map(|t| (t.depuis, t.centimes_par_heure)).collect();
    assert_eq!(taux, [(jour("2022-07-01"), 2910), (jour("2023-07-01"), 2954)]);
    assert!(b.avertissements.is_empty());
    assert_eq!(bilan::nom_fichier(&b, "json"), "bilan-0751234X-2022-2023.json");
}

#[test]
fn plafond_de_250_heures_sans_nom() {
    let y = annee();
    // 130 séances of 2 h for I1 in 2022-2023 (every other day from 1 Sept 2022): 260 h.
    let a = y.a;
    let mut d = jour("2022-09-01");
    for _ in 0..130 {
        seance(&y.db, a, &d.to_string(), "16:00:00", "18:00:00", &[1]);
        d += chrono::Duration::days(2);
    }
    let b = bilan::calculer(&y.db, y.annee).unwrap();
    assert_eq!(b.avertissements.len(), 1);
    let m = &b.avertissements[0].message;
    assert!(m.starts_with("Intervenant·e 1 (Enseignant(e) UPE2A) dépasse le plafond de 250 h"), "{m}");
    assert!(!m.contains("Belkacem") && !m.contains("Samia"));
    assert!(b.intervenants[0].plafond_depasse_le.is_some());
}

#[test]
fn json_versionne_et_relu() {
    let (_, b) = calcule();
    let j = bilan::json(&b);
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    assert_eq!(v["schema"], "oepre-bilan/1");
    assert_eq!(v["ecole"]["parents"]["inscrits"], 7);
    assert_eq!(v["finances"]["total_centimes"], 32406);
    assert_eq!(v["ateliers"][1]["chiffres"]["parents"]["nationalites"][0]["code"], "DZ");
    // Read back (floats to within parsing precision: serde_json's default float parser).
    let lu = bilan::lire_json(&j).unwrap();
    assert_eq!((&lu.finances, &lu.intervenants, &lu.ecole.parents.nationalites), (&b.finances, &b.intervenants, &b.ecole.parents.nationalites));
    assert!((lu.ecole.parents.minutes_suivies_moyenne.unwrap() - 1590.0 / 7.0).abs() < 1e-9);
    let y2 = annee();
    assert_eq!(bilan::json(&bilan::calculer(&y2.db, y2.annee).unwrap()), j, "mêmes données, même texte");
    let autre = j.replacen("oepre-bilan/1", "oepre-bilan/9", 1);
    let e = bilan::lire_json(&autre).unwrap_err();
    assert!(e.champs()[0].message.contains("oepre-bilan/9"), "{e:?}");
}

/// Every cell of every sheet, as text.
fn cellules(octets: &[u8]) -> Vec<(String, u32, u32, Data)> {
    let mut x: Xlsx<_> = Xlsx::new(std::io::Cursor::new(octets.to_vec())).unwrap();
    let mut v = Vec::new();
    for nom in x.sheet_names() {
        let r = x.worksheet_range(&nom).unwrap();
        let (l0, c0) = r.start().unwrap_or((0, 0));
        for (i, ligne) in r.rows().enumerate() {
            for (j, d) in ligne.iter().enumerate() {
                v.push((nom.clone(), l0 + i as u32, c0 + j as u32, d.clone()));
            }
        }
    }
    v
}

fn cellule(cs: &[(String, u32, u32, Data)], feuille: &str, ligne: u32, col: u32) -> Data {
    cs.iter().find(|(f, l, c, _)| f == feuille && *l == ligne && *c == col).map_or(Data::Empty, |x| x.3.clone())
}

fn ligne_de(cs: &[(String, u32, u32, Data)], feuille: &str, col0: &str) -> u32 {
    cs.iter().find(|(f, _, c, d)| f == feuille && *c == 0 && *d == Data::String(col0.into())).unwrap_or_else(|| panic!("{feuille} : {col0}")).1
}

#[test]
fn classeur_relu_cellule_par_cellule() {
    let (_, b) = calcule();
    let octets = bilan::xlsx(&b).unwrap();
    assert_eq!(octets, bilan::xlsx(&b).unwrap(), "mêmes octets");
    let x: Xlsx<_> = Xlsx::new(std::io::Cursor::new(octets.clone())).unwrap();
    assert_eq!(x.sheet_names(), ["Synthèse", "Ateliers", "Parents", "Intervenants", "Qualitatif", "À vérifier", "Fiche de saisie"]);
    let cs = cellules(&octets);
    // The financial bilan is its own workbook.
    let octets_fin = bilan::xlsx_financier(&b).unwrap();
    assert_eq!(octets_fin, bilan::xlsx_financier(&b).unwrap(), "mêmes octets");
    let x: Xlsx<_> = Xlsx::new(std::io::Cursor::new(octets_fin.clone())).unwrap();
    assert_eq!(x.sheet_names(), ["Bilan financier", "Finances", "Fiche de saisie"]);
    let cf = cellules(&octets_fin);
    let val = |f: &str, l: &str| cellule(&cs, f, ligne_de(&cs, f, l), 1);
    assert_eq!(val("Synthèse", "UAI"), Data::String("0751234X".into()));
    assert_eq!(val("Synthèse", "Parents inscrits"), Data::Float(7.0));
    assert_eq!(val("Synthèse", "Heures réalisées"), Data::Float(9.0));
    // Hours per axis: B1 (1 h 30 on langue + école) counts 0,75 h on each.
    assert_eq!(val("Synthèse", "Heures réalisées — axe 1 : langue française"), Data::Float(8.25));
    assert_eq!(val("Synthèse", "Heures réalisées — axe 2 : la connaissance du fonctionnement et des attentes de l'École"), Data::Float(0.75));
    assert_eq!(val("Synthèse", "Heures réalisées — axe 3 : valeurs de la République"), Data::Float(0.0));
    assert_eq!(val("Synthèse", "Effectif au démarrage"), Data::Float(7.0));
    assert_eq!(val("Synthèse", "Taux d'abandon (partis ÷ inscrits)"), Data::Float(1.0 / 7.0));
    assert_eq!(val("Synthèse", "Taux d'assiduité"), Data::Float(1590.0 / 2220.0));
    assert_eq!(val("Synthèse", "Part des femmes"), Data::Float(4.0 / 6.0));
    assert_eq!(val("Parents", "Autres nationalités"), Data::Float(2.0));
    assert_eq!(cellule(&cs, "Parents", ligne_de(&cs, "Parents", "Algérie"), 2), Data::Empty, "jeudi : Algérie regroupée dans « autres »");
    let r = ligne_de(&cs, "Ateliers", "Atelier du lundi");
    assert_eq!(cellule(&cs, "Ateliers", r, 2 + 6), Data::Float(6.0), "heures réalisées");
    let r = ligne_de(&cs, "Intervenants", "Intervenant·e 1");
    assert_eq!(cellule(&cs, "Intervenants", r, 5), Data::Float(324.06));
    assert_eq!(cellule(&cs, "Intervenants", r + 1, 5), Data::String("hors vacation".into()));
    let juin = cf.iter().find(|(f, _, c, d)| f == "Finances" && *c == 3 && *d == Data::String("2023-06".into())).unwrap().1;
    assert_eq!(cellule(&cf, "Finances", juin, 6), Data::Float(58.2));
    assert_eq!(cellule(&cf, "Finances", juin + 1, 6), Data::Float(265.86));
    assert_eq!(cellule(&cf, "Finances", ligne_de(&cf, "Finances", "Total des vacations"), 6), Data::Float(324.06));
    // Other costs, funding, balance (hand-computed in the module doc).
    let fin = |l: &str| cellule(&cf, "Finances", ligne_de(&cf, "Finances", l), 6);
    assert_eq!(fin("Manuels de français A1"), Data::Float(120.5));
    assert_eq!(cellule(&cf, "Finances", ligne_de(&cf, "Finances", "Manuels de français A1"), 1), Data::String("Matériel pédagogique".into()));
    assert_eq!(cellule(&cf, "Finances", ligne_de(&cf, "Finances", "Manuels de français A1"), 2), Data::String("15/06/2023".into()));
    assert_eq!(fin("Total : Garde d'enfants"), Data::Float(80.0));
    assert_eq!(fin("Total : Interprétariat"), Data::Float(0.0));
    assert_eq!(fin("Total des autres dépenses"), Data::Float(200.5));
    assert_eq!(fin("Rectorat — BOP 230"), Data::Float(500.0));
    assert_eq!(fin("Total des financements"), Data::Float(650.25));
    assert_eq!(fin("Total des dépenses"), Data::Float(524.56));
    assert_eq!(fin("Solde (financements − dépenses)"), Data::Float(125.69));
    let vf = |l: &str| cellule(&cf, "Bilan financier", ligne_de(&cf, "Bilan financier", l), 1);
    assert_eq!(vf("Montant des vacations (brut)"), Data::Float(324.06));
    assert_eq!(vf("Autres dépenses"), Data::Float(200.5));
    assert_eq!(vf("Total des dépenses"), Data::Float(524.56));
    assert_eq!(vf("Financements reçus"), Data::Float(650.25));
    assert_eq!(vf("Solde (financements − dépenses)"), Data::Float(125.69));
    assert!(vf("À transmettre").to_string().contains("enquête en ligne du service académique de la DAEPS"));
    assert!(val("Synthèse", "À transmettre").to_string().contains("enquête Orquestra de la DGESCO"));
    assert!(val("Synthèse", "Échéance").to_string().contains("conditionnent le financement"));
    assert!(!cs.iter().any(|x| x.3 == Data::String("Montant des vacations (brut)".into())), "l'argent est dans le bilan financier");
    // Qualitative part: the themes pre-filled from the séances; the indicators not entered.
    assert_eq!(val("Qualitatif", "Thèmes — langue française"), Data::String("Se présenter\nLe carnet de liaison".into()));
    assert_eq!(val("Qualitatif", "Thèmes — la connaissance du fonctionnement et des attentes de l'École"), Data::String("Le carnet de liaison".into()));
    assert_eq!(val("Qualitatif", "Participation aux élections"), Data::String("non renseigné".into()));
    // The completeness list, as written into the file (first: A5 of 06/07/2023 without roll call).
    let verifier: Vec<String> = cs.iter().filter(|x| x.0 == "À vérifier" && x.2 == 0 && x.1 > 0).map(|x| x.3.to_string()).collect();
    assert_eq!(verifier, b.points_a_verifier.as_ref().unwrap().iter().map(|p| p.message.clone()).collect::<Vec<_>>());
    assert!(verifier[0].starts_with("Séance du 06/07/2023 (Atelier du lundi)"), "{verifier:?}");
    assert_eq!(val("Synthèse", "Points à vérifier au moment de l'export"), Data::Float(verifier.len() as f64));
}

#[test]
fn autres_depenses_financements_et_solde() {
    let (_, b) = calcule();
    let f = &b.finances;
    assert_eq!((f.total_centimes, f.autres_depenses_centimes, f.total_depenses_centimes), (32406, 20050, 52456));
    assert_eq!((f.financements_centimes, f.solde_centimes), (65025, 12569));
    let cat: Vec<_> = f.depenses_par_categorie.iter().map(|c| (c.categorie.as_str(), c.centimes)).collect();
    assert_eq!(cat, [("materiel", 12050), ("garde_enfants", 8000), ("interpretariat", 0), ("sorties", 0), ("autre", 0)]);
    let dep: Vec<_> = f.depenses.iter().map(|d| (d.categorie, d.libelle.as_str(), d.centimes, d.date)).collect();
    assert_eq!(
        dep,
        [
            (CategorieDepense::Materiel, "Manuels de français A1", 12050, Some(jour("2023-06-15"))),
            (CategorieDepense::GardeEnfants, "Garde des enfants pendant les séances", 8000, None),
        ],
        "datées d'abord, puis sans date"
    );
    let fi: Vec<_> = f.financements.iter().map(|x| (x.source.as_str(), x.centimes, x.date)).collect();
    assert_eq!(fi, [("Rectorat — BOP 230", 50000, jour("2023-05-10")), ("Commune (PRE)", 15025, jour("2023-06-20"))]);
    // Field by field in the JSON.
    let v: serde_json::Value = serde_json::from_str(&bilan::json(&b)).unwrap();
    let jf = &v["finances"];
    assert_eq!((jf["autres_depenses_centimes"].as_i64(), jf["total_depenses_centimes"].as_i64()), (Some(20050), Some(52456)));
    assert_eq!((jf["financements_centimes"].as_i64(), jf["solde_centimes"].as_i64()), (Some(65025), Some(12569)));
    assert_eq!(jf["depenses_par_categorie"][1]["categorie"], "garde_enfants");
    assert_eq!(jf["depenses_par_categorie"][1]["centimes"], 8000);
    assert_eq!(jf["depenses"][0]["categorie"], "materiel");
    assert_eq!(jf["depenses"][0]["date"], "2023-06-15");
    assert_eq!(jf["depenses"][1]["date"], serde_json::Value::Null);
    assert_eq!(jf["financements"][1]["source"], "Commune (PRE)");
    assert_eq!(v["qualitatif"]["themes"]["langue"], "Se présenter\nLe carnet de liaison");
    assert_eq!(v["qualitatif"]["indicateurs"]["votes_elections"], serde_json::Value::Null);
    let points = v["points_a_verifier"].as_array().unwrap();
    assert_eq!(points[0]["code"], "AppelManquant");
    assert_eq!(points[0]["lien"].as_str().map(|l| l.starts_with("#/appel/seance/")), Some(true));
}

#[test]
fn saisies_invalides_refusees_sans_rien_ecrire() {
    let mut y = annee();
    let compter = |db: &Db| -> i64 {
        db.conn().query_row("SELECT (SELECT count(*) FROM bilan_depense) * 100 + (SELECT count(*) FROM bilan_financement)", [], |r| r.get(0)).unwrap()
    };
    let avant = compter(&y.db);
    assert_eq!(avant, 202);
    for (libelle, montant, date, champs) in [
        ("", "12", "", vec!["libelle"]),
        ("Cahiers", "0", "", vec!["montant"]),
        ("Cahiers", "-5", "", vec!["montant"]),
        ("Cahiers", "douze", "32/13/2023", vec!["montant", "date"]),
        ("  ", "", "", vec!["libelle", "montant"]),
    ] {
        let e = finances::ajouter_depense(
            &mut y.db,
            y.annee,
            &SaisieDepense { categorie: CategorieDepense::Materiel, libelle: libelle.into(), montant: montant.into(), date: date.into() },
        )
        .unwrap_err();
        assert_eq!(e.champs().iter().map(|c| c.champ.as_str()).collect::<Vec<_>>(), champs, "{libelle:?} {montant:?} {date:?}");
        assert!(e.champs().iter().all(|c| !c.message.is_empty()));
    }
    let e = finances::ajouter_financement(&mut y.db, y.annee, &SaisieFinancement { source: "CAF".into(), montant: "100".into(), date: "".into() }).unwrap_err();
    assert_eq!(e.champs()[0].champ, "date");
    assert_eq!(e.champs()[0].message, "Date de versement obligatoire.");
    let e = finances::ajouter_financement(&mut y.db, y.annee, &SaisieFinancement { source: "".into(), montant: "0,00".into(), date: "01/01/2023".into() }).unwrap_err();
    assert_eq!(e.champs().iter().map(|c| c.champ.as_str()).collect::<Vec<_>>(), ["source", "montant"]);
    assert!(finances::ajouter_depense(
        &mut y.db,
        9999,
        &SaisieDepense { categorie: CategorieDepense::Autre, libelle: "x".into(), montant: "1".into(), date: "".into() }
    )
    .is_err(), "année inconnue");
    assert_eq!(compter(&y.db), avant, "rien n'a été écrit");
    // Removing.
    let l = finances::lister(&y.db, y.annee).unwrap();
    finances::supprimer_depense(&mut y.db, l.depenses[0].id).unwrap();
    finances::supprimer_financement(&mut y.db, l.financements[1].id).unwrap();
    let l = finances::lister(&y.db, y.annee).unwrap();
    assert_eq!((l.total_depenses_centimes, l.total_financements_centimes), (8000, 50000));
    assert!(finances::supprimer_depense(&mut y.db, 424242).is_err());
    let b = bilan::calculer(&y.db, y.annee).unwrap();
    assert_eq!(b.finances.solde_centimes, 50000 - 32406 - 8000);
}

#[test]
fn qualitatif_brouillon_et_points_a_verifier() {
    let mut y = annee();
    let fin = jour("2023-07-10");
    let q = qualitatif::lire(&y.db, y.annee).unwrap();
    assert!(!q.enregistre);
    assert_eq!((q.themes.langue.as_str(), q.themes.ecole.as_str(), q.themes.valeurs.as_str()), ("Se présenter\nLe carnet de liaison", "Le carnet de liaison", ""));
    let vides = |db: &Db| -> Vec<String> {
        bilan::controle::verifier_au(db, y.annee, fin).unwrap().into_iter().filter(|p| p.code == CodePoint::QualitatifVide).map(|p| p.lien).collect()
    };
    assert_eq!(
        vides(&y.db),
        [
            "#/bilan/qualitatif/partenaires",
            "#/bilan/qualitatif/actions_vie_scolaire",
            "#/bilan/qualitatif/indicateurs",
            "#/bilan/qualitatif/difficultes",
            "#/bilan/qualitatif/perspectives"
        ],
        "les thèmes, pré-remplis, ne sont pas vides"
    );
    // A partial draft, saved as typed.
    let mut brouillon = q.clone();
    brouillon.partenaires = vec![Partenaire::Casnav, Partenaire::Ofii];
    brouillon.indicateurs.votes_elections = Some(4);
    brouillon.difficultes = "  Garde des jeunes enfants le mercredi.  ".into();
    let lu = qualitatif::enregistrer(&mut y.db, y.annee, &brouillon).unwrap();
    assert!(lu.enregistre);
    assert_eq!(lu.partenaires, [Partenaire::Ofii, Partenaire::Casnav], "dans l'ordre du formulaire");
    assert_eq!(lu.difficultes, "  Garde des jeunes enfants le mercredi.  ", "enregistré tel que saisi");
    assert_eq!((lu.indicateurs.votes_elections, lu.indicateurs.rencontres_individuelles), (Some(4), None));
    assert_eq!(qualitatif::lire(&y.db, y.annee).unwrap(), lu);
    assert_eq!(vides(&y.db), ["#/bilan/qualitatif/actions_vie_scolaire", "#/bilan/qualitatif/perspectives"]);
    // A negative count is refused, nothing changes.
    let mut faux = lu.clone();
    faux.indicateurs.actions_communes = Some(-1);
    faux.perspectives = "Ne doit pas être enregistré".into();
    let e = qualitatif::enregistrer(&mut y.db, y.annee, &faux).unwrap_err();
    assert_eq!(e.champs()[0].champ, "indicateurs.actions_communes");
    assert_eq!(qualitatif::lire(&y.db, y.annee).unwrap(), lu);
    // Emptied themes once saved stay empty (no pre-filling over a draft).
    let mut sans_themes = lu.clone();
    sans_themes.themes = Default::default();
    sans_themes.actions_vie_scolaire = "Visite du collège, réunion parents-professeurs.".into();
    sans_themes.perspectives = "Ouvrir un second groupe.".into();
    qualitatif::enregistrer(&mut y.db, y.annee, &sans_themes).unwrap();
    assert_eq!(vides(&y.db), ["#/bilan/qualitatif/themes"]);
    let b = bilan::calculer_au(&y.db, y.annee, fin).unwrap();
    assert_eq!(b.qualitatif.perspectives, "Ouvrir un second groupe.");
    assert_eq!(Section::TOUTES.len(), 6);
}

#[test]
fn export_des_cinq_fichiers_et_rapports_pdf() {
    let mut y = annee();
    let mut q = qualitatif::lire(&y.db, y.annee).unwrap();
    q.partenaires = vec![Partenaire::Casnav];
    q.perspectives = "Ouvrir un second groupe le samedi matin.".into();
    q.indicateurs.rencontres_individuelles = Some(5);
    qualitatif::enregistrer(&mut y.db, y.annee, &q).unwrap();
    let dossier = tempfile::tempdir().unwrap();
    let mut etapes = Vec::new();
    let e = bilan::exporter_au(&y.db, y.annee, dossier.path(), jour("2023-07-10"), |p| etapes.push((p.etape, p.total))).unwrap();
    assert_eq!(etapes, [(1, 6), (2, 6), (3, 6), (4, 6), (5, 6), (6, 6)]);
    let noms: Vec<String> = [&e.xlsx, &e.pdf, &e.financier_xlsx, &e.financier_pdf, &e.json]
        .iter()
        .map(|p| std::path::Path::new(p).file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        noms,
        [
            "bilan-0751234X-2022-2023.xlsx",
            "bilan-0751234X-2022-2023.pdf",
            "bilan-financier-0751234X-2022-2023.xlsx",
            "bilan-financier-0751234X-2022-2023.pdf",
            "bilan-0751234X-2022-2023.json"
        ]
    );
    let mut fichiers: Vec<String> = std::fs::read_dir(dossier.path()).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
    fichiers.sort();
    assert_eq!(fichiers.len(), 5, "pas de fichier temporaire laissé : {fichiers:?}");
    // The JSON written is the bilan computed, points included.
    let lu = bilan::lire_json(&std::fs::read_to_string(&e.json).unwrap()).unwrap();
    assert_eq!(lu.points_a_verifier.as_deref(), Some(e.points_a_verifier.as_slice()));
    assert_eq!(lu.finances.solde_centimes, 12569);
    // The PDF, as a person reads it.
    let texte = pdftotext(&e.pdf);
    for attendu in [
        "Bilan quantitatif et qualitatif des ateliers OEPRE",
        "Année scolaire 2022-2023",
        "Collège Jean Moulin",
        "Parents inscrits",
        "Taux d'assiduité",
        "Se présenter",
        "CASNAV",
        "Ouvrir un second groupe le samedi matin.",
        "Séance du 06/07/2023 (Atelier du lundi) : l'appel n'a pas été fait.",
        "Fait à Paris, le 10 juillet 2023.",
        "La principale",
        "Hélène Duparc-Volnay",
    ] {
        assert!(texte.contains(attendu), "« {attendu} » absent du PDF :\n{texte}");
    }
    let ligne = |debut: &str| {
        let l = texte.lines().map(str::trim_start).find(|l| l.starts_with(debut)).unwrap_or_else(|| panic!("{debut}"));
        l[debut.len()..].replace(' ', "")
    };
    assert_eq!(ligne("Parents inscrits"), "7");
    assert_eq!(ligne("Effectif au démarrage"), "7");
    assert_eq!(ligne("Heures réalisées — axe 2 : la connaissance du fonctionnement et des attentes de l'École"), "0h45", "B1 : 1 h 30 partagée entre deux axes");
    assert_eq!(ligne("Heures réalisées — axe 3 : valeurs de la République"), "0h");
    assert_eq!(ligne("Parents partis en cours d'année"), "1");
    assert_eq!(ligne("Heures réalisées"), "9h");
    assert_eq!(ligne("Taux d'assiduité"), "72%", "1590 / 2220 = 71,6 %");
    assert!(!texte.contains("324,06 €") && !texte.contains("Financements reçus"), "l'argent est dans le bilan financier :\n{texte}");
    // The financial bilan, its own PDF.
    let fin = pdftotext(&e.financier_pdf);
    for attendu in [
        "Bilan financier des ateliers OEPRE",
        "Année scolaire 2022-2023",
        "Collège Jean Moulin",
        "324,06 €",
        "58,20 €",
        "265,86 €",
        "Manuels de français A1",
        "120,50 €",
        "Rectorat — BOP 230",
        "650,25 €",
        "524,56 €",
        "125,69 €",
        "Fait à Paris, le 10 juillet 2023.",
        "La principale",
        "Fiche de saisie — Enquête en ligne de la DAEPS",
    ] {
        assert!(fin.contains(attendu), "« {attendu} » absent du bilan financier :\n{fin}");
    }
    let ligne_fin = |debut: &str| {
        let l = fin.lines().map(str::trim_start).find(|l| l.starts_with(debut)).unwrap_or_else(|| panic!("{debut}"));
        l[debut.len()..].replace(' ', "")
    };
    assert_eq!(ligne_fin("Solde"), "125,69€");
    let b = bilan::calculer_au(&y.db, y.annee, jour("2023-07-10")).unwrap();
    assert_eq!(bilan::pdf(&y.db, &b, jour("2023-07-10")).unwrap(), std::fs::read(&e.pdf).unwrap(), "mêmes données, mêmes octets");
    assert_eq!(bilan::pdf_financier(&y.db, &b, jour("2023-07-10")).unwrap(), std::fs::read(&e.financier_pdf).unwrap(), "mêmes octets");
    for chemin in [&e.pdf, &e.financier_pdf] {
        let info = std::process::Command::new("pdfinfo").arg(chemin).output().unwrap();
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("Page size:") && info.contains("595.") && info.contains("841."), "A4 : {info}");
    }
}

/// The text of a PDF (`pdftotext -layout`), without the bidi isolates and narrow spaces.
fn pdftotext(chemin: &str) -> String {
    let out = std::process::Command::new("pdftotext").args(["-layout", chemin, "-"]).output().expect("pdftotext doit être installé");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).replace(['\u{2068}', '\u{2069}'], "").replace('\u{202F}', " ")
}

#[test]
fn aucun_nom_aucun_telephone_aucune_date_de_naissance() {
    let mut y = annee();
    // The parents' path: who referred a parent and their expectations in their own words (free
    // text, here naming a child) are counted, never copied.
    let p1: i64 = y.db.conn().query_row("SELECT min(id) FROM parent", [], |r| r.get(0)).unwrap();
    let precision = "Comprendre le bulletin de Wassilatou";
    oepre_core::domaine::parcours_parent::enregistrer_accueil(
        &mut y.db,
        p1,
        &oepre_core::domaine::parcours_parent::SaisieAccueil {
            prescripteur: Some(oepre_core::domaine::parcours_parent::Prescripteur::AutreParent),
            attentes: vec![oepre_core::domaine::parcours_parent::Attente::AiderEnfant],
            attentes_precision: precision.into(),
        },
    )
    .unwrap();
    let dossier = tempfile::tempdir().unwrap();
    let e = bilan::exporter_au(&y.db, y.annee, dossier.path(), jour("2023-07-10"), |_| {}).unwrap();
    let j = std::fs::read_to_string(&e.json).unwrap();
    let textes: Vec<String> = [&e.xlsx, &e.financier_xlsx]
        .iter()
        .flat_map(|f| cellules(&std::fs::read(f).unwrap()))
        .map(|x| x.3.to_string())
        .collect();
    assert!(textes.iter().any(|t| t == "Fiche de saisie — Enquête en ligne de la DAEPS"), "les deux classeurs sont lus");
    let brut = |f: &str| String::from_utf8_lossy(&std::process::Command::new("pdftotext").args([f, "-"]).output().unwrap().stdout).into_owned();
    let pdf = pdftotext(&e.pdf) + &pdftotext(&e.financier_pdf);
    let pdf_brut = brut(&e.pdf) + &brut(&e.financier_pdf);
    let mut interdits: Vec<String> = Vec::new();
    let mut stmt = y.db.conn().prepare("SELECT nom, prenom, telephone FROM parent UNION ALL SELECT nom, prenom, telephone FROM intervenant").unwrap();
    let rows = stmt.query_map([], |r| Ok([r.get::<_, String>(0)?, r.get(1)?, r.get(2)?])).unwrap();
    for r in rows {
        interdits.extend(r.unwrap().into_iter().filter(|s| !s.is_empty()));
    }
    assert!(interdits.len() >= 20, "{interdits:?}");
    interdits.extend([precision.to_owned(), "Wassilatou".to_owned()]);
    for x in &interdits {
        for (fichier, texte) in [("JSON", &j), ("PDF", &pdf), ("PDF", &pdf_brut)] {
            assert!(!texte.contains(x.as_str()), "« {x} » dans le {fichier}");
            assert!(!texte.contains(&x.replace(' ', "")), "« {x} » dans le {fichier}");
            assert!(!texte.to_uppercase().contains(&x.to_uppercase()), "« {x} » dans le {fichier}");
        }
        for t in &textes {
            assert!(!t.contains(x.as_str()), "« {x} » dans le XLSX : {t}");
        }
    }
    // The head of school signs the PDF (their name is printed there only); the school's phone is
    // in the PDF letterhead only.
    let (chef, tel): (String, String) = y.db.conn().query_row("SELECT chef_nom, telephone FROM etablissement", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert!(pdf.contains(&chef));
    for x in [&chef, &tel] {
        assert!(!j.contains(x.as_str()), "« {x} » dans le JSON");
        assert!(!textes.iter().any(|t| t.contains(x.as_str())), "« {x} » dans le XLSX");
    }
    // No birth-year field (« connaissance », axis 2's label, is not one).
    assert!(!j.contains("1987") && !j.contains("naissance\":"), "aucune année de naissance dans le JSON");
    assert!(!pdf.contains("1987"), "aucune année de naissance dans le PDF");
    assert!(!textes.iter().any(|t| t.contains("1987")));
}

#[test]
fn donnees_de_demonstration_sans_nom_ni_telephone() {
    let mut db = Db::en_memoire().unwrap();
    oepre_core::demo::ecole::charger(&mut db).unwrap();
    let annee = oepre_core::domaine::annee::par_libelle(db.conn(), "2025-2026").unwrap();
    let b = bilan::calculer(&db, annee.id).unwrap();
    assert!(b.ecole.parents.inscrits > 20);
    let j = bilan::json(&b);
    let mut textes: Vec<String> = cellules(&bilan::xlsx(&b).unwrap()).into_iter().map(|x| x.3.to_string()).collect();
    textes.extend(cellules(&bilan::xlsx_financier(&b).unwrap()).into_iter().map(|x| x.3.to_string()));
    let mut stmt = db.conn().prepare("SELECT nom, prenom, translitteration, telephone FROM parent").unwrap();
    let rows = stmt.query_map([], |r| Ok([r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?])).unwrap();
    let mut n = 0;
    for x in rows.flat_map(|r| r.unwrap()).filter(|s| !s.is_empty()) {
        n += 1;
        assert!(!j.contains(&x), "« {x} » dans le JSON");
        assert!(!textes.iter().any(|t| t.contains(&x)), "« {x} » dans le XLSX");
    }
    assert!(n >= 60, "{n} chaînes vérifiées");
}

#[test]
fn export_sans_etablissement_enregistre_et_annee_inconnue() {
    let db = Db::en_memoire().unwrap();
    let annee = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)", []);
    let dossier = tempfile::tempdir().unwrap();
    let e = bilan::exporter_au(&db, annee, dossier.path(), jour("2026-07-10"), |_| {}).unwrap();
    assert!(e.pdf.ends_with("bilan-UAI-inconnu-2025-2026.pdf"), "{}", e.pdf);
    let texte = pdftotext(&e.pdf);
    assert!(texte.contains("Bilan quantitatif et qualitatif des ateliers OEPRE") && texte.contains("Pour l'établissement"), "{texte}");
    assert!(!texte.contains("chef d'établissement"), "{texte}");
    assert!(pdftotext(&e.financier_pdf).contains("Aucune autre dépense saisie."));
    assert!(e.financier_pdf.ends_with("bilan-financier-UAI-inconnu-2025-2026.pdf"), "{}", e.financier_pdf);
    // An unknown year: a clear message, no file.
    let vide = tempfile::tempdir().unwrap();
    let err = bilan::exporter_au(&db, annee + 1, vide.path(), jour("2026-07-10"), |_| {}).unwrap_err();
    assert!(err.to_string().contains("année scolaire n'existe pas"), "{err}");
    assert_eq!(std::fs::read_dir(vide.path()).unwrap().count(), 0);
}

/// The priority public of the Ministère de l'Intérieur, computed by hand on a rentrée of
/// 1 September 2025 (the « moins de 5 ans » edge is 1 September 2020). Atelier A:
/// - Q1 SY, October 2020, CIR → prioritaire (4 years 11 months);
/// - Q2 SY, September 2020, CIR → not (exactly 5 years): other allophone;
/// - Q3 RO (EU), 2024, CIR → not (EU parent): other allophone;
/// - Q4 MA, 2023, no CIR → not (parent without CIR): other allophone;
/// - Q5 SN, March 2022, CIR, speaks French → prioritaire (French is not a criterion);
/// - Q6 DZ, year 2020 only, CIR → not, and the arrival is approximate: other allophone.
///
/// Atelier B: Q7 CI, 2015, no CIR, speaks French → other francophone; Q1 again (counted once
/// for the school).
#[test]
fn public_prioritaire_interieur_calcule_a_la_main() {
    let mut db = Db::en_memoire().unwrap();
    exec(
        &db,
        "INSERT INTO etablissement (id, nom, type, uai, commune, academie, zone, chef_nom, chef_titre, telephone)
         VALUES (1, 'École Jules Ferry', 'ecole', '0310001A', 'Toulouse', 'Toulouse', 'C', 'Marc Delorme', 'directeur', '')",
        [],
    );
    let annee = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)", []);
    let nouvel_atelier = |nom: &str| {
        exec(
            &db,
            "INSERT INTO atelier (annee_id, nom, niveau, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, ?2, 'débutants', '2025-09-15', '2026-06-30', 3600)",
            params![annee, nom],
        )
    };
    let (atelier_a, atelier_b) = (nouvel_atelier("Atelier A du mardi"), nouvel_atelier("Atelier B du jeudi"));
    let mut q = |nom: &str, nat: &str, annee_arrivee: i32, mois: Option<u32>, cir: bool, langues: &[&str]| {
        parent::creer(
            &mut db,
            &SaisieParent {
                nom: nom.into(),
                nationalite: nat.into(),
                annee_arrivee: Some(annee_arrivee),
                mois_arrivee: mois,
                cir,
                langues: langues.iter().map(|l| parent::LangueParlee { langue: (*l).into(), lue: true, ecrite: true }).collect(),
                ..Default::default()
            },
        )
        .unwrap()
        .id
    };
    let ids = [
        q("Quinze", "SY", 2020, Some(10), true, &["ar"]),
        q("Seize", "SY", 2020, Some(9), true, &["ar"]),
        q("Dixsept", "RO", 2024, None, true, &["ro"]),
        q("Dixhuit", "MA", 2023, None, false, &["ar"]),
        q("Dixneuf", "SN", 2022, Some(3), true, &["wo", "fr"]),
        q("Vingtdeux", "DZ", 2020, None, true, &["ar"]),
        q("Vingtsept", "CI", 2015, None, false, &["fr"]),
    ];
    for p in &ids[..6] {
        inscrire(&db, *p, atelier_a, "inscrit");
    }
    inscrire(&db, ids[6], atelier_b, "inscrit");
    inscrire(&db, ids[0], atelier_b, "inscrit");

    // The fiche says it, computed by the core.
    let f = |i: usize| oepre_core::domaine::vues_parents::fiche(db.conn(), ids[i]).unwrap();
    let resume = |i: usize| {
        let f = f(i);
        (f.primo_arrivant, f.arrivee_approximative, f.public_prioritaire, f.francophone)
    };
    assert_eq!(resume(0), (Some(true), false, true, false), "Q1");
    assert_eq!(resume(1), (Some(false), false, false, false), "Q2");
    assert_eq!(resume(2), (Some(true), false, false, false), "Q3 : UE");
    assert_eq!(resume(3), (Some(true), false, false, false), "Q4 : sans CIR");
    assert_eq!(resume(4), (Some(true), false, true, true), "Q5");
    assert_eq!(resume(5), (Some(false), true, false, false), "Q6 : 2020 sans mois");
    assert_eq!(resume(6), (Some(false), false, false, true), "Q7");

    let b = bilan::calculer_au(&db, annee, jour("2026-06-30")).unwrap();
    let a = &b.ateliers.iter().find(|x| x.id == atelier_a).unwrap().chiffres.parents;
    let bb = &b.ateliers.iter().find(|x| x.id == atelier_b).unwrap().chiffres.parents;
    let e = &b.ecole.parents;
    let repartition = |p: &bilan::ChiffresParents| (p.inscrits, p.public_prioritaire, p.autres_allophones_hors_prioritaire, p.francophones_hors_prioritaire);
    assert_eq!(repartition(a), (6, 2, 4, 0), "A : Q1, Q5 | Q2, Q3, Q4, Q6");
    assert_eq!(repartition(bb), (2, 1, 0, 1), "B : Q1 | Q7");
    assert_eq!(repartition(e), (7, 2, 4, 1), "établissement : Q1 compté une fois");
    assert!(e.publics_distingues && a.publics_distingues);
    assert_eq!((e.primo_arrivants, e.hors_ue, e.arrivee_approximative, e.cir), (4, 6, 1, 5), "Q1 Q3 Q4 Q5 | tous sauf Q3 | Q6");

    // The files: the JSON keeps the counts, the XLSX and the PDF print them.
    let dossier = tempfile::tempdir().unwrap();
    let x = bilan::exporter_au(&db, annee, dossier.path(), jour("2026-06-30"), |_| {}).unwrap();
    let lu = bilan::lire_json(&std::fs::read_to_string(&x.json).unwrap()).unwrap();
    assert_eq!(lu.ecole.parents, *e);
    let cs = cellules(&std::fs::read(&x.xlsx).unwrap());
    // « Synthèse »: label, school. « Parents »: label, school, then A and B (by name).
    let synthese = |libelle: &str| cellule(&cs, "Synthèse", ligne_de(&cs, "Synthèse", libelle), 1).to_string();
    assert_eq!(synthese(bilan::LIBELLE_PUBLIC_PRIORITAIRE), "2");
    assert_eq!(synthese(bilan::LIBELLE_AUTRES_ALLOPHONES), "4");
    assert_eq!(synthese(bilan::LIBELLE_AUTRES_FRANCOPHONES), "1");
    assert_eq!(synthese("Primo-arrivant approximatif (mois d'arrivée inconnu)"), "1");
    assert_eq!(synthese("Nationalité hors UE / EEE / Suisse"), "6");
    let par_portee = |libelle: &str| {
        let l = ligne_de(&cs, "Parents", libelle);
        (1..=3).map(|c| cellule(&cs, "Parents", l, c).to_string()).collect::<Vec<_>>()
    };
    assert_eq!(par_portee(bilan::LIBELLE_PUBLIC_PRIORITAIRE), ["2", "2", "1"]);
    assert_eq!(par_portee(bilan::LIBELLE_AUTRES_ALLOPHONES), ["4", "4", "0"]);
    assert_eq!(par_portee(bilan::LIBELLE_AUTRES_FRANCOPHONES), ["1", "0", "1"]);

    let texte = pdftotext(&x.pdf);
    let ligne = |debut: &str| {
        let l = texte.lines().map(str::trim_start).find(|l| l.starts_with(debut)).unwrap_or_else(|| panic!("« {debut} » absent du PDF :\n{texte}"));
        l[debut.len()..].split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(ligne(bilan::LIBELLE_PUBLIC_PRIORITAIRE), "2");
    assert_eq!(ligne(bilan::LIBELLE_AUTRES_ALLOPHONES), "4");
    assert_eq!(ligne(bilan::LIBELLE_AUTRES_FRANCOPHONES), "1");
    // The per-atelier table: prioritaire, other allophones, other francophones, enrolled.
    let tableau: Vec<String> = texte
        .lines()
        .skip_while(|l| !l.contains("Public prioritaire du Ministère de l'Intérieur et autres parents, par atelier"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| l.starts_with("Atelier A") || l.starts_with("Atelier B") || l.starts_with("Établissement"))
        .take(3)
        .collect();
    assert_eq!(tableau, ["Atelier A du mardi 2 4 0 6", "Atelier B du jeudi 1 0 1 2", "Établissement 2 4 1 7"], "{texte}");
    for nom in ["Quinze", "Seize", "Dixsept", "Dixhuit", "Dixneuf", "Vingtdeux", "Vingtsept"] {
        assert!(!texte.contains(nom), "« {nom} » dans le PDF");
        assert!(!cs.iter().any(|c| c.3.to_string().contains(nom)), "« {nom} » dans le XLSX");
        assert!(!std::fs::read_to_string(&x.json).unwrap().contains(nom), "« {nom} » dans le JSON");
    }
}

/// A bilan JSON exported before the priority public was counted (the same file without the
/// new fields) is still read; its counts are « not counted », and the académie merge says so
/// instead of adding zeros.
#[test]
fn un_bilan_anterieur_au_public_prioritaire_est_lu() {
    let (_, b) = calcule();
    let mut v: serde_json::Value = serde_json::from_str(&bilan::json(&b)).unwrap();
    let retirer = |p: &mut serde_json::Value| {
        let o = p.as_object_mut().unwrap();
        for cle in ["arrivee_approximative", "hors_ue", "public_prioritaire", "autres_allophones_hors_prioritaire", "francophones_hors_prioritaire", "publics_distingues"] {
            assert!(o.remove(cle).is_some(), "{cle}");
        }
    };
    retirer(&mut v["ecole"]["parents"]);
    for a in v["ateliers"].as_array_mut().unwrap() {
        retirer(&mut a["chiffres"]["parents"]);
    }
    let ancien = bilan::lire_json(&serde_json::to_string(&v).unwrap()).unwrap();
    let p = &ancien.ecole.parents;
    assert!(!p.publics_distingues);
    assert_eq!((p.public_prioritaire, p.autres_allophones_hors_prioritaire, p.francophones_hors_prioritaire), (0, 0, 0));
    assert_eq!((p.inscrits, p.autres_allophones), (b.ecole.parents.inscrits, b.ecole.parents.autres_allophones));
    assert!(b.ecole.parents.publics_distingues);
}

fn axes(langue: i64, ecole: i64, valeurs: i64) -> Option<MinutesAxes> {
    Some(MinutesAxes { langue, ecole, valeurs })
}

/// Hours per axis (a séance on two axes counts half its duration on each), the enrolment at the
/// start and the attrition, and the « À vérifier » points on delivered hours and axes.
#[test]
fn heures_par_axe_effectifs_et_points_a_verifier_calcules_a_la_main() {
    let y = annee();
    let fin = jour("2023-07-10");
    let b = bilan::calculer_au(&y.db, y.annee, fin).unwrap();
    let a = &b.ateliers.iter().find(|x| x.id == y.a).unwrap().chiffres;
    let bb = &b.ateliers.iter().find(|x| x.id == y.b).unwrap().chiffres;
    // A: A1, A2, A4 delivered (3 × 120 min), A5 scheduled only; language only (the default).
    assert_eq!((a.axes_realises, a.axes_programmes), (axes(360, 0, 0), axes(480, 0, 0)));
    // B: B1 (90 min) on langue + école: 45 + 45; B2 (90 min) langue.
    assert_eq!(bb.axes_realises, axes(135, 45, 0));
    assert_eq!(b.ecole.axes_realises, axes(495, 45, 0));
    assert_eq!(b.ecole.axes_programmes, axes(615, 45, 0));
    // Everyone enrolled on 01/06/2023, the ateliers' first day: all at the start; P4 left.
    assert_eq!((a.parents.inscrits_au_debut, a.parents.inscrits, a.parents.en_cours, a.parents.partis), (Some(5), 5, 4, 1));
    assert_eq!((b.ecole.parents.inscrits_au_debut, b.ecole.parents.taux_abandon()), (Some(7), Some(1.0 / 7.0)));
    let points = |db: &Db| -> Vec<String> {
        bilan::controle::verifier_au(db, y.annee, fin)
            .unwrap()
            .into_iter()
            .filter(|p| matches!(p.code, CodePoint::HeuresRealisees | CodePoint::AxePeuTraite))
            .map(|p| format!("{} {}", p.lien, p.message))
            .collect()
    };
    let (la, lb) = (format!("#/ateliers/{}", y.a), format!("#/ateliers/{}", y.b));
    let conseil = "Les trois axes sont aussi essentiels l'un que l'autre : réglez le programme de l'atelier.";
    assert_eq!(
        points(&y.db),
        [
            format!("{lb} Atelier du jeudi : 3 h réalisées (appel fait), moins que le minimum de 60 heures."),
            format!("{lb} Atelier du jeudi : axe « valeurs de la République » : 0 h sur 3 h réalisées (0 %), moins que 15 %. {conseil}"),
            format!("{la} Atelier du lundi : 6 h réalisées (appel fait), moins que le minimum de 60 heures ; 2 h encore programmées sans appel."),
            format!("{la} Atelier du lundi : axe « la connaissance du fonctionnement et des attentes de l'École » : 0 h sur 6 h réalisées (0 %), moins que 15 %. {conseil}"),
            format!("{la} Atelier du lundi : axe « valeurs de la République » : 0 h sur 6 h réalisées (0 %), moins que 15 %. {conseil}"),
        ],
        "B : école 45 min sur 3 h = 25 %, pas d'alerte"
    );
    // A reaches 58 h delivered: 26 more séances of 2 h on école + valeurs (60 min each), roll
    // call taken. Langue: 6 h of 58 h = 10,3 %.
    let inscription: i64 = y.db.conn().query_row("SELECT MIN(id) FROM inscription WHERE atelier_id = ?1", [y.a], |r| r.get(0)).unwrap();
    for j in 2..=27 {
        let s = seance(&y.db, y.a, &format!("2023-06-{j:02}"), "14:00:00", "16:00:00", &[]);
        exec(&y.db, "UPDATE seance SET axe_langue = 0, axe_ecole = 1, axe_valeurs = 1 WHERE id = ?1", [s]);
        marque(&y.db, s, inscription, "present", 0);
    }
    let b = bilan::calculer_au(&y.db, y.annee, fin).unwrap();
    let a = &b.ateliers.iter().find(|x| x.id == y.a).unwrap().chiffres;
    assert_eq!((a.minutes_realisees, a.axes_realises), (58 * 60, axes(360, 1560, 1560)));
    let pa: Vec<String> = points(&y.db).into_iter().filter(|p| p.starts_with(&la)).collect();
    assert_eq!(
        pa,
        [
            format!("{la} Atelier du lundi : 58 h réalisées (appel fait), moins que le minimum de 60 heures ; 2 h encore programmées sans appel."),
            format!("{la} Atelier du lundi : axe « langue française » : 6 h sur 58 h réalisées (10 %), moins que 15 %. {conseil}"),
        ]
    );
    // The threshold is a setting: at 10 %, 10,3 % is enough. One more 2 h séance held: 60 h.
    oepre_core::stockage::db::definir_parametre(y.db.conn(), "part_axe_min_pourcent", "10").unwrap();
    let s = seance(&y.db, y.a, "2023-06-28", "14:00:00", "16:00:00", &[]);
    marque(&y.db, s, inscription, "present", 0);
    assert!(points(&y.db).iter().all(|p| !p.starts_with(&la)), "{:?}", points(&y.db));
}

/// A bilan JSON exported before the hours per axis and the enrolment at the start (the same
/// file without those fields) is still read: they are « not counted », and the académie merge
/// shows « — » for that school instead of zeros.
#[test]
fn un_bilan_anterieur_aux_heures_par_axe_est_lu() {
    let (_, b) = calcule();
    let mut v: serde_json::Value = serde_json::from_str(&bilan::json(&b)).unwrap();
    let retirer = |c: &mut serde_json::Value| {
        for cle in ["axes_programmes", "axes_realises"] {
            assert!(c.as_object_mut().unwrap().remove(cle).is_some(), "{cle}");
        }
        assert!(c["parents"].as_object_mut().unwrap().remove("inscrits_au_debut").is_some());
    };
    retirer(&mut v["ecole"]);
    for a in v["ateliers"].as_array_mut().unwrap() {
        retirer(&mut a["chiffres"]);
    }
    let ancien = bilan::lire_json(&serde_json::to_string(&v).unwrap()).unwrap();
    assert_eq!((ancien.ecole.axes_realises, ancien.ecole.parents.inscrits_au_debut), (None, None));
    assert_eq!(ancien.ecole.minutes_realisees, b.ecole.minutes_realisees);
    let f = bilan::fusionner(&[ancien]).unwrap();
    assert_eq!(f.total.bilans_sans_axes, 1);
    let cs = cellules(&bilan::fusion_xlsx(&f).unwrap());
    let l = ligne_de(&cs, "Académie", "Heures réalisées — axe 3 : valeurs de la République");
    assert_eq!(cellule(&cs, "Académie", l, 1), Data::String("—".into()));
    assert!(cs.iter().any(|c| c.3.to_string().contains("ne donne pas les heures par axe")));
}

/// The signature title follows the school type, in the gender of the recorded title; the PDF
/// names the two channels, the deadline and the funding condition.
#[test]
fn signature_selon_le_type_d_etablissement_et_les_deux_canaux() {
    let y = annee();
    let fin = jour("2023-07-10");
    let texte_pdf = |db: &Db| {
        let b = bilan::calculer_au(db, y.annee, fin).unwrap();
        let dossier = tempfile::tempdir().unwrap();
        let chemin = dossier.path().join("b.pdf");
        std::fs::write(&chemin, bilan::pdf(db, &b, fin).unwrap()).unwrap();
        pdftotext(chemin.to_str().unwrap())
    };
    let t = texte_pdf(&y.db);
    assert!(t.contains("La principale") && !t.contains("chef d'établissement"), "{t}");
    let plat = t.split_whitespace().collect::<Vec<_>>().join(" ");
    for attendu in ["enquête Orquestra", "DGESCO", "enquête en ligne", "DAEPS", "fin de l'année scolaire", "conditionnent le financement"] {
        assert!(plat.contains(attendu), "« {attendu} » absent du PDF :\n{plat}");
    }
    for (type_, titre, attendu) in [("ecole", "principale", "La directrice d'école"), ("ecole", "directeur", "Le directeur d'école"), ("lycee", "principal", "Le proviseur"), ("college", "directrice", "La principale")] {
        exec(&y.db, "UPDATE etablissement SET type = ?1, chef_titre = ?2", params![type_, titre]);
        let t = texte_pdf(&y.db);
        assert!(t.contains(attendu), "{type_}/{titre} : « {attendu} » absent :\n{t}");
    }
}

/// The « fiche de saisie » of each bilan, hand-computed on the year of the module doc: the
/// figures in the order of the bilan, typed (numbers in the workbook, French text in the PDF).
#[test]
fn fiches_de_saisie_dans_l_ordre_du_bilan() {
    use bilan::saisie::{self, ValeurSaisie::*};
    let (y, b) = calcule();
    let q = saisie::quantitative(&b);
    let val = |lignes: &[saisie::LigneSaisie], rubrique: &str, libelle: &str| {
        lignes
            .iter()
            .find(|l| l.rubrique.starts_with(rubrique) && l.libelle == libelle)
            .unwrap_or_else(|| panic!("{rubrique} / {libelle}"))
            .valeur
            .clone()
    };
    let mut rubriques: Vec<&str> = q.iter().map(|l| l.rubrique.as_str()).collect();
    rubriques.dedup();
    assert_eq!(
        rubriques,
        [
            "Établissement",
            "Ateliers et heures (établissement)",
            "Atelier « Atelier du jeudi » (débutants)",
            "Atelier « Atelier du lundi » (débutants)",
            "Parents (établissement, chacun compté une fois)",
            "Nationalités (moins de 3 parents : « Autres nationalités »)",
            "Niveaux CECRL (par inscription) : oral / écrit",
            "Certifications : présentées / obtenues",
            "Progression du niveau CECRL, entrée → sortie (par inscription) : oral / écrit",
            "Orientés vers l'atelier par (par parent)",
            "Attentes à l'inscription (plusieurs réponses possibles)",
            "Orientation en fin d'atelier (par parent)",
            "Intervenants : personnes / heures de séances",
            "Bilan qualitatif"
        ]
    );
    assert_eq!(q[0].valeur, Texte("0751234X".into()));
    assert_eq!(val(&q, "Ateliers", "Heures réalisées"), Heures(540));
    // B1 (1 h 30 on langue + école) counts 45 min on each: 6 h + 1 h 30 + 45 min = 8,25 h.
    assert_eq!(val(&q, "Ateliers", "Heures réalisées — axe 1 : langue française"), Heures(495));
    assert_eq!(val(&q, "Ateliers", "Heures réalisées — axe 3 : valeurs de la République"), Heures(0));
    assert_eq!(val(&q, "Atelier « Atelier du lundi »", "Heures réalisées"), Heures(360));
    assert_eq!(val(&q, "Parents", "Parents inscrits sur l'année"), Nombre(7));
    assert_eq!(val(&q, "Parents", "Parents partis en cours d'année"), Nombre(1));
    assert_eq!(val(&q, "Parents", "Taux d'assiduité (heures suivies ÷ heures dispensées)"), Taux(Some(1590.0 / 2220.0)));
    assert_eq!(val(&q, "Nationalités", "Autres nationalités"), Nombre(2));
    assert_eq!(val(&q, "Bilan qualitatif", "Participation aux élections"), Texte("non renseigné".into()));
    assert_eq!(Heures(495).texte(), "8,25 h");

    let f = saisie::financiere(&b);
    // I1 (vacations): June 2 h + July 9 h = 11 h; I2 (invoice): B1 + B2 = 3 h.
    assert_eq!(val(&f, "Intervenants", "Heures payées en vacations"), Heures(660));
    assert_eq!(val(&f, "Intervenants", "Heures hors vacations (HSE, facture, non décidé)"), Heures(180));
    assert_eq!(val(&f, "Intervenants", "Taux horaire brut de vacation depuis le 01/07/2023"), Euros(2954));
    assert_eq!(val(&f, "Dépenses", "Vacations des intervenants (brut)"), Euros(32406));
    assert_eq!(val(&f, "Dépenses", "Garde d'enfants"), Euros(8000));
    assert_eq!(val(&f, "Dépenses", "Total des dépenses"), Euros(52456));
    assert_eq!(val(&f, "Financements reçus", "Rectorat — BOP 230 (versé le 10/05/2023)"), Euros(50000));
    assert_eq!(val(&f, "Financements reçus", "Total des financements reçus"), Euros(65025));
    assert_eq!(val(&f, "Équilibre", "Solde (financements − dépenses)"), Euros(12569));
    assert_eq!(Euros(52456).texte().replace('\u{202F}', " "), "524,56 €");

    // In the workbooks: the same lines, numbered, with real numbers.
    let cs = cellules(&bilan::xlsx(&b).unwrap());
    let ligne = cs.iter().find(|x| x.0 == "Fiche de saisie" && x.2 == 2 && x.3 == Data::String("Heures réalisées — axe 1 : langue française".into())).unwrap().1;
    assert_eq!(cellule(&cs, "Fiche de saisie", ligne, 3), Data::Float(8.25));
    let cf = cellules(&bilan::xlsx_financier(&b).unwrap());
    let ligne = cf.iter().find(|x| x.0 == "Fiche de saisie" && x.2 == 2 && x.3 == Data::String("Total des dépenses".into())).unwrap().1;
    assert_eq!(cellule(&cf, "Fiche de saisie", ligne, 3), Data::Float(524.56));
    assert_eq!(cellule(&cf, "Fiche de saisie", ligne, 0), Data::Float((f.iter().position(|l| l.libelle == "Total des dépenses").unwrap() + 1) as f64));

    // In the PDFs: the last page(s), headed with the survey it is for.
    let dossier = tempfile::tempdir().unwrap();
    let (pq, pf) = (dossier.path().join("q.pdf"), dossier.path().join("f.pdf"));
    std::fs::write(&pq, bilan::pdf(&y.db, &b, jour("2023-07-10")).unwrap()).unwrap();
    std::fs::write(&pf, bilan::pdf_financier(&y.db, &b, jour("2023-07-10")).unwrap()).unwrap();
    let (tq, tf) = (pdftotext(pq.to_str().unwrap()), pdftotext(pf.to_str().unwrap()));
    // After the signature block, on a page of its own (possibly more than one).
    let derniere = |t: &str| {
        let (_, apres) = t.rsplit_once("Fait à Paris").unwrap();
        let (signature, fiche) = apres.split_once('\u{c}').unwrap();
        assert!(!signature.contains("Fiche de saisie —"), "la fiche commence sur une nouvelle page");
        fiche.to_owned()
    };
    assert!(derniere(&tq).contains("Fiche de saisie — Enquête Orquestra de la DGESCO"), "{tq}");
    assert!(derniere(&tf).contains("Fiche de saisie — Enquête en ligne de la DAEPS"), "{tf}");
    let plat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(plat(&derniere(&tq)).contains("Heures réalisées — axe 1 : langue française 8,25 h"), "{tq}");
    assert!(plat(&derniere(&tf)).contains("Total des dépenses 524,56 €"), "{tf}");
    // Each headed with its own channel first, the other one named after.
    let debut = |t: &str| plat(t.split("1. ").next().unwrap());
    assert!(debut(&tq).contains("À transmettre — Bilan quantitatif et qualitatif : à saisir dans l'enquête Orquestra de la DGESCO"), "{tq}");
    assert!(debut(&tq).contains("bilan-financier-0751234X-2022-2023.pdf"), "{tq}");
    assert!(debut(&tf).contains("À transmettre — Bilan financier : à saisir dans l'enquête en ligne du service académique de la DAEPS"), "{tf}");
    for d in [debut(&tq), debut(&tf)] {
        assert!(d.contains("fin de l'année scolaire") && d.contains("conditionnent le financement"), "{d}");
    }
}

//! The parents' path (issue 14, item 3), computed by hand on a small year (rentrée 1 September
//! 2025), atelier A (from 01/10/2025) and atelier B (from 05/01/2026):
//!
//! - R1: referred by the OFII, expects « parler » and « aider mon enfant ». In A (oral A1 → A2:
//!   progress; written A1.1 → A1.1: stable), orientation ASL; enrolled in B later (no level),
//!   orientation « continue en OEPRE l'année prochaine ».
//! - R2: referred by the school / UPE2A, expects « lire et écrire », « école », « valeurs ». In A
//!   (oral B1 → A2: a step back; written A1 → not evaluated), orientation not decided.
//! - R3: nothing asked. In A, no level, orientation GRETA.
//! - R4: referred by the CASNAV, expects « aider mon enfant » with a free text naming her child;
//!   on A's waiting list only: counted nowhere.
//!
//! Atelier A (R1, R2, R3): referred OFII 1, école 1, not asked 1; expectations parler 1,
//! lire/écrire 1, école 1, valeurs 1, aider 1, none 1; orientation ASL 1, GRETA 1, undecided 1;
//! oral: progress 1, back 1, not evaluated 1; written: stable 1, not evaluated 2.
//! Atelier B (R1): OFII 1; parler 1, aider 1; OEPRE next year 1; oral and written not evaluated 1.
//! School (R1, R2, R3 once each): as A for referral and expectations; orientation of each
//! parent's latest enrolment that has one: OEPRE next year 1 (R1, from B), GRETA 1, undecided 1;
//! progress per enrolment (4): oral progress 1, back 1, not evaluated 2; written stable 1, not
//! evaluated 3.

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use oepre_core::sorties::bilan::{self, Bilan, Compte, LigneProgression};
use oepre_core::domaine::parcours_parent::{self, Attente, Evolution, Orientation, Prescripteur, SaisieAccueil};
use oepre_core::domaine::parent::{self, SaisieParent, Sexe};
use oepre_core::{Db, Erreur};
use rusqlite::params;

fn exec(db: &Db, sql: &str, p: impl rusqlite::Params) -> i64 {
    db.conn().execute(sql, p).unwrap();
    db.conn().last_insert_rowid()
}

const PRECISION: &str = "Pouvoir parler avec la maîtresse de Yasminetta";

struct Annee {
    db: Db,
    annee: i64,
    a: i64,
    b: i64,
    inscriptions: [i64; 5],
    parents: [i64; 4],
}

fn annee() -> Annee {
    let mut db = Db::en_memoire().unwrap();
    exec(
        &db,
        "INSERT INTO etablissement (id, nom, type, uai, commune, academie, zone, chef_nom, chef_titre)
         VALUES (1, 'École Lucie Aubrac', 'ecole', '0311234A', 'Toulouse', 'Toulouse', 'C', 'Irène Castagnol', 'directrice')",
        [],
    );
    let annee = exec(&db, "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1)", []);
    let atelier = |nom: &str, debut: &str| {
        exec(
            &db,
            "INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (?1, ?2, ?3, '2026-06-30', 7200)",
            params![annee, nom, debut],
        )
    };
    let (a, b) = (atelier("Atelier A", "2025-10-01"), atelier("Atelier B", "2026-01-05"));
    let mut parent = |nom: &str, prenom: &str| {
        parent::creer(&mut db, &SaisieParent { nom: nom.into(), prenom: prenom.into(), sexe: Some(Sexe::F), nationalite: "SY".into(), ..Default::default() }).unwrap().id
    };
    let parents = [parent("Zerbadjian", "Noushika"), parent("Ollavarrietta", "Kassandrine"), parent("Pimpernikova", "Yelizavetta"), parent("Quartermillon", "Soumayra")];
    let [r1, r2, r3, r4] = parents;
    let inscrire = |p: i64, atelier: i64, le: &str, statut: &str| {
        exec(&db, "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut) VALUES (?1, ?2, ?3, ?4)", params![p, atelier, le, statut])
    };
    let inscriptions = [
        inscrire(r1, a, "2025-10-01", "inscrit"),
        inscrire(r2, a, "2025-10-01", "inscrit"),
        inscrire(r3, a, "2025-10-01", "inscrit"),
        inscrire(r4, a, "2025-10-01", "attente"),
        inscrire(r1, b, "2026-01-05", "inscrit"),
    ];
    let [i1a, i2a, _, _, _] = inscriptions;
    exec(&db, "UPDATE inscription SET entree_oral = 'A1', sortie_oral = 'A2', entree_ecrit = 'A1.1', sortie_ecrit = 'A1.1' WHERE id = ?1", [i1a]);
    exec(&db, "UPDATE inscription SET entree_oral = 'B1', sortie_oral = 'A2', entree_ecrit = 'A1' WHERE id = ?1", [i2a]);
    let accueil = |db: &mut Db, p: i64, prescripteur: Option<Prescripteur>, attentes: &[Attente], precision: &str| {
        parcours_parent::enregistrer_accueil(db, p, &SaisieAccueil { prescripteur, attentes: attentes.to_vec(), attentes_precision: precision.into() }).unwrap();
    };
    accueil(&mut db, r1, Some(Prescripteur::Ofii), &[Attente::AiderEnfant, Attente::Parler], "");
    accueil(&mut db, r2, Some(Prescripteur::EcoleUpe2a), &[Attente::LireEcrire, Attente::Ecole, Attente::Valeurs], "");
    accueil(&mut db, r4, Some(Prescripteur::Casnav), &[Attente::AiderEnfant], PRECISION);
    for (i, o) in [(i1a, Orientation::Asl), (inscriptions[2], Orientation::Greta), (inscriptions[4], Orientation::OepreAnneeSuivante)] {
        parcours_parent::enregistrer_orientation(&mut db, i, Some(o)).unwrap();
    }
    Annee { db, annee, a, b, inscriptions, parents }
}

fn calcule() -> (Annee, Bilan) {
    let y = annee();
    let b = bilan::calculer_au(&y.db, y.annee, NaiveDate::from_ymd_opt(2026, 7, 3).unwrap()).unwrap();
    (y, b)
}

/// `(code, nombre)` of the non-zero counts.
fn non_nuls(v: &Option<Vec<Compte>>) -> Vec<(String, i64)> {
    v.as_ref().expect("compté").iter().filter(|c| c.nombre > 0).map(|c| (c.code.clone(), c.nombre)).collect()
}

fn paires(v: &[(&str, i64)]) -> Vec<(String, i64)> {
    v.iter().map(|(c, n)| ((*c).to_owned(), *n)).collect()
}

/// `[progres, stable, recul, non_evalue]` of oral and written.
fn progression(v: &Option<Vec<LigneProgression>>) -> [[i64; 4]; 2] {
    let v = v.as_ref().expect("compté");
    assert_eq!(v.iter().map(|l| l.competence.as_str()).collect::<Vec<_>>(), ["oral", "ecrit"]);
    [0, 1].map(|k| [v[k].progres, v[k].stable, v[k].recul, v[k].non_evalue])
}

#[test]
fn parcours_lu_pour_la_fiche() {
    let y = annee();
    let [r1, r2, _, r4] = y.parents;
    let p = parcours_parent::lire(y.db.conn(), r1).unwrap();
    assert_eq!(p.prescripteur, Some(Prescripteur::Ofii));
    assert_eq!(p.attentes, [Attente::Parler, Attente::AiderEnfant], "dans l'ordre de la liste, pas de la saisie");
    assert_eq!(p.inscriptions.iter().map(|s| s.atelier_nom.as_str()).collect::<Vec<_>>(), ["Atelier B", "Atelier A"], "la plus récente d'abord");
    let a = &p.inscriptions[1];
    assert_eq!((a.evolution_oral, a.evolution_ecrit), (Some(Evolution::Progres), Some(Evolution::Stable)));
    assert_eq!((a.progression_oral.as_str(), a.progression_ecrit.as_str()), ("A1 → A2 (en progrès)", "A1.1 → A1.1 (niveau stable)"));
    assert_eq!(a.orientation, Some(Orientation::Asl));
    assert_eq!(p.inscriptions[0].progression_oral, "non évalué");
    let p = parcours_parent::lire(y.db.conn(), r2).unwrap();
    assert_eq!((p.inscriptions[0].evolution_oral, p.inscriptions[0].progression_ecrit.as_str()), (Some(Evolution::Recul), "A1 → ?"));
    assert_eq!(parcours_parent::lire(y.db.conn(), r4).unwrap().attentes_precision, PRECISION);
}

#[test]
fn saisies_refusees_et_orientation_effacee() {
    let mut y = annee();
    let [r1, ..] = y.parents;
    let long = "x".repeat(501);
    let e = parcours_parent::enregistrer_accueil(&mut y.db, r1, &SaisieAccueil { attentes_precision: long, ..Default::default() }).unwrap_err();
    assert!(matches!(&e, Erreur::Validation(v) if v[0].champ == "attentes_precision" && v[0].message.contains("500 caractères")), "{e:?}");
    assert_eq!(parcours_parent::lire(y.db.conn(), r1).unwrap().prescripteur, Some(Prescripteur::Ofii), "rien n'a changé");
    let e = parcours_parent::enregistrer_orientation(&mut y.db, 9999, Some(Orientation::Asl)).unwrap_err();
    assert!(e.to_string().contains("L'inscription n° 9999 n'existe pas"), "{e}");
    let p = parcours_parent::enregistrer_orientation(&mut y.db, y.inscriptions[0], None).unwrap();
    assert_eq!(p.inscriptions[1].orientation, None);
    // The file itself refuses an unknown code.
    assert!(y.db.conn().execute("UPDATE inscription SET orientation = 'loto' WHERE id = ?1", [y.inscriptions[0]]).is_err());
    assert!(y.db.conn().execute("INSERT INTO parent_attente (parent_id, attente) VALUES (?1, 'loto')", [r1]).is_err());
}

#[test]
fn comptes_du_bilan_calcules_a_la_main() {
    let (y, b) = calcule();
    let atelier = |id: i64| &b.ateliers.iter().find(|a| a.id == id).unwrap().chiffres.parents;
    let (a, bb, e) = (atelier(y.a), atelier(y.b), &b.ecole.parents);
    assert_eq!(non_nuls(&a.prescripteurs), paires(&[("ofii", 1), ("ecole_upe2a", 1), ("non_renseigne", 1)]));
    assert_eq!(a.prescripteurs.as_ref().unwrap().len(), Prescripteur::TOUS.len() + 1, "chaque choix, zéro compris");
    assert_eq!(non_nuls(&a.attentes), paires(&[("parler", 1), ("lire_ecrire", 1), ("ecole", 1), ("valeurs", 1), ("aider_enfant", 1), ("non_renseigne", 1)]));
    assert_eq!(non_nuls(&a.orientations), paires(&[("asl", 1), ("greta", 1), ("non_renseigne", 1)]));
    assert_eq!(progression(&a.progression), [[1, 0, 1, 1], [0, 1, 0, 2]]);
    assert_eq!(non_nuls(&bb.prescripteurs), paires(&[("ofii", 1)]));
    assert_eq!(non_nuls(&bb.attentes), paires(&[("parler", 1), ("aider_enfant", 1)]));
    assert_eq!(non_nuls(&bb.orientations), paires(&[("oepre_annee_suivante", 1)]));
    assert_eq!(progression(&bb.progression), [[0, 0, 0, 1], [0, 0, 0, 1]]);
    // The school: R1 once, with the orientation of her latest enrolment (B).
    assert_eq!(e.inscrits, 3);
    assert_eq!(non_nuls(&e.prescripteurs), paires(&[("ofii", 1), ("ecole_upe2a", 1), ("non_renseigne", 1)]));
    assert_eq!(non_nuls(&e.attentes), paires(&[("parler", 1), ("lire_ecrire", 1), ("ecole", 1), ("valeurs", 1), ("aider_enfant", 1), ("non_renseigne", 1)]));
    assert_eq!(non_nuls(&e.orientations), paires(&[("greta", 1), ("oepre_annee_suivante", 1), ("non_renseigne", 1)]));
    assert_eq!(progression(&e.progression), [[1, 0, 1, 2], [0, 1, 0, 3]]);
    // The JSON keeps them; a file exported before they were counted reads « not counted ».
    let lu = bilan::lire_json(&bilan::json(&b)).unwrap();
    assert_eq!(lu.ecole.parents.orientations, e.orientations);
    let mut ancien: serde_json::Value = serde_json::from_str(&bilan::json(&b)).unwrap();
    for cle in ["prescripteurs", "attentes", "orientations", "progression"] {
        ancien["ecole"]["parents"].as_object_mut().unwrap().remove(cle);
    }
    let ancien = bilan::lire_json(&ancien.to_string()).unwrap();
    assert_eq!((ancien.ecole.parents.prescripteurs, ancien.ecole.parents.progression), (None, None));
}

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

/// The value right of the first cell of `feuille` reading `libelle` (column `col` after it).
fn a_droite(cs: &[(String, u32, u32, Data)], feuille: &str, libelle: &str, col: u32) -> Data {
    let (l, c) = cs.iter().find(|x| x.0 == feuille && x.3 == Data::String(libelle.into())).map(|x| (x.1, x.2)).unwrap_or_else(|| panic!("{feuille} : {libelle}"));
    cs.iter().find(|x| x.0 == feuille && x.1 == l && x.2 == c + col).map_or(Data::Empty, |x| x.3.clone())
}

fn pdftotext(octets: &[u8]) -> String {
    let dossier = tempfile::tempdir().unwrap();
    let chemin = dossier.path().join("b.pdf");
    std::fs::write(&chemin, octets).unwrap();
    let out = std::process::Command::new("pdftotext").args([chemin.to_str().unwrap(), "-"]).output().expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).replace(['\u{2068}', '\u{2069}'], "").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn comptes_dans_les_fichiers_et_aucun_nom() {
    let (y, b) = calcule();
    let cs = cellules(&bilan::xlsx(&b).unwrap());
    // Parents sheet: the school first, then the ateliers by name (A, B).
    assert_eq!(a_droite(&cs, "Parents", "Continue en OEPRE l'année prochaine", 1), Data::Float(1.0));
    assert_eq!(a_droite(&cs, "Parents", "Continue en OEPRE l'année prochaine", 2), Data::Float(0.0), "atelier A");
    assert_eq!(a_droite(&cs, "Parents", "Atelier sociolinguistique (ASL)", 2), Data::Float(1.0), "atelier A");
    assert_eq!(a_droite(&cs, "Parents", "Oral : en progrès", 1), Data::Float(1.0));
    assert_eq!(a_droite(&cs, "Parents", "Écrit : entrée ou sortie non évaluée", 1), Data::Float(3.0));
    // The fiche de saisie lists them too.
    let fiche: Vec<String> = cs.iter().filter(|x| x.0 == "Fiche de saisie" && x.2 == 1).map(|x| x.3.to_string()).collect();
    for r in ["Orientés vers l'atelier par (par parent)", "Attentes à l'inscription (plusieurs réponses possibles)", "Orientation en fin d'atelier (par parent)"] {
        assert!(fiche.iter().any(|f| f == r), "{r} absent de la fiche de saisie");
    }
    let t = pdftotext(&bilan::pdf(&y.db, &b, NaiveDate::from_ymd_opt(2026, 7, 3).unwrap()).unwrap());
    for attendu in ["Qui a orienté les parents vers l'atelier", "Attentes des parents à l'inscription", "Orientation en fin d'atelier", "Oral 1 0 1 2", "Écrit 0 1 0 3"] {
        assert!(t.contains(attendu), "« {attendu} » absent du PDF :\n{t}");
    }
    // Never a name, never the free text.
    let j = bilan::json(&b);
    let textes: Vec<String> = cs.iter().map(|x| x.3.to_string()).chain(cellules(&bilan::xlsx_financier(&b).unwrap()).iter().map(|x| x.3.to_string())).collect();
    let pdf_fin = pdftotext(&bilan::pdf_financier(&y.db, &b, NaiveDate::from_ymd_opt(2026, 7, 3).unwrap()).unwrap());
    let mut stmt = y.db.conn().prepare("SELECT nom, prenom FROM parent").unwrap();
    let mut interdits: Vec<String> = stmt.query_map([], |r| Ok([r.get::<_, String>(0)?, r.get(1)?])).unwrap().flat_map(|r| r.unwrap()).collect();
    interdits.extend(["Yasminetta".to_owned(), PRECISION.to_owned()]);
    for x in &interdits {
        assert!(!j.contains(x.as_str()), "« {x} » dans le JSON");
        assert!(!t.contains(x.as_str()) && !pdf_fin.contains(x.as_str()), "« {x} » dans un PDF");
        assert!(!textes.iter().any(|c| c.contains(x.as_str())), "« {x} » dans un XLSX");
    }
}

#[test]
fn fusion_de_trois_ecoles_egale_la_somme() {
    let (_, b) = calcule();
    let mut b2 = b.clone();
    b2.etablissement.uai = "0311235B".into();
    let mut b3 = b.clone();
    b3.etablissement.uai = "0311236C".into();
    let mut ancien = b.clone();
    ancien.etablissement.uai = "0311237D".into();
    ancien.ecole.parents.prescripteurs = None;
    ancien.ecole.parents.attentes = None;
    ancien.ecole.parents.orientations = None;
    ancien.ecole.parents.progression = None;
    let f = bilan::fusionner(&[b.clone(), b2, b3, ancien]).unwrap();
    let compte = |v: &[Compte], code: &str| v.iter().find(|c| c.code == code).map_or(0, |c| c.nombre);
    let e = &b.ecole.parents;
    for (liste, ecole) in [(&f.total.prescripteurs, &e.prescripteurs), (&f.total.attentes, &e.attentes), (&f.total.orientations, &e.orientations)] {
        for c in ecole.as_ref().unwrap() {
            assert_eq!(compte(liste, &c.code), 3 * c.nombre, "{}", c.code);
        }
    }
    assert_eq!(compte(&f.total.orientations, "oepre_annee_suivante"), 3);
    let oral = f.total.progression.iter().find(|l| l.competence == "oral").unwrap();
    assert_eq!([oral.progres, oral.stable, oral.recul, oral.non_evalue], [3, 0, 3, 6]);
    assert_eq!(f.total.bilans_sans_parcours, 1, "l'ancien fichier ne compte pas le parcours");
    // The workbook's sheet: the académie, then one column per school, « — » for the old file.
    let cs = cellules(&bilan::fusion_xlsx(&f).unwrap());
    assert_eq!(a_droite(&cs, "Parcours des parents", "OFII", 1), Data::Float(3.0));
    assert_eq!(a_droite(&cs, "Parcours des parents", "OFII", 2), Data::Float(1.0));
    assert_eq!(a_droite(&cs, "Parcours des parents", "OFII", 5), Data::String("—".into()));
    assert_eq!(a_droite(&cs, "Parcours des parents", "Oral : en recul", 1), Data::Float(3.0));
    assert!(cs.iter().any(|x| x.0 == "Parcours des parents" && x.3.to_string().starts_with("1 bilan(s) exporté(s) par une version antérieure")));
}

#[test]
fn anonymisation_efface_le_texte_libre_et_garde_les_comptes() {
    let mut y = annee();
    let r4 = y.parents[3];
    oepre_core::domaine::acces::effacer(&mut y.db, r4, "test").unwrap();
    let p = parcours_parent::lire(y.db.conn(), r4).unwrap();
    assert_eq!(p.attentes_precision, "", "le texte libre est effacé");
    assert_eq!((p.prescripteur, p.attentes), (Some(Prescripteur::Casnav), vec![Attente::AiderEnfant]), "les cases cochées restent comptées");
    let e = parcours_parent::enregistrer_accueil(&mut y.db, r4, &SaisieAccueil::default()).unwrap_err();
    assert!(e.to_string().contains("anonymisé"), "{e}");
}

//! Demo data of the parents feature (called by [`crate::demo::ecole::charger`] after the ateliers
//! and séances): 30 parents whose names are written in Latin, Arabic, Tamil, Chinese,
//! Cyrillic, Bengali and Ethiopic (Tigrinya) scripts with their transliterations; enrolments
//! in the current year's ateliers (two mid-year, one on the waiting list); attendance on every
//! séance before [`DATE_DEMO`] with realistic absences, lateness and excuses; two departures
//! (one in March for work, one in December after a move); the roll calls before February
//! validated; the last séance of the second atelier left without roll call.
//!
//! Deterministic: no clock, no randomness — the same base on every PC.

use chrono::NaiveDate;
use rusqlite::params;

use crate::domaine::inscription::{self, MotifDepart, StatutInscription};
use crate::domaine::parcours_parent::{Attente, Prescripteur};
use crate::domaine::parent::{self, Enfant, LangueParlee, SaisieParent, Sexe};
use crate::domaine::presence::StatutPresence;
use crate::{Db, Resultat};

/// The demo's « today »: marks are written on séances before this date.
pub const DATE_DEMO: &str = "2026-03-15";

type Fiche = (&'static str, &'static str, &'static str, Sexe, i32, &'static str, &'static [&'static str], i32, bool, bool);

const FICHES: [Fiche; 30] = {
    use Sexe::{F, M};
    [
        ("Haddad", "Samira", "", F, 1986, "DZ", &["ar", "kab"], 2021, true, false),
        ("Benali", "Karim", "", M, 1979, "MA", &["ar", "ber"], 2019, false, false),
        ("Diallo", "Aminata", "", F, 1990, "GN", &["ff", "fr"], 2023, true, true),
        ("Traoré", "Moussa", "", M, 1984, "ML", &["bm"], 2022, true, false),
        ("Koné", "Awa", "", F, 1992, "CI", &["dyu", "fr"], 2020, false, false),
        ("Sylla", "Fatoumata", "", F, 1988, "SN", &["wo", "ff"], 2024, true, false),
        ("Kaya", "Elif", "", F, 1987, "TR", &["tr", "ku"], 2021, true, false),
        ("Popescu", "Ioana", "", F, 1985, "RO", &["ro"], 2023, false, false),
        ("Hoxha", "Arta", "", F, 1991, "AL", &["sq"], 2022, true, false),
        ("Nguyễn", "Thị Lan", "", F, 1989, "VN", &["vi"], 2022, true, false),
        ("Da Silva", "Maria", "", F, 1983, "BR", &["pt"], 2024, false, false),
        ("Gómez", "Lucía", "", F, 1990, "CO", &["es"], 2023, true, false),
        ("العلي", "محمد", "Al-Ali Mohammed", M, 1980, "SY", &["ar"], 2022, true, true),
        ("حسن", "فاطمة", "Hassan Fatima", F, 1988, "SD", &["ar"], 2024, true, true),
        ("عبد الله", "أمينة", "Abdallah Amina", F, 1993, "EG", &["ar"], 2023, false, false),
        ("احمدی", "زهرا", "Ahmadi Zahra", F, 1995, "AF", &["prs"], 2023, true, true),
        ("شینواری", "گل احمد", "Shinwari Gul Ahmad", M, 1985, "AF", &["ps", "prs"], 2024, true, true),
        ("இராமநாதன்", "கவிதா", "Ramanathan Kavitha", F, 1988, "LK", &["ta", "en"], 2020, false, false),
        ("சிவகுமார்", "செல்வி", "Sivakumar Selvi", F, 1984, "LK", &["ta"], 2022, true, false),
        ("王", "芳", "Wang Fang", F, 1990, "CN", &["zh"], 2021, true, false),
        ("陈", "伟", "Chen Wei", M, 1986, "CN", &["zh", "wuu"], 2023, true, false),
        ("李", "娜", "Li Na", F, 1992, "CN", &["zh"], 2024, false, false),
        ("Шевченко", "Олена", "Shevchenko Olena", F, 1987, "UA", &["uk", "ru"], 2022, false, true),
        ("Коваленко", "Ірина", "Kovalenko Iryna", F, 1983, "UA", &["uk"], 2022, false, true),
        ("Петрова", "Анна", "Petrova Anna", F, 1991, "RU", &["ru"], 2021, true, false),
        ("বেগম", "ফাতেমা", "Begum Fatema", F, 1989, "BD", &["bn"], 2023, true, false),
        ("রহমান", "মিজানুর", "Rahman Mizanur", M, 1982, "BD", &["bn", "en"], 2020, true, false),
        ("ተስፋይ", "ሰላም", "Tesfay Selam", F, 1994, "ER", &["ti"], 2023, true, true),
        ("ገብረሚካኤል", "ሃይለ", "Gebremichael Haile", M, 1990, "ER", &["ti", "am"], 2024, true, true),
        ("خان", "عائشہ", "Khan Ayesha", F, 1993, "PK", &["ur", "pa"], 2022, false, false),
    ]
};

const PRENOMS_ENFANTS: [&str; 12] = ["Yasmine", "Adam", "Lina", "Ibrahim", "Sara", "Moussa", "Inès", "Omar", "Maya", "Ilyes", "Nour", "Léo"];
const CLASSES: [&str; 8] = ["CP", "CE1", "CE2", "CM1", "CM2", "6e A", "5e B", "UPE2A"];

fn jour(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
}

/// A fixed pseudo-random number 0–99 for (parent, séance).
fn de(i: usize, seance: i64) -> u64 {
    let mut x = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (seance as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    (x ^ (x >> 29)) % 100
}

/// Writes the demo parents, enrolments and attendance (one transaction).
pub fn charger(db: &mut Db) -> Resultat<()> {
    let fiches: Vec<parent::Parent> = FICHES
        .iter()
        .enumerate()
        .map(|(i, &(nom, prenom, translitteration, sexe, naissance, pays, langues, arrivee, cir, protection))| {
            let enfants = (0..1 + i % 2)
                .map(|k| Enfant { prenom: PRENOMS_ENFANTS[(i + 5 * k) % 12].into(), classe: CLASSES[(i + 3 * k) % 8].into(), ecole: String::new() })
                .collect();
            parent::valider(&SaisieParent {
                nom: nom.into(),
                prenom: prenom.into(),
                translitteration: translitteration.into(),
                sexe: Some(sexe),
                annee_naissance: Some(naissance),
                nationalite: pays.into(),
                pays_origine: pays.into(),
                langues: langues.iter().enumerate().map(|(k, l)| LangueParlee { langue: (*l).into(), lue: i % 3 != 0 || k > 0, ecrite: i % 3 == 1 }).collect(),
                annee_arrivee: Some(arrivee),
                // Half the demo parents give the month of arrival, the others the year only.
                mois_arrivee: (i % 2 == 0 && arrivee < 2025).then_some((i * 7 % 12) as u32 + 1),
                cir,
                cir_annee: cir.then_some((arrivee + 1).min(2025)),
                protection_internationale: protection,
                telephone: if i % 4 == 3 { String::new() } else { format!("06 {:02} {:02} {:02} {:02}", 10 + i, 20 + i, 30 + i, 40 + i) },
                telephone_consentement: i % 4 != 3,
                enfants,
                disponibilites: ["matin", "après-midi", "mardi et jeudi", "tous les jours sauf mercredi"][i % 4].into(),
                notes: String::new(),
            })
        })
        .collect::<Resultat<_>>()?;
    let ateliers: Vec<(i64, NaiveDate)> = db
        .conn()
        .prepare("SELECT a.id, a.premier_jour FROM atelier a JOIN annee_scolaire y ON y.id = a.annee_id WHERE y.courante = 1 ORDER BY a.id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let fin = jour(DATE_DEMO);
    db.transaction(|tx| {
        let mut inscriptions = Vec::new();
        for (i, p) in fiches.iter().enumerate() {
            let id = parent::ecrire(tx, p)?;
            // The parents' path: who referred them and what they expect (two in ten not asked yet).
            if i % 10 < 8 {
                tx.execute("UPDATE parent SET prescripteur = ?2 WHERE id = ?1", params![id, Prescripteur::TOUS[i % Prescripteur::TOUS.len()].code()])?;
                for (_, a) in Attente::TOUS.iter().enumerate().filter(|(k, _)| (i + k) % 3 != 1) {
                    tx.execute("INSERT INTO parent_attente (parent_id, attente) VALUES (?1, ?2)", params![id, a.code()])?;
                }
            }
            let Some(&(atelier, premier_jour)) = ateliers.get(if i < 17 { 0 } else { 1 }).or(ateliers.first()) else { continue };
            let inscrit_le = match i {
                10 => jour("2025-11-17"),
                24 => jour("2026-01-06"),
                _ => premier_jour,
            };
            let statut = if i == 29 { StatutInscription::Attente } else { StatutInscription::Inscrit };
            let ins = inscription::inserer(tx, id, atelier, inscrit_le, statut)?;
            let depart = match i {
                5 => Some((jour("2026-03-10"), MotifDepart::Travail)),
                20 => Some((jour("2025-12-19"), MotifDepart::Demenagement)),
                _ => None,
            };
            if let Some((le, motif)) = depart {
                tx.execute("UPDATE inscription SET statut = 'parti', parti_le = ?2, motif_depart = ?3 WHERE id = ?1", params![ins, le, motif.code()])?;
            }
            let (oral, ecrit) = [("A1.1", "A1.1"), ("A1", "A1.1"), ("A2", "A1"), ("A1", "A1")][i % 4];
            let alpha = i >= 17;
            tx.execute(
                "UPDATE inscription SET reinscription = ?2, entree_oral = ?3, entree_ecrit = ?4, alphabetise = ?5, parcours = ?6 WHERE id = ?1",
                params![ins, i % 7 == 0, oral, if alpha { None } else { Some(ecrit) }, !alpha || i % 2 == 0, if alpha { "alpha" } else { "fle" }],
            )?;
            if i % 9 == 2 {
                tx.execute("INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, 'DELF A1', NULL)", [ins])?;
            }
            if statut == StatutInscription::Inscrit {
                inscriptions.push((i, ins, atelier, inscrit_le, depart.map(|d| d.0)));
            }
        }
        // Attendance on the séances before the demo's « today ».
        let mut marques = Vec::new();
        for (rang, &(atelier, _)) in ateliers.iter().enumerate() {
            let seances: Vec<(i64, NaiveDate, i64)> = tx
                .prepare(&format!(
                    "SELECT s.id, s.date, {} FROM seance s WHERE s.atelier_id = ?1 AND s.annulee = 0 AND s.date < ?2 ORDER BY s.date",
                    crate::domaine::heures::DUREE_SQL
                ))?
                .query_map(params![atelier, fin], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            // The second atelier's last séance: roll call not taken yet.
            let seances = if rang == 1 && seances.len() > 1 {
                &seances[..seances.len() - 1]
            } else {
                &seances[..]
            };
            for &(i, ins, a, inscrit_le, parti_le) in &inscriptions {
                for &(s, date, duree) in seances.iter().filter(|_| a == atelier) {
                    if date < inscrit_le || parti_le.is_some_and(|p| date > p) {
                        continue;
                    }
                    let absences = if i == 5 && date >= jour("2026-02-01") { 45 } else { [4, 8, 14, 22][i % 4] };
                    let r = de(i, s);
                    let (statut, minutes) = match r {
                        r if r < absences && r % 3 == 0 => (StatutPresence::Excuse, 0),
                        r if r < absences => (StatutPresence::Absent, 0),
                        r if r < absences + 7 => (StatutPresence::Retard, (5 + r * 7 % 26) as i64 % duree.max(1)),
                        _ => (StatutPresence::Present, 0),
                    };
                    let statut = if statut == StatutPresence::Retard && minutes == 0 { StatutPresence::Present } else { statut };
                    marques.push((s, ins, statut, minutes));
                }
            }
        }
        crate::domaine::presence::ecrire_marques(tx, &marques)?;
        // Roll calls before February validated by the séance's intervenant.
        tx.execute(
            "INSERT INTO appel_valide (seance_id, valide_le, valide_par)
             SELECT s.id, s.date || 'T' || substr(s.fin, 1, 5) || ':00',
                    COALESCE((SELECT i.prenom || ' ' || i.nom FROM seance_intervenant si JOIN intervenant i ON i.id = si.intervenant_id
                              WHERE si.seance_id = s.id ORDER BY i.id LIMIT 1), 'Intervenant')
             FROM seance s WHERE s.date < '2026-02-01' AND EXISTS (SELECT 1 FROM presence p WHERE p.seance_id = s.id)",
            [],
        )?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domaine::heures::{self, Portee};

    #[test]
    fn la_demo_a_trente_parents_une_annee_d_appels_et_deux_departs() {
        let mut db = Db::en_memoire().unwrap();
        crate::demo::ecole::charger(&mut db).unwrap();
        let c = db.conn();
        let n = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(n("SELECT count(*) FROM parent"), 30);
        assert_eq!(n("SELECT count(*) FROM inscription"), 30);
        assert_eq!(n("SELECT count(*) FROM inscription WHERE statut = 'parti'"), 2);
        assert_eq!(n("SELECT count(*) FROM inscription WHERE statut = 'parti' AND motif_depart = 'travail' AND parti_le LIKE '2026-03-%'"), 1);
        assert!(n("SELECT count(*) FROM presence") > 800, "une année d'appels");
        assert!(n("SELECT count(*) FROM presence WHERE statut = 'absent'") > 30);
        assert!(n("SELECT count(*) FROM presence WHERE statut = 'retard'") > 10);
        assert_eq!(n("SELECT count(*) FROM presence p JOIN seance s ON s.id = p.seance_id WHERE s.date >= '2026-03-15'"), 0);
        let h = heures::par_inscription(c, &Portee::Tout).unwrap();
        let taux: Vec<f64> = h.values().filter_map(|h| h.taux).collect();
        assert_eq!(taux.len(), 29, "tous sauf la liste d'attente");
        assert!(taux.iter().all(|t| (0.5..=1.0).contains(t)), "{taux:?}");
        let sans_appel = crate::domaine::presence::appels_non_faits(c, None, jour(DATE_DEMO)).unwrap();
        assert_eq!(sans_appel.len(), 1, "la dernière séance de l'atelier alpha");
        let trouves = crate::domaine::vues_parents::chercher(c, &crate::domaine::vues_parents::FiltreParents { texte: "kavitha".into(), atelier_id: None }).unwrap();
        assert_eq!(trouves[0].nom, "இராமநாதன்");
    }
}

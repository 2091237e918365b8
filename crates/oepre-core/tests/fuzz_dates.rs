//! Properties of the date, time, year-label and planned-hours readers (forms and CLI): any text
//! gives a value or a French error, never a panic; what is formatted reads back the same; a
//! refused form writes nothing. The long random runs are `make fuzz` (see `docs/fuzzing.md`).

mod commun;
use commun::{base, nombre};

use chrono::{NaiveDate, NaiveTime, Timelike};
use oepre_core::domaine::annee::{self, SaisieAnnee};
use oepre_core::domaine::atelier::{self, SaisieAtelier, SaisieCreneau};
use oepre_core::commun::calendrier::{parse_heure, ErreurCreneau};
use oepre_core::domaine::seance::{self, Axes, SaisieSeance};
use oepre_core::commun::texte::{date_fr, lire_date};
use oepre_core::CodeErreur;
use proptest::prelude::*;

fn config(cas: u32) -> ProptestConfig {
    ProptestConfig { cases: cas, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(0x4F45_5052), ..ProptestConfig::default() }
}

/// What people type, nearly right or plainly wrong: digits, separators, letters, spaces,
/// full-width and Arabic-Indic digits.
fn saisie() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9/:hH .,+-]{0,14}",
        "[ ]?[0-9]{1,3}[/-][0-9]{1,3}[/-][0-9]{1,6}[ ]?",
        "[0-9]{1,3}[:hH ]{1,3}[0-9]{0,3}",
        "[0-9０-９٠-٩]{1,2}[:h][0-9０-９٠-٩]{2}",
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1..=9999_i32, 1..=366_u32).prop_map(|(a, j)| NaiveDate::from_yo_opt(a, j).or_else(|| NaiveDate::from_yo_opt(a, 365)).unwrap())
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn une_date_ecrite_se_relit(d in date(), blancs in "[ \t]{0,2}") {
        prop_assert_eq!(lire_date(&format!("{blancs}{}{blancs}", date_fr(d))), Some(d));
        prop_assert_eq!(lire_date(&d.format("%Y-%m-%d").to_string()), Some(d));
    }

    #[test]
    fn toute_saisie_donne_une_date_qui_se_relit_ou_rien(s in saisie()) {
        if let Some(d) = lire_date(&s) {
            prop_assert_eq!(lire_date(&date_fr(d)), Some(d), "« {} » lu comme {}", s, d);
        }
    }

    #[test]
    fn toute_saisie_donne_une_heure_ou_un_message(s in saisie()) {
        match parse_heure(&s) {
            Ok(h) => {
                prop_assert_eq!(h.second(), 0);
                prop_assert_eq!(parse_heure(&h.format("%H:%M").to_string()).ok(), Some(h));
            }
            Err(ErreurCreneau::HeureVide) => prop_assert!(s.trim().is_empty(), "« {} » n'est pas vide", s),
            Err(e) => {
                let m = e.to_string();
                prop_assert!(m.contains("heure") || m.contains("Heure") || m.contains("minutes"), "message : {}", m);
            }
        }
    }

    #[test]
    fn une_heure_s_ecrit_de_toutes_les_facons_connues(h in 0..24_u32, m in 0..60_u32) {
        let t = NaiveTime::from_hms_opt(h, m, 0).unwrap();
        for ecrite in [format!("{h:02}:{m:02}"), format!("{h}:{m:02}"), format!("{h}h{m:02}"), format!("{h} h {m:02}"), format!("{h}H{m:02}")] {
            prop_assert_eq!(parse_heure(&ecrite).ok(), Some(t), "« {} »", ecrite);
        }
        if m == 0 {
            prop_assert_eq!(parse_heure(&format!("{h}h")).ok(), Some(t));
        }
    }
}

proptest! {
    #![proptest_config(config(500))]

    #[test]
    fn toute_annee_scolaire_saisie_est_acceptee_ou_refusee_en_francais(l in saisie(), p in saisie(), d in saisie()) {
        match annee::valider(&SaisieAnnee { libelle: l, premier_jour: p, dernier_jour: d }) {
            Ok((libelle, p, d)) => prop_assert!(libelle.len() == 9 && p < d),
            Err(e) => {
                prop_assert_eq!(e.code(), CodeErreur::Validation);
                prop_assert!(!e.champs().is_empty() && e.champs().iter().all(|c| !c.message.is_empty()));
            }
        }
    }

    #[test]
    fn une_annee_scolaire_bien_ecrite_se_relit(a in 2000..2099_i32, p in 0..120_u64, d in 0..180_u64, sep in "[-/–]") {
        let premier = NaiveDate::from_ymd_opt(a, 8, 20).unwrap() + chrono::Days::new(p);
        let dernier = NaiveDate::from_ymd_opt(a + 1, 1, 1).unwrap() + chrono::Days::new(d);
        let s = SaisieAnnee { libelle: format!("{a}{sep}{}", a + 1), premier_jour: date_fr(premier), dernier_jour: premier_jour_iso(dernier) };
        prop_assert_eq!(annee::valider(&s).unwrap(), (format!("{a}-{}", a + 1), premier, dernier));
    }
}

fn premier_jour_iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

proptest! {
    #![proptest_config(config(200))]

    /// Through the whole stack (rules, SQLite, reading back): a refused séance writes nothing,
    /// an accepted one holds exactly the date and times typed.
    #[test]
    fn une_seance_saisie_est_refusee_sans_rien_ecrire_ou_relue_telle_quelle(
        date in prop_oneof![saisie(), date().prop_map(date_fr)],
        debut in prop_oneof![saisie(), (0..24_u32, 0..60_u32).prop_map(|(h, m)| format!("{h}h{m:02}"))],
        fin in prop_oneof![saisie(), (0..24_u32, 0..60_u32).prop_map(|(h, m)| format!("{h}:{m:02}"))],
    ) {
        let (mut db, atelier) = base();
        let s = SaisieSeance { date: date.clone(), debut: debut.clone(), fin: fin.clone(), axes: Axes { langue: true, ecole: false, valeurs: false }, ..Default::default() };
        match seance::ajouter(&mut db, atelier, &s) {
            Ok(se) => {
                prop_assert_eq!(Some(se.date), lire_date(&date));
                prop_assert_eq!(Some(se.debut), parse_heure(&debut).ok());
                prop_assert_eq!(Some(se.fin), parse_heure(&fin).ok());
                prop_assert!(se.debut < se.fin);
            }
            Err(e) => {
                prop_assert_eq!(e.code(), CodeErreur::Validation);
                prop_assert!(e.champs().iter().all(|c| ["date", "debut", "fin"].contains(&c.champ.as_str()) && !c.message.is_empty()), "{:?}", e);
                prop_assert_eq!(nombre(&db, "seance"), 0);
            }
        }
    }

    #[test]
    fn des_heures_prevues_saisies_sont_lues_ou_refusees_sans_rien_ecrire(
        heures in prop_oneof![saisie(), (0..1000_u32, 0..60_u32).prop_map(|(h, m)| format!("{h}h{m:02}"))],
    ) {
        let (mut db, _) = base();
        let s = SaisieAtelier {
            nom: "Jeudi".into(),
            premier_jour: "06/10/2025".into(),
            dernier_jour: "2026-06-25".into(),
            heures_prevues: heures.clone(),
            creneaux: vec![SaisieCreneau { jour: 4, debut: "14:00".into(), fin: "16h".into(), ..Default::default() }],
            ..Default::default()
        };
        match atelier::creer(&mut db, &s) {
            Ok(a) => {
                if let Some((h, m)) = heures.split_once('h').and_then(|(h, m)| Some((h.parse::<i64>().ok()?, m.parse::<i64>().ok()?))) {
                    prop_assert_eq!(a.minutes_prevues, h * 60 + m);
                }
            }
            Err(e) => {
                prop_assert_eq!(e.code(), CodeErreur::Validation);
                prop_assert!(e.champs().iter().all(|c| c.champ == "heures_prevues"), "{:?}", e);
                prop_assert_eq!(nombre(&db, "atelier"), 1);
            }
        }
    }
}

//! Dates, months, years and times typed on the command line (`--date 2026-03-15`,
//! `--month 2026-03`, `--year 2025-2026`, `--creneau "mardi 14:00-16:00"`): any text ends with
//! a result or a French error (exit 1, or 2 for clap's usage errors), never a panic.

use std::path::Path;
use std::process::{Command, Output};

use proptest::prelude::*;

fn oepre(base: &Path, args: &[String]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oepre")).arg("--db").arg(base).args(args).output().expect("oepre")
}

/// What people type: nearly right or plainly wrong (no NUL: it cannot be a process argument).
fn saisie() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9/:hH .,+-]{0,14}",
        "[0-9]{1,6}-[0-9]{1,3}(-[0-9]{1,3})?",
        "[0-9]{4}[-/–][0-9]{4}",
        "[0-9]{1,2}[:h][0-9]{0,3}",
        any::<String>().prop_map(|s| s.replace('\0', "")),
    ]
}

#[test]
fn toute_date_ou_heure_tapee_donne_un_resultat_ou_une_erreur_en_francais() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("oepre.db");
    assert!(oepre(&base, &["demo".into()]).status.success());
    let pdf = dir.path().join("f.pdf").display().to_string();
    let n = std::cell::Cell::new(0);
    let config = ProptestConfig { cases: 8, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(0x4F45_5052), ..ProptestConfig::default() };
    let mut essais = proptest::test_runner::TestRunner::new(config);
    let resultat = essais.run(&(saisie(), saisie()), |(v, w)| {
        n.set(n.get() + 1);
        let commandes: [Vec<String>; 4] = [
            vec!["emargement".into(), "--atelier=1".into(), format!("--date={v}"), format!("--out={pdf}")],
            vec!["emargement".into(), "--atelier=1".into(), format!("--month={v}"), format!("--out={pdf}")],
            vec!["attestations".into(), format!("--year={v}"), format!("--fait-le={w}"), format!("--out={pdf}")],
            vec![
                "ateliers".into(), "add".into(), format!("--nom=Essai {}", n.get()), format!("--premier-jour={v}"),
                format!("--dernier-jour={w}"), format!("--heures={w}"), format!("--creneau=mardi {v}-{w}"),
            ],
        ];
        for args in &commandes {
            let o = oepre(&base, args);
            let erreur = String::from_utf8_lossy(&o.stderr);
            prop_assert!(matches!(o.status.code(), Some(0..=2)), "{:?} : {:?}\n{}", args, o.status, erreur);
            prop_assert!(!erreur.contains("panicked"), "{:?} : {}", args, erreur);
            if o.status.code() == Some(1) {
                prop_assert!(!erreur.trim().is_empty(), "{:?} : refus sans message", args);
            }
        }
        Ok(())
    });
    if let Err(e) = resultat {
        panic!("{e}");
    }
}

//! Properties of the override loader: any file dropped in the override folder loads (the
//! shipped texts stay usable) or is reported in French, never a panic; a syntax error is
//! reported with a line inside the file; a brace left open on line N is reported on line N.
//! The long random runs are `make fuzz` (see `docs/fuzzing.md`).

use std::path::Path;

use oepre_i18n::{FlyerDetails, I18n, FLYER_MESSAGES};
use proptest::prelude::*;

fn config(cas: u32) -> ProptestConfig {
    ProptestConfig { cases: cas, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(0x4F45_5052), ..ProptestConfig::default() }
}

fn francais() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n/fr/flyer.ftl")).unwrap()
}

/// Loads `octets` as the override of `fr` (the reference), `ar` (shipped) and of a new language
/// `wo`; checks what every load must give, and returns the loaded catalogue.
fn charger(octets: &[u8]) -> Result<I18n, TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    for l in ["fr", "ar", "wo"] {
        std::fs::create_dir_all(dir.path().join(l)).unwrap();
        std::fs::write(dir.path().join(l).join("flyer.ftl"), octets).unwrap();
    }
    let i18n = I18n::load(Some(dir.path()));
    let nb_lignes = octets.split(|&b| b == b'\n').count();
    for p in i18n.problems() {
        prop_assert!(!p.message.trim().is_empty());
        prop_assert!(p.line.is_none_or(|l| (1..=nb_lignes).contains(&l)), "ligne hors du fichier : {}", p);
    }
    match std::str::from_utf8(octets) {
        Ok(source) if fluent_syntax::parser::parse_runtime(source).is_err() => {
            for l in ["fr", "ar", "wo"] {
                prop_assert!(i18n.problems().iter().any(|p| p.locale == l && p.line.is_some()), "erreur de syntaxe non signalée pour {}", l);
            }
        }
        Ok(_) => {}
        Err(_) => prop_assert!(i18n.problems().iter().any(|p| p.message.contains("UTF-8"))),
    }
    // The flyer can always be written: every message exists, from the file or from French.
    for l in ["fr", "ar", "wo"] {
        let textes = i18n.format_flyer(l, &FlyerDetails::sample());
        prop_assert!(FLYER_MESSAGES.iter().all(|m| textes.iter().any(|(k, _)| k == m)), "{}", l);
        let _ = i18n.check(l);
    }
    Ok(i18n)
}

/// Pieces of Fluent syntax, broken or not.
fn morceau_ftl() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("{ $heures ->\n".to_owned()),
        Just("    [one] une heure\n".to_owned()),
        Just("   *[other] { $heures } heures\n".to_owned()),
        Just("\n    .accroche = ".to_owned()),
        Just("{ -terme }".to_owned()),
        Just("{ \"\\u00E9\" }".to_owned()),
        Just("{ \"\\UFFFFFF\" }".to_owned()),
        Just("{ NUMBER($heures, minimumFractionDigits: 2) }".to_owned()),
        Just("# locale: wo\n".to_owned()),
        "[a-z-]{1,12} = ".prop_map(|s| format!("\n{s}")),
        "[^{}\n]{0,20}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn tout_octet_est_charge_ou_signale(octets in prop::collection::vec(any::<u8>(), 0..400)) {
        charger(&octets)?;
    }

    #[test]
    fn tout_fichier_ftl_est_charge_ou_signale(morceaux in prop::collection::vec(morceau_ftl(), 0..30)) {
        charger(morceaux.concat().as_bytes())?;
    }

    #[test]
    fn le_fichier_francais_modifie_est_charge_ou_signale(
        ou in any::<prop::sample::Index>(),
        ajout in morceau_ftl(),
        coupe in prop::option::weighted(0.3, any::<prop::sample::Index>()),
    ) {
        let mut s = francais();
        let mut i = ou.index(s.len() + 1);
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        s.insert_str(i, &ajout);
        if let Some(c) = coupe {
            let mut c = c.index(s.len() + 1);
            while !s.is_char_boundary(c) {
                c -= 1;
            }
            s.truncate(c);
        }
        charger(s.as_bytes())?;
    }

    /// A brace left open at the end of a message's line is reported on that line.
    #[test]
    fn une_accolade_ouverte_est_signalee_sur_sa_ligne(n in any::<prop::sample::Index>()) {
        let source = francais();
        let messages: Vec<usize> = source.lines().enumerate().filter(|(_, l)| l.contains(" = ") && !l.starts_with('#')).map(|(i, _)| i).collect();
        let k = messages[n.index(messages.len())];
        let casse: Vec<String> = source.lines().enumerate().map(|(i, l)| if i == k { format!("{l} {{ $") } else { l.to_owned() }).collect();
        let i18n = charger(casse.join("\n").as_bytes())?;
        let lignes: Vec<Option<usize>> = i18n.problems().iter().filter(|p| p.locale == "wo").map(|p| p.line).collect();
        prop_assert!(lignes.contains(&Some(k + 1)), "attendu ligne {} : {:?}", k + 1, i18n.problems());
    }
}

//! Checks of the shipped bundles, of the override folder and of the formatting helpers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime, Weekday};
use oepre_i18n::{
    plural_categories, strip_isolation, Direction, FluentArgs, FlyerDetails, I18n, Source,
    FLYER_MESSAGES, PICTOGRAM_MESSAGES,
};

const EXPECTED: &[&str] = &[
    "fr", "en", "ar", "bm", "zh-Hans", "es", "pt", "ru", "sr-Latn", "tr", "uk", "ro", "sq", "ka",
    "hy", "fa-AF", "ps", "ur", "bn", "ta", "ti", "vi", "ff", "so", "kmr", "ckb", "mn", "ln", "hi",
    "am", "fa", "sr-Cyrl", "it", "pl", "de", "bg", "sw", "az",
];
const RTL: &[&str] = &["ar", "fa-AF", "fa", "ps", "ur", "ckb"];

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n")
}

/// (folder name, source) of every file in the repository, read from disk.
fn files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(i18n_dir())
        .expect("i18n/")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("flyer.ftl").is_file())
        .map(|e| {
            let tag = e.file_name().to_string_lossy().into_owned();
            let src = std::fs::read_to_string(e.path().join("flyer.ftl")).expect("utf-8");
            (tag, src)
        })
        .collect();
    out.sort();
    out
}

/// Independent crude reading of a .ftl source: message id (and `id.attr`) -> `$variables`
/// and `[keys]` used, from the raw lines (no Fluent code involved).
fn crude(source: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut message: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let body = if !line.starts_with(' ') {
            let (id, rest) = line.split_once('=').expect("id = value");
            let id = id.trim().to_owned();
            message = Some(id.clone());
            current = Some(id);
            rest
        } else if let Some(attr) = line.trim_start().strip_prefix('.') {
            let (name, rest) = attr.split_once('=').expect(".attr = value");
            current = Some(format!(
                "{}.{}",
                message.clone().expect("message"),
                name.trim()
            ));
            rest
        } else {
            line
        };
        let entry = out
            .entry(current.clone().expect("in a message"))
            .or_default();
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '$' {
                let name: String = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '-')
                    .collect();
                entry.0.insert(name);
            }
            if chars[i] == '['
                && (i == 0 || chars[..i].iter().all(|c| c.is_whitespace() || *c == '*'))
            {
                let key: String = chars[i + 1..].iter().take_while(|c| **c != ']').collect();
                entry.1.insert(key);
            }
            i += 1;
        }
    }
    out
}

#[test]
fn at_least_the_expected_locales_are_shipped() {
    let i18n = I18n::shipped();
    let tags: Vec<String> = i18n.languages().into_iter().map(|l| l.tag).collect();
    assert_eq!(tags[0], "fr", "French first");
    for tag in EXPECTED {
        assert!(tags.iter().any(|t| t == tag), "{tag} missing from {tags:?}");
    }
    assert!(tags.len() >= 38);
}

#[test]
fn every_file_parses_without_error() {
    for (tag, source) in files() {
        if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
            panic!("{tag}: {errors:?}");
        }
    }
    assert_eq!(I18n::shipped().problems(), &[]);
}

#[test]
fn headers_state_language_tag_direction_and_review() {
    let i18n = I18n::shipped();
    for (tag, source) in files() {
        let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#')).collect();
        let field = |k: &str| {
            header
                .iter()
                .find_map(|l| l.strip_prefix(&format!("# {k}: ")))
                .unwrap_or_else(|| panic!("{tag}: header line `# {k}:` missing"))
                .trim()
        };
        assert_eq!(field("locale"), tag);
        assert!(!field("langue").is_empty() && !field("langue-fr").is_empty());
        let dir = if RTL.contains(&tag.as_str()) {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(field("direction"), dir, "{tag}");
        let reviewed = if tag == "fr" { "oui" } else { "non" };
        assert_eq!(
            field("relu-par-locuteur-natif"),
            reviewed,
            "{tag}: only French is reviewed"
        );

        let lang = i18n.language(&tag).expect("in catalogue");
        assert_eq!(lang.direction == Direction::Rtl, dir == "rtl");
        assert_eq!(lang.reviewed_by_native_speaker, tag == "fr");
        assert_eq!(lang.source, Source::Shipped);
        assert_eq!(lang.native_name, field("langue"));
        assert_eq!(lang.french_name, field("langue-fr"));
    }
    let sr = files()
        .into_iter()
        .find(|(t, _)| t == "sr-Latn")
        .expect("sr-Latn")
        .1;
    assert!(
        sr.contains("alphabet LATIN"),
        "the Serbian header says which script"
    );
}

#[test]
fn every_locale_has_the_messages_attributes_and_variables_of_french() {
    let all = files();
    let fr = crude(&all.iter().find(|(t, _)| t == "fr").expect("fr").1);
    assert!(fr.contains_key("affiche-titre.accroche"));
    let free = ["format-date", "format-heure"];
    for (tag, source) in &all {
        let other = crude(source);
        let fr_ids: BTreeSet<_> = fr.keys().collect();
        let ids: BTreeSet<_> = other.keys().collect();
        assert_eq!(fr_ids, ids, "{tag}: messages/attributes differ from fr");
        for (id, (vars, _)) in &other {
            if !free.contains(&id.as_str()) {
                assert_eq!(vars, &fr[id].0, "{tag} {id}: variables differ from fr");
            }
        }
        let date_vars = &other["format-date"].0;
        for v in ["jour", "mois", "annee", "jour_semaine"] {
            assert!(date_vars.contains(v), "{tag}: format-date lacks ${v}");
        }
    }
    // The library's own check agrees: nothing to report for any shipped locale.
    let i18n = I18n::shipped();
    for lang in i18n.languages() {
        let issues = i18n.check(&lang.tag);
        assert!(issues.is_empty(), "{}: {:#?}", lang.tag, issues);
    }
}

#[test]
fn plural_selectors_cover_the_cldr_categories() {
    for (tag, source) in files() {
        let keys = &crude(&source)["pratique-duree"].1;
        let (required, existing) = plural_categories(&tag);
        for c in &required {
            assert!(
                keys.contains(*c),
                "{tag}: [{c}] missing in pratique-duree ({keys:?})"
            );
        }
        for k in keys {
            assert!(
                existing.contains(k.as_str()),
                "{tag}: [{k}] is not a category of {tag}"
            );
        }
    }
    assert_eq!(plural_categories("ar").0.len(), 6);
    assert_eq!(
        plural_categories("ru").0,
        BTreeSet::from(["one", "few", "many", "other"])
    );
    // Dari: Persian rules through fa-AF (0 and 1 are "one").
    assert_eq!(
        plural_categories("fa-AF").0,
        BTreeSet::from(["one", "other"])
    );
}

fn duree(i18n: &I18n, tag: &str, n: u32) -> String {
    let mut args = FluentArgs::new();
    args.set("heures", n);
    let f = i18n
        .format(tag, "pratique-duree", Some(&args))
        .expect("message");
    assert!(f.errors.is_empty() && !f.fell_back, "{tag}: {f:?}");
    strip_isolation(&f.text)
}

#[test]
fn plural_variants_are_selected_by_the_locale_rules() {
    let i18n = I18n::shipped();
    assert!(duree(&i18n, "ar", 1).starts_with("ساعة واحدة"), "ar one");
    assert!(duree(&i18n, "ar", 2).starts_with("ساعتان"), "ar two");
    assert!(duree(&i18n, "ar", 3).starts_with("3 ساعات "), "ar few");
    assert!(duree(&i18n, "ar", 11).starts_with("11 ساعة "), "ar many");
    assert!(duree(&i18n, "ar", 100).starts_with("100 ساعة "), "ar other");
    assert!(duree(&i18n, "ru", 1).contains("час "));
    assert!(duree(&i18n, "ru", 2).contains("часа "));
    assert!(duree(&i18n, "ru", 120).contains("часов "));
    assert!(duree(&i18n, "fr", 1).starts_with("1 heure d'atelier "));
    assert!(
        duree(&i18n, "fr", 0).starts_with("0 heure "),
        "French: 0 is singular"
    );
    assert!(duree(&i18n, "fr", 120).starts_with("120 heures "));
    assert!(duree(&i18n, "ro", 20).contains("de ore"));
    assert!(duree(&i18n, "ro", 19).contains("19 ore"));
}

#[test]
fn formatting_the_flyer_yields_no_error_in_any_locale() {
    let i18n = I18n::shipped();
    for lang in i18n.languages() {
        for (hours, toddlers) in [(1, true), (2, false), (60, true), (120, false), (101, true)] {
            let mut d = FlyerDetails::sample();
            d.hours = hours;
            d.toddlers_welcome = toddlers;
            let flyer = i18n.format_flyer(&lang.tag, &d);
            assert_eq!(flyer.len(), FLYER_MESSAGES.len() + PICTOGRAM_MESSAGES.len());
            for (id, f) in &flyer {
                assert!(f.errors.is_empty(), "{} {id}: {:?}", lang.tag, f.errors);
                assert!(
                    !f.fell_back && f.locale == lang.tag,
                    "{} {id} served by {}",
                    lang.tag,
                    f.locale
                );
                assert_eq!(f.direction, lang.direction);
                assert!(!f.text.trim().is_empty(), "{} {id} empty", lang.tag);
                assert!(
                    !f.text.contains("{$") && !f.text.contains("{ $"),
                    "{} {id}: {}",
                    lang.tag,
                    f.text
                );
            }
            let text: String = flyer
                .iter()
                .map(|(_, f)| strip_isolation(&f.text))
                .collect();
            for value in [
                "École Jules-Ferry",
                "B12",
                "01 23 45 67 89",
                "oepre@ecole-exemple.fr",
                "2026",
            ] {
                assert!(
                    text.contains(value),
                    "{}: {value} not on the flyer",
                    lang.tag
                );
            }
            if hours > 2 {
                assert!(text.contains(&hours.to_string()), "{}: hours", lang.tag);
            }
        }
    }
}

#[test]
fn isolation_marks_are_kept_around_variables() {
    let i18n = I18n::shipped();
    let args = i18n.flyer_args("ar", &FlyerDetails::sample());
    let f = i18n
        .format("ar", "contact-telephone", Some(&args))
        .expect("message");
    assert!(
        f.text.contains("\u{2068}01 23 45 67 89\u{2069}"),
        "{:?}",
        f.text
    );
    assert_eq!(f.direction, Direction::Rtl);
}

#[test]
fn toddler_selector_says_yes_or_no() {
    let i18n = I18n::shipped();
    for (toddlers, expected) in [(true, "Vous pouvez venir"), (false, "ne peuvent pas")] {
        let mut args = FluentArgs::new();
        args.set("petits_enfants", if toddlers { "oui" } else { "non" });
        let f = i18n
            .format("fr", "petits-enfants", Some(&args))
            .expect("message");
        assert!(f.text.contains(expected));
    }
}

#[test]
fn dates_times_and_day_lists() {
    let i18n = I18n::shipped();
    let d = NaiveDate::from_ymd_opt(2026, 10, 6).expect("date");
    let first = NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    let txt = |f: oepre_i18n::Formatted| strip_isolation(&f.text);
    let t0 = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    assert_eq!(txt(i18n.format_date("fr", d)), "mardi 6 octobre 2026");
    assert_eq!(txt(i18n.format_date("fr", first)), "jeudi 1er octobre 2026");
    assert_eq!(txt(i18n.format_date("en", d)), "Tuesday 6 October 2026");
    assert_eq!(txt(i18n.format_date("ru", d)), "вторник, 6 октября 2026 г.");
    assert_eq!(txt(i18n.format_date("zh-Hans", d)), "2026年10月6日 星期二");
    assert_eq!(txt(i18n.format_date("ar", d)), "الثلاثاء 6 أكتوبر 2026");
    assert_eq!(txt(i18n.format_date("de", d)), "Dienstag, 6. Oktober 2026");
    assert_eq!(txt(i18n.format_date("pl", d)), "wtorek, 6 października 2026 r.");
    assert_eq!(txt(i18n.format_date("sr-Cyrl", d)), "уторак, 6. октобра 2026.");
    assert_eq!(txt(i18n.format_date("mn", d)), "2026 оны аравдугаар сарын 6, Мягмар гараг");
    assert_eq!(txt(i18n.format_time("de", t0(14, 0))), "14:00 Uhr");
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
    assert_eq!(txt(i18n.format_time("fr", t(14, 0))), "14 h");
    assert_eq!(txt(i18n.format_time("fr", t(8, 5))), "8 h 05");
    assert_eq!(txt(i18n.format_time("en", t(14, 30))), "2:30 pm");
    assert_eq!(txt(i18n.format_time("en", t(0, 15))), "12:15 am");
    assert_eq!(txt(i18n.format_time("en", t(12, 0))), "12:00 pm");
    assert_eq!(txt(i18n.format_time("es", t(9, 0))), "9:00");
    assert_eq!(txt(i18n.format_time("tr", t(9, 0))), "09:00");
    assert_eq!(
        txt(i18n.weekday_name("nl-unknown-to-us", Weekday::Mon)),
        "lundi"
    );
    assert_eq!(txt(i18n.month_name("sr-Latn", 10)), "oktobra");
    let days = [Weekday::Mon, Weekday::Tue, Weekday::Thu];
    assert_eq!(
        txt(i18n.format_weekdays("fr", &days)),
        "lundi, mardi et jeudi"
    );
    assert_eq!(
        txt(i18n.format_weekdays("fr", &days[1..])),
        "mardi et jeudi"
    );
    assert_eq!(txt(i18n.format_weekdays("en", &[Weekday::Fri])), "Friday");
    assert_eq!(
        txt(i18n.format_weekdays("zh", &days)),
        "星期一、星期二和星期四"
    );
    for lang in i18n.languages() {
        for m in 1..=12 {
            let f = i18n.month_name(&lang.tag, m);
            assert!(!f.fell_back && !f.text.is_empty(), "{} mois-{m}", lang.tag);
        }
        let f = i18n.format_date(&lang.tag, d);
        assert!(
            !f.fell_back && f.text.contains("2026"),
            "{}: {:?}",
            lang.tag,
            f
        );
        let f = i18n.format_time(&lang.tag, t(16, 30));
        assert!(
            !f.fell_back && f.text.contains("30"),
            "{}: {:?}",
            lang.tag,
            f
        );
    }
}

#[test]
fn unknown_locales_and_aliases() {
    let i18n = I18n::shipped();
    assert_eq!(i18n.resolve_locale("prs"), Some("fa-AF"));
    assert_eq!(i18n.resolve_locale("zh"), Some("zh-Hans"));
    assert_eq!(i18n.resolve_locale("sr"), Some("sr-Latn"));
    assert_eq!(i18n.resolve_locale("AR"), Some("ar"));
    assert_eq!(i18n.resolve_locale("pt-BR"), Some("pt"));
    assert_eq!(i18n.resolve_locale("xx"), None);
    let f = i18n.format("xx", "quoi-titre", None).expect("fallback");
    assert_eq!((f.locale.as_str(), f.fell_back), ("fr", true));
    assert!(i18n.format("fr", "n-existe-pas", None).is_err());
}

#[test]
fn flyer_characters_cover_the_script_and_skip_isolation_marks() {
    let i18n = I18n::shipped();
    let fr = i18n.flyer_characters("fr");
    assert!(fr.contains(&'é') && fr.contains(&'É') && fr.contains(&'û'));
    assert!(!fr.contains(&'\u{2068}') && !fr.contains(&'\u{2069}'));
    assert!(i18n.flyer_characters("ar").contains(&'ث'));
    assert!(
        i18n.flyer_characters("fa-AF").contains(&'\u{200C}'),
        "ZWNJ kept"
    );
    assert!(i18n.flyer_characters("zh-Hans").contains(&'年'));
    let ta = i18n.flyer_characters("ta");
    assert!(
        ta.contains(&'ப') && ta.contains(&'\u{0BBF}'),
        "Tamil letter and vowel sign"
    );
    assert!(i18n.flyer_characters("ti").contains(&'ሰ'));
    for lang in i18n.languages() {
        let chars = i18n.flyer_characters(&lang.tag);
        assert!(chars.len() > 30, "{}", lang.tag);
        assert!(
            chars.contains(&'@') && chars.contains(&'9'),
            "{}: sample values included",
            lang.tag
        );
    }
}

fn write(dir: &Path, tag: &str, content: &str) {
    std::fs::create_dir_all(dir.join(tag)).expect("mkdir");
    std::fs::write(dir.join(tag).join("flyer.ftl"), content).expect("write");
}

#[test]
fn override_folder_corrects_extends_and_reports() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    // A corrected message for a shipped language: only that message is replaced.
    write(
        dir,
        "es",
        "# relu-par-locuteur-natif: oui\n\nquoi-titre = ¿Qué es esto?\n",
    );
    // A new language, with only some messages.
    write(
        dir,
        "nl",
        "# langue: Nederlands\n# langue-fr: néerlandais\n# locale: nl\n# direction: ltr\n\
         # relu-par-locuteur-natif: non\n\nquoi-titre = Wat is het?\n",
    );
    // A broken file for a shipped language: line 4 has an unclosed placeable.
    write(
        dir,
        "ru",
        "# locale: ru\n\nquoi-titre = Что?\npratique-lieu = Где: { $ecole\nquoi-gratuit = X\n",
    );
    // Not a language tag.
    write(dir, "pas une langue", "quoi-titre = ?\n");

    let i18n = I18n::load(Some(dir));

    let es = i18n.format("es", "quoi-titre", None).expect("es");
    assert_eq!(
        (es.text.as_str(), es.locale.as_str(), es.fell_back),
        ("¿Qué es esto?", "es", false)
    );
    let es_other = i18n.format("es", "apports-titre", None).expect("es");
    assert_eq!(
        es_other.text, "¿Por qué venir?",
        "other messages still shipped"
    );
    let es_lang = i18n.language("es").expect("es");
    assert_eq!(es_lang.source, Source::ShippedAndOverride);
    assert!(es_lang.reviewed_by_native_speaker);

    let it = i18n.language("nl").expect("new language listed");
    assert_eq!(
        (it.native_name.as_str(), it.french_name.as_str()),
        ("Nederlands", "néerlandais")
    );
    assert_eq!(it.source, Source::Override);
    assert_eq!(
        i18n.format("nl", "quoi-titre", None).expect("nl").text,
        "Wat is het?"
    );
    let missing = i18n.format("nl", "apports-titre", None).expect("fallback");
    assert_eq!(
        (
            missing.text.as_str(),
            missing.locale.as_str(),
            missing.fell_back,
            missing.direction
        ),
        ("Pourquoi venir ?", "fr", true, Direction::Ltr)
    );
    assert!(i18n
        .check("nl")
        .iter()
        .any(|i| i.message_id.as_deref() == Some("apports-titre")));

    let ru_problems: Vec<_> = i18n
        .problems()
        .iter()
        .filter(|p| p.locale == "ru")
        .collect();
    assert!(!ru_problems.is_empty(), "{:?}", i18n.problems());
    assert_eq!(ru_problems[0].line, Some(4), "{ru_problems:?}");
    assert!(ru_problems[0].file.ends_with("ru/flyer.ftl"));
    assert!(
        ru_problems[0].message.contains("version livrée"),
        "French message: {}",
        ru_problems[0]
    );
    let ru = i18n.format("ru", "quoi-titre", None).expect("ru");
    assert_eq!(ru.text, "Что это такое?", "shipped Russian still used");
    assert_eq!(i18n.language("ru").expect("ru").source, Source::Shipped);

    assert!(i18n.problems().iter().any(|p| p.locale == "pas une langue"));
    assert_eq!(I18n::load(Some(&dir.join("absent"))).problems(), &[]);
}

#[test]
fn an_override_with_a_wrong_variable_falls_back_to_french() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(tmp.path(), "en", "contact-telephone = Phone: { $phone }\n");
    let i18n = I18n::load(Some(tmp.path()));
    let args = i18n.flyer_args("en", &FlyerDetails::sample());
    let f = i18n
        .format("en", "contact-telephone", Some(&args))
        .expect("message");
    assert_eq!(f.locale, "fr");
    assert!(f.fell_back && !f.errors.is_empty());
    assert!(strip_isolation(&f.text).contains("01 23 45 67 89"));
    assert!(i18n
        .check("en")
        .iter()
        .any(|i| i.text.contains("$telephone")));
}

#[test]
fn the_catalogue_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<I18n>();
}

#[test]
fn an_override_keeps_the_shipped_attributes_it_does_not_redefine() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(
        tmp.path(),
        "fr",
        "# une ligne de commentaire\naffiche-titre = Les parents à l'école\n",
    );
    write(tmp.path(), "ar", "affiche-titre =\n    .accroche = ورشات\n");
    let i18n = I18n::load(Some(tmp.path()));

    let titre = i18n.format("fr", "affiche-titre", None).expect("titre");
    assert_eq!(titre.text, "Les parents à l'école");
    let accroche = i18n
        .format_attribute("fr", "affiche-titre", "accroche", None)
        .expect("accroche kept");
    assert_eq!(
        (accroche.text.as_str(), accroche.locale.as_str()),
        (
            "Des ateliers gratuits pour les parents, à l'école de votre enfant",
            "fr"
        )
    );
    // An override giving only the attribute keeps the shipped text of the message.
    let ar = i18n.format("ar", "affiche-titre", None).expect("ar");
    assert_eq!(
        (ar.text.as_str(), ar.locale.as_str()),
        ("فتح المدرسة أمام أولياء الأمور من أجل نجاح الأطفال", "ar")
    );
    let ar_accroche = i18n
        .format_attribute("ar", "affiche-titre", "accroche", None)
        .expect("ar accroche");
    assert_eq!(ar_accroche.text, "ورشات");

    let messages: Vec<(&str, Option<usize>, &str)> = i18n
        .problems()
        .iter()
        .map(|p| (p.locale.as_str(), p.line, p.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            (
                "ar",
                Some(1),
                "le message « affiche-titre » ne redéfinit pas son texte : la version livrée en est gardée"
            ),
            (
                "fr",
                Some(2),
                "le message « affiche-titre » ne redéfinit pas l'attribut « .accroche » : la version livrée en est gardée"
            ),
        ]
    );
    assert!(i18n.check("fr").is_empty(), "{:?}", i18n.check("fr"));
}

//! Consistency checks of a locale against French: used by the tests on the shipped files, and
//! available to the app to tell a school what its override file lacks.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_bundle::FluentArgs;
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::flyer::FlyerDetails;
use crate::load::Header;
use crate::{I18n, LocaleData, REFERENCE_LOCALE};

/// Messages whose pattern is free to use any subset of the listed variables (date and time
/// formats differ by language); every other message must use exactly the variables of French.
pub(crate) const FORMAT_VARIABLES: &[(&str, &[&str])] = &[
    (
        "format-date",
        &["jour_semaine", "jour", "mois", "mois_num", "annee"],
    ),
    ("format-heure", &["h", "hh", "h12", "mm", "periode", "pile"]),
];

/// Variables given as strings that a selector may test, with their possible values.
const STRING_SELECTORS: &[(&str, &[&str])] = &[
    ("petits_enfants", &["oui", "non"]),
    ("pile", &["oui", "non"]),
    ("periode", &["am", "pm"]),
];

/// The numeric variable whose selectors must follow the plural rules.
const PLURAL_VARIABLE: &str = "heures";

/// Header lines every file must have.
pub(crate) const HEADER_KEYS: &[&str] = &[
    "langue",
    "langue-fr",
    "locale",
    "direction",
    "relu-par-locuteur-natif",
];

/// A problem found by [`I18n::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Locale checked.
    pub locale: String,
    /// Message concerned (`id` or `id.attribut`), if any.
    pub message_id: Option<String>,
    /// Explanation in French.
    pub text: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message_id {
            Some(id) => write!(f, "[{}] {} : {}", self.locale, id, self.text),
            None => write!(f, "[{}] {}", self.locale, self.text),
        }
    }
}

/// Ids of the messages defined in the locale's own files.
pub(crate) fn message_ids(data: &LocaleData) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for res in &data.resources {
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// The patterns of a message: `(id or id.attr, pattern)`.
fn patterns<'a>(data: &'a LocaleData, id: &str) -> BTreeMap<String, &'a ast::Pattern<&'a str>> {
    let mut out = BTreeMap::new();
    if let Some(msg) = data.bundle.get_message(id) {
        if let Some(v) = msg.value() {
            out.insert(id.to_owned(), v);
        }
        for attr in msg.attributes() {
            out.insert(format!("{id}.{}", attr.id()), attr.value());
        }
    }
    out
}

/// Variables referenced by a pattern (directly, not through other messages).
pub(crate) fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk_pattern(
        pattern,
        &mut |e| {
            if let ast::InlineExpression::VariableReference { id } = e {
                out.insert(id.name.to_owned());
            }
        },
        &mut |_, _| {},
    );
    out
}

/// Select expressions of a pattern: (selector variable, variant keys, default key).
type Selects = Vec<(String, Vec<String>, String)>;

fn selects(pattern: &ast::Pattern<&str>) -> Selects {
    let mut out = Vec::new();
    walk_pattern(pattern, &mut |_| {}, &mut |selector, variants| {
        let var = match selector {
            ast::InlineExpression::VariableReference { id } => Some(id.name),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().find_map(|a| match a {
                    ast::InlineExpression::VariableReference { id } => Some(id.name),
                    _ => None,
                })
            }
            _ => None,
        };
        if let Some(var) = var {
            let key = |v: &ast::Variant<&str>| match &v.key {
                ast::VariantKey::Identifier { name } => (*name).to_owned(),
                ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
            };
            let keys = variants.iter().map(key).collect();
            let default = variants
                .iter()
                .find(|v| v.default)
                .map(key)
                .unwrap_or_default();
            out.push((var.to_owned(), keys, default));
        }
    });
    out
}

fn walk_pattern<'p>(
    pattern: &'p ast::Pattern<&'p str>,
    on_inline: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>),
    on_select: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>, &'p [ast::Variant<&'p str>]),
) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, on_inline, on_select);
        }
    }
}

fn walk_expression<'p>(
    expression: &'p ast::Expression<&'p str>,
    on_inline: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>),
    on_select: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>, &'p [ast::Variant<&'p str>]),
) {
    match expression {
        ast::Expression::Inline(e) => walk_inline(e, on_inline, on_select),
        ast::Expression::Select { selector, variants } => {
            on_select(selector, variants);
            walk_inline(selector, on_inline, on_select);
            for v in variants {
                walk_pattern(&v.value, on_inline, on_select);
            }
        }
    }
}

fn walk_inline<'p>(
    e: &'p ast::InlineExpression<&'p str>,
    on_inline: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>),
    on_select: &mut dyn FnMut(&'p ast::InlineExpression<&'p str>, &'p [ast::Variant<&'p str>]),
) {
    on_inline(e);
    match e {
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, on_inline, on_select);
            }
            for a in &arguments.named {
                walk_inline(&a.value, on_inline, on_select);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, on_inline, on_select);
            }
            for a in &arguments.named {
                walk_inline(&a.value, on_inline, on_select);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, on_inline, on_select);
        }
        _ => {}
    }
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The CLDR plural rules Fluent uses for a tag: the tag, then shorter prefixes, else English.
fn plural_rules(tag: &str) -> PluralRules {
    let parts: Vec<&str> = tag.split('-').collect();
    for n in (1..=parts.len()).rev() {
        if let Ok(id) = parts[..n].join("-").parse::<LanguageIdentifier>() {
            if let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL) {
                return rules;
            }
        }
    }
    let en: LanguageIdentifier = "en".parse().unwrap_or_default();
    PluralRules::create(en, PluralRuleType::CARDINAL).expect("intl_pluralrules has English rules")
}

/// Plural categories of a locale, as Fluent selects them.
/// `required`: reached by the whole numbers 0 to 1000 (a number of hours), plus `other`;
/// `existing`: every category of the locale (also those of decimals and of millions).
pub fn plural_categories(tag: &str) -> (BTreeSet<&'static str>, BTreeSet<&'static str>) {
    let rules = plural_rules(tag);
    let mut required: BTreeSet<&'static str> = BTreeSet::from(["other"]);
    for n in 0..=1000_u32 {
        if let Ok(c) = rules.select(n) {
            required.insert(category_name(c));
        }
    }
    let mut existing = required.clone();
    for s in [
        "0.0",
        "0.5",
        "1.0",
        "1.5",
        "2.5",
        "3.5",
        "10.5",
        "100.5",
        "1000000",
        "2000000",
        "1000000.0",
    ] {
        if let Ok(c) = rules.select(s) {
            existing.insert(category_name(c));
        }
    }
    for n in [1_000_000_u64, 10_000_000, 1_000_000_000] {
        if let Ok(c) = rules.select(n) {
            existing.insert(category_name(c));
        }
    }
    (required, existing)
}

/// Sample argument sets covering every variant: several numbers of hours, toddlers yes/no,
/// morning and afternoon times, first of the month.
pub(crate) fn sample_arg_sets(i18n: &I18n, locale: &str) -> Vec<FluentArgs<'static>> {
    let mut sets = Vec::new();
    let hours = [
        0_u32, 1, 2, 3, 5, 11, 21, 60, 61, 62, 100, 101, 102, 111, 120,
    ];
    for (i, h) in hours.iter().enumerate() {
        let mut d = FlyerDetails::sample();
        d.hours = *h;
        d.toddlers_welcome = i % 2 == 0;
        if i % 3 == 1 {
            d.start = chrono::NaiveTime::from_hms_opt(8, 30, 0).unwrap_or_default();
            d.end = chrono::NaiveTime::from_hms_opt(10, 5, 0).unwrap_or_default();
            d.first_session = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
            d.days = vec![
                chrono::Weekday::Mon,
                chrono::Weekday::Tue,
                chrono::Weekday::Fri,
            ];
        }
        let mut args = i18n.flyer_args(locale, &d);
        for (k, v) in crate::dates::time_args(d.start).into_iter() {
            args.set(k, v);
        }
        for (k, v) in crate::dates::date_args(d.first_session, "X".into(), "Y".into()).into_iter() {
            args.set(k, v);
        }
        args.set("debut", "A");
        args.set("fin", "B");
        sets.push(args);
    }
    sets
}

impl I18n {
    /// Everything a locale lacks or gets wrong compared with French: missing or unknown
    /// messages and attributes, variables differing from French, `$heures` selectors not
    /// matching the plural categories of the language, header lines, and Fluent errors when
    /// formatting with sample arguments. `locale` is resolved like [`I18n::resolve_locale`].
    /// Empty for every shipped locale (tested).
    pub fn check(&self, locale: &str) -> Vec<Issue> {
        let mut issues = Vec::new();
        let Some(data) = self.locale_data(locale) else {
            return vec![Issue {
                locale: locale.to_owned(),
                message_id: None,
                text: "langue absente du catalogue".to_owned(),
            }];
        };
        let tag = data.info.tag.as_str();
        let fr = &self.locales[0];
        let issue = |id: Option<&str>, text: String| Issue {
            locale: tag.to_owned(),
            message_id: id.map(str::to_owned),
            text,
        };

        // Header (of the first file: the shipped one, or the override for a new language).
        if let Some(first) = data.resources.first() {
            let header = Header::parse(first.source());
            for key in HEADER_KEYS {
                if header.get(key).is_none() {
                    issues.push(issue(
                        None,
                        format!("ligne d'en-tête « # {key}: … » absente"),
                    ));
                }
            }
            if let Some(declared) = header.get("locale") {
                if declared != tag {
                    issues.push(issue(None, format!("l'en-tête dit « locale: {declared} »")));
                }
            }
            if header.get("direction").is_some() && header.direction().is_none() {
                issues.push(issue(
                    None,
                    "direction : « ltr » ou « rtl » attendu".to_owned(),
                ));
            }
            if header.get("relu-par-locuteur-natif").is_some() && header.reviewed().is_none() {
                issues.push(issue(
                    None,
                    "relu-par-locuteur-natif : « oui » ou « non » attendu".to_owned(),
                ));
            }
        }

        let fr_ids = message_ids(fr);
        let ids = message_ids(data);
        for id in fr_ids.difference(&ids) {
            issues.push(issue(
                Some(id),
                "message absent (le français sera affiché)".to_owned(),
            ));
        }
        for id in ids.difference(&fr_ids) {
            issues.push(issue(
                Some(id),
                "message inconnu du français (faute de frappe ?)".to_owned(),
            ));
        }
        for id in junk_lines(data) {
            issues.push(issue(None, format!("texte illisible ignoré, ligne {id}")));
        }

        let (required, existing) = plural_categories(tag);
        for id in fr_ids.intersection(&ids) {
            let fr_patterns = patterns(fr, id);
            let patterns = patterns(data, id);
            for key in fr_patterns.keys() {
                if !patterns.contains_key(key) {
                    issues.push(issue(Some(key), "texte ou attribut absent".to_owned()));
                }
            }
            for key in patterns.keys() {
                if !fr_patterns.contains_key(key) {
                    issues.push(issue(Some(key), "attribut inconnu du français".to_owned()));
                }
            }
            for (key, pattern) in &patterns {
                let Some(fr_pattern) = fr_patterns.get(key) else {
                    continue;
                };
                let vars = variables(pattern);
                let fr_vars = variables(fr_pattern);
                if let Some((_, allowed)) = FORMAT_VARIABLES.iter().find(|(f, _)| f == key) {
                    for v in vars.iter().filter(|v| !allowed.contains(&v.as_str())) {
                        issues.push(issue(
                            Some(key),
                            format!(
                                "variable ${v} inconnue ; possibles : ${}",
                                allowed.join(", $")
                            ),
                        ));
                    }
                } else {
                    for v in fr_vars.difference(&vars) {
                        issues.push(issue(Some(key), format!("variable ${v} absente")));
                    }
                    for v in vars.difference(&fr_vars) {
                        issues.push(issue(
                            Some(key),
                            format!("variable ${v} inconnue du français"),
                        ));
                    }
                }
                for (var, keys, default) in selects(pattern) {
                    if var == PLURAL_VARIABLE {
                        for k in &keys {
                            let numeric = k.parse::<f64>().is_ok();
                            if !numeric && !existing.contains(k.as_str()) {
                                issues.push(issue(Some(key), format!(
                                    "catégorie de pluriel « {k} » inexistante en {tag} (catégories : {})",
                                    join(&existing)
                                )));
                            }
                        }
                        for c in &required {
                            if !keys.iter().any(|k| k == c) {
                                issues.push(issue(
                                    Some(key),
                                    format!(
                                    "variante [{c}] absente pour ${var} (catégories de {tag} : {})",
                                    join(&required)
                                ),
                                ));
                            }
                        }
                        if default != "other" {
                            issues.push(issue(
                                Some(key),
                                "la variante par défaut doit être *[other]".to_owned(),
                            ));
                        }
                    } else if let Some((_, values)) =
                        STRING_SELECTORS.iter().find(|(v, _)| *v == var)
                    {
                        for k in keys.iter().filter(|k| !values.contains(&k.as_str())) {
                            issues.push(issue(
                                Some(key),
                                format!(
                                    "valeur [{k}] impossible pour ${var} (valeurs : {})",
                                    values.join(", ")
                                ),
                            ));
                        }
                        if !FORMAT_VARIABLES.iter().any(|(f, _)| f == key) {
                            for v in values.iter().filter(|v| !keys.iter().any(|k| k == *v)) {
                                issues.push(issue(
                                    Some(key),
                                    format!("variante [{v}] absente pour ${var}"),
                                ));
                            }
                        }
                    }
                }
            }
        }

        // Formatting with sample arguments: no Fluent error in any variant.
        for args in sample_arg_sets(self, tag) {
            for id in &ids {
                for key in patterns(data, id).keys() {
                    let (msg, attr) = match key.split_once('.') {
                        Some((m, a)) => (m, Some(a)),
                        None => (key.as_str(), None),
                    };
                    if let Some((_, errors)) = crate::format_in(data, msg, attr, Some(&args)) {
                        for e in errors {
                            let text = format!("erreur de mise en forme : {e}");
                            if !issues
                                .iter()
                                .any(|i| i.message_id.as_deref() == Some(key) && i.text == text)
                            {
                                issues.push(issue(Some(key), text));
                            }
                        }
                    }
                }
            }
        }
        if tag == REFERENCE_LOCALE {
            issues.retain(|i| !i.text.contains("inconnu du français"));
        }
        issues
    }
}

fn join(set: &BTreeSet<&str>) -> String {
    set.iter().copied().collect::<Vec<_>>().join(" ")
}

/// Lines of the entries the parser could not read (only in partly broken shipped files).
fn junk_lines(data: &LocaleData) -> Vec<usize> {
    let mut out = Vec::new();
    for res in &data.resources {
        let source = res.source();
        for entry in res.entries() {
            if let ast::Entry::Junk { content } = entry {
                let offset = (content.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
                let offset = offset.min(source.len());
                out.push(source.get(..offset).map_or(0, |s| s.matches('\n').count()) + 1);
            }
        }
    }
    out
}

//! Translated texts of the OEPRE parents' flyer, with Fluent (`fluent-bundle` 0.16).
//!
//! * The shipped bundles are the files `i18n/<locale>/flyer.ftl` of the repository, embedded in
//!   the binary by `build.rs` (every folder holding a `flyer.ftl` is picked up).
//! * An **override folder** (the app-data `i18n/` folder, given by the caller) may hold files
//!   with the same layout, `<dossier>/<locale>/flyer.ftl`. Their messages are layered over the
//!   shipped ones (a school can fix one sentence by writing only that message), or make a new
//!   language appear. An overriding message keeps the shipped parts it does not redefine: its
//!   attributes (`affiche-titre = …` alone keeps the shipped `.accroche`), and its text when the
//!   override gives only attributes; each part kept is reported ([`LoadProblem`]: message,
//!   attribute, line), since a school may have meant to remove it (it cannot: write the
//!   attribute with the wanted text instead). A file with a syntax error is reported ([`LoadProblem`]: locale, file, line,
//!   French message) and ignored: the shipped version stays in use.
//! * [`I18n::format`] returns the text **and the locale that served it**: a message missing in
//!   the requested locale (or failing to format there) comes from French, and
//!   [`Formatted::direction`] is then left-to-right, even in an Arabic flyer. Fluent's bidi
//!   isolation marks (U+2068 … U+2069 around each variable) are kept: the PDF layer removes them
//!   after the bidi algorithm has run.
//! * Plural rules come from the locale tag through Fluent's intl-memoizer (CLDR data of
//!   `intl_pluralrules`); a tag it does not know falls back to English rules, hence Dari is
//!   tagged `fa-AF` (Persian rules), not `prs`.
//!
//! # Header of a `.ftl` file
//!
//! Each file starts with a comment block of `# clé: valeur` lines:
//!
//! ```text
//! # langue: العربية
//! # langue-fr: arabe
//! # locale: ar
//! # direction: rtl
//! # relu-par-locuteur-natif: non
//! ```
//!
//! Only a file checked by a native speaker says `oui`. The catalogue ([`I18n::languages`]) is
//! built from these lines.
//!
//! # Adding a language (developers)
//!
//! 1. Copy `i18n/fr/flyer.ftl` to `i18n/<tag>/flyer.ftl` (a BCP 47 tag whose language subtag is
//!    known to CLDR, so that plural rules are right: e.g. `fa-AF` for Dari).
//! 2. Fill in the header, translate every message, keep the same variables; write the
//!    `$heures` selector with the plural categories of the language (the tests list them).
//! 3. `cargo test -p oepre-i18n`: the tests check syntax, completeness, variables, plural
//!    categories and that formatting yields no error. No Rust change is needed.
//!
//! # Adding or correcting a language in a school (no rebuild)
//!
//! Put a file `<app data>/i18n/<tag>/flyer.ftl` there (start from the French file or from the
//! shipped file of that language) and restart the app. A new tag becomes a new language of the
//! catalogue; for a shipped tag, each message in the file replaces the shipped one, keeping the
//! shipped attributes it does not redefine. Messages the file lacks come from the shipped file
//! of that language, then from French.
//! [`I18n::problems`] lists the files that could not be read; [`I18n::check`] lists what a
//! file lacks (missing messages, wrong variables, plural categories).

mod check;
mod dates;
mod flyer;
mod load;

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;

pub use fluent_bundle::{FluentArgs, FluentValue};

pub use check::{plural_categories, Issue};
pub use flyer::{FlyerDetails, FLYER_MESSAGES, PICTOGRAM_MESSAGES};

/// The text of the shipped `flyer.ftl` of a locale (exact tag), as in the repository.
pub fn shipped_source(tag: &str) -> Option<&'static str> {
    load::SHIPPED.iter().find(|(t, _, _)| *t == tag).map(|(_, _, s)| *s)
}

/// The messages of a `.ftl` source as `(id, text)`, in file order: `text` is what follows
/// `id =`, continuation lines (selectors, attributes) included, with their common four-space
/// indentation removed, so that [`message_line`] gives the message back. Comments and blank
/// lines between messages are dropped.
pub fn message_blocks(source: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut current: Option<(String, Vec<String>)> = None;
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_message {
            if let Some((id, value)) = line.split_once('=') {
                if let Some((i, v)) = current.take() {
                    out.push((i, v.join("\n").trim_end().to_owned()));
                }
                current = Some((id.trim().to_owned(), vec![value.trim().to_owned()]));
                continue;
            }
        }
        if line.starts_with(' ') {
            if let Some((_, v)) = current.as_mut() {
                v.push(line.strip_prefix("    ").unwrap_or(line.trim_start()).to_owned());
                continue;
            }
        }
        if let Some((i, v)) = current.take() {
            out.push((i, v.join("\n").trim_end().to_owned()));
        }
    }
    if let Some((i, v)) = current.take() {
        out.push((i, v.join("\n").trim_end().to_owned()));
    }
    out
}

/// The `.ftl` lines of one message, from an `(id, text)` of [`message_blocks`].
pub fn message_line(id: &str, text: &str) -> String {
    let mut lines = text.trim_end().lines();
    let mut out = format!("{id} = {}", lines.next().unwrap_or("").trim_end());
    for l in lines {
        out.push_str("\n    ");
        out.push_str(l.trim_end());
    }
    out.replace(" = \n", " =\n")
}

/// The reference locale, always present, and the fallback of every other one.
pub const REFERENCE_LOCALE: &str = "fr";

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Dari, Pashto, Urdu…).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Where the texts of a language come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// Only the file embedded in the binary.
    Shipped,
    /// The embedded file, with messages replaced or added by a file of the override folder.
    ShippedAndOverride,
    /// Only a file of the override folder (a language added by the school).
    Override,
}

/// One language of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, e.g. `fr`, `ar`, `zh-Hans`, `sr-Latn`, `fa-AF`.
    pub tag: String,
    /// Name of the language in that language, e.g. `العربية`.
    pub native_name: String,
    /// Name of the language in French, e.g. `arabe`.
    pub french_name: String,
    /// Writing direction.
    pub direction: Direction,
    /// `true` when the header says `relu-par-locuteur-natif: oui`.
    pub reviewed_by_native_speaker: bool,
    /// Who reviewed it (header `relu-par`), written by the review import.
    pub reviewer: Option<String>,
    /// When (header `relu-le`, `AAAA-MM-JJ`).
    pub reviewed_on: Option<String>,
    /// Shipped, overridden or added by the school.
    pub source: Source,
}

/// A `.ftl` file of the override folder that could not be used (or only partly).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    /// Locale (name of the folder).
    pub locale: String,
    /// The file concerned.
    pub file: PathBuf,
    /// 1-based line number, when the problem is located in the file.
    pub line: Option<usize>,
    /// Explanation in French, for the user.
    pub message: String,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "{} (langue {}), ligne {} : {}",
                self.file.display(),
                self.locale,
                line,
                self.message
            ),
            None => write!(
                f,
                "{} (langue {}) : {}",
                self.file.display(),
                self.locale,
                self.message
            ),
        }
    }
}

/// A formatted message and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    /// The text, with Fluent's isolation marks U+2068 / U+2069 around the variables.
    pub text: String,
    /// The locale whose bundle produced the text: the requested one, or `fr`.
    pub locale: String,
    /// Direction to lay the text out in: that of [`Formatted::locale`].
    pub direction: Direction,
    /// `true` when the requested locale could not serve the message and French did.
    pub fell_back: bool,
    /// Fluent errors met while formatting (empty for the shipped bundles), in English.
    pub errors: Vec<String>,
}

/// Errors of [`I18n::format`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum I18nError {
    /// Neither the requested locale nor French has this message (or attribute).
    UnknownMessage(String),
}

impl fmt::Display for I18nError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            I18nError::UnknownMessage(id) => write!(f, "message inconnu : {id}"),
        }
    }
}

impl std::error::Error for I18nError {}

/// Removes Fluent's isolation marks (FSI U+2068, PDI U+2069), for plain-text uses such as a
/// window title. Do not use before bidi layout.
pub fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

pub(crate) struct LocaleData {
    pub(crate) info: Language,
    pub(crate) bundle: FluentBundle<Arc<FluentResource>>,
    /// Resources in the order they were added (shipped, then override).
    pub(crate) resources: Vec<Arc<FluentResource>>,
}

/// All the languages: shipped bundles plus the override folder. `Send + Sync`.
pub struct I18n {
    /// `fr` first, then the others sorted by tag.
    pub(crate) locales: Vec<LocaleData>,
    pub(crate) problems: Vec<LoadProblem>,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n")
            .field(
                "locales",
                &self.locales.iter().map(|l| &l.info.tag).collect::<Vec<_>>(),
            )
            .field("problems", &self.problems)
            .finish()
    }
}

impl I18n {
    /// The shipped languages only.
    pub fn shipped() -> Self {
        load::load(None)
    }

    /// Shipped languages, overridden or extended by `<override_dir>/<locale>/flyer.ftl` files.
    /// A missing folder is not an error. Never fails: unusable files are in [`I18n::problems`].
    pub fn load(override_dir: Option<&Path>) -> Self {
        load::load(override_dir)
    }

    /// Files of the override folder that could not be used, in French.
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// The catalogue: `fr` first, then by tag.
    pub fn languages(&self) -> Vec<Language> {
        self.locales.iter().map(|l| l.info.clone()).collect()
    }

    /// One language, looked up like [`I18n::resolve_locale`].
    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.locale_data(tag).map(|l| &l.info)
    }

    /// The catalogue tag serving a requested tag: exact match (case-insensitive), then an alias
    /// (`prs` → `fa-AF`, `zh-CN` → `zh-Hans`…), then the first tag with the same language subtag.
    pub fn resolve_locale(&self, tag: &str) -> Option<&str> {
        self.locale_data(tag).map(|l| l.info.tag.as_str())
    }

    pub(crate) fn locale_data(&self, tag: &str) -> Option<&LocaleData> {
        let tag = tag.trim().replace('_', "-");
        if let Some(l) = self
            .locales
            .iter()
            .find(|l| l.info.tag.eq_ignore_ascii_case(&tag))
        {
            return Some(l);
        }
        let alias = match tag.to_ascii_lowercase().as_str() {
            "prs" | "fa-af" => Some("fa-AF"),
            "zh" | "zh-cn" | "zh-sg" | "zh-hans-cn" | "cmn" => Some("zh-Hans"),
            "sr" | "sr-rs" | "sr-latn-rs" | "sh" => Some("sr-Latn"),
            "ful" | "fuc" | "fuf" => Some("ff"),
            _ => None,
        };
        if let Some(alias) = alias {
            if let Some(l) = self
                .locales
                .iter()
                .find(|l| l.info.tag.eq_ignore_ascii_case(alias))
            {
                return Some(l);
            }
        }
        let lang = tag.split('-').next().unwrap_or("");
        self.locales.iter().find(|l| {
            l.info
                .tag
                .split('-')
                .next()
                .is_some_and(|x| x.eq_ignore_ascii_case(lang))
        })
    }

    fn reference(&self) -> &LocaleData {
        // `load` always puts the shipped French bundle first.
        &self.locales[0]
    }

    /// Formats message `id` for `locale`. Falls back to French when the locale is unknown, lacks
    /// the message, or fails to format it; [`Formatted::locale`] says which one served.
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Formatted, I18nError> {
        self.format_inner(locale, id, None, args)
    }

    /// Formats attribute `attribute` of message `id` (e.g. `affiche-titre`, `accroche`).
    pub fn format_attribute(
        &self,
        locale: &str,
        id: &str,
        attribute: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Formatted, I18nError> {
        self.format_inner(locale, id, Some(attribute), args)
    }

    /// Message ids of a locale (value or attributes), sorted.
    pub fn message_ids(&self, locale: &str) -> Vec<String> {
        self.locale_data(locale)
            .map(|l| check::message_ids(l).into_iter().collect())
            .unwrap_or_default()
    }

    fn format_inner(
        &self,
        locale: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<Formatted, I18nError> {
        let mut earlier_errors = Vec::new();
        if let Some(data) = self.locale_data(locale) {
            match format_in(data, id, attribute, args) {
                Some((text, errors)) if errors.is_empty() || data.info.tag == REFERENCE_LOCALE => {
                    return Ok(Formatted {
                        text,
                        locale: data.info.tag.clone(),
                        direction: data.info.direction,
                        fell_back: false,
                        errors,
                    });
                }
                Some((_, errors)) => {
                    earlier_errors = errors
                        .into_iter()
                        .map(|e| format!("{}: {e}", data.info.tag))
                        .collect();
                }
                None => {}
            }
        }
        let fr = self.reference();
        match format_in(fr, id, attribute, args) {
            Some((text, errors)) => {
                earlier_errors.extend(errors);
                Ok(Formatted {
                    text,
                    locale: fr.info.tag.clone(),
                    direction: fr.info.direction,
                    fell_back: true,
                    errors: earlier_errors,
                })
            }
            None => Err(I18nError::UnknownMessage(match attribute {
                Some(a) => format!("{id}.{a}"),
                None => id.to_owned(),
            })),
        }
    }
}

/// Formats in one bundle; `None` when the message (or attribute) is absent.
fn format_in(
    data: &LocaleData,
    id: &str,
    attribute: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<(String, Vec<String>)> {
    let msg = data.bundle.get_message(id)?;
    let pattern = match attribute {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    let text: Cow<str> = data.bundle.format_pattern(pattern, args, &mut errors);
    Some((
        text.into_owned(),
        errors.iter().map(|e| e.to_string()).collect(),
    ))
}

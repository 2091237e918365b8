//! Loading the shipped bundles and the override folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use fluent_syntax::parser::{ErrorKind, ParserError};
use unic_langid::LanguageIdentifier;

use crate::{Direction, I18n, Language, LoadProblem, LocaleData, Source, REFERENCE_LOCALE};

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));

/// Name of the file in each locale folder.
pub(crate) const FILE_NAME: &str = "flyer.ftl";

/// Languages written right to left, used when a header does not say.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "fa", "ps", "ur", "he", "yi", "ckb", "dv", "sd", "ug", "syr", "prs", "ku-Arab",
];

/// The `# clé: valeur` lines of the leading comment block of a `.ftl` source.
#[derive(Debug, Default, Clone)]
pub(crate) struct Header {
    pub(crate) fields: BTreeMap<String, String>,
}

impl Header {
    pub(crate) fn parse(source: &str) -> Self {
        let mut fields = BTreeMap::new();
        for line in source.trim_start_matches('\u{feff}').lines() {
            let Some(rest) = line.strip_prefix('#') else {
                break;
            };
            let rest = rest.trim_start_matches('#').trim();
            if let Some((key, value)) = rest.split_once(':') {
                let key = key.trim();
                if !key.is_empty()
                    && key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !fields.contains_key(key)
                {
                    fields.insert(key.to_owned(), value.trim().to_owned());
                }
            }
        }
        Header { fields }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    pub(crate) fn direction(&self) -> Option<Direction> {
        match self.get("direction")?.split_whitespace().next()? {
            "rtl" => Some(Direction::Rtl),
            "ltr" => Some(Direction::Ltr),
            _ => None,
        }
    }

    pub(crate) fn reviewed(&self) -> Option<bool> {
        match self.get("relu-par-locuteur-natif")? {
            "oui" => Some(true),
            "non" => Some(false),
            _ => None,
        }
    }
}

fn default_direction(tag: &str) -> Direction {
    let lang = tag.split('-').next().unwrap_or(tag);
    if RTL_LANGUAGES.contains(&lang) || RTL_LANGUAGES.contains(&tag) || tag.contains("-Arab") {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// A parsed file.
struct Parsed {
    resource: FluentResource,
    header: Header,
}

/// Parses a source; `Err` lists the syntax errors as (line, French message).
fn parse(source: String) -> Result<Parsed, Vec<(usize, String)>> {
    let header = Header::parse(&source);
    match FluentResource::try_new(source) {
        Ok(resource) => Ok(Parsed { resource, header }),
        Err((resource, errors)) => {
            let text = resource.source();
            Err(errors
                .iter()
                .map(|e| (line_of(text, e), french_message(e)))
                .collect())
        }
    }
}

/// 1-based line of a parser error. An error found at the very start of a line (e.g. a brace
/// left open at the end of the previous line) is reported on the line before, inside the entry.
fn line_of(source: &str, error: &ParserError) -> usize {
    let mut at = error.pos.start.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let entry_start = error.slice.as_ref().map_or(0, |s| s.start);
    while at > entry_start && source[..at].ends_with(['\n', '\r']) {
        at -= 1;
    }
    source[..at].matches('\n').count() + 1
}

/// The parser's error in French.
pub(crate) fn french_message(error: &ParserError) -> String {
    match &error.kind {
        ErrorKind::ExpectedToken(c) => format!("caractère « {c} » attendu"),
        ErrorKind::ExpectedCharRange { range } => format!("un caractère parmi « {range} » attendu"),
        ErrorKind::ExpectedMessageField { entry_id } => {
            format!("le message « {entry_id} » n'a ni texte ni attribut (« = » suivi de rien ?)")
        }
        ErrorKind::ExpectedTermField { entry_id } => {
            format!("le terme « {entry_id} » n'a pas de texte")
        }
        ErrorKind::ForbiddenCallee => "appel de fonction interdit à cet endroit".to_owned(),
        ErrorKind::MissingDefaultVariant => {
            "le sélecteur n'a pas de variante par défaut (marquée d'un astérisque *)".to_owned()
        }
        ErrorKind::MissingValue => "valeur attendue".to_owned(),
        ErrorKind::MultipleDefaultVariants => {
            "le sélecteur a plusieurs variantes par défaut (une seule *)".to_owned()
        }
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::TermAttributeAsPlaceable => {
            "un message ou un terme ne peut pas servir de sélecteur".to_owned()
        }
        ErrorKind::UnterminatedStringLiteral => "chaîne entre guillemets non terminée".to_owned(),
        ErrorKind::PositionalArgumentFollowsNamed => {
            "argument positionnel après un argument nommé".to_owned()
        }
        ErrorKind::DuplicatedNamedArgument(n) => format!("l'argument « {n} » apparaît deux fois"),
        ErrorKind::UnknownEscapeSequence(s) => format!("séquence d'échappement inconnue « {s} »"),
        ErrorKind::InvalidUnicodeEscapeSequence(s) => {
            format!("séquence d'échappement Unicode invalide « {s} »")
        }
        ErrorKind::UnbalancedClosingBrace => "accolade fermante « } » sans ouvrante".to_owned(),
        ErrorKind::ExpectedInlineExpression => {
            "expression attendue entre les accolades (une variable s'écrit { $nom })".to_owned()
        }
        ErrorKind::ExpectedSimpleExpressionAsSelector => {
            "un sélecteur doit être une variable simple, comme $heures".to_owned()
        }
        ErrorKind::ExpectedLiteral => "texte entre guillemets ou nombre attendu".to_owned(),
    }
}

fn new_bundle(tag: &str) -> Option<FluentBundle<Arc<FluentResource>>> {
    let langid: LanguageIdentifier = tag.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(true);
    Some(bundle)
}

pub(crate) fn load(override_dir: Option<&Path>) -> I18n {
    let mut locales: Vec<LocaleData> = Vec::new();
    let mut problems = Vec::new();

    for (tag, rel_path, source) in SHIPPED {
        // Shipped files are checked by the tests: a syntax error cannot reach a release. Should
        // it happen anyway, the entries that did parse are kept and the error reported.
        let (resource, header) = match parse((*source).to_owned()) {
            Ok(p) => (p.resource, p.header),
            Err(errors) => {
                for (line, message) in errors {
                    problems.push(LoadProblem {
                        locale: (*tag).to_owned(),
                        file: PathBuf::from(rel_path),
                        line: Some(line),
                        message,
                    });
                }
                let header = Header::parse(source);
                let resource = match FluentResource::try_new((*source).to_owned()) {
                    Ok(r) | Err((r, _)) => r,
                };
                (resource, header)
            }
        };
        let Some(mut bundle) = new_bundle(tag) else {
            continue;
        };
        let resource = Arc::new(resource);
        bundle.add_resource_overriding(Arc::clone(&resource));
        locales.push(LocaleData {
            info: language_from(tag, &header, Source::Shipped),
            bundle,
            resources: vec![resource],
        });
    }

    if let Some(dir) = override_dir {
        load_overrides(dir, &mut locales, &mut problems);
    }

    locales.sort_by(|a, b| {
        (a.info.tag != REFERENCE_LOCALE, &a.info.tag)
            .cmp(&(b.info.tag != REFERENCE_LOCALE, &b.info.tag))
    });
    assert!(
        locales
            .first()
            .is_some_and(|l| l.info.tag == REFERENCE_LOCALE),
        "i18n/{REFERENCE_LOCALE}/{FILE_NAME} doit être livré"
    );
    I18n { locales, problems }
}

fn language_from(tag: &str, header: &Header, source: Source) -> Language {
    Language {
        tag: tag.to_owned(),
        native_name: header.get("langue").unwrap_or(tag).to_owned(),
        french_name: header.get("langue-fr").unwrap_or(tag).to_owned(),
        direction: header.direction().unwrap_or_else(|| default_direction(tag)),
        reviewed_by_native_speaker: header.reviewed().unwrap_or(false),
        reviewer: header.get("relu-par").map(str::to_owned),
        reviewed_on: header.get("relu-le").map(str::to_owned),
        source,
    }
}

fn load_overrides(dir: &Path, locales: &mut Vec<LocaleData>, problems: &mut Vec<LoadProblem>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.path().join(FILE_NAME),
            )
        })
        .filter(|(_, p)| p.is_file())
        .collect();
    files.sort();

    for (folder, file) in files {
        let problem = |line: Option<usize>, message: String| LoadProblem {
            locale: folder.clone(),
            file: file.clone(),
            line,
            message,
        };
        let source = match std::fs::read(&file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(_) => {
                    problems.push(problem(
                        None,
                        "le fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 ; \
                         la version livrée reste utilisée"
                            .to_owned(),
                    ));
                    continue;
                }
            },
            Err(e) => {
                problems.push(problem(None, format!("lecture impossible : {e}")));
                continue;
            }
        };
        if folder.parse::<LanguageIdentifier>().is_err() {
            problems.push(problem(
                None,
                format!(
                    "« {folder} » n'est pas un code de langue valide (ex. : ar, fa-AF, sr-Latn)"
                ),
            ));
            continue;
        }
        let parsed = match parse(source) {
            Ok(p) => p,
            Err(errors) => {
                let shipped = locales
                    .iter()
                    .any(|l| l.info.tag.eq_ignore_ascii_case(&folder));
                for (line, message) in errors {
                    let what = if shipped {
                        "le fichier est ignoré, la version livrée reste utilisée"
                    } else {
                        "le fichier est ignoré, cette langue n'est pas disponible"
                    };
                    problems.push(problem(Some(line), format!("{message} ; {what}")));
                }
                continue;
            }
        };
        if let Some(declared) = parsed.header.get("locale") {
            if !declared.eq_ignore_ascii_case(&folder) {
                problems.push(problem(
                    None,
                    format!(
                        "l'en-tête indique la locale « {declared} » mais le dossier s'appelle \
                         « {folder} » : le nom du dossier fait foi"
                    ),
                ));
            }
        }
        let resource = Arc::new(parsed.resource);
        if let Some(existing) = locales
            .iter_mut()
            .find(|l| l.info.tag.eq_ignore_ascii_case(&folder))
        {
            let mut warnings = Vec::new();
            let kept = keep_unredefined_parts(&existing.resources, &resource, &mut warnings);
            for (line, message) in warnings {
                problems.push(problem(line, message));
            }
            existing
                .bundle
                .add_resource_overriding(Arc::clone(&resource));
            existing.resources.push(resource);
            if let Some(kept) = kept {
                let kept = Arc::new(kept);
                existing.bundle.add_resource_overriding(Arc::clone(&kept));
                existing.resources.push(kept);
            }
            let h = &parsed.header;
            let info = &mut existing.info;
            info.source = Source::ShippedAndOverride;
            if let Some(v) = h.get("langue") {
                v.clone_into(&mut info.native_name);
            }
            if let Some(v) = h.get("langue-fr") {
                v.clone_into(&mut info.french_name);
            }
            if let Some(d) = h.direction() {
                info.direction = d;
            }
            if let Some(r) = h.reviewed() {
                info.reviewed_by_native_speaker = r;
            }
            if let Some(v) = h.get("relu-par") {
                info.reviewer = Some(v.to_owned());
            }
            if let Some(v) = h.get("relu-le") {
                info.reviewed_on = Some(v.to_owned());
            }
        } else {
            let Some(mut bundle) = new_bundle(&folder) else {
                continue;
            };
            bundle.add_resource_overriding(Arc::clone(&resource));
            locales.push(LocaleData {
                info: language_from(&folder, &parsed.header, Source::Override),
                bundle,
                resources: vec![resource],
            });
        }
    }
}

/// The last definition of message `id` in `resources` (as the bundle sees it).
fn last_message<'r>(
    resources: &'r [Arc<FluentResource>],
    id: &str,
) -> Option<&'r ast::Message<&'r str>> {
    resources.iter().rev().find_map(|r| {
        r.entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) if m.id.name == id => Some(m),
                _ => None,
            })
            .last()
    })
}

/// 1-based line where `id = …` starts in `source`, if found.
fn line_of_message(source: &str, id: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| {
            l.trim_start_matches('\u{feff}')
                .strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// For each message of `overriding` that already exists in `resources`, the parts (text,
/// attributes) it does not redefine are taken from the existing message. Returns a resource of
/// the completed messages, to add after `overriding`, and pushes one warning per part kept
/// onto `warnings`: (line in the override file, French message).
fn keep_unredefined_parts(
    resources: &[Arc<FluentResource>],
    overriding: &FluentResource,
    warnings: &mut Vec<(Option<usize>, String)>,
) -> Option<FluentResource> {
    let mut completed: Vec<ast::Message<&str>> = Vec::new();
    let new_messages: Vec<&ast::Message<&str>> = overriding
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m),
            _ => None,
        })
        .collect();
    for (i, m) in new_messages.iter().enumerate() {
        if new_messages[i + 1..].iter().any(|n| n.id.name == m.id.name) {
            continue;
        }
        let Some(old) = last_message(resources, m.id.name) else {
            continue;
        };
        let line = line_of_message(overriding.source(), m.id.name);
        let mut merged = (*m).clone();
        merged.comment = None;
        let kept_before = warnings.len();
        if merged.value.is_none() && old.value.is_some() {
            merged.value.clone_from(&old.value);
            warnings.push((line, kept_message(m.id.name, "son texte")));
        }
        for attr in &old.attributes {
            if !m.attributes.iter().any(|a| a.id.name == attr.id.name) {
                merged.attributes.push(attr.clone());
                let part = format!("l'attribut « .{} »", attr.id.name);
                warnings.push((line, kept_message(m.id.name, &part)));
            }
        }
        if warnings.len() > kept_before {
            completed.push(merged);
        }
    }
    if completed.is_empty() {
        return None;
    }
    let body = completed.into_iter().map(ast::Entry::Message).collect();
    let source = fluent_syntax::serializer::serialize(&ast::Resource { body });
    match FluentResource::try_new(source) {
        Ok(r) | Err((r, _)) => Some(r),
    }
}

fn kept_message(id: &str, part: &str) -> String {
    format!("le message « {id} » ne redéfinit pas {part} : la version livrée en est gardée")
}

//! The parents' flyer ("affiche") of an atelier, in the parents' languages: one A4 page per
//! language, drawn with the document engine (`oepre-pdf`) from the Fluent texts of `oepre-i18n`.
//!
//! # What goes on the page
//! 1. A title band (title and catch line of the language; the school logo at the start side when
//!    given).
//! 2. A row of five pictograms that need no reading — calendar (the weekdays), clock (the times),
//!    map pin (the room), "0 €" (free) and an adult with a child, ticked in green when young
//!    children may come along, crossed in red when not — each with its short label.
//! 3. The blocks "what", "what it brings", "in practice", "how to enrol", "contact".
//! 4. A small footer in French for the staff: the language, and *Traduction à relire par un
//!    locuteur natif* when the file has not been reviewed (or *Traduction relue…* when it has);
//!    *Certains textes sont en français* when a message fell back to French.
//!
//! Right-to-left languages get the whole page mirrored: text aligned right, the logo on the
//! right, the pictogram row read from the right, bullets and heading bars on the right. The
//! bidi algorithm of the engine keeps numbers, times, e-mail addresses and Latin names in order
//! inside the RTL text (Fluent isolates each variable). A message served by French (missing or
//! broken in the language) is laid out left to right, even on an RTL page.
//!
//! # Bilingual variant
//! Two columns, the parent's language on its reading side (left for LTR, right for RTL) and
//! French on the other, **block by block on the same rows**: each block of the parent's
//! language sits next to its French version, so the staff can point at a paragraph and know what
//! it says. The title band and pictogram row are shared (labels in both languages). Two columns
//! were chosen over a top/bottom split because the texts are short sentences that wrap well in
//! 89 mm, whereas halves would give each language only ~120 mm of height and repeat the
//! pictograms.
//!
//! # Fitting one page
//! The body size is the largest of 13 pt, 12.5 pt… 6 pt (from 11 pt for two columns) with
//! which everything fits above the footer, measured with the engine before drawing; spare
//! height is spread between the blocks.
//!
//! # Times
//! Slots with the same start and end are grouped: "mardi et jeudi, de 14 h à 16 h". When the
//! slots have different times, `pratique-quand` is printed once per group, and the clock
//! pictogram lists each time range on its own line (the days are under the calendar).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime, Weekday};
use oepre_i18n::{Direction as Sens, Formatted, Language, Source};
use oepre_pdf::{Align, Color, Direction, Document, DocumentOptions, ImageId, Margins, PdfError, Stroke, TextStyle};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

pub use oepre_i18n::{FlyerDetails, I18n, LoadProblem};

use crate::domaine::atelier::Atelier;
use crate::domaine::etablissement::{self, Etablissement};
use crate::{domaine::seance, Erreur, Resultat};

mod mise_en_page;
use mise_en_page::{draw_page, fit, Logo, PageSpec, Painter, MARGIN};

/// The override folder of the translations: `i18n/` next to the data file (with the default
/// data file, the app-data folder).
pub fn dossier_i18n(chemin_db: &Path) -> PathBuf {
    chemin_db.parent().unwrap_or_else(|| Path::new(".")).join("i18n")
}

/// One language the flyer can be printed in, for the app and `oepre flyer --list-langs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FlyerLanguage {
    /// BCP 47 tag (`fr`, `ar`, `zh-Hans`, `fa-AF`…).
    pub locale: String,
    /// Name in the language itself (`العربية`).
    pub name: String,
    /// Name in French (`arabe`).
    pub french_name: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// Whether a native speaker has reviewed the translation (else the flyer says "traduction
    /// à relire").
    pub reviewed: bool,
    /// `livree`, `livree+surcharge` or `ajoutee` (a language added by the school).
    pub source: String,
    /// What the flyer prints about the review (« Traduction relue par Awa Diallo le
    /// 05/12/2026 », « Traduction à relire par un locuteur natif »); empty for French.
    pub mention_relecture: String,
}

impl From<&Language> for FlyerLanguage {
    fn from(l: &Language) -> Self {
        FlyerLanguage {
            locale: l.tag.clone(),
            name: l.native_name.clone(),
            french_name: l.french_name.clone(),
            direction: l.direction.as_str().to_owned(),
            reviewed: l.reviewed_by_native_speaker,
            source: match l.source {
                Source::Shipped => "livree",
                Source::ShippedAndOverride => "livree+surcharge",
                Source::Override => "ajoutee",
            }
            .to_owned(),
            mention_relecture: mention_relecture(l).unwrap_or_default(),
        }
    }
}

/// The review mark of a language, as the flyer prints it in its footer (`None` for French).
pub fn mention_relecture(info: &Language) -> Option<String> {
    if info.tag == "fr" {
        return None;
    }
    Some(match (info.reviewed_by_native_speaker, &info.reviewer) {
        (true, Some(nom)) => match info.reviewed_on.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            Some(d) => format!("Traduction relue par {nom} le {}", d.format("%d/%m/%Y")),
            None => format!("Traduction relue par {nom}"),
        },
        (true, None) => "Traduction relue par un locuteur natif".to_owned(),
        (false, _) => "Traduction à relire par un locuteur natif".to_owned(),
    })
}

/// The catalogue: French first, then by tag.
pub fn languages(i18n: &I18n) -> Vec<FlyerLanguage> {
    i18n.languages().iter().map(FlyerLanguage::from).collect()
}

/// Reads a list of languages typed by a person: `fr,ar , zh` or `all` / `toutes` (every
/// language of the catalogue). Each tag is resolved like [`I18n::resolve_locale`] (`prs` →
/// `fa-AF`, `zh` → `zh-Hans`); duplicates are dropped.
pub fn resolve_locales(i18n: &I18n, saisie: &str) -> Resultat<Vec<String>> {
    let t = saisie.trim();
    if matches!(t.to_lowercase().as_str(), "all" | "toutes" | "tout") {
        return Ok(i18n.languages().into_iter().map(|l| l.tag).collect());
    }
    let mut v: Vec<String> = Vec::new();
    let mut inconnues = Vec::new();
    for tag in t.split([',', ' ', ';']).filter(|s| !s.is_empty()) {
        match i18n.resolve_locale(tag) {
            Some(r) if !v.iter().any(|x| x == r) => v.push(r.to_owned()),
            Some(_) => {}
            None => inconnues.push(tag.to_owned()),
        }
    }
    if !inconnues.is_empty() {
        return Err(Erreur::champ(
            "lang",
            format!("Langue inconnue : {} (voir la liste des langues de l'affiche).", inconnues.join(", ")),
        ));
    }
    if v.is_empty() {
        return Err(Erreur::champ("lang", "Choisissez au moins une langue pour l'affiche."));
    }
    Ok(v)
}

/// Days sharing the same start and end time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeSlot {
    /// Weekdays, Monday first.
    pub days: Vec<Weekday>,
    /// Start.
    pub start: NaiveTime,
    /// End.
    pub end: NaiveTime,
}

/// What the flyer says about one atelier, before translation.
#[derive(Debug, Clone, PartialEq)]
pub struct FlyerInput {
    /// Name of the atelier (file names, PDF title; not printed).
    pub atelier: String,
    /// The Fluent variables. `days` holds every weekday of the atelier; `start`/`end` those of
    /// the first group of [`FlyerInput::slots`].
    pub details: FlyerDetails,
    /// Weekly slots grouped by identical times, in the order of their first day. Never empty.
    pub slots: Vec<TimeSlot>,
}

impl FlyerInput {
    /// From the school and the atelier. `first_session`: date of the first séance not cancelled
    /// (else the atelier's first day). Planned hours are rounded to the nearest hour.
    pub fn new(
        etab: &Etablissement,
        atelier: &Atelier,
        first_session: Option<NaiveDate>,
        toddlers_welcome: bool,
    ) -> Resultat<Self> {
        let mut creneaux: Vec<_> = atelier.creneaux.iter().map(|c| c.creneau()).collect();
        creneaux.sort_by_key(|c| (c.jour.num_days_from_monday(), c.debut, c.fin));
        let mut slots: Vec<TimeSlot> = Vec::new();
        for c in &creneaux {
            match slots.iter_mut().find(|g| g.start == c.debut && g.end == c.fin) {
                Some(g) if g.days.contains(&c.jour) => {}
                Some(g) => g.days.push(c.jour),
                None => slots.push(TimeSlot { days: vec![c.jour], start: c.debut, end: c.fin }),
            }
        }
        let Some(first) = slots.first().cloned() else {
            return Err(Erreur::Conflit(format!(
                "L'atelier « {} » n'a aucun créneau : indiquez ses jours et heures avant de faire l'affiche.",
                atelier.nom
            )));
        };
        let mut days: Vec<Weekday> = Vec::new();
        for c in &creneaux {
            if !days.contains(&c.jour) {
                days.push(c.jour);
            }
        }
        // The message says "salle { $salle }": "Salle 104" would print "salle Salle 104".
        let room = atelier.salle.trim();
        let room = match room.get(..6) {
            Some(p) if p.eq_ignore_ascii_case("salle ") => room[6..].trim(),
            _ => room,
        };
        let details = FlyerDetails {
            school: etab.nom.trim().to_owned(),
            room: if room.is_empty() { "—".to_owned() } else { room.to_owned() },
            days,
            start: first.start,
            end: first.end,
            first_session: first_session.unwrap_or(atelier.premier_jour),
            hours: u32::try_from((atelier.minutes_prevues.max(0) + 30) / 60).unwrap_or(u32::MAX),
            toddlers_welcome,
            phone: etab.telephone.trim().to_owned(),
            email: etab.courriel.trim().to_owned(),
        };
        Ok(FlyerInput { atelier: atelier.nom.clone(), details, slots })
    }

    /// From the data file: the school, the atelier, its first séance not cancelled.
    pub fn from_db(conn: &Connection, atelier: &Atelier, toddlers_welcome: bool) -> Resultat<Self> {
        let etab = etablissement::lire(conn)?.ok_or_else(|| {
            Erreur::Conflit("Renseignez d'abord l'établissement (écran Établissement) : l'affiche donne son nom et son téléphone.".into())
        })?;
        let first = seance::lister(conn, atelier.id)?.into_iter().find(|s| !s.annulee).map(|s| s.date);
        FlyerInput::new(&etab, atelier, first, toddlers_welcome)
    }

    /// Sample input (tests, benchmark): the sample details of `oepre-i18n` on Tuesday and
    /// Thursday 14:00–16:30.
    pub fn sample() -> Self {
        let details = FlyerDetails::sample();
        let slots = vec![TimeSlot { days: details.days.clone(), start: details.start, end: details.end }];
        FlyerInput { atelier: "Atelier du mardi et jeudi".into(), details, slots }
    }
}

/// Options of a flyer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlyerOptions {
    /// Each page in the parent's language beside French (two columns).
    pub bilingual: bool,
    /// The school logo (PNG), printed in the title band.
    pub logo_png: Option<Vec<u8>>,
}

/// What one page of a flyer holds, for the app (e.g. to show "traduction à relire").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FlyerPage {
    /// The language of the page (catalogue tag).
    pub locale: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// Reviewed by a native speaker (French, the reference, always is).
    pub reviewed: bool,
    /// Bilingual page (the language beside French).
    pub bilingual: bool,
    /// Messages printed in French because the language lacks them (or cannot format them).
    pub fallbacks: Vec<String>,
    /// Body text size chosen to fit the page, in points.
    pub body_size: f32,
}

/// A rendered flyer: the PDF bytes and a description of each page.
#[derive(Debug, Clone)]
pub struct Flyer {
    /// The PDF (same input, same bytes).
    pub pdf: Vec<u8>,
    /// One per language, in the order asked.
    pub pages: Vec<FlyerPage>,
}

/// File name of the flyer of an atelier in one language: `flyer-atelier-du-mardi-ar.pdf`
/// (ASCII letters, digits and dashes only).
pub fn file_name(atelier: &str, locale: &str) -> String {
    format!("flyer-{}-{}.pdf", slug(atelier), slug_keep_case(locale))
}

fn slug(s: &str) -> String {
    slug_keep_case(&s.to_lowercase())
}

fn slug_keep_case(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfd() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !('\u{300}'..='\u{36f}').contains(&c) && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(60).collect();
    if out.is_empty() {
        "atelier".to_owned()
    } else {
        out.trim_end_matches('-').to_owned()
    }
}

/// Renders the flyer: one A4 page per locale of `locales` (catalogue tags or anything
/// [`I18n::resolve_locale`] understands), in that order.
pub fn render(i18n: &I18n, input: &FlyerInput, locales: &[String], options: &FlyerOptions) -> Resultat<Flyer> {
    if locales.is_empty() {
        return Err(Erreur::champ("lang", "Choisissez au moins une langue pour l'affiche."));
    }
    let mut tags = Vec::new();
    for l in locales {
        let tag = i18n
            .resolve_locale(l)
            .ok_or_else(|| Erreur::champ("lang", format!("Langue inconnue : {l} (voir la liste des langues de l'affiche).")))?;
        tags.push(tag.to_owned());
    }
    let mut doc = Document::new(
        DocumentOptions {
            title: format!("Ateliers OEPRE — {} — {}", input.atelier, tags.join(", ")),
            author: input.details.school.clone(),
            subject: "Affiche pour les parents".into(),
            ..DocumentOptions::default()
        }
        .margins(Margins::all(MARGIN)),
    );
    let logo = match &options.logo_png {
        Some(bytes) => {
            let id = doc.add_png(bytes).map_err(|e| {
                Erreur::champ("logo", format!("Le logo n'est pas une image PNG lisible ({e})."))
            })?;
            let (w, h) = doc.image_size(id);
            Some(Logo { id, aspect: w as f32 / h.max(1) as f32 })
        }
        None => None,
    };
    let french = options.bilingual.then(|| {
        let mut fr = LangTexts::new(i18n, "fr", input);
        fr.secondary = true;
        fr
    });
    let mut pages = Vec::new();
    for tag in &tags {
        let t = LangTexts::new(i18n, tag, input);
        let fr = french.as_ref().filter(|_| tag != "fr");
        let spec = PageSpec { t: &t, fr, input, logo };
        let sizes = fit(&mut doc, &spec);
        let index = doc.add_page().index();
        draw_page(&mut Painter { doc: &mut doc, page: Some(index) }, &spec, sizes);
        let mut fallbacks = t.fallbacks();
        if let Some(fr) = fr {
            fallbacks.extend(fr.fallbacks());
        }
        pages.push(FlyerPage {
            locale: tag.clone(),
            direction: t.info.direction.as_str().to_owned(),
            reviewed: t.info.reviewed_by_native_speaker,
            bilingual: fr.is_some(),
            fallbacks,
            body_size: sizes.body,
        });
    }
    let pdf = doc.finish().map_err(|e| match e {
        PdfError::Image(m) => Erreur::champ("logo", format!("Le logo n'est pas une image PNG lisible ({m}).")),
        e => Erreur::Interne(format!("affiche PDF : {e}")),
    })?;
    Ok(Flyer { pdf, pages })
}

// ---------------------------------------------------------------------------------------------
// Texts of one language

struct LangTexts {
    info: Language,
    msgs: BTreeMap<&'static str, Formatted>,
    /// `pratique-quand` for each group of slots.
    quand: Vec<Formatted>,
    /// Every weekday of the atelier (calendar pictogram).
    days: Formatted,
    /// One "start – end" line per group (clock pictogram).
    times: Formatted,
    room: Formatted,
    empty: Formatted,
    /// The French column of a bilingual page: set in regular weight, so that the parents'
    /// language is what the eye meets first (and, for Urdu or Tamil, no bold Latin font is
    /// embedded for it).
    secondary: bool,
}

impl LangTexts {
    fn new(i18n: &I18n, tag: &str, input: &FlyerInput) -> Self {
        let info = i18n.language(tag).cloned().unwrap_or_else(|| Language {
            tag: tag.to_owned(),
            native_name: tag.to_owned(),
            french_name: tag.to_owned(),
            direction: Sens::Ltr,
            reviewed_by_native_speaker: false,
            reviewer: None,
            reviewed_on: None,
            source: Source::Override,
        });
        let msgs: BTreeMap<&'static str, Formatted> = i18n.format_flyer(tag, &input.details).into_iter().collect();
        let mut quand = Vec::new();
        let mut times = Vec::new();
        for slot in &input.slots {
            let mut d = input.details.clone();
            d.days = slot.days.clone();
            d.start = slot.start;
            d.end = slot.end;
            let args = i18n.flyer_args(tag, &d);
            if let Ok(f) = i18n.format(tag, "pratique-quand", Some(&args)) {
                quand.push(f);
            }
            let s = i18n.format_time(tag, slot.start);
            let e = i18n.format_time(tag, slot.end);
            // Isolated like Fluent's variables, so that "14:00" stays one LTR unit in RTL text.
            times.push((format!("\u{2068}{}\u{2069} – \u{2068}{}\u{2069}", s.text, e.text), s));
        }
        let days = i18n.format_weekdays(tag, &input.details.days);
        let own = |text: String, like: &Formatted| Formatted { text, errors: Vec::new(), ..like.clone() };
        let times = match times.first() {
            Some((_, like)) => own(times.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join("\n"), like),
            None => own(String::new(), &days),
        };
        let plain = Formatted {
            text: String::new(),
            locale: info.tag.clone(),
            direction: info.direction,
            fell_back: false,
            errors: Vec::new(),
        };
        let room = own(input.details.room.clone(), &plain);
        LangTexts { info, msgs, quand, days, times, room, empty: plain, secondary: false }
    }

    fn get(&self, key: &str) -> &Formatted {
        self.msgs.get(key).unwrap_or(&self.empty)
    }

    fn rtl(&self) -> bool {
        self.info.direction == Sens::Rtl
    }

    fn fallbacks(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .msgs
            .iter()
            .filter(|(_, f)| f.fell_back && self.info.tag != "fr")
            .map(|(k, _)| (*k).to_owned())
            .collect();
        if self.info.tag != "fr" && (self.days.fell_back || self.times.fell_back) {
            v.push("jours / heures".to_owned());
        }
        v
    }

    fn blocks(&self) -> Vec<Block<'_>> {
        let g = |k| self.get(k);
        let mut pratique = vec![Para::Bullet(g("pratique-lieu"))];
        pratique.extend(self.quand.iter().map(Para::Bullet));
        pratique.extend([
            Para::Bullet(g("pratique-debut")),
            Para::Bullet(g("pratique-duree")),
            Para::Bullet(g("pratique-gratuit")),
            Para::Bullet(g("petits-enfants")),
        ]);
        vec![
            Block {
                title: g("quoi-titre"),
                paras: vec![Para::Plain(g("quoi-texte")), Para::Plain(g("quoi-gratuit")), Para::Plain(g("quoi-volontaire"))],
            },
            Block {
                title: g("apports-titre"),
                paras: ["apports-reussite", "apports-ecole", "apports-francais", "apports-valeurs"]
                    .into_iter()
                    .map(|k| Para::Bullet(g(k)))
                    .collect(),
            },
            Block { title: g("pratique-titre"), paras: pratique },
            Block { title: g("inscription-titre"), paras: vec![Para::Plain(g("inscription-texte"))] },
            Block {
                title: g("contact-titre"),
                paras: vec![Para::Plain(g("contact-telephone")), Para::Plain(g("contact-courriel"))],
            },
        ]
    }
}

struct Block<'a> {
    title: &'a Formatted,
    paras: Vec<Para<'a>>,
}

enum Para<'a> {
    Plain(&'a Formatted),
    Bullet(&'a Formatted),
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn file_names_are_ascii_slugs() {
        assert_eq!(file_name("Atelier du mardi & jeudi", "ar"), "flyer-atelier-du-mardi-jeudi-ar.pdf");
        assert_eq!(file_name("Éveil — Français", "zh-Hans"), "flyer-eveil-francais-zh-Hans.pdf");
        assert_eq!(file_name("../../etc", "fa-AF"), "flyer-etc-fa-AF.pdf");
        assert_eq!(file_name("مدرسة", "ar"), "flyer-atelier-ar.pdf");
    }

    #[test]
    fn locales_are_resolved_and_unknown_ones_refused() {
        let i18n = I18n::shipped();
        assert_eq!(resolve_locales(&i18n, "fr, ar,prs,zh,ar").unwrap(), ["fr", "ar", "fa-AF", "zh-Hans"]);
        assert_eq!(resolve_locales(&i18n, "all").unwrap().len(), i18n.languages().len());
        let e = resolve_locales(&i18n, "fr,xx").unwrap_err();
        assert!(e.to_string().contains("xx"), "{e}");
        assert!(resolve_locales(&i18n, " ").is_err());
    }

    #[test]
    fn catalogue_says_what_is_reviewed() {
        let langs = languages(&I18n::shipped());
        assert_eq!(langs[0].locale, "fr");
        assert!(langs[0].reviewed);
        let ar = langs.iter().find(|l| l.locale == "ar").unwrap();
        assert_eq!((ar.direction.as_str(), ar.reviewed, ar.source.as_str()), ("rtl", false, "livree"));
    }

    fn atelier(creneaux: &[(u8, NaiveTime, NaiveTime)]) -> Atelier {
        Atelier {
            id: 1,
            annee_id: 1,
            nom: "Atelier".into(),
            niveau: String::new(),
            salle: " B12 ".into(),
            premier_jour: NaiveDate::from_ymd_opt(2025, 10, 7).unwrap(),
            dernier_jour: NaiveDate::from_ymd_opt(2026, 6, 25).unwrap(),
            minutes_prevues: 116 * 60 + 40,
            effectif_min: 12,
            effectif_max: 15,
            partenaires: String::new(),
            notes: String::new(),
            creneaux: creneaux
                .iter()
                .enumerate()
                .map(|(i, &(jour, debut, fin))| crate::domaine::atelier::CreneauAtelier {
                    id: i as i64,
                    jour,
                    debut,
                    fin,
                    intervenants: Vec::new(),
                })
                .collect(),
        }
    }

    fn ecole() -> Etablissement {
        let s = crate::domaine::etablissement::SaisieEtablissement {
            nom: "École Jules-Ferry".into(),
            type_etablissement: Some(crate::domaine::etablissement::TypeEtablissement::Ecole),
            uai: "0751234J".into(),
            adresse: "1 rue de l'École".into(),
            code_postal: "75011".into(),
            commune: "Paris".into(),
            academie: "Paris".into(),
            zone: Some(crate::domaine::etablissement::Zone::C),
            chef_nom: "Mme Martin".into(),
            chef_titre: Some(crate::domaine::etablissement::TitreChef::Directrice),
            telephone: "01 23 45 67 89".into(),
            courriel: "ce.0751234a@ac-paris.fr".into(),
        };
        crate::domaine::etablissement::valider(&s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn slots_are_grouped_by_times() {
        let a = atelier(&[(4, t(14, 0), t(16, 0)), (2, t(14, 0), t(16, 0)), (5, t(9, 0), t(11, 0))]);
        let input = FlyerInput::new(&ecole(), &a, None, false).unwrap();
        assert_eq!(input.details.days, [Tue, Thu, Fri]);
        assert_eq!(input.slots.len(), 2);
        assert_eq!(input.slots[0], TimeSlot { days: vec![Tue, Thu], start: t(14, 0), end: t(16, 0) });
        assert_eq!(input.slots[1].days, [Fri]);
        assert_eq!((input.details.start, input.details.end), (t(14, 0), t(16, 0)));
        assert_eq!(input.details.hours, 117, "116 h 40 rounds to 117");
        assert_eq!(input.details.room, "B12");
        assert_eq!(input.details.first_session, a.premier_jour, "no séance: the atelier's first day");
        assert!(!input.details.toddlers_welcome);
        let e = FlyerInput::new(&ecole(), &atelier(&[]), None, false).unwrap_err();
        assert!(e.to_string().contains("aucun créneau"), "{e}");
    }

    #[test]
    fn different_times_print_one_line_per_group() {
        let a = atelier(&[(2, t(14, 0), t(16, 0)), (4, t(9, 0), t(11, 30))]);
        let input = FlyerInput::new(&ecole(), &a, None, true).unwrap();
        let texts = LangTexts::new(&I18n::shipped(), "fr", &input);
        let quand: Vec<String> = texts.quand.iter().map(|f| oepre_i18n::strip_isolation(&f.text)).collect();
        assert_eq!(quand, ["Quand : mardi, de 14 h à 16 h", "Quand : jeudi, de 9 h à 11 h 30"]);
        assert_eq!(oepre_i18n::strip_isolation(&texts.times.text), "14 h – 16 h\n9 h – 11 h 30");
        assert_eq!(oepre_i18n::strip_isolation(&texts.days.text), "mardi et jeudi");
    }

    #[test]
    fn every_page_fits_and_sizes_shrink_for_long_languages() {
        let i18n = I18n::shipped();
        let input = FlyerInput::sample();
        let all: Vec<String> = i18n.languages().into_iter().map(|l| l.tag).collect();
        let flyer = render(&i18n, &input, &all, &FlyerOptions::default()).unwrap();
        assert_eq!(flyer.pages.len(), all.len());
        for page in &flyer.pages {
            // The fitting loop stops at 6 pt whether or not the page fits: above it, it fits.
            assert!(page.body_size >= 7.0, "{} shrinks to {} pt", page.locale, page.body_size);
            assert!(page.fallbacks.is_empty(), "{}: {:?}", page.locale, page.fallbacks);
        }
        let fr = &flyer.pages[0];
        assert!(fr.reviewed && fr.locale == "fr");
    }

    #[test]
    fn same_input_same_bytes() {
        let i18n = I18n::shipped();
        let input = FlyerInput::sample();
        let langs = ["ar".to_owned(), "ur".to_owned()];
        let opts = FlyerOptions { bilingual: true, logo_png: None };
        let a = render(&i18n, &input, &langs, &opts).unwrap();
        let b = render(&i18n, &input, &langs, &opts).unwrap();
        assert_eq!(a.pdf, b.pdf);
    }

    #[test]
    fn bad_logo_is_a_field_error() {
        let opts = FlyerOptions { bilingual: false, logo_png: Some(b"GIF89a".to_vec()) };
        let e = render(&I18n::shipped(), &FlyerInput::sample(), &["fr".to_owned()], &opts).unwrap_err();
        assert_eq!(e.champs()[0].champ, "logo");
    }

    #[test]
    fn weekday_order_is_monday_first() {
        let a = atelier(&[(5, t(14, 0), t(16, 0)), (1, t(14, 0), t(16, 0))]);
        let input = FlyerInput::new(&ecole(), &a, None, false).unwrap();
        assert_eq!(input.details.days, [Mon, Fri]);
        assert_eq!(input.details.days[0].number_from_monday(), 1);
    }
}

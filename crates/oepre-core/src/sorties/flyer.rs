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

// ---------------------------------------------------------------------------------------------
// Layout

const PAGE_W: f32 = 210.0;
const MARGIN: f32 = 12.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
const TOP: f32 = 12.0;
/// Content must end above this line; the footer sits below.
const BOTTOM_LIMIT: f32 = 280.0;
const FOOTER_Y: f32 = 284.0;
const COLUMN_GAP: f32 = 8.0;
const BASE_GAP: f32 = 4.0;

const BLUE: Color = Color::BLEU_FRANCE;
const PICTO_BG: Color = Color::rgb(234, 239, 255);
const GREEN: Color = Color::rgb(20, 130, 60);
const RED: Color = Color::rgb(206, 30, 40);
const FOOTER_GREY: Color = Color::rgb(120, 120, 120);

#[derive(Clone, Copy)]
struct Logo {
    id: ImageId,
    aspect: f32,
}

struct PageSpec<'a> {
    t: &'a LangTexts,
    fr: Option<&'a LangTexts>,
    input: &'a FlyerInput,
    logo: Option<Logo>,
}

#[derive(Debug, Clone, Copy)]
struct Sizes {
    body: f32,
    gap: f32,
}

impl Sizes {
    fn title(self, bilingual: bool) -> f32 {
        (self.body * if bilingual { 1.55 } else { 1.85 }).min(22.0)
    }
    fn heading(self) -> f32 {
        self.body * 1.2
    }
}

/// Draws on a page, or only measures (dry run) when `page` is `None`.
struct Painter<'d> {
    doc: &'d mut Document,
    page: Option<usize>,
}

impl Painter<'_> {
    fn measure(&self, text: &str, w: f32, style: &TextStyle) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        self.doc.measure_height(text, w, style)
    }

    fn text(&mut self, x: f32, y: f32, w: f32, text: &str, style: &TextStyle) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        match self.page.and_then(|i| self.doc.page(i).ok()) {
            Some(mut p) => p.text(x, y, w, text, style),
            None => self.doc.measure_height(text, w, style),
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, stroke: Option<&Stroke>, fill: Option<Color>) {
        if let Some(mut p) = self.page.and_then(|i| self.doc.page(i).ok()) {
            p.rect(x, y, w, h, stroke, fill);
        }
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: &Stroke) {
        if let Some(mut p) = self.page.and_then(|i| self.doc.page(i).ok()) {
            p.line(x1, y1, x2, y2, stroke);
        }
    }

    fn polyline(&mut self, pts: &[(f32, f32)], stroke: &Stroke) {
        if let Some(mut p) = self.page.and_then(|i| self.doc.page(i).ok()) {
            p.polyline(pts, false, stroke);
        }
    }

    /// An arc from `from` to `to` degrees (counter-clockwise, 0 = east, y up as on a clock
    /// face), as a polyline.
    fn arc(&mut self, cx: f32, cy: f32, r: f32, from: f32, to: f32, stroke: &Stroke) {
        let n = (((to - from).abs() / 15.0).ceil() as usize).max(2);
        let pts: Vec<(f32, f32)> = (0..=n)
            .map(|i| {
                let a = (from + (to - from) * i as f32 / n as f32).to_radians();
                (cx + r * a.cos(), cy - r * a.sin())
            })
            .collect();
        self.polyline(&pts, stroke);
    }

    fn circle(&mut self, cx: f32, cy: f32, r: f32, stroke: &Stroke) {
        self.arc(cx, cy, r, 0.0, 360.0, stroke);
    }

    fn image(&mut self, id: ImageId, x: f32, y: f32, w: f32, h: f32) {
        if let Some(mut p) = self.page.and_then(|i| self.doc.page(i).ok()) {
            p.image(id, x, y, w, h);
        }
    }
}

fn style(f: &Formatted, size: f32) -> TextStyle {
    // Nastaliq has a small body for its point size: Urdu is set 20 % larger to read alike.
    // Its lines already grow to the font's tall ascent and descent (the engine does it), so
    // the nominal line height is tighter.
    let urdu = f.locale == "ur" || f.locale.starts_with("ur-");
    TextStyle::new(if urdu { size * 1.2 } else { size })
        .lang(&f.locale)
        .direction(if f.direction == Sens::Rtl { Direction::Rtl } else { Direction::Ltr })
        .line_height(if urdu { 1.0 } else { 1.3 })
}

/// Largest body size with which the page fits, and the spare height spread between blocks.
fn fit(doc: &mut Document, spec: &PageSpec<'_>) -> Sizes {
    // Two columns never fit at the single-column sizes: start lower (fewer dry runs).
    let mut body: f32 = if spec.fr.is_some() { 11.0 } else { 13.0 };
    loop {
        let s = Sizes { body, gap: BASE_GAP };
        let bottom = draw_page(&mut Painter { doc, page: None }, spec, s);
        if bottom <= BOTTOM_LIMIT || body <= 6.0 {
            // 7 gaps: band, pictograms, then between and after the blocks.
            let extra = ((BOTTOM_LIMIT - bottom) / 7.0).clamp(0.0, 6.0);
            return Sizes { body, gap: BASE_GAP + extra };
        }
        body -= 0.5;
    }
}

/// (x, width) of the parent's column and of the French column.
fn columns(spec: &PageSpec<'_>) -> ((f32, f32), Option<(f32, f32)>) {
    if spec.fr.is_none() {
        return ((MARGIN, CONTENT_W), None);
    }
    let w = (CONTENT_W - COLUMN_GAP) / 2.0;
    let left = (MARGIN, w);
    let right = (MARGIN + w + COLUMN_GAP, w);
    if spec.t.rtl() {
        (right, Some(left))
    } else {
        (left, Some(right))
    }
}

/// Lays the page out (or measures it); returns the bottom of the content.
fn draw_page(p: &mut Painter<'_>, spec: &PageSpec<'_>, s: Sizes) -> f32 {
    let (main_col, fr_col) = columns(spec);
    let mut y = TOP;
    y += band(p, spec, s, y);
    y += s.gap;
    y += pictograms(p, spec, s, y);
    y += s.gap;
    let main_blocks = spec.t.blocks();
    let fr_blocks = spec.fr.map(LangTexts::blocks);
    let top_of_blocks = y;
    for (i, b) in main_blocks.iter().enumerate() {
        let mut h = block(p, b, main_col, &s, y, true);
        if let (Some(fb), Some(col)) = (fr_blocks.as_ref().and_then(|v| v.get(i)), fr_col) {
            h = h.max(block(p, fb, col, &s, y, false));
        }
        y += h + s.gap;
    }
    if fr_col.is_some() {
        let x = MARGIN + (CONTENT_W - COLUMN_GAP) / 2.0 + COLUMN_GAP / 2.0;
        p.line(x, top_of_blocks, x, y - s.gap, &Stroke::new(0.5).color(Color::grey(190)));
    }
    footer(p, spec);
    y - s.gap
}

/// The title band; returns its height.
fn band(p: &mut Painter<'_>, spec: &PageSpec<'_>, s: Sizes, y: f32) -> f32 {
    const PAD: f32 = 5.0;
    const LOGO_H: f32 = 22.0;
    let rtl = spec.t.rtl();
    let bilingual = spec.fr.is_some();
    let logo_w = spec.logo.map(|l| (LOGO_H * l.aspect).min(45.0));
    let (text_x, text_w) = match logo_w {
        Some(w) if rtl => (MARGIN + PAD, CONTENT_W - 2.0 * PAD - w - 2.0 * PAD),
        Some(w) => (MARGIN + PAD + w + 2.0 * PAD, CONTENT_W - 2.0 * PAD - w - 2.0 * PAD),
        None => (MARGIN + PAD, CONTENT_W - 2.0 * PAD),
    };
    let mut cols: Vec<(&LangTexts, f32, f32, f32)> = Vec::new(); // texts, x, w, scale
    if let Some(fr) = spec.fr {
        let w = (text_w - COLUMN_GAP) / 2.0;
        let (main_x, fr_x) = if rtl { (text_x + w + COLUMN_GAP, text_x) } else { (text_x, text_x + w + COLUMN_GAP) };
        cols.push((spec.t, main_x, w, 1.0));
        cols.push((fr, fr_x, w, 0.9));
    } else {
        cols.push((spec.t, text_x, text_w, 1.0));
    }
    let styles = |t: &LangTexts, scale: f32| {
        let mut title = style(t.get("affiche-titre"), s.title(bilingual) * scale).with_bold(!t.secondary).color(Color::WHITE);
        title.line_height = title.line_height.min(1.2);
        let hook = style(t.get("affiche-titre.accroche"), s.body * 1.1 * scale).color(Color::WHITE);
        (title, hook)
    };
    let mut inner: f32 = 0.0;
    for &(t, _, w, scale) in &cols {
        let (ts, hs) = styles(t, scale);
        let h = p.measure(&t.get("affiche-titre").text, w, &ts) + 2.0 + p.measure(&t.get("affiche-titre.accroche").text, w, &hs);
        inner = inner.max(h);
    }
    if logo_w.is_some() {
        inner = inner.max(LOGO_H + 2.0);
    }
    let height = inner + 2.0 * PAD;
    p.rect(MARGIN, y, CONTENT_W, height, None, Some(BLUE));
    if let (Some(logo), Some(w)) = (spec.logo, logo_w) {
        let x = if rtl { MARGIN + CONTENT_W - PAD - w } else { MARGIN + PAD };
        let ly = y + (height - LOGO_H) / 2.0;
        p.rect(x - 1.5, ly - 1.5, w + 3.0, LOGO_H + 3.0, None, Some(Color::WHITE));
        p.image(logo.id, x, ly, w, LOGO_H);
    }
    for &(t, x, w, scale) in &cols {
        let (ts, hs) = styles(t, scale);
        let mut yy = y + PAD;
        yy += p.text(x, yy, w, &t.get("affiche-titre").text, &ts) + 2.0;
        p.text(x, yy, w, &t.get("affiche-titre.accroche").text, &hs);
    }
    if bilingual {
        let sep_x = cols.iter().map(|c| c.1).fold(f32::MAX, f32::min) + (text_w - COLUMN_GAP) / 2.0 + COLUMN_GAP / 2.0;
        p.line(sep_x, y + PAD, sep_x, y + height - PAD, &Stroke::new(0.6).color(Color::rgb(150, 150, 220)));
    }
    height
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Picto {
    Calendar,
    Clock,
    Place,
    Free,
    Children,
}

/// The pictogram row; returns its height.
fn pictograms(p: &mut Painter<'_>, spec: &PageSpec<'_>, s: Sizes, y: f32) -> f32 {
    const GAP: f32 = 3.0;
    const ICON: f32 = 13.0;
    const PAD: f32 = 2.5;
    let t = spec.t;
    let cell_w = (CONTENT_W - 4.0 * GAP) / 5.0;
    let inner_w = cell_w - 2.0;
    let cells: [(Picto, &str, Option<&Formatted>); 5] = [
        (Picto::Calendar, "picto-date", Some(&t.days)),
        (Picto::Clock, "picto-heure", Some(&t.times)),
        (Picto::Place, "picto-lieu", Some(&t.room)),
        (Picto::Free, "picto-gratuit", None),
        (Picto::Children, "picto-enfants", None),
    ];
    let label_size = s.body * 0.95;
    let value_size = s.body * 0.9;
    let label_style = |f: &Formatted| style(f, label_size).bold().color(BLUE).align(Align::Center);
    let fr_style = |f: &Formatted| style(f, label_size * 0.85).color(Color::GREY).align(Align::Center);
    let value_style = |f: &Formatted| style(f, value_size).align(Align::Center);
    let mut text_h: f32 = 0.0;
    for (_, key, value) in &cells {
        let l = t.get(key);
        let mut h = p.measure(&l.text, inner_w, &label_style(l));
        if let Some(fr) = spec.fr {
            let f = fr.get(key);
            h += p.measure(&f.text, inner_w, &fr_style(f));
        }
        if let Some(v) = value {
            h += 0.8 + p.measure(&v.text, inner_w, &value_style(v));
        }
        text_h = text_h.max(h);
    }
    let height = PAD + ICON + 2.0 + text_h + PAD;
    let toddlers = spec.input.details.toddlers_welcome;
    for (i, (picto, key, value)) in cells.iter().enumerate() {
        let slot = if t.rtl() { 4 - i } else { i };
        let x = MARGIN + slot as f32 * (cell_w + GAP);
        p.rect(x, y, cell_w, height, None, Some(PICTO_BG));
        draw_picto(p, *picto, x + cell_w / 2.0, y + PAD, ICON, toddlers);
        let mut yy = y + PAD + ICON + 2.0;
        let l = t.get(key);
        yy += p.text(x + 1.0, yy, inner_w, &l.text, &label_style(l));
        if let Some(fr) = spec.fr {
            let f = fr.get(key);
            yy += p.text(x + 1.0, yy, inner_w, &f.text, &fr_style(f));
        }
        if let Some(v) = value {
            p.text(x + 1.0, yy + 0.8, inner_w, &v.text, &value_style(v));
        }
    }
    height
}

/// One pictogram, `size` mm high, centred on `cx`, top at `top`.
fn draw_picto(p: &mut Painter<'_>, picto: Picto, cx: f32, top: f32, size: f32, toddlers: bool) {
    if p.page.is_none() {
        return;
    }
    let st = Stroke::new(1.5).color(BLUE);
    let s = size;
    match picto {
        Picto::Calendar => {
            let w = s * 1.05;
            let x0 = cx - w / 2.0;
            let y0 = top + 1.5;
            let h = s - 1.5;
            p.rect(x0, y0, w, h, Some(&st), None);
            p.rect(x0, y0, w, 3.2, None, Some(BLUE));
            let ring = Stroke::new(2.2).color(BLUE);
            for fx in [0.27, 0.73] {
                p.line(x0 + w * fx, top, x0 + w * fx, y0 + 1.8, &ring);
            }
            let cell = w / 4.0;
            for row in 0..2 {
                for col in 0..3 {
                    let fill = if row == 0 && col == 1 { RED } else { BLUE };
                    let bx = x0 + cell * (0.5 + col as f32) + cell * 0.1;
                    let by = y0 + 4.6 + row as f32 * 3.3;
                    p.rect(bx, by, cell * 0.8, 2.2, None, Some(fill));
                }
            }
        }
        Picto::Clock => {
            let r = s / 2.0;
            let cy = top + r;
            p.circle(cx, cy, r - 0.3, &st);
            for a in [0.0_f32, 90.0, 180.0, 270.0] {
                let (c, sn) = (a.to_radians().cos(), a.to_radians().sin());
                p.line(cx + c * (r - 2.0), cy - sn * (r - 2.0), cx + c * (r - 0.8), cy - sn * (r - 0.8), &st);
            }
            let hand = Stroke::new(1.8).color(BLUE);
            p.line(cx, cy, cx, cy - r * 0.65, &hand);
            p.line(cx, cy, cx + r * 0.45, cy + r * 0.2, &hand);
        }
        Picto::Place => {
            let r = s * 0.34;
            let cy = top + r + 0.3;
            let tip = (cx, top + s);
            let (a0, a1) = (-40.0_f32, 220.0_f32);
            p.arc(cx, cy, r, a0, a1, &st);
            let end = |a: f32| (cx + r * a.to_radians().cos(), cy - r * a.to_radians().sin());
            p.polyline(&[end(a1), tip, end(a0)], &st);
            p.circle(cx, cy, r * 0.38, &st);
        }
        Picto::Free => {
            let r = s / 2.0;
            p.circle(cx, top + r, r - 0.3, &st);
            let euro = TextStyle::new(14.0).color(BLUE).align(Align::Center).direction(Direction::Ltr);
            let h = p.measure("0 €", s, &euro);
            p.text(cx - s / 2.0, top + r - h / 2.0, s, "0 €", &euro);
        }
        Picto::Children => {
            let st = Stroke::new(1.4).color(BLUE);
            // Adult.
            let ax = cx - 3.2;
            p.circle(ax, top + 2.0, 1.7, &st);
            p.polyline(&[(ax, top + 3.9), (ax, top + 9.0)], &st);
            p.polyline(&[(ax - 2.4, top + s), (ax, top + 9.0), (ax + 2.4, top + s)], &st);
            p.polyline(&[(ax - 2.6, top + 8.2), (ax, top + 5.0), (cx + 0.6, top + 8.6)], &st);
            // Child, holding the adult's hand.
            let kx = cx + 2.8;
            p.circle(kx, top + 6.6, 1.3, &st);
            p.polyline(&[(kx, top + 8.1), (kx, top + 11.2)], &st);
            p.polyline(&[(kx - 1.5, top + s), (kx, top + 11.2), (kx + 1.5, top + s)], &st);
            p.polyline(&[(cx + 0.6, top + 8.6), (kx, top + 8.8), (kx + 2.0, top + 10.6)], &st);
            // Yes (green tick) or no (red cross), top right.
            let bx = cx + 6.5;
            let by = top + 2.2;
            if toddlers {
                let tick = Stroke::new(2.4).color(GREEN);
                p.polyline(&[(bx - 2.2, by), (bx - 0.8, by + 1.6), (bx + 2.2, by - 2.0)], &tick);
            } else {
                let cross = Stroke::new(2.4).color(RED);
                p.line(bx - 1.9, by - 1.9, bx + 1.9, by + 1.9, &cross);
                p.line(bx - 1.9, by + 1.9, bx + 1.9, by - 1.9, &cross);
            }
        }
    }
}

/// One block (heading and paragraphs) in a column; returns its height.
fn block(p: &mut Painter<'_>, b: &Block<'_>, (x, w): (f32, f32), s: &Sizes, y: f32, bold: bool) -> f32 {
    const BAR: f32 = 1.3;
    const INSET: f32 = 3.2;
    const BULLET: f32 = 1.5;
    const INDENT: f32 = 4.5;
    let para_gap = s.body * 0.12;
    let hs = style(b.title, s.heading()).with_bold(bold).color(BLUE);
    let rtl = b.title.direction == Sens::Rtl;
    let tx = if rtl { x } else { x + INSET };
    let th = p.text(tx, y, w - INSET, &b.title.text, &hs);
    let bar_x = if rtl { x + w - BAR } else { x };
    p.rect(bar_x, y + 0.4, BAR, (th - 0.8).max(1.0), None, Some(BLUE));
    let mut yy = y + th + 1.2;
    for para in &b.paras {
        let (f, bullet) = match para {
            Para::Plain(f) => (*f, false),
            Para::Bullet(f) => (*f, true),
        };
        if f.text.is_empty() {
            continue;
        }
        let st = style(f, s.body);
        let rtl = f.direction == Sens::Rtl;
        let h = if bullet {
            let bx = if rtl { x + w - INSET - BULLET } else { x + INSET };
            let text_x = if rtl { x } else { x + INSET + INDENT };
            let text_w = w - INSET - INDENT;
            let lines = p.doc.measure_lines(&f.text, text_w, &st).max(1);
            let h = p.text(text_x, yy, text_w, &f.text, &st);
            let first = h / lines as f32;
            p.rect(bx, yy + first * 0.55 - BULLET / 2.0, BULLET, BULLET, None, Some(BLUE));
            h
        } else {
            let text_x = if rtl { x } else { x + INSET };
            p.text(text_x, yy, w - INSET, &f.text, &st)
        };
        yy += h + para_gap;
    }
    yy - para_gap - y
}

/// The staff's footer, in French: language, review status, French fallbacks.
fn footer(p: &mut Painter<'_>, spec: &PageSpec<'_>) {
    if p.page.is_none() {
        return;
    }
    let t = spec.t;
    let info = &t.info;
    // French names only: the staff read them, and a native name in another script would
    // pull one more font into the file (Urdu) and change the footer's line height.
    let language = if info.tag == "fr" {
        "Affiche en français".to_owned()
    } else if spec.fr.is_some() {
        format!("Affiche en {} et en français", info.french_name)
    } else {
        format!("Affiche en {}", info.french_name)
    };
    let mut marks: Vec<String> = mention_relecture(info).into_iter().collect();
    let mut fallbacks = t.fallbacks();
    if let Some(fr) = spec.fr {
        fallbacks.extend(fr.fallbacks());
    }
    if !fallbacks.is_empty() {
        marks.push("Certains textes sont en français (traduction absente)".to_owned());
    }
    let base = TextStyle::new(6.5).color(FOOTER_GREY).lang("fr").direction(Direction::Ltr);
    let (first, second) = if t.rtl() { (Align::Right, Align::Left) } else { (Align::Left, Align::Right) };
    p.line(MARGIN, FOOTER_Y - 1.2, MARGIN + CONTENT_W, FOOTER_Y - 1.2, &Stroke::new(0.3).color(Color::grey(200)));
    p.text(MARGIN, FOOTER_Y, CONTENT_W, &format!("Ateliers OEPRE · {language}"), &base.clone().align(first));
    if !marks.is_empty() {
        p.text(MARGIN, FOOTER_Y, CONTENT_W, &marks.join(" · "), &base.align(second));
    }
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

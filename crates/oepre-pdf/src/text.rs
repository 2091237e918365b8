//! The text pipeline: bidi → font fallback → shaping (cached) → line
//! breaking → visual lines of positioned glyphs.
//!
//! All lengths in this module are in points.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use crate::fonts::{is_bidi_control, FontIndex, FontSet};
use crate::style::{Direction, TextStyle};

/// One shaped glyph, in font units; `cluster` is a byte offset into the shaped string.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Glyph {
    pub id: u16,
    pub cluster: u32,
    pub advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
}

/// A glyph placed on a line, in points relative to the run origin (y up).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlacedGlyph {
    pub id: u16,
    pub x: f32,
    pub y: f32,
}

/// Glyphs of one font, left to right, possibly carrying /ActualText.
#[derive(Debug, Clone)]
pub(crate) struct GlyphRun {
    pub font: FontIndex,
    /// Start of the run from the line's left edge.
    pub x: f32,
    pub glyphs: Vec<PlacedGlyph>,
    /// Logical text for copy/paste when the glyphs are reordered or not 1:1.
    pub actual_text: Option<String>,
}

/// One laid-out line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Visible width (trailing spaces excluded).
    pub width: f32,
    /// Line advance.
    pub height: f32,
    /// Baseline from the top of the line box.
    pub baseline: f32,
    /// Paragraph direction (for Start/End alignment).
    pub rtl: bool,
    pub runs: Vec<GlyphRun>,
}

type ShapeKey = (FontIndex, bool, u16);
/// (font, right to left, script tag, language id).
type PlanKey = (FontIndex, bool, u32, u16);
type WordCache = HashMap<Box<str>, Arc<[Glyph]>>;

/// Shaping with a per-document cache of words, and the glyph → text map used
/// for the PDF /ToUnicode tables.
#[derive(Default)]
pub(crate) struct Shaper {
    cache: RefCell<HashMap<ShapeKey, WordCache>>,
    langs: RefCell<Vec<String>>,
    /// (font, glyph) → text of the cluster the glyph starts.
    pub to_unicode: RefCell<HashMap<(FontIndex, u16), Box<str>>>,
    /// Whole text boxes already laid out (boilerplate repeated on every page).
    layouts: RefCell<HashMap<LayoutKey, Arc<[Line]>>>,
    /// Shaping plans by (font, direction, script, language).
    plans: RefCell<HashMap<PlanKey, Arc<rustybuzz::ShapePlan>>>,
}

#[derive(Hash, PartialEq, Eq)]
struct LayoutKey {
    text: Box<str>,
    size: u32,
    line_height: u32,
    width: Option<u32>,
    bold: bool,
    direction: u8,
    lang: Option<Box<str>>,
}

/// Characters at or above U+0590 that may be right-to-left or bidi controls
/// (Hebrew, Arabic, Syriac, Thaana, NKo…, presentation forms, controls).
fn maybe_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0x200E..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069
        | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

struct Segment {
    range: Range<usize>,
    font: FontIndex,
    level: Level,
    glyphs: Arc<[Glyph]>,
}

impl Shaper {
    fn lang_id(&self, lang: Option<&str>) -> u16 {
        let Some(lang) = lang else { return 0 };
        let mut langs = self.langs.borrow_mut();
        if let Some(i) = langs.iter().position(|l| l == lang) {
            return u16::try_from(i + 1).unwrap_or(u16::MAX);
        }
        langs.push(lang.to_owned());
        u16::try_from(langs.len()).unwrap_or(u16::MAX)
    }

    /// Shape `text` with one font and direction (cached).
    pub(crate) fn shape(&self, font: FontIndex, rtl: bool, lang: Option<&str>, text: &str) -> Arc<[Glyph]> {
        let key = (font, rtl, self.lang_id(lang));
        if let Some(hit) = self.cache.borrow().get(&key).and_then(|m| m.get(text)) {
            return hit.clone();
        }
        let f = FontSet::get().font(font);
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        buf.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let langue = lang.and_then(|l| l.parse::<rustybuzz::Language>().ok());
        if let Some(l) = &langue {
            buf.set_language(l.clone());
        }
        // A shaping plan (the font's features compiled for a script, direction and language)
        // costs more than shaping a word: one per combination and document.
        let script = buf.script();
        let cle_plan = (font, rtl, script.tag().as_u32(), key.2);
        let plan = self
            .plans
            .borrow_mut()
            .entry(cle_plan)
            .or_insert_with(|| Arc::new(rustybuzz::ShapePlan::new(&f.face, buf.direction(), Some(script), langue.as_ref(), &[])))
            .clone();
        let out = rustybuzz::shape_with_plan(&f.face, &plan, buf);
        let glyphs: Arc<[Glyph]> = out
            .glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(i, p)| Glyph {
                id: u16::try_from(i.glyph_id).unwrap_or(0),
                cluster: i.cluster,
                advance: p.x_advance,
                x_offset: p.x_offset,
                y_offset: p.y_offset,
            })
            .collect();
        self.register_text(font, rtl, text, &glyphs);
        self.cache
            .borrow_mut()
            .entry(key)
            .or_default()
            .insert(text.into(), glyphs.clone());
        glyphs
    }

    /// Record which text each glyph stands for (first glyph of each cluster).
    /// In RTL runs, the text of a multi-character cluster is stored reversed:
    /// text extractors read RTL glyphs in visual order and reverse them.
    fn register_text(&self, font: FontIndex, rtl: bool, text: &str, glyphs: &[Glyph]) {
        let mut map = self.to_unicode.borrow_mut();
        let mut bounds: Vec<usize> = glyphs.iter().map(|g| g.cluster as usize).collect();
        bounds.sort_unstable();
        bounds.dedup();
        let mut seen = std::collections::HashSet::new();
        // Glyphs are in visual order; the logically first glyph of a cluster gets its text.
        let logical: Vec<&Glyph> = if glyphs.len() > 1 && glyphs[0].cluster > glyphs[glyphs.len() - 1].cluster {
            glyphs.iter().rev().collect()
        } else {
            glyphs.iter().collect()
        };
        for g in logical {
            let c = g.cluster as usize;
            if !seen.insert(c) || g.id == 0 {
                continue;
            }
            let end = bounds.iter().copied().find(|&b| b > c).unwrap_or(text.len());
            if let Some(s) = text.get(c..end) {
                map.entry((font, g.id)).or_insert_with(|| {
                    if rtl {
                        s.chars().rev().collect::<String>().into()
                    } else {
                        s.into()
                    }
                });
            }
        }
    }

    /// Lay out `text` (paragraphs separated by `\n`) into lines no wider than
    /// `max_width` points (no wrapping when `None`).
    pub(crate) fn layout(&self, text: &str, style: &TextStyle, max_width: Option<f32>) -> Arc<[Line]> {
        let key = LayoutKey {
            text: text.into(),
            size: style.size.to_bits(),
            line_height: style.line_height.to_bits(),
            width: max_width.map(f32::to_bits),
            bold: style.bold,
            direction: style.direction as u8,
            lang: style.lang.as_deref().map(Into::into),
        };
        if let Some(hit) = self.layouts.borrow().get(&key) {
            return hit.clone();
        }
        let lines: Arc<[Line]> = self.layout_uncached(text, style, max_width).into();
        self.layouts.borrow_mut().insert(key, lines.clone());
        lines
    }

    fn layout_uncached(&self, text: &str, style: &TextStyle, max_width: Option<f32>) -> Vec<Line> {
        let mut lines = Vec::new();
        let cleaned;
        let text = if text.contains(['\r', '\t']) {
            cleaned = text.replace("\r\n", "\n").replace('\r', "\n").replace('\t', " ");
            cleaned.as_str()
        } else {
            text
        };
        for para in text.split('\n') {
            self.layout_paragraph(para, style, max_width, &mut lines);
        }
        lines
    }

    fn layout_paragraph(&self, para: &str, style: &TextStyle, max_width: Option<f32>, out: &mut Vec<Line>) {
        let fonts = FontSet::get();
        let scale_of = |f: FontIndex| style.size / fonts.font(f).units_per_em;
        let level = match style.direction {
            Direction::Auto => None,
            Direction::Ltr => Some(Level::ltr()),
            Direction::Rtl => Some(Level::rtl()),
        };
        // Fast path: text with no right-to-left character and no bidi control
        // needs no bidi analysis (all levels 0) unless forced RTL.
        let needs_bidi = style.direction == Direction::Rtl || para.chars().any(|c| c >= '\u{0590}' && maybe_rtl(c));
        let bidi = needs_bidi.then(|| ParagraphBidiInfo::new(para, level));
        let para_rtl = bidi.as_ref().is_some_and(|b| b.paragraph_level.is_rtl());
        let level_at = |i: usize| bidi.as_ref().map_or(Level::ltr(), |b| b.levels[i]);
        let chain = fonts.chain(style.bold, style.is_urdu());
        let lang = style.lang.as_deref();

        // 1. Segments of one font and one level, split after spaces (word cache).
        let mut segments: Vec<Segment> = Vec::new();
        let mut cur: Option<(usize, FontIndex, Level)> = None;
        let mut prev_font: Option<FontIndex> = None;
        let mut prev_space = false;
        let flush = |start: usize, end: usize, font: FontIndex, lvl: Level, segs: &mut Vec<Segment>| {
            if end > start {
                let glyphs = self.shape(font, lvl.is_rtl(), lang, &para[start..end]);
                segs.push(Segment { range: start..end, font, level: lvl, glyphs });
            }
        };
        for (i, c) in para.char_indices() {
            if is_bidi_control(c) {
                if let Some((s, f, l)) = cur.take() {
                    flush(s, i, f, l, &mut segments);
                }
                prev_space = false;
                continue;
            }
            let font = fonts.pick(c, prev_font, chain);
            let lvl = level_at(i);
            let is_space = c == ' ';
            // A new segment starts on a font or level change, and at the start
            // of each word (after a space), so that words are cached separately.
            let word_start = prev_space && !is_space;
            match cur {
                Some((_, f, l)) if f == font && l == lvl && !word_start => {}
                Some((s, f, l)) => {
                    flush(s, i, f, l, &mut segments);
                    cur = Some((i, font, lvl));
                }
                None => cur = Some((i, font, lvl)),
            }
            prev_font = Some(font);
            prev_space = is_space;
        }
        if let Some((s, f, l)) = cur.take() {
            flush(s, para.len(), f, l, &mut segments);
        }

        // 2. Advance per byte position (cluster starts) and prefix sums.
        let n = para.len();
        let mut adv = vec![0.0f32; n + 1];
        let mut cluster_start = vec![false; n + 1];
        for seg in &segments {
            let sc = scale_of(seg.font);
            for g in seg.glyphs.iter() {
                let p = seg.range.start + g.cluster as usize;
                adv[p] += g.advance as f32 * sc;
                cluster_start[p] = true;
            }
        }
        let mut prefix = vec![0.0f32; n + 2];
        for i in 0..=n {
            prefix[i + 1] = prefix[i] + adv[i];
        }
        let width = |a: usize, b: usize| prefix[b] - prefix[a];
        let trim = |s: usize, mut e: usize| {
            while e > s {
                match para[..e].chars().next_back() {
                    Some(c) if c.is_whitespace() || is_bidi_control(c) => e -= c.len_utf8(),
                    _ => break,
                }
            }
            e
        };

        // 3. Greedy line breaking at UAX #14 opportunities.
        let mut ranges: Vec<Range<usize>> = Vec::new();
        match max_width {
            None => ranges.push(0..n),
            Some(maxw) => {
                let breaks: Vec<(usize, BreakOpportunity)> = linebreaks(para).collect();
                let mut start = 0usize;
                let mut last_fit: Option<usize> = None;
                let mut k = 0usize;
                while k < breaks.len() {
                    let (b, _) = breaks[k];
                    if b <= start {
                        k += 1;
                        continue;
                    }
                    if width(start, trim(start, b)) <= maxw + 0.01 {
                        last_fit = Some(b);
                        k += 1;
                        continue;
                    }
                    if let Some(lf) = last_fit.take() {
                        ranges.push(start..lf);
                        start = lf;
                        continue; // re-examine b from the new start
                    }
                    // A single word wider than the box: cut between clusters.
                    let mut cut = start;
                    let mut p = start + 1;
                    while p < b {
                        if para.is_char_boundary(p) && cluster_start[p] {
                            if width(start, p) > maxw {
                                break;
                            }
                            cut = p;
                        }
                        p += 1;
                    }
                    if cut == start {
                        // Not even one cluster fits: take the first cluster anyway.
                        cut = (start + 1..=b)
                            .find(|&q| q == b || (para.is_char_boundary(q) && cluster_start[q]))
                            .unwrap_or(b);
                    }
                    ranges.push(start..cut);
                    start = cut;
                }
                if start < n || ranges.is_empty() {
                    ranges.push(start..n);
                }
            }
        }

        // 4. Visual order and glyph placement for each line.
        let base = fonts.font(chain[0]);
        for r in ranges {
            let end = trim(r.start, r.end);
            let mut runs = Vec::new();
            let mut pen = 0.0f32;
            let mut used: Vec<FontIndex> = Vec::new();
            if end > r.start {
                let vruns = match &bidi {
                    Some(b) => b.visual_runs(r.start..end).1,
                    None => std::iter::once(r.start..end).collect(),
                };
                for vr in vruns {
                    let rtl = level_at(vr.start).is_rtl();
                    let mut pieces: Vec<(&Segment, Range<usize>)> = segments
                        .iter()
                        .filter(|s| s.range.start < vr.end && s.range.end > vr.start)
                        .map(|s| (s, s.range.start.max(vr.start)..s.range.end.min(vr.end)))
                        .collect();
                    if rtl {
                        pieces.reverse();
                    }
                    for (seg, piece) in pieces {
                        let sc = scale_of(seg.font);
                        let mut glyphs = Vec::new();
                        let mut x = 0.0f32;
                        let mut monotonic = true;
                        let mut last_cluster: Option<u32> = None;
                        for g in seg.glyphs.iter() {
                            let p = seg.range.start + g.cluster as usize;
                            if p < piece.start || p >= piece.end {
                                continue;
                            }
                            if let Some(lc) = last_cluster {
                                // Visual order: clusters grow left to right in LTR, shrink in RTL.
                                if (seg.level.is_rtl() && g.cluster >= lc) || (!seg.level.is_rtl() && g.cluster <= lc) {
                                    monotonic = false;
                                }
                            }
                            last_cluster = Some(g.cluster);
                            glyphs.push(PlacedGlyph {
                                id: g.id,
                                x: x + g.x_offset as f32 * sc,
                                y: g.y_offset as f32 * sc,
                            });
                            x += g.advance as f32 * sc;
                        }
                        if glyphs.is_empty() {
                            continue;
                        }
                        let piece_text = &para[piece.clone()];
                        let nchars = piece_text.chars().filter(|c| !is_bidi_control(*c)).count();
                        // One glyph per character in order: /ToUnicode is enough. Otherwise
                        // /ActualText; for RTL pieces it is written in visual order, because
                        // extractors (poppler) lay the replacement text out left to right and
                        // then reverse RTL runs as they do for plain glyphs.
                        let simple = monotonic && nchars == glyphs.len();
                        let actual_text = (!simple).then(|| {
                            let chars = piece_text.chars().filter(|c| !is_bidi_control(*c));
                            if seg.level.is_rtl() {
                                let v: Vec<char> = chars.collect();
                                v.into_iter().rev().collect()
                            } else {
                                chars.collect()
                            }
                        });
                        if !used.contains(&seg.font) {
                            used.push(seg.font);
                        }
                        runs.push(GlyphRun { font: seg.font, x: pen, glyphs, actual_text });
                        pen += x;
                    }
                }
            }
            // Line box: CSS-like, the tallest font used sets ascent and descent.
            let mut asc = base.ascent * style.size;
            let mut desc = base.descent * style.size;
            for f in used {
                let font = fonts.font(f);
                if !font.tall {
                    continue;
                }
                asc = asc.max(font.ascent * style.size);
                desc = desc.max(font.descent * style.size);
            }
            let base_content = (base.ascent + base.descent) * style.size;
            let nominal = style.size * style.line_height;
            // Fonts taller than the base font grow the line proportionally.
            let height = nominal * ((asc + desc) / base_content).max(1.0);
            let baseline = (height - (asc + desc)) / 2.0 + asc;
            out.push(Line { width: pen, height, baseline, rtl: para_rtl, runs });
        }
    }
}

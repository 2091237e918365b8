//! Bundled fonts, parsed once per process, and per-character fallback.

use std::sync::OnceLock;

use rustybuzz::Face;

/// Index of a font inside the [`FontSet`].
pub type FontIndex = u8;

/// Static description of one bundled font file.
struct FontFile {
    name: &'static str,
    bold: bool,
    /// Whether lines using this font grow to its full hhea height (Nastaliq).
    /// Other fonts (Noto Sans Arabic's hhea counts stacked marks) fit the
    /// base line height.
    tall: bool,
    data: &'static [u8],
}

macro_rules! font_file {
    ($name:literal, $bold:expr) => {
        font_file!($name, $bold, false)
    };
    ($name:literal, $bold:expr, $tall:expr) => {
        FontFile {
            name: $name,
            bold: $bold,
            tall: $tall,
            data: include_bytes!(concat!("../../../assets/fonts/", $name, ".ttf")),
        }
    };
}

/// Order matters: it is the order of the fallback chains below.
const FILES: &[FontFile] = &[
    font_file!("NotoSans-Regular", false),           // 0
    font_file!("NotoSans-Bold", true),               // 1
    font_file!("NotoSansArabic-Regular", false),     // 2
    font_file!("NotoSansArabic-Bold", true),         // 3
    font_file!("NotoNastaliqUrdu-Regular", false, true), // 4
    font_file!("NotoSansTamil-Regular", false),      // 5
    font_file!("NotoSansBengali-Regular", false),    // 6
    font_file!("NotoSansDevanagari-Regular", false), // 7
    font_file!("NotoSansEthiopic-Regular", false),   // 8
    font_file!("NotoSansGeorgian-Regular", false),   // 9
    font_file!("NotoSansArmenian-Regular", false),   // 10
    font_file!("DroidSansFallbackFull", false),      // 11
];

/// Fallback chain for regular text: the first font that has a glyph wins.
const CHAIN_REGULAR: &[FontIndex] = &[0, 2, 5, 6, 7, 8, 9, 10, 11];
/// Fallback chain for bold text (scripts without a bold file use the regular one).
const CHAIN_BOLD: &[FontIndex] = &[1, 3, 5, 6, 7, 8, 9, 10, 11, 0, 2];
/// Urdu: Arabic-script letters come from the Nastaliq font.
const CHAIN_URDU: &[FontIndex] = &[0, 4, 2, 5, 6, 7, 8, 9, 10, 11];
const CHAIN_URDU_BOLD: &[FontIndex] = &[1, 4, 3, 5, 6, 7, 8, 9, 10, 11, 0, 2];

/// One parsed font.
pub struct Font {
    /// File stem, e.g. `NotoSans-Regular` (also used as the PDF /BaseFont name).
    pub name: &'static str,
    /// Whether this is a bold face.
    pub bold: bool,
    /// Whether lines grow to fit this font's full height.
    pub tall: bool,
    /// The raw font file (embedded in the binary).
    pub data: &'static [u8],
    pub(crate) face: Face<'static>,
    /// Units per em.
    pub units_per_em: f32,
    /// hhea ascender, in em (positive).
    pub ascent: f32,
    /// hhea descender, in em (positive, below the baseline).
    pub descent: f32,
}

impl std::fmt::Debug for Font {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Font")
            .field("name", &self.name)
            .field("bold", &self.bold)
            .finish_non_exhaustive()
    }
}

impl Font {
    /// Advance of `gid` as the PDF /W array states it (1/1000 em, truncated
    /// the way printpdf writes it).
    pub(crate) fn pdf_width(&self, gid: u16) -> f32 {
        let adv = self.face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid)).unwrap_or(0);
        ((f32::from(adv) * 1000.0 / self.units_per_em) as i64) as f32
    }

    /// Whether the font maps `c` to a real glyph.
    pub fn has_glyph(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some_and(|g| g.0 != 0)
    }
}

/// The bundled fonts, parsed once (see [`FontSet::get`]).
#[derive(Debug)]
pub struct FontSet {
    fonts: Vec<Font>,
}

static FONT_SET: OnceLock<FontSet> = OnceLock::new();

impl FontSet {
    /// The process-wide font set; the first call parses the embedded font files.
    pub fn get() -> &'static FontSet {
        FONT_SET.get_or_init(|| {
            let fonts = FILES
                .iter()
                .map(|f| {
                    // The files are ours and checked by the tests: failing here is a build bug.
                    let face = Face::from_slice(f.data, 0).expect("bundled font parses");
                    let upem = face.units_per_em().max(1) as f32;
                    let ascent = f32::from(face.ascender()) / upem;
                    let descent = -f32::from(face.descender()) / upem;
                    Font {
                        name: f.name,
                        bold: f.bold,
                        tall: f.tall,
                        data: f.data,
                        face,
                        units_per_em: upem,
                        ascent,
                        descent,
                    }
                })
                .collect();
            FontSet { fonts }
        })
    }

    /// All fonts, indexable by [`FontIndex`].
    pub fn fonts(&self) -> &[Font] {
        &self.fonts
    }

    /// One font.
    pub fn font(&self, i: FontIndex) -> &Font {
        &self.fonts[usize::from(i)]
    }

    /// The fallback chain for a style: `bold`, and whether the text is Urdu
    /// (Arabic-script letters then come from Noto Nastaliq Urdu).
    pub fn chain(&self, bold: bool, urdu: bool) -> &'static [FontIndex] {
        match (bold, urdu) {
            (false, false) => CHAIN_REGULAR,
            (true, false) => CHAIN_BOLD,
            (false, true) => CHAIN_URDU,
            (true, true) => CHAIN_URDU_BOLD,
        }
    }

    /// The font used for `c`: the first font of `chain` that has the glyph.
    /// Neutral characters (spaces, punctuation, digits, joiners, combining
    /// marks) stay in `prev` when it has them, so that words are not cut into
    /// several shaping runs. Returns the chain's first font when no font has it.
    pub fn pick(&self, c: char, prev: Option<FontIndex>, chain: &[FontIndex]) -> FontIndex {
        if let Some(p) = prev {
            if is_neutral(c) && self.font(p).has_glyph(c) {
                return p;
            }
        }
        chain
            .iter()
            .copied()
            .find(|&i| self.font(i).has_glyph(c))
            .or_else(|| prev.filter(|_| is_neutral(c)))
            .unwrap_or(chain[0])
    }
}

/// Characters that belong to no script in particular.
pub(crate) fn is_neutral(c: char) -> bool {
    let u = c as u32;
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_ascii_digit()
        || matches!(u,
            0x00A0..=0x00BF
            | 0x0300..=0x036F   // combining diacritics
            | 0x064B..=0x065F   // Arabic harakat
            | 0x0670
            | 0x2000..=0x206F   // general punctuation, ZWJ/ZWNJ
            | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F   // variation selectors
        )
}

/// Characters dropped after bidi resolution: isolates (Fluent wraps every
/// placeable in U+2068…U+2069), embeddings, overrides and directional marks.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

//! PDF text engine of Ateliers OEPRE.
//!
//! Builds A4 documents (attestations, feuilles d'émargement, listes, fiches,
//! multilingual flyers) with correct text in every script the app prints:
//! Latin, Cyrillic, Greek, Vietnamese, Arabic, Dari, Pashto, Urdu (Nastaliq),
//! Tamil, Bengali, Devanagari, Ge'ez (Amharic/Tigrinya), Georgian, Armenian
//! and Chinese.
//!
//! # How text goes to the page
//!
//! 1. **Bidi** (`unicode-bidi`): each paragraph (split on `\n`) gets embedding
//!    levels; the base direction is given or taken from the first strong
//!    character. Bidi controls and Fluent's isolation marks (U+2066–U+2069)
//!    take part in the algorithm and are then dropped from the output.
//! 2. **Font fallback**: every character goes to the first bundled font of the
//!    style's fallback chain that has a glyph for it; neutral characters
//!    (spaces, digits, punctuation, marks) stay in the font of the previous
//!    character. The text is cut into segments of one font, one bidi level,
//!    one word.
//! 3. **Shaping** (`rustybuzz`): each segment is shaped with its font and
//!    direction; results are cached per document (font, direction, language,
//!    text), so repeated words are shaped once.
//! 4. **Line breaking** (`unicode-linebreak`): greedy wrapping at UAX #14
//!    opportunities against the widths measured from the shaper's advances;
//!    an over-long word is cut between clusters.
//! 5. **Visual order**: per line, bidi level runs in visual order; the glyphs
//!    of each segment piece are placed one by one at explicit positions
//!    (no word spacing, which two-byte fonts ignore). Runs that are reordered
//!    or not one glyph per character carry `/ActualText` so that copy/paste
//!    and `pdftotext` give back the logical text.
//! 6. **Subsetting** (`subsetter`): at [`Document::finish`], each font is
//!    subset once for the whole document to the glyphs used; printpdf gets
//!    the subset font and the renumbered glyph ids. Output is deterministic.
//!
//! # Adding a font or a script
//!
//! Copy the `.ttf` into `assets/fonts/` (and list it in its README with its
//! licence), add a `font_file!` line to `FILES` in `src/fonts.rs`, and put its
//! index in the fallback chains (`CHAIN_*`) at the place it should win. If the
//! script needs its own style (like Urdu → Nastaliq), add a chain selected
//! from [`TextStyle::lang`]. Add a golden shaping test in `tests/shaping.rs`.
//!
//! # Adding a document
//!
//! Create a [`Document`], set a header/footer callback if pages need one
//! ("page n / N" is known in the callback), then either draw at fixed
//! positions on [`Page`]s ([`Page::text`], [`Page::line`], [`Page::rect`],
//! [`Page::checkbox`], [`Page::image`]) or let a [`Flow`] place paragraphs,
//! blocks and [`Table`]s one below the other, breaking pages as needed.
//! Finish with [`Document::finish`] to get the bytes.
//!
//! ```no_run
//! use oepre_pdf::*;
//! let mut doc = Document::new(DocumentOptions::titled("Attestation"));
//! doc.set_footer(|page, info| {
//!     let style = TextStyle::new(8.0).align(Align::Center);
//!     page.text_line(info.width / 2.0, info.height - 12.0, &format!("{} / {}", info.number, info.total), &style);
//! });
//! let mut page = doc.add_page();
//! let h = page.text(20.0, 30.0, 170.0, "Attestation délivrée à محمد علي pour 42 heures", &TextStyle::new(12.0));
//! assert!(h > 0.0);
//! let bytes = doc.finish().unwrap();
//! ```
//!
//! Units: millimetres from the top-left corner of the page for positions
//! and sizes, points for font sizes and stroke widths.

mod contenu;
mod document;
mod error;
mod flow;
mod fonts;
mod style;
mod text;

pub use document::{
    Document, DocumentOptions, ImageId, Margins, Orientation, Page, PageCallback, PageInfo, PT_PER_MM,
};
pub use error::PdfError;
pub use flow::{Cell, Column, ColumnWidth, Flow, Table, TableStyle};
pub use fonts::{Font, FontIndex, FontSet};
pub use style::{Align, Color, Direction, Stroke, TextStyle};

/// Glyph ids that the bundled shaper produces for `text` with the font file
/// `font_name` (e.g. `"NotoSansArabic-Regular"`), in visual order. Used by the
/// golden tests; also handy to check a new font.
pub fn shape_glyph_ids(font_name: &str, text: &str, rtl: bool, lang: Option<&str>) -> Option<Vec<u16>> {
    let set = FontSet::get();
    let idx = set.fonts().iter().position(|f| f.name == font_name)?;
    let shaper = text::Shaper::default();
    let glyphs = shaper.shape(FontIndex::try_from(idx).ok()?, rtl, lang, text);
    Some(glyphs.iter().map(|g| g.id).collect())
}

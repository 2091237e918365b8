//! Documents, pages and drawing.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Codepoint, FontId, Mm as PMm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, RawImage,
    TextItem, XObject, XObjectId,
};

use crate::error::PdfError;
use crate::fonts::{FontIndex, FontSet};
use crate::style::{Align, Color, Stroke, TextStyle};
use crate::text::{GlyphRun, Line, PlacedGlyph, Shaper};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

pub(crate) fn mm_to_pt(mm: f32) -> f32 {
    mm * PT_PER_MM
}
pub(crate) fn pt_to_mm(pt: f32) -> f32 {
    pt / PT_PER_MM
}

/// Page orientation (always A4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    /// 210 × 297 mm.
    #[default]
    Portrait,
    /// 297 × 210 mm.
    Landscape,
}

impl Orientation {
    /// Page size in millimetres (width, height).
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Orientation::Portrait => (210.0, 297.0),
            Orientation::Landscape => (297.0, 210.0),
        }
    }
}

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    /// Top margin.
    pub top: f32,
    /// Right margin.
    pub right: f32,
    /// Bottom margin.
    pub bottom: f32,
    /// Left margin.
    pub left: f32,
}

impl Margins {
    /// The same margin on all four sides.
    pub const fn all(mm: f32) -> Self {
        Margins { top: mm, right: mm, bottom: mm, left: mm }
    }
}

impl Default for Margins {
    fn default() -> Self {
        Margins::all(20.0)
    }
}

/// Document-wide settings.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOptions {
    /// PDF title (document information dictionary).
    pub title: String,
    /// PDF author.
    pub author: String,
    /// PDF subject.
    pub subject: String,
    /// Orientation of pages added with [`Document::add_page`].
    pub orientation: Orientation,
    /// Margins, used by [`crate::Flow`] and passed to header/footer callbacks.
    pub margins: Margins,
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            title: String::new(),
            author: String::new(),
            subject: String::new(),
            orientation: Orientation::Portrait,
            margins: Margins::default(),
        }
    }
}

impl DocumentOptions {
    /// Options with a title and defaults elsewhere (A4 portrait, 20 mm margins).
    pub fn titled(title: &str) -> Self {
        DocumentOptions { title: title.to_owned(), ..DocumentOptions::default() }
    }
    /// Set the default orientation.
    pub fn orientation(mut self, o: Orientation) -> Self {
        self.orientation = o;
        self
    }
    /// Set the margins.
    pub fn margins(mut self, m: Margins) -> Self {
        self.margins = m;
        self
    }
}

/// What a header or footer callback knows about its page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageInfo {
    /// 1-based page number.
    pub number: usize,
    /// Number of pages in the document.
    pub total: usize,
    /// Page width in mm.
    pub width: f32,
    /// Page height in mm.
    pub height: f32,
    /// Document margins.
    pub margins: Margins,
    /// Orientation of this page.
    pub orientation: Orientation,
}

/// A registered image; draw it with [`Page::image`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ImageId(usize);

/// A header/footer callback, run on every page by [`Document::finish`].
pub type PageCallback = Box<dyn Fn(&mut Page<'_>, &PageInfo) + Send>;

#[derive(Debug, Clone)]
pub(crate) enum Item {
    Text { run: GlyphRun, x: f32, y: f32, size: f32, color: Color },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, stroke: Stroke },
    Polyline { points: Vec<(f32, f32)>, closed: bool, stroke: Stroke },
    Rect { x: f32, y: f32, w: f32, h: f32, stroke: Option<Stroke>, fill: Option<Color> },
    Image { id: usize, x: f32, y: f32, w: f32, h: f32 },
}

pub(crate) struct PageData {
    pub orientation: Orientation,
    pub items: Vec<Item>,
}

/// A PDF being built. Lengths are millimetres from the top-left corner of
/// the page (y grows downwards); font sizes and stroke widths are points.
pub struct Document {
    pub(crate) options: DocumentOptions,
    pub(crate) pages: Vec<PageData>,
    pub(crate) shaper: Shaper,
    images: Vec<RawImage>,
    header: Option<PageCallback>,
    footer: Option<PageCallback>,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("options", &self.options)
            .field("pages", &self.pages.len())
            .finish_non_exhaustive()
    }
}

impl Document {
    /// An empty document.
    pub fn new(options: DocumentOptions) -> Self {
        Document {
            options,
            pages: Vec::new(),
            shaper: Shaper::default(),
            images: Vec::new(),
            header: None,
            footer: None,
        }
    }

    /// The document settings.
    pub fn options(&self) -> &DocumentOptions {
        &self.options
    }

    /// Number of pages so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Add a page in the default orientation and return a handle to draw on it.
    pub fn add_page(&mut self) -> Page<'_> {
        let o = self.options.orientation;
        self.add_page_oriented(o)
    }

    /// Add a page in the given orientation.
    pub fn add_page_oriented(&mut self, orientation: Orientation) -> Page<'_> {
        self.pages.push(PageData { orientation, items: Vec::new() });
        let index = self.pages.len() - 1;
        Page { doc: self, index }
    }

    /// A handle to an existing page (0-based).
    pub fn page(&mut self, index: usize) -> Result<Page<'_>, PdfError> {
        if index >= self.pages.len() {
            return Err(PdfError::NoSuchPage(index));
        }
        Ok(Page { doc: self, index })
    }

    /// Draw something on every page, above the content (run at [`Document::finish`],
    /// when the page count is known).
    pub fn set_header(&mut self, f: impl Fn(&mut Page<'_>, &PageInfo) + Send + 'static) {
        self.header = Some(Box::new(f));
    }

    /// Same as [`Document::set_header`], for the footer (e.g. "page n / N").
    pub fn set_footer(&mut self, f: impl Fn(&mut Page<'_>, &PageInfo) + Send + 'static) {
        self.footer = Some(Box::new(f));
    }

    /// Decode a PNG (or other supported raster) once; draw it with [`Page::image`].
    pub fn add_png(&mut self, bytes: &[u8]) -> Result<ImageId, PdfError> {
        if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Err(PdfError::Image("not a PNG file".into()));
        }
        let mut warnings = Vec::new();
        let img = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(PdfError::Image)?;
        if img.width == 0 || img.height == 0 {
            return Err(PdfError::Image("empty image".into()));
        }
        self.images.push(img);
        Ok(ImageId(self.images.len() - 1))
    }

    /// Pixel size of a registered image (to keep its aspect ratio).
    pub fn image_size(&self, id: ImageId) -> (usize, usize) {
        let i = &self.images[id.0];
        (i.width, i.height)
    }

    /// Width in mm of `text` on a single line (no wrapping; the widest
    /// paragraph when it contains `\n`).
    pub fn measure_width(&self, text: &str, style: &TextStyle) -> f32 {
        let lines = self.shaper.layout(text, style, None);
        pt_to_mm(lines.iter().map(|l| l.width).fold(0.0, f32::max))
    }

    /// Height in mm that `text` takes when wrapped to `width` mm.
    pub fn measure_height(&self, text: &str, width: f32, style: &TextStyle) -> f32 {
        let lines = self.shaper.layout(text, style, Some(mm_to_pt(width)));
        pt_to_mm(lines.iter().map(|l| l.height).sum())
    }

    /// Number of lines `text` takes when wrapped to `width` mm.
    pub fn measure_lines(&self, text: &str, width: f32, style: &TextStyle) -> usize {
        self.shaper.layout(text, style, Some(mm_to_pt(width))).len()
    }

    pub(crate) fn layout(&self, text: &str, width: Option<f32>, style: &TextStyle) -> std::sync::Arc<[Line]> {
        self.shaper.layout(text, style, width.map(mm_to_pt))
    }

    /// Draw already laid-out lines with their top at `y` mm; returns the height used (mm).
    pub(crate) fn draw_lines(&mut self, page: usize, x: f32, y: f32, width: Option<f32>, lines: &[Line], style: &TextStyle) -> f32 {
        let page_h = self.pages[page].orientation.size_mm().1;
        let x0 = mm_to_pt(x);
        let mut top = mm_to_pt(page_h - y); // PDF y of the line top
        let box_w = width.map(mm_to_pt);
        let mut used = 0.0;
        for line in lines {
            let lx = match box_w {
                None => match (style.align, line.rtl) {
                    (Align::Center, _) => x0 - line.width / 2.0,
                    (Align::Right, _) | (Align::End, false) | (Align::Start, true) => x0 - line.width,
                    _ => x0,
                },
                Some(w) => {
                    let free = w - line.width;
                    match (style.align, line.rtl) {
                        (Align::Center, _) => x0 + free / 2.0,
                        (Align::Left, _) | (Align::Start, false) | (Align::End, true) => x0,
                        _ => x0 + free,
                    }
                }
            };
            let baseline = top - line.baseline;
            for run in &line.runs {
                let rx = lx + run.x;
                let items = &mut self.pages[page].items;
                // Glue runs of the same font on the same baseline (fewer text
                // matrices); runs with /ActualText stay separate.
                if let Some(Item::Text { run: prev, x: px, y: py, size, color }) = items.last_mut() {
                    if prev.font == run.font
                        && *py == baseline
                        && *size == style.size
                        && *color == style.color
                        && prev.actual_text.is_none()
                        && run.actual_text.is_none()
                    {
                        let dx = rx - *px;
                        prev.glyphs.extend(run.glyphs.iter().map(|g| PlacedGlyph { id: g.id, x: g.x + dx, y: g.y }));
                        continue;
                    }
                }
                items.push(Item::Text { run: run.clone(), x: rx, y: baseline, size: style.size, color: style.color });
            }
            top -= line.height;
            used += line.height;
        }
        pt_to_mm(used)
    }

    /// Serialise the document. Fonts are subset once for the whole document.
    /// The same input always gives the same bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, PdfError> {
        if self.pages.is_empty() {
            self.add_page();
        }
        // Headers and footers, now that N is known.
        let total = self.pages.len();
        let header = self.header.take();
        let footer = self.footer.take();
        for index in 0..total {
            let o = self.pages[index].orientation;
            let (w, h) = o.size_mm();
            let info = PageInfo { number: index + 1, total, width: w, height: h, margins: self.options.margins, orientation: o };
            let mut page = Page { doc: &mut self, index };
            if let Some(f) = &header {
                f(&mut page, &info);
            }
            if let Some(f) = &footer {
                f(&mut page, &info);
            }
        }

        let fonts = FontSet::get();
        // Glyphs used per font, subset once per document.
        let mut used: BTreeMap<FontIndex, BTreeSet<u16>> = BTreeMap::new();
        for p in &self.pages {
            for it in &p.items {
                if let Item::Text { run, .. } = it {
                    used.entry(run.font).or_default().extend(run.glyphs.iter().map(|g| g.id));
                }
            }
        }
        let mut pdf = PdfDocument::new(&self.options.title);
        pdf.metadata.info.author = self.options.author.clone();
        pdf.metadata.info.subject = self.options.subject.clone();
        pdf.metadata.info.creator = "Ateliers OEPRE".into();
        pdf.metadata.info.producer = "oepre-pdf".into();

        let to_unicode = self.shaper.to_unicode.borrow();
        // (font) -> (remapper, id, gid -> text)
        let mut subset_maps: crate::contenu::Sous = BTreeMap::new();
        let mut cids: BTreeMap<(FontIndex, u16), String> = BTreeMap::new();
        for (&fi, gids) in &used {
            let font = fonts.font(fi);
            let mut remapper = subsetter::GlyphRemapper::new();
            for &g in gids {
                remapper.remap(g);
            }
            let bytes = subsetter::subset(font.data, 0, &remapper)
                .map_err(|e| PdfError::Subset { font: font.name.to_owned(), reason: format!("{e:?}") })?;
            let mut warnings = Vec::new();
            let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
                .ok_or_else(|| PdfError::Subset { font: font.name.to_owned(), reason: "subset font does not parse".into() })?;
            parsed.font_name = Some(format!("{}+{}", subset_tag(font.name, gids), font.name));
            let id = FontId(format!("F{fi}"));
            pdf.resources.fonts.map.insert(id.clone(), printpdf::PdfFont::new(parsed));
            for &g in gids {
                let text = to_unicode.get(&(fi, g)).map(|s| s.to_string()).unwrap_or_default();
                cids.insert((fi, g), text);
            }
            subset_maps.insert(fi, (remapper, id));
        }
        drop(to_unicode);

        for (i, img) in self.images.iter().enumerate() {
            pdf.resources.xobjects.map.insert(XObjectId(format!("Im{i}")), XObject::Image(img.clone()));
        }

        // printpdf builds the document around the pages (fonts with their /W and /ToUnicode,
        // images, page tree) from empty pages and one list of every glyph used with its text;
        // each page's content stream is then written by `contenu::page`.
        let mut pages: Vec<PdfPage> = self
            .pages
            .iter()
            .map(|p| {
                let (w, h) = p.orientation.size_mm();
                PdfPage::new(PMm(w), PMm(h), Vec::new())
            })
            .collect();
        pages[0].ops = glyphes_utilises(&subset_maps, &cids);
        pdf.with_pages(pages);
        let image_optimization = Some(printpdf::ImageOptimizationOptions {
            quality: None,
            max_image_size: None,
            dither_greyscale: None,
            convert_to_greyscale: Some(false),
            auto_optimize: Some(false),
            format: Some(printpdf::ImageCompression::Flate),
        });
        // printpdf compresses with zlib level 9 (a third of the run time); take
        // its lopdf document uncompressed and compress at the default level.
        let opts = PdfSaveOptions { optimize: false, subset_fonts: false, secure: true, image_optimization };
        let mut warnings = Vec::new();
        let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
        let ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
        for (page, id) in self.pages.iter().zip(ids) {
            let contenu = lo
                .get_dictionary(id)
                .and_then(|d| d.get(b"Contents"))
                .and_then(lopdf::Object::as_reference)
                .map_err(|e| PdfError::Write(e.to_string()))?;
            match lo.get_object_mut(contenu) {
                Ok(lopdf::Object::Stream(flux)) => flux.set_content(crate::contenu::page(page, &subset_maps, &self.images)),
                // Never left as printpdf wrote it: page 1 holds the glyph list, not to be drawn.
                _ => return Err(PdfError::Write("page sans flux de contenu".into())),
            }
        }
        let mut hash = Fnv::default();
        // Two compressors reused from stream to stream (setting one up costs more than
        // compressing a page): the embedded fonts (few, large, most of the bytes) at zlib's
        // default level, the pages' content streams (many, small) at level 2 (measured: level 1
        // halves its time again but the pages grow by a third; level 3 is 25 % slower for 5 %).
        let mut pour_polices = flate2::Compress::new(flate2::Compression::default(), true);
        let mut pour_pages = flate2::Compress::new(flate2::Compression::new(2), true);
        for obj in lo.objects.values_mut() {
            if let lopdf::Object::Stream(stream) = obj {
                hash.write(&stream.content);
                if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
                    let compresseur = if stream.dict.has(b"Length1") { &mut pour_polices } else { &mut pour_pages };
                    if let Some(c) = compresser(compresseur, &stream.content) {
                        if c.len() + 19 < stream.content.len() {
                            stream.dict.set("Filter", "FlateDecode");
                            stream.set_content(c);
                        }
                    }
                }
            }
        }
        // Reproducible /ID: a hash of the content instead of printpdf's random one.
        let id = format!("{:016X}", hash.0).into_bytes();
        lo.trailer.set(
            "ID",
            lopdf::Object::Array(vec![
                lopdf::Object::String(id.clone(), lopdf::StringFormat::Hexadecimal),
                lopdf::Object::String(id, lopdf::StringFormat::Hexadecimal),
            ]),
        );
        let mut bytes = Vec::new();
        lo.save_to(&mut bytes).map_err(|e| PdfError::Write(e.to_string()))?;
        Ok(bytes)
    }
}

/// `contenu` as one zlib stream (the same bytes as `ZlibEncoder` at that level), with a
/// compressor reused from stream to stream.
fn compresser(compresseur: &mut flate2::Compress, contenu: &[u8]) -> Option<Vec<u8>> {
    compresseur.reset();
    let mut sortie = Vec::with_capacity(contenu.len() / 2 + 64);
    loop {
        let lu = compresseur.total_in() as usize;
        let statut = compresseur.compress_vec(&contenu[lu..], &mut sortie, flate2::FlushCompress::Finish).ok()?;
        match statut {
            flate2::Status::StreamEnd => return Some(sortie),
            flate2::Status::Ok | flate2::Status::BufError => sortie.reserve(sortie.capacity().max(64)),
        }
    }
}

/// Six capital letters derived from the font and its glyph set (PDF subset tag).
fn subset_tag(name: &str, gids: &BTreeSet<u16>) -> String {
    let mut h = Fnv::default();
    h.write(name.as_bytes());
    for g in gids {
        h.write(&g.to_be_bytes());
    }
    let mut v = h.0;
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (v % 26) as u8);
            v /= 26;
            c
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Fnv(u64);
impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}
impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// One text operation per font listing every glyph used in the document with its text: printpdf
/// builds each font's /W and /ToUnicode from it. It is never drawn: the first page's content
/// stream is replaced like the others (see `contenu::page`).
fn glyphes_utilises(subset: &crate::contenu::Sous, cids: &BTreeMap<(FontIndex, u16), String>) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (&fi, (remap, id)) in subset {
        let cps: Vec<Codepoint> = remap
            .remapped_gids()
            .enumerate()
            .filter_map(|(nouveau, ancien)| {
                let texte = cids.get(&(fi, ancien)).cloned().unwrap_or_default();
                Some(Codepoint { gid: u16::try_from(nouveau).ok()?, offset: 0.0, cid: Some(texte) })
            })
            .collect();
        ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(1.0) });
        ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(cps)] });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// A handle for drawing on one page. Coordinates are millimetres from the
/// top-left corner; text boxes are given by their top-left corner and width.
pub struct Page<'d> {
    pub(crate) doc: &'d mut Document,
    pub(crate) index: usize,
}

impl std::fmt::Debug for Page<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Page").field("index", &self.index).finish_non_exhaustive()
    }
}

impl Page<'_> {
    /// 0-based index of this page.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Page size in mm (width, height).
    pub fn size(&self) -> (f32, f32) {
        self.doc.pages[self.index].orientation.size_mm()
    }

    /// The document (e.g. to measure text).
    pub fn document(&self) -> &Document {
        self.doc
    }

    fn h(&self) -> f32 {
        self.size().1
    }

    /// Draw `text` wrapped inside a box `width` mm wide whose top-left corner
    /// is at (`x`, `y`). Returns the height used in mm.
    pub fn text(&mut self, x: f32, y: f32, width: f32, text: &str, style: &TextStyle) -> f32 {
        let lines = self.doc.layout(text, Some(width), style);
        self.doc.draw_lines(self.index, x, y, Some(width), &lines, style)
    }

    /// Draw `text` without wrapping. `x` is the anchor: the left edge for
    /// left/start-LTR alignment, the right edge for right/end-LTR, the centre
    /// for `Center`. `y` is the top of the line. Returns the width in mm.
    pub fn text_line(&mut self, x: f32, y: f32, text: &str, style: &TextStyle) -> f32 {
        let lines = self.doc.layout(text, None, style);
        let w = lines.iter().map(|l| l.width).fold(0.0, f32::max);
        self.doc.draw_lines(self.index, x, y, None, &lines, style);
        pt_to_mm(w)
    }

    /// A straight line.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: &Stroke) {
        let h = self.h();
        self.doc.pages[self.index].items.push(Item::Line {
            x1: mm_to_pt(x1),
            y1: mm_to_pt(h - y1),
            x2: mm_to_pt(x2),
            y2: mm_to_pt(h - y2),
            stroke: *stroke,
        });
    }

    /// Connected straight segments through `points` (mm, from the top-left corner), as one
    /// path with one stroke state: a circle or an icon outline costs a few bytes per point
    /// instead of one stroked path per segment. `closed` joins the last point to the first.
    pub fn polyline(&mut self, points: &[(f32, f32)], closed: bool, stroke: &Stroke) {
        if points.len() < 2 {
            return;
        }
        let h = self.h();
        self.doc.pages[self.index].items.push(Item::Polyline {
            points: points.iter().map(|&(x, y)| (mm_to_pt(x), mm_to_pt(h - y))).collect(),
            closed,
            stroke: *stroke,
        });
    }

    /// A rectangle, outlined with `stroke` and/or filled with `fill`.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, stroke: Option<&Stroke>, fill: Option<Color>) {
        if stroke.is_none() && fill.is_none() {
            return;
        }
        let ph = self.h();
        self.doc.pages[self.index].items.push(Item::Rect {
            x: mm_to_pt(x),
            y: mm_to_pt(ph - y - h),
            w: mm_to_pt(w),
            h: mm_to_pt(h),
            stroke: stroke.copied(),
            fill,
        });
    }

    /// A square check box of `size` mm with its top-left corner at (`x`, `y`),
    /// ticked with a cross when `checked`.
    pub fn checkbox(&mut self, x: f32, y: f32, size: f32, checked: bool) {
        let s = Stroke::new(0.8);
        self.rect(x, y, size, size, Some(&s), None);
        if checked {
            let m = size * 0.2;
            self.line(x + m, y + m, x + size - m, y + size - m, &s);
            self.line(x + m, y + size - m, x + size - m, y + m, &s);
        }
    }

    /// Draw a registered image with its top-left corner at (`x`, `y`), `w` × `h` mm.
    pub fn image(&mut self, id: ImageId, x: f32, y: f32, w: f32, h: f32) {
        let ph = self.h();
        self.doc.pages[self.index].items.push(Item::Image {
            id: id.0,
            x: mm_to_pt(x),
            y: mm_to_pt(ph - y - h),
            w: mm_to_pt(w),
            h: mm_to_pt(h),
        });
    }
}

//! Documents, pages and drawing.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Codepoint, DictItem, FontId, Line as PLine, LinePoint, Mm as PMm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, RawImage, Rect as PRect, TextItem, TextMatrix, XObject,
    XObjectId, XObjectTransform,
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
        let mut subset_maps: BTreeMap<FontIndex, (subsetter::GlyphRemapper, FontId)> = BTreeMap::new();
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

        let mut pages = Vec::with_capacity(self.pages.len());
        for p in &self.pages {
            let (w, h) = p.orientation.size_mm();
            let ops = page_ops(p, &subset_maps, &self.images);
            pages.push(PdfPage::new(PMm(w), PMm(h), ops));
        }
        attach_to_unicode(&mut pages, &subset_maps, &cids);
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
        let mut hash = Fnv::default();
        // One compressor for every stream, reset between them: setting one up costs more than
        // compressing a page (its tables are allocated and cleared).
        let mut compresseur = flate2::Compress::new(flate2::Compression::new(3), true);
        for obj in lo.objects.values_mut() {
            if let lopdf::Object::Stream(stream) = obj {
                hash.write(&stream.content);
                if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
                    if let Some(c) = compresser(&mut compresseur, &stream.content) {
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

fn utf16be(text: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn pt(v: f32) -> Pt {
    Pt(v)
}

fn page_ops(
    p: &PageData,
    subset: &BTreeMap<FontIndex, (subsetter::GlyphRemapper, FontId)>,
    images: &[RawImage],
) -> Vec<Op> {
    let mut ops = Vec::with_capacity(p.items.len() * 4);
    let mut in_text = false;
    let mut cur_font: Option<(FontIndex, f32)> = None;
    let mut cur_fill: Option<Color> = None;
    let end_text = |ops: &mut Vec<Op>, in_text: &mut bool| {
        if *in_text {
            ops.push(Op::EndTextSection);
            *in_text = false;
        }
    };
    for it in &p.items {
        match it {
            Item::Text { run, x, y, size, color } => {
                let Some((remap, id)) = subset.get(&run.font) else { continue };
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                    cur_font = None;
                }
                if cur_fill != Some(*color) {
                    ops.push(Op::SetFillColor { col: color.to_printpdf() });
                    cur_fill = Some(*color);
                }
                if cur_font != Some((run.font, *size)) {
                    ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: pt(*size) });
                    cur_font = Some((run.font, *size));
                }
                if let Some(actual) = &run.actual_text {
                    let mut map = BTreeMap::new();
                    map.insert("ActualText".to_string(), DictItem::String { data: utf16be(actual), literal: false });
                    ops.push(Op::BeginMarkedContentWithProperties { tag: "Span".into(), properties: DictItem::Dict { map } });
                }
                // Sub-runs on one baseline: one Tm, then glyphs with TJ adjustments
                // (in 1/1000 em) wherever the shaped position differs from /W.
                let font = FontSet::get().font(run.font);
                let mut i = 0;
                while i < run.glyphs.len() {
                    let y0 = run.glyphs[i].y;
                    let mut j = i;
                    while j < run.glyphs.len() && run.glyphs[j].y == y0 {
                        j += 1;
                    }
                    let first = &run.glyphs[i];
                    ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(pt(round2(x + first.x)), pt(round2(y + y0))) });
                    let mut cps = Vec::with_capacity(j - i);
                    for k in i..j {
                        let g = &run.glyphs[k];
                        let mut offset = 0.0;
                        if k + 1 < j {
                            let natural = g.x + font.pdf_width(g.id) * size / 1000.0;
                            let off = (natural - run.glyphs[k + 1].x) * 1000.0 / size;
                            let off = (off * 10.0).round() / 10.0;
                            if off.abs() >= 0.1 {
                                offset = off;
                            }
                        }
                        cps.push(Codepoint { gid: remap.get(g.id).unwrap_or(0), offset, cid: Some(String::new()) });
                    }
                    ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(cps)] });
                    i = j;
                }
                if run.actual_text.is_some() {
                    ops.push(Op::EndMarkedContentWithProperties);
                }
            }
            Item::Line { x1, y1, x2, y2, stroke } => {
                end_text(&mut ops, &mut in_text);
                set_stroke(&mut ops, stroke);
                ops.push(Op::DrawLine {
                    line: PLine {
                        points: vec![
                            LinePoint { p: Point { x: pt(*x1), y: pt(*y1) }, bezier: false },
                            LinePoint { p: Point { x: pt(*x2), y: pt(*y2) }, bezier: false },
                        ],
                        is_closed: false,
                    },
                });
                if stroke.dash.is_some() {
                    ops.push(Op::SetLineDashPattern { dash: printpdf::LineDashPattern::solid() });
                }
            }
            Item::Polyline { points, closed, stroke } => {
                end_text(&mut ops, &mut in_text);
                set_stroke(&mut ops, stroke);
                ops.push(Op::DrawLine {
                    line: PLine {
                        points: points
                            .iter()
                            .map(|&(x, y)| LinePoint { p: Point { x: pt(x), y: pt(y) }, bezier: false })
                            .collect(),
                        is_closed: *closed,
                    },
                });
                if stroke.dash.is_some() {
                    ops.push(Op::SetLineDashPattern { dash: printpdf::LineDashPattern::solid() });
                }
            }
            Item::Rect { x, y, w, h, stroke, fill } => {
                end_text(&mut ops, &mut in_text);
                if let Some(c) = fill {
                    ops.push(Op::SetFillColor { col: c.to_printpdf() });
                    cur_fill = Some(*c);
                }
                if let Some(s) = stroke {
                    set_stroke(&mut ops, s);
                }
                let mode = match (fill.is_some(), stroke.is_some()) {
                    (true, true) => PaintMode::FillStroke,
                    (true, false) => PaintMode::Fill,
                    _ => PaintMode::Stroke,
                };
                ops.push(Op::DrawRectangle {
                    rectangle: PRect { x: pt(*x), y: pt(*y), width: pt(*w), height: pt(*h), mode: Some(mode), winding_order: None },
                });
                if stroke.is_some_and(|s| s.dash.is_some()) {
                    ops.push(Op::SetLineDashPattern { dash: printpdf::LineDashPattern::solid() });
                }
            }
            Item::Image { id, x, y, w, h } => {
                end_text(&mut ops, &mut in_text);
                let img = &images[*id];
                ops.push(Op::UseXobject {
                    id: XObjectId(format!("Im{id}")),
                    transform: XObjectTransform {
                        translate_x: Some(pt(*x)),
                        translate_y: Some(pt(*y)),
                        rotate: None,
                        scale_x: Some(w / img.width as f32),
                        scale_y: Some(h / img.height as f32),
                        dpi: Some(72.0),
                        no_auto_scale: false,
                    },
                });
            }
        }
    }
    end_text(&mut ops, &mut in_text);
    ops
}

/// (page, op, codepoint) of a glyph in the printpdf pages.
type GlyphSlot = (usize, usize, usize);

/// printpdf builds /ToUnicode from the `cid` of each glyph, the last
/// occurrence of a glyph winning. Glyphs are emitted with an empty (not
/// allocated) text; the last occurrence of each glyph gets the real text.
fn attach_to_unicode(
    pages: &mut [PdfPage],
    subset: &BTreeMap<FontIndex, (subsetter::GlyphRemapper, FontId)>,
    cids: &BTreeMap<(FontIndex, u16), String>,
) {
    let by_id: BTreeMap<&FontId, FontIndex> = subset.iter().map(|(&fi, (_, id))| (id, fi)).collect();
    // (font, new gid) -> (page, op, codepoint), last occurrence wins.
    let mut last: BTreeMap<FontIndex, Vec<Option<GlyphSlot>>> = subset
        .iter()
        .map(|(&fi, (remap, _))| (fi, vec![None; usize::from(remap.num_gids())]))
        .collect();
    for (pi, page) in pages.iter().enumerate() {
        let mut font: Option<FontIndex> = None;
        for (oi, op) in page.ops.iter().enumerate() {
            match op {
                Op::SetFont { font: PdfFontHandle::External(id), .. } => font = by_id.get(id).copied(),
                Op::ShowText { items } => {
                    let Some(fi) = font else { continue };
                    let Some(slots) = last.get_mut(&fi) else { continue };
                    if let Some(TextItem::GlyphIds(cps)) = items.first() {
                        for (ci, cp) in cps.iter().enumerate() {
                            if let Some(slot) = slots.get_mut(usize::from(cp.gid)) {
                                *slot = Some((pi, oi, ci));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for (fi, slots) in last {
        let Some((remap, _)) = subset.get(&fi) else { continue };
        let old_of_new: BTreeMap<u16, u16> = remap.remapped_gids().enumerate().filter_map(|(new, old)| Some((u16::try_from(new).ok()?, old))).collect();
        for (new, slot) in slots.into_iter().enumerate() {
            let Some((pi, oi, ci)) = slot else { continue };
            let Some(old) = u16::try_from(new).ok().and_then(|n| old_of_new.get(&n)) else { continue };
            let Some(text) = cids.get(&(fi, *old)) else { continue };
            if let Some(Op::ShowText { items }) = pages[pi].ops.get_mut(oi) {
                if let Some(TextItem::GlyphIds(cps)) = items.first_mut() {
                    if let Some(cp) = cps.get_mut(ci) {
                        cp.cid = Some(text.clone());
                    }
                }
            }
        }
    }
}

fn set_stroke(ops: &mut Vec<Op>, s: &Stroke) {
    ops.push(Op::SetOutlineColor { col: s.color.to_printpdf() });
    ops.push(Op::SetOutlineThickness { pt: pt(s.width) });
    if let Some((d, g)) = s.dash {
        ops.push(Op::SetLineDashPattern {
            dash: printpdf::LineDashPattern::new(0.0, &[d, g]),
        });
    }
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

//! The flyer's page layout: sizes fitted to the page, the band with the logo and the
//! school's details, the pictograms, the text blocks in one or two columns, the footer.
//! What is written (the texts of each language, the atelier's details) is in [`super`].

use super::*;

const PAGE_W: f32 = 210.0;
pub(super) const MARGIN: f32 = 12.0;
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
pub(super) struct Logo {
    pub(super) id: ImageId,
    pub(super) aspect: f32,
}

pub(super) struct PageSpec<'a> {
    pub(super) t: &'a LangTexts,
    pub(super) fr: Option<&'a LangTexts>,
    pub(super) input: &'a FlyerInput,
    pub(super) logo: Option<Logo>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Sizes {
    pub(super) body: f32,
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
pub(super) struct Painter<'d> {
    pub(super) doc: &'d mut Document,
    pub(super) page: Option<usize>,
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
pub(super) fn fit(doc: &mut Document, spec: &PageSpec<'_>) -> Sizes {
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
pub(super) fn draw_page(p: &mut Painter<'_>, spec: &PageSpec<'_>, s: Sizes) -> f32 {
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

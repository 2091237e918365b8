//! Flowing layout: a cursor that moves down the page and starts a new page
//! when the next block does not fit; tables with repeated headers.

use std::sync::Arc;

use crate::document::{pt_to_mm, Document, Orientation, Page};
use crate::text::Line;
use crate::style::{Align, Color, Direction, Stroke, TextStyle};

/// A vertical cursor inside the margins of the current page.
///
/// ```no_run
/// use oepre_pdf::{Document, DocumentOptions, Flow, TextStyle};
/// let mut doc = Document::new(DocumentOptions::titled("Liste"));
/// let mut flow = Flow::new(&mut doc);
/// flow.paragraph("Bonjour", &TextStyle::new(12.0));
/// let pdf = doc.finish().unwrap();
/// ```
pub struct Flow<'d> {
    doc: &'d mut Document,
    page: usize,
    y: f32,
    orientation: Orientation,
    /// Extra space reserved at the top of pages started by the flow (header).
    top_reserve: f32,
    /// Extra space reserved at the bottom of every page (footer).
    bottom_reserve: f32,
}

impl std::fmt::Debug for Flow<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Flow").field("page", &self.page).field("y", &self.y).finish_non_exhaustive()
    }
}

impl<'d> Flow<'d> {
    /// Start a new page in the document's default orientation and put the
    /// cursor at its top margin.
    pub fn new(doc: &'d mut Document) -> Self {
        let o = doc.options().orientation;
        Flow::new_oriented(doc, o)
    }

    /// Same as [`Flow::new`] with pages in `orientation`.
    pub fn new_oriented(doc: &'d mut Document, orientation: Orientation) -> Self {
        let page = doc.add_page_oriented(orientation).index();
        let y = doc.options().margins.top;
        Flow { doc, page, y, orientation, top_reserve: 0.0, bottom_reserve: 0.0 }
    }

    /// Continue on an existing page from `y` mm.
    pub fn at(doc: &'d mut Document, page: usize, y: f32) -> Self {
        let orientation = doc.pages.get(page).map(|p| p.orientation).unwrap_or_default();
        Flow { doc, page, y, orientation, top_reserve: 0.0, bottom_reserve: 0.0 }
    }

    /// Keep `top` mm free under the top margin of pages the flow starts, and
    /// `bottom` mm above the bottom margin of every page (for headers and footers).
    pub fn reserve(&mut self, top: f32, bottom: f32) -> &mut Self {
        if self.y < self.top() + top {
            self.y = self.top() - self.top_reserve + top;
        }
        self.top_reserve = top;
        self.bottom_reserve = bottom;
        self
    }

    /// The document.
    pub fn document(&self) -> &Document {
        self.doc
    }

    /// The current page, to draw on it freely.
    pub fn page(&mut self) -> Page<'_> {
        Page { doc: self.doc, index: self.page }
    }

    /// 0-based index of the current page.
    pub fn page_index(&self) -> usize {
        self.page
    }

    /// Cursor position from the top of the page (mm).
    pub fn y(&self) -> f32 {
        self.y
    }

    /// Move the cursor to `y` mm.
    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// Left edge of the content area (mm).
    pub fn left(&self) -> f32 {
        self.doc.options().margins.left
    }

    /// Width of the content area (mm).
    pub fn width(&self) -> f32 {
        let m = self.doc.options().margins;
        self.orientation.size_mm().0 - m.left - m.right
    }

    fn bottom(&self) -> f32 {
        self.orientation.size_mm().1 - self.doc.options().margins.bottom - self.bottom_reserve
    }

    fn top(&self) -> f32 {
        self.doc.options().margins.top + self.top_reserve
    }

    /// Space left on the current page (mm).
    pub fn remaining(&self) -> f32 {
        self.bottom() - self.y
    }

    /// Start a new page (same orientation) and put the cursor at its top.
    pub fn new_page(&mut self) {
        self.page = self.doc.add_page_oriented(self.orientation).index();
        self.y = self.top();
    }

    /// Make sure `height` mm fit below the cursor, starting a new page if not.
    /// Returns `true` when a page was started. A block taller than a whole page
    /// is placed at the top of a fresh page and overflows.
    pub fn ensure(&mut self, height: f32) -> bool {
        if height > self.remaining() + 0.001 && self.y > self.top() + 0.001 {
            self.new_page();
            true
        } else {
            false
        }
    }

    /// Move the cursor down.
    pub fn space(&mut self, mm: f32) {
        self.y += mm;
    }

    /// A wrapped paragraph across the content width; lines that do not fit go
    /// to the next page. Returns the height used on the last page (mm).
    pub fn paragraph(&mut self, text: &str, style: &TextStyle) -> f32 {
        let (x, w) = (self.left(), self.width());
        self.paragraph_in(x, w, text, style)
    }

    /// Same as [`Flow::paragraph`] in a column from `x` mm, `width` mm wide.
    pub fn paragraph_in(&mut self, x: f32, width: f32, text: &str, style: &TextStyle) -> f32 {
        let lines = self.doc.layout(text, Some(width), style);
        let mut used = 0.0;
        for line in lines.chunks(1) {
            let h = pt_to_mm(line[0].height);
            if self.ensure(h) {
                used = 0.0;
            }
            self.doc.draw_lines(self.page, x, self.y, Some(width), line, style);
            self.y += h;
            used += h;
        }
        used
    }

    /// Keep a block of `height` mm together: start a new page if needed, then
    /// call `draw(page, x, y, width)` with the content area's left edge, the
    /// cursor and the content width, and move the cursor below the block.
    pub fn block(&mut self, height: f32, draw: impl FnOnce(&mut Page<'_>, f32, f32, f32)) {
        self.ensure(height);
        let (x, y, w) = (self.left(), self.y, self.width());
        let mut page = Page { doc: self.doc, index: self.page };
        draw(&mut page, x, y, w);
        self.y += height;
    }

    /// Draw a table across the content width (see [`Table`]). Rows are never
    /// split; the header row is repeated at the top of every page.
    pub fn table(&mut self, table: &Table) {
        let x0 = self.left();
        let total_w = table.width.unwrap_or_else(|| self.width());
        let widths = table.column_widths(total_w);
        let header = table.header.as_ref().map(|h| self.layout_row(table, h, &widths, true));
        let draw_header = |flow: &mut Flow<'_>| {
            if let (Some(lay), Some(cells)) = (&header, table.header.as_ref()) {
                flow.draw_row(table, cells, &widths, x0, lay, true);
            }
        };
        let header_h = header.as_ref().map_or(0.0, |h| h.height);
        let rows: Vec<RowLayout> = table.rows.iter().map(|r| self.layout_row(table, r, &widths, false)).collect();
        // Header plus at least the first row must fit together.
        let first_h = rows.first().map_or(0.0, |l| l.height);
        self.ensure(header_h + first_h);
        draw_header(self);
        for (row, lay) in table.rows.iter().zip(rows) {
            if lay.height > self.remaining() + 0.001 {
                self.new_page();
                draw_header(self);
            }
            self.draw_row(table, row, &widths, x0, &lay, false);
        }
    }

    fn cell_style(table: &Table, cell: &Cell, col: usize, header: bool) -> TextStyle {
        let mut s = if header { table.style.header_text.clone() } else { table.style.text.clone() };
        if header {
            s.align = cell.align.unwrap_or(table.style.header_text.align);
        } else {
            s.align = cell.align.or(table.columns.get(col).map(|c| c.align)).unwrap_or(s.align);
        }
        if cell.bold {
            s.bold = true;
        }
        if let Some(d) = cell.direction {
            s.direction = d;
        }
        if let Some(l) = &cell.lang {
            s.lang = Some(l.clone());
        }
        s
    }

    /// Lay out every cell of a row once; the row height fits the tallest cell.
    fn layout_row(&self, table: &Table, cells: &[Cell], widths: &[f32], header: bool) -> RowLayout {
        let p = table.style.padding;
        let mut h: f32 = 0.0;
        let mut out = Vec::with_capacity(cells.len());
        let mut col = 0usize;
        for cell in cells {
            let w = span_width(widths, col, cell.span);
            let style = Flow::cell_style(table, cell, col, header);
            let inner_w = (w - 2.0 * p).max(1.0);
            let lines = (!cell.text.is_empty()).then(|| self.doc.layout(&cell.text, Some(inner_w), &style));
            let th = lines.as_ref().map_or(0.0, |l| pt_to_mm(l.iter().map(|x| x.height).sum()));
            h = h.max(th);
            out.push(CellLayout { lines, style, text_height: th, inner_w });
            col += cell.span.max(1);
        }
        let min = if header { table.style.min_header_height } else { table.style.min_row_height };
        RowLayout { height: (h + 2.0 * p).max(min), cells: out }
    }

    fn draw_row(&mut self, table: &Table, cells: &[Cell], widths: &[f32], x0: f32, lay: &RowLayout, header: bool) {
        let st = &table.style;
        let y = self.y;
        let h = lay.height;
        let mut x = x0;
        let mut col = 0usize;
        let total: f32 = widths.iter().sum();
        for (cell, cl) in cells.iter().zip(&lay.cells) {
            if col >= widths.len() {
                break;
            }
            let w = span_width(widths, col, cell.span);
            // RTL tables put the first column on the right.
            let cx = if table.rtl { x0 + total - (x - x0) - w } else { x };
            let fill = cell.fill.or(if header { st.header_fill } else { None });
            Page { doc: self.doc, index: self.page }.rect(cx, y, w, h, st.border.as_ref(), fill);
            if let Some(lines) = &cl.lines {
                // Headers are centred vertically, body cells start at the top.
                let dy = if header { ((h - 2.0 * st.padding - cl.text_height) / 2.0).max(0.0) } else { 0.0 };
                self.doc.draw_lines(self.page, cx + st.padding, y + st.padding + dy, Some(cl.inner_w), lines, &cl.style);
            }
            x += w;
            col += cell.span.max(1);
        }
        self.y += h;
    }
}

struct CellLayout {
    lines: Option<Arc<[Line]>>,
    style: TextStyle,
    text_height: f32,
    inner_w: f32,
}

struct RowLayout {
    height: f32,
    cells: Vec<CellLayout>,
}

fn span_width(widths: &[f32], col: usize, span: usize) -> f32 {
    widths.iter().skip(col).take(span.max(1)).sum()
}

/// Width of a table column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColumnWidth {
    /// A fixed width in millimetres.
    Fixed(f32),
    /// A share of the width left by fixed columns (weights are relative).
    Weight(f32),
}

/// A table column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// Its width.
    pub width: ColumnWidth,
    /// Default alignment of its cells.
    pub align: Align,
}

impl Column {
    /// A fixed-width column (mm).
    pub fn fixed(mm: f32) -> Self {
        Column { width: ColumnWidth::Fixed(mm), align: Align::Start }
    }
    /// A proportional column.
    pub fn weight(w: f32) -> Self {
        Column { width: ColumnWidth::Weight(w), align: Align::Start }
    }
    /// Set the default alignment.
    pub fn align(mut self, a: Align) -> Self {
        self.align = a;
        self
    }
}

/// A table cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Text (wrapped to the cell width; `\n` starts a new line).
    pub text: String,
    /// Alignment, overriding the column's.
    pub align: Option<Align>,
    /// Bold text.
    pub bold: bool,
    /// Background colour.
    pub fill: Option<Color>,
    /// Number of columns the cell covers (1 by default).
    pub span: usize,
    /// Base direction, overriding the table style's.
    pub direction: Option<Direction>,
    /// Language tag, overriding the table style's.
    pub lang: Option<String>,
}

impl Cell {
    /// A cell with text.
    pub fn new(text: impl Into<String>) -> Self {
        Cell { text: text.into(), span: 1, ..Cell::default() }
    }
    /// An empty cell (e.g. a signature box).
    pub fn empty() -> Self {
        Cell::new("")
    }
    /// Set the alignment.
    pub fn align(mut self, a: Align) -> Self {
        self.align = Some(a);
        self
    }
    /// Bold text.
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    /// Background colour.
    pub fn fill(mut self, c: Color) -> Self {
        self.fill = Some(c);
        self
    }
    /// Span several columns.
    pub fn span(mut self, n: usize) -> Self {
        self.span = n.max(1);
        self
    }
    /// Set the base direction.
    pub fn direction(mut self, d: Direction) -> Self {
        self.direction = Some(d);
        self
    }
    /// Set the language tag.
    pub fn lang(mut self, tag: &str) -> Self {
        self.lang = Some(tag.to_owned());
        self
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::new(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::new(s)
    }
}

/// How a table looks.
#[derive(Debug, Clone, PartialEq)]
pub struct TableStyle {
    /// Body text.
    pub text: TextStyle,
    /// Header text (bold, centred by default).
    pub header_text: TextStyle,
    /// Cell padding (mm).
    pub padding: f32,
    /// Minimum body row height (mm), e.g. 10 for signature boxes.
    pub min_row_height: f32,
    /// Minimum header row height (mm).
    pub min_header_height: f32,
    /// Header background (`None` for none).
    pub header_fill: Option<Color>,
    /// Cell borders (`None` for none).
    pub border: Option<Stroke>,
}

impl Default for TableStyle {
    fn default() -> Self {
        TableStyle {
            text: TextStyle::new(9.0),
            header_text: TextStyle::new(9.0).bold().align(Align::Center),
            padding: 1.5,
            min_row_height: 0.0,
            min_header_height: 0.0,
            header_fill: Some(Color::LIGHT_GREY),
            border: Some(Stroke::new(0.5)),
        }
    }
}

/// A table: columns, an optional header row repeated on every page, rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Columns.
    pub columns: Vec<Column>,
    /// Header row.
    pub header: Option<Vec<Cell>>,
    /// Body rows.
    pub rows: Vec<Vec<Cell>>,
    /// Look.
    pub style: TableStyle,
    /// Total width in mm (`None`: the flow's content width).
    pub width: Option<f32>,
    /// Lay columns out right to left (first column on the right).
    pub rtl: bool,
}

impl Table {
    /// A table with these columns and the default style.
    pub fn new(columns: Vec<Column>) -> Self {
        Table { columns, ..Table::default() }
    }
    /// Set the header row.
    pub fn header<C: Into<Cell>>(mut self, cells: impl IntoIterator<Item = C>) -> Self {
        self.header = Some(cells.into_iter().map(Into::into).collect());
        self
    }
    /// Add a body row.
    pub fn row<C: Into<Cell>>(&mut self, cells: impl IntoIterator<Item = C>) -> &mut Self {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }
    /// Set the style.
    pub fn style(mut self, style: TableStyle) -> Self {
        self.style = style;
        self
    }

    /// Column widths in mm for a table `total` mm wide.
    pub fn column_widths(&self, total: f32) -> Vec<f32> {
        let fixed: f32 = self
            .columns
            .iter()
            .map(|c| if let ColumnWidth::Fixed(w) = c.width { w } else { 0.0 })
            .sum();
        let weights: f32 = self
            .columns
            .iter()
            .map(|c| if let ColumnWidth::Weight(w) = c.width { w } else { 0.0 })
            .sum();
        let free = (total - fixed).max(0.0);
        self.columns
            .iter()
            .map(|c| match c.width {
                ColumnWidth::Fixed(w) => w,
                ColumnWidth::Weight(w) if weights > 0.0 => free * w / weights,
                ColumnWidth::Weight(_) => 0.0,
            })
            .collect()
    }
}

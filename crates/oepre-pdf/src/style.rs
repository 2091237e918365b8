//! Colours, alignment, direction and text styles.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Color {
    /// Black.
    pub const BLACK: Color = Color { r: 0, g: 0, b: 0 };
    /// White.
    pub const WHITE: Color = Color { r: 255, g: 255, b: 255 };
    /// Light grey used for table headers.
    pub const LIGHT_GREY: Color = Color { r: 225, g: 225, b: 225 };
    /// Mid grey for secondary text.
    pub const GREY: Color = Color { r: 110, g: 110, b: 110 };
    /// The blue of the French Republic's identity (#000091).
    pub const BLEU_FRANCE: Color = Color { r: 0, g: 0, b: 145 };

    /// A colour from its components.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Color { r, g, b }
    }

    /// A grey level (0 black, 255 white).
    pub const fn grey(level: u8) -> Self {
        Color { r: level, g: level, b: level }
    }
}

/// Horizontal alignment. `Start` and `End` follow the paragraph direction:
/// `Start` is the left edge for French, the right edge for Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Left in LTR paragraphs, right in RTL paragraphs.
    #[default]
    Start,
    /// Centred.
    Center,
    /// Right in LTR paragraphs, left in RTL paragraphs.
    End,
    /// Always left, whatever the direction.
    Left,
    /// Always right, whatever the direction.
    Right,
}

/// Base direction of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// From the first strong character (Unicode rules P2–P3); LTR when there is none.
    #[default]
    Auto,
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// How a piece of text looks. Sizes are in PostScript points.
#[derive(Debug, Clone, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    /// Bold face (scripts without a bold file fall back to regular).
    pub bold: bool,
    /// Text colour.
    pub color: Color,
    /// Line advance as a multiple of the font size (taller fonts such as
    /// Nastaliq grow the line automatically).
    pub line_height: f32,
    /// Horizontal alignment.
    pub align: Align,
    /// Base direction.
    pub direction: Direction,
    /// BCP 47 language tag (`"ur"` selects the Nastaliq font for Arabic
    /// script, and the tag is passed to the shaper for localised forms).
    pub lang: Option<String>,
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle {
            size: 10.0,
            bold: false,
            color: Color::BLACK,
            line_height: 1.25,
            align: Align::Start,
            direction: Direction::Auto,
            lang: None,
        }
    }
}

impl TextStyle {
    /// Regular black text of `size` points.
    pub fn new(size: f32) -> Self {
        TextStyle { size, ..TextStyle::default() }
    }
    /// Same style in bold.
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    /// Set bold on or off.
    pub fn with_bold(mut self, bold: bool) -> Self {
        self.bold = bold;
        self
    }
    /// Set the size in points.
    pub fn size(mut self, size: f32) -> Self {
        self.size = size;
        self
    }
    /// Set the colour.
    pub fn color(mut self, color: Color) -> Self {
        self.color = color;
        self
    }
    /// Set the alignment.
    pub fn align(mut self, align: Align) -> Self {
        self.align = align;
        self
    }
    /// Set the base direction.
    pub fn direction(mut self, direction: Direction) -> Self {
        self.direction = direction;
        self
    }
    /// Set the line height factor.
    pub fn line_height(mut self, factor: f32) -> Self {
        self.line_height = factor;
        self
    }
    /// Set the language tag (e.g. `"ar"`, `"fa-AF"`, `"ur"`, `"ta"`).
    pub fn lang(mut self, tag: &str) -> Self {
        self.lang = Some(tag.to_owned());
        self
    }
    pub(crate) fn is_urdu(&self) -> bool {
        self.lang
            .as_deref()
            .is_some_and(|l| l.eq_ignore_ascii_case("ur") || l.to_ascii_lowercase().starts_with("ur-"))
    }
}

/// A stroke (lines and box outlines). The width is in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Line width in points.
    pub width: f32,
    /// Colour.
    pub color: Color,
    /// Dash pattern (dash, gap) in points, or `None` for a solid line.
    pub dash: Option<(f32, f32)>,
}

impl Default for Stroke {
    fn default() -> Self {
        Stroke { width: 0.5, color: Color::BLACK, dash: None }
    }
}

impl Stroke {
    /// A solid black stroke of `width` points.
    pub fn new(width: f32) -> Self {
        Stroke { width, ..Stroke::default() }
    }
    /// Set the colour.
    pub fn color(mut self, color: Color) -> Self {
        self.color = color;
        self
    }
    /// Dashed line: `dash` points drawn, `gap` points skipped.
    pub fn dashed(mut self, dash: f32, gap: f32) -> Self {
        self.dash = Some((dash, gap));
        self
    }
}

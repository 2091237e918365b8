//! The content stream of a page, written straight from the laid-out items.
//!
//! printpdf turned each page's operations into `lopdf` operations and lopdf encoded them:
//! more than half of the time of a 120-page document (one allocation per operand, one
//! formatted write per byte of every glyph string). The items of a page are already final
//! (glyph ids of the subset fonts, positions in points), so they are written here as PDF
//! operators into one buffer. printpdf still builds the document around them (fonts and their
//! `/ToUnicode`, images, page tree): see `Document::finish`.
//!
//! Glyph codes are the subset fonts' glyph ids (Identity-H): right for TrueType fonts, which
//! every shipped font is (a test checks it).
//!
//! Operators used: `BT`/`ET`, `rg`/`RG`, `w`, `d`, `Tf`, `Tm`, `TJ`, `BDC`/`EMC` (ActualText of
//! shaped runs, for copy and paste), `m`/`l`/`h`/`S`, `re` with `f`/`S`/`B`, `q`/`cm`/`Do`/`Q`.

use std::collections::BTreeMap;
use std::io::Write;

use printpdf::{FontId, RawImage};

use crate::document::{Item, PageData};
use crate::fonts::{FontIndex, FontSet};
use crate::style::{Color, Stroke};

/// The subset of each font used in the document: the old → new glyph id map and its resource name.
pub(crate) type Sous = BTreeMap<FontIndex, (subsetter::GlyphRemapper, FontId)>;

/// The content stream of page `p`.
pub(crate) fn page(p: &PageData, sous: &Sous, images: &[RawImage]) -> Vec<u8> {
    let mut o = Vec::with_capacity(p.items.len() * 48);
    let mut en_texte = false;
    let mut police: Option<(FontIndex, f32)> = None;
    let mut remplissage: Option<Color> = None;
    let fin_texte = |o: &mut Vec<u8>, en_texte: &mut bool| {
        if *en_texte {
            o.extend_from_slice(b"ET\n");
            *en_texte = false;
        }
    };
    for it in &p.items {
        match it {
            Item::Text { run, x, y, size, color } => {
                let Some((remap, id)) = sous.get(&run.font) else { continue };
                if !en_texte {
                    o.extend_from_slice(b"BT\n");
                    en_texte = true;
                    police = None;
                }
                if remplissage != Some(*color) {
                    couleur(&mut o, *color, b"rg");
                    remplissage = Some(*color);
                }
                if police != Some((run.font, *size)) {
                    o.push(b'/');
                    o.extend_from_slice(id.0.as_bytes());
                    o.push(b' ');
                    nombre(&mut o, *size);
                    o.extend_from_slice(b" Tf\n");
                    police = Some((run.font, *size));
                }
                if let Some(texte) = &run.actual_text {
                    o.extend_from_slice(b"/Span <</ActualText <FEFF");
                    for u in texte.encode_utf16() {
                        hex(&mut o, u);
                    }
                    o.extend_from_slice(b">>> BDC\n");
                }
                // Sub-runs on one baseline: one Tm, then the glyphs with TJ adjustments
                // (in 1/1000 em) wherever the shaped position differs from /W.
                let fonte = FontSet::get().font(run.font);
                let mut i = 0;
                while i < run.glyphs.len() {
                    let y0 = run.glyphs[i].y;
                    let mut j = i;
                    while j < run.glyphs.len() && run.glyphs[j].y == y0 {
                        j += 1;
                    }
                    o.extend_from_slice(b"1 0 0 1 ");
                    nombre(&mut o, round2(x + run.glyphs[i].x));
                    o.push(b' ');
                    nombre(&mut o, round2(y + y0));
                    o.extend_from_slice(b" Tm\n[<");
                    for k in i..j {
                        let g = &run.glyphs[k];
                        hex(&mut o, remap.get(g.id).unwrap_or(0));
                        if k + 1 < j {
                            let naturel = g.x + fonte.pdf_width(g.id) * size / 1000.0;
                            let ecart = ((naturel - run.glyphs[k + 1].x) * 1000.0 / size * 10.0).round() / 10.0;
                            if ecart.abs() >= 0.1 {
                                o.extend_from_slice(b"> ");
                                nombre(&mut o, ecart);
                                o.extend_from_slice(b" <");
                            }
                        }
                    }
                    o.extend_from_slice(b">] TJ\n");
                    i = j;
                }
                if run.actual_text.is_some() {
                    o.extend_from_slice(b"EMC\n");
                }
            }
            Item::Line { x1, y1, x2, y2, stroke } => {
                fin_texte(&mut o, &mut en_texte);
                trait_(&mut o, stroke);
                point(&mut o, *x1, *y1, b"m");
                point(&mut o, *x2, *y2, b"l");
                o.extend_from_slice(b"S\n");
                fin_pointilles(&mut o, stroke);
            }
            Item::Polyline { points, closed, stroke } => {
                fin_texte(&mut o, &mut en_texte);
                trait_(&mut o, stroke);
                for (n, &(x, y)) in points.iter().enumerate() {
                    point(&mut o, x, y, if n == 0 { b"m" } else { b"l" });
                }
                o.extend_from_slice(if *closed { b"h S\n" } else { b"S\n" });
                fin_pointilles(&mut o, stroke);
            }
            Item::Rect { x, y, w, h, stroke, fill } => {
                fin_texte(&mut o, &mut en_texte);
                if let Some(c) = fill {
                    couleur(&mut o, *c, b"rg");
                    remplissage = Some(*c);
                }
                if let Some(s) = stroke {
                    trait_(&mut o, s);
                }
                for v in [x, y, w, h] {
                    nombre(&mut o, *v);
                    o.push(b' ');
                }
                o.extend_from_slice(match (fill.is_some(), stroke.is_some()) {
                    (true, true) => b"re B\n",
                    (true, false) => b"re f\n",
                    _ => b"re S\n",
                });
                if let Some(s) = stroke {
                    fin_pointilles(&mut o, s);
                }
            }
            Item::Image { id, x, y, w, h } => {
                fin_texte(&mut o, &mut en_texte);
                if images.get(*id).is_none() {
                    continue;
                }
                o.extend_from_slice(b"q ");
                for v in [*w, 0.0, 0.0, *h, *x, *y] {
                    nombre(&mut o, v);
                    o.push(b' ');
                }
                let _ = writeln!(o, "cm /Im{id} Do Q");
            }
        }
    }
    fin_texte(&mut o, &mut en_texte);
    o
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// A number as PDF writes it: up to four decimals, no trailing zeros, no exponent.
fn nombre(o: &mut Vec<u8>, v: f32) {
    let v = if v.is_finite() { v } else { 0.0 };
    let entier = (f64::from(v) * 10_000.0).round() as i64;
    if entier < 0 {
        o.push(b'-');
    }
    let a = entier.unsigned_abs();
    let _ = write!(o, "{}", a / 10_000);
    let mut fraction = a % 10_000;
    if fraction != 0 {
        o.push(b'.');
        let mut chiffres = 4;
        while fraction % 10 == 0 {
            fraction /= 10;
            chiffres -= 1;
        }
        let _ = write!(o, "{fraction:0chiffres$}");
    }
}

fn hex(o: &mut Vec<u8>, v: u16) {
    const CHIFFRES: &[u8; 16] = b"0123456789ABCDEF";
    for decalage in [12, 8, 4, 0] {
        o.push(CHIFFRES[usize::from((v >> decalage) & 0xF)]);
    }
}

fn couleur(o: &mut Vec<u8>, c: Color, operateur: &[u8]) {
    for v in [c.r, c.g, c.b] {
        nombre(o, f32::from(v) / 255.0);
        o.push(b' ');
    }
    o.extend_from_slice(operateur);
    o.push(b'\n');
}

fn point(o: &mut Vec<u8>, x: f32, y: f32, operateur: &[u8]) {
    nombre(o, x);
    o.push(b' ');
    nombre(o, y);
    o.push(b' ');
    o.extend_from_slice(operateur);
    o.push(b'\n');
}

fn trait_(o: &mut Vec<u8>, s: &Stroke) {
    couleur(o, s.color, b"RG");
    nombre(o, s.width);
    o.extend_from_slice(b" w\n");
    if let Some((tiret, espace)) = s.dash {
        o.push(b'[');
        nombre(o, tiret);
        o.push(b' ');
        nombre(o, espace);
        o.extend_from_slice(b"] 0 d\n");
    }
}

fn fin_pointilles(o: &mut Vec<u8>, s: &Stroke) {
    if s.dash.is_some() {
        o.extend_from_slice(b"[] 0 d\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs are written by their (subset) glyph id, which is their code only in TrueType
    /// fonts: a CFF font would need its charset's CIDs. Every shipped font must be TrueType.
    #[test]
    fn chaque_police_livree_est_truetype() {
        for f in FontSet::get().fonts() {
            assert_eq!(&f.data[..4], &[0, 1, 0, 0], "{} n'est pas une police TrueType (glyf)", f.name);
        }
    }

    /// One item of each kind, and the exact operators written for them.
    #[test]
    fn chaque_element_s_ecrit_en_operateurs_pdf() {
        use crate::document::Orientation;
        use crate::text::{GlyphRun, PlacedGlyph};
        let mut remap = subsetter::GlyphRemapper::new();
        remap.remap(10);
        remap.remap(20);
        let sous: Sous = [(0, (remap, FontId("F0".into())))].into_iter().collect();
        let taille = 10.0;
        // The second glyph where /W puts it; the third 2 pt further (a TJ adjustment); the
        // fourth on another baseline (a second Tm).
        let apres = |x: f32, id: u16| x + FontSet::get().font(0).pdf_width(id) * taille / 1000.0;
        let x1 = apres(0.0, 10);
        let x2 = apres(x1, 20) + 2.0;
        let glyphes = vec![
            PlacedGlyph { id: 10, x: 0.0, y: 0.0 },
            PlacedGlyph { id: 20, x: x1, y: 0.0 },
            PlacedGlyph { id: 10, x: x2, y: 0.0 },
            PlacedGlyph { id: 20, x: 0.0, y: -3.0 },
        ];
        let run = GlyphRun { font: 0, x: 0.0, glyphs: glyphes, actual_text: Some("é".into()) };
        let gris = Color::grey(128);
        let trait_plein = Stroke { width: 0.5, color: Color::grey(0), dash: None };
        let pointilles = Stroke { dash: Some((3.0, 1.5)), ..trait_plein };
        let logo = include_bytes!("../tests/data/logo.png");
        let image = RawImage::decode_from_bytes(logo, &mut Vec::new()).unwrap();
        let p = PageData {
            orientation: Orientation::Portrait,
            items: vec![
                crate::document::Item::Text { run, x: 100.0, y: 700.0, size: taille, color: Color::grey(0) },
                crate::document::Item::Line { x1: 10.0, y1: 20.0, x2: 30.0, y2: 20.0, stroke: pointilles },
                crate::document::Item::Polyline { points: vec![(1.0, 2.0), (3.0, 4.0), (5.0, 2.0)], closed: true, stroke: trait_plein },
                crate::document::Item::Rect { x: 1.0, y: 2.0, w: 3.0, h: 4.0, stroke: Some(trait_plein), fill: Some(gris) },
                crate::document::Item::Rect { x: 1.0, y: 2.0, w: 3.0, h: 4.0, stroke: None, fill: Some(gris) },
                crate::document::Item::Image { id: 0, x: 10.0, y: 20.0, w: 30.0, h: 15.0 },
                crate::document::Item::Image { id: 7, x: 10.0, y: 20.0, w: 30.0, h: 15.0 },
            ],
        };
        let ecrit = String::from_utf8(page(&p, &sous, &[image])).unwrap();
        let attendu = format!(
            "BT\n0 0 0 rg\n/F0 10 Tf\n/Span <</ActualText <FEFF00E9>>> BDC\n\
             1 0 0 1 100 700 Tm\n[<00010002> -200 <0001>] TJ\n1 0 0 1 100 697 Tm\n[<0002>] TJ\nEMC\nET\n\
             0 0 0 RG\n0.5 w\n[3 1.5] 0 d\n10 20 m\n30 20 l\nS\n[] 0 d\n\
             0 0 0 RG\n0.5 w\n1 2 m\n3 4 l\n5 2 l\nh S\n\
             {g} {g} {g} rg\n0 0 0 RG\n0.5 w\n1 2 3 4 re B\n\
             {g} {g} {g} rg\n1 2 3 4 re f\n\
             q 30 0 0 15 10 20 cm /Im0 Do Q\n",
            g = "0.502"
        );
        assert_eq!(ecrit, attendu);
    }

    #[test]
    fn les_nombres_s_ecrivent_comme_en_pdf() {
        let ecrit = |v: f32| {
            let mut o = Vec::new();
            nombre(&mut o, v);
            String::from_utf8(o).unwrap()
        };
        assert_eq!(ecrit(12.0), "12");
        assert_eq!(ecrit(0.5), "0.5");
        assert_eq!(ecrit(-3.25), "-3.25");
        assert_eq!(ecrit(-0.1), "-0.1");
        assert_eq!(ecrit(595.2756), "595.2756");
        assert_eq!(ecrit(1.0 / 3.0), "0.3333");
        assert_eq!(ecrit(f32::NAN), "0");
        let mut o = Vec::new();
        hex(&mut o, 0x0A3F);
        assert_eq!(o, b"0A3F");
    }
}

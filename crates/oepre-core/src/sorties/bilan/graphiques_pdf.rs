//! Draws [`super::graphiques`]' charts into a PDF flow with the project's engine: vector bars
//! (rectangles), grid lines and labels, a legend when there are two series, and under each
//! chart a small table of the same numbers (accessibility: every figure can be read, copied and
//! found by a screen reader as text). No picture, no library.

use oepre_pdf::{Align, Cell, Color, Column, Flow, Stroke, Table, TableStyle, TextStyle};

use super::graphiques::{Graphique, Unite};
use crate::sorties::documents::entete;

/// The series' colours: the République's blue, then an orange readable beside it in grey.
const COULEURS: [Color; 2] = [Color::BLEU_FRANCE, Color::rgb(214, 110, 0)];

/// Height of the plot block, mm (axis labels included).
const HAUTEUR: f32 = 58.0;

/// A value as the chart and its table print it.
pub(super) fn texte(u: Unite, v: Option<f64>) -> String {
    match v {
        None => "—".into(),
        Some(v) => match u {
            Unite::Pourcent => format!("{} %", v.round() as i64),
            Unite::Heures => {
                let m = (v * 60.0).round() as i64;
                crate::domaine::heures::formater(m)
            }
            Unite::Nombre => format!("{}", v.round() as i64),
        },
    }
}

/// A round top for the value axis: 1, 2 or 5 × 10^k at or above `max` (100 for a rate).
fn plafond(u: Unite, max: f64) -> f64 {
    if u == Unite::Pourcent {
        return 100.0;
    }
    let plancher = if u == Unite::Nombre { 4.0 } else { 1.0 };
    if max <= plancher {
        return plancher;
    }
    let p = 10f64.powf(max.log10().floor());
    [1.0, 2.0, 4.0, 5.0, 10.0].iter().map(|k| k * p).find(|v| *v >= max).unwrap_or(10.0 * p)
}

/// Grid steps: 4 when a quarter of `haut` is a whole number, else 5 (50 → 10, 20, … 50).
fn pas(haut: f64) -> u32 {
    if (haut / 4.0).fract() == 0.0 { 4 } else { 5 }
}

/// The charts, each under its title, kept whole on a page, starting on a new page.
pub(super) fn section(flow: &mut Flow<'_>, titre: &str, graphiques: &[Graphique]) {
    flow.new_page();
    flow.paragraph(titre, &entete::titre(14.0));
    flow.paragraph("Chaque graphique est suivi de ses chiffres.", &entete::gris(8.0).align(Align::Center));
    for g in graphiques {
        dessiner(flow, g);
    }
}

/// One chart: title, bars, legend, note, then the table of its numbers.
pub(super) fn dessiner(flow: &mut Flow<'_>, g: &Graphique) {
    let hauteur_table = 6.0 + 5.0 * g.series.len() as f32;
    flow.ensure(8.0 + HAUTEUR + 6.0 + hauteur_table);
    flow.space(3.0);
    flow.paragraph(&g.titre, &TextStyle::new(10.5).bold());
    let max = g.series.iter().flat_map(|s| s.valeurs.iter().flatten()).fold(0.0f64, |a, &b| a.max(b));
    let haut = plafond(g.unite, max);
    let series = g.series.clone();
    let (categories, unite) = (g.categories.clone(), g.unite);
    flow.block(HAUTEUR, move |page, x, y, w| {
        let (gauche, bas_labels, haut_legende) = (16.0, 12.0, 6.0);
        let (x0, y0) = (x + gauche, y + haut_legende);
        let (pw, ph) = (w - gauche, HAUTEUR - bas_labels - haut_legende - 2.0);
        let grille = Stroke::new(0.3).color(Color::grey(200));
        let base = Stroke::new(0.6);
        let petit = TextStyle::new(6.5).color(Color::grey(70));
        let n = pas(haut);
        for k in 0..=n {
            let v = haut * f64::from(k) / f64::from(n);
            let yy = y0 + ph - ph * k as f32 / n as f32;
            page.line(x0, yy, x0 + pw, yy, if k == 0 { &base } else { &grille });
            page.text_line(x0 - 1.5, yy - 1.3, &texte(unite, Some(v)), &petit.clone().align(Align::Right));
        }
        if series.len() > 1 {
            let mut lx = x0 + pw;
            for (i, s) in series.iter().enumerate().rev() {
                let lw = page.document().measure_width(&s.nom, &TextStyle::new(7.5)) + 6.0;
                lx -= lw;
                page.rect(lx, y, 3.0, 3.0, None, Some(COULEURS[i % 2]));
                page.text_line(lx + 4.0, y - 0.2, &s.nom, &TextStyle::new(7.5));
            }
        }
        let groupe = pw / categories.len().max(1) as f32;
        let barre = (groupe * 0.7 / series.len().max(1) as f32).min(22.0);
        for (c, libelle) in categories.iter().enumerate() {
            let gx = x0 + groupe * c as f32 + (groupe - barre * series.len() as f32) / 2.0;
            for (i, s) in series.iter().enumerate() {
                let bx = gx + barre * i as f32;
                match s.valeurs.get(c).copied().flatten() {
                    Some(v) => {
                        let bh = (ph as f64 * (v / haut)).max(0.0) as f32;
                        page.rect(bx, y0 + ph - bh, barre, bh, None, Some(COULEURS[i % 2]));
                        if barre >= 4.0 {
                            page.text_line(bx + barre / 2.0, y0 + ph - bh - 3.2, &texte(unite, Some(v)), &TextStyle::new(6.5).align(Align::Center));
                        }
                    }
                    None => {
                        page.text_line(bx + barre / 2.0, y0 + ph - 3.2, "—", &TextStyle::new(6.5).align(Align::Center));
                    }
                }
            }
            page.text(x0 + groupe * c as f32 + 0.5, y0 + ph + 1.0, groupe - 1.0, libelle, &TextStyle::new(6.5).align(Align::Center));
        }
    });
    if let Some(note) = &g.note {
        flow.paragraph(note, &entete::gris(7.5));
    }
    flow.space(1.0);
    flow.table(&table(g));
}

/// The chart's numbers: one column per category, one row per series.
fn table(g: &Graphique) -> Table {
    let mut cols = vec![Column::weight(1.6).align(Align::Left)];
    cols.extend(g.categories.iter().map(|_| Column::weight(1.0).align(Align::Right)));
    let mut entetes = vec![String::new()];
    entetes.extend(g.categories.iter().cloned());
    let mut t = Table::new(cols).header(entetes).style(TableStyle {
        text: TextStyle::new(7.0),
        header_text: TextStyle::new(6.5).bold().align(Align::Center),
        ..TableStyle::default()
    });
    for s in &g.series {
        let mut l = vec![Cell::new(s.nom.clone())];
        l.extend(s.valeurs.iter().map(|v| Cell::new(texte(g.unite, *v))));
        t.row(l);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graduations_rondes() {
        assert_eq!(plafond(Unite::Pourcent, 37.0), 100.0);
        assert_eq!((plafond(Unite::Nombre, 29.0), pas(40.0)), (40.0, 4));
        assert_eq!((plafond(Unite::Nombre, 1.0), pas(4.0)), (4.0, 4));
        assert_eq!((plafond(Unite::Heures, 124.0), pas(200.0)), (200.0, 4));
        assert_eq!((plafond(Unite::Nombre, 45.0), pas(50.0)), (50.0, 5));
        assert_eq!(texte(Unite::Heures, Some(1.5)), "1 h 30");
        assert_eq!(texte(Unite::Pourcent, None), "—");
    }
}

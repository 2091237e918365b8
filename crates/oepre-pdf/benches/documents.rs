//! Benchmark: 120 one-page attestations in one PDF, and a landscape month
//! sheet (20 parents × 15 dates).
//!
//! `cargo bench -p oepre-pdf --bench documents` (release profile). Set
//! `OEPRE_PDF_KEEP=<dir>` to write the PDFs there.

use std::time::{Duration, Instant};

use oepre_pdf::*;

const NAMES: &[&str] = &[
    "Mme Amina Benali",
    "M. محمد علي",
    "Mme பிரியா சுப்பிரமணியம்",
    "M. 王伟",
    "Mme Svetlana Ivanova",
    "Mme فاطمة الزهراء",
    "M. Nguyễn Văn Hùng",
    "Mme ஆனந்தி ராஜா",
    "M. 李明",
];

fn attestations(n: usize, logo: &[u8]) -> Vec<u8> {
    let mut doc = Document::new(DocumentOptions::titled("Attestations de suivi de formation"));
    let logo = doc.add_png(logo).expect("logo");
    doc.set_footer(|page, info| {
        let st = TextStyle::new(8.0).color(Color::GREY).align(Align::Center);
        page.text_line(info.width / 2.0, info.height - 14.0, &format!("{} / {}", info.number, info.total), &st);
    });
    let small = TextStyle::new(9.0);
    let body = TextStyle::new(11.0).line_height(1.4);
    let title = TextStyle::new(16.0).bold().align(Align::Center).color(Color::BLEU_FRANCE);
    for i in 0..n {
        let name = NAMES[i % NAMES.len()];
        let hours = 40 + (i % 50);
        let mut flow = Flow::new(&mut doc);
        flow.block(24.0, |page, x, y, w| {
            page.image(logo, x, y, 24.0, 16.0);
            page.text(x + 28.0, y, 80.0, "RÉPUBLIQUE FRANÇAISE\nAcadémie de Besançon", &small.clone().bold());
            page.text(x + w - 70.0, y, 70.0, "Collège Victor Hugo\nUAI 0250012X\n12 rue des Écoles, 25000 Besançon", &small.clone().align(Align::End));
        });
        flow.space(8.0);
        flow.paragraph("Attestation de suivi de formation", &title);
        flow.paragraph(
            "Dispositif Ouvrir l'École aux parents pour la réussite des enfants (OEPRE)",
            &TextStyle::new(11.0).align(Align::Center).color(Color::GREY),
        );
        flow.space(8.0);
        flow.paragraph(
            &format!(
                "Je soussignée, cheffe d'établissement, atteste que \u{2068}{name}\u{2069} a suivi les ateliers \
                 OEPRE au cours de l'année scolaire 2025-2026, du 6 octobre 2025 au 26 juin 2026, à raison de \
                 {hours} heures sur 120 heures dispensées. Les ateliers portent sur les trois axes du dispositif : \
                 la maîtrise de la langue française, la connaissance du fonctionnement et des attentes de \
                 l'École, et la connaissance des valeurs de la République et de leur mise en œuvre."
            ),
            &body,
        );
        flow.space(6.0);
        let mut table = Table::new(vec![Column::weight(3.0), Column::weight(1.0).align(Align::End)])
            .header(["Période", "Heures suivies"]);
        table.row(["1er trimestre (octobre–décembre)", &format!("{}", hours / 3)]);
        table.row(["2e trimestre (janvier–mars)", &format!("{}", hours / 3)]);
        table.row(["3e trimestre (avril–juin)", &format!("{}", hours - 2 * (hours / 3))]);
        table.row([Cell::new("Total").bold(), Cell::new(format!("{hours} / 120")).bold()]);
        flow.table(&table);
        flow.space(8.0);
        flow.paragraph("Niveau atteint : A2 (CECRL). Fait à Besançon, le 3 juillet 2026.", &body);
        flow.space(10.0);
        flow.block(35.0, |page, x, y, w| {
            let half = w / 2.0;
            let s = TextStyle::new(10.0).align(Align::Center);
            page.text(x, y, half - 5.0, "La cheffe d'établissement", &s);
            page.text(x + half + 5.0, y, half - 5.0, "L'intervenant(e)", &s);
            page.rect(x, y + 7.0, half - 5.0, 25.0, Some(&Stroke::new(0.4).color(Color::GREY)), None);
            page.rect(x + half + 5.0, y + 7.0, half - 5.0, 25.0, Some(&Stroke::new(0.4).color(Color::GREY)), None);
        });
    }
    doc.finish().expect("pdf")
}

fn month_sheet() -> Vec<u8> {
    let mut doc = Document::new(
        DocumentOptions::titled("Feuille d'émargement — octobre 2025")
            .orientation(Orientation::Landscape)
            .margins(Margins::all(10.0)),
    );
    let mut cols = vec![Column::fixed(8.0).align(Align::End), Column::weight(1.0)];
    let mut header = vec![Cell::new("N°"), Cell::new("Nom et prénom")];
    for d in 0..15 {
        cols.push(Column::fixed(14.0));
        header.push(Cell::new(format!("{:02}/10\n14h–16h", 1 + d * 2)));
    }
    let mut table = Table::new(cols);
    table.header = Some(header);
    table.style.min_row_height = 7.5;
    for i in 0..20 {
        let name = NAMES[i % NAMES.len()];
        let mut row = vec![Cell::new((i + 1).to_string()), Cell::new(name)];
        row.extend((0..15).map(|_| Cell::empty()));
        table.rows.push(row);
    }
    let mut flow = Flow::new(&mut doc);
    flow.paragraph("Feuille d'émargement — Atelier OEPRE, groupe 1 — octobre 2025", &TextStyle::new(13.0).bold());
    flow.space(3.0);
    flow.table(&table);
    doc.finish().expect("pdf")
}

fn time<F: FnMut() -> Vec<u8>>(label: &str, runs: usize, mut f: F) -> Vec<u8> {
    let t0 = Instant::now();
    let first = f();
    let cold = t0.elapsed();
    let mut times: Vec<Duration> = Vec::new();
    let mut out = first;
    for _ in 0..runs {
        let t = Instant::now();
        out = f();
        times.push(t.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "{label}: first run {:.1} ms, median of {runs} {:.1} ms, min {:.1} ms, {} bytes",
        cold.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        out.len()
    );
    out
}

fn main() {
    let logo = include_bytes!("../tests/data/logo.png");
    let att = time("120 attestations", 10, || attestations(120, logo));
    println!("  average per page: {:.1} kB", att.len() as f64 / 120.0 / 1000.0);
    let month = time("month sheet 20 x 15", 20, month_sheet);
    if let Ok(dir) = std::env::var("OEPRE_PDF_KEEP") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(format!("{dir}/bench-attestations.pdf"), &att);
        let _ = std::fs::write(format!("{dir}/bench-month.pdf"), &month);
    }
}

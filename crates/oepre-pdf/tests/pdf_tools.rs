//! Generated PDFs checked with qpdf and poppler-utils (Debian packages
//! `qpdf` and `poppler-utils`). Set `OEPRE_PDF_KEEP=<dir>` to keep the files.

use std::path::{Path, PathBuf};
use std::process::Command;

use oepre_pdf::*;

const FRENCH: &str = "Dispositif Ouvrir l'École aux parents pour la réussite des enfants (OEPRE). \
La participante a suivi la formation avec assiduité : français, fonctionnement de l'école, \
valeurs de la République. Fait à Besançon, le 3 juillet 2026.";

struct Out {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn write(name: &str, bytes: &[u8]) -> Out {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    if let Ok(keep) = std::env::var("OEPRE_PDF_KEEP") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
    }
    Out { _dir: dir, path }
}

fn run(cmd: &str, args: &[&str], path: &Path) -> (i32, String) {
    let out = Command::new(cmd)
        .args(args)
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} must be installed: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn qpdf_ok(path: &Path) {
    let (code, out) = run("qpdf", &["--check"], path);
    assert_eq!(code, 0, "qpdf --check failed:\n{out}");
}

/// Every font embedded and subset; returns the font names.
fn fonts_ok(path: &Path) -> Vec<String> {
    let (code, out) = run("pdffonts", &[], path);
    assert_eq!(code, 0, "{out}");
    let mut names = Vec::new();
    for line in out.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // name type(1-2 words) encoding emb sub uni object ID
        let n = cols.len();
        assert!(n >= 7, "unexpected pdffonts line {line}");
        let (emb, sub) = (cols[n - 5], cols[n - 4]);
        assert_eq!((emb, sub), ("yes", "yes"), "font not embedded+subset: {line}");
        names.push(cols[0].to_owned());
    }
    assert!(!names.is_empty(), "no fonts:\n{out}");
    names
}

/// (pages, width pt, height pt)
fn info(path: &Path) -> (usize, f32, f32) {
    let (code, out) = run("pdfinfo", &[], path);
    assert_eq!(code, 0, "{out}");
    let mut pages = 0;
    let (mut w, mut h) = (0.0, 0.0);
    for line in out.lines() {
        if let Some(v) = line.strip_prefix("Pages:") {
            pages = v.trim().parse().unwrap();
        }
        if let Some(v) = line.strip_prefix("Page size:") {
            let parts: Vec<&str> = v.split_whitespace().collect();
            w = parts[0].parse().unwrap();
            h = parts[2].parse().unwrap();
        }
    }
    (pages, w, h)
}

fn text(path: &Path, page: Option<usize>) -> String {
    let mut args = vec!["-layout".to_string(), "-enc".into(), "UTF-8".into()];
    if let Some(p) = page {
        args.extend(["-f".into(), p.to_string(), "-l".into(), p.to_string()]);
    }
    let out = Command::new("pdftotext")
        .args(&args)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext must be installed");
    assert!(out.status.success());
    // pdftotext wraps RTL runs in embedding marks: strip them (and isolates).
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_a4_portrait(w: f32, h: f32) {
    assert!((w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5, "not A4 portrait: {w} x {h}");
}

fn french_page() -> Vec<u8> {
    let mut doc = Document::new(DocumentOptions::titled("Attestation de suivi de formation"));
    let mut page = doc.add_page();
    let title = TextStyle::new(16.0).bold().align(Align::Center);
    let mut y = 30.0;
    y += page.text(20.0, y, 170.0, "Attestation de suivi de formation", &title) + 6.0;
    page.text(20.0, y, 170.0, FRENCH, &TextStyle::new(11.0));
    doc.finish().unwrap()
}

#[test]
fn french_page_is_small_valid_a4() {
    let bytes = french_page();
    let out = write("french.pdf", &bytes);
    qpdf_ok(&out.path);
    let names = fonts_ok(&out.path);
    assert!(names.iter().any(|n| n.ends_with("+NotoSans-Regular")), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("+NotoSans-Bold")), "{names:?}");
    let (pages, w, h) = info(&out.path);
    assert_eq!(pages, 1);
    assert_a4_portrait(w, h);
    assert!(bytes.len() < 40_000, "one French page is {} bytes", bytes.len());
    let t = squash(&text(&out.path, None));
    assert!(t.contains("Attestation de suivi de formation"), "{t}");
    assert!(t.contains("Ouvrir l'École aux parents pour la réussite"), "{t}");
    assert!(t.contains("valeurs de la République"), "{t}");
    eprintln!("one French page: {} bytes", bytes.len());
}

#[test]
fn output_is_deterministic() {
    assert_eq!(french_page(), french_page());
}

#[test]
fn mixed_scripts_extract_in_logical_order() {
    let mut doc = Document::new(DocumentOptions::titled("Scripts"));
    let mut page = doc.add_page();
    let s = TextStyle::new(12.0);
    let samples: &[(&str, Option<&str>)] = &[
        ("Attestation délivrée à محمد علي pour 42 heures", None),
        // Fluent wraps placeables in isolation marks: they must not show up.
        ("Attestation délivrée à \u{2068}محمد علي\u{2069} pour \u{2068}42\u{2069} heures", None),
        ("مرحبا بكم في المدرسة Collège Victor Hugo 2025-2026 رقم 120", Some("ar")),
        ("اسکول میں خوش آمدید", Some("ur")),
        ("பள்ளிக்கு வரவேற்கிறோம்", None),
        ("স্কুলে স্বাগতম", None),
        ("विद्यालय में स्वागत है", None),
        ("用户 名字", None),
        ("እንኳን ደህና መጡ ትምህርት ቤት", None),
        ("მოგესალმებით სკოლაში", None),
        ("Բարի գալուստ դպրոց", None),
        ("Xin chào quý phụ huynh — Здравствуйте — Καλώς ήρθατε", None),
    ];
    let mut y = 20.0;
    for (t, lang) in samples {
        let mut st = s.clone();
        if let Some(l) = lang {
            st = st.lang(l);
        }
        y += page.text(20.0, y, 170.0, t, &st) + 3.0;
    }
    let bytes = doc.finish().unwrap();
    let out = write("scripts.pdf", &bytes);
    qpdf_ok(&out.path);
    let names = fonts_ok(&out.path);
    for f in [
        "NotoSansArabic-Regular",
        "NotoNastaliqUrdu-Regular",
        "NotoSansTamil-Regular",
        "NotoSansBengali-Regular",
        "NotoSansDevanagari-Regular",
        "NotoSansEthiopic-Regular",
        "NotoSansGeorgian-Regular",
        "NotoSansArmenian-Regular",
        "DroidSansFallbackFull",
    ] {
        assert!(names.iter().any(|n| n.ends_with(&format!("+{f}"))), "{f} missing from {names:?}");
    }
    let t = squash(&text(&out.path, None));
    for want in [
        "Attestation délivrée à",
        "محمد علي",
        "pour 42 heures",
        "مرحبا بكم في المدرسة",
        "Collège Victor Hugo",
        "2025-2026",
        "اسکول میں خوش آمدید",
        "பள்ளிக்கு வரவேற்கிறோம்",
        "স্কুলে স্বাগতম",
        "विद्यालय में स्वागत है",
        "用户 名字",
        "እንኳን ደህና መጡ",
        "მოგესალმებით სკოლაში",
        "Բարի գալուստ դպրոց",
        "Xin chào quý phụ huynh",
        "Здравствуйте",
    ] {
        assert!(t.contains(want), "missing {want:?} in:\n{t}");
    }
    assert!(!t.contains('\u{FFFD}'), "replacement character in:\n{t}");
    // The French sentence with the Arabic name keeps its word order.
    let a = t.find("Attestation délivrée à").unwrap();
    let b = t[a..].find("pour 42 heures").unwrap();
    assert!(t[a..a + b].contains("محمد علي"), "{t}");
}

fn roster_table(rows: usize) -> Table {
    let mut table = Table::new(vec![
        Column::fixed(12.0).align(Align::Right),
        Column::weight(2.0),
        Column::weight(2.0),
        Column::weight(3.0),
        Column::fixed(40.0),
    ])
    .header(["N°", "Nom", "Prénom", "Observations", "Signature"]);
    table.style.min_row_height = 9.0;
    for i in 1..=rows {
        let obs = if i % 3 == 0 {
            format!("Remarque longue numéro {i} qui doit passer à la ligne dans la cellule finligne{i}")
        } else {
            String::new()
        };
        table.row([
            Cell::new(i.to_string()),
            Cell::new(format!("NOM{i:03}")),
            Cell::new(format!("Prenom{i:03}")),
            Cell::new(obs),
            Cell::empty(),
        ]);
    }
    table
}

#[test]
fn table_over_three_pages_repeats_header_and_keeps_rows_whole() {
    let mut doc = Document::new(DocumentOptions::titled("Feuille d'émargement"));
    doc.set_footer(|page, info| {
        let st = TextStyle::new(8.0).align(Align::Center);
        page.text_line(info.width / 2.0, info.height - 12.0, &format!("Page {} / {}", info.number, info.total), &st);
    });
    let table = roster_table(55);
    let mut flow = Flow::new(&mut doc);
    flow.paragraph("Feuille d'émargement", &TextStyle::new(14.0).bold());
    flow.space(4.0);
    flow.table(&table);
    let bytes = doc.finish().unwrap();
    let out = write("table.pdf", &bytes);
    qpdf_ok(&out.path);
    fonts_ok(&out.path);
    let (pages, w, h) = info(&out.path);
    assert_a4_portrait(w, h);
    assert_eq!(pages, 3, "55 rows of 9+ mm should take 3 pages");
    let mut seen = 0;
    for p in 1..=pages {
        let t = squash(&text(&out.path, Some(p)));
        for head in ["N°", "Nom", "Prénom", "Observations", "Signature"] {
            assert!(t.contains(head), "page {p} lacks header {head}:\n{t}");
        }
        assert!(t.contains(&format!("Page {p} / 3")), "page {p} footer:\n{t}");
        for i in 1..=55 {
            if t.contains(&format!("NOM{i:03}")) {
                seen += 1;
                assert!(t.contains(&format!("Prenom{i:03}")), "row {i} split on page {p}");
                if i % 3 == 0 {
                    assert!(t.contains(&format!("finligne{i}")), "row {i} wrapped text split on page {p}:\n{t}");
                }
            }
        }
    }
    assert_eq!(seen, 55, "every row on exactly one page");
}

#[test]
fn landscape_month_sheet() {
    let mut doc = Document::new(
        DocumentOptions::titled("Émargement mensuel")
            .orientation(Orientation::Landscape)
            .margins(Margins::all(10.0)),
    );
    let mut cols = vec![Column::fixed(8.0), Column::weight(1.0)];
    let mut header = vec![Cell::new("N°"), Cell::new("Parent")];
    for d in 1..=15 {
        cols.push(Column::fixed(14.0));
        header.push(Cell::new(format!("{d:02}/10")));
    }
    let mut table = Table::new(cols);
    table.header = Some(header);
    table.style.min_row_height = 8.0;
    for i in 1..=20 {
        let mut row = vec![Cell::new(i.to_string()), Cell::new(format!("Parent numéro {i}"))];
        row.extend((0..15).map(|_| Cell::empty()));
        table.rows.push(row);
    }
    let mut flow = Flow::new(&mut doc);
    flow.table(&table);
    let bytes = doc.finish().unwrap();
    let out = write("month.pdf", &bytes);
    qpdf_ok(&out.path);
    let (pages, w, h) = info(&out.path);
    assert_eq!(pages, 1);
    assert!((w - 841.89).abs() < 0.5 && (h - 595.28).abs() < 0.5, "not A4 landscape: {w} x {h}");
    let t = text(&out.path, None);
    assert!(t.contains("15/10") && t.contains("Parent numéro 20"), "{t}");
}

#[test]
fn png_logo_and_shapes() {
    let mut doc = Document::new(DocumentOptions::titled("Logo"));
    let logo = doc.add_png(include_bytes!("data/logo.png")).unwrap();
    assert_eq!(doc.image_size(logo), (96, 64));
    let mut page = doc.add_page();
    page.image(logo, 20.0, 20.0, 30.0, 20.0);
    page.line(20.0, 50.0, 190.0, 50.0, &Stroke::new(1.0));
    page.line(20.0, 55.0, 190.0, 55.0, &Stroke::new(0.5).dashed(2.0, 2.0));
    page.rect(20.0, 60.0, 50.0, 20.0, Some(&Stroke::new(0.5)), Some(Color::LIGHT_GREY));
    page.checkbox(20.0, 90.0, 5.0, false);
    page.checkbox(30.0, 90.0, 5.0, true);
    page.text(40.0, 90.0, 100.0, "Oui / Non", &TextStyle::new(10.0));
    let bytes = doc.finish().unwrap();
    let out = write("logo.pdf", &bytes);
    qpdf_ok(&out.path);
    let (code, list) = run("pdfimages", &["-list"], &out.path);
    assert_eq!(code, 0);
    assert!(list.lines().nth(2).is_some_and(|l| l.contains(" 96 ") && l.contains(" 64 ")), "{list}");
}

#[test]
fn bad_png_is_an_error() {
    let mut doc = Document::new(DocumentOptions::default());
    assert!(matches!(doc.add_png(b"GIF89a not a png"), Err(PdfError::Image(_))));
    let mut broken = include_bytes!("data/logo.png").to_vec();
    broken.truncate(40);
    assert!(matches!(doc.add_png(&broken), Err(PdfError::Image(_))));
}

#[test]
fn measuring_matches_drawing() {
    let doc = Document::new(DocumentOptions::default());
    let st = TextStyle::new(10.0);
    let one = doc.measure_height("court", 100.0, &st);
    let w = doc.measure_width(FRENCH, &st);
    assert!(w > 200.0, "long sentence should be wider than the page: {w}");
    let lines = doc.measure_lines(FRENCH, 80.0, &st);
    assert!(lines >= 3, "{lines}");
    let h = doc.measure_height(FRENCH, 80.0, &st);
    assert!((h - one * lines as f32).abs() < 0.01, "{h} vs {one} x {lines}");
    // A word longer than the box is cut rather than overflowing forever.
    assert!(doc.measure_lines("anticonstitutionnellement", 10.0, &st) > 1);
    // Wider text, same line count: no wrap.
    assert_eq!(doc.measure_lines("a b c", 100.0, &st), 1);
}

/// Word boxes from `pdftotext -bbox`: (word, xMin, xMax).
fn words(path: &Path) -> Vec<(String, f32, f32)> {
    let out = Command::new("pdftotext").args(["-bbox"]).arg(path).arg("-").output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    s.lines()
        .filter(|l| l.contains("<word"))
        .map(|l| {
            let attr = |k: &str| -> f32 {
                let i = l.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                l[i..].split('"').next().unwrap().parse().unwrap()
            };
            let w = l.split('>').nth(1).unwrap().split('<').next().unwrap().to_owned();
            (w, attr("xMin"), attr("xMax"))
        })
        .collect()
}

#[test]
fn start_alignment_mirrors_for_rtl() {
    let mut doc = Document::new(DocumentOptions::default());
    let mut page = doc.add_page();
    // Box from 20 mm to 120 mm: 56.7 pt to 340.2 pt.
    page.text(20.0, 20.0, 100.0, "Bonjour", &TextStyle::new(12.0));
    page.text(20.0, 40.0, 100.0, "مرحبا", &TextStyle::new(12.0));
    page.text(20.0, 60.0, 100.0, "Bonjour", &TextStyle::new(12.0).align(Align::End));
    page.text(20.0, 80.0, 100.0, "Bonjour", &TextStyle::new(12.0).direction(Direction::Rtl));
    let bytes = doc.finish().unwrap();
    let out = write("align.pdf", &bytes);
    let ws = words(&out.path);
    assert_eq!(ws.len(), 4, "{ws:?}");
    let (left, right) = (20.0 * PT_PER_MM, 120.0 * PT_PER_MM);
    let near = |a: f32, b: f32| (a - b).abs() < 2.0;
    assert!(near(ws[0].1, left), "LTR start is left: {ws:?}");
    assert!(near(ws[1].2, right), "RTL start is right: {ws:?}");
    assert!(near(ws[2].2, right), "LTR end is right: {ws:?}");
    assert!(near(ws[3].2, right), "forced RTL start is right: {ws:?}");
}

#[test]
fn bilingual_flyer_two_columns_rtl_wrapping() {
    let mut doc = Document::new(DocumentOptions::titled("Flyer OEPRE").margins(Margins::all(15.0)));
    let mut page = doc.add_page();
    let fr = "Vous êtes parent d'un élève ? L'école vous propose des ateliers gratuits pour apprendre le français, \
              comprendre le fonctionnement de l'école et les valeurs de la République. Inscription auprès de \
              l'école de votre enfant.";
    let ar = "هل أنت ولي أمر تلميذ؟ تقترح عليكم المدرسة ورشات مجانية لتعلم اللغة الفرنسية وفهم سير المدرسة \
              وقيم الجمهورية. التسجيل لدى مدرسة طفلكم، قاعة 12، كل يوم ثلاثاء من الساعة 14 إلى 16.";
    let ur = "کیا آپ کسی طالب علم کے والدین ہیں؟ اسکول آپ کو فرانسیسی زبان سیکھنے کے لیے مفت ورکشاپس پیش کرتا ہے۔";
    let ps = "ایا تاسو د زده کوونکي مور او پلار یاست؟ ښوونځی تاسو ته وړیا ورکشاپونه وړاندې کوي.";
    let title = TextStyle::new(18.0).bold().align(Align::Center).color(Color::BLEU_FRANCE);
    page.text(15.0, 15.0, 180.0, "Ateliers OEPRE — ورشات أوبري", &title);
    let body = TextStyle::new(11.0).line_height(1.5);
    let hl = page.text(15.0, 35.0, 85.0, fr, &body);
    let hr = page.text(110.0, 35.0, 85.0, ar, &body.clone().lang("ar"));
    let y = 40.0 + hl.max(hr);
    page.line(105.0, 35.0, 105.0, y - 5.0, &Stroke::new(0.5).color(Color::GREY));
    let y = y + page.text(15.0, y, 180.0, ur, &body.clone().lang("ur")) + 5.0;
    page.text(15.0, y, 180.0, ps, &body.clone().lang("ps"));
    let lines_ar = doc.measure_lines(ar, 85.0, &TextStyle::new(11.0));
    assert!(lines_ar >= 3, "Arabic paragraph should wrap: {lines_ar}");
    let bytes = doc.finish().unwrap();
    let out = write("flyer.pdf", &bytes);
    qpdf_ok(&out.path);
    fonts_ok(&out.path);
    let t = squash(&text(&out.path, None));
    // Words that stay on one line of their column (pdftotext interleaves the two columns).
    for want in ["تقترح عليكم المدرسة", "لتعلم اللغة الفرنسية", "التسجيل لدى مدرسة", "مفت ورکشاپس", "وړیا ورکشاپونه", "Inscription auprès de"] {
        assert!(t.contains(want), "missing {want:?} in:\n{t}");
    }
}

#[test]
fn document_can_move_between_threads() {
    fn assert_send<T: Send>() {}
    assert_send::<Document>();
    let handle = std::thread::spawn(|| {
        let mut doc = Document::new(DocumentOptions::default());
        let mut flow = Flow::new(&mut doc);
        flow.reserve(15.0, 10.0);
        assert!((flow.y() - 35.0).abs() < 0.01, "{}", flow.y());
        flow.paragraph("Bonjour", &TextStyle::default());
        doc.finish().map(|b| b.len())
    });
    assert!(handle.join().unwrap().unwrap() > 1000);
}

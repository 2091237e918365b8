//! Flyer benchmark: `cargo bench -p oepre-core --bench flyers` (release build).
//!
//! Renders the flyer of the sample atelier in every language of the catalogue, one PDF per
//! language (what `oepre flyer --lang all --out-dir DIR` does, without the disk), and reports
//! the total time (target ≤ 1 s for all of them) and the largest file (target ≤ 60 kB).
//! The first round includes loading the translations and parsing the bundled fonts (what the
//! app pays once); the next rounds are warm. Also measures the bilingual variant.
//! `OEPRE_FLYER_KEEP=<dir>` writes the PDFs of the last round there.

use std::time::{Duration, Instant};

use oepre_core::sorties::flyer::{self, FlyerInput, FlyerOptions, I18n};

const ROUNDS: usize = 7;
const MAX_TOTAL: Duration = Duration::from_secs(1);
const MAX_BYTES: usize = 60_000;

struct Round {
    total: Duration,
    slowest: (Duration, String),
    biggest: (usize, String),
    files: Vec<(String, Vec<u8>)>,
}

fn round(i18n: &I18n, input: &FlyerInput, locales: &[String], bilingual: bool) -> Round {
    let options = FlyerOptions { bilingual, logo_png: None };
    let start = Instant::now();
    let mut slowest = (Duration::ZERO, String::new());
    let mut biggest = (0, String::new());
    let mut files = Vec::new();
    for l in locales {
        let t = Instant::now();
        let f = flyer::render(i18n, input, std::slice::from_ref(l), &options).expect("flyer");
        let took = t.elapsed();
        if took > slowest.0 {
            slowest = (took, l.clone());
        }
        if f.pdf.len() > biggest.0 {
            biggest = (f.pdf.len(), l.clone());
        }
        files.push((flyer::file_name(&input.atelier, l), f.pdf));
    }
    Round { total: start.elapsed(), slowest, biggest, files }
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let cold = Instant::now();
    let i18n = I18n::shipped();
    let load = cold.elapsed();
    let input = FlyerInput::sample();
    let locales: Vec<String> = i18n.languages().into_iter().map(|l| l.tag).collect();
    println!("{} langues ; chargement des traductions : {}", locales.len(), ms(load));
    for bilingual in [false, true] {
        let label = if bilingual { "bilingues (langue + français)" } else { "une langue par fichier" };
        let mut rounds: Vec<Round> = (0..ROUNDS).map(|_| round(&i18n, &input, &locales, bilingual)).collect();
        let first = rounds.remove(0);
        let mut totals: Vec<Duration> = rounds.iter().map(|r| r.total).collect();
        totals.sort();
        let median = totals[totals.len() / 2];
        let last = rounds.pop().expect("rounds");
        let sum: usize = last.files.iter().map(|(_, b)| b.len()).sum();
        println!("\nAffiches {label} : {} fichiers", last.files.len());
        println!("  premier tour (polices analysées à la volée) : {}", ms(first.total));
        println!("  médiane de {} tours : {} (max {})", totals.len(), ms(median), ms(*totals.last().unwrap_or(&median)));
        println!("  la plus lente : {} ({})", ms(last.slowest.0), last.slowest.1);
        println!("  la plus grosse : {} octets ({}) ; moyenne {} octets", last.biggest.0, last.biggest.1, sum / last.files.len());
        if !bilingual {
            let ok_time = first.total <= MAX_TOTAL && median <= MAX_TOTAL;
            let ok_size = last.biggest.0 <= MAX_BYTES;
            println!("  objectif ≤ 1 s au total : {}", if ok_time { "tenu" } else { "NON TENU" });
            println!("  objectif ≤ 60 kB par fichier : {}", if ok_size { "tenu" } else { "NON TENU" });
        }
        if let Some(dir) = std::env::var_os("OEPRE_FLYER_KEEP").filter(|d| !d.is_empty()) {
            let dir = std::path::PathBuf::from(dir).join(if bilingual { "bilingue" } else { "simple" });
            std::fs::create_dir_all(&dir).expect("dossier");
            for (name, bytes) in &last.files {
                std::fs::write(dir.join(name), bytes).expect("écriture");
            }
        }
    }
}

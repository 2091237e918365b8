//! Benchmark (not a test): memory and start-up of the real app, driven through WebDriver.
//!
//! Opens the app on the demo school, measures the time from launch until the roll call is
//! rendered and answering (its pickers filled by a command), visits every screen once, then
//! opens the roll call 50 times, twice (a leak grows in both batches). After each phase it sums, over the app process and its
//! WebKit processes (web content, network), the resident memory (RSS) and the proportional
//! share of it (PSS, shared pages divided among the processes that map them), read from
//! `/proc/<pid>/smaps_rollup`. PSS is lower when another WebKit program runs at the same time
//! (it shares the libraries' pages): measure on an otherwise idle machine.
//!
//! ```sh
//! cargo build --release -p oepre-app -p oepre-cli
//! OEPRE_APP=$CARGO_TARGET_DIR/release/ateliers-oepre xvfb-run -a cargo run -p oepre-e2e --bin mesure-memoire
//! ```
//! Options: `--tours N` (roll calls opened, 50), `--demarrages N` (launches timed, 5),
//! `--par-ecran` (the total after each screen, to find the one that costs), `--entre ECRAN` (the
//! screen opened between two roll calls, `parents`).
//! Figures and method: `docs/performance.md`, « Memory and start-up of the app ».

use std::path::Path;
use std::time::{Duration, Instant};

use oepre_e2e::{attendre_que, binaire_app, cli, Pilote, Session, DELAI_MIN, ECRANS, VARIABLES_RENDU_ECONOME};

#[derive(Default, Clone, Copy)]
struct Memoire {
    rss_kib: u64,
    pss_kib: u64,
}

fn lire_kib(pid: u32, champ: &str) -> u64 {
    let texte = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    texte
        .lines()
        .find(|l| l.starts_with(champ))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn parent_de(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let apres = &stat[stat.rfind(')')? + 2..];
    apres.split_whitespace().nth(1)?.parse().ok()
}

fn nom_de(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default().trim().to_owned()
}

fn pids() -> Vec<u32> {
    std::fs::read_dir("/proc").map(|d| d.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok()).collect()).unwrap_or_default()
}

/// The app process started on `base` (its command line names the data file).
fn pid_app(base: &Path) -> u32 {
    let cherche = base.to_string_lossy().into_owned();
    attendre_que("le processus de l'application", DELAI_MIN, || {
        pids().into_iter().find(|&p| {
            let ligne = std::fs::read(format!("/proc/{p}/cmdline")).unwrap_or_default();
            let ligne = String::from_utf8_lossy(&ligne).replace('\0', " ");
            ligne.contains(&*binaire_app().to_string_lossy()) && ligne.contains(&cherche)
        })
    })
}

/// The app and every process below it (WebKit's web and network processes).
fn famille(app: u32) -> Vec<u32> {
    let tous = pids();
    let mut famille = vec![app];
    let mut i = 0;
    while i < famille.len() {
        let p = famille[i];
        famille.extend(tous.iter().copied().filter(|&c| parent_de(c) == Some(p)));
        i += 1;
    }
    famille
}

fn mesurer(app: u32) -> (Memoire, Vec<(String, Memoire)>) {
    let mut total = Memoire::default();
    let detail: Vec<(String, Memoire)> = famille(app)
        .iter()
        .map(|&p| {
            let m = Memoire { rss_kib: lire_kib(p, "Rss:"), pss_kib: lire_kib(p, "Pss:") };
            total.rss_kib += m.rss_kib;
            total.pss_kib += m.pss_kib;
            (nom_de(p), m)
        })
        .collect();
    (total, detail)
}

/// Where a process's PSS lies (KiB), from `/proc/<pid>/smaps`: libraries, fonts, the page's
/// images in shared memory, anonymous memory (the JavaScript heap, malloc's arenas) and the rest.
fn categories(pid: u32) -> Vec<(&'static str, u64)> {
    let texte = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap_or_default();
    let noms = ["bibliothèques", "polices", "mémoire partagée", "anonyme (tas JS, malloc)", "autres"];
    let mut kib = [0u64; 5];
    let mut courante = 4;
    for ligne in texte.lines() {
        let mut champs = ligne.split_whitespace();
        let premier = champs.next().unwrap_or("");
        if premier.contains('-') && premier.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            let chemin = ligne.split_whitespace().nth(5).unwrap_or("");
            courante = if chemin.contains(".so") {
                0
            } else if [".ttf", ".otf", ".ttc"].iter().any(|e| chemin.ends_with(e)) {
                1
            } else if chemin.starts_with("/memfd:") || chemin.starts_with("/SYSV") || chemin.starts_with("/dev/shm") {
                2
            } else if chemin.is_empty() || chemin == "[heap]" || chemin.starts_with("[anon") {
                3
            } else {
                4
            };
        } else if premier == "Pss:" {
            kib[courante] += champs.next().and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        }
    }
    noms.into_iter().zip(kib).collect()
}

fn afficher(phase: &str, (total, detail): &(Memoire, Vec<(String, Memoire)>)) {
    let mib = |k: u64| k as f64 / 1024.0;
    println!("{phase} : PSS {:.0} MiB, RSS {:.0} MiB", mib(total.pss_kib), mib(total.rss_kib));
    for (nom, m) in detail {
        println!("    {nom:<22} PSS {:>6.1} MiB  RSS {:>6.1} MiB", mib(m.pss_kib), mib(m.rss_kib));
    }
}

/// Each process's PSS by kind of memory.
fn afficher_categories(app: u32) {
    for p in famille(app) {
        let texte: Vec<String> = categories(p).iter().map(|(n, k)| format!("{n} {:.1}", *k as f64 / 1024.0)).collect();
        println!("    dont ({}, MiB) : {}", nom_de(p), texte.join(", "));
    }
}

fn aller(app: &Session, ecran: &str) {
    app.script("location.hash = '#/' + arguments[0];", serde_json::json!([ecran]));
    app.attendre(&format!("#nav-{ecran}[aria-current='page']"), DELAI_MIN);
    app.attendre("#titre-page", DELAI_MIN);
}

/// The value after `nom` on the command line.
fn option_texte(nom: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == nom).and_then(|i| args.get(i + 1)).cloned()
}

fn option(nom: &str, defaut: usize) -> usize {
    option_texte(nom).and_then(|v| v.parse().ok()).unwrap_or(defaut)
}

fn main() {
    let tours = option("--tours", 50);
    let entre = option_texte("--entre").unwrap_or_else(|| "parents".into());
    let demarrages = option("--demarrages", 5);
    // The app's own rendering mode (src-tauri/src/webkit.rs), as a school PC runs it: the
    // scenarios' harness turns it off for their screenshots, this measure must not.
    let econome: Vec<(&str, &std::ffi::OsStr)> = VARIABLES_RENDU_ECONOME.iter().map(|v| (*v, "1".as_ref())).collect();
    let pilote = Pilote::demarrer_avec(&econome);
    let base = pilote.dossier.path().join("oepre.sqlite");
    cli(&base, &["demo"]);
    println!("application : {}", binaire_app().display());

    // Launch → roll call usable, several times (the first one warms the caches).
    let mut durees = Vec::new();
    for _ in 0..demarrages {
        let t = Instant::now();
        let app = pilote.ouvrir_app(&base);
        app.attendre_appel_pret();
        durees.push(t.elapsed());
        drop(app);
        std::thread::sleep(Duration::from_millis(500));
    }
    let premier = durees[0];
    let mut chauds = durees[1..].to_vec();
    chauds.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    if let Some(median) = chauds.get(chauds.len() / 2) {
        println!("démarrage jusqu'à l'appel utilisable : premier {:.0} ms, ensuite médiane {:.0} ms (min {:.0}, max {:.0})", ms(premier), ms(*median), ms(chauds[0]), ms(chauds[chauds.len() - 1]));
    }

    let app = pilote.ouvrir_app(&base);
    app.attendre_appel_pret();
    let pid = pid_app(&base);
    std::thread::sleep(Duration::from_secs(2));
    afficher("ouverte sur l'appel", &mesurer(pid));
    afficher_categories(pid);
    let par_ecran = std::env::args().any(|a| a == "--par-ecran");
    for ecran in ECRANS {
        aller(&app, ecran);
        if par_ecran {
            std::thread::sleep(Duration::from_secs(1));
            let (total, _) = mesurer(pid);
            println!("  après {ecran} : PSS {:.1} MiB", total.pss_kib as f64 / 1024.0);
        }
    }
    std::thread::sleep(Duration::from_secs(2));
    let apres_ecrans = mesurer(pid);
    afficher("après chaque écran une fois", &apres_ecrans);
    afficher_categories(pid);
    // Two batches: a leak grows in both; a heap that settles grows in the first only.
    let mut avant = apres_ecrans;
    for lot in 1..=2 {
        for _ in 0..tours {
            aller(&app, &entre);
            aller(&app, "appel");
            app.attendre_appel_pret();
        }
        std::thread::sleep(Duration::from_secs(2));
        let apres = mesurer(pid);
        afficher(&format!("après {} ouvertures de l'appel", lot * tours), &apres);
        afficher_categories(pid);
        let croissance = apres.0.pss_kib as f64 - avant.0.pss_kib as f64;
        println!("croissance du lot {lot} ({tours} ouvertures) : {:+.1} MiB (PSS)", croissance / 1024.0);
        avant = apres;
    }
}

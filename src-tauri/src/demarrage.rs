//! The start-up mark, for the start-up bench only (`tests/bench/demarrage.sh`).
//!
//! With `OEPRE_MARQUE_DEMARRAGE` set (to anything but empty), the app writes one line on stderr
//! when the web page says its first screen is drawn and answering (the welcome page, or the
//! roll call with its séances: `ui/src/lib/demarrage.ts`):
//!
//! ```text
//! oepre: premier écran 1764963000123456 µs (horloge), 840 ms après main ; fichier ouvert 11, fenêtre créée 168, page chargée 402, premier appel 517, appel lu 610 ; page : html reçu 420, script 431, shell monté 470, données 615, image demandée 640, image peinte 652
//! ```
//!
//! The wall-clock time lets the bench count from the moment it launched the process (before
//! the system loaded the program and its libraries); the other figures start at `main`: the
//! whole, then the steps on the way (milliseconds): the data file opened, the window created,
//! the page loaded, the first command received (`accueil_etat`), the roll call read (when it is
//! the first screen). Then, after `page :`, the page's own steps on the same scale, sent with
//! the report (`ui/src/lib/demarrage.ts`, `noterEtape`): the HTML received, the script started,
//! the shell mounted, its reads, the roll call's view, the DOM updated, the fonts read, the
//! frame asked and painted. Without
//! the variable nothing is written; noting a step costs a lock and a clock read.

use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Environment variable that asks for the start-up mark.
pub const VARIABLE_MARQUE: &str = "OEPRE_MARQUE_DEMARRAGE";

static DEBUT: OnceLock<Instant> = OnceLock::new();
/// The wall clock at `main`, in milliseconds since 1970: the page's steps come on that clock.
static DEBUT_HORLOGE: OnceLock<f64> = OnceLock::new();
/// The steps noted so far (name, milliseconds after `main`); `None` once the mark is written.
static ETAPES: Mutex<Option<Vec<(&'static str, u128)>>> = Mutex::new(Some(Vec::new()));

/// Notes when `main` started: call first thing.
pub fn debut() {
    DEBUT.get_or_init(Instant::now);
    DEBUT_HORLOGE.get_or_init(|| horloge_us() as f64 / 1000.0);
}

fn horloge_us() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_micros()).unwrap_or(0)
}

fn depuis_main() -> u128 {
    DEBUT.get().map(|d| d.elapsed().as_millis()).unwrap_or(0)
}

/// Notes a step of the start-up (its first time only), shown with the mark.
pub fn etape(nom: &'static str) {
    let ms = depuis_main();
    if let Some(etapes) = ETAPES.lock().unwrap_or_else(PoisonError::into_inner).as_mut() {
        if !etapes.iter().any(|(n, _)| *n == nom) {
            etapes.push((nom, ms));
        }
    }
}

/// Writes the mark the first time the page reports its first screen, if asked for, with the
/// page's steps (name, wall-clock milliseconds since 1970).
pub fn marquer_premier_ecran(page: &[(String, f64)]) {
    let Some(etapes) = ETAPES.lock().unwrap_or_else(PoisonError::into_inner).take() else { return };
    if std::env::var_os(VARIABLE_MARQUE).is_none_or(|v| v.is_empty()) {
        return;
    }
    let horloge = horloge_us();
    let etapes: Vec<String> = etapes.iter().map(|(n, ms)| format!("{n} {ms}")).collect();
    let main = DEBUT_HORLOGE.get().copied().unwrap_or(0.0);
    let page: Vec<String> = page.iter().map(|(n, ms)| format!("{n} {:.0}", ms - main)).collect();
    eprintln!(
        "oepre: premier écran {horloge} µs (horloge), {} ms après main ; {} ; page : {}",
        depuis_main(),
        etapes.join(", "),
        page.join(", ")
    );
}

//! End-to-end harness: starts `tauri-driver` (which starts `WebKitWebDriver`), opens the real
//! app on a temporary data file, and drives it through WebDriver.
//!
//! The client is plain HTTP/1.1 over a kept-alive `TcpStream` plus `serde_json`: no async
//! runtime, so building the tests does not rebuild the app's dependency tree. Run under Xvfb:
//! `make test` does (`xvfb-run -a cargo test -p oepre-e2e`).
//!
//! Environment: `OEPRE_APP` (the app binary; default `$CARGO_TARGET_DIR/debug/ateliers-oepre`),
//! `TAURI_DRIVER` (default `tauri-driver` on the `PATH` or in `~/.cargo/bin`), `OEPRE_E2E_TRACE`
//! (prints every WebDriver request on stderr: the last one names the step a stuck test waits on),
//! `OEPRE_E2E_LOCALE` (e.g. `en_US.UTF-8`: the app runs with that `LANG` and `LC_ALL`, to replay
//! any scenario under a non-French system locale; `tests/locale.rs` does it for the dates).
//!
//! The app is started with `OEPRE_QUI=`[`QUI_PAR_DEFAUT`]: the start-up question « Qui utilise
//! l'application ? » is skipped, as if that person had chosen their name. A scenario that tests
//! the question passes `("OEPRE_QUI", "")` to [`Pilote::demarrer_avec`].

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The least time any condition is waited for. A wait ends as soon as its condition holds; its
/// deadline only says when to give up, so it is generous: a slow, loaded or cold machine (CI's
/// first run) must never fail a test that a fast one passes.
pub const DELAI_MIN: Duration = Duration::from_secs(60);

/// Waits until `test` gives a value, checking every 100 ms, for at least [`DELAI_MIN`] (or
/// `delai` if longer); panics with `quoi` when it never does.
pub fn attendre_que<T>(quoi: &str, delai: Duration, mut test: impl FnMut() -> Option<T>) -> T {
    let delai = delai.max(DELAI_MIN);
    let debut = Instant::now();
    loop {
        if let Some(v) = test() {
            return v;
        }
        assert!(debut.elapsed() < delai, "{quoi} : pas atteint en {delai:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The app binary under test.
pub fn binaire_app() -> PathBuf {
    if let Some(p) = std::env::var_os("OEPRE_APP") {
        return PathBuf::from(p);
    }
    let cible = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    cible.join("debug/ateliers-oepre")
}

/// The `oepre` CLI binary next to the app binary.
pub fn binaire_cli() -> PathBuf {
    binaire_app().with_file_name("oepre")
}

/// The rendering variables the app sets to save memory (see `src-tauri/src/webkit.rs`); the
/// scenarios set them to `0` (pass them as `1` to test the app's own mode). The app's third
/// variable, JavaScript without compilers (`JSC_useJIT`), is left to the app in every scenario.
pub const VARIABLES_RENDU_ECONOME: [&str; 2] = ["WEBKIT_DISABLE_COMPOSITING_MODE", "WEBKIT_DISABLE_DMABUF_RENDERER"];

/// Every screen of the navigation, in the order of `ui/src/lib/routes.ts` (a test keeps them
/// the same).
pub const ECRANS: &[&str] =
    &["appel", "etablissement", "ateliers", "intervenants", "parents", "documents", "affiches", "bilan", "academie", "donnees", "confidentialite", "a-propos"];

/// The name the app is told is using it (`OEPRE_QUI`), unless a scenario overrides it.
pub const QUI_PAR_DEFAUT: &str = "Camille Essai";

/// Where tests leave screenshots (git-ignored).
pub fn dossier_artefacts() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../artifacts");
    std::fs::create_dir_all(&d).expect("dossier des artefacts");
    d
}

fn port_libre() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("port libre")
}

fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let cargo_bin = dirs_home().join(".cargo/bin/tauri-driver");
    if cargo_bin.exists() {
        cargo_bin
    } else {
        PathBuf::from("tauri-driver")
    }
}

fn dirs_home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/root"))
}

/// A running `tauri-driver` with its own temporary HOME-like folders; stopped on drop.
pub struct Pilote {
    processus: Child,
    port: u16,
    /// Temporary folder holding XDG dirs (and usually the data file).
    pub dossier: tempfile::TempDir,
}

impl Pilote {
    /// Starts tauri-driver and waits until it answers.
    pub fn demarrer() -> Pilote {
        Pilote::demarrer_avec(&[])
    }

    /// Same, with extra environment variables for tauri-driver, which WebKitWebDriver and the
    /// app inherit (e.g. `("OEPRE_DOCUMENTS", dossier)`).
    pub fn demarrer_avec(env: &[(&str, &std::ffi::OsStr)]) -> Pilote {
        let dossier = tempfile::tempdir().expect("dossier temporaire");
        let port = port_libre();
        let port_natif = port_libre();
        let mut cmd = Command::new(tauri_driver());
        cmd.args(["--port", &port.to_string(), "--native-port", &port_natif.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (var, sous) in [("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")] {
            let d = dossier.path().join(sous);
            std::fs::create_dir_all(&d).expect("dossier XDG");
            cmd.env(var, d);
        }
        cmd.env("OEPRE_QUI", QUI_PAR_DEFAUT);
        // The app draws without GPU compositing to save memory (src-tauri/src/webkit.rs); in
        // that mode WebKitWebDriver's screenshot of some pages never returns. The scenarios
        // take screenshots, so they keep WebKit's default mode; `rendu_production.rs` goes
        // through every screen in the app's own mode, without screenshots.
        for var in VARIABLES_RENDU_ECONOME {
            cmd.env(var, "0");
        }
        if let Some(locale) = std::env::var_os("OEPRE_E2E_LOCALE").filter(|l| !l.is_empty()) {
            cmd.env("LANG", &locale).env("LC_ALL", &locale);
        }
        for (var, valeur) in env {
            cmd.env(var, valeur);
        }
        let processus = cmd.spawn().unwrap_or_else(|e| panic!("tauri-driver introuvable ({e}) : lancez `make deps`"));
        attendre_que(&format!("tauri-driver répond sur le port {port}"), DELAI_MIN, || TcpStream::connect(("127.0.0.1", port)).ok());
        Pilote { processus, port, dossier }
    }

    /// The demo school written by the CLI into `donnees/oepre.sqlite` of this run's folder;
    /// returns the data file's path.
    pub fn base_demo(&self) -> PathBuf {
        let donnees = self.dossier.path().join("donnees");
        std::fs::create_dir_all(&donnees).expect("dossier des données");
        let base = donnees.join("oepre.sqlite");
        cli(&base, &["demo"]);
        base
    }

    /// Opens the app on `base` (a data file) and returns its WebDriver session.
    pub fn ouvrir_app(&self, base: &Path) -> Session {
        let mut http = Http::connecter(self.port);
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "wry",
            "tauri:options": {"application": binaire_app(), "args": ["--db", base]}
        }}});
        let rep = http.requete("POST", "/session", Some(&caps));
        let id = rep["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("session refusée : {rep}")).to_owned();
        let session = Session { http: std::cell::RefCell::new(http), id };
        session.attendre("body", Duration::from_secs(30));
        session
    }
}

impl Drop for Pilote {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: tauri-driver then stops WebKitWebDriver too.
        let _ = Command::new("kill").arg("-TERM").arg(self.processus.id().to_string()).status();
        let debut = Instant::now();
        while debut.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.processus.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.processus.kill();
    }
}

/// Kept-alive HTTP/1.1 connection to tauri-driver (it answers `Connection: close` badly).
struct Http {
    flux: BufReader<TcpStream>,
    port: u16,
}

impl Http {
    fn connecter(port: u16) -> Http {
        let flux = TcpStream::connect(("127.0.0.1", port)).expect("connexion à tauri-driver");
        flux.set_read_timeout(Some(Duration::from_secs(300))).expect("délai de lecture");
        Http { flux: BufReader::new(flux), port }
    }

    fn requete(&mut self, methode: &str, chemin: &str, corps: Option<&Value>) -> Value {
        if std::env::var_os("OEPRE_E2E_TRACE").is_some() {
            eprintln!("→ {methode} {chemin} {}", corps.map(Value::to_string).unwrap_or_default().chars().take(120).collect::<String>());
        }
        let corps = corps.map(Value::to_string).unwrap_or_default();
        let entete = format!(
            "{methode} {chemin} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            self.port,
            corps.len()
        );
        let flux = self.flux.get_mut();
        flux.write_all(entete.as_bytes()).and_then(|()| flux.write_all(corps.as_bytes())).expect("envoi WebDriver");
        let mut longueur = 0usize;
        let mut ligne = String::new();
        loop {
            ligne.clear();
            let lu = self.flux.read_line(&mut ligne).expect("réponse WebDriver");
            assert!(lu > 0, "tauri-driver a fermé la connexion ({methode} {chemin})");
            let l = ligne.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((nom, valeur)) = l.split_once(':') {
                if nom.eq_ignore_ascii_case("content-length") {
                    longueur = valeur.trim().parse().expect("Content-Length");
                }
            }
        }
        let mut octets = vec![0; longueur];
        self.flux.read_exact(&mut octets).expect("corps WebDriver");
        serde_json::from_slice(&octets).unwrap_or(Value::Null)
    }
}

/// One app window under WebDriver. Dropping it ends the session, which quits the app.
pub struct Session {
    http: std::cell::RefCell<Http>,
    id: String,
}

/// A WebDriver element reference.
#[derive(Clone, Debug)]
pub struct Element(String);

/// The W3C WebDriver key of an element reference.
const CLE_ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Session {
    fn envoyer(&self, methode: &str, suffixe: &str, corps: Option<Value>) -> Value {
        let chemin = format!("/session/{}{suffixe}", self.id);
        let rep = self.http.borrow_mut().requete(methode, &chemin, corps.as_ref());
        rep.get("value").cloned().unwrap_or(Value::Null)
    }

    fn essayer_trouver(&self, css: &str) -> Option<Element> {
        let v = self.envoyer("POST", "/element", Some(json!({"using": "css selector", "value": css})));
        v.get(CLE_ELEMENT).and_then(Value::as_str).map(|s| Element(s.to_owned()))
    }

    /// Waits until an element matching `css` exists and is displayed (for `delai`, and at
    /// least [`DELAI_MIN`]).
    pub fn attendre(&self, css: &str, delai: Duration) -> Element {
        attendre_que(&format!("« {css} » à l'écran"), delai, || {
            self.essayer_trouver(css)
                .filter(|e| self.envoyer("GET", &format!("/element/{}/displayed", e.0), None) == Value::Bool(true))
        })
    }

    /// Waits until the roll call is usable: its screen shown and its séance picker filled by
    /// the core.
    pub fn attendre_appel_pret(&self) {
        self.attendre("#nav-appel[aria-current='page']", DELAI_MIN);
        attendre_que("l'appel propose les séances", DELAI_MIN, || {
            let n = self.script("return document.querySelectorAll('#choix-seance option').length", json!([]));
            (n.as_u64().unwrap_or(0) > 1).then_some(())
        });
    }

    /// The element matching `css`, waiting for it as [`Session::attendre`] does.
    pub fn element(&self, css: &str) -> Element {
        self.attendre(css, DELAI_MIN)
    }

    /// Whether an element matching `css` exists now.
    pub fn existe(&self, css: &str) -> bool {
        self.essayer_trouver(css).is_some()
    }

    /// Clicks the element.
    pub fn cliquer(&self, css: &str) {
        let e = self.element(css);
        // WebKitWebDriver does not always scroll an element below the fold into view before
        // clicking it (the click then lands nowhere): bring it to the middle of the window first.
        self.script(
            "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'center', inline: 'nearest'});",
            json!([css]),
        );
        self.envoyer("POST", &format!("/element/{}/click", e.0), Some(json!({})));
    }

    /// Replaces the text of an input by typing `texte` into it.
    pub fn saisir(&self, css: &str, texte: &str) {
        let e = self.element(css);
        self.envoyer("POST", &format!("/element/{}/clear", e.0), Some(json!({})));
        self.envoyer("POST", &format!("/element/{}/value", e.0), Some(json!({"text": texte})));
    }

    /// Presses keys on whatever has the focus, as a keyboard does (WebDriver actions):
    /// `"p"`, or a special key as its WebDriver code (`"\u{E015}"` is ↓, `"\u{E007}"` Entrée).
    pub fn touches(&self, touches: &[&str]) {
        let actions: Vec<Value> = touches.iter().flat_map(|t| [json!({"type": "keyDown", "value": t}), json!({"type": "keyUp", "value": t})]).collect();
        self.envoyer("POST", "/actions", Some(json!({"actions": [{"type": "key", "id": "clavier", "actions": actions}]})));
    }

    /// The focused element's id and whether it lies wholly inside the window (to the pixel:
    /// layout positions are fractional).
    pub fn focus_visible(&self) -> (String, bool) {
        let v = self.script(
            "const e = document.activeElement; const r = e.getBoundingClientRect();
             return [e.id || e.tagName, r.top >= -1 && r.left >= -1 && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1];",
            json!([]),
        );
        (v[0].as_str().unwrap_or_default().to_owned(), v[1].as_bool().unwrap_or(false))
    }

    /// Chooses `valeur` in a `<select>` (as a person would, events included).
    pub fn choisir(&self, css: &str, valeur: &str) {
        self.element(css);
        self.script(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1];\n             e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
            json!([css, valeur]),
        );
    }

    /// The visible text of the element.
    pub fn texte(&self, css: &str) -> String {
        let e = self.element(css);
        self.envoyer("GET", &format!("/element/{}/text", e.0), None).as_str().unwrap_or_default().to_owned()
    }

    /// The current value of an input or select.
    pub fn valeur(&self, css: &str) -> String {
        let e = self.element(css);
        self.envoyer("GET", &format!("/element/{}/property/value", e.0), None).as_str().unwrap_or_default().to_owned()
    }

    /// Runs JavaScript in the page and returns its result.
    pub fn script(&self, code: &str, args: Value) -> Value {
        self.envoyer("POST", "/execute/sync", Some(json!({"script": code, "args": args})))
    }

    /// Resizes the window to `largeur` × `hauteur` (e.g. 1366 × 768, a school laptop's screen)
    /// and waits until the page sees its new size.
    pub fn taille_fenetre(&self, largeur: u32, hauteur: u32) {
        self.envoyer("POST", "/window/rect", Some(json!({"width": largeur, "height": hauteur})));
        attendre_que(&format!("fenêtre de {largeur} × {hauteur}"), DELAI_MIN, || {
            let l = self.script("return window.outerWidth", json!([])).as_u64().unwrap_or(0);
            (l == u64::from(largeur)).then_some(())
        });
    }

    /// Writes a PNG screenshot to `tests/artifacts/<nom>.png` (after two frames, so it is current).
    pub fn capture(&self, nom: &str) -> PathBuf {
        self.envoyer(
            "POST",
            "/execute/async",
            Some(json!({"script": "const fin = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => fin(true)));", "args": []})),
        );
        let b64 = self.envoyer("GET", "/screenshot", None);
        let octets = base64(b64.as_str().expect("capture d'écran"));
        assert!(octets.starts_with(b"\x89PNG"), "la capture doit être un PNG");
        let chemin = dossier_artefacts().join(format!("{nom}.png"));
        std::fs::write(&chemin, octets).expect("écriture de la capture");
        chemin
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let chemin = format!("/session/{}", self.id);
        let _ = self.http.borrow_mut().requete("DELETE", &chemin, None);
    }
}

fn base64(texte: &str) -> Vec<u8> {
    let valeur = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let sextets: Vec<u8> = texte.bytes().filter_map(valeur).collect();
    sextets
        .chunks(4)
        .flat_map(|q| {
            let n = q.iter().enumerate().fold(0u32, |acc, (i, &v)| acc | u32::from(v) << (18 - 6 * i));
            let octets = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            octets.into_iter().take(q.len().saturating_sub(1))
        })
        .collect()
}

/// Runs the `oepre` CLI on `base` and returns its standard output (panics on failure).
pub fn cli(base: &Path, args: &[&str]) -> String {
    let sortie = Command::new(binaire_cli()).arg("--db").arg(base).args(args).output().expect("oepre");
    assert!(sortie.status.success(), "oepre {args:?} : {}", String::from_utf8_lossy(&sortie.stderr));
    String::from_utf8(sortie.stdout).expect("UTF-8")
}

/// Runs the `oepre` CLI on `base`, expects it to fail, and returns its standard error.
pub fn cli_echec(base: &Path, args: &[&str]) -> String {
    let sortie = Command::new(binaire_cli()).arg("--db").arg(base).args(args).output().expect("oepre");
    assert!(!sortie.status.success(), "oepre {args:?} aurait dû échouer : {}", String::from_utf8_lossy(&sortie.stdout));
    String::from_utf8(sortie.stderr).expect("UTF-8")
}

#[cfg(test)]
mod tests {
    #[test]
    fn les_ecrans_sont_ceux_de_la_navigation() {
        let routes = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/routes.ts")).expect("routes.ts");
        let chemins: Vec<&str> = routes.split("chemin: \"").skip(1).filter_map(|s| s.split('"').next()).collect();
        assert_eq!(chemins, super::ECRANS);
    }

    #[test]
    fn base64_decode() {
        assert_eq!(super::base64("aVZCT1J3MEs="), b"iVBORw0K");
        assert_eq!(super::base64("TWE="), b"Ma");
        assert_eq!(super::base64("TQ=="), b"M");
    }
}

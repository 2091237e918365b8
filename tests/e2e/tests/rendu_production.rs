//! The app in its own rendering mode (no GPU compositing, no DMA-BUF renderer: see
//! `src-tauri/src/webkit.rs`), which the other scenarios leave off because WebKitWebDriver's
//! screenshots can hang in it: every screen opens, shows its title, and the roll call lists its
//! séances. No screenshot here.

use std::time::Duration;

use oepre_e2e::{cli, Pilote, ECRANS, VARIABLES_RENDU_ECONOME};

#[test]
fn chaque_ecran_s_ouvre_dans_le_mode_de_rendu_de_l_application() {
    let env: Vec<(&str, &std::ffi::OsStr)> = VARIABLES_RENDU_ECONOME.iter().map(|v| (*v, "1".as_ref())).collect();
    let pilote = Pilote::demarrer_avec(&env);
    let base = pilote.dossier.path().join("oepre.sqlite");
    cli(&base, &["demo"]);
    let app = pilote.ouvrir_app(&base);
    app.attendre("#nav-appel[aria-current='page']", Duration::from_secs(60));
    for ecran in ECRANS {
        app.cliquer(&format!("#nav-{ecran}"));
        app.attendre(&format!("#nav-{ecran}[aria-current='page']"), Duration::from_secs(60));
        let titre = app.texte("#titre-page");
        assert!(!titre.trim().is_empty(), "{ecran} : un titre");
    }
    // The roll call answers: its séance picker is filled by the core.
    app.cliquer("#nav-appel");
    app.attendre_appel_pret();
}

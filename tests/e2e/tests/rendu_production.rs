//! The app in its own rendering mode (no GPU compositing, no DMA-BUF renderer: see
//! `src-tauri/src/webkit.rs`), which the other scenarios leave off because WebKitWebDriver's
//! screenshots can hang in it: every screen opens, shows its title, and the roll call lists its
//! séances. No screenshot here.

use std::time::Duration;

use oepre_e2e::{cli, Pilote, RENDU_PAR_DEFAUT};

const ECRANS: &[&str] =
    &["appel", "etablissement", "ateliers", "intervenants", "parents", "documents", "affiches", "bilan", "academie", "donnees", "confidentialite"];

#[test]
fn chaque_ecran_s_ouvre_dans_le_mode_de_rendu_de_l_application() {
    let env: Vec<(&str, &std::ffi::OsStr)> = RENDU_PAR_DEFAUT.iter().map(|v| (*v, "1".as_ref())).collect();
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
    oepre_e2e::attendre_que("l'appel propose les séances", Duration::from_secs(60), || {
        let n = app.script("return document.querySelectorAll('#choix-seance option').length", serde_json::json!([]));
        (n.as_u64().unwrap_or(0) > 1).then_some(())
    });
}

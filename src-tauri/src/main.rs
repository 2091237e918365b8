//! Ateliers OEPRE, the desktop app: a window over `oepre-core`.
//!
//! Adapters only: each command in [`commandes`] is a few lines calling the core. No SQL and no
//! rule live here. Start with `--db PATH` (or `OEPRE_DB`) to use another data file.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod bindings;
mod commandes;
mod demarrage;
mod dialogue;
mod etat;
#[cfg(target_os = "linux")]
mod webkit;
#[cfg(windows)]
mod webview2;

fn main() {
    demarrage::debut();
    #[cfg(windows)]
    webview2::verifier_ou_quitter();
    let chemin = etat::chemin_depuis_arguments(std::env::args().skip(1));
    oepre_core::commun::trace::installer(&chemin, "app");
    #[cfg(target_os = "linux")]
    webkit::avant_la_fenetre();
    let application = tauri::Builder::default()
        // Used from Rust only, to open a written document: the webview has no opener permission.
        .plugin(tauri_plugin_opener::init())
        .manage({
            let etat = etat::Etat::ouvrir(chemin);
            demarrage::etape("fichier ouvert");
            etat
        })
        .invoke_handler(commandes::gestionnaire())
        .on_page_load(|_, chargement| {
            if chargement.event() == tauri::webview::PageLoadEvent::Finished {
                demarrage::etape("page chargée");
            }
        })
        .setup(|app| {
            demarrage::etape("fenêtre créée");
            dialogue::retenir(app.handle());
            #[cfg(target_os = "linux")]
            webkit::apres_la_fenetre(app)?;
            Ok(())
        });
    application
        .run(tauri::generate_context!())
        .expect("la fenêtre d'Ateliers OEPRE n'a pas pu s'ouvrir");
}

//! The system's folder chooser (GTK on Linux, the native dialog on Windows), opened from Rust:
//! the webview has no dialog permission, it calls the app's own command `dossier_choisir`.
//!
//! A native dialog cannot be driven through WebDriver: when [`VARIABLE_TEST`] is set, the chooser
//! opens nothing and answers with its value at once (set but empty: as if cancelled). Only the
//! end-to-end tests set it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tauri::{AppHandle, Manager};

/// Environment variable that replaces the dialog by its value (end-to-end tests only).
pub const VARIABLE_TEST: &str = "OEPRE_TEST_DOSSIER_CHOISI";

/// The application, kept at start-up so that a command can reach its main thread and window.
static APPLICATION: OnceLock<AppHandle> = OnceLock::new();

/// Keeps the application for [`choisir_dossier`] (called once, when the window exists).
pub fn retenir(app: &AppHandle) {
    let _ = APPLICATION.set(app.clone());
}

/// Asks the person for a folder, starting in `depart` (or its nearest existing parent). `None`
/// when the dialog is cancelled. Blocks until the dialog closes: call it off the main thread
/// (the app's commands run on worker threads).
pub fn choisir_dossier(titre: &str, depart: Option<&str>) -> Option<PathBuf> {
    if let Some(valeur) = std::env::var_os(VARIABLE_TEST) {
        return (!valeur.is_empty()).then(|| PathBuf::from(valeur));
    }
    let app = APPLICATION.get()?.clone();
    let titre = titre.to_owned();
    let depart = depart.map(str::trim).filter(|d| !d.is_empty()).and_then(|d| Path::new(d).ancestors().find(|p| p.is_dir())).map(Path::to_path_buf);
    // Built on the main thread (as the window's toolkit requires), awaited on another one.
    let (envoi, reception) = std::sync::mpsc::sync_channel(1);
    let principale = app.clone();
    principale
        .run_on_main_thread(move || {
            let mut dialogue = rfd::AsyncFileDialog::new().set_title(titre).set_can_create_directories(true);
            if let Some(dossier) = depart {
                dialogue = dialogue.set_directory(dossier);
            }
            if let Some(fenetre) = app.get_webview_window("main") {
                dialogue = dialogue.set_parent(&fenetre);
            }
            let choix = dialogue.pick_folder();
            std::thread::spawn(move || {
                let _ = envoi.send(tauri::async_runtime::block_on(choix).map(|f| f.path().to_path_buf()));
            });
        })
        .ok()?;
    reception.recv().ok().flatten()
}

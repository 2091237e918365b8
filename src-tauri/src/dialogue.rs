//! The system's folder and file choosers (GTK on Linux, the native dialogs on Windows), opened
//! from Rust: the webview has no dialog permission, it calls the app's own commands
//! `dossier_choisir` and `fichier_choisir`.
//!
//! A native dialog cannot be driven through WebDriver: when [`VARIABLE_TEST_DOSSIER`] (or
//! [`VARIABLE_TEST_FICHIER`]) is set, the chooser opens nothing and answers with its value at
//! once (set but empty: as if cancelled). Only the end-to-end tests set them.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tauri::{AppHandle, Manager};

/// Environment variable that replaces the folder dialog by its value (end-to-end tests only).
pub const VARIABLE_TEST_DOSSIER: &str = "OEPRE_TEST_DOSSIER_CHOISI";
/// Environment variable that replaces the file dialog by its value (end-to-end tests only).
pub const VARIABLE_TEST_FICHIER: &str = "OEPRE_TEST_FICHIER_CHOISI";

/// The application, kept at start-up so that a command can reach its main thread and window.
static APPLICATION: OnceLock<AppHandle> = OnceLock::new();

/// Keeps the application for the choosers (called once, when the window exists).
pub fn retenir(app: &AppHandle) {
    let _ = APPLICATION.set(app.clone());
}

/// What is chosen: a folder, or a file of one of these extensions (none: any file).
enum Quoi {
    Dossier,
    Fichier(Vec<String>),
}

/// Asks the person for a folder, starting in `depart` (or its nearest existing parent). `None`
/// when the dialog is cancelled. Blocks until the dialog closes: call it off the main thread
/// (the app's commands run on worker threads).
pub fn choisir_dossier(titre: &str, depart: Option<&str>) -> Option<PathBuf> {
    choisir(VARIABLE_TEST_DOSSIER, titre, depart, Quoi::Dossier)
}

/// Asks the person for a file with one of `extensions` (`["sqlite"]`; empty: any), starting in
/// the folder of `depart`. `None` when cancelled. Blocks like [`choisir_dossier`].
pub fn choisir_fichier(titre: &str, depart: Option<&str>, extensions: &[String]) -> Option<PathBuf> {
    choisir(VARIABLE_TEST_FICHIER, titre, depart, Quoi::Fichier(extensions.to_vec()))
}

/// The dialog's answer, awaited away from the main thread.
type Choix = std::pin::Pin<Box<dyn std::future::Future<Output = Option<rfd::FileHandle>> + Send>>;

fn choisir(variable_test: &str, titre: &str, depart: Option<&str>, quoi: Quoi) -> Option<PathBuf> {
    if let Some(valeur) = std::env::var_os(variable_test) {
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
            let mut dialogue = rfd::AsyncFileDialog::new().set_title(titre);
            if let Some(dossier) = depart {
                dialogue = dialogue.set_directory(dossier);
            }
            if let Some(fenetre) = app.get_webview_window("main") {
                dialogue = dialogue.set_parent(&fenetre);
            }
            let choix: Choix = match quoi {
                Quoi::Dossier => Box::pin(dialogue.set_can_create_directories(true).pick_folder()),
                Quoi::Fichier(extensions) if extensions.is_empty() => Box::pin(dialogue.pick_file()),
                Quoi::Fichier(extensions) => Box::pin(dialogue.add_filter(extensions.join(", "), &extensions).pick_file()),
            };
            std::thread::spawn(move || {
                let _ = envoi.send(tauri::async_runtime::block_on(choix).map(|f| f.path().to_path_buf()));
            });
        })
        .ok()?;
    reception.recv().ok().flatten()
}

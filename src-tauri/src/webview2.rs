//! The WebView2 runtime on Windows: checked before anything else, so that a PC without it gets
//! a message in French saying what to do, never a blank window or an English dialog.
//!
//! The window of the app is drawn by Microsoft Edge WebView2. Windows 10/11 usually has it; a
//! locked-down school PC may not (or not for this account). The check asks `WebView2Loader.dll`
//! (shipped beside the executable) for the installed version, as Tauri itself does.

/// Exit code when the WebView2 runtime is missing (the packaging tests assert on it).
pub const CODE_SANS_WEBVIEW2: i32 = 3;

/// What the person reads, in the message box and on the error output.
pub const MESSAGE_SANS_WEBVIEW2: &str = "Ateliers OEPRE ne peut pas ouvrir sa fenêtre : \
le composant Microsoft Edge WebView2 n'est pas installé sur ce poste (ou pas pour ce compte).\n\n\
Demandez au service informatique d'installer « WebView2 Runtime » (le programme d'installation \
autonome de Microsoft, qui fonctionne sans Internet), puis relancez Ateliers OEPRE.\n\n\
Vos données ne sont pas touchées. En attendant, la commande oepre.exe, dans le même dossier \
que l'application, fait les documents, les sauvegardes et le bilan.";

/// Quits with [`CODE_SANS_WEBVIEW2`] after saying so when the runtime is missing.
pub fn verifier_ou_quitter() {
    if let Err(erreur) = tauri::webview_version() {
        eprintln!("{MESSAGE_SANS_WEBVIEW2}\n\n(détail : {erreur})");
        boite_de_message(MESSAGE_SANS_WEBVIEW2);
        std::process::exit(CODE_SANS_WEBVIEW2);
    }
}

/// A plain Windows message box (no window of our own exists yet), waiting for « OK ».
#[allow(unsafe_code)]
fn boite_de_message(texte: &str) {
    use windows::core::HSTRING;
    use windows::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONERROR, MB_OK, MB_SETFOREGROUND};
    // SAFETY: both strings are valid NUL-terminated UTF-16 for the duration of the call; no
    // owner window. Without a desktop (e.g. a service) it returns at once, which is fine.
    unsafe {
        MessageBoxW(None, &HSTRING::from(texte), &HSTRING::from("Ateliers OEPRE"), MB_OK | MB_ICONERROR | MB_SETFOREGROUND);
    }
}

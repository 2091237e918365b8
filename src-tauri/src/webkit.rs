//! WebKitGTK settings for a school PC with little memory (Linux only).
//!
//! Measured with `tests/e2e/src/bin/mesure-memoire.rs` (figures in `docs/performance.md`): the
//! web process loaded the GPU stack (Mesa, LLVM) and kept composited layers for a UI that has
//! no animation, video or 3D; without compositing it holds about half the memory, and without
//! the DMA-BUF renderer the app process no longer loads the GPU stack either. JavaScript runs
//! in JavaScriptCore's interpreter, without its compilers (as Safari's Lockdown Mode does): the
//! page's scripts are small, and the compiled code and the compilers' memory cost about 20 MiB
//! once every screen has been opened. The memory cache of a web browser is not needed either:
//! every file comes from the app itself.

/// The variables set before the first window, each unless the person set it (e.g. to `0`, or
/// `JSC_useJIT=1`): no accelerated compositing, no DMA-BUF renderer (pages are drawn in shared
/// memory), no JavaScript compilers.
pub const VARIABLES: [(&str, &str); 3] =
    [("WEBKIT_DISABLE_COMPOSITING_MODE", "1"), ("WEBKIT_DISABLE_DMABUF_RENDERER", "1"), ("JSC_useJIT", "0")];

/// Before the first window: sets [`VARIABLES`] (the web processes inherit them).
pub fn avant_la_fenetre() {
    for (variable, valeur) in VARIABLES {
        if std::env::var_os(variable).is_none() {
            std::env::set_var(variable, valeur);
        }
    }
}

/// Once the window exists: the cache model of a document viewer.
pub fn apres_la_fenetre(app: &mut tauri::App) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(fenetre) = tauri::Manager::get_webview_window(app, "main") {
        fenetre.with_webview(|vue| {
            use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
            if let Some(contexte) = vue.inner().context() {
                contexte.set_cache_model(CacheModel::DocumentViewer);
            }
        })?;
    }
    Ok(())
}

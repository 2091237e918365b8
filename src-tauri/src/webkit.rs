//! WebKitGTK settings for a school PC with little memory (Linux only).
//!
//! Measured with `tests/e2e/src/bin/mesure-memoire.rs` (figures in `docs/performance.md`): the
//! web process loaded the GPU stack (Mesa, LLVM) and kept composited layers for a UI that has
//! no animation, video or 3D; without compositing it holds about half the memory, and without
//! the DMA-BUF renderer the app process no longer loads the GPU stack either. The memory
//! cache of a web browser is not needed either: every file comes from the app itself.

/// Before the first window: no accelerated compositing and no DMA-BUF renderer (pages are
/// drawn in shared memory), unless the person set these variables themselves (e.g. to `0`).
pub fn avant_la_fenetre() {
    for variable in ["WEBKIT_DISABLE_COMPOSITING_MODE", "WEBKIT_DISABLE_DMABUF_RENDERER"] {
        if std::env::var_os(variable).is_none() {
            std::env::set_var(variable, "1");
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

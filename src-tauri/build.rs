//! Grants the webview our own commands only: the list in `commandes.list` becomes the app
//! manifest, and `capabilities/default.json` allows exactly those (checked by a test).
fn main() {
    println!("cargo:rerun-if-changed=commandes.list");
    let liste = std::fs::read_to_string("commandes.list").expect("commandes.list");
    let noms: Vec<&'static str> = liste
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| &*Box::leak(l.to_owned().into_boxed_str()))
        .collect();
    let noms: &'static [&'static str] = Box::leak(noms.into_boxed_slice());
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(noms)),
    )
    .expect("tauri-build");
}

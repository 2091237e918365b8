//! Embeds every `i18n/<locale>/flyer.ftl` of the repository: adding a folder there is enough to
//! ship a new language (no Rust change).

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../i18n");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut found: Vec<(String, PathBuf)> = Vec::new();
    let entries = std::fs::read_dir(&root).unwrap_or_else(|e| {
        panic!(
            "dossier des traductions introuvable {}: {e}",
            root.display()
        )
    });
    for entry in entries {
        let entry = entry.expect("lecture du dossier i18n");
        let path = entry.path().join("flyer.ftl");
        if path.is_file() {
            let tag = entry.file_name().to_string_lossy().into_owned();
            println!("cargo:rerun-if-changed={}", path.display());
            let path = path.canonicalize().expect("chemin du fichier .ftl");
            found.push((tag, path));
        }
    }
    found.sort();

    let mut out = String::from(
        "/// (locale, contenu de flyer.ftl) des traductions livrées, triées par locale.\n",
    );
    out.push_str("pub(crate) static SHIPPED: &[(&str, &str, &str)] = &[\n");
    for (tag, path) in &found {
        let rel = format!("i18n/{tag}/flyer.ftl");
        writeln!(
            out,
            "    ({tag:?}, {rel:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("écriture en mémoire");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("shipped.rs");
    std::fs::write(dest, out).expect("écriture de shipped.rs");
}

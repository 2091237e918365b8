//! `licences.json` (shown on the « À propos » screen) matches `Cargo.lock`: the crates reached
//! from the app and the `oepre` command through normal and build dependencies, for the two
//! targets we ship (Linux and Windows, x86-64); for `webview2-com-sys`, also the licence of the
//! `WebView2Loader.dll` it carries, which the Windows installer ships.
//! `OEPRE_MAJ_LICENCES=1 cargo test -p oepre-core --test licences` rewrites it.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::Path;
use std::process::Command;

use oepre_core::sorties::a_propos::{bibliotheques, Composant};
use serde_json::Value;

fn depuis_cargo_metadata() -> Vec<Composant> {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let sortie = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .args(["--filter-platform", "x86_64-unknown-linux-gnu", "--filter-platform", "x86_64-pc-windows-gnu"])
        .current_dir(&racine)
        .output()
        .expect("cargo metadata");
    assert!(sortie.status.success(), "{}", String::from_utf8_lossy(&sortie.stderr));
    let meta: Value = serde_json::from_slice(&sortie.stdout).unwrap();
    let paquets: HashMap<&str, &Value> =
        meta["packages"].as_array().unwrap().iter().map(|p| (p["id"].as_str().unwrap(), p)).collect();
    let noeuds: HashMap<&str, &Value> =
        meta["resolve"]["nodes"].as_array().unwrap().iter().map(|n| (n["id"].as_str().unwrap(), n)).collect();
    let mut a_voir: VecDeque<&str> = paquets
        .iter()
        .filter(|(_, p)| matches!(p["name"].as_str(), Some("oepre-app" | "oepre-cli")))
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(a_voir.len(), 2);
    let mut vus = BTreeSet::new();
    while let Some(id) = a_voir.pop_front() {
        if !vus.insert(id) {
            continue;
        }
        for dep in noeuds[id]["deps"].as_array().unwrap() {
            let livre = dep["dep_kinds"].as_array().unwrap().iter().any(|k| k["kind"].is_null() || k["kind"] == "build");
            if livre {
                a_voir.push_back(dep["pkg"].as_str().unwrap());
            }
        }
    }
    let mut liste: Vec<Composant> = vus
        .iter()
        .map(|id| paquets[id])
        .filter(|p| !p["source"].is_null())
        .map(|p| Composant {
            nom: p["name"].as_str().unwrap().into(),
            version: p["version"].as_str().unwrap().into(),
            licence: licence(p),
        })
        .collect();
    liste.sort_by(|a, b| (&a.nom, &a.version).cmp(&(&b.nom, &b.version)));
    liste
}

/// The crate's licence, and that of a binary it carries which we ship as is.
fn licence(p: &Value) -> String {
    let licence = p["license"].as_str().unwrap_or("voir le dépôt du paquet");
    match p["name"].as_str() {
        // Its x64/WebView2Loader.dll is installed beside the Windows app (installateur.nsi).
        Some("webview2-com-sys") => format!(
            "{licence} ; WebView2Loader.dll : BSD-3-Clause, © Microsoft Corporation (licence du SDK WebView2, texte complet dans WebView2Loader-licence.txt, installé à côté)"
        ),
        _ => licence.into(),
    }
}

#[test]
fn licences_json_est_a_jour_avec_cargo_lock() {
    let attendu = depuis_cargo_metadata();
    assert!(attendu.iter().any(|c| c.nom == "rusqlite"), "rusqlite doit figurer dans la liste");
    assert!(attendu.iter().any(|c| c.nom == "tauri"), "tauri doit figurer dans la liste");
    if std::env::var_os("OEPRE_MAJ_LICENCES").is_some() {
        let chemin = Path::new(env!("CARGO_MANIFEST_DIR")).join("licences.json");
        let mut texte = serde_json::to_string_pretty(&attendu).unwrap();
        texte.push('\n');
        std::fs::write(chemin, texte).unwrap();
        return;
    }
    assert_eq!(
        bibliotheques(),
        attendu,
        "licences.json n'est plus à jour : OEPRE_MAJ_LICENCES=1 cargo test -p oepre-core --test licences"
    );
}

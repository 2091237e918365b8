//! The core's layers, checked from its source: arrows point down only and no module cycle.
//!
//! `src/` holds one folder per layer, lowest first (see [`COUCHES`]). A module may use a
//! module of its own layer or of a lower one, never of a higher one, and the modules' uses
//! form no cycle, inside a layer or across. The test reads the `crate::…` and `super::…`
//! paths of each production file (comments, `mod tests` blocks and `tests.rs` files left out),
//! so a use written anywhere in the code counts, not only in `use` lines.
//!
//! When it fails it names the arrow (`domaine::acces -> sorties::documents`) and the file;
//! move the shared piece down a layer (or into the module that owns it) rather than silence it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, from the bottom up. A module may only use its own layer and those before it.
const COUCHES: [&str; 7] = ["commun", "stockage", "domaine", "securite", "sorties", "demo", "application"];

/// `couche::module`, the unit of the check (a module's own submodules belong to it).
type Noeud = (String, String);

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn fichiers(dossier: &Path, sortie: &mut Vec<PathBuf>) {
    let mut entrees: Vec<_> = fs::read_dir(dossier)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entrees.sort();
    for chemin in entrees {
        if chemin.is_dir() {
            fichiers(&chemin, sortie);
        } else if chemin.extension().is_some_and(|e| e == "rs") {
            sortie.push(chemin);
        }
    }
}

/// The module path of a file, from `src/`: `domaine/seance/programme.rs` → `[domaine, seance, programme]`.
fn chemin_module(relatif: &Path) -> Vec<String> {
    let mut parties: Vec<String> = relatif
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let dernier = parties.pop().unwrap();
    let nom = dernier.trim_end_matches(".rs");
    if nom != "mod" && nom != "lib" {
        parties.push(nom.to_string());
    }
    parties
}

/// The production text of a file: no comments, no `#[cfg(test)] mod tests` block.
fn texte_production(source: &str) -> String {
    let mut sortie = String::new();
    let mut lignes = source.lines().peekable();
    while let Some(ligne) = lignes.next() {
        let nette = ligne.trim_start();
        if nette == "#[cfg(test)]"
            && lignes
                .peek()
                .is_some_and(|l| l.trim_start().starts_with("mod tests"))
        {
            break;
        }
        let sans_commentaire = match ligne.find("//") {
            Some(i) => &ligne[..i],
            None => ligne,
        };
        sortie.push_str(sans_commentaire);
        sortie.push('\n');
    }
    sortie
}

/// Every path a use tree starting at `texte` names, each as its segments:
/// `a::{b, c::d}` → `[a, b]`, `[a, c, d]`.
fn arbre(texte: &[u8], i: &mut usize, prefixe: Vec<String>, chemins: &mut Vec<Vec<String>>) {
    let mut courant = prefixe;
    loop {
        while *i < texte.len() && texte[*i].is_ascii_whitespace() {
            *i += 1;
        }
        if *i < texte.len() && texte[*i] == b'{' {
            *i += 1;
            loop {
                arbre(texte, i, courant.clone(), chemins);
                while *i < texte.len() && texte[*i].is_ascii_whitespace() {
                    *i += 1;
                }
                match texte.get(*i) {
                    Some(b',') => *i += 1,
                    Some(b'}') => {
                        *i += 1;
                        break;
                    }
                    _ => break,
                }
                while *i < texte.len() && texte[*i].is_ascii_whitespace() {
                    *i += 1;
                }
                if texte.get(*i) == Some(&b'}') {
                    *i += 1;
                    break;
                }
            }
            return;
        }
        let debut = *i;
        while *i < texte.len() && (texte[*i].is_ascii_alphanumeric() || texte[*i] == b'_') {
            *i += 1;
        }
        if debut == *i {
            chemins.push(courant);
            return;
        }
        courant.push(String::from_utf8_lossy(&texte[debut..*i]).into_owned());
        if texte[*i..].starts_with(b"::") {
            *i += 2;
        } else {
            chemins.push(courant);
            return;
        }
    }
}

/// The absolute module paths (from the crate root) a production text names.
fn chemins_nommes(texte: &str, module: &[String]) -> Vec<Vec<String>> {
    let octets = texte.as_bytes();
    let mut chemins = Vec::new();
    let mut i = 0;
    while i < octets.len() {
        let avant_ok = i == 0
            || !(octets[i - 1].is_ascii_alphanumeric()
                || octets[i - 1] == b'_'
                || octets[i - 1] == b':');
        if avant_ok && octets[i..].starts_with(b"crate::") {
            i += 7;
            arbre(octets, &mut i, Vec::new(), &mut chemins);
        } else if avant_ok && octets[i..].starts_with(b"super::") {
            // `super` of a `mod.rs` (or of a file module) is the module above the file's own.
            let mut base: Vec<String> = module.to_vec();
            base.pop();
            i += 7;
            while octets[i..].starts_with(b"super::") {
                base.pop();
                i += 7;
            }
            arbre(octets, &mut i, base, &mut chemins);
        } else {
            i += 1;
        }
    }
    chemins
}

/// The names `lib.rs` re-exports at the root (`pub use stockage::db::Db;`), with the node they come from.
fn reexports_racine(lib: &str) -> BTreeMap<String, Noeud> {
    let mut carte = BTreeMap::new();
    let texte = texte_production(lib);
    for ligne in texte
        .lines()
        .filter(|l| l.trim_start().starts_with("pub use "))
    {
        let reste = ligne.trim_start().trim_start_matches("pub use ");
        let mut i = 0;
        let mut chemins = Vec::new();
        arbre(reste.as_bytes(), &mut i, Vec::new(), &mut chemins);
        for c in chemins {
            if c.len() >= 3 {
                carte.insert(c.last().unwrap().clone(), (c[0].clone(), c[1].clone()));
            }
        }
    }
    carte
}

struct Graphe {
    fleches: BTreeMap<Noeud, BTreeMap<Noeud, BTreeSet<String>>>,
}

fn graphe() -> Graphe {
    let racine = src();
    let mut tous = Vec::new();
    fichiers(&racine, &mut tous);
    let lib = fs::read_to_string(racine.join("lib.rs")).unwrap();
    let reexports = reexports_racine(&lib);
    let mut fleches: BTreeMap<Noeud, BTreeMap<Noeud, BTreeSet<String>>> = BTreeMap::new();
    for chemin in tous {
        let relatif = chemin.strip_prefix(&racine).unwrap().to_path_buf();
        if relatif.file_name().is_some_and(|n| n == "tests.rs")
            || relatif == Path::new("test_support.rs")
        {
            continue;
        }
        let module = chemin_module(&relatif);
        if module.len() < 2 {
            continue; // lib.rs and a layer's own mod.rs only declare modules
        }
        let de: Noeud = (module[0].clone(), module[1].clone());
        let texte = texte_production(&fs::read_to_string(&chemin).unwrap());
        for nomme in chemins_nommes(&texte, &module) {
            let vers: Noeud = if nomme.len() >= 2 && COUCHES.contains(&nomme[0].as_str()) {
                (nomme[0].clone(), nomme[1].clone())
            } else if let Some(n) = nomme.first().and_then(|n| reexports.get(n)) {
                n.clone()
            } else {
                continue;
            };
            if vers != de {
                fleches
                    .entry(de.clone())
                    .or_default()
                    .entry(vers)
                    .or_default()
                    .insert(relatif.display().to_string());
            }
        }
    }
    Graphe { fleches }
}

fn rang(couche: &str) -> usize {
    COUCHES
        .iter()
        .position(|c| *c == couche)
        .unwrap_or(usize::MAX)
}

fn nom(n: &Noeud) -> String {
    format!("{}::{}", n.0, n.1)
}

#[test]
fn la_racine_ne_declare_que_les_couches() {
    let lib = fs::read_to_string(src().join("lib.rs")).unwrap();
    let modules: Vec<String> = texte_production(&lib)
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("pub mod ")
                .or_else(|| l.trim().strip_prefix("mod "))
        })
        .map(|m| m.trim_end_matches(';').to_string())
        .filter(|m| m != "test_support")
        .collect();
    assert_eq!(
        modules,
        COUCHES.to_vec(),
        "src/lib.rs declares exactly the layers, bottom up"
    );
    for entree in fs::read_dir(src()).unwrap() {
        let chemin = entree.unwrap().path();
        let nom = chemin.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            COUCHES.contains(&nom.as_str()) || nom == "lib" || nom == "test_support",
            "{} sits beside the layers: put it in one of {COUCHES:?}",
            chemin.display()
        );
    }
}

#[test]
fn les_fleches_descendent() {
    let g = graphe();
    let mut montantes = Vec::new();
    for (de, vers) in &g.fleches {
        for (v, ou) in vers {
            if rang(&v.0) > rang(&de.0) {
                montantes.push(format!(
                    "{} -> {} (in {})",
                    nom(de),
                    nom(v),
                    ou.iter().cloned().collect::<Vec<_>>().join(", ")
                ));
            }
        }
    }
    assert!(
        montantes.is_empty(),
        "arrows running up a layer:\n{}",
        montantes.join("\n")
    );
}

#[test]
fn aucun_cycle_entre_modules() {
    let g = graphe();
    // Depth-first search; a back edge closes a cycle, reported as its modules in order.
    fn visiter(
        n: &Noeud,
        g: &Graphe,
        etat: &mut BTreeMap<Noeud, u8>,
        pile: &mut Vec<Noeud>,
        cycles: &mut Vec<String>,
    ) {
        etat.insert(n.clone(), 1);
        pile.push(n.clone());
        if let Some(vers) = g.fleches.get(n) {
            for v in vers.keys() {
                match etat.get(v).copied().unwrap_or(0) {
                    0 => visiter(v, g, etat, pile, cycles),
                    1 => {
                        let debut = pile.iter().position(|p| p == v).unwrap();
                        let mut boucle: Vec<String> = pile[debut..].iter().map(nom).collect();
                        boucle.push(nom(v));
                        cycles.push(boucle.join(" -> "));
                    }
                    _ => {}
                }
            }
        }
        pile.pop();
        etat.insert(n.clone(), 2);
    }
    let mut etat = BTreeMap::new();
    let mut cycles = Vec::new();
    for n in g.fleches.keys() {
        if etat.get(n).copied().unwrap_or(0) == 0 {
            visiter(n, &g, &mut etat, &mut Vec::new(), &mut cycles);
        }
    }
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn le_lecteur_voit_les_arbres_d_imports() {
    // The checker itself: a grouped, nested `use` and a `super::` path are both read.
    let texte = "use crate::{domaine::{atelier::Atelier, seance}, commun::texte};\nfn f() { super::voisin::g(); }";
    let module = vec![
        "sorties".to_string(),
        "bilan".to_string(),
        "pdf".to_string(),
    ];
    let chemins = chemins_nommes(texte, &module);
    let noms: Vec<String> = chemins.iter().map(|c| c.join("::")).collect();
    assert_eq!(
        noms,
        [
            "domaine::atelier::Atelier",
            "domaine::seance",
            "commun::texte",
            "sorties::bilan::voisin::g"
        ]
    );
}

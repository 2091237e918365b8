//! Accessibility (issue 18): axe-core, run inside the real webview on every screen of the
//! navigation with the demo school, finds no violation. Colour contrast, which axe cannot
//! decide in this webview, is checked by `ui/src/contraste.test.ts` against the palette.

use oepre_e2e::{attendre_que, Pilote, DELAI_MIN, ECRANS};
use serde_json::{json, Value};

/// Runs axe-core on the page as it is; its violations, one line each.
fn axe_sur_l_ecran(app: &oepre_e2e::Session, axe: &str) -> Vec<String> {
    // axe's source is evaluated by the driver (the app's CSP rightly refuses inline scripts).
    if app.script("return typeof window.axe;", json!([])) != "object" {
        app.script(&format!("{axe}\n;window.axe = window.axe || axe; return typeof window.axe;"), json!([]));
    }
    app.script(
        "window.__axe = null;
         window.axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } })
           .then(r => { window.__axe = r.violations.map(v => v.id + ' (' + v.impact + ') : ' + v.nodes.map(n => n.target.join(' ')).join(', ')); })
           .catch(e => { window.__axe = ['erreur axe : ' + e]; });",
        json!([]),
    );
    attendre_que("axe", DELAI_MIN, || match app.script("return window.__axe;", json!([])) {
        Value::Array(v) => Some(v.into_iter().map(|x| x.as_str().unwrap_or_default().to_owned()).collect()),
        _ => None,
    })
}

#[test]
fn aucun_ecran_n_a_de_violation_axe() {
    let axe = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/node_modules/axe-core/axe.min.js"))
        .expect("axe-core (dépendance de développement de ui/) : lancez `make deps`");
    let pilote = Pilote::demarrer();
    let base = pilote.base_demo();
    let app = pilote.ouvrir_app(&base);
    let mut violations: Vec<String> = Vec::new();
    for ecran in ECRANS {
        app.cliquer(&format!("#nav-{ecran}"));
        app.attendre(&format!("#nav-{ecran}[aria-current='page']"), DELAI_MIN);
        app.attendre("#titre-page", DELAI_MIN);
        // Let the screen finish loading (no « Chargement… » left).
        attendre_que(&format!("l'écran {ecran} chargé"), DELAI_MIN, || (!app.existe(".chargement")).then_some(()));
        violations.extend(axe_sur_l_ecran(&app, &axe).into_iter().map(|v| format!("{ecran} : {v}")));
    }
    // The rentrée screen, reached from the banner (the demo's year has ended).
    app.cliquer("#aller-rentree");
    app.attendre("#form-rentree", DELAI_MIN);
    violations.extend(axe_sur_l_ecran(&app, &axe).into_iter().map(|v| format!("rentrée : {v}")));
    assert!(violations.is_empty(), "violations axe :\n{}", violations.join("\n"));

    // The check itself: a button without a name is reported.
    app.script(
        "const b = document.createElement('button'); b.id = 'sans-nom'; document.getElementById('contenu').appendChild(b);
         window.__axe = null;
         window.axe.run(document, { resultTypes: ['violations'] }).then(r => { window.__axe = r.violations.map(v => v.id); });",
        json!([]),
    );
    let temoin: Vec<String> = attendre_que("axe sur le bouton sans nom", DELAI_MIN, || match app.script("return window.__axe;", json!([])) {
        Value::Array(v) => Some(v.into_iter().map(|x| x.as_str().unwrap_or_default().to_owned()).collect()),
        _ => None,
    });
    assert!(temoin.iter().any(|v| v == "button-name"), "{temoin:?}");
}

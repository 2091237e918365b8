//! La rentrée (issue 18): the demo's year 2025-2026 has ended (this machine's date is after
//! 3 July 2026), so every screen says so. « Préparer l'année 2026-2027 » shows the new year's
//! dates and what is carried over; one parent is left out; then the year is created: current,
//! ateliers carried over with séances, the others re-enrolled « réinscrit·e »; the old year
//! refuses changes but still makes its attestations.

use oepre_e2e::{attendre_que, cli, Pilote, DELAI_MIN};
use serde_json::json;

#[test]
fn preparer_l_annee_suivante_depuis_le_bandeau() {
    let pilote = Pilote::demarrer();
    let base = pilote.base_demo();
    let donnees = base.parent().unwrap().to_path_buf();

    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-appel");
    app.attendre("#bandeau-rentree", DELAI_MIN);
    let bandeau = app.texte("#bandeau-rentree");
    assert!(bandeau.contains("L'année scolaire 2025-2026 est terminée depuis le vendredi 3 juillet 2026"), "{bandeau}");
    app.capture("rentree-bandeau");
    app.cliquer("#aller-rentree");
    app.attendre("#form-rentree", DELAI_MIN);
    assert_eq!(app.texte("#titre-page"), "Préparer l'année 2026-2027");
    assert_eq!(app.valeur("#champ-premier_jour"), "01/09/2026");
    assert_eq!(app.valeur("#champ-dernier_jour"), "02/07/2027");
    assert!(!app.existe("#bandeau-rentree"), "pas de bandeau sur l'écran de la rentrée");

    // Every continuing parent is ticked; leave the first one out.
    let cases: Vec<String> = serde_json::from_value(app.script(
        "return [...document.querySelectorAll('input[id^=reinscrire-]')].filter(c => c.checked).map(c => c.id);",
        json!([]),
    ))
    .unwrap();
    assert!(cases.len() > 10, "{cases:?}");
    app.cliquer(&format!("#{}", cases[0]));
    let resume = app.texte("#resume-rentree");
    assert!(resume.contains(&format!("{} parents réinscrits", cases.len() - 1)), "{resume}");
    app.capture("rentree-apercu");
    let avant = cli(&base, &["annees", "list"]);
    assert!(!avant.contains("2026-2027"), "rien n'est écrit avant de valider : {avant}");

    app.cliquer("#preparer-rentree");
    app.attendre("#rentree-faite", DELAI_MIN);
    let fait = app.texte("#rentree-faite");
    assert!(fait.contains("L'année 2026-2027 est prête et devient l'année courante"), "{fait}");
    assert!(fait.contains(&format!("{} parents réinscrits", cases.len() - 1)), "{fait}");
    app.capture("rentree-faite");
    let annees = cli(&base, &["annees", "list"]);
    assert!(annees.contains("2026-2027 (courante) : du 01/09/2026 au 02/07/2027"), "{annees}");

    // The ateliers screen now shows the new year; the banner is gone.
    app.cliquer("#voir-ateliers");
    attendre_que("les ateliers de 2026-2027", DELAI_MIN, || app.texte("#contenu").contains("2026-2027").then_some(()));
    assert!(!app.existe("#bandeau-rentree"));

    // The old year: read-only, its attestations still made.
    let refus = oepre_e2e::cli_echec(&base, &["presence", "--seance", "1", "--parent", "1", "--statut", "absent"]);
    assert!(refus.contains("L'année 2025-2026 est close"), "{refus}");
    let pdf = donnees.join("attestations-2025-2026.pdf");
    cli(&base, &["attestations", "--year", "2025-2026", "--meme-sous-le-seuil", "--out", pdf.to_str().unwrap()]);
    assert!(pdf.is_file());
}

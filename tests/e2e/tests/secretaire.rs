//! What a secretary must not get wrong (issue 18), end to end on the demo school: an enrolment
//! dated after the atelier's end is refused under its field with nothing written; dated inside,
//! it is saved, and since that parent has not attended a single hour, Documents says they get
//! no attestation instead of making a page « 0 h sur 0 h ».

use oepre_e2e::{attendre_que, cli, Pilote, DELAI_MIN};
use serde_json::{json, Value};

fn inscriptions(base: &std::path::Path, parent: &str) -> Vec<Value> {
    let fiche: Value = serde_json::from_str(&cli(base, &["parents", "show", parent, "--json"])).unwrap();
    fiche["inscriptions"].as_array().cloned().unwrap_or_default()
}

#[test]
fn inscription_hors_dates_refusee_puis_pas_d_attestation_sans_heure() {
    let pilote = Pilote::demarrer();
    let base = pilote.base_demo();
    // Parent 13 is enrolled in atelier 1 only; enrol them in atelier 2 (« Atelier alphabétisation »).
    assert_eq!(inscriptions(&base, "13").len(), 1);

    let app = pilote.ouvrir_app(&base);
    app.script("location.hash = '#/parents/13';", json!([]));
    app.attendre("#inscrire-atelier", DELAI_MIN);
    app.cliquer("#inscrire-atelier");
    app.attendre("#form-inscription", DELAI_MIN);
    app.choisir("#champ-inscription-atelier_id", "2");
    app.saisir("#champ-inscription-inscrit_le", "05/12/2026");
    app.cliquer("#enregistrer-inscription");
    app.attendre("#erreur-inscription-inscrit_le", DELAI_MIN);
    let refus = app.texte("#erreur-inscription-inscrit_le");
    assert!(refus.contains("comprise entre"), "{refus}");
    assert_eq!(inscriptions(&base, "13").len(), 1, "rien n'est écrit");
    app.capture("secretaire-inscription-refusee");

    app.saisir("#champ-inscription-inscrit_le", "06/10/2025");
    app.cliquer("#enregistrer-inscription");
    app.attendre("#message-inscription", DELAI_MIN);
    assert_eq!(inscriptions(&base, "13").len(), 2);

    app.cliquer("#nav-documents");
    app.attendre("#form-attestations", DELAI_MIN);
    attendre_que("la liste des parents sans attestation", DELAI_MIN, || app.existe("#sans-attestation").then_some(()));
    let sans = app.texte("#sans-attestation");
    assert!(sans.contains("Atelier alphabétisation : aucune heure"), "{sans}");
    assert!(sans.contains("محمد"), "{sans}");
    app.capture("secretaire-sans-attestation");
}

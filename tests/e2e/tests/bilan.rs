//! Issue 7 "the head of school exports the bilan, the académie merges it": the demo school, the
//! documents folder set through `OEPRE_DOCUMENTS`. Bilan → « À vérifier » shows the points the
//! CLI finds (a séance without roll call first) → « Chiffres » → « Qualitatif »: a difficulty typed
//! and saved → « Finances »: a cost of 125,50 € → « Exporter »: the quantitative and qualitative
//! bilan (XLSX, PDF), the financial bilan (its own XLSX and PDF) and the JSON are in the folder,
//! each PDF headed with the survey it goes to and ending with its « fiche de saisie », the
//! financial one carrying the cost; the JSON names the school and the year, carries the
//! difficulty and the cost, and no parent's name. Then « Consolidation académique » on a folder of three JSON files (the export,
//! the same bilan under another UAI, a duplicate): two kept, one refused, the workbook written.

use std::path::{Path, PathBuf};
use std::time::Duration;

use oepre_e2e::{attendre_que, cli, Pilote, Session, DELAI_MIN};
use serde_json::{json, Value};

/// Waits until the text of `css` contains `attendu`, and returns it.
fn attendre_texte(app: &Session, css: &str, attendu: &str) -> String {
    attendre_que(&format!("« {attendu} » dans {css}"), DELAI_MIN, || {
        let t = if app.existe(css) { app.texte(css) } else { String::new() };
        t.contains(attendu).then_some(t)
    })
}

/// The single file of `dossier` named `prefixe…suffixe`.
fn fichier(dossier: &Path, prefixe: &str, suffixe: &str) -> PathBuf {
    let v: Vec<PathBuf> = std::fs::read_dir(dossier)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefixe) && n.ends_with(suffixe)))
        .collect();
    assert_eq!(v.len(), 1, "un seul {prefixe}…{suffixe} dans {} : {v:?}", dossier.display());
    v.into_iter().next().unwrap()
}

#[test]
fn exporter_le_bilan_puis_consolider_pour_l_academie() {
    let documents = tempfile::tempdir().expect("dossier des documents");
    let pilote = Pilote::demarrer_avec(&[("OEPRE_DOCUMENTS", documents.path().as_os_str())]);
    let base = pilote.base_demo();
    let donnees = base.parent().unwrap().to_path_buf();
    let points: Value = serde_json::from_str(&cli(&base, &["bilan", "check", "--year", "2025-2026", "--json"])).unwrap();
    let premier = points[0]["message"].as_str().expect("la démo a des points à vérifier").to_owned();
    assert!(premier.contains("l'appel n'a pas été fait"), "{premier}");
    let parents: Value = serde_json::from_str(&cli(&base, &["parents", "list", "--json"])).unwrap();

    let app = pilote.ouvrir_app(&base);
    app.taille_fenetre(1366, 768);
    app.cliquer("#nav-bilan");
    app.attendre("#panneau-verifier", Duration::from_secs(30));
    // At 1366 × 768 no link or button of the list is cut by an inner scroll or the window's edge.
    const COUPES: &str = "const panneau = document.getElementById('panneau-verifier');
        const coupes = [];
        for (const b of panneau.querySelectorAll('a, button')) {
            const r = b.getBoundingClientRect();
            if (r.right > document.documentElement.clientWidth) coupes.push(b.id + ' dépasse la fenêtre');
            for (let p = b.parentElement; p && p !== panneau; p = p.parentElement) {
                const s = getComputedStyle(p);
                if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
                const q = p.getBoundingClientRect();
                if (r.top < q.top || r.bottom > q.bottom || r.left < q.left || r.right > q.right) coupes.push(b.id + ' coupé par ' + p.className);
            }
        }
        return coupes;";
    assert_eq!(app.script(COUPES, json!([])), json!([]), "aucun bouton coupé");
    let liste = app.texte("#panneau-verifier");
    assert!(liste.starts_with(&format!("{} points à vérifier", points.as_array().unwrap().len())), "{liste}");
    assert!(liste.contains(&premier), "le premier point de la CLI est à l'écran : {liste}");
    assert!(liste.contains("Faire l'appel"));
    let lien = app.script("return document.querySelector('#points-AppelManquant a').getAttribute('href');", json!([]));
    assert_eq!(lien, points[0]["lien"], "le lien mène à l'appel de cette séance");
    app.capture("bilan-a-verifier");
    // A long group shows its first points; « Voir les N autres » shows the rest and focuses the first of them, in view.
    let autres = app.texte("#basculer-AppelManquant");
    assert!(autres.starts_with("Voir les "), "{autres}");
    app.cliquer("#basculer-AppelManquant");
    attendre_que("le focus sur le 9e point", DELAI_MIN, || {
        let v = app.script(
            "const e = document.activeElement; const r = e.getBoundingClientRect(); return e.id === 'lien-AppelManquant-8' && r.top >= 0 && r.bottom <= innerHeight;",
            json!([]),
        );
        (v == json!(true)).then_some(())
    });
    assert_eq!(app.script(COUPES, json!([])), json!([]), "aucun bouton coupé, liste entière");
    app.capture("bilan-a-verifier-tout");

    // The link opens the roll call of that very séance; the navigation brings the bilan back.
    app.cliquer("#points-AppelManquant a");
    app.attendre("#choix-seance", Duration::from_secs(15));
    let seance = points[0]["lien"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
    attendre_que(&format!("l'appel de la séance {seance} est ouvert"), DELAI_MIN, || (app.valeur("#choix-seance") == seance).then_some(()));
    app.cliquer("#nav-bilan");
    app.attendre("#panneau-verifier", Duration::from_secs(30));

    app.cliquer("#onglet-chiffres");
    app.attendre("#tableau-synthese", Duration::from_secs(10));
    assert!(app.texte("#tableau-synthese").contains("Parents inscrits"));
    app.capture("bilan-chiffres");
    // The charts, drawn from the core's descriptions, each with its numbers beside it.
    app.attendre("#graphique-5", Duration::from_secs(20));
    assert_eq!(app.texte("#graphique-1-titre"), "Taux d'assiduité par mois");
    let barres = app.script("return document.querySelectorAll('#graphique-1 svg rect').length;", json!([])).as_u64().unwrap();
    let mois = app.script("return document.querySelectorAll('#graphique-1-table tbody tr').length;", json!([])).as_u64().unwrap();
    let calcule: Value = serde_json::from_str(&cli(&base, &["bilan", "show", "--year", "2025-2026", "--json"])).unwrap();
    let attendus = calcule["ecole"]["assiduite_par_mois"].as_array().unwrap().len() as u64;
    assert!(attendus >= 3, "la démo a des appels sur plusieurs mois : {attendus}");
    assert_eq!(mois, attendus, "autant de mois qu'en compte le bilan de la CLI");
    assert_eq!(barres, mois, "une barre par mois");
    assert!(app.texte("#graphique-2-table").contains("Axe 3 : valeurs de la République"));
    app.script("document.getElementById('graphiques').scrollIntoView({block: 'start'});", json!([]));
    app.capture("bilan-graphiques");
    app.script("document.getElementById('tableau-niveaux').scrollIntoView({block: 'start'});", json!([]));
    app.capture("bilan-chiffres-niveaux-ateliers");

    app.cliquer("#onglet-qualitatif");
    app.attendre("#form-qualitatif", Duration::from_secs(10));
    let difficulte = "Horaires difficiles pour les parents qui travaillent";
    app.saisir("#champ-difficultes", difficulte);
    app.cliquer("#partenaire-casnav");
    app.cliquer("#enregistrer-qualitatif");
    attendre_texte(&app, "#etat-qualitatif", "Brouillon enregistré");
    app.capture("bilan-qualitatif");

    app.cliquer("#onglet-finances");
    app.attendre("#form-depense", Duration::from_secs(10));
    app.saisir("#champ-depense-libelle", "Manuels A1");
    app.saisir("#champ-depense-montant", "125,50");
    app.cliquer("#ajouter-depense");
    attendre_texte(&app, "#liste-depenses", "Manuels A1");
    // WebDriver gives the no-break space before « € » as a plain space.
    assert_eq!(app.texte("#total-autres-depenses").replace('\u{a0}', " "), "125,50 €");
    app.capture("bilan-finances");
    app.script("document.getElementById('bloc-solde').scrollIntoView({block: 'start'});", json!([]));
    app.capture("bilan-finances-solde");

    app.cliquer("#onglet-exporter");
    app.attendre("#exporter-bilan", Duration::from_secs(10));
    app.capture("bilan-exporter");
    app.cliquer("#exporter-bilan");
    app.attendre("#resultat-bilan", Duration::from_secs(120));
    let resultat = app.texte("#resultat-bilan");
    for nom in ["bilan-0931234L-2025-2026.xlsx", "bilan-0931234L-2025-2026.pdf", "bilan-financier-0931234L-2025-2026.xlsx", "bilan-financier-0931234L-2025-2026.pdf", "bilan-0931234L-2025-2026.json"] {
        assert!(resultat.contains(nom), "{resultat}");
    }
    let genres = app.texte("#genres-bilan");
    assert!(genres.contains("bilan-financier-0931234L-2025-2026.pdf : Bilan financier, pour l'enquête en ligne de la DAEPS"), "{genres}");
    assert!(genres.contains("bilan-0931234L-2025-2026.pdf : Bilan quantitatif et qualitatif, pour l'enquête Orquestra de la DGESCO"), "{genres}");
    app.capture("bilan-exporte");

    let xlsx = fichier(documents.path(), "bilan-0931234L-", ".xlsx");
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"), "un classeur XLSX est un zip");
    let xlsx_financier = fichier(documents.path(), "bilan-financier-", ".xlsx");
    assert!(std::fs::read(&xlsx_financier).unwrap().starts_with(b"PK"), "un classeur XLSX est un zip");
    // Each PDF headed with the survey it is meant for, the deadline, and its « fiche de saisie ».
    let texte_pdf = |chemin: &Path| {
        let sortie = std::process::Command::new("pdftotext").arg(chemin).arg("-").output().expect("pdftotext");
        String::from_utf8_lossy(&sortie.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let pdf = fichier(documents.path(), "bilan-0931234L-", ".pdf");
    let t = texte_pdf(&pdf);
    for attendu in ["À transmettre — Bilan quantitatif et qualitatif : à saisir dans l'enquête Orquestra de la DGESCO", "conditionnent le financement", "Fiche de saisie — Enquête Orquestra de la DGESCO"] {
        assert!(t.contains(attendu), "« {attendu} » absent de {} :\n{t}", pdf.display());
    }
    let pdf_financier = fichier(documents.path(), "bilan-financier-", ".pdf");
    let t = texte_pdf(&pdf_financier);
    for attendu in ["À transmettre — Bilan financier : à saisir dans l'enquête en ligne du service académique de la DAEPS", "conditionnent le financement", "125,50 €", "Fiche de saisie — Enquête en ligne de la DAEPS"] {
        assert!(t.contains(attendu), "« {attendu} » absent de {} :\n{t}", pdf_financier.display());
    }
    // The charts, as vector bars in the PDF's annex.
    let t = texte_pdf(&pdf);
    for attendu in ["Annexe : graphiques de l'établissement", "Taux d'assiduité par mois", "Heures réalisées par axe", "Public prioritaire Intérieur et autres parents"] {
        assert!(t.contains(attendu), "« {attendu} » absent de {} :\n{t}", pdf.display());
    }

    // The point trimestriel of the first term, every atelier one page each.
    app.choisir("#point-trimestre", "1");
    app.cliquer("#ecrire-point-trimestriel");
    app.attendre("#resultat-point-trimestriel", Duration::from_secs(60));
    let point = fichier(documents.path(), "point-trimestriel-t1-", ".pdf");
    assert!(app.texte("#resultat-point-trimestriel").contains(point.file_name().unwrap().to_str().unwrap()));
    let t = texte_pdf(&point);
    for attendu in ["Point trimestriel de l'atelier OEPRE", "trimestre 1 : du", "conseil des maîtres"] {
        assert!(t.contains(attendu), "« {attendu} » absent de {} :\n{t}", point.display());
    }
    let pages = std::process::Command::new("pdfinfo").arg(&point).output().expect("pdfinfo");
    let ateliers = bilan_ateliers(&base);
    assert!(String::from_utf8_lossy(&pages.stdout).lines().any(|l| l.starts_with("Pages:") && l.ends_with(&format!(" {ateliers}"))), "une page par atelier ({ateliers})");
    app.script("document.getElementById('point-trimestriel').scrollIntoView({block: 'start'});", json!([]));
    app.capture("bilan-point-trimestriel");

    let chemin_json = fichier(documents.path(), "bilan-", ".json");
    let texte = std::fs::read_to_string(&chemin_json).unwrap();
    let bilan: Value = serde_json::from_str(&texte).expect("le JSON se relit");
    assert_eq!(bilan["annee"], "2025-2026");
    let uai = bilan["etablissement"]["uai"].as_str().unwrap().to_owned();
    assert!(!uai.is_empty());
    assert_eq!(chemin_json.file_name().unwrap().to_str().unwrap(), format!("bilan-{uai}-2025-2026.json"));
    assert_eq!(bilan["qualitatif"]["difficultes"], difficulte, "le brouillon saisi est dans le fichier");
    assert_eq!(bilan["qualitatif"]["partenaires"], json!(["casnav"]));
    assert_eq!(bilan["finances"]["autres_depenses_centimes"], 12_550, "la dépense saisie est dans le fichier");
    for p in parents.as_array().unwrap() {
        for champ in ["nom", "prenom", "translitteration"] {
            let mot = p[champ].as_str().unwrap_or_default().trim();
            if mot.chars().count() >= 3 {
                assert!(!texte.contains(mot), "le nom d'un parent (« {mot} ») ne doit pas sortir dans le bilan JSON");
            }
        }
    }

    // Three files for the académie: this one, the same bilan for another school, a duplicate.
    let bilans = donnees.join("bilans");
    std::fs::create_dir_all(&bilans).unwrap();
    std::fs::copy(&chemin_json, bilans.join(chemin_json.file_name().unwrap())).unwrap();
    std::fs::copy(&chemin_json, bilans.join(format!("bilan-{uai}-2025-2026-copie.json"))).unwrap();
    let mut autre = bilan.clone();
    autre["etablissement"]["uai"] = json!("0999999Z");
    autre["etablissement"]["nom"] = json!("École Jean Jaurès");
    std::fs::write(bilans.join("bilan-0999999Z-2025-2026.json"), serde_json::to_string_pretty(&autre).unwrap()).unwrap();

    app.cliquer("#nav-academie");
    app.attendre("#form-consolidation", Duration::from_secs(10));
    app.saisir("#champ-dossier", bilans.to_str().unwrap());
    app.cliquer("#lire-dossier");
    app.attendre("#tableau-fichiers", Duration::from_secs(20));
    assert_eq!(app.texte("#resume-fichiers"), "2 bilans retenus, 1 écarté.");
    let refus = app.texte(&format!("[data-fichier='bilan-{uai}-2025-2026-copie.json']"));
    assert!(refus.contains("Doublon"), "la copie du bilan du même établissement est écartée : {refus}");
    assert!(app.texte(&format!("[data-fichier='bilan-{uai}-2025-2026.json']")).contains("Retenu"));
    assert!(app.texte("#tableau-academie").contains("École Jean Jaurès"));
    let inscrits = bilan["ecole"]["parents"]["inscrits"].as_i64().unwrap();
    let total = app.texte("#ligne-total-academie");
    assert!(total.starts_with("Total (2 établissements)"), "{total}");
    assert!(total.contains(&(2 * inscrits).to_string()), "les inscrits des deux écoles s'additionnent ({}) : {total}", 2 * inscrits);
    app.cliquer("#creer-classeur-academie");
    app.attendre("#resultat-academie", Duration::from_secs(30));
    app.capture("academie-consolidation");
    app.script("document.getElementById('tableau-fichiers').scrollIntoView({block: 'start'});", json!([]));
    app.capture("academie-fichiers-et-totaux");
    let classeur = fichier(documents.path(), "academie-", ".xlsx");
    assert!(std::fs::read(&classeur).unwrap().starts_with(b"PK"));
    // The PDF summary beside it, with the per-département table and the charts.
    let synthese = fichier(documents.path(), "academie-", ".pdf");
    assert!(app.texte("#resultat-academie").contains(synthese.file_name().unwrap().to_str().unwrap()));
    let t = texte_pdf(&synthese);
    for attendu in ["Par département", "Graphiques de l'académie", "Taux d'assiduité par mois"] {
        assert!(t.contains(attendu), "« {attendu} » absent de {} :\n{t}", synthese.display());
    }
    assert!(app.texte("#tableau-departements").contains("093"), "la démo est en Seine-Saint-Denis (UAI 093…)");
}

/// How many ateliers the demo year has (the CLI's bilan).
fn bilan_ateliers(base: &Path) -> usize {
    let b: Value = serde_json::from_str(&cli(base, &["bilan", "show", "--year", "2025-2026", "--json"])).unwrap();
    b["ateliers"].as_array().unwrap().len()
}

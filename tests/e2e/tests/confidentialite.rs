//! Issue "the head of school deals with personal data": the demo school plus two parents whose
//! only enrolment was in 2019-2020 (added with the CLI: that year made current, an atelier, an
//! import, then 2025-2026 current again). On « Confidentialité »: retention set to 5 years →
//! the purge preview lists exactly those two (2019-2020 ended more than 5 years ago; the demo
//! year 2025-2026 does not until July 2031) → the question names the count, nothing is removed
//! before « Anonymiser 2 parents » → the journal shows the purge by the user named at start-up.
//! The retention change is in the journal too, and its dates are French (« 25/11/2021 »). The
//! register entry is written as `registre-traitements-oepre-<UAI>.pdf` whose text says
//! « Registre » and « 5 ans ». On a demo parent's fiche: « Exporter ses données » writes the PDF
//! and the JSON (with the parents' path: who referred her, her expectations in her own words);
//! « Effacer ses données » asks, says what is kept, then the card says
//! « Données anonymisées le … » without the two buttons, and the list shows « Parent anonymisé ».
//! The journal's filter offers every action the core logs, even those not logged yet.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use oepre_e2e::{cli, Pilote};
use serde_json::json;

const QUI: &str = "Mme Lefèvre";

/// The text of a PDF, read by `pdftotext` (poppler-utils), runs of white space made one space.
fn texte_pdf(chemin: &Path) -> String {
    let sortie = Command::new("pdftotext").arg(chemin).arg("-").output().expect("pdftotext (poppler-utils) : lancez `make deps`");
    assert!(sortie.status.success(), "pdftotext {} : {}", chemin.display(), String::from_utf8_lossy(&sortie.stderr));
    String::from_utf8_lossy(&sortie.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The files of `dossier` whose name starts with `prefixe`, sorted.
fn fichiers(dossier: &Path, prefixe: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dossier)
        .map(|it| it.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefixe)));
    v.sort();
    v
}

/// The 10 characters after `apres` in `texte` form a French date (`JJ/MM/AAAA`).
fn date_francaise_apres(texte: &str, apres: &str) -> bool {
    let Some(i) = texte.find(apres) else { return false };
    let d: Vec<char> = texte[i + apres.len()..].chars().take(10).collect();
    d.len() == 10 && d.iter().enumerate().all(|(n, c)| if n == 2 || n == 5 { *c == '/' } else { c.is_ascii_digit() })
}

/// The id of the parent whose line in `oepre parents list` contains `nom`.
fn id_parent(base: &Path, nom: &str) -> String {
    let liste = cli(base, &["parents", "list"]);
    let ligne = liste.lines().find(|l| l.contains(nom)).unwrap_or_else(|| panic!("« {nom} » absent de : {liste}"));
    ligne.split_whitespace().next().expect("numéro du parent").to_owned()
}

#[test]
fn conservation_purge_registre_puis_acces_et_effacement_d_un_parent() {
    let documents = tempfile::tempdir().expect("dossier des documents");
    let pilote = Pilote::demarrer_avec(&[("OEPRE_DOCUMENTS", documents.path().as_os_str()), ("OEPRE_QUI", QUI.as_ref())]);
    let base = pilote.base_demo();
    let donnees = base.parent().unwrap().to_path_buf();
    // Two parents whose last (and only) enrolment was in 2019-2020.
    cli(&base, &["annees", "set-courante", "2019-2020", "--premier-jour", "2019-09-02", "--dernier-jour", "2020-07-03"]);
    cli(&base, &["ateliers", "add", "--nom", "Atelier 2019", "--premier-jour", "2019-10-01", "--dernier-jour", "2020-06-23", "--heures", "60"]);
    let liste = donnees.join("inscrits-2019.csv");
    std::fs::write(&liste, "Nom;Prénom;Année de naissance\nKOWALSKA;Anna;1985\nOKAFOR;Grace;1990\n").unwrap();
    cli(&base, &["import", "--atelier", "Atelier 2019", liste.to_str().unwrap()]);
    cli(&base, &["annees", "set-courante", "2025-2026", "--premier-jour", "2025-09-01", "--dernier-jour", "2026-07-03"]);
    let da_silva = id_parent(&base, "Da Silva Maria");

    let app = pilote.ouvrir_app(&base);
    app.cliquer("#nav-confidentialite");
    app.attendre("#form-conservation", Duration::from_secs(15));
    assert_eq!(app.valeur("#champ-duree"), "3", "3 ans par défaut");

    // Retention: 5 years, kept when the screen is opened again.
    app.saisir("#champ-duree", "5");
    app.cliquer("#enregistrer-duree");
    assert_eq!(app.texte("#duree-enregistree"), "Durée enregistrée : 5 ans.");
    app.cliquer("#nav-parents");
    app.attendre("#liste-parents", Duration::from_secs(15));
    app.cliquer("#nav-confidentialite");
    app.attendre("#form-conservation", Duration::from_secs(15));
    assert_eq!(app.valeur("#champ-duree"), "5", "la durée est enregistrée dans la base");
    app.attendre("#liste-journal tr[data-action='conservation_modifiee']", Duration::from_secs(15));
    let ligne = app.texte("#liste-journal tr[data-action='conservation_modifiee']");
    assert!(ligne.contains(QUI) && ligne.contains("Durée de conservation modifiée"), "le changement de durée est journalisé, par qui : {ligne}");
    assert!(ligne.contains("3 ans → 5 ans après la fin de l'année scolaire"), "{ligne}");
    assert!(date_francaise_apres(&ligne, ""), "la date du journal est en français : {ligne}");

    // The preview lists the two 2019-2020 parents, and them only.
    app.cliquer("#voir-apercu");
    app.attendre("#apercu-purge", Duration::from_secs(15));
    let resume = app.texte("#resume-apercu");
    assert!(resume.starts_with("2 parents ont leur dernière inscription dans une année scolaire terminée avant le"), "{resume}");
    assert!(resume.ends_with("(conservation : 5 ans)."), "{resume}");
    let apercu = app.texte("#liste-a-purger");
    assert!(apercu.contains("KOWALSKA Anna") && apercu.contains("OKAFOR Grace"), "{apercu}");
    assert!(apercu.contains("2019-2020") && apercu.contains("03/07/2020"), "dernière année et sa fin : {apercu}");
    assert!(!apercu.contains("Da Silva"), "un parent de l'année en cours n'est pas concerné : {apercu}");
    assert_eq!(app.script("return document.querySelectorAll('#liste-a-purger tbody tr').length;", json!([])), 2);
    app.capture("confidentialite-apercu-purge");

    // The question names the count; nothing is removed before the answer.
    app.cliquer("#anonymiser");
    let question = app.texte("#question-purge");
    assert!(question.starts_with("Anonymiser les 2 parents ?"), "{question}");
    assert!(question.contains("les chiffres anonymes des bilans sont gardés"), "{question}");
    assert_eq!(app.texte("#confirmer-purge"), "Anonymiser 2 parents");
    assert!(cli(&base, &["parents", "list"]).contains("KOWALSKA Anna"), "rien n'est anonymisé avant la confirmation");
    app.capture("confidentialite-question-purge");

    app.cliquer("#confirmer-purge");
    app.attendre("#resultat-purge", Duration::from_secs(30));
    assert!(app.texte("#resultat-purge").starts_with("2 parents anonymisés."), "{}", app.texte("#resultat-purge"));
    let apres = cli(&base, &["parents", "list"]);
    assert!(!apres.contains("KOWALSKA") && !apres.contains("OKAFOR"), "les noms ont disparu : {apres}");
    assert!(apres.contains("Da Silva Maria"), "les autres parents restent : {apres}");

    // The journal shows the purge, by whom.
    app.attendre("#liste-journal tr[data-action='purge_conservation']", Duration::from_secs(15));
    let ligne = app.texte("#liste-journal tr[data-action='purge_conservation']");
    assert!(ligne.contains(QUI), "qui : {ligne}");
    assert!(ligne.contains("Purge des données anciennes"), "{ligne}");
    assert!(ligne.contains("2 parent(s) anonymisé(s)"), "{ligne}");
    assert!(date_francaise_apres(&ligne, "terminée avant le "), "la date limite du détail est en français : {ligne}");
    app.script("document.getElementById('titre-journal').scrollIntoView({block: 'start'});", json!([]));
    app.capture("confidentialite-journal-apres-purge");

    // Register entry: a PDF in the documents folder, with the retention in force.
    app.script("document.getElementById('titre-purge').scrollIntoView({block: 'start'});", json!([]));
    app.cliquer("#produire-registre");
    app.attendre("#resultat-registre", Duration::from_secs(60));
    let registre = fichiers(documents.path(), "registre");
    assert_eq!(registre.len(), 1, "{registre:?}");
    let nom_registre = registre[0].file_name().unwrap().to_string_lossy().into_owned();
    let uai = nom_registre.strip_prefix("registre-traitements-oepre-").and_then(|n| n.strip_suffix(".pdf")).unwrap_or("");
    assert!(uai.len() == 8 && uai[..7].bytes().all(|b| b.is_ascii_digit()), "le nom du fichier porte l'UAI : {nom_registre}");
    let texte = texte_pdf(&registre[0]);
    assert!(texte.contains("Registre"), "{texte}");
    assert!(texte.contains("5 ans après la fin de l'année scolaire"), "la durée réglée figure dans la fiche : {texte}");
    app.capture("confidentialite-registre");
    app.cliquer("#texte-registre summary");
    let affiche = app.texte("#texte-registre");
    assert!(affiche.contains("Durée de conservation") && affiche.contains("5 ans après la fin de l'année scolaire"), "{affiche}");
    app.capture("confidentialite-registre-texte");

    // A demo parent: export, then erasure. Her expectations in her own words (the parents' path)
    // belong to the right of access, and go with the erasure.
    let precision = "Suivre les devoirs de Lucineia";
    cli(&base, &["parents", "accueil", &da_silva, "--oriente-par", "association_asl", "--attentes", "aider_enfant", "--precision", precision]);
    app.script("location.hash = arguments[0];", json!([format!("#/parents/{da_silva}")]));
    app.attendre("#exporter-donnees", Duration::from_secs(15));
    app.cliquer("#exporter-donnees");
    app.attendre("#resultat-export-donnees", Duration::from_secs(60));
    let exports = fichiers(documents.path(), "donnees");
    let suffixes: Vec<String> = exports.iter().map(|p| p.extension().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(suffixes, ["json", "pdf"], "un JSON et un PDF : {exports:?}");
    assert!(exports.iter().all(|p| p.file_name().unwrap().to_string_lossy().ends_with(&format!("-{da_silva}.{}", p.extension().unwrap().to_string_lossy()))));
    let json_ecrit = std::fs::read_to_string(&exports[0]).unwrap();
    assert!(json_ecrit.contains("Da Silva"), "le JSON contient la fiche");
    assert!(texte_pdf(&exports[1]).contains("Da Silva"), "le PDF nomme le parent");
    assert!(json_ecrit.contains(precision) && json_ecrit.contains("\"prescripteur\": \"association_asl\""), "le JSON contient le parcours");
    let pdf_acces = texte_pdf(&exports[1]);
    assert!(pdf_acces.contains("Qui vous a orienté·e vers l'atelier Association / ASL") && pdf_acces.contains(precision), "{pdf_acces}");
    app.capture("parent-donnees-exportees");

    app.cliquer("#effacer-donnees");
    let question = app.texte("#question-effacement");
    assert!(question.starts_with("Effacer les données de Da Silva Maria ?"), "{question}");
    assert!(question.contains("chiffres anonymes dont les bilans ont besoin"), "ce qui reste est dit : {question}");
    assert!(cli(&base, &["parents", "list"]).contains("Da Silva Maria"), "rien n'est effacé avant « Effacer »");
    app.capture("parent-question-effacement");
    app.cliquer("#confirmer-effacement");
    app.attendre("#resultat-effacement", Duration::from_secs(30));
    assert!(app.texte("#resultat-effacement").contains("« Parent anonymisé »"));
    oepre_e2e::attendre_que("la fiche rechargée ne porte plus le nom", oepre_e2e::DELAI_MIN, || {
        (app.texte("#titre-page") == "Parent anonymisé").then_some(())
    });
    app.attendre("#donnees-anonymisees", Duration::from_secs(15));
    let avis = app.texte("#donnees-anonymisees");
    assert!(avis.starts_with("Données anonymisées le ") && date_francaise_apres(&avis, "anonymisées le "), "{avis}");
    assert!(!app.existe("#exporter-donnees") && !app.existe("#effacer-donnees"), "ni export ni effacement pour un parent anonymisé");
    let avis = app.texte("#avis-parent-anonymise");
    assert!(avis.starts_with("Parent anonymisé le ") && avis.contains("ses inscriptions et présences restent comptées dans les bilans"), "{avis}");
    assert!(!app.existe("#form-parent") && !app.existe("#champ-nom"), "aucun champ à remplir pour des données effacées");
    assert!(!app.existe("#form-parcours"), "le parcours d'un parent anonymisé se lit, ne se saisit plus");
    let reste = cli(&base, &["parents", "show", &da_silva]);
    assert!(!reste.contains(precision) && reste.contains("Association / ASL"), "le texte libre est effacé, la case comptée reste : {reste}");
    app.script("window.scrollTo(0, 0);", json!([]));
    app.capture("parent-fiche-anonymisee");
    app.script("document.getElementById('donnees-parent').scrollIntoView({block: 'center'});", json!([]));
    app.capture("parent-donnees-effacees");

    app.cliquer("#nav-parents");
    app.attendre("#liste-parents", Duration::from_secs(15));
    let ligne = app.texte(&format!("#parent-{da_silva}"));
    assert!(ligne.starts_with("Parent anonymisé"), "la liste montre le parent anonymisé : {ligne}");
    assert!(!app.texte("#liste-parents").contains("Da Silva"), "plus aucune trace du nom dans la liste");
    app.script(&format!("document.getElementById('parent-{da_silva}').scrollIntoView({{block: 'center'}});"), json!([]));
    app.capture("parents-liste-anonymise");

    // The journal, filtered on erasures: one entry, by whom, with the parent's number only.
    app.cliquer("#nav-confidentialite");
    app.attendre("#liste-journal", Duration::from_secs(15));
    app.attendre("#filtre-action option[value='parent_efface']", Duration::from_secs(15));
    let options = app.script("return [...document.querySelectorAll('#filtre-action option')].map(o => o.value);", json!([]));
    assert_eq!(
        options,
        json!(["", "appel_valide", "appel_deverrouille", "presence_modifiee", "conservation_modifiee", "purge_conservation", "acces_exporte", "parent_efface"]),
        "le filtre offre toutes les actions du journal"
    );
    let largeurs = app.script(
        "const s = document.getElementById('filtre-action'); return [s.getBoundingClientRect().width, s.parentElement.getBoundingClientRect().width];",
        json!([]),
    );
    let (choix, bloc) = (largeurs[0].as_f64().unwrap(), largeurs[1].as_f64().unwrap());
    assert!(choix < bloc * 0.8, "le filtre a sa largeur propre, pas toute la ligne : {choix} sur {bloc}");
    app.choisir("#filtre-action", "parent_efface");
    app.attendre("#liste-journal tr[data-action='parent_efface']", Duration::from_secs(15));
    assert_eq!(app.script("return document.querySelectorAll('#liste-journal tbody tr').length;", json!([])), 1);
    let ligne = app.texte("#liste-journal tbody tr");
    assert!(ligne.contains(QUI) && ligne.contains(&format!("Parent n° {da_silva} : fiche anonymisée")), "{ligne}");
    app.script("document.getElementById('filtre-action').scrollIntoView({block: 'start'});", json!([]));
    app.capture("journal-filtre-effacements");
}

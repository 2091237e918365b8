//! The data file: start-up (encrypted or damaged file), backups, moving to another PC,
//! encryption, retention and purge, register, audit log, a parent's rights, About.

use super::*;

// Start-up (encrypted or damaged file), backups, moving to another PC, encryption. Swapping or
// rewriting the data file goes through `Etat::remplacer_fichier` (close, core, reopen).

#[tauri::command(async)]
pub fn demarrage_phrase(etat: State<'_, Etat>, phrase: String) -> R<EtatAccueil> {
    etat.ouvrir_avec_phrase(phrase)?;
    etat.avec("demarrage_phrase", |db| demo::etat_accueil(db))
}

#[tauri::command(async)]
pub fn demarrage_attente(etat: State<'_, Etat>) -> R<u32> {
    crate::etat::journalise("demarrage_attente", || {
        Ok(u32::try_from(chiffrement::attente_restante(etat.chemin())).unwrap_or(u32::MAX))
    })
}

/// The first screen is drawn and answering (the welcome page, or the roll call with its
/// séances): the start-up backup may start now; with `OEPRE_MARQUE_DEMARRAGE` set, one line on
/// stderr for the start-up bench (`tests/bench/demarrage.sh`), with the page's own steps
/// (name, wall-clock milliseconds).
#[tauri::command(async)]
pub fn demarrage_premier_ecran(etat: State<'_, Etat>, etapes: Vec<(String, f64)>) -> R<()> {
    crate::etat::journalise("demarrage_premier_ecran", || {
        crate::demarrage::marquer_premier_ecran(&etapes);
        etat.premier_ecran_affiche();
        Ok(())
    })
}

#[tauri::command(async)]
pub fn demarrage_sauvegarde_valide(etat: State<'_, Etat>) -> R<Option<Sauvegarde>> {
    crate::etat::journalise("demarrage_sauvegarde_valide", || {
        let phrase = etat.phrase();
        let dossier = sauvegarde::dossier_de(etat.chemin(), phrase.as_deref());
        sauvegarde::derniere_valide(&dossier, phrase.as_deref()).map_err(ErreurPublique::from)
    })
}

#[tauri::command(async)]
pub fn demarrage_restaurer(etat: State<'_, Etat>, chemin: String) -> R<EtatAccueil> {
    etat.remplacer_fichier(PhraseApres::Inchangee, |base, phrase| restauration::restaurer(base, Path::new(&chemin), phrase, phrase))?;
    etat.avec("demarrage_restaurer", |db| demo::etat_accueil(db))
}

fn vue_sauvegardes(etat: &Etat) -> R<VueSauvegardes> {
    let echec_demarrage = match etat.sauvegarde_demarrage() {
        Some(Err(e)) => Some(e.message),
        _ => None,
    };
    etat.avec("sauvegardes_vue", |db| application::sauvegardes::vue(db, etat.phrase().as_deref(), echec_demarrage))
}

#[tauri::command(async)]
pub fn sauvegardes_lire(etat: State<'_, Etat>) -> R<VueSauvegardes> {
    crate::etat::journalise("sauvegardes_lire", || {
        vue_sauvegardes(&etat)
    })
}

#[tauri::command(async)]
pub fn sauvegarde_maintenant(etat: State<'_, Etat>) -> R<VueSauvegardes> {
    etat.avec("sauvegarde_maintenant", |db| application::sauvegardes::sauvegarder(db, None))?;
    vue_sauvegardes(&etat)
}

#[tauri::command(async)]
pub fn sauvegardes_reglages(etat: State<'_, Etat>, saisie: SaisieReglagesSauvegarde) -> R<VueSauvegardes> {
    etat.avec("sauvegardes_reglages", |db| sauvegarde::enregistrer_reglages(db, &saisie))?;
    vue_sauvegardes(&etat)
}

#[tauri::command(async)]
pub fn sauvegarde_restaurer(etat: State<'_, Etat>, chemin: String) -> R<Remplacement> {
    crate::etat::journalise("sauvegarde_restaurer", || {
        etat.remplacer_fichier(PhraseApres::Inchangee, |base, phrase| restauration::restaurer(base, Path::new(&chemin), phrase, phrase))
    })
}

#[tauri::command(async)]
pub fn donnees_exporter(etat: State<'_, Etat>) -> R<DocumentEcrit> {
    etat.avec("donnees_exporter", |db| application::sorties::base(db, chrono::Local::now().naive_local(), None))
}

#[tauri::command(async)]
pub fn donnees_verifier_import(_etat: State<'_, Etat>, chemin: String, phrase: Option<String>) -> R<Verification> {
    crate::etat::journalise("donnees_verifier_import", || {
        restauration::verifier(Path::new(chemin.trim()), phrase.as_deref()).map_err(ErreurPublique::from)
    })
}

#[tauri::command(async)]
pub fn donnees_importer(etat: State<'_, Etat>, chemin: String, phrase: Option<String>) -> R<Remplacement> {
    crate::etat::journalise("donnees_importer", || {
        etat.remplacer_fichier(PhraseApres::Inchangee, |base, actuelle| {
            restauration::importer_base(base, Path::new(chemin.trim()), phrase.as_deref(), actuelle)
        })
    })
}

#[tauri::command(async)]
pub fn chiffrement_definir(etat: State<'_, Etat>, phrase: String) -> R<VueSauvegardes> {
    crate::etat::journalise("chiffrement_definir", || {
        etat.remplacer_fichier(PhraseApres::Nouvelle(Some(phrase.clone())), |base, _| chiffrement::definir_phrase(base, &phrase))?;
        vue_sauvegardes(&etat)
    })
}

#[tauri::command(async)]
pub fn chiffrement_changer(etat: State<'_, Etat>, actuelle: String, nouvelle: String) -> R<VueSauvegardes> {
    crate::etat::journalise("chiffrement_changer", || {
        etat.verifier_phrase_actuelle(&actuelle)?;
        etat.remplacer_fichier(PhraseApres::Nouvelle(Some(nouvelle.clone())), |base, _| chiffrement::changer_phrase(base, &actuelle, &nouvelle))?;
        vue_sauvegardes(&etat)
    })
}

#[tauri::command(async)]
pub fn chiffrement_retirer(etat: State<'_, Etat>, actuelle: String) -> R<VueSauvegardes> {
    crate::etat::journalise("chiffrement_retirer", || {
        etat.verifier_phrase_actuelle(&actuelle)?;
        etat.remplacer_fichier(PhraseApres::Nouvelle(None), |base, _| chiffrement::retirer_phrase(base, &actuelle))?;
        vue_sauvegardes(&etat)
    })
}

// Privacy: retention and purge, register entry, audit log, a parent's data (access, erasure).
// Who did it is the name chosen at start-up (`Etat::qui_requis`).

#[tauri::command(async)]
pub fn conservation_lire(etat: State<'_, Etat>) -> R<ReglageConservation> {
    etat.avec("conservation_lire", |db| application::vues::conservation(db))
}

#[tauri::command(async)]
pub fn conservation_definir(etat: State<'_, Etat>, annees: u32) -> R<ReglageConservation> {
    let qui = etat.qui_requis()?;
    etat.avec("conservation_definir", |db| application::vues::definir_conservation(db, annees, &qui))
}

#[tauri::command(async)]
pub fn purge_apercu(etat: State<'_, Etat>) -> R<ApercuPurge> {
    etat.avec("purge_apercu", |db| conservation::apercu(db, aujourd_hui()))
}

#[tauri::command(async)]
pub fn purge_lancer(etat: State<'_, Etat>) -> R<ResultatPurge> {
    let qui = etat.qui_requis()?;
    etat.avec("purge_lancer", |db| conservation::purger(db, aujourd_hui(), &qui))
}

#[tauri::command(async)]
pub fn registre_lire(etat: State<'_, Etat>) -> R<FicheRegistre> {
    etat.avec("registre_lire", |db| application::vues::registre(db))
}

#[tauri::command(async)]
pub fn registre_produire(etat: State<'_, Etat>) -> R<DocumentEcrit> {
    etat.avec("registre_produire", |db| application::sorties::registre(db, aujourd_hui(), None))
}

#[tauri::command(async)]
pub fn journal_lister(etat: State<'_, Etat>, filtre: FiltreJournal) -> R<Vec<EntreeJournal>> {
    etat.avec("journal_lister", |db| journal::lister(db, &filtre))
}

#[tauri::command(async)]
pub fn journal_actions(_etat: State<'_, Etat>) -> R<Vec<ActionJournal>> {
    crate::etat::journalise("journal_actions", || {
        Ok(journal::liste_actions())
    })
}

#[tauri::command(async)]
pub fn parent_donnees_exporter(etat: State<'_, Etat>, parent_id: u32) -> R<Vec<DocumentEcrit>> {
    let qui = etat.qui_requis()?;
    etat.avec("parent_donnees_exporter", |db| application::sorties::donnees_parent(db, parent_id.into(), aujourd_hui(), &qui, None))
}

#[tauri::command(async)]
pub fn a_propos_lire(etat: State<'_, Etat>) -> R<APropos> {
    crate::etat::journalise("a_propos_lire", || {
        Ok(a_propos::a_propos(etat.chemin()))
    })
}

#[tauri::command(async)]
pub fn a_propos_journal_technique(etat: State<'_, Etat>) -> R<String> {
    crate::etat::journalise("a_propos_journal_technique", || {
        Ok(oepre_core::commun::trace::lire(etat.chemin(), 64 * 1024))
    })
}

#[tauri::command(async)]
pub fn a_propos_ouvrir_dossier(etat: State<'_, Etat>) -> R<()> {
    crate::etat::journalise("a_propos_ouvrir_dossier", || {
        let dossier = etat.chemin().parent().unwrap_or(Path::new("."));
        tauri_plugin_opener::open_path(dossier, None::<&str>)
            .map_err(|e| Erreur::Conflit(format!("Aucun programme n'a pu ouvrir « {} » ({e}).", dossier.display())).into())
    })
}

#[tauri::command(async)]
pub fn parent_effacer(etat: State<'_, Etat>, parent_id: u32) -> R<Effacement> {
    let qui = etat.qui_requis()?;
    etat.avec("parent_effacer", |db| acces::effacer(db, parent_id.into(), &qui))
}

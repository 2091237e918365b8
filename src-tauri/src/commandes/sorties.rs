//! Documents and flyers written into the school's documents folder, the new school year,
//! the review of a flyer language.

use super::*;

// Documents and flyers: written into the school's documents folder, opened from Rust.

#[tauri::command(async)]
pub fn documents_dossier(etat: State<'_, Etat>) -> R<String> {
    etat.avec("documents_dossier", |db| Ok(sortie::dossier_choisi(db.conn())?.display().to_string()))
}

#[tauri::command(async)]
pub fn documents_definir_dossier(etat: State<'_, Etat>, chemin: String) -> R<String> {
    etat.avec("documents_definir_dossier", |db| Ok(sortie::definir_dossier(db, &chemin)?.display().to_string()))
}

/// The system's folder chooser, opened from Rust (`None`: cancelled). What the folder is for
/// is remembered by the command that then uses it.
#[tauri::command(async)]
pub fn dossier_choisir(_etat: State<'_, Etat>, titre: String, depart: Option<String>) -> R<Option<String>> {
    crate::etat::journalise("dossier_choisir", || Ok(crate::dialogue::choisir_dossier(&titre, depart.as_deref()).map(|p| p.display().to_string())))
}

/// The system's file chooser, opened from Rust (`None`: cancelled), for files of `extensions`.
#[tauri::command(async)]
pub fn fichier_choisir(_etat: State<'_, Etat>, titre: String, depart: Option<String>, extensions: Vec<String>) -> R<Option<String>> {
    crate::etat::journalise("fichier_choisir", || Ok(crate::dialogue::choisir_fichier(&titre, depart.as_deref(), &extensions).map(|p| p.display().to_string())))
}

#[tauri::command(async)]
pub fn document_produire(etat: State<'_, Etat>, demande: DemandeDocument) -> R<DocumentEcrit> {
    etat.avec("document_produire", |db| application::sorties::document(db, &demande, aujourd_hui(), None))
}

#[tauri::command(async)]
pub fn attestations_apercu(etat: State<'_, Etat>, choix: ChoixAttestations) -> R<ApercuAttestations> {
    etat.avec("attestations_apercu", |db| documents::apercu_attestations(db, &choix))
}

#[tauri::command(async)]
pub fn attestations_sous_le_seuil(etat: State<'_, Etat>, choix: ChoixAttestations) -> R<Vec<SousLeSeuil>> {
    etat.avec("attestations_sous_le_seuil", |db| documents::attestations_sous_le_seuil(db, &choix))
}

#[tauri::command(async)]
pub fn document_ouvrir(etat: State<'_, Etat>, chemin: String) -> R<()> {
    etat.avec("document_ouvrir", |db| {
        let cible = application::sorties::a_ouvrir(db, &chemin)?;
        tauri_plugin_opener::open_path(&cible, None::<&str>)
            .map_err(|e| Erreur::Conflit(format!("Aucun programme n'a pu ouvrir « {} » ({e}).", cible.display())))
    })
}

#[tauri::command(async)]
pub fn affiche_langues(etat: State<'_, Etat>) -> R<Vec<FlyerLanguage>> {
    etat.avec("affiche_langues", |db| Ok(sortie::langues_affiche(db)))
}

#[tauri::command(async)]
pub fn affiche_apercu(etat: State<'_, Etat>, atelier_id: u32, langues: Vec<String>, petits_enfants: bool) -> R<Vec<ApercuAffiche>> {
    etat.avec("affiche_apercu", |db| sortie::apercu_affiche(db, atelier_id.into(), &langues, petits_enfants))
}

#[tauri::command(async)]
pub fn affiches_par_langue(
    etat: State<'_, Etat>,
    atelier_id: u32,
    langues: Vec<String>,
    bilingue: bool,
    petits_enfants: bool,
) -> R<Vec<DocumentEcrit>> {
    etat.avec("affiches_par_langue", |db| application::sorties::affiches_par_langue(db, atelier_id.into(), &langues, bilingue, petits_enfants, None))
}

#[tauri::command(async)]
pub fn annee_etat(etat: State<'_, Etat>) -> R<EtatAnnee> {
    etat.avec("annee_etat", |db| rentree::etat_annee(db.conn(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn rentree_apercu(etat: State<'_, Etat>, depuis: String) -> R<ApercuRentree> {
    etat.avec("rentree_apercu", |db| rentree::apercu(db.conn(), &depuis))
}

#[tauri::command(async)]
pub fn rentree_preparer(etat: State<'_, Etat>, choix: ChoixRentree) -> R<RapportRentree> {
    etat.avec("rentree_preparer", |db| rentree::preparer(db, &choix, aujourd_hui()))
}

#[tauri::command(async)]
pub fn relecture_exporter(etat: State<'_, Etat>, langue: String) -> R<Vec<DocumentEcrit>> {
    etat.avec("relecture_exporter", |db| application::sorties::relecture(db, &langue, None))
}

#[tauri::command(async)]
pub fn relecture_verifier(etat: State<'_, Etat>, chemin: String, langue: String, relecteur: String) -> R<Import> {
    etat.avec("relecture_verifier", |db| sortie::relecture_verifier(db, Path::new(&chemin), &langue, &relecteur, aujourd_hui()))
}

#[tauri::command(async)]
pub fn relecture_enregistrer(etat: State<'_, Etat>, chemin: String, langue: String, relecteur: String) -> R<Vec<FlyerLanguage>> {
    etat.avec("relecture_enregistrer", |db| sortie::relecture_enregistrer(db, Path::new(&chemin), &langue, &relecteur, aujourd_hui()))
}

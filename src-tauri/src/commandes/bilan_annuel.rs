//! Who uses the PC this session, the bilan of a school year and the académie merge.

use super::*;

// Start-up: who is using the PC (kept in `Etat` for the session).

/// Who is using the app: the name chosen for this session, and the names offered to choose from.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct QuiUtilise {
    /// The name chosen (or pre-selected by `OEPRE_QUI`); `null` until someone chooses.
    pub actuel: Option<String>,
    /// Names already used on this data file, most recent first.
    pub noms: Vec<String>,
}

fn qui_utilise(etat: &Etat) -> QuiUtilise {
    QuiUtilise { actuel: etat.qui(), noms: etat.noms_connus() }
}

#[tauri::command(async)]
pub fn qui_lire(etat: State<'_, Etat>) -> R<QuiUtilise> {
    crate::etat::journalise("qui_lire", || {
        Ok(qui_utilise(&etat))
    })
}

#[tauri::command(async)]
pub fn qui_choisir(etat: State<'_, Etat>, nom: String) -> R<QuiUtilise> {
    crate::etat::journalise("qui_choisir", || {
        etat.choisir_qui(&nom)?;
        Ok(qui_utilise(&etat))
    })
}

// Bilan of a school year and académie consolidation.

#[tauri::command(async)]
pub fn bilan_calculer(etat: State<'_, Etat>, annee_id: u32) -> R<Bilan> {
    etat.avec("bilan_calculer", |db| bilan::calculer(db, annee_id.into()))
}

#[tauri::command(async)]
pub fn bilan_graphiques(etat: State<'_, Etat>, annee_id: u32) -> R<Vec<Graphique>> {
    etat.avec("bilan_graphiques", |db| bilan::graphiques::de_l_annee(db, annee_id.into()))
}

/// The point trimestriel of one atelier, or of every atelier (one page each), into the documents folder.
#[tauri::command(async)]
pub fn bilan_point_trimestriel(etat: State<'_, Etat>, annee_id: u32, trimestre: u8, atelier_id: Option<u32>) -> R<DocumentEcrit> {
    etat.avec("bilan_point_trimestriel", |db| {
        application::sorties::point_trimestriel(db, annee_id.into(), trimestre, atelier_id.map(i64::from), aujourd_hui(), None, None)
    })
}

#[tauri::command(async)]
pub fn bilan_verifier(etat: State<'_, Etat>, annee_id: u32) -> R<Vec<PointAVerifier>> {
    etat.avec("bilan_verifier", |db| bilan::verifier(db, annee_id.into()))
}

#[tauri::command(async)]
pub fn bilan_exporter(etat: State<'_, Etat>, annee_id: u32) -> R<Vec<DocumentEcrit>> {
    let e = etat.suivi().pendant(|avancer| etat.avec("bilan_exporter", |db| application::sorties::bilan(db, annee_id.into(), None, avancer)))?;
    Ok(application::sorties::fichiers_du_bilan(&e))
}

#[tauri::command(async)]
pub fn bilan_progression(etat: State<'_, Etat>) -> R<Option<Progression>> {
    crate::etat::journalise("bilan_progression", || Ok(etat.suivi().lire()))
}

#[tauri::command(async)]
pub fn bilan_qualitatif_enregistrer(etat: State<'_, Etat>, annee_id: u32, qualitatif: Qualitatif) -> R<Qualitatif> {
    etat.avec("bilan_qualitatif_enregistrer", |db| bilan::qualitatif::enregistrer(db, annee_id.into(), &qualitatif))
}

#[tauri::command(async)]
pub fn bilan_depense_ajouter(etat: State<'_, Etat>, annee_id: u32, saisie: SaisieDepense) -> R<Bilan> {
    etat.avec("bilan_depense_ajouter", |db| {
        bilan::finances::ajouter_depense(db, annee_id.into(), &saisie)?;
        bilan::calculer(db, annee_id.into())
    })
}

#[tauri::command(async)]
pub fn bilan_depense_supprimer(etat: State<'_, Etat>, annee_id: u32, depense_id: u32) -> R<Bilan> {
    etat.avec("bilan_depense_supprimer", |db| {
        bilan::finances::supprimer_depense(db, depense_id.into())?;
        bilan::calculer(db, annee_id.into())
    })
}

#[tauri::command(async)]
pub fn bilan_financement_ajouter(etat: State<'_, Etat>, annee_id: u32, saisie: SaisieFinancement) -> R<Bilan> {
    etat.avec("bilan_financement_ajouter", |db| {
        bilan::finances::ajouter_financement(db, annee_id.into(), &saisie)?;
        bilan::calculer(db, annee_id.into())
    })
}

#[tauri::command(async)]
pub fn bilan_financement_supprimer(etat: State<'_, Etat>, annee_id: u32, financement_id: u32) -> R<Bilan> {
    etat.avec("bilan_financement_supprimer", |db| {
        bilan::finances::supprimer_financement(db, financement_id.into())?;
        bilan::calculer(db, annee_id.into())
    })
}

#[tauri::command(async)]
pub fn academie_examiner(etat: State<'_, Etat>, dossier: String) -> R<Consolidation> {
    etat.avec("academie_examiner", |db| consolidation::examiner_et_retenir(db, &dossier))
}

#[tauri::command(async)]
pub fn academie_dernier_dossier(etat: State<'_, Etat>) -> R<String> {
    etat.avec("academie_dernier_dossier", |db| consolidation::dernier_dossier(db.conn()))
}

#[tauri::command(async)]
pub fn academie_consolider(etat: State<'_, Etat>, dossier: String) -> R<Consolidation> {
    etat.avec("academie_consolider", |db| application::sorties::consolidation(db, &dossier, aujourd_hui(), None))
}

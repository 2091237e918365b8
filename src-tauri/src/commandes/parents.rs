//! Parents, enrolments, roll call and attendance, import of a list.

use super::*;

// Parents, inscriptions, présences, import (ids cross as `number`: u32 here, i64 in the core).

#[tauri::command(async)]
pub fn referentiels_lire(_etat: State<'_, Etat>) -> R<Referentiels> {
    crate::etat::journalise("referentiels_lire", || {
        Ok(referentiels::referentiels())
    })
}

#[tauri::command(async)]
pub fn parents_chercher(etat: State<'_, Etat>, filtre: FiltreParents) -> R<Vec<LigneParent>> {
    etat.avec("parents_chercher", |db| vues_parents::chercher(db.conn(), &filtre))
}

#[tauri::command(async)]
pub fn parent_fiche(etat: State<'_, Etat>, parent_id: u32) -> R<FicheParent> {
    etat.avec("parent_fiche", |db| vues_parents::fiche(db.conn(), i64::from(parent_id)))
}

#[tauri::command(async)]
pub fn parent_creer(etat: State<'_, Etat>, saisie: SaisieParent) -> R<FicheParent> {
    etat.avec("parent_creer", |db| parent::creer(db, &saisie).and_then(|p| vues_parents::fiche(db.conn(), p.id)))
}

#[tauri::command(async)]
pub fn parent_modifier(etat: State<'_, Etat>, parent_id: u32, saisie: SaisieParent) -> R<FicheParent> {
    etat.avec("parent_modifier", |db| parent::modifier(db, i64::from(parent_id), &saisie).and_then(|p| vues_parents::fiche(db.conn(), p.id)))
}

/// The parents' path ([`parcours_parent`]): referral, expectations, progress, orientation.
#[tauri::command(async)]
pub fn parcours_lire(etat: State<'_, Etat>, parent_id: u32) -> R<ParcoursParent> {
    etat.avec("parcours_lire", |db| parcours_parent::lire(db.conn(), parent_id.into()))
}

#[tauri::command(async)]
pub fn parcours_accueil_enregistrer(etat: State<'_, Etat>, parent_id: u32, saisie: SaisieAccueil) -> R<ParcoursParent> {
    etat.avec("parcours_accueil_enregistrer", |db| parcours_parent::enregistrer_accueil(db, parent_id.into(), &saisie))
}

#[tauri::command(async)]
pub fn parcours_orientation_enregistrer(etat: State<'_, Etat>, inscription_id: u32, orientation: Option<Orientation>) -> R<ParcoursParent> {
    etat.avec("parcours_orientation_enregistrer", |db| parcours_parent::enregistrer_orientation(db, inscription_id.into(), orientation))
}

#[tauri::command(async)]
pub fn inscription_creer(etat: State<'_, Etat>, saisie: SaisieInscription) -> R<Inscription> {
    etat.avec("inscription_creer", |db| inscription::inscrire(db, &saisie))
}

#[tauri::command(async)]
pub fn inscription_modifier(etat: State<'_, Etat>, inscription_id: u32, saisie: SaisieInscription) -> R<Inscription> {
    etat.avec("inscription_modifier", |db| inscription::modifier(db, i64::from(inscription_id), &saisie))
}

#[tauri::command(async)]
pub fn inscription_quitter(etat: State<'_, Etat>, inscription_id: u32, saisie: SaisieDepart) -> R<Inscription> {
    etat.avec("inscription_quitter", |db| inscription::quitter(db, i64::from(inscription_id), &saisie))
}

/// The roll call screen's first view in one answer ([`vues_ateliers::ouverture_appel`]); its
/// last read before it is drawn when it is the first screen (the start-up mark's « appel lu »).
#[tauri::command(async)]
pub fn appel_ouvrir(etat: State<'_, Etat>, seance_id: Option<u32>, atelier_retenu: Option<u32>) -> R<OuvertureAppel> {
    let vue = etat.avec("appel_ouvrir", |db| {
        vues_ateliers::ouverture_appel(db.conn(), seance_id.map(i64::from), atelier_retenu.map(i64::from), aujourd_hui())
    });
    crate::demarrage::etape("appel lu");
    vue
}

#[tauri::command(async)]
pub fn appel_lire(etat: State<'_, Etat>, seance_id: u32) -> R<Appel> {
    etat.avec("appel_lire", |db| presence::appel(db.conn(), i64::from(seance_id)))
}

#[tauri::command(async)]
pub fn appel_seance_par_defaut(etat: State<'_, Etat>, atelier_id: u32) -> R<Option<InfoSeance>> {
    etat.avec("appel_seance_par_defaut", |db| presence::seance_par_defaut(db.conn(), i64::from(atelier_id), oepre_core::domaine::seance::aujourd_hui()))
}

#[tauri::command(async)]
pub fn presence_marquer(etat: State<'_, Etat>, saisie: SaisieMarque) -> R<LigneAppel> {
    etat.avec("presence_marquer", |db| presence::marquer(db, &saisie))
}

#[tauri::command(async)]
pub fn appel_tous_presents(etat: State<'_, Etat>, seance_id: u32) -> R<Appel> {
    etat.avec("appel_tous_presents", |db| presence::tous_presents(db, i64::from(seance_id)))
}

#[tauri::command(async)]
pub fn appel_valider(etat: State<'_, Etat>, seance_id: u32, qui: String) -> R<Appel> {
    etat.avec("appel_valider", |db| presence::valider(db, i64::from(seance_id), &qui))
}

#[tauri::command(async)]
pub fn appel_deverrouiller(etat: State<'_, Etat>, seance_id: u32, qui: String, motif: String) -> R<Appel> {
    etat.avec("appel_deverrouiller", |db| presence::deverrouiller(db, i64::from(seance_id), &qui, &motif))
}

#[tauri::command(async)]
pub fn presences_grille_mois(etat: State<'_, Etat>, atelier_id: u32, annee: i32, mois: u32) -> R<GrilleMois> {
    etat.avec("presences_grille_mois", |db| presence::grille_mois(db.conn(), i64::from(atelier_id), annee, mois))
}

#[tauri::command(async)]
pub fn appels_non_faits(etat: State<'_, Etat>, atelier_id: Option<u32>) -> R<Vec<SeanceSansAppel>> {
    etat.avec("appels_non_faits", |db| presence::appels_non_faits(db.conn(), atelier_id.map(i64::from), oepre_core::domaine::seance::aujourd_hui()))
}

#[tauri::command(async)]
pub fn import_apercu(etat: State<'_, Etat>, chemin: String, atelier_id: u32, correspondances: Option<Vec<Correspondance>>) -> R<ApercuImport> {
    etat.avec("import_apercu", |db| import::apercu(db.conn(), Path::new(&chemin), i64::from(atelier_id), correspondances.as_deref()))
}

#[tauri::command(async)]
pub fn import_confirmer(etat: State<'_, Etat>, chemin: String, atelier_id: u32, correspondances: Vec<Correspondance>) -> R<RapportImport> {
    etat.avec("import_confirmer", |db| import::importer(db, Path::new(&chemin), i64::from(atelier_id), Some(&correspondances)))
}

/// The charter's follow-up ticks of an atelier's parents for one term ([`suivi_parents`]).
#[tauri::command(async)]
pub fn suivi_grille(etat: State<'_, Etat>, atelier_id: u32, trimestre: u8) -> R<GrilleSuivi> {
    etat.avec("suivi_grille", |db| suivi_parents::grille(db.conn(), atelier_id.into(), trimestre))
}

#[tauri::command(async)]
pub fn suivi_cocher(etat: State<'_, Etat>, atelier_id: u32, parent_id: u32, trimestre: u8, indicateur: IndicateurParent, coche: bool) -> R<GrilleSuivi> {
    etat.avec("suivi_cocher", |db| suivi_parents::cocher(db, atelier_id.into(), parent_id.into(), trimestre, indicateur, coche))
}

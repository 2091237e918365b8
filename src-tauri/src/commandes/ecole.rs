//! Welcome, school, ateliers, séances, intervenants, calendar.

use super::*;

#[tauri::command(async)]
pub fn accueil_etat(etat: State<'_, Etat>) -> R<EtatAccueil> {
    crate::demarrage::etape("premier appel");
    etat.avec("accueil_etat", |db| demo::etat_accueil(db))
}

#[tauri::command(async)]
pub fn accueil_charger_demo(etat: State<'_, Etat>) -> R<EtatAccueil> {
    etat.avec("accueil_charger_demo", |db| {
        demo::charger(db)?;
        demo::etat_accueil(db)
    })
}

#[tauri::command(async)]
pub fn accueil_commencer_vide(etat: State<'_, Etat>) -> R<EtatAccueil> {
    etat.avec("accueil_commencer_vide", |db| {
        demo::commencer_vide(db)?;
        demo::etat_accueil(db)
    })
}

#[tauri::command(async)]
pub fn etablissement_lire(etat: State<'_, Etat>) -> R<VueEtablissement> {
    etat.avec("etablissement_lire", |db| etablissement::vue(db.conn()))
}

#[tauri::command(async)]
pub fn etablissement_enregistrer(etat: State<'_, Etat>, saisie: SaisieEtablissement) -> R<Etablissement> {
    etat.avec("etablissement_enregistrer", |db| etablissement::enregistrer(db, &saisie))
}

#[tauri::command(async)]
pub fn reglages_avertissements_lire(etat: State<'_, Etat>) -> R<ReglagesAvertissements> {
    etat.avec("reglages_avertissements_lire", |db| atelier::reglages(db.conn()))
}

#[tauri::command(async)]
pub fn reglages_avertissements_enregistrer(etat: State<'_, Etat>, reglages: ReglagesAvertissements) -> R<ReglagesAvertissements> {
    etat.avec("reglages_avertissements_enregistrer", |db| atelier::enregistrer_reglages(db, &reglages))
}

#[tauri::command(async)]
pub fn annee_definir_courante(etat: State<'_, Etat>, saisie: SaisieAnnee) -> R<AnneeScolaire> {
    etat.avec("annee_definir_courante", |db| annee::definir_courante(db, &saisie))
}

// Ateliers, séances, intervenants, calendrier. Ids cross as `u32` (a TypeScript `number`).

#[tauri::command(async)]
pub fn ateliers_lister(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<VueAteliers> {
    etat.avec("ateliers_lister", |db| vues_ateliers::vue_ateliers(db.conn(), annee_id.map(i64::from), aujourd_hui()))
}

#[tauri::command(async)]
pub fn atelier_lire(etat: State<'_, Etat>, id: u32) -> R<VueAtelier> {
    etat.avec("atelier_lire", |db| vues_ateliers::vue_atelier(db.conn(), id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn atelier_creer(etat: State<'_, Etat>, saisie: SaisieAtelier) -> R<VueAtelier> {
    etat.avec("atelier_creer", |db| {
        let a = atelier::creer(db, &saisie)?;
        vues_ateliers::vue_atelier(db.conn(), a.id, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn atelier_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieAtelier) -> R<VueAtelier> {
    etat.avec("atelier_modifier", |db| {
        atelier::modifier(db, id.into(), &saisie, aujourd_hui())?;
        vues_ateliers::vue_atelier(db.conn(), id.into(), aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn atelier_supprimer(etat: State<'_, Etat>, id: u32) -> R<VueAteliers> {
    etat.avec("atelier_supprimer", |db| {
        atelier::supprimer(db, id.into())?;
        vues_ateliers::vue_ateliers(db.conn(), None, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn seances_lister(etat: State<'_, Etat>, atelier_id: u32) -> R<VueSeances> {
    etat.avec("seances_lister", |db| vues_ateliers::vue_seances(db.conn(), atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_apercu_generation(etat: State<'_, Etat>, atelier_id: u32) -> R<ApercuGeneration> {
    etat.avec("seances_apercu_generation", |db| planning::apercu_generation(db.conn(), atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_apercu_saisie(etat: State<'_, Etat>, atelier_id: Option<u32>, saisie: SaisieAtelier) -> R<ApercuGeneration> {
    etat.avec("seances_apercu_saisie", |db| planning::apercu_saisie(db, atelier_id.map(i64::from), &saisie, aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_generer(etat: State<'_, Etat>, atelier_id: u32) -> R<ResultatGeneration> {
    etat.avec("seances_generer", |db| planning::generer(db, atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_programme_apercu(etat: State<'_, Etat>, atelier_id: u32, regle: RegleProgramme) -> R<ApercuProgramme> {
    etat.avec("seances_programme_apercu", |db| programme::apercu(db.conn(), atelier_id.into(), &regle))
}

#[tauri::command(async)]
pub fn seances_programme_appliquer(etat: State<'_, Etat>, atelier_id: u32, regle: RegleProgramme) -> R<ApercuProgramme> {
    etat.avec("seances_programme_appliquer", |db| programme::appliquer(db, atelier_id.into(), &regle))
}

#[tauri::command(async)]
pub fn seance_ajouter(etat: State<'_, Etat>, atelier_id: u32, saisie: SaisieSeance) -> R<Seance> {
    etat.avec("seance_ajouter", |db| seance::ajouter(db, atelier_id.into(), &saisie))
}

#[tauri::command(async)]
pub fn seance_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieSeance) -> R<Seance> {
    etat.avec("seance_modifier", |db| seance::modifier(db, id.into(), &saisie))
}

#[tauri::command(async)]
pub fn seance_annuler(etat: State<'_, Etat>, id: u32, motif: String) -> R<Seance> {
    etat.avec("seance_annuler", |db| seance::annuler(db, id.into(), &motif))
}

#[tauri::command(async)]
pub fn seance_retablir(etat: State<'_, Etat>, id: u32) -> R<Seance> {
    etat.avec("seance_retablir", |db| seance::retablir(db, id.into()))
}

#[tauri::command(async)]
pub fn seance_supprimer(etat: State<'_, Etat>, id: u32) -> R<VueSeances> {
    etat.avec("seance_supprimer", |db| {
        let atelier_id = seance::lire(db.conn(), id.into())?.atelier_id;
        seance::supprimer(db, id.into())?;
        vues_ateliers::vue_seances(db.conn(), atelier_id, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn intervenants_lister(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<Vec<VueIntervenant>> {
    etat.avec("intervenants_lister", |db| intervenant::vue(db.conn(), annee_id.map(i64::from)))
}

#[tauri::command(async)]
pub fn intervenant_creer(etat: State<'_, Etat>, saisie: SaisieIntervenant) -> R<Intervenant> {
    etat.avec("intervenant_creer", |db| intervenant::creer(db, &saisie))
}

#[tauri::command(async)]
pub fn intervenant_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieIntervenant) -> R<Intervenant> {
    etat.avec("intervenant_modifier", |db| intervenant::modifier(db, id.into(), &saisie))
}

#[tauri::command(async)]
pub fn taux_vacation_lister(etat: State<'_, Etat>) -> R<Vec<TauxVacation>> {
    etat.avec("taux_vacation_lister", |db| intervenant::lister_taux(db.conn()))
}

#[tauri::command(async)]
pub fn taux_vacation_enregistrer(etat: State<'_, Etat>, saisie: SaisieTaux) -> R<Vec<TauxVacation>> {
    etat.avec("taux_vacation_enregistrer", |db| intervenant::enregistrer_taux(db, &saisie))
}

#[tauri::command(async)]
pub fn calendrier_lire(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<VueCalendrier> {
    etat.avec("calendrier_lire", |db| ecole_calendrier::vue(db.conn(), annee_id.map(i64::from)))
}

#[tauri::command(async)]
pub fn fermeture_ajouter(etat: State<'_, Etat>, saisie: SaisieFermeture) -> R<VueCalendrier> {
    etat.avec("fermeture_ajouter", |db| {
        ecole_calendrier::ajouter_fermeture(db, &saisie)?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

#[tauri::command(async)]
pub fn fermeture_retirer(etat: State<'_, Etat>, date: String) -> R<VueCalendrier> {
    etat.avec("fermeture_retirer", |db| {
        ecole_calendrier::retirer_fermeture(db, &date)?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

#[tauri::command(async)]
pub fn vacances_ajouter(etat: State<'_, Etat>, saisie: SaisieVacances) -> R<VueCalendrier> {
    etat.avec("vacances_ajouter", |db| {
        ecole_calendrier::ajouter_vacances(db, &saisie)?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

#[tauri::command(async)]
pub fn vacances_retirer(etat: State<'_, Etat>, id: u32) -> R<VueCalendrier> {
    etat.avec("vacances_retirer", |db| {
        ecole_calendrier::retirer_vacances(db, id.into())?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

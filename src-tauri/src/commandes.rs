//! The commands the webview may call, each a few lines over the core.
//!
//! To add one: write the function here (taking `State<Etat>` first), add it to the
//! `commandes!` table at the bottom and to `commandes.list`, then run `make bindings`.

use oepre_core::annee::{self, AnneeScolaire, SaisieAnnee};
use oepre_core::demo::{self, EtatAccueil};
use oepre_core::etablissement::{self, Etablissement, SaisieEtablissement, VueEtablissement};
use oepre_core::atelier::{self, SaisieAtelier, VueAtelier, VueAteliers, VueSeances};
use oepre_core::ecole_calendrier::{self, SaisieFermeture, SaisieVacances, VueCalendrier};
use oepre_core::intervenant::{self, Intervenant, SaisieIntervenant, SaisieTaux, TauxVacation, VueIntervenant};
use oepre_core::seance::{self, aujourd_hui, ApercuGeneration, ResultatGeneration, SaisieSeance, Seance};
use oepre_core::import::{self, ApercuImport, Correspondance, RapportImport};
use oepre_core::inscription::{self, Inscription, SaisieDepart, SaisieInscription};
use oepre_core::parent::{self, FicheParent, FiltreParents, LigneParent, SaisieParent};
use oepre_core::presence::{self, Appel, GrilleMois, InfoSeance, LigneAppel, SaisieMarque, SeanceSansAppel};
use oepre_core::referentiels::{self, Referentiels};
use oepre_core::documents::{self, ChoixAttestations, SousLeSeuil};
use oepre_core::flyer::FlyerLanguage;
use oepre_core::sortie::{self, ApercuAffiche, DemandeDocument, DocumentEcrit};
use oepre_core::{Erreur, ErreurPublique};
use std::path::Path;

use tauri::State;

use crate::etat::Etat;

type R<T> = Result<T, ErreurPublique>;

#[tauri::command(async)]
pub fn accueil_etat(etat: State<'_, Etat>) -> R<EtatAccueil> {
    etat.avec(|db| demo::etat_accueil(db))
}

#[tauri::command(async)]
pub fn accueil_charger_demo(etat: State<'_, Etat>) -> R<EtatAccueil> {
    etat.avec(|db| {
        demo::charger(db)?;
        demo::etat_accueil(db)
    })
}

#[tauri::command(async)]
pub fn accueil_commencer_vide(etat: State<'_, Etat>) -> R<EtatAccueil> {
    etat.avec(|db| {
        demo::commencer_vide(db)?;
        demo::etat_accueil(db)
    })
}

#[tauri::command(async)]
pub fn etablissement_lire(etat: State<'_, Etat>) -> R<VueEtablissement> {
    etat.avec(|db| etablissement::vue(db.conn()))
}

#[tauri::command(async)]
pub fn etablissement_enregistrer(etat: State<'_, Etat>, saisie: SaisieEtablissement) -> R<Etablissement> {
    etat.avec(|db| etablissement::enregistrer(db, &saisie))
}

#[tauri::command(async)]
pub fn annee_definir_courante(etat: State<'_, Etat>, saisie: SaisieAnnee) -> R<AnneeScolaire> {
    etat.avec(|db| annee::definir_courante(db, &saisie))
}

// Ateliers, séances, intervenants, calendrier. Ids cross as `u32` (a TypeScript `number`).

#[tauri::command(async)]
pub fn ateliers_lister(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<VueAteliers> {
    etat.avec(|db| atelier::vue_ateliers(db.conn(), annee_id.map(i64::from), aujourd_hui()))
}

#[tauri::command(async)]
pub fn atelier_lire(etat: State<'_, Etat>, id: u32) -> R<VueAtelier> {
    etat.avec(|db| atelier::vue_atelier(db.conn(), id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn atelier_creer(etat: State<'_, Etat>, saisie: SaisieAtelier) -> R<VueAtelier> {
    etat.avec(|db| {
        let a = atelier::creer(db, &saisie)?;
        atelier::vue_atelier(db.conn(), a.id, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn atelier_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieAtelier) -> R<VueAtelier> {
    etat.avec(|db| {
        atelier::modifier(db, id.into(), &saisie, aujourd_hui())?;
        atelier::vue_atelier(db.conn(), id.into(), aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn atelier_supprimer(etat: State<'_, Etat>, id: u32) -> R<VueAteliers> {
    etat.avec(|db| {
        atelier::supprimer(db, id.into())?;
        atelier::vue_ateliers(db.conn(), None, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn seances_lister(etat: State<'_, Etat>, atelier_id: u32) -> R<VueSeances> {
    etat.avec(|db| atelier::vue_seances(db.conn(), atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_apercu_generation(etat: State<'_, Etat>, atelier_id: u32) -> R<ApercuGeneration> {
    etat.avec(|db| seance::apercu_generation(db.conn(), atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_apercu_saisie(etat: State<'_, Etat>, atelier_id: Option<u32>, saisie: SaisieAtelier) -> R<ApercuGeneration> {
    etat.avec(|db| seance::apercu_saisie(db, atelier_id.map(i64::from), &saisie, aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_generer(etat: State<'_, Etat>, atelier_id: u32) -> R<ResultatGeneration> {
    etat.avec(|db| seance::generer(db, atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seance_ajouter(etat: State<'_, Etat>, atelier_id: u32, saisie: SaisieSeance) -> R<Seance> {
    etat.avec(|db| seance::ajouter(db, atelier_id.into(), &saisie))
}

#[tauri::command(async)]
pub fn seance_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieSeance) -> R<Seance> {
    etat.avec(|db| seance::modifier(db, id.into(), &saisie))
}

#[tauri::command(async)]
pub fn seance_annuler(etat: State<'_, Etat>, id: u32, motif: String) -> R<Seance> {
    etat.avec(|db| seance::annuler(db, id.into(), &motif))
}

#[tauri::command(async)]
pub fn seance_retablir(etat: State<'_, Etat>, id: u32) -> R<Seance> {
    etat.avec(|db| seance::retablir(db, id.into()))
}

#[tauri::command(async)]
pub fn seance_supprimer(etat: State<'_, Etat>, id: u32) -> R<VueSeances> {
    etat.avec(|db| {
        let atelier_id = seance::lire(db.conn(), id.into())?.atelier_id;
        seance::supprimer(db, id.into())?;
        atelier::vue_seances(db.conn(), atelier_id, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn intervenants_lister(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<Vec<VueIntervenant>> {
    etat.avec(|db| intervenant::vue(db.conn(), annee_id.map(i64::from)))
}

#[tauri::command(async)]
pub fn intervenant_creer(etat: State<'_, Etat>, saisie: SaisieIntervenant) -> R<Intervenant> {
    etat.avec(|db| intervenant::creer(db, &saisie))
}

#[tauri::command(async)]
pub fn intervenant_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieIntervenant) -> R<Intervenant> {
    etat.avec(|db| intervenant::modifier(db, id.into(), &saisie))
}

#[tauri::command(async)]
pub fn taux_vacation_lister(etat: State<'_, Etat>) -> R<Vec<TauxVacation>> {
    etat.avec(|db| intervenant::lister_taux(db.conn()))
}

#[tauri::command(async)]
pub fn taux_vacation_enregistrer(etat: State<'_, Etat>, saisie: SaisieTaux) -> R<Vec<TauxVacation>> {
    etat.avec(|db| intervenant::enregistrer_taux(db, &saisie))
}

#[tauri::command(async)]
pub fn calendrier_lire(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<VueCalendrier> {
    etat.avec(|db| ecole_calendrier::vue(db.conn(), annee_id.map(i64::from)))
}

#[tauri::command(async)]
pub fn fermeture_ajouter(etat: State<'_, Etat>, saisie: SaisieFermeture) -> R<VueCalendrier> {
    etat.avec(|db| {
        ecole_calendrier::ajouter_fermeture(db, &saisie)?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

#[tauri::command(async)]
pub fn fermeture_retirer(etat: State<'_, Etat>, date: String) -> R<VueCalendrier> {
    etat.avec(|db| {
        ecole_calendrier::retirer_fermeture(db, &date)?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

#[tauri::command(async)]
pub fn vacances_ajouter(etat: State<'_, Etat>, saisie: SaisieVacances) -> R<VueCalendrier> {
    etat.avec(|db| {
        ecole_calendrier::ajouter_vacances(db, &saisie)?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

#[tauri::command(async)]
pub fn vacances_retirer(etat: State<'_, Etat>, id: u32) -> R<VueCalendrier> {
    etat.avec(|db| {
        ecole_calendrier::retirer_vacances(db, id.into())?;
        ecole_calendrier::vue(db.conn(), None)
    })
}

// Parents, inscriptions, présences, import (ids cross as `number`: u32 here, i64 in the core).

#[tauri::command(async)]
pub fn referentiels_lire(_etat: State<'_, Etat>) -> R<Referentiels> {
    Ok(referentiels::referentiels())
}

#[tauri::command(async)]
pub fn parents_chercher(etat: State<'_, Etat>, filtre: FiltreParents) -> R<Vec<LigneParent>> {
    etat.avec(|db| parent::chercher(db.conn(), &filtre))
}

#[tauri::command(async)]
pub fn parent_fiche(etat: State<'_, Etat>, parent_id: u32) -> R<FicheParent> {
    etat.avec(|db| parent::fiche(db.conn(), i64::from(parent_id)))
}

#[tauri::command(async)]
pub fn parent_creer(etat: State<'_, Etat>, saisie: SaisieParent) -> R<FicheParent> {
    etat.avec(|db| parent::creer(db, &saisie).and_then(|p| parent::fiche(db.conn(), p.id)))
}

#[tauri::command(async)]
pub fn parent_modifier(etat: State<'_, Etat>, parent_id: u32, saisie: SaisieParent) -> R<FicheParent> {
    etat.avec(|db| parent::modifier(db, i64::from(parent_id), &saisie).and_then(|p| parent::fiche(db.conn(), p.id)))
}

#[tauri::command(async)]
pub fn inscription_creer(etat: State<'_, Etat>, saisie: SaisieInscription) -> R<Inscription> {
    etat.avec(|db| inscription::inscrire(db, &saisie))
}

#[tauri::command(async)]
pub fn inscription_modifier(etat: State<'_, Etat>, inscription_id: u32, saisie: SaisieInscription) -> R<Inscription> {
    etat.avec(|db| inscription::modifier(db, i64::from(inscription_id), &saisie))
}

#[tauri::command(async)]
pub fn inscription_quitter(etat: State<'_, Etat>, inscription_id: u32, saisie: SaisieDepart) -> R<Inscription> {
    etat.avec(|db| inscription::quitter(db, i64::from(inscription_id), &saisie))
}

#[tauri::command(async)]
pub fn appel_lire(etat: State<'_, Etat>, seance_id: u32) -> R<Appel> {
    etat.avec(|db| presence::appel(db.conn(), i64::from(seance_id)))
}

#[tauri::command(async)]
pub fn appel_seance_par_defaut(etat: State<'_, Etat>, atelier_id: u32) -> R<Option<InfoSeance>> {
    etat.avec(|db| presence::seance_par_defaut(db.conn(), i64::from(atelier_id), oepre_core::seance::aujourd_hui()))
}

#[tauri::command(async)]
pub fn presence_marquer(etat: State<'_, Etat>, saisie: SaisieMarque) -> R<LigneAppel> {
    etat.avec(|db| presence::marquer(db, &saisie))
}

#[tauri::command(async)]
pub fn appel_tous_presents(etat: State<'_, Etat>, seance_id: u32) -> R<Appel> {
    etat.avec(|db| presence::tous_presents(db, i64::from(seance_id)))
}

#[tauri::command(async)]
pub fn appel_valider(etat: State<'_, Etat>, seance_id: u32, qui: String) -> R<Appel> {
    etat.avec(|db| presence::valider(db, i64::from(seance_id), &qui))
}

#[tauri::command(async)]
pub fn appel_deverrouiller(etat: State<'_, Etat>, seance_id: u32, qui: String, motif: String) -> R<Appel> {
    etat.avec(|db| presence::deverrouiller(db, i64::from(seance_id), &qui, &motif))
}

#[tauri::command(async)]
pub fn presences_grille_mois(etat: State<'_, Etat>, atelier_id: u32, annee: i32, mois: u32) -> R<GrilleMois> {
    etat.avec(|db| presence::grille_mois(db.conn(), i64::from(atelier_id), annee, mois))
}

#[tauri::command(async)]
pub fn appels_non_faits(etat: State<'_, Etat>, atelier_id: Option<u32>) -> R<Vec<SeanceSansAppel>> {
    etat.avec(|db| presence::appels_non_faits(db.conn(), atelier_id.map(i64::from), oepre_core::seance::aujourd_hui()))
}

#[tauri::command(async)]
pub fn import_apercu(etat: State<'_, Etat>, chemin: String, atelier_id: u32, correspondances: Option<Vec<Correspondance>>) -> R<ApercuImport> {
    etat.avec(|db| import::apercu(db.conn(), Path::new(&chemin), i64::from(atelier_id), correspondances.as_deref()))
}

#[tauri::command(async)]
pub fn import_confirmer(etat: State<'_, Etat>, chemin: String, atelier_id: u32, correspondances: Vec<Correspondance>) -> R<RapportImport> {
    etat.avec(|db| import::importer(db, Path::new(&chemin), i64::from(atelier_id), Some(&correspondances)))
}

// Documents and flyers: written into the school's documents folder, opened from Rust.

#[tauri::command(async)]
pub fn documents_dossier(etat: State<'_, Etat>) -> R<String> {
    etat.avec(|db| Ok(sortie::dossier_choisi(db.conn())?.display().to_string()))
}

#[tauri::command(async)]
pub fn documents_definir_dossier(etat: State<'_, Etat>, chemin: String) -> R<String> {
    etat.avec(|db| Ok(sortie::definir_dossier(db, &chemin)?.display().to_string()))
}

#[tauri::command(async)]
pub fn document_produire(etat: State<'_, Etat>, demande: DemandeDocument) -> R<DocumentEcrit> {
    etat.avec(|db| sortie::produire_et_ecrire(db, &demande, aujourd_hui(), &sortie::dossier_choisi(db.conn())?))
}

#[tauri::command(async)]
pub fn attestations_sous_le_seuil(etat: State<'_, Etat>, choix: ChoixAttestations) -> R<Vec<SousLeSeuil>> {
    etat.avec(|db| documents::attestations_sous_le_seuil(db, &choix))
}

#[tauri::command(async)]
pub fn document_ouvrir(etat: State<'_, Etat>, chemin: String) -> R<()> {
    etat.avec(|db| {
        let dossier = sortie::dossier_choisi(db.conn())?;
        let cible = if chemin.is_empty() { dossier } else { sortie::dans_le_dossier(&dossier, &chemin)? };
        tauri_plugin_opener::open_path(&cible, None::<&str>)
            .map_err(|e| Erreur::Conflit(format!("Aucun programme n'a pu ouvrir « {} » ({e}).", cible.display())))
    })
}

#[tauri::command(async)]
pub fn affiche_langues(etat: State<'_, Etat>) -> R<Vec<FlyerLanguage>> {
    etat.avec(|db| Ok(sortie::langues_affiche(db)))
}

#[tauri::command(async)]
pub fn affiche_apercu(etat: State<'_, Etat>, atelier_id: u32, langues: Vec<String>, petits_enfants: bool) -> R<Vec<ApercuAffiche>> {
    etat.avec(|db| sortie::apercu_affiche(db, atelier_id.into(), &langues, petits_enfants))
}

#[tauri::command(async)]
pub fn affiches_par_langue(
    etat: State<'_, Etat>,
    atelier_id: u32,
    langues: Vec<String>,
    bilingue: bool,
    petits_enfants: bool,
) -> R<Vec<DocumentEcrit>> {
    etat.avec(|db| {
        let dossier = sortie::dossier_choisi(db.conn())?;
        sortie::affiches_par_langue(db, atelier_id.into(), &langues, bilingue, petits_enfants, &dossier)
    })
}

crate::bindings::commandes! {
    accueil_etat() -> EtatAccueil;
    accueil_charger_demo() -> EtatAccueil;
    accueil_commencer_vide() -> EtatAccueil;
    etablissement_lire() -> VueEtablissement;
    etablissement_enregistrer(saisie: SaisieEtablissement) -> Etablissement;
    annee_definir_courante(saisie: SaisieAnnee) -> AnneeScolaire;
    ateliers_lister(annee_id: Option<u32>) -> VueAteliers;
    atelier_lire(id: u32) -> VueAtelier;
    atelier_creer(saisie: SaisieAtelier) -> VueAtelier;
    atelier_modifier(id: u32, saisie: SaisieAtelier) -> VueAtelier;
    atelier_supprimer(id: u32) -> VueAteliers;
    seances_lister(atelier_id: u32) -> VueSeances;
    seances_apercu_generation(atelier_id: u32) -> ApercuGeneration;
    seances_apercu_saisie(atelier_id: Option<u32>, saisie: SaisieAtelier) -> ApercuGeneration;
    seances_generer(atelier_id: u32) -> ResultatGeneration;
    seance_ajouter(atelier_id: u32, saisie: SaisieSeance) -> Seance;
    seance_modifier(id: u32, saisie: SaisieSeance) -> Seance;
    seance_annuler(id: u32, motif: String) -> Seance;
    seance_retablir(id: u32) -> Seance;
    seance_supprimer(id: u32) -> VueSeances;
    intervenants_lister(annee_id: Option<u32>) -> Vec<VueIntervenant>;
    intervenant_creer(saisie: SaisieIntervenant) -> Intervenant;
    intervenant_modifier(id: u32, saisie: SaisieIntervenant) -> Intervenant;
    taux_vacation_lister() -> Vec<TauxVacation>;
    taux_vacation_enregistrer(saisie: SaisieTaux) -> Vec<TauxVacation>;
    calendrier_lire(annee_id: Option<u32>) -> VueCalendrier;
    fermeture_ajouter(saisie: SaisieFermeture) -> VueCalendrier;
    fermeture_retirer(date: String) -> VueCalendrier;
    vacances_ajouter(saisie: SaisieVacances) -> VueCalendrier;
    vacances_retirer(id: u32) -> VueCalendrier;
    referentiels_lire() -> Referentiels;
    parents_chercher(filtre: FiltreParents) -> Vec<LigneParent>;
    parent_fiche(parent_id: u32) -> FicheParent;
    parent_creer(saisie: SaisieParent) -> FicheParent;
    parent_modifier(parent_id: u32, saisie: SaisieParent) -> FicheParent;
    inscription_creer(saisie: SaisieInscription) -> Inscription;
    inscription_modifier(inscription_id: u32, saisie: SaisieInscription) -> Inscription;
    inscription_quitter(inscription_id: u32, saisie: SaisieDepart) -> Inscription;
    appel_lire(seance_id: u32) -> Appel;
    appel_seance_par_defaut(atelier_id: u32) -> Option<InfoSeance>;
    presence_marquer(saisie: SaisieMarque) -> LigneAppel;
    appel_tous_presents(seance_id: u32) -> Appel;
    appel_valider(seance_id: u32, qui: String) -> Appel;
    appel_deverrouiller(seance_id: u32, qui: String, motif: String) -> Appel;
    presences_grille_mois(atelier_id: u32, annee: i32, mois: u32) -> GrilleMois;
    appels_non_faits(atelier_id: Option<u32>) -> Vec<SeanceSansAppel>;
    import_apercu(chemin: String, atelier_id: u32, correspondances: Option<Vec<Correspondance>>) -> ApercuImport;
    import_confirmer(chemin: String, atelier_id: u32, correspondances: Vec<Correspondance>) -> RapportImport;
    documents_dossier() -> String;
    documents_definir_dossier(chemin: String) -> String;
    document_produire(demande: DemandeDocument) -> DocumentEcrit;
    attestations_sous_le_seuil(choix: ChoixAttestations) -> Vec<SousLeSeuil>;
    document_ouvrir(chemin: String) -> ();
    affiche_langues() -> Vec<FlyerLanguage>;
    affiche_apercu(atelier_id: u32, langues: Vec<String>, petits_enfants: bool) -> Vec<ApercuAffiche>;
    affiches_par_langue(atelier_id: u32, langues: Vec<String>, bilingue: bool, petits_enfants: bool) -> Vec<DocumentEcrit>;
}

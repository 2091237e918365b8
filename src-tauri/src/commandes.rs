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
use oepre_core::seance::programme::{ApercuProgramme, RegleProgramme};
use oepre_core::seance::{self, aujourd_hui, ApercuGeneration, ResultatGeneration, SaisieSeance, Seance};
use oepre_core::import::{self, ApercuImport, Correspondance, RapportImport};
use oepre_core::inscription::{self, Inscription, SaisieDepart, SaisieInscription};
use oepre_core::parcours_parent::{self, Orientation, ParcoursParent, SaisieAccueil};
use oepre_core::parent::{self, FicheParent, FiltreParents, LigneParent, SaisieParent};
use oepre_core::presence::{self, Appel, GrilleMois, InfoSeance, LigneAppel, SaisieMarque, SeanceSansAppel};
use oepre_core::referentiels::{self, Referentiels};
use oepre_core::documents::{self, ApercuAttestations, ChoixAttestations, SousLeSeuil};
use oepre_core::flyer::FlyerLanguage;
use oepre_core::relecture::Import;
use oepre_core::rentree::{self, ApercuRentree, ChoixRentree, EtatAnnee, RapportRentree};
use oepre_core::bilan::{self, Bilan, PointAVerifier, Progression, Qualitatif, SaisieDepense, SaisieFinancement};
use oepre_core::consolidation::{self, Consolidation};
use oepre_core::sortie::{self, ApercuAffiche, DemandeDocument, DocumentEcrit};
use oepre_core::chiffrement;
use oepre_core::restauration::{self, Remplacement, Verification};
use oepre_core::sauvegarde::{self, ReglagesSauvegarde, Sauvegarde, SaisieReglagesSauvegarde};
use oepre_core::a_propos::{self, APropos};
use oepre_core::acces::{self, Effacement};
use oepre_core::conservation::{self, ApercuPurge, ResultatPurge};
use oepre_core::documents::registre::{self, Registre};
use oepre_core::journal::{self, ActionJournal, EntreeJournal, FiltreJournal};
use oepre_core::{Erreur, ErreurPublique};
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use tauri::State;

use crate::etat::{Etat, PhraseApres};

type R<T> = Result<T, ErreurPublique>;

#[tauri::command(async)]
pub fn accueil_etat(etat: State<'_, Etat>) -> R<EtatAccueil> {
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
pub fn annee_definir_courante(etat: State<'_, Etat>, saisie: SaisieAnnee) -> R<AnneeScolaire> {
    etat.avec("annee_definir_courante", |db| annee::definir_courante(db, &saisie))
}

// Ateliers, séances, intervenants, calendrier. Ids cross as `u32` (a TypeScript `number`).

#[tauri::command(async)]
pub fn ateliers_lister(etat: State<'_, Etat>, annee_id: Option<u32>) -> R<VueAteliers> {
    etat.avec("ateliers_lister", |db| atelier::vue_ateliers(db.conn(), annee_id.map(i64::from), aujourd_hui()))
}

#[tauri::command(async)]
pub fn atelier_lire(etat: State<'_, Etat>, id: u32) -> R<VueAtelier> {
    etat.avec("atelier_lire", |db| atelier::vue_atelier(db.conn(), id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn atelier_creer(etat: State<'_, Etat>, saisie: SaisieAtelier) -> R<VueAtelier> {
    etat.avec("atelier_creer", |db| {
        let a = atelier::creer(db, &saisie)?;
        atelier::vue_atelier(db.conn(), a.id, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn atelier_modifier(etat: State<'_, Etat>, id: u32, saisie: SaisieAtelier) -> R<VueAtelier> {
    etat.avec("atelier_modifier", |db| {
        atelier::modifier(db, id.into(), &saisie, aujourd_hui())?;
        atelier::vue_atelier(db.conn(), id.into(), aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn atelier_supprimer(etat: State<'_, Etat>, id: u32) -> R<VueAteliers> {
    etat.avec("atelier_supprimer", |db| {
        atelier::supprimer(db, id.into())?;
        atelier::vue_ateliers(db.conn(), None, aujourd_hui())
    })
}

#[tauri::command(async)]
pub fn seances_lister(etat: State<'_, Etat>, atelier_id: u32) -> R<VueSeances> {
    etat.avec("seances_lister", |db| atelier::vue_seances(db.conn(), atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_apercu_generation(etat: State<'_, Etat>, atelier_id: u32) -> R<ApercuGeneration> {
    etat.avec("seances_apercu_generation", |db| seance::apercu_generation(db.conn(), atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_apercu_saisie(etat: State<'_, Etat>, atelier_id: Option<u32>, saisie: SaisieAtelier) -> R<ApercuGeneration> {
    etat.avec("seances_apercu_saisie", |db| seance::apercu_saisie(db, atelier_id.map(i64::from), &saisie, aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_generer(etat: State<'_, Etat>, atelier_id: u32) -> R<ResultatGeneration> {
    etat.avec("seances_generer", |db| seance::generer(db, atelier_id.into(), aujourd_hui()))
}

#[tauri::command(async)]
pub fn seances_programme_apercu(etat: State<'_, Etat>, atelier_id: u32, regle: RegleProgramme) -> R<ApercuProgramme> {
    etat.avec("seances_programme_apercu", |db| seance::programme::apercu(db.conn(), atelier_id.into(), &regle))
}

#[tauri::command(async)]
pub fn seances_programme_appliquer(etat: State<'_, Etat>, atelier_id: u32, regle: RegleProgramme) -> R<ApercuProgramme> {
    etat.avec("seances_programme_appliquer", |db| seance::programme::appliquer(db, atelier_id.into(), &regle))
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
        atelier::vue_seances(db.conn(), atelier_id, aujourd_hui())
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

// Parents, inscriptions, présences, import (ids cross as `number`: u32 here, i64 in the core).

#[tauri::command(async)]
pub fn referentiels_lire(_etat: State<'_, Etat>) -> R<Referentiels> {
    crate::etat::journalise("referentiels_lire", || {
        Ok(referentiels::referentiels())
    })
}

#[tauri::command(async)]
pub fn parents_chercher(etat: State<'_, Etat>, filtre: FiltreParents) -> R<Vec<LigneParent>> {
    etat.avec("parents_chercher", |db| parent::chercher(db.conn(), &filtre))
}

#[tauri::command(async)]
pub fn parent_fiche(etat: State<'_, Etat>, parent_id: u32) -> R<FicheParent> {
    etat.avec("parent_fiche", |db| parent::fiche(db.conn(), i64::from(parent_id)))
}

#[tauri::command(async)]
pub fn parent_creer(etat: State<'_, Etat>, saisie: SaisieParent) -> R<FicheParent> {
    etat.avec("parent_creer", |db| parent::creer(db, &saisie).and_then(|p| parent::fiche(db.conn(), p.id)))
}

#[tauri::command(async)]
pub fn parent_modifier(etat: State<'_, Etat>, parent_id: u32, saisie: SaisieParent) -> R<FicheParent> {
    etat.avec("parent_modifier", |db| parent::modifier(db, i64::from(parent_id), &saisie).and_then(|p| parent::fiche(db.conn(), p.id)))
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

#[tauri::command(async)]
pub fn appel_lire(etat: State<'_, Etat>, seance_id: u32) -> R<Appel> {
    etat.avec("appel_lire", |db| presence::appel(db.conn(), i64::from(seance_id)))
}

#[tauri::command(async)]
pub fn appel_seance_par_defaut(etat: State<'_, Etat>, atelier_id: u32) -> R<Option<InfoSeance>> {
    etat.avec("appel_seance_par_defaut", |db| presence::seance_par_defaut(db.conn(), i64::from(atelier_id), oepre_core::seance::aujourd_hui()))
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
    etat.avec("appels_non_faits", |db| presence::appels_non_faits(db.conn(), atelier_id.map(i64::from), oepre_core::seance::aujourd_hui()))
}

#[tauri::command(async)]
pub fn import_apercu(etat: State<'_, Etat>, chemin: String, atelier_id: u32, correspondances: Option<Vec<Correspondance>>) -> R<ApercuImport> {
    etat.avec("import_apercu", |db| import::apercu(db.conn(), Path::new(&chemin), i64::from(atelier_id), correspondances.as_deref()))
}

#[tauri::command(async)]
pub fn import_confirmer(etat: State<'_, Etat>, chemin: String, atelier_id: u32, correspondances: Vec<Correspondance>) -> R<RapportImport> {
    etat.avec("import_confirmer", |db| import::importer(db, Path::new(&chemin), i64::from(atelier_id), Some(&correspondances)))
}

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
    etat.avec("document_produire", |db| sortie::produire_et_ecrire(db, &demande, aujourd_hui(), &sortie::dossier_choisi(db.conn())?))
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
        let dossier = sortie::dossier_choisi(db.conn())?;
        let cible = if chemin.is_empty() { dossier } else { sortie::dans_le_dossier(&dossier, &chemin)? };
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
    etat.avec("affiches_par_langue", |db| {
        let dossier = sortie::dossier_choisi(db.conn())?;
        sortie::affiches_par_langue(db, atelier_id.into(), &langues, bilingue, petits_enfants, &dossier)
    })
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
    etat.avec("relecture_exporter", |db| sortie::relecture_exporter(db, &langue, &sortie::dossier_choisi(db.conn())?))
}

#[tauri::command(async)]
pub fn relecture_verifier(etat: State<'_, Etat>, chemin: String, langue: String, relecteur: String) -> R<Import> {
    etat.avec("relecture_verifier", |db| sortie::relecture_verifier(db, Path::new(&chemin), &langue, &relecteur, aujourd_hui()))
}

#[tauri::command(async)]
pub fn relecture_enregistrer(etat: State<'_, Etat>, chemin: String, langue: String, relecteur: String) -> R<Vec<FlyerLanguage>> {
    etat.avec("relecture_enregistrer", |db| sortie::relecture_enregistrer(db, Path::new(&chemin), &langue, &relecteur, aujourd_hui()))
}

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
pub fn bilan_verifier(etat: State<'_, Etat>, annee_id: u32) -> R<Vec<PointAVerifier>> {
    etat.avec("bilan_verifier", |db| bilan::verifier(db, annee_id.into()))
}

/// The step of the bilan export under way, read by `bilan_progression` while `bilan_exporter` runs.
static PROGRESSION_BILAN: Mutex<Option<Progression>> = Mutex::new(None);

#[tauri::command(async)]
pub fn bilan_exporter(etat: State<'_, Etat>, annee_id: u32) -> R<Vec<DocumentEcrit>> {
    let noter = |p: Option<Progression>| *PROGRESSION_BILAN.lock().unwrap_or_else(PoisonError::into_inner) = p;
    noter(None);
    let resultat = etat.avec("bilan_exporter", |db| {
        let dossier = sortie::dossier_choisi(db.conn())?;
        let e = bilan::exporter(db, annee_id.into(), &dossier, |p| noter(Some(p)))?;
        Ok([e.xlsx, e.pdf, e.financier_xlsx, e.financier_pdf, e.json].iter().map(|c| DocumentEcrit::du_fichier(Path::new(c))).collect())
    });
    noter(None);
    resultat
}

#[tauri::command(async)]
pub fn bilan_progression(_etat: State<'_, Etat>) -> R<Option<Progression>> {
    crate::etat::journalise("bilan_progression", || {
        Ok(PROGRESSION_BILAN.lock().unwrap_or_else(PoisonError::into_inner).clone())
    })
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
    etat.avec("academie_consolider", |db| consolidation::ecrire(&dossier, &sortie::dossier_choisi(db.conn())?, aujourd_hui()))
}

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

/// The backups screen: settings, backups (newest first), encryption state, start-up backup.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct VueSauvegardes {
    /// Folder and rotation counts.
    pub reglages: ReglagesSauvegarde,
    /// The backups of that folder, newest first (encrypted ones read with this session's passphrase).
    pub sauvegardes: Vec<Sauvegarde>,
    /// Whether the data file is encrypted.
    pub chiffree: bool,
    /// Why this session's start-up backup failed, if it did.
    pub echec_demarrage: Option<String>,
}

fn vue_sauvegardes(etat: &Etat) -> R<VueSauvegardes> {
    let echec_demarrage = match etat.sauvegarde_demarrage() {
        Some(Err(e)) => Some(e.message),
        _ => None,
    };
    etat.avec("demarrage_restaurer", |db| {
        let reglages = sauvegarde::reglages(db)?;
        let sauvegardes = sauvegarde::lister_avec(&reglages.dossier, etat.phrase().as_deref())?;
        Ok(VueSauvegardes { reglages, sauvegardes, chiffree: db.est_chiffree(), echec_demarrage })
    })
}

#[tauri::command(async)]
pub fn sauvegardes_lire(etat: State<'_, Etat>) -> R<VueSauvegardes> {
    crate::etat::journalise("sauvegardes_lire", || {
        vue_sauvegardes(&etat)
    })
}

#[tauri::command(async)]
pub fn sauvegarde_maintenant(etat: State<'_, Etat>) -> R<VueSauvegardes> {
    // No rotation here: it would delete today's earlier copies (e.g. the one taken before a
    // restore). The start-up backup rotates.
    etat.avec("sauvegarde_maintenant", |db| sauvegarde::sauvegarder(db, &sauvegarde::dossier(db)?))?;
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
    etat.avec("donnees_exporter", |db| restauration::exporter_dans(db, &sortie::dossier_choisi(db.conn())?, chrono::Local::now().naive_local()))
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

/// The retention setting and the range the school may choose from.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct ReglageConservation {
    /// Years personal data are kept after the end of a school year.
    pub duree_annees: u32,
    /// Shortest accepted.
    pub minimum: u32,
    /// Longest accepted.
    pub maximum: u32,
}

fn reglage_conservation(db: &oepre_core::Db) -> oepre_core::Resultat<ReglageConservation> {
    Ok(ReglageConservation { duree_annees: conservation::duree(db)?, minimum: conservation::DUREE_MIN, maximum: conservation::DUREE_MAX })
}

#[tauri::command(async)]
pub fn conservation_lire(etat: State<'_, Etat>) -> R<ReglageConservation> {
    etat.avec("conservation_lire", |db| reglage_conservation(db))
}

#[tauri::command(async)]
pub fn conservation_definir(etat: State<'_, Etat>, annees: u32) -> R<ReglageConservation> {
    let qui = etat.qui_requis()?;
    etat.avec("conservation_definir", |db| {
        conservation::definir_duree(db, annees, &qui)?;
        reglage_conservation(db)
    })
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

/// The register entry as shown on screen, and as plain text to copy.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct FicheRegistre {
    /// The headings and their lines.
    pub registre: Registre,
    /// The same entry as plain text.
    pub texte: String,
}

#[tauri::command(async)]
pub fn registre_lire(etat: State<'_, Etat>) -> R<FicheRegistre> {
    etat.avec("registre_lire", |db| {
        let chiffree = db.est_chiffree();
        Ok(FicheRegistre { registre: registre::contenu(db, chiffree)?, texte: registre::texte(db, chiffree)? })
    })
}

#[tauri::command(async)]
pub fn registre_produire(etat: State<'_, Etat>) -> R<DocumentEcrit> {
    etat.avec("registre_produire", |db| registre::exporter(db, db.est_chiffree(), aujourd_hui(), &sortie::dossier_choisi(db.conn())?))
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
    etat.avec("parent_donnees_exporter", |db| {
        let dossier = sortie::dossier_choisi(db.conn())?;
        let e = acces::exporter(db, parent_id.into(), &dossier, aujourd_hui(), &qui)?;
        Ok(vec![DocumentEcrit::du_fichier(Path::new(&e.pdf)), DocumentEcrit::du_fichier(Path::new(&e.json))])
    })
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
        Ok(oepre_core::trace::lire(etat.chemin(), 64 * 1024))
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
    seances_programme_apercu(atelier_id: u32, regle: RegleProgramme) -> ApercuProgramme;
    seances_programme_appliquer(atelier_id: u32, regle: RegleProgramme) -> ApercuProgramme;
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
    parcours_lire(parent_id: u32) -> ParcoursParent;
    parcours_accueil_enregistrer(parent_id: u32, saisie: SaisieAccueil) -> ParcoursParent;
    parcours_orientation_enregistrer(inscription_id: u32, orientation: Option<Orientation>) -> ParcoursParent;
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
    dossier_choisir(titre: String, depart: Option<String>) -> Option<String>;
    fichier_choisir(titre: String, depart: Option<String>, extensions: Vec<String>) -> Option<String>;
    document_produire(demande: DemandeDocument) -> DocumentEcrit;
    attestations_apercu(choix: ChoixAttestations) -> ApercuAttestations;
    attestations_sous_le_seuil(choix: ChoixAttestations) -> Vec<SousLeSeuil>;
    document_ouvrir(chemin: String) -> ();
    affiche_langues() -> Vec<FlyerLanguage>;
    affiche_apercu(atelier_id: u32, langues: Vec<String>, petits_enfants: bool) -> Vec<ApercuAffiche>;
    affiches_par_langue(atelier_id: u32, langues: Vec<String>, bilingue: bool, petits_enfants: bool) -> Vec<DocumentEcrit>;
    annee_etat() -> EtatAnnee;
    rentree_apercu(depuis: String) -> ApercuRentree;
    rentree_preparer(choix: ChoixRentree) -> RapportRentree;
    relecture_exporter(langue: String) -> Vec<DocumentEcrit>;
    relecture_verifier(chemin: String, langue: String, relecteur: String) -> Import;
    relecture_enregistrer(chemin: String, langue: String, relecteur: String) -> Vec<FlyerLanguage>;
    qui_lire() -> QuiUtilise;
    qui_choisir(nom: String) -> QuiUtilise;
    bilan_calculer(annee_id: u32) -> Bilan;
    bilan_verifier(annee_id: u32) -> Vec<PointAVerifier>;
    bilan_exporter(annee_id: u32) -> Vec<DocumentEcrit>;
    bilan_progression() -> Option<Progression>;
    bilan_qualitatif_enregistrer(annee_id: u32, qualitatif: Qualitatif) -> Qualitatif;
    bilan_depense_ajouter(annee_id: u32, saisie: SaisieDepense) -> Bilan;
    bilan_depense_supprimer(annee_id: u32, depense_id: u32) -> Bilan;
    bilan_financement_ajouter(annee_id: u32, saisie: SaisieFinancement) -> Bilan;
    bilan_financement_supprimer(annee_id: u32, financement_id: u32) -> Bilan;
    academie_examiner(dossier: String) -> Consolidation;
    academie_dernier_dossier() -> String;
    academie_consolider(dossier: String) -> Consolidation;
    demarrage_phrase(phrase: String) -> EtatAccueil;
    demarrage_attente() -> u32;
    demarrage_sauvegarde_valide() -> Option<Sauvegarde>;
    demarrage_restaurer(chemin: String) -> EtatAccueil;
    sauvegardes_lire() -> VueSauvegardes;
    sauvegarde_maintenant() -> VueSauvegardes;
    sauvegardes_reglages(saisie: SaisieReglagesSauvegarde) -> VueSauvegardes;
    sauvegarde_restaurer(chemin: String) -> Remplacement;
    donnees_exporter() -> DocumentEcrit;
    donnees_verifier_import(chemin: String, phrase: Option<String>) -> Verification;
    donnees_importer(chemin: String, phrase: Option<String>) -> Remplacement;
    chiffrement_definir(phrase: String) -> VueSauvegardes;
    chiffrement_changer(actuelle: String, nouvelle: String) -> VueSauvegardes;
    chiffrement_retirer(actuelle: String) -> VueSauvegardes;
    conservation_lire() -> ReglageConservation;
    conservation_definir(annees: u32) -> ReglageConservation;
    purge_apercu() -> ApercuPurge;
    purge_lancer() -> ResultatPurge;
    registre_lire() -> FicheRegistre;
    registre_produire() -> DocumentEcrit;
    journal_lister(filtre: FiltreJournal) -> Vec<EntreeJournal>;
    journal_actions() -> Vec<ActionJournal>;
    parent_donnees_exporter(parent_id: u32) -> Vec<DocumentEcrit>;
    parent_effacer(parent_id: u32) -> Effacement;
    a_propos_lire() -> APropos;
    a_propos_ouvrir_dossier() -> ();
    a_propos_journal_technique() -> String;
}

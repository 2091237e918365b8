//! The commands the webview may call, each a few lines over the core.
//!
//! To add one: write the function here (taking `State<Etat>` first), add it to the
//! `commandes!` table at the bottom and to `commandes.list`, then run `make bindings`.

use oepre_core::annee::{self, AnneeScolaire, SaisieAnnee};
use oepre_core::demo::{self, EtatAccueil};
use oepre_core::etablissement::{self, Etablissement, SaisieEtablissement, VueEtablissement};
use oepre_core::ErreurPublique;
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

crate::bindings::commandes! {
    accueil_etat() -> EtatAccueil;
    accueil_charger_demo() -> EtatAccueil;
    accueil_commencer_vide() -> EtatAccueil;
    etablissement_lire() -> VueEtablissement;
    etablissement_enregistrer(saisie: SaisieEtablissement) -> Etablissement;
    annee_definir_courante(saisie: SaisieAnnee) -> AnneeScolaire;
}

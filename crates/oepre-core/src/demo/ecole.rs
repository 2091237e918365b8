//! Demo data: a realistic example school, for trying the app and for tests.
//!
//! Offered on first start with an empty database, and written by `oepre demo --db PATH`.
//! Later features extend [`charger`] with their own example records.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::domaine::annee::{self, SaisieAnnee};
use crate::domaine::etablissement::{self, SaisieEtablissement, TitreChef, TypeEtablissement, Zone};
use crate::{Db, Erreur, Resultat};

const CLE_ACCUEIL: &str = "accueil_choisi";

/// What the app shows on start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EtatAccueil {
    /// True on a first start with an empty database: offer demo data or an empty start.
    pub premier_demarrage: bool,
    /// The data file in use, shown in the settings so people know where their data live.
    pub chemin_base: String,
}

/// Whether to offer the welcome choice.
pub fn etat_accueil(db: &Db) -> Resultat<EtatAccueil> {
    Ok(EtatAccueil {
        premier_demarrage: base_vide(db.conn())? && crate::stockage::db::parametre(db.conn(), CLE_ACCUEIL)?.is_none(),
        chemin_base: db.chemin().display().to_string(),
    })
}

/// The person chose to start with an empty school: do not ask again.
pub fn commencer_vide(db: &mut Db) -> Resultat<()> {
    db.transaction(|tx| {
        crate::stockage::db::definir_parametre(tx, CLE_ACCUEIL, "vide")
    })
}

fn base_vide(conn: &Connection) -> Resultat<bool> {
    let n: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM etablissement) + (SELECT count(*) FROM annee_scolaire)",
        [],
        |r| r.get(0),
    )?;
    Ok(n == 0)
}

/// The example school.
pub fn saisie_etablissement() -> SaisieEtablissement {
    SaisieEtablissement {
        nom: "Collège Louise Michel".into(),
        type_etablissement: Some(TypeEtablissement::College),
        uai: "0931234L".into(),
        adresse: "24 rue de la République".into(),
        code_postal: "93200".into(),
        commune: "Saint-Denis".into(),
        academie: "Créteil".into(),
        zone: Some(Zone::C),
        chef_nom: "Karima Haddad".into(),
        chef_titre: Some(TitreChef::Principale),
        telephone: "01 48 20 00 00".into(),
        courriel: "ce.0931234l@ac-creteil.fr".into(),
    }
}

/// Writes the example school into an empty database. Refused (nothing written) when the
/// database already holds a school or a school year.
pub fn charger(db: &mut Db) -> Resultat<()> {
    if !base_vide(db.conn())? {
        return Err(Erreur::Conflit(
            "La base contient déjà un établissement : les données d'exemple ne sont chargées que dans une base vide.".into(),
        ));
    }
    etablissement::enregistrer(db, &saisie_etablissement())?;
    for (libelle, premier, dernier) in [("2024-2025", "2024-09-02", "2025-07-04"), ("2025-2026", "2025-09-01", "2026-07-03")] {
        annee::definir_courante(db, &SaisieAnnee { libelle: libelle.into(), premier_jour: premier.into(), dernier_jour: dernier.into() })?;
    }
    // Intervenants, closure days, two ateliers with a full year of séances.
    crate::domaine::atelier::demo(db)?;
    crate::demo::parents::charger(db)?;
    db.transaction(|tx| {
        crate::stockage::db::definir_parametre(tx, CLE_ACCUEIL, "demo")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn la_demo_remplit_une_base_vide_et_refuse_une_base_pleine() {
        let mut db = Db::en_memoire().unwrap();
        assert!(etat_accueil(&db).unwrap().premier_demarrage);
        charger(&mut db).unwrap();
        assert!(!etat_accueil(&db).unwrap().premier_demarrage);
        let e = etablissement::lire(db.conn()).unwrap().unwrap();
        assert_eq!(e.uai, "0931234L");
        assert_eq!(annee::courante(db.conn()).unwrap().unwrap().libelle, "2025-2026");
        assert_eq!(annee::lister(db.conn()).unwrap().len(), 2);
        let err = charger(&mut db).unwrap_err();
        assert_eq!(err.code(), crate::CodeErreur::Conflit);
    }

    #[test]
    fn commencer_vide_ne_redemande_pas() {
        let mut db = Db::en_memoire().unwrap();
        commencer_vide(&mut db).unwrap();
        assert!(!etat_accueil(&db).unwrap().premier_demarrage);
    }
}

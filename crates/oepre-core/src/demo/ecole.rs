//! Demo data: a realistic example school, for trying the app and for tests.
//!
//! Offered on first start with an empty database, and written by `oepre demo --db PATH`.
//! Later features extend [`charger`] with their own example records.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::domaine::annee::{self, SaisieAnnee};
use crate::domaine::etablissement::{self, SaisieEtablissement, TitreChef, TypeEtablissement, Zone};
use crate::domaine::atelier::{creer, SaisieAtelier, SaisieCreneau};
use crate::domaine::{planning, seance};
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
    ateliers(db)?;
    crate::demo::parents::charger(db)?;
    db.transaction(|tx| {
        crate::stockage::db::definir_parametre(tx, CLE_ACCUEIL, "demo")
    })
}

/// The demo ateliers: three intervenants with
/// different statuses and pay schemes, the Ascension bridge as a closure day, and two ateliers
/// of the current year with their séances generated from 6 October 2025 to 26 June 2026 —
/// themes on some, one cancelled, one co-animated, one off-site.
fn ateliers(db: &mut Db) -> Resultat<()> {
    use crate::domaine::intervenant::{Remuneration, SaisieIntervenant, Statut};
    use crate::domaine::seance::{Axes, SaisieSeance};
    let mut personne = |prenom: &str, nom: &str, statut, remuneration, courriel: &str| {
        crate::domaine::intervenant::creer(
            db,
            &SaisieIntervenant {
                nom: nom.into(),
                prenom: prenom.into(),
                statut: Some(statut),
                courriel: courriel.into(),
                remuneration: Some(remuneration),
                ..Default::default()
            },
        )
        .map(|i| i.id)
    };
    let samia = personne("Samia", "Belkacem", Statut::Upe2a, Remuneration::Vacation, "samia.belkacem@ac-creteil.fr")?;
    let marc = personne("Marc", "Lefèvre", Statut::Greta, Remuneration::Facture, "")?;
    let helene = personne("Hélène", "Dubois", Statut::Enseignant, Remuneration::Hse, "helene.dubois@ac-creteil.fr")?;
    crate::domaine::ecole_calendrier::ajouter_fermeture(
        db,
        &crate::domaine::ecole_calendrier::SaisieFermeture { date: "2026-05-15".into(), libelle: "Pont de l'Ascension".into() },
    )?;
    let creneau = |jour, debut: &str, fin: &str, qui: i64| SaisieCreneau { id: None, jour, debut: debut.into(), fin: fin.into(), intervenants: vec![qui] };
    let debutants = creer(
        db,
        &SaisieAtelier {
            nom: "Atelier du mardi et jeudi".into(),
            niveau: "débutants".into(),
            salle: "Salle 104".into(),
            premier_jour: "2025-10-06".into(),
            dernier_jour: "2026-06-26".into(),
            heures_prevues: "120".into(),
            creneaux: vec![creneau(2, "14:00", "16:00", samia), creneau(4, "14:00", "16:00", samia)],
            ..Default::default()
        },
    )?;
    let alpha = creer(
        db,
        &SaisieAtelier {
            nom: "Atelier alphabétisation".into(),
            niveau: "alphabétisation".into(),
            salle: "Salle polyvalente".into(),
            premier_jour: "2025-10-06".into(),
            dernier_jour: "2026-06-26".into(),
            heures_prevues: "120".into(),
            partenaires: "École élémentaire Jean Jaurès, École maternelle Pablo Picasso".into(),
            notes: "Garde des tout-petits possible dans la salle voisine.".into(),
            creneaux: vec![creneau(1, "9:00", "11:00", marc), creneau(5, "9:00", "11:00", marc)],
            ..Default::default()
        },
    )?;
    // Deterministic whatever the clock says: generated as at the start of the year.
    let rentree = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or(NaiveDate::MIN);
    for id in [debutants.id, alpha.id] {
        planning::generer(db, id, rentree)?;
    }
    let axes = |langue, ecole, valeurs| Axes { langue, ecole, valeurs };
    let themes: [(i64, usize, &str, Axes); 6] = [
        (debutants.id, 0, "Se présenter, présenter sa famille", axes(true, false, false)),
        (debutants.id, 1, "Le carnet de liaison et l'ENT", axes(true, true, false)),
        (debutants.id, 4, "Le rendez-vous avec le professeur principal", axes(true, true, false)),
        (debutants.id, 20, "Égalité entre les femmes et les hommes", axes(true, false, true)),
        (alpha.id, 0, "Reconnaître les lettres de son prénom", axes(true, false, false)),
        (alpha.id, 3, "Lire l'emploi du temps de son enfant", axes(true, true, false)),
    ];
    for (atelier, rang, theme, axes) in themes {
        if let Some(s) = seance::lister(db.conn(), atelier)?.get(rang) {
            seance::modifier(db, s.id, &SaisieSeance { theme: theme.into(), axes, ..SaisieSeance::from(s) })?;
        }
    }
    let seances = seance::lister(db.conn(), debutants.id)?;
    if let Some(s) = seances.get(10) {
        let mut saisie = SaisieSeance::from(s);
        saisie.theme = "La laïcité à l'école".into();
        saisie.axes = axes(false, true, true);
        saisie.intervenants = vec![samia, helene];
        seance::modifier(db, s.id, &saisie)?;
    }
    if let Some(s) = seances.get(30) {
        let mut saisie = SaisieSeance::from(s);
        saisie.theme = "Visite de la médiathèque et inscription".into();
        saisie.hors_les_murs = true;
        saisie.lieu = "Médiathèque du centre-ville".into();
        seance::modifier(db, s.id, &saisie)?;
    }
    if let Some(s) = seance::lister(db.conn(), alpha.id)?.get(14) {
        seance::annuler(db, s.id, "Grève des transports")?;
    }
    Ok(())
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

//! The school's own calendar, stored: closure days it adds (table `fermeture`) and holidays it
//! enters by hand (table `vacances_saisies`) for years the shipped data do not cover; and the
//! [`Calendrier`] of a period built from them, the school's zone and the shipped holidays.
//!
//! The rules of the calendar (holidays, public holidays, planning) live in
//! [`crate::commun::calendrier`]; this module only stores what the school types and assembles it.
//! When the shipped data do not cover a period, [`etat`] says so plainly in French
//! (`calendrier_connu = false`) and the school enters its holidays with [`ajouter_vacances`].

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::annee::{self, AnneeScolaire};
use crate::commun::calendrier::{self, Calendrier, Fermeture, JourFerie, Vacances};
use crate::domaine::etablissement::{self, Zone};
use crate::commun::texte::{date_fr, lire_date, nettoyer};
use crate::{Db, Erreur, ErreurChamp, Resultat};

/// A holiday range entered by hand (table `vacances_saisies`), bounds included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VacancesSaisies {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// Name shown ("Vacances de la Toussaint").
    pub nom: String,
    /// First day without class.
    pub premier_jour: NaiveDate,
    /// Last day without class.
    pub dernier_jour: NaiveDate,
}

/// What a person typed to add holidays. Dates as `AAAA-MM-JJ` or `JJ/MM/AAAA`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieVacances {
    /// Name ("Vacances d'hiver").
    pub nom: String,
    /// First day without class.
    pub premier_jour: String,
    /// Last day without class.
    pub dernier_jour: String,
}

/// What a person typed to add a closure day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieFermeture {
    /// The day (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
    pub date: String,
    /// Why ("Pont de l'Ascension", "Examens du brevet").
    pub libelle: String,
}

/// Whether the app knows the holidays of a period, and what to tell the school if not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EtatCalendrier {
    /// True when the shipped holiday data cover the whole period for the school's zone.
    pub calendrier_connu: bool,
    /// When not known: a French sentence saying so and what to do; else `None`.
    pub message: Option<String>,
}

/// Everything the calendar screen of a school year shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueCalendrier {
    /// The school's zone, once the school is entered.
    pub zone: Option<Zone>,
    /// The year shown (the current one unless asked otherwise).
    pub annee: Option<AnneeScolaire>,
    /// Known or not, and the message.
    pub etat: EtatCalendrier,
    /// Shipped holidays of the zone touching the year.
    pub vacances_officielles: Vec<Vacances>,
    /// Holidays entered by hand touching the year (all of them when no year is set).
    pub vacances_saisies: Vec<VacancesSaisies>,
    /// Public holidays of the year (computed).
    pub jours_feries: Vec<JourFerie>,
    /// Closure days the school added, in the year (all of them when no year is set).
    pub fermetures: Vec<Fermeture>,
}

/// The school's holiday zone. Refused (`Conflit`) while the school has not been entered.
pub fn zone(conn: &Connection) -> Resultat<Zone> {
    etablissement::lire(conn)?.map(|e| e.zone).ok_or_else(|| {
        Erreur::Conflit(
            "Enregistrez d'abord l'établissement : sa zone de vacances décide du calendrier des séances.".into(),
        )
    })
}

/// Every closure day, by date.
pub fn lister_fermetures(conn: &Connection) -> Resultat<Vec<Fermeture>> {
    let mut stmt = conn.prepare("SELECT date, libelle FROM fermeture ORDER BY date")?;
    let v = stmt.query_map([], |r| Ok(Fermeture { date: r.get(0)?, libelle: r.get(1)? }))?.collect::<Result<_, _>>()?;
    Ok(v)
}

/// Adds a closure day (one transaction). Refused with a field error for a bad date, an empty
/// label, or a day already closed.
pub fn ajouter_fermeture(db: &mut Db, s: &SaisieFermeture) -> Resultat<Fermeture> {
    let mut erreurs = Vec::new();
    let date = lire_date(&s.date);
    if date.is_none() {
        erreurs.push(ErreurChamp::new("date", message_date(&s.date)));
    }
    let libelle = nettoyer(&s.libelle);
    if libelle.is_empty() {
        erreurs.push(ErreurChamp::new("libelle", "Indiquez pourquoi l'école est fermée (par exemple « Pont de l'Ascension »)."));
    }
    let (Some(date), true) = (date, erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    db.transaction(|tx| {
        let existe: bool = tx.query_row("SELECT count(*) > 0 FROM fermeture WHERE date = ?1", [date], |r| r.get(0))?;
        if existe {
            return Err(Erreur::champ("date", format!("Le {} est déjà un jour de fermeture.", date_fr(date))));
        }
        tx.execute("INSERT INTO fermeture (date, libelle) VALUES (?1, ?2)", params![date, libelle])?;
        Ok(())
    })?;
    Ok(Fermeture { date, libelle })
}

/// Removes a closure day given as `AAAA-MM-JJ` or `JJ/MM/AAAA` (one transaction).
/// `Introuvable` if the day was not closed.
pub fn retirer_fermeture(db: &mut Db, date: &str) -> Resultat<()> {
    let date = lire_date(date).ok_or_else(|| Erreur::champ("date", message_date(date)))?;
    db.transaction(|tx| {
        if tx.execute("DELETE FROM fermeture WHERE date = ?1", [date])? == 0 {
            return Err(Erreur::Introuvable(format!("Le {} n'est pas un jour de fermeture.", date_fr(date))));
        }
        Ok(())
    })
}

/// Every holiday range entered by hand, by first day.
pub fn lister_vacances_saisies(conn: &Connection) -> Resultat<Vec<VacancesSaisies>> {
    let mut stmt =
        conn.prepare("SELECT id, nom, premier_jour, dernier_jour FROM vacances_saisies ORDER BY premier_jour, id")?;
    let v = stmt
        .query_map([], |r| Ok(VacancesSaisies { id: r.get(0)?, nom: r.get(1)?, premier_jour: r.get(2)?, dernier_jour: r.get(3)? }))?
        .collect::<Result<_, _>>()?;
    Ok(v)
}

/// Adds a holiday range entered by hand (one transaction), checked field by field.
pub fn ajouter_vacances(db: &mut Db, s: &SaisieVacances) -> Resultat<VacancesSaisies> {
    let mut erreurs = Vec::new();
    let nom = nettoyer(&s.nom);
    if nom.is_empty() {
        erreurs.push(ErreurChamp::new("nom", "Donnez un nom à ces vacances (par exemple « Vacances de la Toussaint »)."));
    }
    let premier = lire_date(&s.premier_jour);
    if premier.is_none() {
        erreurs.push(ErreurChamp::new("premier_jour", message_date(&s.premier_jour)));
    }
    let dernier = lire_date(&s.dernier_jour);
    if dernier.is_none() {
        erreurs.push(ErreurChamp::new("dernier_jour", message_date(&s.dernier_jour)));
    }
    if let (Some(p), Some(d)) = (premier, dernier) {
        if d < p {
            erreurs.push(ErreurChamp::new(
                "dernier_jour",
                format!("Le dernier jour de vacances ({}) est avant le premier ({}).", date_fr(d), date_fr(p)),
            ));
        }
    }
    let (Some(premier_jour), Some(dernier_jour), true) = (premier, dernier, erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    let id = db.transaction(|tx| {
        tx.execute(
            "INSERT INTO vacances_saisies (nom, premier_jour, dernier_jour) VALUES (?1, ?2, ?3)",
            params![nom, premier_jour, dernier_jour],
        )?;
        Ok(tx.last_insert_rowid())
    })?;
    Ok(VacancesSaisies { id, nom, premier_jour, dernier_jour })
}

/// Removes a holiday range entered by hand (one transaction).
pub fn retirer_vacances(db: &mut Db, id: i64) -> Resultat<()> {
    db.transaction(|tx| {
        if tx.execute("DELETE FROM vacances_saisies WHERE id = ?1", [id])? == 0 {
            return Err(Erreur::Introuvable("Ces vacances n'existent plus.".into()));
        }
        Ok(())
    })
}

fn saisies_comme_vacances(conn: &Connection, zone: Zone) -> Resultat<Vec<Vacances>> {
    Ok(lister_vacances_saisies(conn)?
        .into_iter()
        .map(|v| Vacances { zone, nom: v.nom, premier_jour: v.premier_jour, dernier_jour: v.dernier_jour })
        .collect())
}

/// The school's calendar for `du..=au`: shipped holidays of its zone, holidays entered by
/// hand, its closure days (and the computed public holidays). Needs the school (its zone).
pub fn calendrier(conn: &Connection, du: NaiveDate, au: NaiveDate) -> Resultat<Calendrier> {
    let zone = zone(conn)?;
    Ok(Calendrier::officiel(zone, du, au, saisies_comme_vacances(conn, zone)?, lister_fermetures(conn)?))
}

/// Whether the shipped data cover `du..=au` for the school's zone; if not, a French message
/// telling the school to enter its holidays (or that the ones it entered are used).
pub fn etat(conn: &Connection, du: NaiveDate, au: NaiveDate) -> Resultat<EtatCalendrier> {
    let zone = zone(conn)?;
    if calendrier::calendrier_connu(zone, du, au) {
        return Ok(EtatCalendrier { calendrier_connu: true, message: None });
    }
    let annees = annees_de(du, au);
    let saisies = lister_vacances_saisies(conn)?.into_iter().filter(|v| v.premier_jour <= au && du <= v.dernier_jour).count();
    let message = if saisies == 0 {
        format!(
            "Ateliers OEPRE n'a pas le calendrier des vacances scolaires de {annees} (zone {zone:?}) : saisissez les vacances de l'école, sinon des séances seront prévues pendant les vacances."
        )
    } else {
        format!(
            "Ateliers OEPRE n'a pas le calendrier des vacances scolaires de {annees} (zone {zone:?}) : les {saisies} période(s) de vacances saisies par l'école sont utilisées ; vérifiez qu'il n'en manque aucune."
        )
    };
    Ok(EtatCalendrier { calendrier_connu: false, message: Some(message) })
}

/// "l'année scolaire 2028-2029" or "les années scolaires 2027-2028 à 2028-2029".
fn annees_de(du: NaiveDate, au: NaiveDate) -> String {
    let (a, b) = (annee::libelle_pour(du), annee::libelle_pour(au));
    if a == b {
        format!("l'année scolaire {a}")
    } else {
        format!("les années scolaires {a} à {b}")
    }
}

/// Reads [`VueCalendrier`] for the year `annee_id` (else the current one).
pub fn vue(conn: &Connection, annee_id: Option<i64>) -> Resultat<VueCalendrier> {
    let annee = match annee_id {
        Some(id) => Some(annee::par_id(conn, id)?),
        None => annee::courante(conn)?,
    };
    let zone = etablissement::lire(conn)?.map(|e| e.zone);
    let mut vacances_saisies = lister_vacances_saisies(conn)?;
    let mut fermetures = lister_fermetures(conn)?;
    let (mut vacances_officielles, mut jours_feries) = (Vec::new(), Vec::new());
    let mut etat_cal = EtatCalendrier { calendrier_connu: false, message: None };
    if let Some(a) = &annee {
        // The whole school year, September to August, so the summer holidays show.
        let (du, au) = (a.premier_jour.min(debut_annee(a)), a.dernier_jour.max(fin_annee(a)));
        vacances_saisies.retain(|v| v.premier_jour <= au && du <= v.dernier_jour);
        fermetures.retain(|f| du <= f.date && f.date <= au);
        jours_feries = (du.year()..=au.year())
            .flat_map(calendrier::jours_feries)
            .filter(|f| du <= f.date && f.date <= au)
            .collect();
        if let Some(z) = zone {
            vacances_officielles = calendrier::vacances_officielles(z, du, au);
            etat_cal = etat(conn, a.premier_jour, a.dernier_jour)?;
        }
    }
    if zone.is_none() {
        etat_cal.message = Some("Enregistrez d'abord l'établissement : sa zone de vacances décide du calendrier.".into());
    }
    Ok(VueCalendrier { zone, annee, etat: etat_cal, vacances_officielles, vacances_saisies, jours_feries, fermetures })
}

fn debut_annee(a: &AnneeScolaire) -> NaiveDate {
    NaiveDate::from_ymd_opt(a.premier_jour.year(), 9, 1).unwrap_or(a.premier_jour)
}

fn fin_annee(a: &AnneeScolaire) -> NaiveDate {
    NaiveDate::from_ymd_opt(a.premier_jour.year() + 1, 8, 31).unwrap_or(a.dernier_jour)
}

fn message_date(saisie: &str) -> &'static str {
    if saisie.trim().is_empty() {
        "Date obligatoire."
    } else {
        "Date invalide : écrivez-la comme 15/05/2026."
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commun::calendrier::MotifFermeture;

    fn d(a: i32, m: u32, j: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(a, m, j).unwrap()
    }

    fn base_demo() -> Db {
        let mut db = Db::en_memoire().unwrap();
        etablissement::enregistrer(&mut db, &crate::demo::ecole::saisie_etablissement()).unwrap();
        db
    }

    #[test]
    fn fermetures_ajoutees_retirees_et_dans_le_calendrier() {
        let mut db = base_demo();
        let f = ajouter_fermeture(&mut db, &SaisieFermeture { date: "15/05/2026".into(), libelle: " Pont de  l'Ascension ".into() }).unwrap();
        assert_eq!(f, Fermeture { date: d(2026, 5, 15), libelle: "Pont de l'Ascension".into() });
        let e = ajouter_fermeture(&mut db, &SaisieFermeture { date: "2026-05-15".into(), libelle: "Autre".into() }).unwrap_err();
        assert_eq!(e.champs()[0].message, "Le 15/05/2026 est déjà un jour de fermeture.");
        let e = ajouter_fermeture(&mut db, &SaisieFermeture { date: "32/05/2026".into(), libelle: "".into() }).unwrap_err();
        assert_eq!(e.champs().len(), 2, "date et libellé");
        let cal = calendrier(db.conn(), d(2025, 9, 1), d(2026, 7, 3)).unwrap();
        assert_eq!(cal.motif_fermeture(d(2026, 5, 15)), Some(MotifFermeture::Fermeture { libelle: "Pont de l'Ascension".into() }));
        retirer_fermeture(&mut db, "2026-05-15").unwrap();
        assert!(lister_fermetures(db.conn()).unwrap().is_empty());
        assert_eq!(retirer_fermeture(&mut db, "15/05/2026").unwrap_err().code(), crate::CodeErreur::Introuvable);
    }

    #[test]
    fn une_annee_sans_calendrier_livre_le_dit_et_prend_les_vacances_saisies() {
        let mut db = base_demo();
        let (du, au) = (d(2028, 9, 4), d(2029, 7, 6));
        let e = etat(db.conn(), du, au).unwrap();
        assert!(!e.calendrier_connu);
        let m = e.message.unwrap();
        assert!(m.contains("n'a pas le calendrier des vacances scolaires de l'année scolaire 2028-2029 (zone C)"), "{m}");
        let e = ajouter_vacances(&mut db, &SaisieVacances { nom: "Toussaint".into(), premier_jour: "2028-10-21".into(), dernier_jour: "2028-10-20".into() }).unwrap_err();
        assert_eq!(e.champs()[0].champ, "dernier_jour");
        assert!(lister_vacances_saisies(db.conn()).unwrap().is_empty(), "rien d'écrit");
        ajouter_vacances(&mut db, &SaisieVacances { nom: "Toussaint".into(), premier_jour: "21/10/2028".into(), dernier_jour: "05/11/2028".into() }).unwrap();
        let cal = calendrier(db.conn(), du, au).unwrap();
        assert_eq!(cal.motif_fermeture(d(2028, 10, 24)), Some(MotifFermeture::Vacances { nom: "Toussaint".into() }));
        assert!(etat(db.conn(), du, au).unwrap().message.unwrap().contains("saisies par l'école sont utilisées"));
        assert!(etat(db.conn(), d(2025, 9, 1), d(2026, 7, 3)).unwrap().calendrier_connu);
    }

    #[test]
    fn sans_etablissement_pas_de_calendrier() {
        let db = Db::en_memoire().unwrap();
        assert_eq!(calendrier(db.conn(), d(2025, 9, 1), d(2026, 7, 3)).unwrap_err().code(), crate::CodeErreur::Conflit);
        assert!(vue(db.conn(), None).unwrap().etat.message.is_some());
    }
}

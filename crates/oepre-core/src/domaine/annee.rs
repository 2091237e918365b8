//! School years (années scolaires): the current one and the past ones.
//!
//! A year is a label (`2025-2026`) and its first and last day of classes. Exactly one year is
//! current; setting another current keeps the previous ones as past years.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::texte::lire_date;
use crate::{Db, Erreur, ErreurChamp, Resultat};

/// A school year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AnneeScolaire {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// `2025-2026`.
    pub libelle: String,
    /// First day of classes.
    pub premier_jour: NaiveDate,
    /// Last day of classes.
    pub dernier_jour: NaiveDate,
    /// Whether this is the year the app works on.
    pub courante: bool,
}

/// What a person typed to set the current year. Dates as `AAAA-MM-JJ` or `JJ/MM/AAAA`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieAnnee {
    /// `2025-2026`.
    pub libelle: String,
    /// First day of classes.
    pub premier_jour: String,
    /// Last day of classes.
    pub dernier_jour: String,
}

/// The school year that contains `date` by label (September–August): 2026-03-10 → `2025-2026`.
pub fn libelle_pour(date: NaiveDate) -> String {
    let debut = if date.month() >= 8 { date.year() } else { date.year() - 1 };
    format!("{}-{}", debut, debut + 1)
}

/// Checks a year: label `AAAA-AAAA+1`, both days valid, in the right civil years, in order.
pub fn valider(s: &SaisieAnnee) -> Result<(String, NaiveDate, NaiveDate), Erreur> {
    let mut erreurs = Vec::new();
    let libelle = s.libelle.trim().replace(['/', '–', ' '], "-");
    let annees = libelle
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse::<i32>().ok()?, b.parse::<i32>().ok()?)))
        .filter(|(a, b)| *b == a + 1 && (2000..2100).contains(a) && libelle.len() == 9);
    if annees.is_none() {
        erreurs.push(ErreurChamp::new("libelle", "L'année scolaire s'écrit comme 2025-2026 (deux années qui se suivent)."));
    }
    let mut date = |champ: &str, valeur: &str| {
        let d = lire_date(valeur);
        if d.is_none() {
            let m = if valeur.trim().is_empty() { "Date obligatoire." } else { "Date invalide : écrivez-la comme 01/09/2025." };
            erreurs.push(ErreurChamp::new(champ, m));
        }
        d
    };
    let premier = date("premier_jour", &s.premier_jour);
    let dernier = date("dernier_jour", &s.dernier_jour);
    if let (Some((a, b)), Some(p), Some(d)) = (annees, premier, dernier) {
        if p.year() != a {
            erreurs.push(ErreurChamp::new("premier_jour", format!("La rentrée de l'année {libelle} tombe en {a}.")));
        }
        if d.year() != b {
            erreurs.push(ErreurChamp::new("dernier_jour", format!("Le dernier jour de classe de l'année {libelle} tombe en {b}.")));
        } else if d <= p {
            erreurs.push(ErreurChamp::new("dernier_jour", "Le dernier jour doit venir après le premier."));
        }
    }
    match (premier, dernier) {
        (Some(p), Some(d)) if erreurs.is_empty() => Ok((libelle, p, d)),
        _ => Err(Erreur::Validation(erreurs)),
    }
}

fn depuis_ligne(r: &Row<'_>) -> rusqlite::Result<AnneeScolaire> {
    Ok(AnneeScolaire {
        id: r.get(0)?,
        libelle: r.get(1)?,
        premier_jour: r.get(2)?,
        dernier_jour: r.get(3)?,
        courante: r.get(4)?,
    })
}

const COLONNES: &str = "id, libelle, premier_jour, dernier_jour, courante";

/// Every year, the current one first, then the most recent.
pub fn lister(conn: &Connection) -> Resultat<Vec<AnneeScolaire>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLONNES} FROM annee_scolaire ORDER BY courante DESC, libelle DESC"))?;
    let annees = stmt.query_map([], depuis_ligne)?.collect::<Result<_, _>>()?;
    Ok(annees)
}

/// The current year, if one is set.
pub fn courante(conn: &Connection) -> Resultat<Option<AnneeScolaire>> {
    Ok(conn
        .query_row(&format!("SELECT {COLONNES} FROM annee_scolaire WHERE courante = 1"), [], depuis_ligne)
        .optional()?)
}

/// A year by its label.
pub fn par_libelle(conn: &Connection, libelle: &str) -> Resultat<AnneeScolaire> {
    conn.query_row(&format!("SELECT {COLONNES} FROM annee_scolaire WHERE libelle = ?1"), [libelle], depuis_ligne)
        .optional()?
        .ok_or_else(|| Erreur::Introuvable(format!("Aucune année scolaire « {libelle} » n'est enregistrée.")))
}

/// A year by its id.
pub fn par_id(conn: &Connection, id: i64) -> Resultat<AnneeScolaire> {
    conn.query_row(&format!("SELECT {COLONNES} FROM annee_scolaire WHERE id = ?1"), [id], depuis_ligne)
        .optional()?
        .ok_or_else(|| Erreur::Introuvable("Cette année scolaire n'existe pas (ou plus).".into()))
}

/// Sets (creating or updating) the current year; the previous current one becomes a past year.
pub fn definir_courante(db: &mut Db, s: &SaisieAnnee) -> Resultat<AnneeScolaire> {
    let (libelle, premier, dernier) = valider(s)?;
    db.transaction(|tx| {
        tx.execute("UPDATE annee_scolaire SET courante = 0 WHERE courante = 1 AND libelle <> ?1", [&libelle])?;
        tx.execute(
            "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT (libelle) DO UPDATE SET premier_jour = excluded.premier_jour,
               dernier_jour = excluded.dernier_jour, courante = 1",
            params![libelle, premier, dernier],
        )?;
        Ok(())
    })?;
    par_libelle(db.conn(), &libelle)
}

/// Refuses a change to an atelier (its séances, enrolments, roll calls) of a year that is not
/// the current one: past years stay as they were sent to the rectorat.
pub fn exiger_modifiable(conn: &Connection, atelier_id: i64) -> Resultat<()> {
    let (libelle, courante): (String, bool) = match conn.query_row(
        "SELECT y.libelle, y.courante FROM atelier a JOIN annee_scolaire y ON y.id = a.annee_id WHERE a.id = ?1",
        [atelier_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    ) {
        Ok(v) => v,
        Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    if courante {
        Ok(())
    } else {
        Err(Erreur::Conflit(format!(
            "L'année {libelle} est close : ses ateliers, séances, inscriptions et appels ne se modifient plus (ses documents et son bilan restent disponibles)."
        )))
    }
}

/// [`exiger_modifiable`] for the atelier of a séance.
pub fn exiger_seance_modifiable(conn: &Connection, seance_id: i64) -> Resultat<()> {
    match conn.query_row("SELECT atelier_id FROM seance WHERE id = ?1", [seance_id], |r| r.get::<_, i64>(0)) {
        Ok(a) => exiger_modifiable(conn, a),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// [`exiger_modifiable`] for the atelier of an enrolment.
pub fn exiger_inscription_modifiable(conn: &Connection, inscription_id: i64) -> Resultat<()> {
    match conn.query_row("SELECT atelier_id FROM inscription WHERE id = ?1", [inscription_id], |r| r.get::<_, i64>(0)) {
        Ok(a) => exiger_modifiable(conn, a),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// `Introuvable` unless the atelier exists.
pub fn exiger_atelier(conn: &Connection, id: i64) -> Resultat<()> {
    let existe: bool = conn.query_row("SELECT count(*) > 0 FROM atelier WHERE id = ?1", [id], |r| r.get(0))?;
    if existe {
        Ok(())
    } else {
        Err(Erreur::Introuvable("Cet atelier n'existe pas (ou plus).".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saisie(l: &str, p: &str, d: &str) -> SaisieAnnee {
        SaisieAnnee { libelle: l.into(), premier_jour: p.into(), dernier_jour: d.into() }
    }

    #[test]
    fn une_nouvelle_annee_courante_range_l_ancienne_dans_les_passees() {
        let mut db = Db::en_memoire().unwrap();
        definir_courante(&mut db, &saisie("2024-2025", "2024-09-02", "2025-07-04")).unwrap();
        let a = definir_courante(&mut db, &saisie("2025-2026", "01/09/2025", "03/07/2026")).unwrap();
        assert!(a.courante);
        assert_eq!(a.premier_jour, NaiveDate::from_ymd_opt(2025, 9, 1).unwrap());
        let toutes = lister(db.conn()).unwrap();
        assert_eq!(toutes.iter().map(|a| (a.libelle.as_str(), a.courante)).collect::<Vec<_>>(), [("2025-2026", true), ("2024-2025", false)]);
        assert_eq!(courante(db.conn()).unwrap().unwrap().libelle, "2025-2026");
    }

    #[test]
    fn les_annees_incoherentes_sont_refusees_champ_par_champ() {
        let champs = |s: SaisieAnnee| -> Vec<String> { valider(&s).unwrap_err().champs().iter().map(|c| c.champ.clone()).collect() };
        assert_eq!(champs(saisie("2025-2027", "2025-09-01", "2026-07-03")), ["libelle"]);
        assert_eq!(champs(saisie("2025-2026", "2024-09-02", "2026-07-03")), ["premier_jour"]);
        assert_eq!(champs(saisie("2025-2026", "2025-09-01", "2025-12-03")), ["dernier_jour"]);
        assert_eq!(champs(saisie("2025-2026", "", "31/02/2026")), ["premier_jour", "dernier_jour"]);
        let mut db = Db::en_memoire().unwrap();
        assert!(definir_courante(&mut db, &saisie("2025-2026", "2025-09-01", "")).is_err());
        assert!(lister(db.conn()).unwrap().is_empty(), "rien d'écrit");
    }

    #[test]
    fn libelle_d_une_date() {
        assert_eq!(libelle_pour(NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()), "2025-2026");
        assert_eq!(libelle_pour(NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()), "2025-2026");
    }
}

//! The three terms (trimestres) of a school year, for the charter's follow-up indicators and the
//! « point trimestriel » of the conseil des maîtres (école–parents charter, seed 002: « Bilan
//! rapide lors d'un conseil des maîtres trimestriel »).
//!
//! ## The rule (one place)
//! The terms follow the school's holiday calendar ([`crate::domaine::ecole_calendrier::calendrier`]:
//! shipped holidays of its zone plus those it entered):
//! - **trimestre 1**: from the rentrée to the eve of the Christmas holidays (« Vacances de Noël »);
//! - **trimestre 2**: from the end of the Christmas holidays to the eve of the spring holidays
//!   (« Vacances de printemps »);
//! - **trimestre 3**: from the end of the spring holidays to the last day of the year.
//!
//! A break is found by its name (« Noël », « printemps »), else — for holidays entered by hand
//! under another name — the Christmas break is the one holding 25 December. When the calendar
//! knows neither break (no school recorded, a year the app does not ship and no holiday
//! entered), the terms end on 31 December and 31 March, and [`Trimestres::approximatif`] says so.
//!
//! **Which term a date belongs to** ([`Trimestres::numero_de`]): everything up to the last day of
//! term 1 is term 1 (an enrolment taken before the rentrée included), everything up to the last
//! day of term 2 is term 2 (a séance put in the Christmas holidays on purpose included), the rest
//! is term 3. So the three windows ([`Trimestres::fenetre`]) cover every date once.

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::calendrier::Vacances;
use crate::commun::texte::date_fr;
use crate::domaine::{annee, ecole_calendrier};
use crate::{Erreur, ErreurChamp, Resultat};

/// One term: its number and its class days, as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Trimestre {
    /// 1, 2 or 3.
    pub numero: u8,
    /// First day (the rentrée, or the day after a break).
    pub du: NaiveDate,
    /// Last day (the eve of a break, or the last day of the year).
    pub au: NaiveDate,
}

impl Trimestre {
    /// « Trimestre 2 (du 05/01/2026 au 17/04/2026) ».
    pub fn libelle(&self) -> String {
        format!("Trimestre {} (du {} au {})", self.numero, date_fr(self.du), date_fr(self.au))
    }
}

/// The three terms of a school year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Trimestres {
    /// Terms 1, 2, 3.
    pub trimestres: [Trimestre; 3],
    /// `true` when a break was not found in the calendar and 31 December / 31 March were used.
    pub approximatif: bool,
}

impl Trimestres {
    /// The term `numero` (1 to 3); refused otherwise with a field error on `trimestre`.
    pub fn trimestre(&self, numero: u8) -> Resultat<Trimestre> {
        verifier_numero(numero)?;
        Ok(self.trimestres[usize::from(numero - 1)])
    }

    /// The term a date belongs to (see the module documentation).
    pub fn numero_de(&self, date: NaiveDate) -> u8 {
        if date <= self.trimestres[0].au {
            1
        } else if date <= self.trimestres[1].au {
            2
        } else {
            3
        }
    }

    /// The dates that count in term `numero`, bounds included: term 1 from the earliest date,
    /// term 2 from the day after term 1 (the Christmas holidays included), term 3 from the day
    /// after term 2 to the latest date (see [`Self::numero_de`]).
    pub fn fenetre(&self, numero: u8) -> Resultat<(NaiveDate, NaiveDate)> {
        verifier_numero(numero)?;
        let lendemain = |d: NaiveDate| d.succ_opt().unwrap_or(d);
        Ok(match numero {
            1 => (NaiveDate::MIN, self.trimestres[0].au),
            2 => (lendemain(self.trimestres[0].au), self.trimestres[1].au),
            _ => (lendemain(self.trimestres[1].au), NaiveDate::MAX),
        })
    }
}

/// Refuses a term number other than 1, 2, 3 (field `trimestre`).
pub fn verifier_numero(numero: u8) -> Resultat<()> {
    if (1..=3).contains(&numero) {
        Ok(())
    } else {
        Err(Erreur::Validation(vec![ErreurChamp::new("trimestre", "Le trimestre est 1, 2 ou 3.")]))
    }
}

/// The terms of the school year `annee_id`, from the school's holiday calendar.
pub fn de_l_annee(conn: &Connection, annee_id: i64) -> Resultat<Trimestres> {
    let a = annee::par_id(conn, annee_id)?;
    let vacances = match ecole_calendrier::calendrier(conn, a.premier_jour, a.dernier_jour) {
        Ok(c) => c.vacances().to_vec(),
        Err(Erreur::Conflit(_)) => Vec::new(), // no school recorded yet: no zone
        Err(e) => return Err(e),
    };
    Ok(decouper(a.premier_jour, a.dernier_jour, &vacances))
}

/// The terms of a year from `premier_jour` to `dernier_jour` with these holidays (pure: the rule
/// of the module documentation).
pub fn decouper(premier_jour: NaiveDate, dernier_jour: NaiveDate, vacances: &[Vacances]) -> Trimestres {
    let dans_l_annee = |v: &&Vacances| v.premier_jour > premier_jour && v.dernier_jour < dernier_jour;
    let nom = |v: &Vacances, mot: &str| v.nom.to_lowercase().contains(mot);
    let noel_date = NaiveDate::from_ymd_opt(premier_jour.year(), 12, 25);
    let noel = vacances
        .iter()
        .filter(dans_l_annee)
        .find(|v| nom(v, "noël") || nom(v, "noel"))
        .or_else(|| vacances.iter().filter(dans_l_annee).find(|v| noel_date.is_some_and(|d| v.contient(d))));
    let printemps = vacances
        .iter()
        .filter(dans_l_annee)
        .filter(|v| noel.is_none_or(|n| v.premier_jour > n.dernier_jour))
        .find(|v| nom(v, "printemps"));
    let jour = |m: u32, j: u32| NaiveDate::from_ymd_opt(premier_jour.year() + 1, m, j).unwrap_or(dernier_jour);
    let lendemain = |d: NaiveDate| d.checked_add_days(Days::new(1)).unwrap_or(d);
    let veille = |d: NaiveDate| d.pred_opt().unwrap_or(d);
    let (fin_1, debut_2) = match noel {
        Some(v) => (veille(v.premier_jour), lendemain(v.dernier_jour)),
        None => (NaiveDate::from_ymd_opt(premier_jour.year(), 12, 31).unwrap_or(dernier_jour), jour(1, 1)),
    };
    let (fin_2, debut_3) = match printemps {
        Some(v) => (veille(v.premier_jour), lendemain(v.dernier_jour)),
        None => (jour(3, 31), jour(4, 1)),
    };
    Trimestres {
        trimestres: [
            Trimestre { numero: 1, du: premier_jour, au: fin_1 },
            Trimestre { numero: 2, du: debut_2, au: fin_2 },
            Trimestre { numero: 3, du: debut_3, au: dernier_jour },
        ],
        approximatif: noel.is_none() || printemps.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commun::calendrier::{vacances_officielles, Zone};

    fn d(a: i32, m: u32, j: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(a, m, j).unwrap()
    }

    #[test]
    fn zone_c_2025_2026_suit_noel_et_printemps() {
        let (du, au) = (d(2025, 9, 1), d(2026, 7, 3));
        let t = decouper(du, au, &vacances_officielles(Zone::C, du, au));
        assert!(!t.approximatif);
        // Zone C: Noël 20/12/2025–04/01/2026, printemps 18/04/2026–03/05/2026.
        let [t1, t2, t3] = t.trimestres;
        assert_eq!((t1.du, t1.au), (d(2025, 9, 1), d(2025, 12, 19)));
        assert_eq!((t2.du, t2.au), (d(2026, 1, 5), d(2026, 4, 17)));
        assert_eq!((t3.du, t3.au), (d(2026, 5, 4), d(2026, 7, 3)));
        assert_eq!(t.numero_de(d(2025, 8, 28)), 1, "an enrolment before the rentrée is term 1");
        assert_eq!(t.numero_de(d(2025, 12, 22)), 2, "the Christmas holidays count with term 2");
        assert_eq!(t.numero_de(d(2026, 4, 20)), 3);
        assert_eq!(t.fenetre(2).unwrap(), (d(2025, 12, 20), d(2026, 4, 17)));
        assert!(t.trimestre(4).is_err());
    }

    #[test]
    fn sans_calendrier_31_decembre_et_31_mars() {
        let t = decouper(d(2030, 9, 2), d(2031, 7, 4), &[]);
        assert!(t.approximatif);
        let [t1, t2, t3] = t.trimestres;
        assert_eq!((t1.au, t2.du, t2.au, t3.du), (d(2030, 12, 31), d(2031, 1, 1), d(2031, 3, 31), d(2031, 4, 1)));
    }

    #[test]
    fn vacances_saisies_sous_un_autre_nom() {
        let v = |nom: &str, a, b| Vacances { zone: Zone::A, nom: nom.into(), premier_jour: a, dernier_jour: b };
        let vac = [v("Fin d'année", d(2030, 12, 21), d(2031, 1, 5)), v("Vacances de printemps", d(2031, 4, 12), d(2031, 4, 27))];
        let t = decouper(d(2030, 9, 2), d(2031, 7, 4), &vac);
        assert!(!t.approximatif);
        assert_eq!((t.trimestres[0].au, t.trimestres[1].du, t.trimestres[2].du), (d(2030, 12, 20), d(2031, 1, 6), d(2031, 4, 28)));
    }
}

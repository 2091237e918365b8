//! Les créneaux hebdomadaires d'un atelier et la planification de ses dates sur une
//! période, en écartant vacances, jours fériés et fermetures.
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::*;


/// Ce qui ne va pas dans un créneau, une heure saisie ou une période.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErreurCreneau {
    /// Rien n'a été saisi.
    #[error("Heure manquante : saisissez par exemple 14:00, 14h ou 14h30.")]
    HeureVide,
    /// La saisie n'a pas la forme d'une heure.
    #[error("« {saisie} » n'est pas une heure : écrivez par exemple 14:00, 14h ou 14h30.")]
    HeureIllisible {
        /// Le texte saisi.
        saisie: String,
    },
    /// Heure hors de 0 à 23.
    #[error("Heure « {saisie} » impossible : les heures vont de 0 à 23.")]
    HeureHorsLimites {
        /// Le texte saisi.
        saisie: String,
    },
    /// Minutes hors de 00 à 59.
    #[error("Heure « {saisie} » impossible : les minutes vont de 00 à 59.")]
    MinutesHorsLimites {
        /// Le texte saisi.
        saisie: String,
    },
    /// Le créneau tombe un samedi ou un dimanche.
    #[error("Les ateliers ont lieu en semaine : un créneau le {} n'est pas possible.", nom_jour(*.jour))]
    JourWeekEnd {
        /// Le jour choisi.
        jour: Weekday,
    },
    /// L'heure de fin précède l'heure de début.
    #[error("L'heure de fin ({}) est avant l'heure de début ({}).", heure_fr(*.fin), heure_fr(*.debut))]
    FinAvantDebut {
        /// Début du créneau.
        debut: NaiveTime,
        /// Fin du créneau.
        fin: NaiveTime,
    },
    /// Début et fin identiques (à la minute près).
    #[error("Le créneau dure zéro minute : il commence et finit à {}.", heure_fr(*.debut))]
    DureeNulle {
        /// Début du créneau.
        debut: NaiveTime,
    },
    /// Deux créneaux du même jour se recouvrent.
    #[error(
        "Les créneaux n° {} et n° {} se chevauchent le {}.",
        .premier + 1, .second + 1, nom_jour(*.jour)
    )]
    Chevauchement {
        /// Indice (à partir de 0) du premier créneau.
        premier: usize,
        /// Indice (à partir de 0) du second créneau.
        second: usize,
        /// Le jour commun.
        jour: Weekday,
    },
    /// Un créneau passé à [`planifier`] est invalide.
    #[error("Créneau n° {} : {erreur}", .index + 1)]
    CreneauInvalide {
        /// Indice (à partir de 0) du créneau dans la liste.
        index: usize,
        /// Ce qui ne va pas.
        erreur: Box<ErreurCreneau>,
    },
    /// La période finit avant de commencer.
    #[error(
        "La dernière date ({}) est avant la première ({}).",
        crate::commun::texte::date_fr(*.dernier_jour), crate::commun::texte::date_fr(*.premier_jour)
    )]
    PeriodeInversee {
        /// Premier jour demandé.
        premier_jour: NaiveDate,
        /// Dernier jour demandé.
        dernier_jour: NaiveDate,
    },
}

/// Le nom français d'un jour de la semaine, en minuscules (« mardi »).
pub fn nom_jour(jour: Weekday) -> &'static str {
    match jour {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}

/// Duration of a séance (or a slot) in minutes, `fin − debut`: **the one definition**.
pub fn duree_minutes(debut: NaiveTime, fin: NaiveTime) -> i64 {
    (fin - debut).num_minutes()
}

fn heure_fr(h: NaiveTime) -> String {
    h.format("%H:%M").to_string()
}

/// Lit une heure saisie : `14:00`, `9:05`, `14h`, `14h30`, `14 h 30`, `14H30`. Refuse les
/// heures hors de 0–23, les minutes hors de 00–59, les secondes et le texte vide, avec un
/// message en français.
pub fn parse_heure(s: &str) -> Result<NaiveTime, ErreurCreneau> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(ErreurCreneau::HeureVide);
    }
    let saisie = s.trim().to_owned();
    let illisible = || ErreurCreneau::HeureIllisible {
        saisie: saisie.clone(),
    };
    let (h, m) = if let Some((h, m)) = compact.split_once(':') {
        (h, m)
    } else if let Some((h, m)) = compact.split_once(['h', 'H']) {
        (h, if m.is_empty() { "00" } else { m })
    } else {
        return Err(illisible());
    };
    let chiffres = |t: &str, max_len: usize| {
        !t.is_empty() && t.len() <= max_len && t.bytes().all(|b| b.is_ascii_digit())
    };
    // Heures sur 1 ou 2 chiffres, minutes sur exactement 2 (« 9:5 » est ambigu).
    if !chiffres(h, 2) || !chiffres(m, 2) || m.len() != 2 {
        return Err(illisible());
    }
    let heures: u32 = h.parse().map_err(|_| illisible())?;
    let minutes: u32 = m.parse().map_err(|_| illisible())?;
    if heures > 23 {
        return Err(ErreurCreneau::HeureHorsLimites { saisie });
    }
    if minutes > 59 {
        return Err(ErreurCreneau::MinutesHorsLimites { saisie });
    }
    NaiveTime::from_hms_opt(heures, minutes, 0).ok_or_else(illisible)
}

/// Un créneau hebdomadaire d'atelier : un jour de semaine, une heure de début et de fin
/// (heures locales).
///
/// Côté TypeScript, `jour` est le numéro ISO du jour (1 = lundi … 7 = dimanche) et les heures
/// des chaînes `"14:00:00"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Creneau {
    /// Jour de la semaine (lundi à vendredi pour un créneau valide).
    #[serde(with = "jour_iso")]
    #[ts(type = "number")]
    pub jour: Weekday,
    /// Heure de début.
    pub debut: NaiveTime,
    /// Heure de fin (après le début).
    pub fin: NaiveTime,
}

impl Creneau {
    /// Vérifie le créneau : en semaine, fin après début, durée d'au moins une minute.
    pub fn valider(&self) -> Result<(), ErreurCreneau> {
        if matches!(self.jour, Weekday::Sat | Weekday::Sun) {
            return Err(ErreurCreneau::JourWeekEnd { jour: self.jour });
        }
        if self.fin < self.debut {
            return Err(ErreurCreneau::FinAvantDebut {
                debut: self.debut,
                fin: self.fin,
            });
        }
        if self.duree_minutes() == 0 {
            return Err(ErreurCreneau::DureeNulle { debut: self.debut });
        }
        Ok(())
    }

    /// Durée en minutes entières (négative si la fin précède le début).
    pub fn duree_minutes(&self) -> i64 {
        duree_minutes(self.debut, self.fin)
    }
}

/// (Dé)sérialise un [`Weekday`] en numéro ISO : 1 = lundi … 7 = dimanche.
mod jour_iso {
    use chrono::Weekday;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(jour: &Weekday, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(jour.number_from_monday())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
        match u32::deserialize(d)? {
            1 => Ok(Weekday::Mon),
            2 => Ok(Weekday::Tue),
            3 => Ok(Weekday::Wed),
            4 => Ok(Weekday::Thu),
            5 => Ok(Weekday::Fri),
            6 => Ok(Weekday::Sat),
            7 => Ok(Weekday::Sun),
            n => Err(D::Error::custom(format!(
                "jour de la semaine invalide : {n} (1 = lundi … 7 = dimanche)"
            ))),
        }
    }
}

/// Une date de séance retenue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DatePlanifiee {
    /// Le jour de la séance.
    pub date: NaiveDate,
    /// Indice (à partir de 0) du créneau dans la liste passée à [`planifier`].
    pub creneau: usize,
    /// Heure de début.
    pub debut: NaiveTime,
    /// Heure de fin.
    pub fin: NaiveTime,
}

impl DatePlanifiee {
    /// Durée de la séance en minutes.
    pub fn duree_minutes(&self) -> i64 {
        duree_minutes(self.debut, self.fin)
    }
}

/// Une date de créneau écartée parce que l'école est fermée ce jour-là.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DateEcartee {
    /// Le jour écarté.
    pub date: NaiveDate,
    /// Indice (à partir de 0) du créneau dans la liste passée à [`planifier`].
    pub creneau: usize,
    /// Pourquoi.
    pub motif: MotifFermeture,
}

/// Le résultat de [`planifier`] : les dates retenues et les dates écartées avec leur motif,
/// triées par date puis heure de début.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct Planification {
    /// Les séances à tenir.
    pub retenues: Vec<DatePlanifiee>,
    /// Les dates de créneau où l'école est fermée.
    pub ecartees: Vec<DateEcartee>,
}

impl Planification {
    /// Total des minutes des séances retenues.
    pub fn total_minutes(&self) -> i64 {
        self.retenues.iter().map(DatePlanifiee::duree_minutes).sum()
    }
}

/// Déroule les créneaux hebdomadaires du `premier_jour` au `dernier_jour` inclus : chaque date
/// d'un créneau est retenue, ou écartée avec son motif si `cal` dit l'école fermée
/// ([`Calendrier::motif_fermeture`]). Les deux listes sont triées par date puis heure de début.
///
/// Erreurs : un créneau invalide ([`ErreurCreneau::CreneauInvalide`], avec son numéro), deux
/// créneaux du même jour qui se recouvrent, un dernier jour avant le premier.
pub fn planifier(
    creneaux: &[Creneau],
    premier_jour: NaiveDate,
    dernier_jour: NaiveDate,
    cal: &Calendrier,
) -> Result<Planification, ErreurCreneau> {
    for (index, c) in creneaux.iter().enumerate() {
        c.valider().map_err(|e| ErreurCreneau::CreneauInvalide {
            index,
            erreur: Box::new(e),
        })?;
    }
    for (i, a) in creneaux.iter().enumerate() {
        for (j, b) in creneaux.iter().enumerate().skip(i + 1) {
            if a.jour == b.jour && a.debut < b.fin && b.debut < a.fin {
                return Err(ErreurCreneau::Chevauchement {
                    premier: i,
                    second: j,
                    jour: a.jour,
                });
            }
        }
    }
    if dernier_jour < premier_jour {
        return Err(ErreurCreneau::PeriodeInversee {
            premier_jour,
            dernier_jour,
        });
    }

    // Indices des créneaux triés par heure de début : une journée se lit dans l'ordre.
    let mut ordre: Vec<usize> = (0..creneaux.len()).collect();
    ordre.sort_by_key(|&i| (creneaux[i].debut, creneaux[i].fin, i));

    let mut plan = Planification::default();
    for date in premier_jour.iter_days().take_while(|d| *d <= dernier_jour) {
        let du_jour = ordre
            .iter()
            .copied()
            .filter(|&i| creneaux[i].jour == date.weekday());
        let mut motif = None;
        for i in du_jour {
            // Le motif n'est cherché qu'une fois par jour, et seulement un jour de créneau.
            let motif = motif.get_or_insert_with(|| cal.motif_fermeture(date));
            let c = &creneaux[i];
            match motif {
                Some(m) => plan.ecartees.push(DateEcartee {
                    date,
                    creneau: i,
                    motif: m.clone(),
                }),
                None => plan.retenues.push(DatePlanifiee {
                    date,
                    creneau: i,
                    debut: c.debut,
                    fin: c.fin,
                }),
            }
        }
    }
    Ok(plan)
}

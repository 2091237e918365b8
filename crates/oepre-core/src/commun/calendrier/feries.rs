//! Pâques et les jours fériés de France métropolitaine, calculés pour toute année.
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;



/// Date du dimanche de Pâques de l'année `annee` (comput grégorien, algorithme de
/// Meeus/Jones/Butcher). Valable pour le calendrier grégorien (à partir de 1583).
///
/// # Panics
/// Si l'année sort de l'intervalle de dates de chrono (±262 000 ans).
pub fn paques(annee: i32) -> NaiveDate {
    let a = annee.rem_euclid(19);
    let b = annee.div_euclid(100);
    let c = annee.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let n = h + l - 7 * m + 114;
    let mois = n.div_euclid(31);
    let jour = n.rem_euclid(31) + 1;
    // mois ∈ {3, 4} et jour ∈ 1..=31 par construction : la date existe toujours.
    NaiveDate::from_ymd_opt(annee, mois as u32, jour as u32)
        .expect("année hors de l'intervalle de dates pris en charge")
}

/// Un jour férié de France métropolitaine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct JourFerie {
    /// La date du jour férié.
    pub date: NaiveDate,
    /// Son nom usuel (« Ascension », « Fête nationale »…).
    pub nom: &'static str,
}

/// Les onze jours fériés de France métropolitaine de l'année civile `annee_civile`, triés par
/// date : Jour de l'an, Lundi de Pâques, Fête du Travail, Victoire 1945, Ascension (Pâques + 39),
/// Lundi de Pentecôte (Pâques + 50), Fête nationale, Assomption, Toussaint, Armistice 1918, Noël.
///
/// Calculés, jamais listés. L'Alsace-Moselle (Vendredi saint, Saint-Étienne) n'est pas prise en
/// compte : une école concernée les ajoute comme [`super::Fermeture`].
///
/// # Panics
/// Si l'année sort de l'intervalle de dates de chrono (±262 000 ans).
pub fn jours_feries(annee_civile: i32) -> Vec<JourFerie> {
    let fixe = |mois: u32, jour: u32| {
        NaiveDate::from_ymd_opt(annee_civile, mois, jour)
            .expect("année hors de l'intervalle de dates pris en charge")
    };
    let paques = paques(annee_civile);
    let apres_paques = |jours: u64| {
        paques
            .checked_add_days(Days::new(jours))
            .expect("année hors de l'intervalle de dates pris en charge")
    };
    let mut feries = vec![
        JourFerie {
            date: fixe(1, 1),
            nom: "Jour de l'an",
        },
        JourFerie {
            date: apres_paques(1),
            nom: "Lundi de Pâques",
        },
        JourFerie {
            date: fixe(5, 1),
            nom: "Fête du Travail",
        },
        JourFerie {
            date: fixe(5, 8),
            nom: "Victoire 1945",
        },
        JourFerie {
            date: apres_paques(39),
            nom: "Ascension",
        },
        JourFerie {
            date: apres_paques(50),
            nom: "Lundi de Pentecôte",
        },
        JourFerie {
            date: fixe(7, 14),
            nom: "Fête nationale",
        },
        JourFerie {
            date: fixe(8, 15),
            nom: "Assomption",
        },
        JourFerie {
            date: fixe(11, 1),
            nom: "Toussaint",
        },
        JourFerie {
            date: fixe(11, 11),
            nom: "Armistice 1918",
        },
        JourFerie {
            date: fixe(12, 25),
            nom: "Noël",
        },
    ];
    // L'Ascension peut tomber avant le 8 mai, voire le 1er mai (2008) : tri stable par date.
    feries.sort_by_key(|f| f.date);
    feries
}

/// Le jour férié tombant à `date`, s'il y en a un (le premier dans l'ordre de
/// [`jours_feries`] quand deux coïncident).
pub(super) fn jour_ferie(date: NaiveDate) -> Option<JourFerie> {
    jours_feries(date.year())
        .into_iter()
        .find(|f| f.date == date)
}

//! Les vacances scolaires officielles par zone, lues du fichier livré (voir [`super`]).
use std::collections::BTreeSet;
use std::sync::OnceLock;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::*;

/// Le fichier des vacances livrées, embarqué à la compilation (voir la doc du module).
pub(super) const VACANCES_CSV: &str =
    include_str!("../../../../../assets/calendrier/vacances-scolaires-2025-2028.csv");

/// En-tête attendu du CSV des vacances (garde-fou contre un changement de colonnes).
pub(super) const EN_TETE_CSV: &str = "zone,nom,premier_jour_sans_classe,dernier_jour_sans_classe";

// ---------------------------------------------------------------------------------------------
// Vacances scolaires
// ---------------------------------------------------------------------------------------------

/// Une plage de vacances scolaires : jours **sans classe**, bornes incluses.
///
/// Sert pour les vacances livrées ([`vacances_officielles`]) comme pour celles que l'école
/// saisit à la main pour une année que l'application ne connaît pas.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Vacances {
    /// Zone de vacances à laquelle la plage s'applique.
    pub zone: Zone,
    /// Nom affiché (« Vacances d'hiver », « Pont de l'Ascension »…).
    pub nom: String,
    /// Premier jour sans classe (inclus), en général un samedi.
    pub premier_jour: NaiveDate,
    /// Dernier jour sans classe (inclus), en général un dimanche.
    pub dernier_jour: NaiveDate,
}

impl Vacances {
    /// Vrai si `date` est un jour de ces vacances (bornes incluses).
    pub fn contient(&self, date: NaiveDate) -> bool {
        self.premier_jour <= date && date <= self.dernier_jour
    }

    /// Vrai si ces vacances ont au moins un jour dans la période `du..=au`.
    pub fn chevauche(&self, du: NaiveDate, au: NaiveDate) -> bool {
        self.premier_jour <= au && du <= self.dernier_jour
    }
}

/// Lit le CSV des vacances (voir la doc du module pour le format).
pub(super) fn lire_vacances_csv(texte: &str) -> Result<Vec<Vacances>, String> {
    let mut lignes = texte.lines().enumerate();
    match lignes.next() {
        Some((_, en_tete)) if en_tete.trim() == EN_TETE_CSV => {}
        _ => return Err(format!("en-tête attendu : {EN_TETE_CSV}")),
    }
    let mut vacances = Vec::new();
    for (i, ligne) in lignes {
        let numero = i + 1;
        let ligne = ligne.trim();
        if ligne.is_empty() {
            continue;
        }
        let champs: Vec<&str> = ligne.split(',').map(str::trim).collect();
        let [zone, nom, premier, dernier] = champs[..] else {
            return Err(format!("ligne {numero} : 4 champs attendus"));
        };
        let zone = match zone {
            "A" => Zone::A,
            "B" => Zone::B,
            "C" => Zone::C,
            autre => return Err(format!("ligne {numero} : zone inconnue « {autre} »")),
        };
        let date = |s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| format!("ligne {numero} : date invalide « {s} »"))
        };
        let (premier_jour, dernier_jour) = (date(premier)?, date(dernier)?);
        if dernier_jour < premier_jour {
            return Err(format!("ligne {numero} : dernier jour avant le premier"));
        }
        if nom.is_empty() {
            return Err(format!("ligne {numero} : nom vide"));
        }
        vacances.push(Vacances {
            zone,
            nom: nom.to_owned(),
            premier_jour,
            dernier_jour,
        });
    }
    vacances.sort_by_key(|v| v.premier_jour);
    Ok(vacances)
}

/// Les vacances livrées, lues une fois.
fn vacances_livrees() -> &'static [Vacances] {
    static VACANCES: OnceLock<Vec<Vacances>> = OnceLock::new();
    VACANCES.get_or_init(|| {
        // Le fichier est embarqué et vérifié par les tests : une erreur ici est un bug de build.
        lire_vacances_csv(VACANCES_CSV)
            .unwrap_or_else(|e| panic!("vacances-scolaires CSV embarqué invalide : {e}"))
    })
}

/// L'année scolaire (par son année de rentrée) d'une date : 2025 pour tout jour du
/// 2025-09-01 au 2026-08-31.
pub(super) fn annee_scolaire(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// Les années scolaires (par leur année de rentrée) que les données livrées couvrent pour
/// `zone` : celles dont les vacances d'été (la plage qui commence en juillet) sont présentes.
pub(super) fn annees_connues(zone: Zone) -> BTreeSet<i32> {
    vacances_livrees()
        .iter()
        .filter(|v| v.zone == zone && v.premier_jour.month() == 7)
        .map(|v| annee_scolaire(v.premier_jour))
        .collect()
}

/// Les vacances livrées de la zone `zone` qui ont au moins un jour dans `du..=au`, triées par
/// premier jour. Vide pour une année que les données ne couvrent pas (voir
/// [`calendrier_connu`]).
pub fn vacances_officielles(zone: Zone, du: NaiveDate, au: NaiveDate) -> Vec<Vacances> {
    vacances_livrees()
        .iter()
        .filter(|v| v.zone == zone && v.chevauche(du, au))
        .cloned()
        .collect()
}

/// Vrai seulement si les vacances livrées couvrent toute la période `du..=au` pour `zone`,
/// c'est-à-dire si chaque année scolaire touchée (1er septembre → 31 août) est connue : ses
/// vacances d'été sont dans les données (règle détaillée dans la doc du module). Aujourd'hui :
/// du 2025-09-01 au 2028-08-31.
///
/// Faux pour 2028-2029 et au-delà : l'application dit alors qu'elle n'a pas le calendrier de
/// cette année et l'école saisit ses vacances à la main. Une période vide (`au < du`) est
/// couverte.
pub fn calendrier_connu(zone: Zone, du: NaiveDate, au: NaiveDate) -> bool {
    if au < du {
        return true;
    }
    let connues = annees_connues(zone);
    (annee_scolaire(du)..=annee_scolaire(au)).all(|annee| connues.contains(&annee))
}

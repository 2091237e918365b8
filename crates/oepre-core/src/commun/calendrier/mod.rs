//! # Calendrier scolaire : vacances, jours fériés, fermetures, et créneaux → dates de séances
//!
//! Un atelier OEPRE a des **créneaux hebdomadaires** ([`Creneau`] : « mardi 14:00–16:00 ») ;
//! [`planifier`] les déroule entre deux dates et écarte chaque date où l'école est fermée, avec
//! son motif ([`MotifFermeture`]). Un [`Calendrier`] connaît trois sortes de fermetures :
//! - les **vacances scolaires** de la zone ([`Vacances`]) : livrées avec l'application pour les
//!   années connues, saisies à la main par l'école pour les autres ;
//! - les **jours fériés** de France métropolitaine ([`jours_feries`]), calculés (Pâques par le
//!   comput grégorien, [`paques`]), jamais listés ;
//! - les **fermetures** que l'école ajoute elle-même ([`Fermeture`] : pont, jours d'examen…).
//!
//! Les week-ends ne sont pas des fermetures : un créneau tombe toujours en semaine
//! ([`Creneau::valider`]). Dates et heures sont locales ; rien n'est converti en UTC.
//!
//! ## D'où viennent les vacances livrées
//! `assets/calendrier/vacances-scolaires-2025-2028.csv` (à la racine du dépôt), embarqué dans le
//! binaire par `include_str!` et lu une seule fois. Source : le jeu de données ouvert national
//! « Calendrier scolaire » du ministère de l'Éducation nationale (`fr-en-calendrier-scolaire`,
//! data.education.gouv.fr), tel que le paquet PyPI `vacances-scolaires-france` 0.12.0 le
//! redistribue. Il couvre les années scolaires 2025-2026, 2026-2027 et 2027-2028, zones A, B, C.
//! Il n'a pas de pont de l'Ascension en 2026 : l'école qui ferme le vendredi 15 mai 2026
//! l'ajoute comme [`Fermeture`].
//!
//! Format : `zone,nom,premier_jour_sans_classe,dernier_jour_sans_classe`, dates ISO, bornes
//! **incluses** : le premier jour sans classe est le samedi de « fin des cours » du calendrier
//! officiel, le dernier est la veille de la « reprise des cours » (un dimanche, ou le 31 août
//! pour l'été). Les noms (`Vacances d'hiver`…) sont ceux qu'affiche l'application.
//!
//! ## Quelles années sont « connues » ([`calendrier_connu`])
//! Une année scolaire N-(N+1) va du 1er septembre N au 31 août N+1. Elle est connue pour une
//! zone quand le fichier contient, pour cette zone, ses **vacances d'été** (la plage qui commence
//! en juillet N+1 et la clôt) ; le fichier doit alors lister toutes ses vacances. Avec le fichier
//! actuel : du 2025-09-01 au 2028-08-31. Hors de ces années, l'application dit qu'elle n'a pas le
//! calendrier et l'école saisit ses vacances à la main ([`Calendrier::officiel`] les ajoute).
//!
//! ## Ajouter les vacances d'une année scolaire
//! 1. Ajouter au CSV une ligne par plage, pour **chacune des zones A, B et C**, vacances d'été
//!    comprises (sans elles l'année reste inconnue), et les ponts que le calendrier officiel
//!    donne à toute une zone (`Pont de l'Ascension`).
//! 2. Si le fichier change de nom (`…-2025-2029.csv`), mettre à jour le chemin de
//!    `include_str!` ci-dessous.
//! 3. Étendre le test `calendrier_connu_annees_livrees` (la nouvelle année devient `true`,
//!    l'année suivante reste `false`) ; `cargo test` vérifie aussi que chaque année livrée a
//!    ses cinq vacances dans chaque zone.


use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// School holiday zone (the national calendar differs by zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Zone {
    /// Zone A.
    A,
    /// Zone B.
    B,
    /// Zone C.
    C,
}

mod creneaux;
mod feries;
mod vacances;

pub use creneaux::*;
pub use feries::*;
pub use vacances::*;
use feries::jour_ferie;
#[cfg(test)]
use vacances::{lire_vacances_csv, EN_TETE_CSV, VACANCES_CSV};

// ---------------------------------------------------------------------------------------------
// Fermetures et calendrier d'une école
// ---------------------------------------------------------------------------------------------

/// Un jour de fermeture que l'école ajoute elle-même (pont, jour d'examen, journée
/// pédagogique…).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Fermeture {
    /// Le jour fermé.
    pub date: NaiveDate,
    /// Ce qu'affiche l'application (« Pont de l'Ascension »).
    pub libelle: String,
}

/// Pourquoi l'école est fermée un jour donné.
///
/// Sérialisé avec un champ `type` : `{"type": "JourFerie", "nom": "Ascension"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type")]
pub enum MotifFermeture {
    /// Vacances scolaires (livrées ou saisies), ou pont donné à toute la zone.
    Vacances {
        /// Nom des vacances (« Vacances d'hiver »).
        nom: String,
    },
    /// Jour férié.
    JourFerie {
        /// Nom du jour férié (« Ascension »).
        nom: String,
    },
    /// Fermeture ajoutée par l'école.
    Fermeture {
        /// Libellé saisi par l'école (« Pont de l'Ascension »).
        libelle: String,
    },
}

impl MotifFermeture {
    /// Le motif en une ligne, en français : « Vacances d'hiver », « Jour férié : Ascension »,
    /// « Fermeture : Pont de l'Ascension ».
    pub fn libelle(&self) -> String {
        match self {
            MotifFermeture::Vacances { nom } => nom.clone(),
            MotifFermeture::JourFerie { nom } => format!("Jour férié : {nom}"),
            MotifFermeture::Fermeture { libelle } => format!("Fermeture : {libelle}"),
        }
    }
}

/// Le calendrier d'une école : sa zone, ses vacances (livrées et saisies) et ses fermetures ;
/// les jours fériés sont calculés à la demande.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendrier {
    zone: Zone,
    vacances: Vec<Vacances>,
    fermetures: Vec<Fermeture>,
}

impl Calendrier {
    /// Un calendrier avec exactement ces vacances et ces fermetures (plus les jours fériés).
    /// Les plages de `vacances` s'appliquent telles quelles, quelle que soit leur zone.
    pub fn new(zone: Zone, vacances: Vec<Vacances>, fermetures: Vec<Fermeture>) -> Self {
        let mut vacances = vacances;
        vacances.sort_by_key(|v| v.premier_jour);
        let mut fermetures = fermetures;
        fermetures.sort_by_key(|f| f.date);
        Calendrier {
            zone,
            vacances,
            fermetures,
        }
    }

    /// Le calendrier de la période `du..=au` : vacances livrées de la zone
    /// ([`vacances_officielles`]), plus `vacances_saisies` (pour une année non livrée, ou une
    /// plage propre à l'académie), plus les `fermetures` de l'école.
    ///
    /// Seules les vacances livrées qui touchent `du..=au` sont retenues : interroger ce
    /// calendrier hors de la période ne voit que les jours fériés et ce qui a été saisi.
    /// Voir [`calendrier_connu`] pour savoir s'il faut demander les vacances à l'école.
    pub fn officiel(
        zone: Zone,
        du: NaiveDate,
        au: NaiveDate,
        vacances_saisies: Vec<Vacances>,
        fermetures: Vec<Fermeture>,
    ) -> Self {
        let mut vacances = vacances_officielles(zone, du, au);
        vacances.extend(vacances_saisies);
        Calendrier::new(zone, vacances, fermetures)
    }

    /// La zone de l'école.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// Les vacances du calendrier, triées par premier jour.
    pub fn vacances(&self) -> &[Vacances] {
        &self.vacances
    }

    /// Les fermetures ajoutées par l'école, triées par date.
    pub fn fermetures(&self) -> &[Fermeture] {
        &self.fermetures
    }

    /// Pourquoi l'école est fermée le jour `date`, ou `None` si elle est ouverte.
    ///
    /// Quand plusieurs motifs s'appliquent, le plus large l'emporte : vacances, puis jour
    /// férié, puis fermeture de l'école (Noël un jeudi des vacances de Noël donne
    /// « Vacances de Noël »). Un samedi ou un dimanche hors vacances et hors jour férié donne
    /// `None` : les week-ends ne sont pas des fermetures, les créneaux sont en semaine.
    pub fn motif_fermeture(&self, date: NaiveDate) -> Option<MotifFermeture> {
        if let Some(v) = self.vacances.iter().find(|v| v.contient(date)) {
            return Some(MotifFermeture::Vacances { nom: v.nom.clone() });
        }
        if let Some(f) = jour_ferie(date) {
            return Some(MotifFermeture::JourFerie {
                nom: f.nom.to_owned(),
            });
        }
        self.fermetures
            .iter()
            .find(|f| f.date == date)
            .map(|f| MotifFermeture::Fermeture {
                libelle: f.libelle.clone(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveTime, Weekday};
    use std::collections::BTreeSet;

    fn d(a: i32, m: u32, j: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(a, m, j).unwrap()
    }

    fn h(s: &str) -> NaiveTime {
        parse_heure(s).unwrap()
    }

    fn creneau(jour: Weekday, debut: &str, fin: &str) -> Creneau {
        Creneau {
            jour,
            debut: h(debut),
            fin: h(fin),
        }
    }

    /// Mardi et jeudi 14:00–16:00.
    fn mardi_jeudi() -> Vec<Creneau> {
        vec![
            creneau(Weekday::Tue, "14:00", "16:00"),
            creneau(Weekday::Thu, "14:00", "16:00"),
        ]
    }

    fn jours(dates: &[(i32, u32, &[u32])]) -> Vec<NaiveDate> {
        dates
            .iter()
            .flat_map(|&(a, m, js)| js.iter().map(move |&j| d(a, m, j)))
            .collect()
    }

    fn motif_de(plan: &Planification, date: NaiveDate) -> Option<&MotifFermeture> {
        plan.ecartees
            .iter()
            .find(|e| e.date == date)
            .map(|e| &e.motif)
    }

    fn vacances(nom: &str) -> MotifFermeture {
        MotifFermeture::Vacances {
            nom: nom.to_owned(),
        }
    }

    #[test]
    fn paques_annees_connues() {
        assert_eq!(paques(2024), d(2024, 3, 31));
        assert_eq!(paques(2025), d(2025, 4, 20));
        assert_eq!(paques(2026), d(2026, 4, 5));
        assert_eq!(paques(2027), d(2027, 3, 28));
        assert_eq!(paques(2028), d(2028, 4, 16));
        // Extrêmes du comput : le plus tôt (22 mars) et le plus tard (25 avril).
        assert_eq!(paques(2285), d(2285, 3, 22));
        assert_eq!(paques(1943), d(1943, 4, 25));
        assert_eq!(paques(2038), d(2038, 4, 25));
        assert_eq!(paques(2000), d(2000, 4, 23));
    }

    #[test]
    fn jours_feries_2026() {
        let attendus = [
            (d(2026, 1, 1), "Jour de l'an"),
            (d(2026, 4, 6), "Lundi de Pâques"),
            (d(2026, 5, 1), "Fête du Travail"),
            (d(2026, 5, 8), "Victoire 1945"),
            (d(2026, 5, 14), "Ascension"),
            (d(2026, 5, 25), "Lundi de Pentecôte"),
            (d(2026, 7, 14), "Fête nationale"),
            (d(2026, 8, 15), "Assomption"),
            (d(2026, 11, 1), "Toussaint"),
            (d(2026, 11, 11), "Armistice 1918"),
            (d(2026, 12, 25), "Noël"),
        ];
        let obtenus: Vec<_> = jours_feries(2026)
            .into_iter()
            .map(|f| (f.date, f.nom))
            .collect();
        assert_eq!(obtenus, attendus);
    }

    #[test]
    fn jours_feries_tries_quand_ascension_avant_le_8_mai() {
        // 2008 : Pâques le 23 mars, Ascension le 1er mai, Pentecôte le 12 mai.
        let f = jours_feries(2008);
        assert_eq!(f.len(), 11);
        assert!(
            f.windows(2).all(|w| w[0].date <= w[1].date),
            "triés par date"
        );
        assert!(f
            .iter()
            .any(|j| j.nom == "Ascension" && j.date == d(2008, 5, 1)));
        assert!(f
            .iter()
            .any(|j| j.nom == "Lundi de Pentecôte" && j.date == d(2008, 5, 12)));
    }

    #[test]
    fn csv_livre_complet() {
        let toutes = lire_vacances_csv(VACANCES_CSV).expect("CSV livré lisible");
        assert_eq!(toutes.len(), 51, "17 plages par zone");
        for zone in [Zone::A, Zone::B, Zone::C] {
            assert_eq!(
                annees_connues(zone),
                BTreeSet::from([2025, 2026, 2027]),
                "{zone:?}"
            );
            for annee in 2025..=2027 {
                let noms: BTreeSet<&str> = toutes
                    .iter()
                    .filter(|v| v.zone == zone && annee_scolaire(v.premier_jour) == annee)
                    .map(|v| v.nom.as_str())
                    .collect();
                for nom in [
                    "Vacances de la Toussaint",
                    "Vacances de Noël",
                    "Vacances d'hiver",
                    "Vacances de printemps",
                    "Vacances d'été",
                ] {
                    assert!(noms.contains(nom), "{zone:?} {annee} : {nom} manque");
                }
            }
        }
    }

    #[test]
    fn csv_mal_forme_refuse() {
        assert!(lire_vacances_csv("zone,nom\nA,x").is_err(), "en-tête");
        let e = lire_vacances_csv(&format!("{EN_TETE_CSV}\nD,Vacances,2025-10-18,2025-11-02"));
        assert_eq!(e.unwrap_err(), "ligne 2 : zone inconnue « D »");
        let e = lire_vacances_csv(&format!("{EN_TETE_CSV}\nA,Vacances,2025-11-02,2025-10-18"));
        assert_eq!(e.unwrap_err(), "ligne 2 : dernier jour avant le premier");
    }

    #[test]
    fn vacances_officielles_chevauchant_la_periode() {
        // Du 1er au 20 février 2026 en zone B : seules les vacances d'hiver (14/02 → 01/03).
        let v = vacances_officielles(Zone::B, d(2026, 2, 1), d(2026, 2, 20));
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].nom, "Vacances d'hiver");
        assert_eq!(
            (v[0].premier_jour, v[0].dernier_jour),
            (d(2026, 2, 14), d(2026, 3, 1))
        );
        // Une période qui touche une borne (dernier jour des vacances de Noël) la compte.
        let v = vacances_officielles(Zone::A, d(2026, 1, 4), d(2026, 1, 4));
        assert_eq!(
            v.iter().map(|v| v.nom.as_str()).collect::<Vec<_>>(),
            ["Vacances de Noël"]
        );
        // Une année scolaire entière : Toussaint, Noël, hiver, printemps, été.
        assert_eq!(
            vacances_officielles(Zone::C, d(2025, 9, 1), d(2026, 8, 31)).len(),
            5
        );
        // Aucune donnée pour 2028-2029.
        assert!(vacances_officielles(Zone::A, d(2028, 9, 1), d(2029, 7, 6)).is_empty());
    }

    #[test]
    fn calendrier_connu_annees_livrees() {
        for zone in [Zone::A, Zone::B, Zone::C] {
            assert!(
                calendrier_connu(zone, d(2025, 9, 1), d(2026, 7, 3)),
                "{zone:?} 2025-2026"
            );
            assert!(
                calendrier_connu(zone, d(2026, 9, 1), d(2027, 7, 2)),
                "{zone:?} 2026-2027"
            );
            assert!(
                calendrier_connu(zone, d(2027, 9, 1), d(2028, 7, 3)),
                "{zone:?} 2027-2028"
            );
            assert!(
                calendrier_connu(zone, d(2025, 9, 1), d(2028, 8, 31)),
                "{zone:?} tout"
            );
            assert!(
                !calendrier_connu(zone, d(2028, 9, 1), d(2029, 7, 6)),
                "{zone:?} 2028-2029"
            );
            assert!(
                !calendrier_connu(zone, d(2027, 10, 1), d(2028, 9, 1)),
                "{zone:?} déborde sur 2028-2029 d'un jour"
            );
            assert!(
                !calendrier_connu(zone, d(2025, 8, 31), d(2026, 6, 30)),
                "{zone:?} commence en 2024-2025"
            );
        }
    }

    #[test]
    fn zone_a_mardi_jeudi_2025_2026() {
        let cal = Calendrier::officiel(Zone::A, d(2025, 10, 7), d(2026, 6, 25), vec![], vec![]);
        let plan = planifier(&mardi_jeudi(), d(2025, 10, 7), d(2026, 6, 25), &cal).unwrap();

        // Compté à la main, mardis et jeudis du 7 octobre 2025 au 25 juin 2026 (zone A) :
        // oct : 7, 9, 14, 16                          → 4  (21, 23, 28, 30 : Toussaint)
        // nov : 4, 6, 13, 18, 20, 25, 27              → 7  (11 : Armistice)
        // déc : 2, 4, 9, 11, 16, 18                   → 6  (23, 25, 30 : Noël)
        // jan : 6, 8, 13, 15, 20, 22, 27, 29          → 8  (1er : Noël)
        // fév : 3, 5, 24, 26                          → 4  (10, 12, 17, 19 : hiver)
        // mar : 3, 5, 10, 12, 17, 19, 24, 26, 31      → 9
        // avr : 2, 21, 23, 28, 30                     → 5  (7, 9, 14, 16 : printemps)
        // mai : 5, 7, 12, 19, 21, 26, 28              → 7  (14 : Ascension)
        // juin : 2, 4, 9, 11, 16, 18, 23, 25          → 8
        // Total 58 séances de 2 h = 116 h ; 18 dates écartées (76 mardis et jeudis).
        let retenues_attendues = jours(&[
            (2025, 10, &[7, 9, 14, 16]),
            (2025, 11, &[4, 6, 13, 18, 20, 25, 27]),
            (2025, 12, &[2, 4, 9, 11, 16, 18]),
            (2026, 1, &[6, 8, 13, 15, 20, 22, 27, 29]),
            (2026, 2, &[3, 5, 24, 26]),
            (2026, 3, &[3, 5, 10, 12, 17, 19, 24, 26, 31]),
            (2026, 4, &[2, 21, 23, 28, 30]),
            (2026, 5, &[5, 7, 12, 19, 21, 26, 28]),
            (2026, 6, &[2, 4, 9, 11, 16, 18, 23, 25]),
        ]);
        let retenues: Vec<NaiveDate> = plan.retenues.iter().map(|r| r.date).collect();
        assert_eq!(retenues, retenues_attendues);
        assert_eq!(plan.retenues.len(), 58);
        assert_eq!(plan.total_minutes(), 116 * 60);
        assert_eq!(plan.ecartees.len(), 18);

        let attendus: Vec<(NaiveDate, MotifFermeture)> = [
            (
                jours(&[(2025, 10, &[21, 23, 28, 30])]),
                "Vacances de la Toussaint",
            ),
            (
                jours(&[(2025, 12, &[23, 25, 30]), (2026, 1, &[1])]),
                "Vacances de Noël",
            ),
            (jours(&[(2026, 2, &[10, 12, 17, 19])]), "Vacances d'hiver"),
            (
                jours(&[(2026, 4, &[7, 9, 14, 16])]),
                "Vacances de printemps",
            ),
        ]
        .into_iter()
        .flat_map(|(dates, nom)| dates.into_iter().map(move |date| (date, vacances(nom))))
        .collect();
        for (date, motif) in &attendus {
            assert_eq!(motif_de(&plan, *date), Some(motif), "{date}");
        }
        let armistice = MotifFermeture::JourFerie {
            nom: "Armistice 1918".into(),
        };
        assert_eq!(motif_de(&plan, d(2025, 11, 11)), Some(&armistice));
        let ascension = MotifFermeture::JourFerie {
            nom: "Ascension".into(),
        };
        assert_eq!(motif_de(&plan, d(2026, 5, 14)), Some(&ascension));
        assert_eq!(ascension.libelle(), "Jour férié : Ascension");
        assert_eq!(vacances("Vacances d'hiver").libelle(), "Vacances d'hiver");

        // Chaque date écartée porte l'indice de son créneau : mardi = 0, jeudi = 1.
        let e = plan
            .ecartees
            .iter()
            .find(|e| e.date == d(2025, 12, 25))
            .unwrap();
        assert_eq!(e.creneau, 1, "le 25 décembre 2025 est un jeudi");
        let r = &plan.retenues[0];
        assert_eq!((r.creneau, r.debut, r.fin), (0, h("14:00"), h("16:00")));
    }

    #[test]
    fn zone_c_mardi_jeudi_2025_2026() {
        let cal = Calendrier::officiel(Zone::C, d(2025, 10, 7), d(2026, 6, 25), vec![], vec![]);
        let plan = planifier(&mardi_jeudi(), d(2025, 10, 7), d(2026, 6, 25), &cal).unwrap();
        let retenue = |date| plan.retenues.iter().any(|r| r.date == date);

        // Zone C : hiver du 21/02 au 08/03, printemps du 18/04 au 03/05. Compté à la main,
        // seuls février, mars et avril diffèrent de la zone A :
        // fév : 3, 5, 10, 12, 17, 19                  → 6  (24, 26 : hiver)
        // mar : 10, 12, 17, 19, 24, 26, 31            → 7  (3, 5 : hiver)
        // avr : 2, 7, 9, 14, 16                       → 5  (21, 23, 28, 30 : printemps)
        // oct 4 + nov 7 + déc 6 + jan 8 + fév 6 + mar 7 + avr 5 + mai 7 + juin 8 = 58.
        for date in jours(&[(2026, 2, &[10, 12, 17, 19]), (2026, 4, &[7, 9, 14, 16])]) {
            assert!(
                retenue(date),
                "{date} : classe en zone C (vacances en zone A)"
            );
        }
        for date in jours(&[(2026, 2, &[24, 26]), (2026, 3, &[3, 5])]) {
            assert_eq!(
                motif_de(&plan, date),
                Some(&vacances("Vacances d'hiver")),
                "{date}"
            );
        }
        for date in jours(&[(2026, 4, &[21, 23, 28, 30])]) {
            assert_eq!(
                motif_de(&plan, date),
                Some(&vacances("Vacances de printemps")),
                "{date}"
            );
        }
        for date in jours(&[
            (2026, 2, &[24, 26]),
            (2026, 3, &[3, 5]),
            (2026, 4, &[21, 30]),
        ]) {
            assert!(!retenue(date), "{date}");
        }
        assert!(retenue(d(2026, 3, 10)), "reprise en zone C le lundi 9 mars");
        assert_eq!(plan.retenues.len(), 58);
        assert_eq!(plan.ecartees.len(), 18);
        assert_eq!(plan.total_minutes(), 116 * 60);
    }

    #[test]
    fn fermeture_de_l_ecole_ecartee_avec_son_libelle() {
        let pont = Fermeture {
            date: d(2026, 5, 15),
            libelle: "Pont de l'Ascension".into(),
        };
        let cal = Calendrier::officiel(Zone::A, d(2026, 5, 11), d(2026, 5, 22), vec![], vec![pont]);
        let creneaux = [
            creneau(Weekday::Thu, "9:00", "11:00"),
            creneau(Weekday::Fri, "9h", "11h"),
        ];
        let plan = planifier(&creneaux, d(2026, 5, 11), d(2026, 5, 22), &cal).unwrap();

        let retenues: Vec<_> = plan.retenues.iter().map(|r| (r.date, r.creneau)).collect();
        assert_eq!(retenues, [(d(2026, 5, 21), 0), (d(2026, 5, 22), 1)]);
        let ecartees: Vec<_> = plan
            .ecartees
            .iter()
            .map(|e| (e.date, e.motif.libelle()))
            .collect();
        assert_eq!(
            ecartees,
            [
                (d(2026, 5, 14), "Jour férié : Ascension".to_owned()),
                (d(2026, 5, 15), "Fermeture : Pont de l'Ascension".to_owned()),
            ]
        );
        assert_eq!(plan.ecartees[1].creneau, 1);
        assert_eq!(plan.total_minutes(), 4 * 60);
    }

    #[test]
    fn vacances_saisies_pour_une_annee_inconnue() {
        // 2028-2029 n'est pas livré : l'école saisit ses vacances de la Toussaint.
        let toussaint = Vacances {
            zone: Zone::A,
            nom: "Vacances de la Toussaint".into(),
            premier_jour: d(2028, 10, 21),
            dernier_jour: d(2028, 11, 5),
        };
        let cal = Calendrier::officiel(
            Zone::A,
            d(2028, 9, 1),
            d(2029, 7, 6),
            vec![toussaint],
            vec![],
        );
        assert_eq!(cal.vacances().len(), 1, "rien de livré pour 2028-2029");
        let motif = cal.motif_fermeture(d(2028, 10, 24));
        assert_eq!(motif, Some(vacances("Vacances de la Toussaint")));
        assert_eq!(cal.motif_fermeture(d(2028, 11, 6)), None, "reprise");
        // Les jours fériés restent connus sans données livrées.
        let armistice = MotifFermeture::JourFerie {
            nom: "Armistice 1918".into(),
        };
        assert_eq!(cal.motif_fermeture(d(2028, 11, 11)), Some(armistice));
    }

    #[test]
    fn priorite_des_motifs_et_week_ends() {
        let cal = Calendrier::new(
            Zone::A,
            vacances_officielles(Zone::A, d(2025, 9, 1), d(2026, 8, 31)),
            vec![
                Fermeture {
                    date: d(2025, 12, 24),
                    libelle: "Réveillon".into(),
                },
                Fermeture {
                    date: d(2026, 5, 8),
                    libelle: "Examens".into(),
                },
                Fermeture {
                    date: d(2026, 6, 12),
                    libelle: "Examens".into(),
                },
            ],
        );
        assert_eq!(
            cal.motif_fermeture(d(2025, 12, 24)),
            Some(vacances("Vacances de Noël"))
        );
        let victoire = MotifFermeture::JourFerie {
            nom: "Victoire 1945".into(),
        };
        assert_eq!(cal.motif_fermeture(d(2026, 5, 8)), Some(victoire));
        let examens = MotifFermeture::Fermeture {
            libelle: "Examens".into(),
        };
        assert_eq!(cal.motif_fermeture(d(2026, 6, 12)), Some(examens));
        assert_eq!(
            cal.motif_fermeture(d(2026, 3, 14)),
            None,
            "un samedi n'est pas une fermeture"
        );
        assert_eq!(cal.motif_fermeture(d(2026, 3, 16)), None, "lundi ordinaire");
    }

    #[test]
    fn parse_heure_formes_acceptees() {
        assert_eq!(h("14:00"), NaiveTime::from_hms_opt(14, 0, 0).unwrap());
        assert_eq!(h("14h"), NaiveTime::from_hms_opt(14, 0, 0).unwrap());
        assert_eq!(h("14h30"), NaiveTime::from_hms_opt(14, 30, 0).unwrap());
        assert_eq!(h("14H30"), NaiveTime::from_hms_opt(14, 30, 0).unwrap());
        assert_eq!(h(" 14 h 30 "), NaiveTime::from_hms_opt(14, 30, 0).unwrap());
        assert_eq!(h("9:05"), NaiveTime::from_hms_opt(9, 5, 0).unwrap());
        assert_eq!(h("09:05"), NaiveTime::from_hms_opt(9, 5, 0).unwrap());
        assert_eq!(h("0:00"), NaiveTime::from_hms_opt(0, 0, 0).unwrap());
        assert_eq!(h("23:59"), NaiveTime::from_hms_opt(23, 59, 0).unwrap());
    }

    #[test]
    fn parse_heure_refus_en_francais() {
        let msg = |s: &str| parse_heure(s).unwrap_err().to_string();
        assert_eq!(
            msg("25:00"),
            "Heure « 25:00 » impossible : les heures vont de 0 à 23."
        );
        assert_eq!(
            msg("24h"),
            "Heure « 24h » impossible : les heures vont de 0 à 23."
        );
        assert_eq!(
            msg("14:60"),
            "Heure « 14:60 » impossible : les minutes vont de 00 à 59."
        );
        assert_eq!(
            msg(""),
            "Heure manquante : saisissez par exemple 14:00, 14h ou 14h30."
        );
        assert_eq!(
            msg("   "),
            "Heure manquante : saisissez par exemple 14:00, 14h ou 14h30."
        );
        let illisible = "« midi » n'est pas une heure : écrivez par exemple 14:00, 14h ou 14h30.";
        assert_eq!(msg("midi"), illisible);
        for s in [
            "14", "14:5", "14:000", "14:00:00", "-1:00", "1a:00", "14h3", ":30", "h30",
        ] {
            assert!(
                matches!(parse_heure(s), Err(ErreurCreneau::HeureIllisible { .. })),
                "« {s} » doit être refusé"
            );
        }
    }

    #[test]
    fn creneau_invalide_messages_en_francais() {
        let msg = |c: Creneau| c.valider().unwrap_err().to_string();
        assert_eq!(
            msg(creneau(Weekday::Tue, "16:00", "14:00")),
            "L'heure de fin (14:00) est avant l'heure de début (16:00)."
        );
        assert_eq!(
            msg(creneau(Weekday::Tue, "14:00", "14:00")),
            "Le créneau dure zéro minute : il commence et finit à 14:00."
        );
        assert_eq!(
            msg(creneau(Weekday::Sat, "10:00", "12:00")),
            "Les ateliers ont lieu en semaine : un créneau le samedi n'est pas possible."
        );
        assert!(creneau(Weekday::Sun, "10:00", "12:00").valider().is_err());
        let bon = creneau(Weekday::Fri, "8h45", "11h15");
        assert_eq!(bon.valider(), Ok(()));
        assert_eq!(bon.duree_minutes(), 150);
    }

    #[test]
    fn planifier_refuse_les_mauvaises_entrees() {
        let cal = Calendrier::new(Zone::A, vec![], vec![]);
        let (du, au) = (d(2026, 3, 2), d(2026, 3, 27));

        let e = planifier(&mardi_jeudi(), au, du, &cal).unwrap_err();
        assert_eq!(
            e.to_string(),
            "La dernière date (02/03/2026) est avant la première (27/03/2026)."
        );

        let creneaux = [
            creneau(Weekday::Mon, "10:00", "12:00"),
            creneau(Weekday::Thu, "16:00", "14:00"),
        ];
        let e = planifier(&creneaux, du, au, &cal).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Créneau n° 2 : L'heure de fin (14:00) est avant l'heure de début (16:00)."
        );

        let zero = [creneau(Weekday::Wed, "9h", "9h")];
        let e = planifier(&zero, du, au, &cal).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Créneau n° 1 : Le créneau dure zéro minute : il commence et finit à 09:00."
        );

        let chevauchants = [
            creneau(Weekday::Tue, "14:00", "16:00"),
            creneau(Weekday::Tue, "15:00", "17:00"),
        ];
        let e = planifier(&chevauchants, du, au, &cal).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Les créneaux n° 1 et n° 2 se chevauchent le mardi."
        );
    }

    #[test]
    fn planifier_trie_par_date_puis_heure() {
        let cal = Calendrier::new(Zone::B, vec![], vec![]);
        // Le créneau de l'après-midi est donné avant celui du matin, le même mardi.
        let creneaux = [
            creneau(Weekday::Tue, "14:00", "16:00"),
            creneau(Weekday::Mon, "9:00", "11:00"),
            creneau(Weekday::Tue, "9:00", "10:30"),
        ];
        let plan = planifier(&creneaux, d(2026, 3, 9), d(2026, 3, 10), &cal).unwrap();
        let ordre: Vec<_> = plan
            .retenues
            .iter()
            .map(|r| (r.date, r.debut, r.creneau))
            .collect();
        assert_eq!(
            ordre,
            [
                (d(2026, 3, 9), h("9:00"), 1),
                (d(2026, 3, 10), h("9:00"), 2),
                (d(2026, 3, 10), h("14:00"), 0),
            ]
        );
        assert_eq!(plan.total_minutes(), 120 + 90 + 120);
        // Un seul jour, bornes incluses.
        let un_jour = planifier(&creneaux, d(2026, 3, 9), d(2026, 3, 9), &cal).unwrap();
        assert_eq!(un_jour.retenues.len(), 1);
    }

    #[test]
    fn serialisation_pour_l_interface() {
        let motif = MotifFermeture::JourFerie {
            nom: "Ascension".into(),
        };
        let json = serde_json::to_string(&motif).unwrap();
        assert_eq!(json, r#"{"type":"JourFerie","nom":"Ascension"}"#);
        let c = creneau(Weekday::Tue, "14:00", "16:00");
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, r#"{"jour":2,"debut":"14:00:00","fin":"16:00:00"}"#);
        assert_eq!(serde_json::from_str::<Creneau>(&json).unwrap(), c);
        let lu: Creneau =
            serde_json::from_str(r#"{"jour":5,"debut":"09:00","fin":"11:30"}"#).unwrap();
        assert_eq!(lu, creneau(Weekday::Fri, "9:00", "11:30"));
        assert!(
            serde_json::from_str::<Creneau>(r#"{"jour":8,"debut":"09:00","fin":"11:30"}"#).is_err()
        );
        let cfg = ts_rs::Config::default();
        let decl = MotifFermeture::decl(&cfg);
        assert!(decl.contains("\"type\": \"JourFerie\""), "{decl}");
        let decl = Creneau::decl(&cfg);
        assert!(decl.contains("jour: number"), "{decl}");
        let decl = Vacances::decl(&cfg);
        assert!(decl.contains("premier_jour: string"), "{decl}");
    }
}

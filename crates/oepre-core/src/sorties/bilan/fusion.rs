//! Académie consolidation (issue 7 §6): many schools' JSON bilans (`oepre-bilan/1`, read with
//! [`super::lire_json`]) merged into académie totals and a per-school table.
//!
//! Counts, minutes and amounts are summed; rates are recomputed from the summed numerators and
//! denominators, never averaged. A school+year may appear once only. The parents' path (who
//! referred them, expectations, orientation, progress) is summed code by code and written on its
//! own sheet « Parcours des parents »: counts only, never a name. The charter's follow-up
//! indicators are summed too: the parents ticked over the year (files that count them; older
//! files « — ») and the two counts the schools type.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Bilan, Compte, LigneProgression};
use crate::domaine::parcours_parent::{Attente, Orientation, Prescripteur};
use crate::{Erreur, Resultat};

/// The summable figures of a school (or of the académie).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[allow(missing_docs)]
pub struct ChiffresFusion {
    #[ts(type = "number")]
    pub groupes: i64,
    #[ts(type = "number")]
    pub minutes_prevues: i64,
    #[ts(type = "number")]
    pub minutes_programmees: i64,
    #[ts(type = "number")]
    pub minutes_realisees: i64,
    /// Delivered minutes on axis 1, langue française (a séance on several axes split equally).
    #[serde(default)]
    #[ts(type = "number")]
    pub minutes_axe_langue: i64,
    /// Delivered minutes on axis 2, la connaissance du fonctionnement et des attentes de l'École.
    #[serde(default)]
    #[ts(type = "number")]
    pub minutes_axe_ecole: i64,
    /// Delivered minutes on axis 3, valeurs de la République.
    #[serde(default)]
    #[ts(type = "number")]
    pub minutes_axe_valeurs: i64,
    /// Parents enrolled at the start ([`super::ChiffresParents::inscrits_au_debut`]); summed over
    /// the files that count it only (see [`Self::bilans_sans_axes`]).
    #[serde(default)]
    #[ts(type = "number")]
    pub inscrits_au_debut: i64,
    /// Files exported before the hours per axis and the enrolment at the start were counted: 1
    /// for such a school, summed for the académie. Their figures above are not known (« — »).
    #[serde(default)]
    #[ts(type = "number")]
    pub bilans_sans_axes: i64,
    #[ts(type = "number")]
    pub seances_programmees: i64,
    #[ts(type = "number")]
    pub seances_realisees: i64,
    #[ts(type = "number")]
    pub seances_annulees: i64,
    #[ts(type = "number")]
    pub inscrits: i64,
    #[ts(type = "number")]
    pub en_cours: i64,
    #[ts(type = "number")]
    pub partis: i64,
    #[ts(type = "number")]
    pub en_attente: i64,
    #[ts(type = "number")]
    pub femmes: i64,
    #[ts(type = "number")]
    pub hommes: i64,
    #[ts(type = "number")]
    pub sexe_non_renseigne: i64,
    #[ts(type = "number")]
    pub primo_arrivants: i64,
    /// Public prioritaire Intérieur ([`super::ChiffresParents::public_prioritaire`]); summed
    /// over the files that count it only (see [`Self::bilans_sans_publics`]).
    #[ts(type = "number")]
    pub public_prioritaire: i64,
    /// Other parents, not French-speaking (same files).
    #[ts(type = "number")]
    pub autres_allophones_hors_prioritaire: i64,
    /// Other parents, French-speaking (same files).
    #[ts(type = "number")]
    pub francophones_hors_prioritaire: i64,
    /// Files exported before the priority public was counted: 1 for such a school, summed for
    /// the académie. Their three counts above are not known (shown « — »), so the académie's
    /// three counts then cover fewer parents than [`Self::inscrits`].
    #[serde(default)]
    #[ts(type = "number")]
    pub bilans_sans_publics: i64,
    #[ts(type = "number")]
    pub cir: i64,
    #[ts(type = "number")]
    pub protection_internationale: i64,
    #[ts(type = "number")]
    pub autres_allophones: i64,
    #[ts(type = "number")]
    pub reinscrits: i64,
    #[ts(type = "number")]
    pub minutes_suivies: i64,
    #[ts(type = "number")]
    pub minutes_dispensees: i64,
    #[ts(type = "number")]
    pub centimes_vacations: i64,
    #[ts(type = "number")]
    pub minutes_vacation: i64,
    #[ts(type = "number")]
    pub minutes_hors_vacation: i64,
    /// Other costs, cents (0 for files written before they existed).
    #[ts(type = "number")]
    pub centimes_autres_depenses: i64,
    /// Funding received, cents.
    #[ts(type = "number")]
    pub centimes_financements: i64,
    /// Funding − (vacations + other costs), cents.
    #[ts(type = "number")]
    pub centimes_solde: i64,
    /// femmes ÷ (femmes + hommes), from the sums.
    pub part_femmes: Option<f64>,
    /// minutes_suivies ÷ minutes_dispensees, from the sums.
    pub taux_assiduite: Option<f64>,
    /// minutes_suivies ÷ inscrits, from the sums.
    pub minutes_suivies_moyenne: Option<f64>,
    /// partis ÷ inscrits, from the sums.
    #[serde(default)]
    pub taux_abandon: Option<f64>,
    /// Who referred the parents ([`super::ChiffresParents::prescripteurs`]), summed code by
    /// code over the files that count it (see [`Self::bilans_sans_parcours`]).
    #[serde(default)]
    pub prescripteurs: Vec<Compte>,
    /// The parents' expectations, same files.
    #[serde(default)]
    pub attentes: Vec<Compte>,
    /// Where the parents go next, same files.
    #[serde(default)]
    pub orientations: Vec<Compte>,
    /// Entry → exit CECRL level, oral and written, same files.
    #[serde(default)]
    pub progression: Vec<LigneProgression>,
    /// Files exported before the parents' path was counted: 1 for such a school, summed for the
    /// académie (their parents are missing from the four lists above).
    #[serde(default)]
    #[ts(type = "number")]
    pub bilans_sans_parcours: i64,
    /// The charter's indicators ticked per parent ([`super::Chiffres::suivi_parents`]): parents
    /// ticked over the year for the individual meetings, the visits outside them, the elections;
    /// summed over the files that count them (see [`Self::bilans_avec_suivi`]).
    #[serde(default)]
    #[ts(type = "number")]
    pub suivi_rencontres: i64,
    #[serde(default)]
    #[ts(type = "number")]
    pub suivi_venues: i64,
    #[serde(default)]
    #[ts(type = "number")]
    pub suivi_elections: i64,
    /// Files that count the ticks: 1 for such a school, summed for the académie; 0 means « — ».
    #[serde(default)]
    #[ts(type = "number")]
    pub bilans_avec_suivi: i64,
    /// « Actions conjointes avec partenaires » as typed; `None` when no file gives it.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub actions_partenaires: Option<i64>,
    /// « Analyse partagée avec les représentants des parents d'élèves » as typed; same `None`.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub analyses_partagees: Option<i64>,
}

/// The sum of two counts that may be missing (missing only when both are).
fn somme(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
    }
}

/// Adds `source` into `cible`, code by code (a code new to `cible` is appended).
fn additionner(cible: &mut Vec<Compte>, source: &[Compte]) {
    for c in source {
        match cible.iter_mut().find(|x| x.code == c.code) {
            Some(x) => x.nombre += c.nombre,
            None => cible.push(c.clone()),
        }
    }
}

fn additionner_progression(cible: &mut Vec<LigneProgression>, source: &[LigneProgression]) {
    for l in source {
        match cible.iter_mut().find(|x| x.competence == l.competence) {
            Some(x) => {
                x.progres += l.progres;
                x.stable += l.stable;
                x.recul += l.recul;
                x.non_evalue += l.non_evalue;
            }
            None => cible.push(l.clone()),
        }
    }
}

fn ratio(n: i64, d: i64) -> Option<f64> {
    (d != 0).then(|| n as f64 / d as f64)
}

impl ChiffresFusion {
    fn de(b: &Bilan) -> Self {
        let (c, p) = (&b.ecole, &b.ecole.parents);
        let axes = c.axes_realises.unwrap_or_default();
        let coches = |k: usize| {
            let code = crate::domaine::suivi_parents::IndicateurParent::TOUS[k].code();
            c.suivi_parents.iter().flatten().find(|x| x.indicateur == code).map_or(0, |x| x.annee)
        };
        let mut r = Self {
            minutes_axe_langue: axes.langue,
            minutes_axe_ecole: axes.ecole,
            minutes_axe_valeurs: axes.valeurs,
            inscrits_au_debut: p.inscrits_au_debut.unwrap_or(0),
            bilans_sans_axes: i64::from(c.axes_realises.is_none() || p.inscrits_au_debut.is_none()),
            groupes: c.groupes,
            minutes_prevues: c.minutes_prevues,
            minutes_programmees: c.minutes_programmees,
            minutes_realisees: c.minutes_realisees,
            seances_programmees: c.seances_programmees,
            seances_realisees: c.seances_realisees,
            seances_annulees: c.seances_annulees,
            inscrits: p.inscrits,
            en_cours: p.en_cours,
            partis: p.partis,
            en_attente: p.en_attente,
            femmes: p.femmes,
            hommes: p.hommes,
            sexe_non_renseigne: p.sexe_non_renseigne,
            primo_arrivants: p.primo_arrivants,
            public_prioritaire: p.public_prioritaire,
            autres_allophones_hors_prioritaire: p.autres_allophones_hors_prioritaire,
            francophones_hors_prioritaire: p.francophones_hors_prioritaire,
            bilans_sans_publics: i64::from(!p.publics_distingues),
            cir: p.cir,
            protection_internationale: p.protection_internationale,
            autres_allophones: p.autres_allophones,
            reinscrits: p.reinscrits,
            minutes_suivies: p.minutes_suivies,
            minutes_dispensees: p.minutes_dispensees,
            centimes_vacations: b.finances.total_centimes,
            minutes_vacation: b.finances.minutes_vacation,
            minutes_hors_vacation: b.finances.minutes_hors_vacation,
            centimes_autres_depenses: b.finances.autres_depenses_centimes,
            centimes_financements: b.finances.financements_centimes,
            centimes_solde: b.finances.financements_centimes - b.finances.total_centimes - b.finances.autres_depenses_centimes,
            prescripteurs: p.prescripteurs.clone().unwrap_or_default(),
            attentes: p.attentes.clone().unwrap_or_default(),
            orientations: p.orientations.clone().unwrap_or_default(),
            progression: p.progression.clone().unwrap_or_default(),
            bilans_sans_parcours: i64::from(p.prescripteurs.is_none() || p.orientations.is_none() || p.progression.is_none()),
            suivi_rencontres: coches(0),
            suivi_venues: coches(1),
            suivi_elections: coches(2),
            bilans_avec_suivi: i64::from(c.suivi_parents.is_some()),
            actions_partenaires: b.qualitatif.indicateurs.actions_communes,
            analyses_partagees: b.qualitatif.indicateurs.analyses_partagees,
            ..Self::default()
        };
        r.taux();
        r
    }

    fn ajouter(&mut self, o: &Self) {
        self.groupes += o.groupes;
        self.minutes_prevues += o.minutes_prevues;
        self.minutes_programmees += o.minutes_programmees;
        self.minutes_realisees += o.minutes_realisees;
        self.minutes_axe_langue += o.minutes_axe_langue;
        self.minutes_axe_ecole += o.minutes_axe_ecole;
        self.minutes_axe_valeurs += o.minutes_axe_valeurs;
        self.inscrits_au_debut += o.inscrits_au_debut;
        self.bilans_sans_axes += o.bilans_sans_axes;
        self.seances_programmees += o.seances_programmees;
        self.seances_realisees += o.seances_realisees;
        self.seances_annulees += o.seances_annulees;
        self.inscrits += o.inscrits;
        self.en_cours += o.en_cours;
        self.partis += o.partis;
        self.en_attente += o.en_attente;
        self.femmes += o.femmes;
        self.hommes += o.hommes;
        self.sexe_non_renseigne += o.sexe_non_renseigne;
        self.primo_arrivants += o.primo_arrivants;
        self.public_prioritaire += o.public_prioritaire;
        self.autres_allophones_hors_prioritaire += o.autres_allophones_hors_prioritaire;
        self.francophones_hors_prioritaire += o.francophones_hors_prioritaire;
        self.bilans_sans_publics += o.bilans_sans_publics;
        self.cir += o.cir;
        self.protection_internationale += o.protection_internationale;
        self.autres_allophones += o.autres_allophones;
        self.reinscrits += o.reinscrits;
        self.minutes_suivies += o.minutes_suivies;
        self.minutes_dispensees += o.minutes_dispensees;
        self.centimes_vacations += o.centimes_vacations;
        self.minutes_vacation += o.minutes_vacation;
        self.minutes_hors_vacation += o.minutes_hors_vacation;
        self.centimes_autres_depenses += o.centimes_autres_depenses;
        self.centimes_financements += o.centimes_financements;
        self.centimes_solde += o.centimes_solde;
        additionner(&mut self.prescripteurs, &o.prescripteurs);
        additionner(&mut self.attentes, &o.attentes);
        additionner(&mut self.orientations, &o.orientations);
        additionner_progression(&mut self.progression, &o.progression);
        self.bilans_sans_parcours += o.bilans_sans_parcours;
        self.suivi_rencontres += o.suivi_rencontres;
        self.suivi_venues += o.suivi_venues;
        self.suivi_elections += o.suivi_elections;
        self.bilans_avec_suivi += o.bilans_avec_suivi;
        self.actions_partenaires = somme(self.actions_partenaires, o.actions_partenaires);
        self.analyses_partagees = somme(self.analyses_partagees, o.analyses_partagees);
        self.taux();
    }

    fn taux(&mut self) {
        self.part_femmes = ratio(self.femmes, self.femmes + self.hommes);
        self.taux_assiduite = ratio(self.minutes_suivies, self.minutes_dispensees);
        self.minutes_suivies_moyenne = ratio(self.minutes_suivies, self.inscrits);
        self.taux_abandon = ratio(self.partis, self.inscrits);
    }
}

/// One school's line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LigneEcole {
    /// UAI.
    pub uai: String,
    /// Name.
    pub nom: String,
    /// Town.
    pub commune: String,
    /// School year.
    pub annee: String,
    /// Its figures.
    pub chiffres: ChiffresFusion,
}

/// The académie consolidation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Fusion {
    /// School years present, sorted, distinct.
    pub annees: Vec<String>,
    /// Académies named by the files, sorted, distinct.
    pub academies: Vec<String>,
    /// Sums (rates recomputed from the sums).
    pub total: ChiffresFusion,
    /// One line per file, by year then UAI.
    pub ecoles: Vec<LigneEcole>,
}

/// Merges bilans; refuses a duplicate UAI+year (files named « n° 1, 2… » in the message).
pub fn fusionner(bilans: &[Bilan]) -> Resultat<Fusion> {
    let noms: Vec<String> = (1..=bilans.len()).map(|i| format!("n° {i}")).collect();
    let paires: Vec<(&str, &Bilan)> = noms.iter().map(String::as_str).zip(bilans).collect();
    fusionner_nommes(&paires)
}

/// Merges bilans read from the named files; the messages name the files.
pub fn fusionner_nommes(bilans: &[(&str, &Bilan)]) -> Resultat<Fusion> {
    if bilans.is_empty() {
        return Err(Erreur::champ("fichiers", "Aucun bilan à fusionner."));
    }
    let mut vus: Vec<(&str, &str, &str)> = Vec::new();
    for (fichier, b) in bilans {
        let uai = b.etablissement.uai.trim();
        if uai.is_empty() {
            return Err(Erreur::champ("fichiers", format!("Le bilan « {fichier} » n'a pas d'UAI : l'établissement doit être renseigné avant l'export.")));
        }
        if let Some((autre, _, _)) = vus.iter().find(|(_, u, a)| u.eq_ignore_ascii_case(uai) && *a == b.annee) {
            return Err(Erreur::Conflit(format!(
                "Les fichiers « {autre} » et « {fichier} » contiennent tous deux le bilan {} de l'établissement {uai} ({}) : gardez-en un seul.",
                b.annee, b.etablissement.nom
            )));
        }
        vus.push((fichier, uai, &b.annee));
    }
    let mut ecoles: Vec<LigneEcole> = bilans
        .iter()
        .map(|(_, b)| LigneEcole {
            uai: b.etablissement.uai.trim().to_uppercase(),
            nom: b.etablissement.nom.clone(),
            commune: b.etablissement.commune.clone(),
            annee: b.annee.clone(),
            chiffres: ChiffresFusion::de(b),
        })
        .collect();
    ecoles.sort_by(|a, b| (&a.annee, &a.uai).cmp(&(&b.annee, &b.uai)));
    let mut total = ChiffresFusion::default();
    for e in &ecoles {
        total.ajouter(&e.chiffres);
    }
    let mut annees: Vec<String> = ecoles.iter().map(|e| e.annee.clone()).collect();
    annees.dedup();
    annees.sort();
    annees.dedup();
    let mut academies: Vec<String> =
        bilans.iter().map(|(_, b)| b.etablissement.academie.trim().to_string()).filter(|a| !a.is_empty()).collect();
    academies.sort();
    academies.dedup();
    Ok(Fusion { annees, academies, total, ecoles })
}

/// What the académie sheet says when some files predate the priority-public count.
pub fn avis_bilans_sans_publics(n: i64) -> String {
    let debut = if n > 1 {
        format!("{n} bilans exportés par une version antérieure ne distinguent pas")
    } else {
        "1 bilan exporté par une version antérieure ne distingue pas".to_owned()
    };
    format!("{debut} le public prioritaire Intérieur : leurs parents manquent dans les trois totaux « public prioritaire », « autres parents allophones » et « autres parents francophones ». Demandez un nouvel export.")
}

enum Genre {
    Nombre,
    Heures,
    Euros,
    Taux,
    Moyenne,
}

/// What the académie sheet says when some files predate the hours per axis.
pub fn avis_bilans_sans_axes(n: i64) -> String {
    let debut = if n > 1 {
        format!("{n} bilans exportés par une version antérieure ne donnent pas")
    } else {
        "1 bilan exporté par une version antérieure ne donne pas".to_owned()
    };
    format!("{debut} les heures par axe ni les inscrits au démarrage : ils manquent dans ces totaux. Demandez un nouvel export.")
}

/// The columns: header, kind, value. Same order on both sheets. `publics_connus`: at least one
/// of the files summed in `c` counts the priority public; `axes_connus`: the hours per axis.
fn colonnes(c: &ChiffresFusion, publics_connus: bool, axes_connus: bool) -> Vec<(&'static str, Genre, Option<f64>)> {
    use Genre::*;
    let n = |v: i64| Some(v as f64);
    let h = |m: i64| Some(m as f64 / 60.0);
    // A school whose file predates the split has no such counts (« — »); the académie's total
    // sums the files that have them, and the sheet says how many do not.
    let publics = |v: i64| publics_connus.then_some(v as f64);
    let axes = |m: i64| axes_connus.then_some(m as f64 / 60.0);
    // The ticks: « — » for a file (or a total of files) exported before they were counted.
    let suivi = |v: i64| (c.bilans_avec_suivi > 0).then_some(v as f64);
    vec![
        ("Groupes", Nombre, n(c.groupes)),
        ("Heures prévues", Heures, h(c.minutes_prevues)),
        ("Heures programmées", Heures, h(c.minutes_programmees)),
        ("Heures réalisées", Heures, h(c.minutes_realisees)),
        ("Heures réalisées — axe 1 : langue française", Heures, axes(c.minutes_axe_langue)),
        ("Heures réalisées — axe 2 : la connaissance du fonctionnement et des attentes de l'École", Heures, axes(c.minutes_axe_ecole)),
        ("Heures réalisées — axe 3 : valeurs de la République", Heures, axes(c.minutes_axe_valeurs)),
        ("Séances programmées", Nombre, n(c.seances_programmees)),
        ("Séances réalisées", Nombre, n(c.seances_realisees)),
        ("Séances annulées", Nombre, n(c.seances_annulees)),
        ("Inscrits au démarrage", Nombre, axes_connus.then_some(c.inscrits_au_debut as f64)),
        ("Parents inscrits", Nombre, n(c.inscrits)),
        ("Présents en fin d'année", Nombre, n(c.en_cours)),
        ("Partis en cours d'année", Nombre, n(c.partis)),
        ("Taux d'abandon", Taux, c.taux_abandon),
        ("Liste d'attente", Nombre, n(c.en_attente)),
        ("Femmes", Nombre, n(c.femmes)),
        ("Hommes", Nombre, n(c.hommes)),
        ("Sexe non renseigné", Nombre, n(c.sexe_non_renseigne)),
        ("Part des femmes", Taux, c.part_femmes),
        (super::LIBELLE_PUBLIC_PRIORITAIRE, Nombre, publics(c.public_prioritaire)),
        (super::LIBELLE_AUTRES_ALLOPHONES, Nombre, publics(c.autres_allophones_hors_prioritaire)),
        (super::LIBELLE_AUTRES_FRANCOPHONES, Nombre, publics(c.francophones_hors_prioritaire)),
        ("Primo-arrivants", Nombre, n(c.primo_arrivants)),
        ("Signataires du CIR", Nombre, n(c.cir)),
        ("Protection internationale", Nombre, n(c.protection_internationale)),
        ("Réinscrits", Nombre, n(c.reinscrits)),
        ("Heures suivies", Heures, h(c.minutes_suivies)),
        ("Heures dispensées", Heures, h(c.minutes_dispensees)),
        ("Heures suivies par parent", Moyenne, c.minutes_suivies_moyenne.map(|m| m / 60.0)),
        ("Taux d'assiduité", Taux, c.taux_assiduite),
        ("Participation des parents aux rencontres individuelles (parents cochés)", Nombre, suivi(c.suivi_rencontres)),
        ("Venues des parents à l'école hors rencontres individuelles (parents cochés)", Nombre, suivi(c.suivi_venues)),
        ("Participation aux élections (parents cochés)", Nombre, suivi(c.suivi_elections)),
        ("Actions conjointes avec partenaires", Nombre, c.actions_partenaires.map(|v| v as f64)),
        ("Analyse partagée avec les représentants des parents d'élèves", Nombre, c.analyses_partagees.map(|v| v as f64)),
        ("Vacations (€)", Euros, Some(c.centimes_vacations as f64 / 100.0)),
        ("Heures en vacation", Heures, h(c.minutes_vacation)),
        ("Heures hors vacation", Heures, h(c.minutes_hors_vacation)),
        ("Autres dépenses (€)", Euros, Some(c.centimes_autres_depenses as f64 / 100.0)),
        ("Financements reçus (€)", Euros, Some(c.centimes_financements as f64 / 100.0)),
        ("Solde (€)", Euros, Some(c.centimes_solde as f64 / 100.0)),
    ]
}

/// The consolidation as an XLSX workbook: sheet « Académie » (label, value) and sheet
/// « Établissements » (UAI, name, town, year, then the same columns). Hours as decimal hours,
/// amounts in euros, rates as percentages.
pub fn fusion_xlsx(f: &Fusion) -> Resultat<Vec<u8>> {
    classeur(f).map_err(|e| Erreur::Interne(format!("le classeur XLSX de l'académie n'a pas pu être produit ({e})")))
}

fn ecrire(ws: &mut Worksheet, l: u32, c: u16, g: &Genre, v: Option<f64>, fm: &[Format; 4]) -> Result<(), XlsxError> {
    let Some(v) = v else {
        ws.write_string(l, c, "—")?;
        return Ok(());
    };
    match g {
        Genre::Nombre => ws.write_number(l, c, v)?,
        Genre::Heures | Genre::Moyenne => ws.write_number_with_format(l, c, v, &fm[0])?,
        Genre::Euros => ws.write_number_with_format(l, c, v, &fm[1])?,
        Genre::Taux => ws.write_number_with_format(l, c, v, &fm[2])?,
    };
    Ok(())
}

fn classeur(f: &Fusion) -> Result<Vec<u8>, XlsxError> {
    let fm = [
        Format::new().set_num_format("#,##0.00"),
        Format::new().set_num_format("#,##0.00\\ \"€\""),
        Format::new().set_num_format("0%"),
        Format::new().set_bold(),
    ];
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Académie")?;
    ws.write_string_with_format(0, 0, format!("Bilan OEPRE académique {} — {}", f.annees.join(", "), f.academies.join(", ")), &fm[3])?;
    ws.write_string(1, 0, "Établissements")?;
    ws.write_number(1, 1, f.ecoles.len() as f64)?;
    ws.set_column_width(0, 32)?;
    ws.set_column_width(1, 14)?;
    let total_connu = f.total.bilans_sans_publics < f.ecoles.len() as i64;
    let axes_connus = f.total.bilans_sans_axes < f.ecoles.len() as i64;
    let cols = colonnes(&f.total, total_connu, axes_connus);
    let n_cols = cols.len() as u32;
    for (i, (t, g, v)) in cols.into_iter().enumerate() {
        let l = 2 + i as u32;
        ws.write_string(l, 0, t)?;
        ecrire(ws, l, 1, &g, v, &fm)?;
    }
    if f.total.bilans_sans_publics > 0 {
        ws.write_string(2 + n_cols + 1, 0, avis_bilans_sans_publics(f.total.bilans_sans_publics))?;
    }
    if f.total.bilans_sans_axes > 0 {
        ws.write_string(2 + n_cols + 2, 0, avis_bilans_sans_axes(f.total.bilans_sans_axes))?;
    }
    let ws = wb.add_worksheet();
    ws.set_name("Établissements")?;
    let fixes = ["UAI", "Établissement", "Commune", "Année"];
    for (c, t) in fixes.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *t, &fm[3])?;
    }
    for (c, (t, _, _)) in colonnes(&f.total, total_connu, axes_connus).iter().enumerate() {
        ws.write_string_with_format(0, (fixes.len() + c) as u16, *t, &fm[3])?;
    }
    for (i, e) in f.ecoles.iter().enumerate() {
        let l = 1 + i as u32;
        ws.write_string(l, 0, &e.uai)?;
        ws.write_string(l, 1, &e.nom)?;
        ws.write_string(l, 2, &e.commune)?;
        ws.write_string(l, 3, &e.annee)?;
        for (c, (_, g, v)) in colonnes(&e.chiffres, e.chiffres.bilans_sans_publics == 0, e.chiffres.bilans_sans_axes == 0).into_iter().enumerate() {
            ecrire(ws, l, (fixes.len() + c) as u16, &g, v, &fm)?;
        }
    }
    let l = 1 + f.ecoles.len() as u32;
    ws.write_string_with_format(l, 1, "Total académie", &fm[3])?;
    for (c, (_, g, v)) in colonnes(&f.total, total_connu, axes_connus).into_iter().enumerate() {
        ecrire(ws, l, (fixes.len() + c) as u16, &g, v, &fm)?;
    }
    parcours(wb.add_worksheet(), f, &fm)?;
    wb.save_to_buffer()
}

/// How to read one count of the « Parcours des parents » sheet; `None` for a section title.
type Lire = Option<Box<dyn Fn(&ChiffresFusion) -> i64>>;

/// The rows of the « Parcours des parents » sheet: a section title (no value) or a label and
/// how to read its count in a school's (or the académie's) figures.
fn lignes_parcours() -> Vec<(String, Lire)> {
    fn compte(liste: fn(&ChiffresFusion) -> &Vec<Compte>, code: &'static str) -> Lire {
        Some(Box::new(move |c| liste(c).iter().find(|x| x.code == code).map_or(0, |x| x.nombre)))
    }
    let mut v: Vec<(String, Lire)> = vec![("Orientés vers l'atelier par (par parent)".into(), None)];
    v.extend(Prescripteur::TOUS.iter().map(|p| (p.libelle().to_owned(), compte(|c| &c.prescripteurs, p.code()))));
    v.push(("Non renseigné".into(), compte(|c| &c.prescripteurs, "non_renseigne")));
    v.push(("Attentes à l'inscription (plusieurs réponses possibles)".into(), None));
    v.extend(Attente::TOUS.iter().map(|a| (a.libelle().to_owned(), compte(|c| &c.attentes, a.code()))));
    v.push(("Aucune attente cochée".into(), compte(|c| &c.attentes, "non_renseigne")));
    v.push(("Orientation en fin d'atelier (par parent)".into(), None));
    v.extend(Orientation::TOUS.iter().map(|o| (o.libelle().to_owned(), compte(|c| &c.orientations, o.code()))));
    v.push(("Non décidée".into(), compte(|c| &c.orientations, "non_renseigne")));
    v.push(("Progression du niveau CECRL, entrée → sortie (par inscription)".into(), None));
    for (k, nom) in [("oral", "Oral"), ("ecrit", "Écrit")] {
        type Champ = fn(&LigneProgression) -> i64;
        for (quoi, champ) in [
            ("en progrès", (|l: &LigneProgression| l.progres) as Champ),
            ("niveau stable", |l| l.stable),
            ("en recul", |l| l.recul),
            ("entrée ou sortie non évaluée", |l| l.non_evalue),
        ] {
            let lire: Lire = Some(Box::new(move |c: &ChiffresFusion| c.progression.iter().find(|l| l.competence == k).map_or(0, champ)));
            v.push((format!("{nom} : {quoi}"), lire));
        }
    }
    v
}

/// Sheet « Parcours des parents »: one row per count, the académie then one column per school;
/// « — » for a school whose file predates these counts.
fn parcours(ws: &mut Worksheet, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    ws.set_name("Parcours des parents")?;
    ws.set_column_width(0, 60)?;
    ws.write_string_with_format(0, 0, "Parcours des parents (comptes seulement, aucun nom)", &fm[3])?;
    ws.write_string_with_format(0, 1, "Académie", &fm[3])?;
    for (i, e) in f.ecoles.iter().enumerate() {
        ws.write_string_with_format(0, 2 + i as u16, format!("{} {}", e.uai, e.annee), &fm[3])?;
        ws.set_column_width(2 + i as u16, 16)?;
    }
    let lignes = lignes_parcours();
    for (r, (libelle, lire)) in lignes.iter().enumerate() {
        let r = 1 + r as u32;
        let Some(lire) = lire else {
            ws.write_string_with_format(r, 0, libelle, &fm[3])?;
            continue;
        };
        ws.write_string(r, 0, libelle)?;
        ws.write_number(r, 1, lire(&f.total) as f64)?;
        for (i, e) in f.ecoles.iter().enumerate() {
            if e.chiffres.bilans_sans_parcours > 0 {
                ws.write_string(r, 2 + i as u16, "—")?;
            } else {
                ws.write_number(r, 2 + i as u16, lire(&e.chiffres) as f64)?;
            }
        }
    }
    if f.total.bilans_sans_parcours > 0 {
        let n = f.total.bilans_sans_parcours;
        ws.write_string(
            2 + lignes.len() as u32,
            0,
            format!("{n} bilan(s) exporté(s) par une version antérieure ne donnent pas le parcours des parents : leurs parents manquent dans ces totaux. Demandez un nouvel export."),
        )?;
    }
    Ok(())
}

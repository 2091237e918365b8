//! Académie consolidation (issue 7 §6): many schools' JSON bilans (`oepre-bilan/1`, read with
//! [`super::lire_json`]) merged into académie totals and a per-school table.
//!
//! Counts, minutes and amounts are summed; rates are recomputed from the summed numerators and
//! denominators, never averaged. A school+year may appear once only. The parents' path (who
//! referred them, expectations, orientation, progress) is summed code by code and written on its
//! own sheet « Parcours des parents »: counts only, never a name. The charter's follow-up
//! indicators are summed too: the parents ticked over the year (files that count them; older
//! files « — ») and the two counts the schools type.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Bilan, Compte, LigneCertification, LigneNiveau, LigneProgression, SEUIL_NATIONALITE};
use crate::commun::departements;
use crate::domaine::heures::AssiduiteMois;
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
    /// By nationality: a school's list as its file gives it (already grouped); for the académie
    /// or a département, summed code by code then grouped again with the same threshold
    /// ([`SEUIL_NATIONALITE`]): a nationality under it joins « Autres nationalités ».
    #[serde(default)]
    pub nationalites: Vec<Compte>,
    /// Entry and exit CECRL levels (per enrolment), summed level by level.
    #[serde(default)]
    pub niveaux: Vec<LigneNiveau>,
    /// Certifications attempted and obtained, summed diploma by diploma.
    #[serde(default)]
    pub certifications: Vec<LigneCertification>,
    /// Hours attended and delivered per month, summed month by month over the files that count
    /// them (see [`Self::bilans_sans_mois`]).
    #[serde(default)]
    pub assiduite_par_mois: Vec<AssiduiteMois>,
    /// Files exported before the hours per month were counted: 1 for such a school, summed.
    #[serde(default)]
    #[ts(type = "number")]
    pub bilans_sans_mois: i64,
}

/// Adds `source` into `cible` month by month, months kept in order.
pub(super) fn additionner_mois(cible: &mut Vec<AssiduiteMois>, source: &[AssiduiteMois]) {
    for m in source {
        match cible.iter_mut().find(|x| x.mois == m.mois) {
            Some(x) => {
                x.minutes_suivies += m.minutes_suivies;
                x.minutes_dispensees += m.minutes_dispensees;
            }
            None => cible.push(m.clone()),
        }
    }
    cible.sort_by(|a, b| a.mois.cmp(&b.mois));
}

fn additionner_niveaux(cible: &mut Vec<LigneNiveau>, source: &[LigneNiveau]) {
    for l in source {
        match cible.iter_mut().find(|x| x.niveau == l.niveau) {
            Some(x) => {
                x.entree_oral += l.entree_oral;
                x.entree_ecrit += l.entree_ecrit;
                x.sortie_oral += l.sortie_oral;
                x.sortie_ecrit += l.sortie_ecrit;
            }
            None => cible.push(l.clone()),
        }
    }
}

fn additionner_certifications(cible: &mut Vec<LigneCertification>, source: &[LigneCertification]) {
    for l in source {
        match cible.iter_mut().find(|x| x.diplome == l.diplome) {
            Some(x) => {
                x.tentees += l.tentees;
                x.obtenues += l.obtenues;
                x.resultat_inconnu += l.resultat_inconnu;
            }
            None => cible.push(l.clone()),
        }
    }
}

/// The school bilan's grouping applied to summed nationalities: under [`SEUIL_NATIONALITE`]
/// into « Autres nationalités »; most numerous first, then `autres`, then `non_renseigne`.
pub(super) fn regrouper_nationalites(v: &mut Vec<Compte>) {
    let mut autres = 0;
    let mut inconnue = 0;
    let mut connues: Vec<Compte> = Vec::new();
    for c in v.drain(..) {
        match c.code.as_str() {
            "autres" => autres += c.nombre,
            "non_renseigne" => inconnue += c.nombre,
            _ if c.nombre < SEUIL_NATIONALITE => autres += c.nombre,
            _ => connues.push(c),
        }
    }
    connues.sort_by(|a, b| b.nombre.cmp(&a.nombre).then_with(|| a.libelle.cmp(&b.libelle)));
    *v = connues;
    if autres > 0 {
        v.push(Compte { code: "autres".into(), libelle: "Autres nationalités".into(), nombre: autres });
    }
    if inconnue > 0 {
        v.push(Compte { code: "non_renseigne".into(), libelle: "Non renseignée".into(), nombre: inconnue });
    }
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

pub(super) fn ratio(n: i64, d: i64) -> Option<f64> {
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
            nationalites: p.nationalites.clone(),
            niveaux: p.niveaux.clone(),
            certifications: p.certifications.clone(),
            assiduite_par_mois: c.assiduite_par_mois.clone().unwrap_or_default(),
            bilans_sans_mois: i64::from(c.assiduite_par_mois.is_none()),
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
        additionner(&mut self.nationalites, &o.nationalites);
        additionner_niveaux(&mut self.niveaux, &o.niveaux);
        additionner_certifications(&mut self.certifications, &o.certifications);
        additionner_mois(&mut self.assiduite_par_mois, &o.assiduite_par_mois);
        self.bilans_sans_mois += o.bilans_sans_mois;
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
    /// Département code, the UAI's first three characters ([`departements::code_de_uai`]).
    pub departement: String,
    /// Its figures.
    pub chiffres: ChiffresFusion,
}

/// One département's line: the sum of its schools' files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LigneDepartement {
    /// `031`.
    pub code: String,
    /// « Haute-Garonne », or the code when not in the list.
    pub nom: String,
    /// Files (school + year) summed.
    #[ts(type = "number")]
    pub etablissements: i64,
    /// Sums (rates recomputed from the sums).
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
    /// One line per département (from the UAI), by code.
    pub departements: Vec<LigneDepartement>,
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
            departement: departements::code_de_uai(&b.etablissement.uai),
            chiffres: ChiffresFusion::de(b),
        })
        .collect();
    ecoles.sort_by(|a, b| (&a.annee, &a.uai).cmp(&(&b.annee, &b.uai)));
    let mut total = ChiffresFusion::default();
    let mut par_departement: Vec<LigneDepartement> = Vec::new();
    for e in &ecoles {
        total.ajouter(&e.chiffres);
        let d = match par_departement.iter_mut().position(|d| d.code == e.departement) {
            Some(i) => &mut par_departement[i],
            None => {
                let nom = departements::nom(&e.departement).unwrap_or(&e.departement).to_owned();
                par_departement.push(LigneDepartement { code: e.departement.clone(), nom, etablissements: 0, chiffres: ChiffresFusion::default() });
                par_departement.last_mut().expect("just pushed")
            }
        };
        d.etablissements += 1;
        d.chiffres.ajouter(&e.chiffres);
    }
    regrouper_nationalites(&mut total.nationalites);
    for d in &mut par_departement {
        regrouper_nationalites(&mut d.chiffres.nationalites);
    }
    par_departement.sort_by(|a, b| a.code.cmp(&b.code));
    let mut annees: Vec<String> = ecoles.iter().map(|e| e.annee.clone()).collect();
    annees.dedup();
    annees.sort();
    annees.dedup();
    let mut academies: Vec<String> =
        bilans.iter().map(|(_, b)| b.etablissement.academie.trim().to_string()).filter(|a| !a.is_empty()).collect();
    academies.sort();
    academies.dedup();
    Ok(Fusion { annees, academies, total, ecoles, departements: par_departement })
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

/// What the académie sheet says when some files predate the hours per axis.
pub fn avis_bilans_sans_axes(n: i64) -> String {
    let debut = if n > 1 {
        format!("{n} bilans exportés par une version antérieure ne donnent pas")
    } else {
        "1 bilan exporté par une version antérieure ne donne pas".to_owned()
    };
    format!("{debut} les heures par axe ni les inscrits au démarrage : ils manquent dans ces totaux. Demandez un nouvel export.")
}

/// What the académie files say when some files predate the hours per month.
pub fn avis_bilans_sans_mois(n: i64) -> String {
    let debut = if n > 1 {
        format!("{n} bilans exportés par une version antérieure ne donnent pas")
    } else {
        "1 bilan exporté par une version antérieure ne donne pas".to_owned()
    };
    format!("{debut} les heures par mois : ils manquent dans l'assiduité par mois (« — »). Demandez un nouvel export.")
}

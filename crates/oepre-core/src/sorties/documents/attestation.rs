//! Attestation de suivi de formation: one page per enrolment (a parent in an atelier), for
//! one parent, one atelier, or every atelier of a school year, in one PDF.
//!
//! Hours attended, hours delivered, first and last séance attended come from
//! [`crate::domaine::heures::par_inscription`]. Waiting-list enrolments get no attestation; a parent
//! who left gets one for what was followed before leaving; a parent who has **not attended
//! a single hour** (nothing delivered yet, or absent throughout) gets none: an attestation
//! « 0 h sur 0 h » attests nothing. [`apercu_attestations`] says, before anything is made, how
//! many pages a choice gives and who gets none and why.
//!
//! A minimum attendance rate is configurable (`parametre` key [`CLE_TAUX_MINIMUM`], default
//! [`TAUX_MINIMUM_PAR_DEFAUT`]): [`attestations_sous_le_seuil`] lists the parents below it so
//! that the app can ask (and the CLI requires an explicit option) before issuing;
//! [`attestations`] itself issues one for every enrolment with hours attended.

use std::collections::HashMap;

use chrono::NaiveDate;
use oepre_pdf::{Align, Cell, Color, Column, Flow, Orientation, Table, TableStyle, TextStyle};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::entete::{self, bloc_signature, chef_avec_article, chef_feminin};
use super::{date_longue, date_texte, erreur_pdf, isoler, nom_complet};
use crate::domaine::etablissement::Etablissement;
use crate::domaine::heures::{self, Heures, Portee};
use crate::domaine::inscription::{self, Identite, Inscription};
use crate::domaine::parent::{self, accorder, Sexe};
use crate::commun::recherche::cle_tri;
use crate::{domaine::annee, Db, Erreur, Resultat};

/// `parametre` key of the minimum attendance rate (a number between 0 and 1).
pub const CLE_TAUX_MINIMUM: &str = "attestation_taux_minimum";
/// Default minimum attendance rate: half the hours delivered.
pub const TAUX_MINIMUM_PAR_DEFAUT: f64 = 0.5;

/// The minimum attendance rate to issue an attestation without asking (0–1).
pub fn taux_minimum(conn: &Connection) -> Resultat<f64> {
    Ok(crate::stockage::db::parametre(conn, CLE_TAUX_MINIMUM)?.and_then(|v| v.trim().parse::<f64>().ok()).filter(|t| (0.0..=1.0).contains(t)).unwrap_or(TAUX_MINIMUM_PAR_DEFAUT))
}

/// Sets the minimum attendance rate (0–1, e.g. `0.5` for 50 %), one transaction.
pub fn definir_taux_minimum(db: &mut Db, taux: f64) -> Resultat<f64> {
    if !taux.is_finite() || !(0.0..=1.0).contains(&taux) {
        return Err(Erreur::champ("taux_minimum", "Le taux minimum est un pourcentage entre 0 et 100 %."));
    }
    db.transaction(|tx| crate::stockage::db::definir_parametre(tx, CLE_TAUX_MINIMUM, &taux.to_string()))?;
    Ok(taux)
}

/// Which attestations: every enrolment (not on the waiting list) of the ateliers of a school
/// year, narrowed to one atelier and/or one parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChoixAttestations {
    /// The school year.
    #[ts(type = "number")]
    pub annee_id: i64,
    /// Only this atelier (of that year).
    #[ts(type = "number | null")]
    pub atelier_id: Option<i64>,
    /// Only this parent.
    #[ts(type = "number | null")]
    pub parent_id: Option<i64>,
}

/// A parent whose attendance is below the minimum rate (or who has no hours delivered yet).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SousLeSeuil {
    /// The enrolment.
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// « Prénom NOM ».
    pub nom_complet: String,
    /// The atelier.
    pub atelier_nom: String,
    /// Hours and rate.
    pub heures: Heures,
    /// The minimum rate it was compared with.
    pub taux_minimum: f64,
}

/// An enrolment of the choice that gets no attestation, and why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SansAttestation {
    /// The enrolment.
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// « Prénom NOM ».
    pub nom_complet: String,
    /// The atelier.
    pub atelier_nom: String,
    /// « aucune heure dispensée » (no séance held yet) or « aucune heure suivie ».
    pub motif: String,
}

/// What a choice of attestations gives, before it is made.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApercuAttestations {
    /// Pages of the PDF: one per enrolment with hours attended.
    pub pages: u32,
    /// Issued, but below the minimum rate: the app asks first.
    pub sous_le_seuil: Vec<SousLeSeuil>,
    /// Not issued: nothing attended.
    pub sans_attestation: Vec<SansAttestation>,
}

struct Selection {
    inscription: Inscription,
    parent: Identite,
    heures: Heures,
}

/// The enrolments chosen, sorted by atelier then name, with their hours.
fn selection(conn: &Connection, choix: &ChoixAttestations) -> Resultat<Vec<Selection>> {
    let annee = annee::par_id(conn, choix.annee_id)?;
    if let Some(a) = choix.atelier_id {
        let atelier = crate::domaine::atelier::lire(conn, a)?;
        if atelier.annee_id != annee.id {
            return Err(Erreur::Introuvable(format!("L'atelier « {} » n'est pas un atelier de l'année {}.", atelier.nom, annee.libelle)));
        }
    }
    if let Some(p) = choix.parent_id {
        parent::lire(conn, p)?;
    }
    let portee = match (choix.parent_id, choix.atelier_id) {
        (Some(p), _) => Portee::Parent(p),
        (None, Some(a)) => Portee::Atelier(a),
        (None, None) => Portee::Tout,
    };
    let mut heures = heures::par_inscription(conn, &portee)?;
    let mut v: Vec<Selection> = inscription::de_l_annee(conn, annee.id, choix.atelier_id, choix.parent_id)?
        .into_iter()
        .map(|(inscription, parent)| {
            let heures = heures.remove(&inscription.id).unwrap_or_default();
            Selection { inscription, parent, heures }
        })
        .collect();
    v.sort_by_cached_key(|s| (s.inscription.atelier_nom.clone(), cle_tri(&s.parent.nom, &s.parent.prenom), s.inscription.id));
    Ok(v)
}

/// Whether an enrolment gets an attestation: at least one minute attended.
fn a_suivi(s: &Selection) -> bool {
    s.heures.minutes_suivies > 0
}

/// The enrolments of the choice split in two: those that get an attestation, and those that
/// do not (nothing attended), listed with their reason.
fn partager(conn: &Connection, choix: &ChoixAttestations) -> Resultat<(Vec<Selection>, Vec<SansAttestation>)> {
    let (avec, sans): (Vec<_>, Vec<_>) = selection(conn, choix)?.into_iter().partition(a_suivi);
    let sans = sans
        .into_iter()
        .map(|s| SansAttestation {
            inscription_id: s.inscription.id,
            parent_id: s.parent.id,
            nom_complet: nom_complet(&s.parent.nom, &s.parent.prenom),
            motif: if s.heures.minutes_dispensees == 0 { "aucune heure dispensée" } else { "aucune heure suivie" }.to_owned(),
            atelier_nom: s.inscription.atelier_nom,
        })
        .collect();
    Ok((avec, sans))
}

fn sous_le_seuil(avec: &[Selection], seuil: f64) -> Vec<SousLeSeuil> {
    avec.iter()
        .filter(|s| s.heures.taux.is_none_or(|t| t < seuil))
        .map(|s| SousLeSeuil {
            inscription_id: s.inscription.id,
            parent_id: s.parent.id,
            nom_complet: nom_complet(&s.parent.nom, &s.parent.prenom),
            atelier_nom: s.inscription.atelier_nom.clone(),
            heures: s.heures.clone(),
            taux_minimum: seuil,
        })
        .collect()
}

/// A choice of attestations read once: what it gives ([`LotAttestations::apercu`]) and its PDF
/// ([`LotAttestations::pdf`]), without reading the enrolments twice (the CLI checks the minimum
/// rate, then makes the PDF).
pub struct LotAttestations {
    annee_id: i64,
    avec: Vec<Selection>,
    sans: Vec<SansAttestation>,
    seuil: f64,
}

impl LotAttestations {
    /// Reads the enrolments of `choix`, their parents and hours.
    pub fn lire(db: &Db, choix: &ChoixAttestations) -> Resultat<Self> {
        let (avec, sans) = partager(db.conn(), choix)?;
        Ok(Self { annee_id: choix.annee_id, avec, sans, seuil: taux_minimum(db.conn())? })
    }

    /// Pages, parents below the minimum rate, parents without attestation.
    pub fn apercu(&self) -> ApercuAttestations {
        ApercuAttestations { pages: self.avec.len() as u32, sous_le_seuil: sous_le_seuil(&self.avec, self.seuil), sans_attestation: self.sans.clone() }
    }

    /// The PDF: one page per enrolment with hours attended; `fait_le` is the date printed in
    /// « Fait à …, le … ». Refused, in French, when there is no page to make.
    pub fn pdf(&self, db: &Db, fait_le: NaiveDate) -> Resultat<Vec<u8>> {
        let conn = db.conn();
        let etab = super::etablissement(conn)?;
        let annee = annee::par_id(conn, self.annee_id)?;
        let (choisies, sans) = (&self.avec, &self.sans);
        if choisies.is_empty() && sans.is_empty() {
            return Err(Erreur::Introuvable(format!(
                "Aucune attestation à délivrer : aucun parent inscrit (hors liste d'attente) ne correspond en {}.",
                annee.libelle
            )));
        }
        if choisies.is_empty() {
            return Err(Erreur::Introuvable(format!(
                "Aucune attestation à délivrer : {} en {}.",
                if sans.len() == 1 { format!("{} n'a encore suivi aucune heure", sans[0].nom_complet) } else { "aucun des parents choisis n'a encore suivi d'heure".to_owned() },
                annee.libelle
            )));
        }
        let mut par_atelier: HashMap<i64, Vec<String>> = HashMap::new();
        let mut doc = entete::document("Attestation de suivi de formation — Dispositif OEPRE", Orientation::Portrait);
        let logo = entete::logo(&mut doc, conn);
        for s in choisies {
            let noms_intervenants = match par_atelier.entry(s.inscription.atelier_id) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(intervenants(conn, s.inscription.atelier_id)?),
            };
            let mut flow = Flow::new(&mut doc);
            page(&mut flow, (&etab, logo), &annee.libelle, s, noms_intervenants, fait_le);
        }
        doc.finish().map_err(erreur_pdf)
    }
}

/// The parents of the choice who get an attestation although their rate is below
/// [`taux_minimum`], so the app can ask before issuing it.
pub fn attestations_sous_le_seuil(db: &Db, choix: &ChoixAttestations) -> Resultat<Vec<SousLeSeuil>> {
    Ok(LotAttestations::lire(db, choix)?.apercu().sous_le_seuil)
}

/// How many pages a choice gives, who is below the minimum rate, and who gets no attestation.
pub fn apercu_attestations(db: &Db, choix: &ChoixAttestations) -> Resultat<ApercuAttestations> {
    Ok(LotAttestations::lire(db, choix)?.apercu())
}

/// The intervenants of an atelier, for the signature: those of its weekly slots, else those
/// of its séances (distinct, in order of appearance).
fn intervenants(conn: &Connection, atelier_id: i64) -> Resultat<Vec<String>> {
    let mut noms: Vec<String> = Vec::new();
    let atelier = crate::domaine::atelier::lire(conn, atelier_id)?;
    for c in &atelier.creneaux {
        for i in &c.intervenants {
            if !noms.contains(&i.nom_complet) {
                noms.push(i.nom_complet.clone());
            }
        }
    }
    if noms.is_empty() {
        for s in crate::domaine::seance::lister(conn, atelier_id)?.iter().filter(|s| !s.annulee) {
            for i in &s.intervenants {
                if !noms.contains(&i.nom_complet) {
                    noms.push(i.nom_complet.clone());
                }
            }
        }
    }
    Ok(noms)
}

/// « du Collège Louise Michel », « de l'École Jean Jaurès », « de l'établissement X ».
fn de_l_etablissement(nom: &str) -> String {
    let plie = crate::commun::recherche::plier(nom);
    if plie.starts_with("college") || plie.starts_with("lycee") || plie.starts_with("groupe scolaire") {
        format!("du {nom}")
    } else if plie.starts_with("ecole") || plie.starts_with("etablissement") || plie.starts_with("erea") {
        format!("de l'{nom}")
    } else {
        format!("de l'établissement {nom}")
    }
}

fn civilite(sexe: Option<Sexe>) -> &'static str {
    match sexe {
        Some(Sexe::F) => "Madame",
        Some(Sexe::M) => "Monsieur",
        None => "Madame, Monsieur",
    }
}

/// Attestations de suivi de formation, one page per enrolment chosen, in one PDF; `fait_le`
/// is the date printed in « Fait à …, le … ». Issued for every enrolment with hours attended,
/// whatever the rate: ask first with [`attestations_sous_le_seuil`]; none for an enrolment
/// with nothing attended ([`apercu_attestations`] lists them).
pub fn attestations(db: &Db, choix: &ChoixAttestations, fait_le: NaiveDate) -> Resultat<Vec<u8>> {
    LotAttestations::lire(db, choix)?.pdf(db, fait_le)
}

fn page(
    flow: &mut Flow<'_>,
    (etab, logo): (&Etablissement, Option<oepre_pdf::ImageId>),
    annee: &str,
    s: &Selection,
    intervenants: &[String],
    fait_le: NaiveDate,
) {
    let p = &s.parent;
    let i = &s.inscription;
    let h = &s.heures;
    let corps = TextStyle::new(10.5).line_height(1.4);
    entete::entete(flow, etab, logo);
    flow.space(9.0);
    flow.paragraph("Attestation de suivi de formation", &entete::titre(18.0));
    flow.space(1.5);
    flow.paragraph(
        "Dispositif Ouvrir l'École aux parents pour la réussite des enfants (OEPRE)",
        &TextStyle::new(11.0).align(Align::Center).color(Color::GREY),
    );
    flow.space(9.0);

    let feminin = chef_feminin(etab.chef_titre);
    let soussigne = if etab.chef_nom.trim().is_empty() {
        format!("{}, {}", if feminin { "Je soussignée" } else { "Je soussigné" }, etab.chef_titre.libelle().to_lowercase())
    } else {
        format!(
            "{}, {}, {}",
            if feminin { "Je soussignée" } else { "Je soussigné" },
            isoler(&etab.chef_nom),
            etab.chef_titre.libelle().to_lowercase()
        )
    };
    // Non-breaking spaces: a name is never cut at the end of a line.
    let insecable = |s: &str| s.split_whitespace().collect::<Vec<_>>().join("\u{a0}");
    let mut nom = isoler(&insecable(&nom_complet(&p.nom, &p.prenom)));
    if !p.translitteration.trim().is_empty() {
        nom.push_str(&format!(" ({})", isoler(&insecable(&p.translitteration))));
    }
    let phrase = format!(
        "{soussigne} {}, atteste que {}\u{a0}{nom}, {} à l'atelier « {} », a suivi la formation du dispositif \
         Ouvrir l'École aux parents pour la réussite des enfants au cours de l'année scolaire {annee}.",
        de_l_etablissement(&etab.nom),
        civilite(p.sexe),
        accorder("inscrit", "inscrite", p.sexe),
        isoler(&i.atelier_nom),
    );
    flow.paragraph(&phrase, &corps);
    flow.space(6.0);

    let pas_de_seance = "aucune séance suivie".to_owned();
    let mut lignes: Vec<(String, String, bool)> = vec![
        ("Année scolaire".into(), annee.to_owned(), false),
        ("Première séance suivie".into(), h.premiere_seance.map_or(pas_de_seance.clone(), date_longue), false),
        ("Dernière séance suivie".into(), h.derniere_seance.map_or(pas_de_seance, date_longue), false),
        (
            "Heures de formation suivies".into(),
            format!("{} sur {}", heures::formater(h.minutes_suivies), heures::formater(h.minutes_dispensees)),
            true,
        ),
    ];
    let niveaux: Vec<String> = [("oral", i.sortie.oral), ("écrit", i.sortie.ecrit)]
        .into_iter()
        .filter_map(|(quoi, n)| n.map(|n| format!("{quoi} {}", n.code())))
        .collect();
    if !niveaux.is_empty() {
        lignes.push(("Niveau atteint (CECRL)".into(), niveaux.join(", "), false));
    }
    let obtenues: Vec<&str> = i.certifications.iter().filter(|c| c.obtenue == Some(true)).map(|c| c.diplome.code()).collect();
    if !obtenues.is_empty() {
        lignes.push(("Certification obtenue".into(), obtenues.join(", "), false));
    }
    let mut table = Table::new(vec![Column::fixed(62.0), Column::weight(1.0)]).style(TableStyle {
        text: TextStyle::new(10.0),
        padding: 2.0,
        border: Some(entete::trait_fin()),
        header_fill: None,
        ..TableStyle::default()
    });
    for (libelle, valeur, gras) in lignes {
        let v = if gras { Cell::new(valeur).bold() } else { Cell::new(valeur) };
        table.row([Cell::new(libelle).fill(Color::grey(238)), v]);
    }
    flow.table(&table);
    flow.space(7.0);

    flow.paragraph("Objectifs de la formation, selon les trois axes du dispositif :", &corps.clone().bold());
    flow.space(1.0);
    let puces = [
        "la maîtrise de la langue française : comprendre, parler, lire et écrire, en particulier pour suivre la scolarité de ses enfants ;",
        "la connaissance du fonctionnement et des attentes de l'École : rôle de chacun, documents, outils numériques, suivi de la scolarité ;",
        "la connaissance des valeurs de la République et de leur mise en œuvre : liberté, égalité, notamment entre les femmes et les hommes, fraternité, laïcité.",
    ];
    let x = flow.left();
    let w = flow.width();
    for puce in puces {
        let y = flow.y();
        flow.page().text(x + 2.0, y, 4.0, "•", &corps);
        flow.paragraph_in(x + 6.0, w - 6.0, puce, &corps);
    }
    flow.space(5.0);
    flow.paragraph("Cette attestation est délivrée pour servir et valoir ce que de droit.", &corps);
    flow.space(4.0);
    flow.paragraph(&format!("Fait à {}, le {}.", isoler(&etab.commune), date_texte(fait_le)), &corps);
    flow.space(8.0);

    let chef = chef_avec_article(etab);
    let (libelle_interv, noms) = match intervenants.len() {
        0 => ("L'intervenant·e".to_owned(), String::new()),
        1 => ("L'intervenant·e".to_owned(), intervenants[0].clone()),
        _ => ("Les intervenant·es".to_owned(), intervenants.join(", ")),
    };
    let chef_nom = etab.chef_nom.clone();
    flow.block(40.0, |page, x, y, w| {
        let demi = (w - 12.0) / 2.0;
        bloc_signature(page, x, y, demi, 38.0, &chef, &chef_nom);
        bloc_signature(page, x + demi + 12.0, y, demi, 38.0, &libelle_interv, &noms);
    });
}

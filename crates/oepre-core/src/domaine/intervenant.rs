//! Intervenants (who runs the séances), vacation rates, hours per month and the 250 h cap.
//!
//! - An intervenant has a [`Statut`] (UPE2A teacher, FLS-certified…) and a [`Remuneration`]
//!   (vacation under décret 2005-909, HSE, invoice), or none while undecided.
//! - Vacation rates are a dated table ([`TauxVacation`], `taux_vacation`): the **rate in force
//!   on a date** is the row with the greatest `depuis` ≤ that date ([`taux_en_vigueur`]). A new
//!   rate is a new row ([`enregistrer_taux`]); earlier séances keep their rate.
//! - **Hours per intervenant per month** ([`HeuresMois`]): each non-cancelled séance counts
//!   fully for each of its intervenants (co-animation), by the month of its date.
//! - **The 250 h cap** ([`PLAFOND_MINUTES_12_MOIS`]): over any 12 consecutive months ending at
//!   one of the person's séance dates, the sum of that person's séance hours (non-cancelled, all
//!   years). Exceeding it is a warning ([`CodeAvertissement::PlafondVacations`]), never a block.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::avertissement::{heures_fr, Avertissement, CodeAvertissement};
use crate::domaine::etablissement::{courriel_valide, telephone_valide};
use crate::commun::texte::{date_fr, lire_date, nettoyer};
use crate::{domaine::annee, Db, Erreur, ErreurChamp, Resultat};

/// The cap of the indemnité de vacation: 250 hours per person over 12 consecutive months
/// (décret 2005-909). A regulation, not a school setting.
pub const PLAFOND_MINUTES_12_MOIS: i64 = 250 * 60;

/// What an intervenant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Statut {
    /// Teacher of a UPE2A (unit for newly arrived allophone pupils).
    Upe2a,
    /// Teacher holding the FLS (français langue seconde) certification.
    Fls,
    /// Other Éducation nationale teacher (modern languages, history…).
    Enseignant,
    /// GRETA trainer.
    Greta,
    /// Association trainer.
    Association,
    /// Anyone else.
    Autre,
}

impl Statut {
    /// Every status, in the order of the form.
    pub const TOUS: [Statut; 6] = [Self::Upe2a, Self::Fls, Self::Enseignant, Self::Greta, Self::Association, Self::Autre];
    /// As stored and as the CLI takes it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Upe2a => "upe2a",
            Self::Fls => "fls",
            Self::Enseignant => "enseignant",
            Self::Greta => "greta",
            Self::Association => "association",
            Self::Autre => "autre",
        }
    }
    /// From [`Self::code`].
    pub fn depuis_code(code: &str) -> Option<Self> {
        Self::TOUS.into_iter().find(|s| s.code() == code)
    }
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Upe2a => "Enseignant(e) UPE2A",
            Self::Fls => "Enseignant(e) certifié(e) FLS",
            Self::Enseignant => "Autre enseignant(e) de l'Éducation nationale",
            Self::Greta => "Formateur ou formatrice GRETA",
            Self::Association => "Formateur ou formatrice d'association",
            Self::Autre => "Autre",
        }
    }
}

/// How an intervenant is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Remuneration {
    /// Indemnité de vacation (décret 2005-909), at the dated hourly rate.
    Vacation,
    /// Heures supplémentaires effectives.
    Hse,
    /// Invoice (association, GRETA) or any other arrangement.
    Facture,
}

impl Remuneration {
    /// Every scheme.
    pub const TOUTES: [Remuneration; 3] = [Self::Vacation, Self::Hse, Self::Facture];
    /// As stored and as the CLI takes it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Vacation => "vacation",
            Self::Hse => "hse",
            Self::Facture => "facture",
        }
    }
    /// From [`Self::code`].
    pub fn depuis_code(code: &str) -> Option<Self> {
        Self::TOUTES.into_iter().find(|s| s.code() == code)
    }
    /// For people.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Vacation => "Vacations (décret 2005-909)",
            Self::Hse => "HSE",
            Self::Facture => "Facture ou autre",
        }
    }
}

/// An intervenant, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Intervenant {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// Family name.
    pub nom: String,
    /// First name (may be empty).
    pub prenom: String,
    /// What they are.
    pub statut: Statut,
    /// Phone, or empty.
    pub telephone: String,
    /// E-mail, or empty.
    pub courriel: String,
    /// How they are paid; `None` while undecided.
    pub remuneration: Option<Remuneration>,
    /// False for someone who no longer runs ateliers (kept for history).
    pub actif: bool,
}

impl Intervenant {
    /// "Prénom Nom".
    pub fn nom_complet(&self) -> String {
        nom_complet(&self.prenom, &self.nom)
    }
}

fn nom_complet(prenom: &str, nom: &str) -> String {
    if prenom.is_empty() {
        nom.to_owned()
    } else {
        format!("{prenom} {nom}")
    }
}

/// An intervenant as a séance or a slot shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IntervenantBref {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// "Prénom Nom".
    pub nom_complet: String,
}

/// What a person typed in the intervenant form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieIntervenant {
    /// Family name (required).
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// `None` when nothing was chosen (required).
    pub statut: Option<Statut>,
    /// Phone, or empty.
    pub telephone: String,
    /// E-mail, or empty.
    pub courriel: String,
    /// `None` while undecided.
    pub remuneration: Option<Remuneration>,
    /// Still running ateliers.
    pub actif: bool,
}

impl Default for SaisieIntervenant {
    fn default() -> Self {
        Self {
            nom: String::new(),
            prenom: String::new(),
            statut: None,
            telephone: String::new(),
            courriel: String::new(),
            remuneration: None,
            actif: true,
        }
    }
}

/// Checks the form; every broken rule is reported on its field.
pub fn valider(s: &SaisieIntervenant) -> Result<Intervenant, Erreur> {
    let mut erreurs = Vec::new();
    let nom = nettoyer(&s.nom);
    if nom.is_empty() {
        erreurs.push(ErreurChamp::new("nom", "Le nom est obligatoire."));
    }
    if s.statut.is_none() {
        erreurs.push(ErreurChamp::new("statut", "Choisissez le statut de l'intervenant(e)."));
    }
    let telephone = nettoyer(&s.telephone);
    if !telephone.is_empty() && !telephone_valide(&telephone) {
        erreurs.push(ErreurChamp::new("telephone", "Numéro de téléphone invalide : 10 chiffres commençant par 0, ou +33 suivi de 9 chiffres."));
    }
    let courriel = s.courriel.trim().to_owned();
    if !courriel.is_empty() && !courriel_valide(&courriel) {
        erreurs.push(ErreurChamp::new("courriel", "Adresse électronique invalide (par exemple prenom.nom@ac-creteil.fr)."));
    }
    match s.statut {
        Some(statut) if erreurs.is_empty() => Ok(Intervenant {
            id: 0,
            nom,
            prenom: nettoyer(&s.prenom),
            statut,
            telephone,
            courriel,
            remuneration: s.remuneration,
            actif: s.actif,
        }),
        _ => Err(Erreur::Validation(erreurs)),
    }
}

const COLONNES: &str = "id, nom, prenom, statut, telephone, courriel, remuneration, actif";

fn depuis_ligne(r: &Row<'_>) -> rusqlite::Result<Intervenant> {
    let statut: String = r.get(3)?;
    let remuneration: Option<String> = r.get(6)?;
    Ok(Intervenant {
        id: r.get(0)?,
        nom: r.get(1)?,
        prenom: r.get(2)?,
        statut: Statut::depuis_code(&statut).unwrap_or(Statut::Autre),
        telephone: r.get(4)?,
        courriel: r.get(5)?,
        remuneration: remuneration.as_deref().and_then(Remuneration::depuis_code),
        actif: r.get(7)?,
    })
}

/// Every intervenant, active ones first, by name.
pub fn lister(conn: &Connection) -> Resultat<Vec<Intervenant>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLONNES} FROM intervenant ORDER BY actif DESC, nom, prenom, id"))?;
    let v = stmt.query_map([], depuis_ligne)?.collect::<Result<_, _>>()?;
    Ok(v)
}

/// One intervenant.
pub fn lire(conn: &Connection, id: i64) -> Resultat<Intervenant> {
    conn.query_row(&format!("SELECT {COLONNES} FROM intervenant WHERE id = ?1"), [id], depuis_ligne)
        .optional()?
        .ok_or_else(|| Erreur::Introuvable("Cet intervenant n'existe pas (ou plus).".into()))
}

/// Finds an intervenant by id or by name ("Nom", "Prénom Nom", case-insensitive): for the CLI.
pub fn trouver(conn: &Connection, id_ou_nom: &str) -> Resultat<Intervenant> {
    if let Ok(id) = id_ou_nom.trim().parse::<i64>() {
        return lire(conn, id);
    }
    let cherche = nettoyer(id_ou_nom).to_lowercase();
    let trouves: Vec<Intervenant> = lister(conn)?
        .into_iter()
        .filter(|i| i.nom.to_lowercase() == cherche || i.nom_complet().to_lowercase() == cherche)
        .collect();
    match trouves.len() {
        1 => Ok(trouves.into_iter().next().expect("un élément")),
        0 => Err(Erreur::Introuvable(format!("Aucun intervenant ne s'appelle « {id_ou_nom} »."))),
        n => Err(Erreur::Conflit(format!("{n} intervenants s'appellent « {id_ou_nom} » : donnez son numéro."))),
    }
}

/// Creates an intervenant (one transaction). Nothing is written when a field is invalid.
pub fn creer(db: &mut Db, s: &SaisieIntervenant) -> Resultat<Intervenant> {
    let mut i = valider(s)?;
    i.id = db.transaction(|tx| {
        tx.execute(
            "INSERT INTO intervenant (nom, prenom, statut, telephone, courriel, remuneration, actif) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![i.nom, i.prenom, i.statut.code(), i.telephone, i.courriel, i.remuneration.map(Remuneration::code), i.actif],
        )?;
        Ok(tx.last_insert_rowid())
    })?;
    Ok(i)
}

/// Updates an intervenant (one transaction).
pub fn modifier(db: &mut Db, id: i64, s: &SaisieIntervenant) -> Resultat<Intervenant> {
    let mut i = valider(s)?;
    i.id = id;
    db.transaction(|tx| {
        let n = tx.execute(
            "UPDATE intervenant SET nom = ?2, prenom = ?3, statut = ?4, telephone = ?5, courriel = ?6, remuneration = ?7, actif = ?8 WHERE id = ?1",
            params![id, i.nom, i.prenom, i.statut.code(), i.telephone, i.courriel, i.remuneration.map(Remuneration::code), i.actif],
        )?;
        if n == 0 {
            return Err(Erreur::Introuvable("Cet intervenant n'existe pas (ou plus).".into()));
        }
        Ok(())
    })?;
    Ok(i)
}

/// Checks that every id names an intervenant; the error is on `champ`.
pub(crate) fn verifier_existent(conn: &Connection, ids: &[i64], champ: &str) -> Resultat<Option<ErreurChamp>> {
    for id in ids {
        let existe: bool = conn.query_row("SELECT count(*) > 0 FROM intervenant WHERE id = ?1", [id], |r| r.get(0))?;
        if !existe {
            return Ok(Some(ErreurChamp::new(champ, format!("L'intervenant n° {id} n'existe pas (ou plus)."))));
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------------------------------------
// Taux de vacation
// ---------------------------------------------------------------------------------------------

/// An hourly vacation rate and the day it takes effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TauxVacation {
    /// First day the rate applies.
    pub depuis: NaiveDate,
    /// Gross amount per hour, in euro cents (2954 = 29,54 €).
    #[ts(type = "number")]
    pub centimes_par_heure: i64,
}

/// What a person typed to add or correct a rate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieTaux {
    /// Date of effect (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
    pub depuis: String,
    /// Gross euros per hour: `29,54`, `29.54`, `29,54 €`.
    pub montant: String,
}

/// Every rate, oldest first.
pub fn lister_taux(conn: &Connection) -> Resultat<Vec<TauxVacation>> {
    let mut stmt = conn.prepare("SELECT depuis, centimes_par_heure FROM taux_vacation ORDER BY depuis")?;
    let v = stmt.query_map([], |r| Ok(TauxVacation { depuis: r.get(0)?, centimes_par_heure: r.get(1)? }))?.collect::<Result<_, _>>()?;
    Ok(v)
}

/// The rate in force on `date`: the row with the greatest `depuis` ≤ `date`.
pub fn taux_en_vigueur(conn: &Connection, date: NaiveDate) -> Resultat<Option<TauxVacation>> {
    Ok(conn
        .query_row(
            "SELECT depuis, centimes_par_heure FROM taux_vacation WHERE depuis <= ?1 ORDER BY depuis DESC LIMIT 1",
            [date],
            |r| Ok(TauxVacation { depuis: r.get(0)?, centimes_par_heure: r.get(1)? }),
        )
        .optional()?)
}

/// Reads an amount in euros ("29,54", "29.54 €", "30") as cents.
pub(crate) fn lire_montant(s: &str) -> Option<i64> {
    let t: String = s.trim().trim_end_matches('€').trim().replace(',', ".");
    let (e, c) = t.split_once('.').unwrap_or((&t, ""));
    if e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()) || c.len() > 2 || !c.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let euros: i64 = e.parse().ok()?;
    let centimes: i64 = if c.is_empty() { 0 } else { format!("{c:0<2}").parse().ok()? };
    euros.checked_mul(100)?.checked_add(centimes)
}

/// Adds a rate, or corrects the amount of the rate with the same date (one transaction).
/// Returns every rate.
pub fn enregistrer_taux(db: &mut Db, s: &SaisieTaux) -> Resultat<Vec<TauxVacation>> {
    let mut erreurs = Vec::new();
    let depuis = lire_date(&s.depuis);
    if depuis.is_none() {
        erreurs.push(ErreurChamp::new("depuis", "Date d'effet invalide : écrivez-la comme 01/07/2023."));
    }
    let centimes = lire_montant(&s.montant).filter(|c| *c > 0);
    if centimes.is_none() {
        erreurs.push(ErreurChamp::new("montant", "Montant horaire invalide : écrivez-le comme 29,54."));
    }
    let (Some(depuis), Some(centimes)) = (depuis, centimes) else {
        return Err(Erreur::Validation(erreurs));
    };
    db.transaction(|tx| {
        tx.execute(
            "INSERT INTO taux_vacation (depuis, centimes_par_heure) VALUES (?1, ?2)
             ON CONFLICT (depuis) DO UPDATE SET centimes_par_heure = excluded.centimes_par_heure",
            params![depuis, centimes],
        )?;
        Ok(())
    })?;
    lister_taux(db.conn())
}

/// Cents as euros: `29,54 €`.
pub fn euros_fr(centimes: i64) -> String {
    format!("{},{:02} €", centimes / 100, (centimes % 100).abs())
}

// ---------------------------------------------------------------------------------------------
// Heures par mois et plafond
// ---------------------------------------------------------------------------------------------

/// An intervenant's hours in one month (what the pay claim needs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HeuresMois {
    /// `2025-10`.
    pub mois: String,
    /// Non-cancelled séances of the month the person runs (co-animated ones included).
    #[ts(type = "number")]
    pub seances: i64,
    /// Their total duration, in minutes.
    #[ts(type = "number")]
    pub minutes: i64,
    /// For a person paid by vacation: Σ duration × rate in force on each séance's date, in
    /// cents (rounded to the cent); else `None`.
    #[ts(type = "number | null")]
    pub centimes_vacation: Option<i64>,
}

/// An intervenant with their hours, for the intervenants screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueIntervenant {
    /// The person.
    pub intervenant: Intervenant,
    /// Hours per month within the school year asked for.
    pub heures_par_mois: Vec<HeuresMois>,
    /// Total minutes within that year.
    #[ts(type = "number")]
    pub minutes_annee: i64,
    /// The cap warning, if any (see the module doc).
    pub avertissements: Vec<Avertissement>,
}

/// (date, minutes) of every non-cancelled séance of `id`, by date.
pub fn seances_de(conn: &Connection, id: i64) -> Resultat<Vec<(NaiveDate, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT s.date, s.debut, s.fin FROM seance s JOIN seance_intervenant si ON si.seance_id = s.id
         WHERE si.intervenant_id = ?1 AND s.annulee = 0 ORDER BY s.date, s.debut",
    )?;
    let v = stmt
        .query_map([id], |r| Ok((r.get::<_, NaiveDate>(0)?, crate::domaine::heures::duree_minutes(r.get(1)?, r.get(2)?))))?
        .collect::<Result<_, _>>()?;
    Ok(v)
}

/// The 250 h cap rule on (date, minutes) sorted by date: the first séance date at which the 12
/// months ending that day exceed the cap, with that window's total; `None` if never.
pub fn depassement_plafond(seances: &[(NaiveDate, i64)]) -> Option<(NaiveDate, i64)> {
    let mut debut = 0;
    let mut somme = 0;
    for (i, &(date, minutes)) in seances.iter().enumerate() {
        somme += minutes;
        // The window is the 12 months ending at `date`: (date − 12 months, date].
        let borne = date.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN);
        while seances[debut].0 <= borne {
            somme -= seances[debut].1;
            debut += 1;
        }
        // Several séances the same day: judge the day once all of them are counted.
        let dernier_du_jour = seances.get(i + 1).is_none_or(|s| s.0 != date);
        if dernier_du_jour && somme > PLAFOND_MINUTES_12_MOIS {
            return Some((date, somme));
        }
    }
    None
}

/// The cap warnings of one intervenant (all years, non-cancelled séances).
pub fn avertissements(conn: &Connection, i: &Intervenant) -> Resultat<Vec<Avertissement>> {
    let seances = seances_de(conn, i.id)?;
    Ok(depassement_plafond(&seances)
        .map(|(date, minutes)| {
            Avertissement::new(
                CodeAvertissement::PlafondVacations,
                format!(
                    "{} dépasse le plafond de 250 h sur 12 mois consécutifs : {} de séances sur les 12 mois qui finissent le {}.",
                    i.nom_complet(),
                    heures_fr(minutes),
                    date_fr(date)
                ),
            )
        })
        .into_iter()
        .collect())
}

/// Hours per month of `i` between `du` and `au` (inclusive).
pub fn heures_par_mois(conn: &Connection, i: &Intervenant, du: NaiveDate, au: NaiveDate) -> Resultat<Vec<HeuresMois>> {
    let taux = lister_taux(conn)?;
    let mut par_mois: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for (date, minutes) in seances_de(conn, i.id)?.into_iter().filter(|(d, _)| du <= *d && *d <= au) {
        let t = taux.iter().rev().find(|t| t.depuis <= date).map_or(0, |t| t.centimes_par_heure);
        let e = par_mois.entry(date.format("%Y-%m").to_string()).or_default();
        e.0 += 1;
        e.1 += minutes;
        e.2 += minutes * t;
    }
    let vacation = i.remuneration == Some(Remuneration::Vacation);
    Ok(par_mois
        .into_iter()
        .map(|(mois, (seances, minutes, montant))| HeuresMois {
            mois,
            seances,
            minutes,
            centimes_vacation: vacation.then_some((montant + 30) / 60),
        })
        .collect())
}

/// Every intervenant with hours per month in the school year `annee_id` (else the current one;
/// September to August) and cap warnings.
pub fn vue(conn: &Connection, annee_id: Option<i64>) -> Resultat<Vec<VueIntervenant>> {
    let annee = match annee_id {
        Some(id) => Some(annee::par_id(conn, id)?),
        None => annee::courante(conn)?,
    };
    let (du, au) = match &annee {
        Some(a) => {
            let debut: i32 = a.libelle[..4].parse().unwrap_or(chrono::Datelike::year(&a.premier_jour));
            (
                NaiveDate::from_ymd_opt(debut, 9, 1).unwrap_or(a.premier_jour).min(a.premier_jour),
                NaiveDate::from_ymd_opt(debut + 1, 8, 31).unwrap_or(a.dernier_jour).max(a.dernier_jour),
            )
        }
        None => (NaiveDate::MIN, NaiveDate::MAX),
    };
    lister(conn)?
        .into_iter()
        .map(|i| {
            let heures_par_mois = heures_par_mois(conn, &i, du, au)?;
            Ok(VueIntervenant {
                minutes_annee: heures_par_mois.iter().map(|h| h.minutes).sum(),
                avertissements: avertissements(conn, &i)?,
                heures_par_mois,
                intervenant: i,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: i32, m: u32, j: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(a, m, j).unwrap()
    }

    fn saisie(nom: &str) -> SaisieIntervenant {
        SaisieIntervenant { nom: nom.into(), prenom: "Samia".into(), statut: Some(Statut::Upe2a), remuneration: Some(Remuneration::Vacation), ..Default::default() }
    }

    #[test]
    fn creer_modifier_et_erreurs_champ_par_champ() {
        let mut db = Db::en_memoire().unwrap();
        let e = creer(&mut db, &SaisieIntervenant { telephone: "123".into(), courriel: "x".into(), ..Default::default() }).unwrap_err();
        let champs: Vec<&str> = e.champs().iter().map(|c| c.champ.as_str()).collect();
        assert_eq!(champs, ["nom", "statut", "telephone", "courriel"]);
        assert!(lister(db.conn()).unwrap().is_empty(), "rien d'écrit");
        let i = creer(&mut db, &saisie(" Belkacem ")).unwrap();
        assert_eq!(i.nom_complet(), "Samia Belkacem");
        let mut s = saisie("Belkacem");
        s.remuneration = Some(Remuneration::Hse);
        let m = modifier(&mut db, i.id, &s).unwrap();
        assert_eq!(lire(db.conn(), i.id).unwrap(), m);
        assert_eq!(trouver(db.conn(), "samia belkacem").unwrap().id, i.id);
        assert_eq!(modifier(&mut db, 999, &s).unwrap_err().code(), crate::CodeErreur::Introuvable);
    }

    #[test]
    fn taux_en_vigueur_a_une_date() {
        let mut db = Db::en_memoire().unwrap();
        let t = |a, m, j| taux_en_vigueur(db.conn(), d(a, m, j)).unwrap().map(|t| t.centimes_par_heure);
        assert_eq!(t(2023, 6, 30), Some(2910));
        assert_eq!(t(2023, 7, 1), Some(2954));
        assert_eq!(t(2017, 1, 31), Some(2795));
        assert_eq!(t(2010, 6, 30), None);
        let tous = enregistrer_taux(&mut db, &SaisieTaux { depuis: "01/01/2026".into(), montant: "30,12 €".into() }).unwrap();
        assert_eq!(tous.last().unwrap().centimes_par_heure, 3012);
        assert_eq!(taux_en_vigueur(db.conn(), d(2026, 3, 1)).unwrap().unwrap().centimes_par_heure, 3012);
        assert_eq!(taux_en_vigueur(db.conn(), d(2025, 12, 31)).unwrap().unwrap().centimes_par_heure, 2954);
        let e = enregistrer_taux(&mut db, &SaisieTaux { depuis: "hier".into(), montant: "29,5x".into() }).unwrap_err();
        assert_eq!(e.champs().len(), 2);
        assert_eq!(lire_montant("29.5"), Some(2950));
        assert_eq!(euros_fr(2954), "29,54 €");
    }

    #[test]
    fn plafond_sur_douze_mois_glissants() {
        // 2 h par jour ouvré : 126 séances de 2 h = 252 h, étalées sur moins de 12 mois.
        let jours: Vec<(NaiveDate, i64)> = d(2025, 9, 1).iter_days().step_by(2).take(126).map(|d| (d, 120)).collect();
        let (date, minutes) = depassement_plafond(&jours).unwrap();
        assert_eq!(minutes, 252 * 60);
        assert_eq!(date, jours[125].0);
        // Exactly 250 h is not over the cap.
        assert_eq!(depassement_plafond(&jours[..125]), None);
        // The same hours over two years never exceed it.
        let etales: Vec<(NaiveDate, i64)> = d(2025, 9, 1).iter_days().step_by(6).take(126).map(|d| (d, 120)).collect();
        assert_eq!(depassement_plafond(&etales), None);
    }
}

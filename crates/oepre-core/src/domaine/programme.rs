//! The programme of an atelier: its axes (and a theme) set in bulk on its séances, by rule —
//! « un jeudi sur deux : valeurs de la République », « tous les mardis : langue française ».
//!
//! ## The rule ([`RegleProgramme`])
//! 1. The **candidates** are the atelier's non-cancelled séances on one weekday (`jour`,
//!    1 = lundi … 7 = dimanche) or of one weekly slot (`creneau_id`), dated on or after `depuis`
//!    (the atelier's first day when empty), by date and time.
//! 2. With `une_sur_deux`, only the 1st, 3rd, 5th… candidate is taken: the first séance on or
//!    after `depuis` is in, the next one out, and so on. Held séances count in this alternation
//!    even when they are not changed, so the rhythm does not shift during the year.
//! 3. Only the séances **not yet held** (no roll call taken) are written, unless
//!    `aussi_faites` is set: the axes of a séance already held are what was signed on its
//!    feuille d'émargement, changed only on purpose.
//! 4. Each chosen séance gets `axes`; its theme is replaced only when `theme` is given. A séance
//!    so changed is **not** marked « modifiée »: re-generating the calendar may still move it
//!    (it keeps its axes when it stays in place).
//!
//! [`apercu`] tells what [`appliquer`] will do, writing nothing; [`appliquer`] does it in one
//! transaction. Only the current school year's ateliers can be changed
//! ([`crate::domaine::annee::exiger_modifiable`]).

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::seance::{lister, Axes, Seance};
use crate::commun::calendrier::nom_jour;
use crate::commun::texte::lire_date;
use crate::{domaine::atelier, Db, Erreur, ErreurChamp, Resultat};

/// Which séances get which axes (see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegleProgramme {
    /// ISO weekday, 1 = lundi … 7 = dimanche; or `None` with a `creneau_id`.
    pub jour: Option<u8>,
    /// One weekly slot of the atelier; or `None` with a `jour`.
    #[ts(type = "number | null")]
    pub creneau_id: Option<i64>,
    /// Every other séance (1st, 3rd, 5th… from `depuis`) instead of every one.
    pub une_sur_deux: bool,
    /// From this date (`AAAA-MM-JJ` or `JJ/MM/AAAA`); empty: the atelier's first day.
    pub depuis: String,
    /// The axes to set (at least one).
    pub axes: Axes,
    /// The theme to set; `None` keeps each séance's theme.
    pub theme: Option<String>,
    /// Also change séances whose roll call is taken (default: only those not yet held).
    pub aussi_faites: bool,
}

/// What [`appliquer`] does (or did) with a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApercuProgramme {
    /// The séances that get the axes (as they are before the change), by date.
    pub seances: Vec<Seance>,
    /// Candidates left unchanged because their roll call is taken (without `aussi_faites`).
    #[ts(type = "number")]
    pub faites_ignorees: i64,
    /// Candidates left out by « une sur deux ».
    #[ts(type = "number")]
    pub alternees: i64,
    /// One French sentence.
    pub resume: String,
}

struct Choix {
    apercu: ApercuProgramme,
    theme: Option<String>,
    axes: Axes,
}

fn jour_iso(d: NaiveDate) -> u8 {
    d.weekday().number_from_monday() as u8
}

fn choisir(conn: &Connection, atelier_id: i64, r: &RegleProgramme, fait: bool) -> Resultat<Choix> {
    let a = atelier::lire(conn, atelier_id)?;
    let mut erreurs = Vec::new();
    match (r.jour, r.creneau_id) {
        (None, None) => erreurs.push(ErreurChamp::new("jour", "Choisissez un jour de la semaine ou un créneau.")),
        (Some(j), _) if !(1..=7).contains(&j) => erreurs.push(ErreurChamp::new("jour", "Jour invalide : de 1 (lundi) à 7 (dimanche).")),
        (_, Some(c)) if !a.creneaux.iter().any(|x| x.id == c) => {
            erreurs.push(ErreurChamp::new("creneau_id", "Ce créneau n'appartient pas à cet atelier."))
        }
        _ => {}
    }
    let depuis = if r.depuis.trim().is_empty() {
        Some(a.premier_jour)
    } else {
        let d = lire_date(&r.depuis);
        if d.is_none() {
            erreurs.push(ErreurChamp::new("depuis", "Date invalide : écrivez-la comme 14/10/2025."));
        }
        d
    };
    if r.axes.nombre() == 0 {
        erreurs.push(ErreurChamp::new("axes", "Cochez au moins un axe : langue française, la connaissance du fonctionnement et des attentes de l'École, ou valeurs de la République."));
    }
    let Some(depuis) = depuis.filter(|_| erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    let candidates: Vec<Seance> = lister(conn, atelier_id)?
        .into_iter()
        .filter(|s| !s.annulee && s.date >= depuis)
        .filter(|s| r.jour.is_none_or(|j| jour_iso(s.date) == j) && r.creneau_id.is_none_or(|c| s.creneau_id == Some(c)))
        .collect();
    let (mut seances, mut faites_ignorees, mut alternees) = (Vec::new(), 0, 0);
    for (rang, s) in candidates.into_iter().enumerate() {
        if r.une_sur_deux && rang % 2 == 1 {
            alternees += 1;
        } else if s.appel_fait && !r.aussi_faites {
            faites_ignorees += 1;
        } else {
            seances.push(s);
        }
    }
    let theme = r.theme.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned);
    let quoi = match (r.jour, r.creneau_id.and_then(|c| a.creneaux.iter().find(|x| x.id == c))) {
        (_, Some(c)) => format!("le créneau du {}", c.libelle()),
        (Some(j), None) => format!("les {}s", chrono::Weekday::try_from(j - 1).map(nom_jour).unwrap_or("?")),
        (None, None) => String::new(),
    };
    let mut resume = format!(
        "{} {} « {} »{}",
        seances.len(),
        match (seances.len() > 1, fait) {
            (true, false) => "séances recevront l'axe ou les axes",
            (false, false) => "séance recevra l'axe ou les axes",
            (true, true) => "séances ont reçu l'axe ou les axes",
            (false, true) => "séance a reçu l'axe ou les axes",
        },
        r.axes.libelle(),
        theme.as_deref().map(|t| format!(" et le thème « {t} »")).unwrap_or_default()
    );
    resume.push_str(&format!(" ({}{}", if r.une_sur_deux { "une séance sur deux, " } else { "" }, quoi));
    resume.push_str(&format!(", à partir du {})", crate::commun::texte::date_fr(depuis)));
    if faites_ignorees > 0 {
        resume.push_str(&format!(" ; {faites_ignorees} déjà faite(s) (appel fait) inchangée(s)"));
    }
    resume.push('.');
    Ok(Choix { apercu: ApercuProgramme { seances, faites_ignorees, alternees, resume }, theme, axes: r.axes })
}

/// What [`appliquer`] would change. Writes nothing.
pub fn apercu(conn: &Connection, atelier_id: i64, regle: &RegleProgramme) -> Resultat<ApercuProgramme> {
    Ok(choisir(conn, atelier_id, regle, false)?.apercu)
}

/// Sets the axes (and the theme, when given) on the séances the rule chooses, in one transaction.
/// Returns what was changed (the séances as they were before), its summary in the past tense.
pub fn appliquer(db: &mut Db, atelier_id: i64, regle: &RegleProgramme) -> Resultat<ApercuProgramme> {
    db.transaction(|tx| {
        crate::domaine::annee::exiger_modifiable(tx, atelier_id)?;
        let c = choisir(tx, atelier_id, regle, true)?;
        let mut maj = tx.prepare("UPDATE seance SET axe_langue = ?2, axe_ecole = ?3, axe_valeurs = ?4, theme = COALESCE(?5, theme) WHERE id = ?1")?;
        for s in &c.apercu.seances {
            maj.execute(params![s.id, c.axes.langue, c.axes.ecole, c.axes.valeurs, c.theme])?;
        }
        drop(maj);
        Ok(c.apercu)
    })
}

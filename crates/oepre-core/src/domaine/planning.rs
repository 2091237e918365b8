//! Generating an atelier's séances for the year from its weekly slots.
//!
//! [`apercu_generation`] shows, before anything is written, every date the slots give
//! ([`DateApercu`]: new, already there, covered by a kept séance, or past), every date skipped
//! with its reason ([`DateEcarteeApercu`]: holidays, public holiday, closure day) and what is
//! kept. [`generer`] applies the same computation in one transaction.
//!
//! Re-generation rule: only séances generated from a slot (`creneau_id` not null) that are not
//! cancelled, not `modifiee`, have no `presence` row, and are dated today or later are
//! *regenerable*: they are kept when the slots still give the same date and times (their
//! intervenants are reset to the slot's), deleted otherwise. Every other séance is kept
//! ([`SeanceConservee`] says why). A slot date is not created when a kept séance of the same
//! slot lies in the same week (a séance moved within its week, or cancelled), or when any kept
//! séance overlaps it on that day. Dates before today are created only for an atelier that has
//! no séance before today yet (a first generation done late); otherwise the past stays as it is.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveTime};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::avertissement::{heures_fr, Avertissement};
use crate::commun::calendrier::{self, nom_jour, Creneau, MotifFermeture};
use crate::commun::texte::date_fr;
use crate::domaine::atelier::{self, Atelier};
use crate::domaine::ecole_calendrier;
use crate::domaine::heures::duree_minutes;
use crate::domaine::intervenant::IntervenantBref;
use crate::domaine::seance::{self, Seance};
use crate::{Db, Erreur, Resultat};


/// What happens to a date the slots give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum EtatDate {
    /// A séance will be created.
    Nouvelle,
    /// The same séance already exists (regenerable, same date and times): kept as it is.
    Existante,
    /// Not created: a kept séance already covers it (same slot in the same week, cancelled or
    /// moved; or one overlapping that day).
    Couverte,
    /// Not created: the date is past and the atelier already has its history.
    Passee,
}

/// One date the slots give, in the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DateApercu {
    /// The day.
    pub date: NaiveDate,
    /// Its weekday in French ("mardi").
    pub jour: String,
    /// Start.
    pub debut: NaiveTime,
    /// End.
    pub fin: NaiveTime,
    /// Minutes.
    #[ts(type = "number")]
    pub duree_minutes: i64,
    /// The slot's id.
    #[ts(type = "number")]
    pub creneau_id: i64,
    /// The slot's intervenants.
    pub intervenants: Vec<IntervenantBref>,
    /// What happens to it.
    pub etat: EtatDate,
    /// The existing or covering séance, if any.
    #[ts(type = "number | null")]
    pub seance_id: Option<i64>,
}

/// A slot date skipped because the school is closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DateEcarteeApercu {
    /// The day.
    pub date: NaiveDate,
    /// Its weekday in French.
    pub jour: String,
    /// Start.
    pub debut: NaiveTime,
    /// End.
    pub fin: NaiveTime,
    /// Why.
    pub motif: MotifFermeture,
    /// Why, in French ("Vacances de Noël", "Jour férié : Ascension").
    pub libelle: String,
}

/// Why a séance generated from a slot is kept by re-generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum RaisonConservation {
    /// Its roll call has been taken (attendance marks exist).
    Appel,
    /// It is cancelled (its reason and history stay).
    Annulee,
    /// It was moved or edited by hand.
    Modifiee,
    /// It is dated before today (history).
    Passee,
}

impl RaisonConservation {
    /// In French.
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Appel => "appel fait",
            Self::Annulee => "annulée",
            Self::Modifiee => "déplacée ou modifiée à la main",
            Self::Passee => "passée",
        }
    }
}

/// A séance re-generation keeps, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeanceConservee {
    /// The séance.
    #[ts(type = "number")]
    pub seance_id: i64,
    /// Its date.
    pub date: NaiveDate,
    /// Start.
    pub debut: NaiveTime,
    /// End.
    pub fin: NaiveTime,
    /// The first reason, in this order: roll call, cancelled, edited, past.
    pub raison: RaisonConservation,
    /// "mardi 04/11/2025 14:00–16:00 : annulée (Grève)".
    pub explication: String,
}

/// Everything the generation preview shows; nothing has been written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApercuGeneration {
    /// The atelier.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// First day of the atelier.
    pub premier_jour: NaiveDate,
    /// Last day of the atelier.
    pub dernier_jour: NaiveDate,
    /// Whether the shipped holidays cover the period (else see `avertissements`).
    pub calendrier_connu: bool,
    /// Unknown calendar, slots without intervenant…
    pub avertissements: Vec<Avertissement>,
    /// Every date the slots give, by date and time.
    pub dates: Vec<DateApercu>,
    /// Every slot date skipped, with its reason.
    pub ecartees: Vec<DateEcarteeApercu>,
    /// Regenerable séances the slots no longer give: they will be deleted.
    pub supprimees: Vec<Seance>,
    /// Séances from slots dated today or later that are kept whatever the slots say (past ones
    /// are only counted, in `passees_conservees`).
    pub conservees: Vec<SeanceConservee>,
    /// Past séances from slots (roll call taken or not), kept as history.
    #[ts(type = "number")]
    pub passees_conservees: i64,
    /// Séances added by hand: never touched.
    #[ts(type = "number")]
    pub ajoutees_a_la_main: i64,
    /// Number of séances that will be created.
    #[ts(type = "number")]
    pub a_creer: i64,
    /// Minutes scheduled (non-cancelled) after confirming.
    #[ts(type = "number")]
    pub minutes_programmees_apres: i64,
    /// One French sentence summing it up.
    pub resume: String,
}

/// What [`generer`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResultatGeneration {
    /// Séances created.
    #[ts(type = "number")]
    pub creees: i64,
    /// Regenerable séances deleted (no longer given by the slots).
    #[ts(type = "number")]
    pub supprimees: i64,
    /// Regenerable séances left in place (same date and times).
    #[ts(type = "number")]
    pub inchangees: i64,
    /// What was kept, and why.
    pub conservees: Vec<SeanceConservee>,
    /// Past séances kept as history.
    #[ts(type = "number")]
    pub passees_conservees: i64,
    /// Minutes scheduled (non-cancelled) now.
    #[ts(type = "number")]
    pub minutes_programmees: i64,
    /// One French sentence summing it up.
    pub resume: String,
}

/// A séance to create: (date, debut, fin, creneau_id, intervenant ids).
type ACreer = (NaiveDate, NaiveTime, NaiveTime, i64, Vec<i64>);

struct Calcul {
    apercu: ApercuGeneration,
    a_creer: Vec<ACreer>,
    /// (seance id, intervenant ids of its slot)
    inchangees: Vec<(i64, Vec<i64>)>,
}

fn raison(s: &Seance, aujourd_hui: NaiveDate) -> Option<RaisonConservation> {
    if s.appel_fait {
        Some(RaisonConservation::Appel)
    } else if s.annulee {
        Some(RaisonConservation::Annulee)
    } else if s.modifiee {
        Some(RaisonConservation::Modifiee)
    } else if s.date < aujourd_hui {
        Some(RaisonConservation::Passee)
    } else {
        None
    }
}

fn semaine(d: NaiveDate) -> (i32, u32) {
    let w = d.iso_week();
    (w.year(), w.week())
}

fn horaire(date: NaiveDate, debut: NaiveTime, fin: NaiveTime) -> String {
    format!("{} {} {}–{}", nom_jour(date.weekday()), date_fr(date), debut.format("%H:%M"), fin.format("%H:%M"))
}

fn pluriel(n: i64, singulier: &str, pluriel: &str) -> String {
    format!("{n} {}", if n > 1 { pluriel } else { singulier })
}

fn calculer(conn: &Connection, atelier: &Atelier, aujourd_hui: NaiveDate) -> Resultat<Calcul> {
    if atelier.creneaux.is_empty() {
        return Err(Erreur::champ("creneaux", "Ajoutez au moins un créneau hebdomadaire avant de générer les séances."));
    }
    let creneaux: Vec<Creneau> = atelier.creneaux.iter().map(|c| c.creneau()).collect();
    let cal = ecole_calendrier::calendrier(conn, atelier.premier_jour, atelier.dernier_jour)?;
    let plan = calendrier::planifier(&creneaux, atelier.premier_jour, atelier.dernier_jour, &cal)
        .map_err(|e| Erreur::champ("creneaux", e.to_string()))?;
    let etat_cal = ecole_calendrier::etat(conn, atelier.premier_jour, atelier.dernier_jour)?;
    let mut avertissements = atelier::avertissements_creneaux(atelier);
    if let Some(m) = &etat_cal.message {
        avertissements.insert(0, Avertissement::new(crate::commun::avertissement::CodeAvertissement::CalendrierInconnu, m.clone()));
    }

    let existantes = seance::lister(conn, atelier.id)?;
    let historique = existantes.iter().any(|s| s.date < aujourd_hui);
    let (mut regenerables, mut gardees) = (Vec::new(), Vec::new());
    let mut ajoutees_a_la_main = 0;
    for s in &existantes {
        match (s.creneau_id, raison(s, aujourd_hui)) {
            (None, _) => {
                ajoutees_a_la_main += 1;
                gardees.push(s);
            }
            (Some(_), None) => regenerables.push(s),
            (Some(_), Some(_)) => gardees.push(s),
        }
    }
    let mut regen_par_cle: HashMap<(i64, NaiveDate, NaiveTime, NaiveTime), i64> =
        regenerables.iter().filter_map(|s| Some(((s.creneau_id?, s.date, s.debut, s.fin), s.id))).collect();

    let mut dates = Vec::new();
    let (mut a_creer, mut inchangees) = (Vec::new(), Vec::new());
    for r in &plan.retenues {
        let c = &atelier.creneaux[r.creneau];
        let ids: Vec<i64> = c.intervenants.iter().map(|i| i.id).collect();
        let couvrante = gardees.iter().find(|s| {
            (s.creneau_id == Some(c.id) && semaine(s.date) == semaine(r.date))
                || (s.date == r.date && s.debut < r.fin && r.debut < s.fin)
        });
        let (etat, seance_id) = if let Some(id) = regen_par_cle.remove(&(c.id, r.date, r.debut, r.fin)) {
            inchangees.push((id, ids.clone()));
            (EtatDate::Existante, Some(id))
        } else if let Some(s) = couvrante {
            (EtatDate::Couverte, Some(s.id))
        } else if r.date < aujourd_hui && historique {
            (EtatDate::Passee, None)
        } else {
            a_creer.push((r.date, r.debut, r.fin, c.id, ids));
            (EtatDate::Nouvelle, None)
        };
        dates.push(DateApercu {
            date: r.date,
            jour: nom_jour(r.date.weekday()).to_owned(),
            debut: r.debut,
            fin: r.fin,
            duree_minutes: r.duree_minutes(),
            creneau_id: c.id,
            intervenants: c.intervenants.clone(),
            etat,
            seance_id,
        });
    }
    let restantes: HashSet<i64> = regen_par_cle.values().copied().collect();
    let supprimees: Vec<Seance> = regenerables.iter().filter(|s| restantes.contains(&s.id)).map(|s| (*s).clone()).collect();

    let mut conservees = Vec::new();
    let mut passees_conservees = 0;
    for s in gardees.iter().filter(|s| s.creneau_id.is_some()) {
        let r = raison(s, aujourd_hui).unwrap_or(RaisonConservation::Passee);
        // The past is history: counted, not listed one by one.
        if s.date < aujourd_hui {
            passees_conservees += 1;
            continue;
        }
        let detail = if r == RaisonConservation::Annulee { format!(" ({})", s.motif_annulation) } else { String::new() };
        conservees.push(SeanceConservee {
            seance_id: s.id,
            date: s.date,
            debut: s.debut,
            fin: s.fin,
            raison: r,
            explication: format!("{} : {}{detail}", horaire(s.date, s.debut, s.fin), r.libelle()),
        });
    }
    let ecartees = plan
        .ecartees
        .iter()
        .map(|e| {
            let c = &creneaux[e.creneau];
            DateEcarteeApercu {
                date: e.date,
                jour: nom_jour(e.date.weekday()).to_owned(),
                debut: c.debut,
                fin: c.fin,
                libelle: e.motif.libelle(),
                motif: e.motif.clone(),
            }
        })
        .collect();

    let programmees: i64 = existantes.iter().filter(|s| !s.annulee).map(|s| s.duree_minutes).sum();
    let minutes_supprimees: i64 = supprimees.iter().map(|s| s.duree_minutes).sum();
    let minutes_creees: i64 = a_creer.iter().map(|(_, d, f, _, _)| duree_minutes(*d, *f)).sum();
    let mut apercu = ApercuGeneration {
        atelier_id: atelier.id,
        premier_jour: atelier.premier_jour,
        dernier_jour: atelier.dernier_jour,
        calendrier_connu: etat_cal.calendrier_connu,
        avertissements,
        dates,
        ecartees,
        a_creer: a_creer.len() as i64,
        minutes_programmees_apres: programmees - minutes_supprimees + minutes_creees,
        resume: String::new(),
        supprimees,
        conservees,
        passees_conservees,
        ajoutees_a_la_main,
    };
    apercu.resume = resume(&apercu, inchangees.len() as i64);
    Ok(Calcul { apercu, a_creer, inchangees })
}

fn resume(a: &ApercuGeneration, inchangees: i64) -> String {
    let mut phrase = vec![pluriel(a.a_creer, "séance créée", "séances créées")];
    if !a.supprimees.is_empty() {
        phrase.push(pluriel(a.supprimees.len() as i64, "supprimée", "supprimées"));
    }
    if inchangees > 0 {
        phrase.push(pluriel(inchangees, "inchangée", "inchangées"));
    }
    let ecartees = a.ecartees.len() as i64;
    if ecartees > 0 {
        phrase.push(format!("{} (vacances, jours fériés, fermetures)", pluriel(ecartees, "date écartée", "dates écartées")));
    }
    let mut texte = phrase.join(", ");
    let mut gardes = Vec::new();
    for r in [RaisonConservation::Appel, RaisonConservation::Annulee, RaisonConservation::Modifiee] {
        let n = a.conservees.iter().filter(|c| c.raison == r).count() as i64;
        if n > 0 {
            gardes.push(format!("{n} {}", r.libelle()));
        }
    }
    if a.passees_conservees > 0 {
        gardes.push(format!("{} {}", a.passees_conservees, if a.passees_conservees > 1 { "passées" } else { "passée" }));
    }
    if a.ajoutees_a_la_main > 0 {
        gardes.push(format!("{} ajoutée(s) à la main", a.ajoutees_a_la_main));
    }
    if !gardes.is_empty() {
        texte.push_str(&format!(" ; conservées : {}", gardes.join(", ")));
    }
    texte.push_str(&format!(". Total programmé : {}.", heures_fr(a.minutes_programmees_apres)));
    texte
}

/// The generation preview of an atelier's séances from its weekly slots. Writes nothing.
pub fn apercu_generation(conn: &Connection, atelier_id: i64, aujourd_hui: NaiveDate) -> Resultat<ApercuGeneration> {
    let atelier = atelier::lire(conn, atelier_id)?;
    Ok(calculer(conn, &atelier, aujourd_hui)?.apercu)
}

/// The preview of an atelier **as typed in its form**, saved or not (`atelier_id` `None` for a new
/// one): the atelier and its slots are written in a transaction that is rolled back, so nothing
/// at all is written — the séances appear only with [`generer`] after the form is saved.
pub fn apercu_saisie(
    db: &mut Db,
    atelier_id: Option<i64>,
    saisie: &atelier::SaisieAtelier,
    aujourd_hui: NaiveDate,
) -> Resultat<ApercuGeneration> {
    db.essai(|tx| {
        let id = match atelier_id {
            Some(id) => {
                atelier::modifier_dans(tx, id, saisie, aujourd_hui)?;
                id
            }
            None => atelier::creer_dans(tx, saisie)?,
        };
        let a = atelier::lire(tx, id)?;
        Ok(calculer(tx, &a, aujourd_hui)?.apercu)
    })
}

/// Generates (or re-generates) an atelier's séances from its weekly slots, in one transaction,
/// following the rule of the module doc. Returns what was created, deleted and kept.
pub fn generer(db: &mut Db, atelier_id: i64, aujourd_hui: NaiveDate) -> Resultat<ResultatGeneration> {
    db.transaction(|tx| generer_dans(tx, atelier_id, aujourd_hui))
}

/// [`generer`] inside a transaction the caller owns (the rentrée generates every atelier it
/// carries over in its own single transaction).
pub(crate) fn generer_dans(tx: &Transaction<'_>, atelier_id: i64, aujourd_hui: NaiveDate) -> Resultat<ResultatGeneration> {
    crate::domaine::annee::exiger_modifiable(tx, atelier_id)?;
    {
        let atelier = atelier::lire(tx, atelier_id)?;
        let calcul = calculer(tx, &atelier, aujourd_hui)?;
        for s in &calcul.apercu.supprimees {
            tx.execute("DELETE FROM seance WHERE id = ?1", [s.id])?;
        }
        for (id, intervenants) in &calcul.inchangees {
            seance::ecrire_intervenants(tx, *id, intervenants)?;
        }
        let mut insertion = tx.prepare("INSERT INTO seance (atelier_id, creneau_id, date, debut, fin) VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for (date, debut, fin, creneau_id, intervenants) in &calcul.a_creer {
            insertion.execute(params![atelier_id, creneau_id, date, debut, fin])?;
            seance::ecrire_intervenants(tx, tx.last_insert_rowid(), intervenants)?;
        }
        let a = calcul.apercu;
        Ok(ResultatGeneration {
            creees: a.a_creer,
            supprimees: a.supprimees.len() as i64,
            inchangees: calcul.inchangees.len() as i64,
            conservees: a.conservees,
            passees_conservees: a.passees_conservees,
            minutes_programmees: a.minutes_programmees_apres,
            resume: a.resume,
        })
    }
}


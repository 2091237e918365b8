//! Séances: one meeting of an atelier on a date, from a start to an end time (local, never UTC).
//!
//! ## Definitions (the one place they are written)
//! - **Duration** of a séance = `fin − debut` ([`duree_minutes`]).
//! - **Hours scheduled** (*programmées*) of an atelier = durations of its non-cancelled
//!   séances, any date.
//! - **Hours held so far** (*tenues*) = durations of its non-cancelled séances dated before
//!   today.
//! - **Hours delivered** (*réalisées*) = durations of its non-cancelled séances whose roll call
//!   has been taken: at least one `presence` row for that séance. This is the figure of
//!   attestations and the bilan.
//! - **Hours planned** (*prévues*) = `atelier.minutes_prevues`, typed by the school.
//! - A cancelled séance keeps its row, its reason and its history, and counts no hours.
//!
//! [`Totaux`] computes all of them from the séances of an atelier.
//!
//! ## Generating the year from the weekly slots
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
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::atelier::{self, Atelier};
use crate::commun::avertissement::{heures_fr, Avertissement};
use crate::commun::calendrier::{self, nom_jour, Creneau, MotifFermeture};
use crate::domaine::ecole_calendrier;
use crate::domaine::intervenant::{self, IntervenantBref};
use crate::commun::texte::{date_fr, lire_date, nettoyer};
use crate::{Db, Erreur, ErreurChamp, Resultat};

/// Today, local date (what "past" and "held so far" are measured against).
pub fn aujourd_hui() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Duration of a séance in minutes: `fin − debut`.
pub fn duree_minutes(debut: NaiveTime, fin: NaiveTime) -> i64 {
    (fin - debut).num_minutes()
}

/// The three OEPRE axes a séance works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Axes {
    /// Langue française.
    pub langue: bool,
    /// Axis 2, la connaissance du fonctionnement et des attentes de l'École (how the school works).
    pub ecole: bool,
    /// Valeurs de la République.
    pub valeurs: bool,
}

impl Default for Axes {
    fn default() -> Self {
        Axes { langue: true, ecole: false, valeurs: false }
    }
}

/// The three axes as the livret OEPRE names them (documents, exports, screens).
pub const LIBELLE_AXE_LANGUE: &str = "l'acquisition de la langue française";
/// Axis 2, as the livret names it.
pub const LIBELLE_AXE_ECOLE: &str = "la connaissance du fonctionnement et des attentes de l'École";
/// Axis 3, as the livret names it.
pub const LIBELLE_AXE_VALEURS: &str = "la connaissance des valeurs de la République";

impl Axes {
    /// "langue française, école" — the axes ticked, in short French words (lists of séances).
    pub fn libelle(&self) -> String {
        let mut v = Vec::new();
        if self.langue {
            v.push("langue française");
        }
        if self.ecole {
            v.push("la connaissance du fonctionnement et des attentes de l'École");
        }
        if self.valeurs {
            v.push("valeurs de la République");
        }
        v.join(", ")
    }

    /// How many axes are ticked (0 to 3).
    pub fn nombre(&self) -> i64 {
        i64::from(self.langue) + i64::from(self.ecole) + i64::from(self.valeurs)
    }
}

/// Minutes per axis. A séance with several axes has its duration **split equally** between
/// them; the minutes that do not divide evenly go one each to the first axes ticked, in the
/// order langue, école, valeurs (a 100-minute séance on the three axes: 34, 33, 33), so the
/// three figures always add up to the séances' total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MinutesAxes {
    /// Axis 1, langue française.
    #[ts(type = "number")]
    pub langue: i64,
    /// Axis 2, la connaissance du fonctionnement et des attentes de l'École.
    #[ts(type = "number")]
    pub ecole: i64,
    /// Axis 3, valeurs de la République.
    #[ts(type = "number")]
    pub valeurs: i64,
}

impl MinutesAxes {
    /// Adds one séance of `duree` minutes on `axes` (split equally, see the type's doc). A séance
    /// with no axis ticked (impossible through the forms) counts nowhere.
    pub fn ajouter(&mut self, axes: Axes, duree: i64) {
        let n = axes.nombre();
        if n == 0 {
            return;
        }
        let (part, mut reste) = (duree / n, duree % n);
        for (coche, m) in [(axes.langue, &mut self.langue), (axes.ecole, &mut self.ecole), (axes.valeurs, &mut self.valeurs)] {
            if coche {
                *m += part + i64::from(reste > 0);
                reste -= i64::from(reste > 0);
            }
        }
    }

    /// Adds another scope's minutes.
    pub fn additionner(&mut self, autre: &MinutesAxes) {
        self.langue += autre.langue;
        self.ecole += autre.ecole;
        self.valeurs += autre.valeurs;
    }

    /// Σ of the three.
    pub fn total(&self) -> i64 {
        self.langue + self.ecole + self.valeurs
    }

    /// (short label, minutes) in the order langue, école, valeurs.
    pub fn lignes(&self) -> [(&'static str, i64); 3] {
        [("langue française", self.langue), ("la connaissance du fonctionnement et des attentes de l'École", self.ecole), ("valeurs de la République", self.valeurs)]
    }
}

/// A séance, as the séances screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Seance {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// Its atelier.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// The weekly slot it was generated from; `None` when added by hand.
    #[ts(type = "number | null")]
    pub creneau_id: Option<i64>,
    /// Date.
    pub date: NaiveDate,
    /// Start time.
    pub debut: NaiveTime,
    /// End time.
    pub fin: NaiveTime,
    /// `fin − debut`, in minutes (counted even when cancelled: see `annulee`).
    #[ts(type = "number")]
    pub duree_minutes: i64,
    /// Who runs it (co-animation: several; hours count for each).
    pub intervenants: Vec<IntervenantBref>,
    /// Axes worked on.
    pub axes: Axes,
    /// Theme or content.
    pub theme: String,
    /// Held outside the school (town hall, library…).
    pub hors_les_murs: bool,
    /// Where, when off-site (or a room).
    pub lieu: String,
    /// Cancelled: kept with its reason, counts no hours.
    pub annulee: bool,
    /// Why it was cancelled (empty unless cancelled).
    pub motif_annulation: String,
    /// Moved or edited by hand: re-generating the calendar keeps it.
    pub modifiee: bool,
    /// At least one attendance mark exists (the roll call has been taken).
    pub appel_fait: bool,
    /// The school is closed that day (holidays, public holiday, closure day): the reason, in
    /// French. A séance can be put there on purpose; the screen shows it.
    pub fermeture: Option<String>,
}

/// What a person typed to add or edit a séance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieSeance {
    /// Date (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
    pub date: String,
    /// Start time (`14:00`, `14h`, `14h30`).
    pub debut: String,
    /// End time.
    pub fin: String,
    /// Intervenant ids.
    #[ts(type = "Array<number>")]
    pub intervenants: Vec<i64>,
    /// Axes (at least one).
    pub axes: Axes,
    /// Theme or content.
    pub theme: String,
    /// Off-site.
    pub hors_les_murs: bool,
    /// Place (required when off-site).
    pub lieu: String,
}

impl From<&Seance> for SaisieSeance {
    fn from(s: &Seance) -> Self {
        SaisieSeance {
            date: s.date.to_string(),
            debut: s.debut.format("%H:%M").to_string(),
            fin: s.fin.format("%H:%M").to_string(),
            intervenants: s.intervenants.iter().map(|i| i.id).collect(),
            axes: s.axes,
            theme: s.theme.clone(),
            hors_les_murs: s.hors_les_murs,
            lieu: s.lieu.clone(),
        }
    }
}

struct SeanceValide {
    date: NaiveDate,
    debut: NaiveTime,
    fin: NaiveTime,
    intervenants: Vec<i64>,
    axes: Axes,
    theme: String,
    hors_les_murs: bool,
    lieu: String,
}

/// Reads a start and an end time, reporting errors on `champ_debut` / `champ_fin`: unreadable
/// or impossible times (25:00), end before start, zero minutes.
pub(crate) fn lire_horaires(
    debut: &str,
    fin: &str,
    champ_debut: &str,
    champ_fin: &str,
    erreurs: &mut Vec<ErreurChamp>,
) -> Option<(NaiveTime, NaiveTime)> {
    let d = calendrier::parse_heure(debut).map_err(|e| erreurs.push(ErreurChamp::new(champ_debut, e.to_string()))).ok();
    let f = calendrier::parse_heure(fin).map_err(|e| erreurs.push(ErreurChamp::new(champ_fin, e.to_string()))).ok();
    let (d, f) = (d?, f?);
    // The slot rules (end after start, at least a minute) are the calendar's; any weekday will do.
    if let Err(e) = (Creneau { jour: chrono::Weekday::Mon, debut: d, fin: f }).valider() {
        erreurs.push(ErreurChamp::new(champ_fin, e.to_string()));
        return None;
    }
    Some((d, f))
}

fn valider(conn: &Connection, s: &SaisieSeance) -> Resultat<SeanceValide> {
    let mut erreurs = Vec::new();
    let date = lire_date(&s.date);
    if date.is_none() {
        let m = if s.date.trim().is_empty() { "Date obligatoire." } else { "Date invalide : écrivez-la comme 14/10/2025." };
        erreurs.push(ErreurChamp::new("date", m));
    }
    let horaires = lire_horaires(&s.debut, &s.fin, "debut", "fin", &mut erreurs);
    if !(s.axes.langue || s.axes.ecole || s.axes.valeurs) {
        erreurs.push(ErreurChamp::new("axes", "Cochez au moins un axe : langue française, la connaissance du fonctionnement et des attentes de l'École, ou valeurs de la République."));
    }
    let lieu = nettoyer(&s.lieu);
    if s.hors_les_murs && lieu.is_empty() {
        erreurs.push(ErreurChamp::new("lieu", "Indiquez le lieu de la séance hors les murs (par exemple « Médiathèque »)."));
    }
    let mut intervenants = s.intervenants.clone();
    intervenants.sort_unstable();
    intervenants.dedup();
    if let Some(e) = intervenant::verifier_existent(conn, &intervenants, "intervenants")? {
        erreurs.push(e);
    }
    match (date, horaires) {
        (Some(date), Some((debut, fin))) if erreurs.is_empty() => Ok(SeanceValide {
            date,
            debut,
            fin,
            intervenants,
            axes: s.axes,
            theme: s.theme.trim().to_owned(),
            hors_les_murs: s.hors_les_murs,
            lieu,
        }),
        _ => Err(Erreur::Validation(erreurs)),
    }
}

const COLONNES: &str = "id, atelier_id, creneau_id, date, debut, fin, axe_langue, axe_ecole, axe_valeurs, theme, hors_les_murs, lieu, annulee, motif_annulation, modifiee,
     EXISTS (SELECT 1 FROM presence p WHERE p.seance_id = seance.id)";

fn depuis_ligne(r: &rusqlite::Row<'_>) -> rusqlite::Result<Seance> {
    let (debut, fin): (NaiveTime, NaiveTime) = (r.get(4)?, r.get(5)?);
    Ok(Seance {
        id: r.get(0)?,
        atelier_id: r.get(1)?,
        creneau_id: r.get(2)?,
        date: r.get(3)?,
        debut,
        fin,
        duree_minutes: duree_minutes(debut, fin),
        intervenants: Vec::new(),
        axes: Axes { langue: r.get(6)?, ecole: r.get(7)?, valeurs: r.get(8)? },
        theme: r.get(9)?,
        hors_les_murs: r.get(10)?,
        lieu: r.get(11)?,
        annulee: r.get(12)?,
        motif_annulation: r.get(13)?,
        modifiee: r.get(14)?,
        appel_fait: r.get(15)?,
        fermeture: None,
    })
}

fn completer(conn: &Connection, seances: &mut [Seance]) -> Resultat<()> {
    let mut stmt = conn.prepare(
        "SELECT i.id, i.prenom, i.nom FROM seance_intervenant si JOIN intervenant i ON i.id = si.intervenant_id
         WHERE si.seance_id = ?1 ORDER BY i.nom, i.prenom",
    )?;
    for s in seances.iter_mut() {
        s.intervenants = stmt
            .query_map([s.id], |r| {
                let (prenom, nom): (String, String) = (r.get(1)?, r.get(2)?);
                Ok(IntervenantBref { id: r.get(0)?, nom_complet: if prenom.is_empty() { nom } else { format!("{prenom} {nom}") } })
            })?
            .collect::<Result<_, _>>()?;
    }
    if let (Some(min), Some(max)) = (seances.iter().map(|s| s.date).min(), seances.iter().map(|s| s.date).max()) {
        // Without a school (no zone) there is no calendar: nothing to flag.
        if let Ok(cal) = ecole_calendrier::calendrier(conn, min, max) {
            for s in seances.iter_mut() {
                s.fermeture = cal.motif_fermeture(s.date).map(|m| m.libelle());
            }
        }
    }
    Ok(())
}

/// Every séance of an atelier, by date and start time, cancelled ones included.
pub fn lister(conn: &Connection, atelier_id: i64) -> Resultat<Vec<Seance>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLONNES} FROM seance WHERE atelier_id = ?1 ORDER BY date, debut, id"))?;
    let mut v: Vec<Seance> = stmt.query_map([atelier_id], depuis_ligne)?.collect::<Result<_, _>>()?;
    completer(conn, &mut v)?;
    Ok(v)
}

/// One séance.
pub fn lire(conn: &Connection, id: i64) -> Resultat<Seance> {
    let s = conn
        .query_row(&format!("SELECT {COLONNES} FROM seance WHERE id = ?1"), [id], depuis_ligne)
        .optional()?
        .ok_or_else(|| Erreur::Introuvable("Cette séance n'existe pas (ou plus).".into()))?;
    let mut v = [s];
    completer(conn, &mut v)?;
    let [s] = v;
    Ok(s)
}

fn ecrire_intervenants(tx: &Transaction<'_>, seance_id: i64, ids: &[i64]) -> Resultat<()> {
    tx.execute("DELETE FROM seance_intervenant WHERE seance_id = ?1", [seance_id])?;
    for id in ids {
        tx.execute("INSERT INTO seance_intervenant (seance_id, intervenant_id) VALUES (?1, ?2)", [seance_id, *id])?;
    }
    Ok(())
}

/// Adds one séance by hand to an atelier (one transaction). It is not tied to a slot, so
/// re-generating never touches it.
pub fn ajouter(db: &mut Db, atelier_id: i64, s: &SaisieSeance) -> Resultat<Seance> {
    let id = db.transaction(|tx| {
        atelier::verifier_existe(tx, atelier_id)?;
        crate::domaine::rentree::exiger_modifiable(tx, atelier_id)?;
        let v = valider(tx, s)?;
        tx.execute(
            "INSERT INTO seance (atelier_id, date, debut, fin, axe_langue, axe_ecole, axe_valeurs, theme, hors_les_murs, lieu)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![atelier_id, v.date, v.debut, v.fin, v.axes.langue, v.axes.ecole, v.axes.valeurs, v.theme, v.hors_les_murs, v.lieu],
        )?;
        let id = tx.last_insert_rowid();
        ecrire_intervenants(tx, id, &v.intervenants)?;
        Ok(id)
    })?;
    lire(db.conn(), id)
}

/// Edits or moves a séance (one transaction). It becomes `modifiee`: re-generating keeps it.
pub fn modifier(db: &mut Db, id: i64, s: &SaisieSeance) -> Resultat<Seance> {
    db.transaction(|tx| {
        crate::domaine::rentree::exiger_seance_modifiable(tx, id)?;
        let v = valider(tx, s)?;
        let n = tx.execute(
            "UPDATE seance SET date = ?2, debut = ?3, fin = ?4, axe_langue = ?5, axe_ecole = ?6, axe_valeurs = ?7,
               theme = ?8, hors_les_murs = ?9, lieu = ?10, modifiee = 1 WHERE id = ?1",
            params![id, v.date, v.debut, v.fin, v.axes.langue, v.axes.ecole, v.axes.valeurs, v.theme, v.hors_les_murs, v.lieu],
        )?;
        if n == 0 {
            return Err(Erreur::Introuvable("Cette séance n'existe pas (ou plus).".into()));
        }
        ecrire_intervenants(tx, id, &v.intervenants)
    })?;
    lire(db.conn(), id)
}

/// Cancels a séance with a reason (one transaction): it stays listed, with its history, and
/// counts no hours.
pub fn annuler(db: &mut Db, id: i64, motif: &str) -> Resultat<Seance> {
    let motif = nettoyer(motif);
    if motif.is_empty() {
        return Err(Erreur::champ("motif", "Indiquez le motif de l'annulation (par exemple « Grève », « Intervenante malade »)."));
    }
    db.transaction(|tx| {
        crate::domaine::rentree::exiger_seance_modifiable(tx, id)?;
        if tx.execute("UPDATE seance SET annulee = 1, motif_annulation = ?2 WHERE id = ?1", params![id, motif])? == 0 {
            return Err(Erreur::Introuvable("Cette séance n'existe pas (ou plus).".into()));
        }
        Ok(())
    })?;
    lire(db.conn(), id)
}

/// Restores a cancelled séance (one transaction).
pub fn retablir(db: &mut Db, id: i64) -> Resultat<Seance> {
    db.transaction(|tx| {
        crate::domaine::rentree::exiger_seance_modifiable(tx, id)?;
        if tx.execute("UPDATE seance SET annulee = 0, motif_annulation = '' WHERE id = ?1", [id])? == 0 {
            return Err(Erreur::Introuvable("Cette séance n'existe pas (ou plus).".into()));
        }
        Ok(())
    })?;
    lire(db.conn(), id)
}

/// Deletes a séance entered by mistake (one transaction). Refused once its roll call has been
/// taken: cancel it instead.
pub fn supprimer(db: &mut Db, id: i64) -> Resultat<()> {
    db.transaction(|tx| {
        crate::domaine::rentree::exiger_seance_modifiable(tx, id)?;
        let appel: Option<bool> = tx
            .query_row("SELECT EXISTS (SELECT 1 FROM presence WHERE seance_id = ?1) FROM seance WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        match appel {
            None => Err(Erreur::Introuvable("Cette séance n'existe pas (ou plus).".into())),
            Some(true) => Err(Erreur::Conflit(
                "L'appel de cette séance a été fait : elle ne peut pas être supprimée. Annulez-la plutôt, avec un motif.".into(),
            )),
            Some(false) => {
                tx.execute("DELETE FROM seance WHERE id = ?1", [id])?;
                Ok(())
            }
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Totaux
// ---------------------------------------------------------------------------------------------

/// The hours of an atelier (see the definitions in the module doc), in minutes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Totaux {
    /// Planned: `atelier.minutes_prevues`.
    #[ts(type = "number")]
    pub minutes_prevues: i64,
    /// Non-cancelled séances, any date.
    #[ts(type = "number")]
    pub minutes_programmees: i64,
    /// Non-cancelled séances dated before today.
    #[ts(type = "number")]
    pub minutes_tenues: i64,
    /// Non-cancelled séances whose roll call has been taken.
    #[ts(type = "number")]
    pub minutes_realisees: i64,
    /// Number of non-cancelled séances.
    #[ts(type = "number")]
    pub seances_programmees: i64,
    /// Number of non-cancelled séances before today.
    #[ts(type = "number")]
    pub seances_tenues: i64,
    /// Number of non-cancelled séances with a roll call.
    #[ts(type = "number")]
    pub seances_realisees: i64,
    /// Number of cancelled séances.
    #[ts(type = "number")]
    pub seances_annulees: i64,
    /// Scheduled minutes (non-cancelled séances) per axis, split as [`MinutesAxes`] says.
    pub axes_programmes: MinutesAxes,
    /// Delivered minutes (roll call taken) per axis.
    pub axes_realises: MinutesAxes,
}

impl Totaux {
    /// The totals of `seances` (one atelier's), measured against `aujourd_hui`.
    pub fn calculer(minutes_prevues: i64, seances: &[Seance], aujourd_hui: NaiveDate) -> Totaux {
        let mut t = Totaux { minutes_prevues, ..Totaux::default() };
        for s in seances {
            if s.annulee {
                t.seances_annulees += 1;
                continue;
            }
            t.minutes_programmees += s.duree_minutes;
            t.seances_programmees += 1;
            t.axes_programmes.ajouter(s.axes, s.duree_minutes);
            if s.date < aujourd_hui {
                t.minutes_tenues += s.duree_minutes;
                t.seances_tenues += 1;
            }
            if s.appel_fait {
                t.minutes_realisees += s.duree_minutes;
                t.seances_realisees += 1;
                t.axes_realises.ajouter(s.axes, s.duree_minutes);
            }
        }
        t
    }
}

// ---------------------------------------------------------------------------------------------
// Génération depuis les créneaux
// ---------------------------------------------------------------------------------------------

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

    let existantes = lister(conn, atelier.id)?;
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
    crate::domaine::rentree::exiger_modifiable(tx, atelier_id)?;
    {
        let atelier = atelier::lire(tx, atelier_id)?;
        let calcul = calculer(tx, &atelier, aujourd_hui)?;
        for s in &calcul.apercu.supprimees {
            tx.execute("DELETE FROM seance WHERE id = ?1", [s.id])?;
        }
        for (id, intervenants) in &calcul.inchangees {
            ecrire_intervenants(tx, *id, intervenants)?;
        }
        let mut insertion = tx.prepare("INSERT INTO seance (atelier_id, creneau_id, date, debut, fin) VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for (date, debut, fin, creneau_id, intervenants) in &calcul.a_creer {
            insertion.execute(params![atelier_id, creneau_id, date, debut, fin])?;
            ecrire_intervenants(tx, tx.last_insert_rowid(), intervenants)?;
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

/// Deletes the regenerable séances of one slot (used when a slot is removed from an atelier):
/// the others stay, detached from the slot.
pub(crate) fn supprimer_regenerables_du_creneau(tx: &Transaction<'_>, creneau_id: i64, aujourd_hui: NaiveDate) -> Resultat<usize> {
    Ok(tx.execute(
        "DELETE FROM seance WHERE creneau_id = ?1 AND annulee = 0 AND modifiee = 0 AND date >= ?2
           AND NOT EXISTS (SELECT 1 FROM presence p WHERE p.seance_id = seance.id)",
        params![creneau_id, aujourd_hui],
    )?)
}

pub mod programme;

#[cfg(test)]
mod tests;

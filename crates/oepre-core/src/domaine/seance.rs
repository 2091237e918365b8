//! Séances: one meeting of an atelier on a date, from a start to an end time (local, never UTC).
//!
//! ## Definitions (the one place they are written)
//! - **Duration** of a séance = `fin − debut` ([`crate::domaine::heures::duree_minutes`]).
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
//! [`Totaux`] computes all of them from the séances of an atelier. Generating the year's séances
//! from the weekly slots is [`crate::domaine::planning`]; the axes and themes set in bulk,
//! [`crate::domaine::programme`].

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::calendrier::{self, Creneau};
use crate::domaine::ecole_calendrier;
use crate::domaine::intervenant::{self, IntervenantBref};
use crate::commun::texte::{lire_date, nettoyer};
use crate::{Db, Erreur, ErreurChamp, Resultat};

pub use crate::domaine::heures::duree_minutes;

/// Today, local date (what "past" and "held so far" are measured against).
pub fn aujourd_hui() -> NaiveDate {
    chrono::Local::now().date_naive()
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

    /// The axes under `part_min` % of `total` minutes (the delivered hours): « À vérifier » and
    /// the atelier's page both mark them. None when nothing was delivered.
    pub fn sous_la_part(&self, total: i64, part_min: i64) -> Axes {
        let sous = |m: i64| total > 0 && m * 100 < part_min * total;
        Axes { langue: sous(self.langue), ecole: sous(self.ecole), valeurs: sous(self.valeurs) }
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

pub(crate) fn ecrire_intervenants(tx: &Transaction<'_>, seance_id: i64, ids: &[i64]) -> Resultat<()> {
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
        crate::domaine::annee::exiger_atelier(tx, atelier_id)?;
        crate::domaine::annee::exiger_modifiable(tx, atelier_id)?;
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
        crate::domaine::annee::exiger_seance_modifiable(tx, id)?;
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
        crate::domaine::annee::exiger_seance_modifiable(tx, id)?;
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
        crate::domaine::annee::exiger_seance_modifiable(tx, id)?;
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
        crate::domaine::annee::exiger_seance_modifiable(tx, id)?;
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

/// The séance a sign-in sheet is proposed for: today's or the next one (cancelled ones left
/// out, earliest start first); after the last séance, the last one; `None` without séances.
/// (The roll call opens on another one: [`crate::domaine::presence::seance_par_defaut`] prefers
/// the most recent past séance, whose attendance is still to take.)
pub fn a_emarger(seances: &[Seance], aujourd_hui: NaiveDate) -> Option<&Seance> {
    let mut tenues: Vec<&Seance> = seances.iter().filter(|s| !s.annulee).collect();
    tenues.sort_by_key(|s| (s.date, s.debut));
    tenues.iter().find(|s| s.date >= aujourd_hui).or(tenues.last()).copied()
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

#[cfg(test)]
mod tests;

//! Ateliers: one group of parents in one school year, with its weekly slots (créneaux) and their
//! intervenants.
//!
//! [`creer`] and [`modifier`] check the whole form (name, dates inside the school year, planned
//! hours, group-size bounds, each slot's day and times, intervenants) and report every broken
//! rule on its field (`creneaux[1].fin`…), writing nothing. What is unusual but allowed is a
//! warning ([`Avertissement`]), never a block: planned or scheduled hours outside the
//! configured range ([`fourchette_heures`], 60–120 h by default, keys `heures_atelier_min` /
//! `heures_atelier_max` of table `parametre`, in hours), enrolment under the group minimum
//! (above the maximum only when the school asks for it, [`avertir_effectif_max`]: over-enrolment
//! is advised), a slot without intervenant, a year without a shipped calendar.
//!
//! Séances are generated from the slots by [`crate::domaine::planning::generer`]; changing the slots does
//! not touch the séances, except that removing a slot deletes its regenerable séances (the
//! others stay, detached from the slot). Re-generate afterwards.

use chrono::{NaiveDate, NaiveTime, Weekday};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::annee;
use crate::commun::avertissement::{heures_fr, Avertissement, CodeAvertissement};
use crate::commun::calendrier::{nom_jour, Creneau};
use crate::domaine::intervenant::{self, IntervenantBref};
use crate::domaine::seance::{self, lire_horaires};
use crate::commun::texte::{date_fr, lire_date, nettoyer};
use crate::{Db, Erreur, ErreurChamp, Resultat};

/// Default planned-hours range of an atelier, in hours (domain: 60 to 120).
pub const HEURES_PAR_DEFAUT: (i64, i64) = (60, 120);

/// A weekly slot of an atelier, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CreneauAtelier {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// ISO weekday: 1 = lundi … 5 = vendredi.
    pub jour: u8,
    /// Start.
    pub debut: NaiveTime,
    /// End.
    pub fin: NaiveTime,
    /// Who runs it.
    pub intervenants: Vec<IntervenantBref>,
}

impl CreneauAtelier {
    /// As the calendar plans it.
    pub fn creneau(&self) -> Creneau {
        Creneau { jour: jour_semaine(self.jour).unwrap_or(Weekday::Mon), debut: self.debut, fin: self.fin }
    }
    /// "mardi 14:00–16:00".
    pub fn libelle(&self) -> String {
        let jour = jour_semaine(self.jour).map_or("?", nom_jour);
        format!("{jour} {}–{}", self.debut.format("%H:%M"), self.fin.format("%H:%M"))
    }
}

fn jour_semaine(n: u8) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        _ => None,
    }
}

/// An atelier, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Atelier {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// Its school year.
    #[ts(type = "number")]
    pub annee_id: i64,
    /// Name ("Atelier du mardi et jeudi"), unique in the year.
    pub nom: String,
    /// Level or track (alphabétisation, débutants, intermédiaires…).
    pub niveau: String,
    /// Room.
    pub salle: String,
    /// First day of the atelier.
    pub premier_jour: NaiveDate,
    /// Last day of the atelier.
    pub dernier_jour: NaiveDate,
    /// Planned hours, in minutes.
    #[ts(type = "number")]
    pub minutes_prevues: i64,
    /// Lower group-size bound (warning only).
    pub effectif_min: u32,
    /// Upper group-size bound (warning only).
    pub effectif_max: u32,
    /// Partner schools when the atelier is shared (free text).
    pub partenaires: String,
    /// Notes.
    pub notes: String,
    /// Weekly slots, by weekday and start.
    pub creneaux: Vec<CreneauAtelier>,
}

/// A weekly slot in the atelier form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieCreneau {
    /// The slot's id when editing an existing one; `None` for a new slot.
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    /// ISO weekday, 1 = lundi … 5 = vendredi.
    pub jour: u8,
    /// Start (`14:00`, `14h`, `14h30`).
    pub debut: String,
    /// End.
    pub fin: String,
    /// Intervenant ids.
    #[ts(type = "Array<number>")]
    pub intervenants: Vec<i64>,
}

/// What a person typed in the atelier form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieAtelier {
    /// The school year; `None`: the current one.
    #[ts(type = "number | null")]
    pub annee_id: Option<i64>,
    /// Name (required, unique in the year).
    pub nom: String,
    /// Level or track.
    pub niveau: String,
    /// Room.
    pub salle: String,
    /// First day (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
    pub premier_jour: String,
    /// Last day.
    pub dernier_jour: String,
    /// Planned hours: `120`, `90,5`, `90h30`.
    pub heures_prevues: String,
    /// Lower group-size bound; `None`: 12.
    pub effectif_min: Option<u32>,
    /// Upper group-size bound; `None`: 15.
    pub effectif_max: Option<u32>,
    /// Partner schools.
    pub partenaires: String,
    /// Notes.
    pub notes: String,
    /// Weekly slots.
    pub creneaux: Vec<SaisieCreneau>,
}

impl From<&Atelier> for SaisieAtelier {
    fn from(a: &Atelier) -> Self {
        SaisieAtelier {
            annee_id: Some(a.annee_id),
            nom: a.nom.clone(),
            niveau: a.niveau.clone(),
            salle: a.salle.clone(),
            premier_jour: a.premier_jour.to_string(),
            dernier_jour: a.dernier_jour.to_string(),
            heures_prevues: heures_fr(a.minutes_prevues).replace(' ', ""),
            effectif_min: Some(a.effectif_min),
            effectif_max: Some(a.effectif_max),
            partenaires: a.partenaires.clone(),
            notes: a.notes.clone(),
            creneaux: a
                .creneaux
                .iter()
                .map(|c| SaisieCreneau {
                    id: Some(c.id),
                    jour: c.jour,
                    debut: c.debut.format("%H:%M").to_string(),
                    fin: c.fin.format("%H:%M").to_string(),
                    intervenants: c.intervenants.iter().map(|i| i.id).collect(),
                })
                .collect(),
        }
    }
}

/// The planned-hours range in hours: `parametre` keys `heures_atelier_min` and
/// `heures_atelier_max`, else [`HEURES_PAR_DEFAUT`].
pub fn fourchette_heures(conn: &Connection) -> Resultat<(i64, i64)> {
    let lire = |cle: &str, defaut: i64| -> Resultat<i64> {
        Ok(crate::stockage::db::parametre(conn, cle)?.and_then(|v| v.trim().parse().ok()).unwrap_or(defaut))
    };
    Ok((lire("heures_atelier_min", HEURES_PAR_DEFAUT.0)?, lire("heures_atelier_max", HEURES_PAR_DEFAUT.1)?))
}

/// Default minimum share of an axis in an atelier's delivered hours, in percent.
pub const PART_AXE_MIN_PAR_DEFAUT: i64 = 15;

/// The minimum share of each axis in an atelier's delivered hours, in percent: `parametre` key
/// `part_axe_min_pourcent`, else [`PART_AXE_MIN_PAR_DEFAUT`] (« L'axe sur les valeurs de la
/// République est aussi essentiel à aborder que les deux autres axes », livret OEPRE).
pub fn part_axe_minimum(conn: &Connection) -> Resultat<i64> {
    Ok(crate::stockage::db::parametre(conn, "part_axe_min_pourcent")?.and_then(|v| v.trim().parse().ok()).unwrap_or(PART_AXE_MIN_PAR_DEFAUT))
}

/// Whether enrolment above an atelier's maximum is warned about: `parametre` key
/// `avertir_effectif_max` set to `oui`. Off by default: over-enrolment is advised (« la
/// surinscription aux ateliers peut être envisagée afin de compléter les effectifs », livret
/// OEPRE), parents leaving during the year.
pub fn avertir_effectif_max(conn: &Connection) -> Resultat<bool> {
    Ok(crate::stockage::db::parametre(conn, "avertir_effectif_max")?.is_some_and(|v| v.trim() == "oui"))
}

/// The school's warning settings (« Établissement » screen): the minimum share of each axis
/// ([`part_axe_minimum`]) and whether enrolment above an atelier's maximum is warned about
/// ([`avertir_effectif_max`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReglagesAvertissements {
    /// Minimum share of each axis in an atelier's delivered hours, percent (0: no warning).
    #[ts(type = "number")]
    pub part_axe_min_pourcent: i64,
    /// Warn when an atelier has more parents than its maximum.
    pub avertir_effectif_max: bool,
}

/// The highest minimum share of an axis one may set: three axes of 33 % each fill the hours.
pub const PART_AXE_MIN_MAXIMUM: i64 = 33;

/// The warning settings as stored (defaults when never set).
pub fn reglages(conn: &Connection) -> Resultat<ReglagesAvertissements> {
    Ok(ReglagesAvertissements { part_axe_min_pourcent: part_axe_minimum(conn)?, avertir_effectif_max: avertir_effectif_max(conn)? })
}

/// Saves the warning settings in one transaction; a share outside 0 to [`PART_AXE_MIN_MAXIMUM`] %
/// is refused and nothing changes.
pub fn enregistrer_reglages(db: &mut Db, r: &ReglagesAvertissements) -> Resultat<ReglagesAvertissements> {
    if !(0..=PART_AXE_MIN_MAXIMUM).contains(&r.part_axe_min_pourcent) {
        return Err(Erreur::champ(
            "part_axe_min_pourcent",
            format!("La part minimale d'un axe va de 0 à {PART_AXE_MIN_MAXIMUM} % (0 : pas d'avertissement)."),
        ));
    }
    db.transaction(|tx| {
        crate::stockage::db::definir_parametre(tx, "part_axe_min_pourcent", &r.part_axe_min_pourcent.to_string())?;
        crate::stockage::db::definir_parametre(tx, "avertir_effectif_max", if r.avertir_effectif_max { "oui" } else { "non" })
    })?;
    reglages(db.conn())
}

/// Reads planned hours: `120`, `120 h`, `90,5`, `90.5`, `90h30` → minutes.
pub(crate) fn lire_heures(s: &str) -> Option<i64> {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    let entier = |x: &str| (!x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit())).then(|| x.parse::<i64>().ok()).flatten();
    if let Some((h, m)) = t.split_once('h') {
        let m = if m.is_empty() { Some(0) } else { entier(m).filter(|m| *m < 60 && m.to_string().len() <= 2) };
        return Some(entier(h)? * 60 + m?);
    }
    let t = t.replace(',', ".");
    let (e, d) = t.split_once('.').unwrap_or((&t, ""));
    let h = entier(e)?;
    if d.is_empty() {
        return Some(h * 60);
    }
    if d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let centiemes: i64 = format!("{d:0<2}").parse().ok()?;
    Some(h * 60 + (centiemes * 60 + 50) / 100)
}

struct CreneauValide {
    id: Option<i64>,
    jour: u8,
    debut: NaiveTime,
    fin: NaiveTime,
    intervenants: Vec<i64>,
}

struct AtelierValide {
    annee_id: i64,
    nom: String,
    niveau: String,
    salle: String,
    premier_jour: NaiveDate,
    dernier_jour: NaiveDate,
    minutes_prevues: i64,
    effectif_min: u32,
    effectif_max: u32,
    partenaires: String,
    notes: String,
    creneaux: Vec<CreneauValide>,
}

fn valider(conn: &Connection, s: &SaisieAtelier, id: Option<i64>) -> Resultat<AtelierValide> {
    let annee = match s.annee_id {
        Some(a) => annee::par_id(conn, a)?,
        None => annee::courante(conn)?.ok_or_else(|| {
            Erreur::Conflit("Définissez d'abord l'année scolaire courante (écran Établissement).".into())
        })?,
    };
    if !annee.courante {
        return Err(Erreur::Conflit(format!("L'année {} est close : on n'y ajoute ni n'y modifie plus d'atelier.", annee.libelle)));
    }
    let mut erreurs = Vec::new();
    let nom = nettoyer(&s.nom);
    if nom.is_empty() {
        erreurs.push(ErreurChamp::new("nom", "Donnez un nom à l'atelier (par exemple « Atelier du mardi et jeudi »)."));
    } else {
        let pris: bool = conn.query_row(
            "SELECT count(*) > 0 FROM atelier WHERE annee_id = ?1 AND nom = ?2 AND id IS NOT ?3",
            params![annee.id, nom, id],
            |r| r.get(0),
        )?;
        if pris {
            erreurs.push(ErreurChamp::new("nom", format!("Un autre atelier s'appelle déjà « {nom} » en {}.", annee.libelle)));
        }
    }
    let mut date = |champ: &str, valeur: &str| {
        let d = lire_date(valeur);
        match d {
            None if valeur.trim().is_empty() => erreurs.push(ErreurChamp::new(champ, "Date obligatoire.")),
            None => erreurs.push(ErreurChamp::new(champ, "Date invalide : écrivez-la comme 06/10/2025.")),
            Some(d) if d < annee.premier_jour || d > annee.dernier_jour => erreurs.push(ErreurChamp::new(
                champ,
                format!(
                    "Le {} n'est pas dans l'année scolaire {} (du {} au {}).",
                    date_fr(d),
                    annee.libelle,
                    date_fr(annee.premier_jour),
                    date_fr(annee.dernier_jour)
                ),
            )),
            Some(_) => {}
        }
        d
    };
    let premier = date("premier_jour", &s.premier_jour);
    let dernier = date("dernier_jour", &s.dernier_jour);
    if let (Some(p), Some(d)) = (premier, dernier) {
        if d < p {
            erreurs.push(ErreurChamp::new(
                "dernier_jour",
                format!("Le dernier jour ({}) est avant le premier ({}).", date_fr(d), date_fr(p)),
            ));
        }
    }
    let minutes_prevues = lire_heures(&s.heures_prevues);
    if minutes_prevues.is_none() {
        let m = if s.heures_prevues.trim().is_empty() {
            "Indiquez le nombre d'heures prévues (entre 60 et 120 en général)."
        } else {
            "Nombre d'heures invalide : écrivez par exemple 120, 90,5 ou 90h30."
        };
        erreurs.push(ErreurChamp::new("heures_prevues", m));
    }
    let (effectif_min, effectif_max) = (s.effectif_min.unwrap_or(12), s.effectif_max.unwrap_or(15));
    if effectif_max == 0 {
        erreurs.push(ErreurChamp::new("effectif_max", "L'effectif maximum doit être d'au moins 1."));
    } else if effectif_min > effectif_max {
        erreurs.push(ErreurChamp::new(
            "effectif_min",
            format!("L'effectif minimum ({effectif_min}) dépasse l'effectif maximum ({effectif_max})."),
        ));
    }
    let mut creneaux: Vec<CreneauValide> = Vec::new();
    let mut valides = Vec::new();
    for (i, c) in s.creneaux.iter().enumerate() {
        let champ = |f: &str| format!("creneaux[{i}].{f}");
        if jour_semaine(c.jour).is_none() {
            erreurs.push(ErreurChamp::new(&champ("jour"), "Choisissez un jour de la semaine, du lundi au vendredi."));
        }
        let horaires = lire_horaires(&c.debut, &c.fin, &champ("debut"), &champ("fin"), &mut erreurs);
        let mut ids = c.intervenants.clone();
        ids.sort_unstable();
        ids.dedup();
        if let Some(e) = intervenant::verifier_existent(conn, &ids, &champ("intervenants"))? {
            erreurs.push(e);
        }
        if let Some(cid) = c.id {
            let a_nous: bool = conn.query_row(
                "SELECT count(*) > 0 FROM creneau WHERE id = ?1 AND atelier_id IS ?2",
                params![cid, id],
                |r| r.get(0),
            )?;
            if !a_nous {
                erreurs.push(ErreurChamp::new(&champ("id"), "Ce créneau n'appartient pas à cet atelier."));
            }
        }
        if let (Some(_), Some((debut, fin))) = (jour_semaine(c.jour), horaires) {
            for (j, autre) in &valides {
                let autre: &CreneauValide = autre;
                if autre.jour == c.jour && debut < autre.fin && autre.debut < fin {
                    erreurs.push(ErreurChamp::new(
                        &champ("debut"),
                        format!("Ce créneau chevauche le créneau n° {} le {}.", j + 1, jour_semaine(c.jour).map_or("?", nom_jour)),
                    ));
                }
            }
            valides.push((i, CreneauValide { id: c.id, jour: c.jour, debut, fin, intervenants: ids }));
        }
    }
    creneaux.extend(valides.into_iter().map(|(_, c)| c));
    match (premier, dernier, minutes_prevues) {
        (Some(premier_jour), Some(dernier_jour), Some(minutes_prevues)) if erreurs.is_empty() => Ok(AtelierValide {
            annee_id: annee.id,
            nom,
            niveau: nettoyer(&s.niveau),
            salle: nettoyer(&s.salle),
            premier_jour,
            dernier_jour,
            minutes_prevues,
            effectif_min,
            effectif_max,
            partenaires: s.partenaires.trim().to_owned(),
            notes: s.notes.trim().to_owned(),
            creneaux,
        }),
        _ => Err(Erreur::Validation(erreurs)),
    }
}

fn ecrire_creneaux(tx: &rusqlite::Transaction<'_>, atelier_id: i64, creneaux: &[CreneauValide], aujourd_hui: NaiveDate) -> Resultat<()> {
    let gardes: Vec<i64> = creneaux.iter().filter_map(|c| c.id).collect();
    let anciens: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT id FROM creneau WHERE atelier_id = ?1")?;
        let v = stmt.query_map([atelier_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
        v
    };
    for ancien in anciens.into_iter().filter(|a| !gardes.contains(a)) {
        seance::supprimer_regenerables_du_creneau(tx, ancien, aujourd_hui)?;
        tx.execute("DELETE FROM creneau WHERE id = ?1", [ancien])?;
    }
    for c in creneaux {
        let id = match c.id {
            Some(id) => {
                tx.execute("UPDATE creneau SET jour = ?2, debut = ?3, fin = ?4 WHERE id = ?1", params![id, c.jour, c.debut, c.fin])?;
                id
            }
            None => {
                tx.execute(
                    "INSERT INTO creneau (atelier_id, jour, debut, fin) VALUES (?1, ?2, ?3, ?4)",
                    params![atelier_id, c.jour, c.debut, c.fin],
                )?;
                tx.last_insert_rowid()
            }
        };
        tx.execute("DELETE FROM creneau_intervenant WHERE creneau_id = ?1", [id])?;
        for i in &c.intervenants {
            tx.execute("INSERT INTO creneau_intervenant (creneau_id, intervenant_id) VALUES (?1, ?2)", [id, *i])?;
        }
    }
    Ok(())
}

/// Creates an atelier with its slots (one transaction). Nothing is written when a field is
/// invalid. Séances are then generated with [`crate::domaine::planning::generer`].
pub fn creer(db: &mut Db, s: &SaisieAtelier) -> Resultat<Atelier> {
    let id = db.transaction(|tx| creer_dans(tx, s))?;
    lire(db.conn(), id)
}

/// [`creer`] inside a transaction the caller owns; returns the new id.
pub(crate) fn creer_dans(tx: &Transaction<'_>, s: &SaisieAtelier) -> Resultat<i64> {
    let v = valider(tx, s, None)?;
    tx.execute(
        "INSERT INTO atelier (annee_id, nom, niveau, salle, premier_jour, dernier_jour, minutes_prevues, effectif_min, effectif_max, partenaires, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![v.annee_id, v.nom, v.niveau, v.salle, v.premier_jour, v.dernier_jour, v.minutes_prevues, v.effectif_min, v.effectif_max, v.partenaires, v.notes],
    )?;
    let id = tx.last_insert_rowid();
    ecrire_creneaux(tx, id, &v.creneaux, NaiveDate::MIN)?;
    Ok(id)
}

/// Updates an atelier and its slots (one transaction). Slots keep their id when the form sends
/// it back; a slot left out is removed with its regenerable séances (dated from `aujourd_hui`,
/// see [`crate::domaine::seance`]). Re-generate the séances afterwards.
pub fn modifier(db: &mut Db, id: i64, s: &SaisieAtelier, aujourd_hui: NaiveDate) -> Resultat<Atelier> {
    db.transaction(|tx| modifier_dans(tx, id, s, aujourd_hui))?;
    lire(db.conn(), id)
}

/// [`modifier`] inside a transaction the caller owns.
pub(crate) fn modifier_dans(tx: &Transaction<'_>, id: i64, s: &SaisieAtelier, aujourd_hui: NaiveDate) -> Resultat<()> {
    crate::domaine::annee::exiger_atelier(tx, id)?;
    crate::domaine::annee::exiger_modifiable(tx, id)?;
    let v = valider(tx, s, Some(id))?;
    tx.execute(
        "UPDATE atelier SET annee_id = ?2, nom = ?3, niveau = ?4, salle = ?5, premier_jour = ?6, dernier_jour = ?7,
           minutes_prevues = ?8, effectif_min = ?9, effectif_max = ?10, partenaires = ?11, notes = ?12 WHERE id = ?1",
        params![id, v.annee_id, v.nom, v.niveau, v.salle, v.premier_jour, v.dernier_jour, v.minutes_prevues, v.effectif_min, v.effectif_max, v.partenaires, v.notes],
    )?;
    ecrire_creneaux(tx, id, &v.creneaux, aujourd_hui)
}

/// Deletes an atelier entered by mistake, with its slots and séances (one transaction).
/// Refused while parents are enrolled in it or a roll call has been taken.
pub fn supprimer(db: &mut Db, id: i64) -> Resultat<()> {
    db.transaction(|tx| {
        crate::domaine::annee::exiger_atelier(tx, id)?;
        crate::domaine::annee::exiger_modifiable(tx, id)?;
        let (inscriptions, appels): (i64, i64) = tx.query_row(
            "SELECT (SELECT count(*) FROM inscription WHERE atelier_id = ?1),
                    (SELECT count(*) FROM presence p JOIN seance s ON s.id = p.seance_id WHERE s.atelier_id = ?1)",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if inscriptions > 0 || appels > 0 {
            return Err(Erreur::Conflit(
                "Des parents sont inscrits à cet atelier ou des appels ont été faits : il ne peut pas être supprimé.".into(),
            ));
        }
        tx.execute("DELETE FROM seance WHERE atelier_id = ?1", [id])?;
        tx.execute("DELETE FROM atelier WHERE id = ?1", [id])?;
        Ok(())
    })
}

const COLONNES: &str =
    "id, annee_id, nom, niveau, salle, premier_jour, dernier_jour, minutes_prevues, effectif_min, effectif_max, partenaires, notes";

fn depuis_ligne(r: &rusqlite::Row<'_>) -> rusqlite::Result<Atelier> {
    Ok(Atelier {
        id: r.get(0)?,
        annee_id: r.get(1)?,
        nom: r.get(2)?,
        niveau: r.get(3)?,
        salle: r.get(4)?,
        premier_jour: r.get(5)?,
        dernier_jour: r.get(6)?,
        minutes_prevues: r.get(7)?,
        effectif_min: r.get(8)?,
        effectif_max: r.get(9)?,
        partenaires: r.get(10)?,
        notes: r.get(11)?,
        creneaux: Vec::new(),
    })
}

fn creneaux_de(conn: &Connection, atelier_id: i64) -> Resultat<Vec<CreneauAtelier>> {
    let mut stmt = conn.prepare("SELECT id, jour, debut, fin FROM creneau WHERE atelier_id = ?1 ORDER BY jour, debut, id")?;
    let mut creneaux: Vec<CreneauAtelier> = stmt
        .query_map([atelier_id], |r| Ok(CreneauAtelier { id: r.get(0)?, jour: r.get(1)?, debut: r.get(2)?, fin: r.get(3)?, intervenants: Vec::new() }))?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare(
        "SELECT i.id, i.prenom, i.nom FROM creneau_intervenant ci JOIN intervenant i ON i.id = ci.intervenant_id
         WHERE ci.creneau_id = ?1 ORDER BY i.nom, i.prenom",
    )?;
    for c in &mut creneaux {
        c.intervenants = stmt
            .query_map([c.id], |r| {
                let (prenom, nom): (String, String) = (r.get(1)?, r.get(2)?);
                Ok(IntervenantBref { id: r.get(0)?, nom_complet: if prenom.is_empty() { nom } else { format!("{prenom} {nom}") } })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(creneaux)
}

/// One atelier with its slots.
pub fn lire(conn: &Connection, id: i64) -> Resultat<Atelier> {
    let mut a = conn
        .query_row(&format!("SELECT {COLONNES} FROM atelier WHERE id = ?1"), [id], depuis_ligne)
        .optional()?
        .ok_or_else(|| Erreur::Introuvable("Cet atelier n'existe pas (ou plus).".into()))?;
    a.creneaux = creneaux_de(conn, id)?;
    Ok(a)
}

/// The ateliers of a school year, by name.
pub fn lister(conn: &Connection, annee_id: i64) -> Resultat<Vec<Atelier>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLONNES} FROM atelier WHERE annee_id = ?1 ORDER BY nom, id"))?;
    let mut v: Vec<Atelier> = stmt.query_map([annee_id], depuis_ligne)?.collect::<Result<_, _>>()?;
    for a in &mut v {
        a.creneaux = creneaux_de(conn, a.id)?;
    }
    Ok(v)
}

/// Finds an atelier by id, or by name (case-insensitive) in the current year: for the CLI.
pub fn trouver(conn: &Connection, id_ou_nom: &str) -> Resultat<Atelier> {
    if let Ok(id) = id_ou_nom.trim().parse::<i64>() {
        return lire(conn, id);
    }
    let annee = annee::courante(conn)?.ok_or_else(|| Erreur::Introuvable("Aucune année scolaire courante.".into()))?;
    let cherche = nettoyer(id_ou_nom).to_lowercase();
    lister(conn, annee.id)?
        .into_iter()
        .find(|a| a.nom.to_lowercase() == cherche)
        .ok_or_else(|| Erreur::Introuvable(format!("Aucun atelier « {id_ou_nom} » en {}.", annee.libelle)))
}

/// Warnings about the slots themselves (a slot without intervenant).
pub fn avertissements_creneaux(a: &Atelier) -> Vec<Avertissement> {
    a.creneaux
        .iter()
        .filter(|c| c.intervenants.is_empty())
        .map(|c| Avertissement::new(CodeAvertissement::SansIntervenant, format!("Le créneau du {} n'a pas encore d'intervenant.", c.libelle())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reglages_des_avertissements() {
        let mut db = Db::en_memoire().unwrap();
        let defaut = reglages(db.conn()).unwrap();
        assert_eq!(defaut, ReglagesAvertissements { part_axe_min_pourcent: PART_AXE_MIN_PAR_DEFAUT, avertir_effectif_max: false });
        let r = ReglagesAvertissements { part_axe_min_pourcent: 20, avertir_effectif_max: true };
        assert_eq!(enregistrer_reglages(&mut db, &r).unwrap(), r);
        assert_eq!(part_axe_minimum(db.conn()).unwrap(), 20);
        assert!(avertir_effectif_max(db.conn()).unwrap());
        // Out of bounds: a message on the field, nothing changes.
        for mauvais in [-1, 34, 100] {
            let e = enregistrer_reglages(&mut db, &ReglagesAvertissements { part_axe_min_pourcent: mauvais, avertir_effectif_max: false }).unwrap_err();
            assert_eq!(e.champs()[0].champ, "part_axe_min_pourcent");
            assert!(e.champs()[0].message.contains("de 0 à 33 %"), "{e}");
        }
        assert_eq!(reglages(db.conn()).unwrap(), r);
        let zero = ReglagesAvertissements { part_axe_min_pourcent: 0, avertir_effectif_max: false };
        assert_eq!(enregistrer_reglages(&mut db, &zero).unwrap(), zero);
    }

    #[test]
    fn heures_prevues_saisies() {
        assert_eq!(lire_heures("120"), Some(7200));
        assert_eq!(lire_heures(" 120 h "), Some(7200));
        assert_eq!(lire_heures("90,5"), Some(5430));
        assert_eq!(lire_heures("90h30"), Some(5430));
        for ko in ["", "abc", "90h75", "-3", "1,234"] {
            assert_eq!(lire_heures(ko), None, "{ko}");
        }
    }

    #[test]
    fn la_demo_a_deux_ateliers_et_une_annee_de_seances() {
        let mut db = Db::en_memoire().unwrap();
        crate::demo::ecole::charger(&mut db).unwrap();
        let vue = crate::domaine::vues_ateliers::vue_ateliers(db.conn(), None, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).unwrap();
        assert_eq!(vue.calendrier.as_ref().map(|c| c.calendrier_connu), Some(true));
        assert_eq!(vue.ateliers.len(), 2);
        for a in &vue.ateliers {
            assert!(a.totaux.seances_programmees > 50, "{} : {:?}", a.atelier.nom, a.totaux);
            assert_eq!(a.totaux.minutes_tenues, a.totaux.minutes_programmees, "année passée");
        }
        let seances: Vec<_> = vue.ateliers.iter().flat_map(|a| seance::lister(db.conn(), a.atelier.id).unwrap()).collect();
        assert_eq!(seances.iter().filter(|s| s.annulee).count(), 1);
        assert_eq!(seances.iter().filter(|s| s.intervenants.len() == 2).count(), 1);
        assert_eq!(seances.iter().filter(|s| s.hors_les_murs).count(), 1);
        assert!(seances.iter().filter(|s| !s.theme.is_empty()).count() >= 6);
        assert!(!seances.iter().any(|s| s.date == NaiveDate::from_ymd_opt(2026, 5, 15).unwrap()), "pont de l'Ascension");
        let intervenants = crate::domaine::intervenant::vue(db.conn(), None).unwrap();
        assert_eq!(intervenants.len(), 3);
        assert!(intervenants.iter().all(|i| i.avertissements.is_empty()));
    }
}

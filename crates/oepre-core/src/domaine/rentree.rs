//! La rentrée: from a school year that has ended to the next one.
//!
//! When today is past the current year's last day ([`etat_annee`]), the app says so and offers
//! to prepare the next year. [`apercu`] shows, before anything is written, what it would be:
//! the new year's dates (from the shipped holiday calendar when it covers that year, else
//! approximate and to be checked), each atelier of the old year carried over with its weekly
//! slots and intervenants, on the same weeks one year later (52 weeks: same weekdays), and the
//! parents who continue (enrolled, not gone, not anonymised). [`preparer`] then writes, in one
//! transaction: the new year (current from then on), the ateliers chosen with their slots and
//! their séances generated from the slots, and the parents chosen re-enrolled with
//! « réinscrit·e » set (it feeds the bilan). Intervenants are not per year: they stay.
//!
//! The old year stays in the file: its documents and bilan are still produced from it, and it
//! is read-only for ateliers, séances, enrolments and roll calls ([`crate::domaine::annee::exiger_modifiable`]).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::annee::{self, AnneeScolaire, SaisieAnnee};
use crate::domaine::atelier::{self, SaisieAtelier};
use crate::commun::avertissement::heures_fr;
use crate::commun::calendrier;
use crate::commun::texte::nom_complet;
use crate::domaine::etablissement::{self, Zone};
use crate::domaine::inscription::{self, StatutInscription};
use crate::{Db, Erreur, ErreurChamp, Resultat};

/// How far the ateliers move from one year to the next: 52 weeks keeps every weekday.
const UN_AN: Duration = Duration::weeks(52);

/// Where the app stands with the school year, for the banner « L'année … est terminée ».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EtatAnnee {
    /// The current year, if any.
    pub courante: Option<AnneeScolaire>,
    /// Today is past the current year's last day.
    pub terminee: bool,
    /// The year that follows the current one (`2026-2027`).
    pub suivante: Option<String>,
}

/// Whether the current year has ended on `aujourd_hui`, and which year follows it.
pub fn etat_annee(conn: &Connection, aujourd_hui: NaiveDate) -> Resultat<EtatAnnee> {
    let courante = annee::courante(conn)?;
    let terminee = courante.as_ref().is_some_and(|a| aujourd_hui > a.dernier_jour);
    let suivante = courante.as_ref().and_then(|a| libelle_suivant(&a.libelle));
    Ok(EtatAnnee { courante, terminee, suivante })
}

/// `2025-2026` → `2026-2027`.
pub fn libelle_suivant(libelle: &str) -> Option<String> {
    let (a, b) = libelle.split_once('-')?;
    let (a, b) = (a.parse::<i32>().ok()?, b.parse::<i32>().ok()?);
    (b == a + 1).then(|| format!("{}-{}", a + 1, b + 1))
}

fn premier_jour_ouvre_depuis(mut d: NaiveDate) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d = d.succ_opt().unwrap_or(d);
    }
    d
}

fn dernier_jour_ouvre_avant(mut d: NaiveDate) -> NaiveDate {
    loop {
        d = d.pred_opt().unwrap_or(d);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            return d;
        }
    }
}

/// The summer holidays that start in July of `annee` (shipped calendar), if known.
fn ete(zone: Zone, annee: i32) -> Option<calendrier::Vacances> {
    let du = NaiveDate::from_ymd_opt(annee, 7, 1)?;
    let au = NaiveDate::from_ymd_opt(annee, 8, 31)?;
    calendrier::vacances_officielles(zone, du, au).into_iter().find(|v| v.premier_jour.month() == 7 && v.premier_jour.year() == annee)
}

/// First and last day of classes of the year that starts in `rentree` (2026 for 2026-2027),
/// and whether they come from the shipped calendar. Known: the first weekday after the summer
/// holidays of `rentree`, the last weekday before those of `rentree + 1`. Otherwise: the first
/// weekday of September and the Friday before the first Saturday of July (to be checked).
pub fn dates_annee(zone: Zone, rentree: i32) -> Option<(NaiveDate, NaiveDate, bool)> {
    let debut_officiel = ete(zone, rentree).and_then(|v| v.dernier_jour.succ_opt()).map(premier_jour_ouvre_depuis);
    let fin_officielle = ete(zone, rentree + 1).map(|v| dernier_jour_ouvre_avant(v.premier_jour));
    let debut_approche = premier_jour_ouvre_depuis(NaiveDate::from_ymd_opt(rentree, 9, 1)?);
    let fin_approchee = {
        let mut d = NaiveDate::from_ymd_opt(rentree + 1, 7, 1)?;
        while d.weekday() != Weekday::Sat {
            d = d.succ_opt()?;
        }
        dernier_jour_ouvre_avant(d)
    };
    let officielles = debut_officiel.is_some() && fin_officielle.is_some();
    Some((debut_officiel.unwrap_or(debut_approche), fin_officielle.unwrap_or(fin_approchee), officielles))
}

/// A parent who continues: their enrolment in the old atelier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ParentReconduit {
    /// The enrolment of the old year.
    #[ts(type = "number")]
    pub inscription_id: i64,
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// « Prénom NOM ».
    pub nom_complet: String,
}

/// An atelier of the old year as it would be carried over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AtelierReconduit {
    /// The atelier of the old year.
    #[ts(type = "number")]
    pub ancien_id: i64,
    /// Its name (kept).
    pub nom: String,
    /// New first day (same week one year later, inside the new year).
    pub premier_jour: NaiveDate,
    /// New last day.
    pub dernier_jour: NaiveDate,
    /// Planned hours, as the form shows them (`120 h`).
    pub heures_prevues: String,
    /// Its weekly slots with their intervenants (« mardi 14:00–16:00 — Samia Belkacem »).
    pub creneaux: Vec<String>,
    /// The parents enrolled at the end of the old year (offered for re-enrolment).
    pub continuent: Vec<ParentReconduit>,
}

/// What preparing the next year would do (nothing is written).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ApercuRentree {
    /// The year that has ended.
    pub depuis: AnneeScolaire,
    /// The new year's label.
    pub libelle: String,
    /// Its first day of classes (proposed).
    pub premier_jour: NaiveDate,
    /// Its last day of classes (proposed).
    pub dernier_jour: NaiveDate,
    /// Whether those dates and the holidays come from the calendar shipped with the app for
    /// the school's zone; if not, the school checks the dates and enters its holidays.
    pub calendrier_livre: bool,
    /// The new year is already in the file: it cannot be prepared again.
    pub deja_preparee: bool,
    /// The ateliers of the old year, carried over.
    pub ateliers: Vec<AtelierReconduit>,
    /// What the person should know before going on (French sentences).
    pub avertissements: Vec<String>,
}

fn zone(conn: &Connection) -> Resultat<Zone> {
    etablissement::lire(conn)?
        .map(|e| e.zone)
        .ok_or_else(|| Erreur::Conflit("Enregistrez d'abord l'établissement (écran Établissement).".into()))
}

fn deplacer(d: NaiveDate, premier: NaiveDate, dernier: NaiveDate) -> NaiveDate {
    (d + UN_AN).clamp(premier, dernier)
}

/// What [`preparer`] would write for the year after `depuis` (its label), nothing written.
pub fn apercu(conn: &Connection, depuis: &str) -> Resultat<ApercuRentree> {
    let ancienne = annee::par_libelle(conn, depuis.trim())?;
    let libelle = libelle_suivant(&ancienne.libelle)
        .ok_or_else(|| Erreur::champ("depuis", format!("« {} » n'est pas une année scolaire (comme 2025-2026).", ancienne.libelle)))?;
    let rentree = ancienne.premier_jour.year() + 1;
    let zone = zone(conn)?;
    let (premier_jour, dernier_jour, officielles) =
        dates_annee(zone, rentree).ok_or_else(|| Erreur::champ("libelle", format!("Année {libelle} hors calendrier.")))?;
    let calendrier_livre = officielles && calendrier::calendrier_connu(zone, premier_jour, dernier_jour);
    let mut avertissements = Vec::new();
    let deja_preparee = annee::par_libelle(conn, &libelle).is_ok();
    if deja_preparee {
        avertissements.push(format!("L'année {libelle} existe déjà dans ce fichier : elle ne peut pas être préparée une seconde fois."));
    }
    if !calendrier_livre {
        avertissements.push(format!(
            "L'application n'a pas le calendrier des vacances {libelle} (zone {:?}) : vérifiez les dates de l'année, puis saisissez les vacances dans Ateliers › Calendrier de l'école avant de créer les séances. Les séances des ateliers reconduits ne sont pas créées.",
            zone
        ));
    }
    let mut ateliers = Vec::new();
    for a in atelier::lister(conn, ancienne.id)? {
        let creneaux = a
            .creneaux
            .iter()
            .map(|c| {
                let noms: Vec<&str> = c.intervenants.iter().map(|i| i.nom_complet.as_str()).collect();
                if noms.is_empty() { c.libelle() } else { format!("{} — {}", c.libelle(), noms.join(", ")) }
            })
            .collect();
        ateliers.push(AtelierReconduit {
            ancien_id: a.id,
            nom: a.nom.clone(),
            premier_jour: deplacer(a.premier_jour, premier_jour, dernier_jour),
            dernier_jour: deplacer(a.dernier_jour, premier_jour, dernier_jour),
            heures_prevues: heures_fr(a.minutes_prevues),
            creneaux,
            continuent: continuent(conn, a.id)?,
        });
    }
    if ateliers.is_empty() {
        avertissements.push(format!("Aucun atelier en {} : l'année {libelle} commencera sans atelier.", ancienne.libelle));
    }
    Ok(ApercuRentree { depuis: ancienne, libelle, premier_jour, dernier_jour, calendrier_livre, deja_preparee, ateliers, avertissements })
}

/// Enrolled at the end of the year (not gone, not on the waiting list), not anonymised.
fn continuent(conn: &Connection, atelier_id: i64) -> Resultat<Vec<ParentReconduit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, p.id, p.nom, p.prenom FROM inscription i JOIN parent p ON p.id = i.parent_id
         WHERE i.atelier_id = ?1 AND i.statut = 'inscrit' AND p.anonymise_le IS NULL",
    )?;
    let mut v: Vec<ParentReconduit> = stmt
        .query_map([atelier_id], |r| {
            Ok(ParentReconduit { inscription_id: r.get(0)?, parent_id: r.get(1)?, nom_complet: nom_complet(&r.get::<_, String>(2)?, &r.get::<_, String>(3)?) })
        })?
        .collect::<Result<_, _>>()?;
    v.sort_by_cached_key(|p| crate::commun::recherche::plier(&p.nom_complet));
    Ok(v)
}

/// What the person chose after the preview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChoixRentree {
    /// The year that has ended (`2025-2026`).
    pub depuis: String,
    /// First day of classes of the new year (`JJ/MM/AAAA` or `AAAA-MM-JJ`).
    pub premier_jour: String,
    /// Last day of classes.
    pub dernier_jour: String,
    /// The ateliers of the old year to carry over.
    #[ts(type = "number[]")]
    pub ateliers: Vec<i64>,
    /// The enrolments of the old year whose parent continues (in a carried-over atelier).
    #[ts(type = "number[]")]
    pub reinscriptions: Vec<i64>,
}

/// What the rentrée wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RapportRentree {
    /// The new year, now current.
    pub annee: AnneeScolaire,
    /// Ateliers carried over.
    pub ateliers: u32,
    /// Séances generated for them.
    pub seances: u32,
    /// Parents re-enrolled.
    pub reinscriptions: u32,
}

/// Prepares the year after `choix.depuis` in one transaction (see the module docs). Refused,
/// nothing written, when that year already exists, a date is wrong, or a choice does not belong
/// to the old year.
pub fn preparer(db: &mut Db, choix: &ChoixRentree, aujourd_hui: NaiveDate) -> Resultat<RapportRentree> {
    let apercu = apercu(db.conn(), &choix.depuis)?;
    if apercu.deja_preparee {
        return Err(Erreur::Conflit(format!("L'année {} existe déjà : rien n'a été écrit.", apercu.libelle)));
    }
    let (libelle, premier, dernier) =
        annee::valider(&SaisieAnnee { libelle: apercu.libelle.clone(), premier_jour: choix.premier_jour.clone(), dernier_jour: choix.dernier_jour.clone() })?;
    let mut erreurs = Vec::new();
    for id in &choix.ateliers {
        if !apercu.ateliers.iter().any(|a| a.ancien_id == *id) {
            erreurs.push(ErreurChamp::new("ateliers", format!("L'atelier n° {id} n'est pas un atelier de {}.", apercu.depuis.libelle)));
        }
    }
    let mut reinscrire: Vec<(i64, i64)> = Vec::new(); // (parent, old atelier)
    for id in &choix.reinscriptions {
        match apercu.ateliers.iter().find_map(|a| a.continuent.iter().find(|p| p.inscription_id == *id).map(|p| (p.parent_id, a.ancien_id))) {
            Some((parent, atelier)) if choix.ateliers.contains(&atelier) => reinscrire.push((parent, atelier)),
            Some((_, atelier)) => erreurs.push(ErreurChamp::new(
                "reinscriptions",
                format!("Un parent est réinscrit dans « {} », qui n'est pas reconduit.", apercu.ateliers.iter().find(|a| a.ancien_id == atelier).map_or("?", |a| a.nom.as_str())),
            )),
            None => erreurs.push(ErreurChamp::new("reinscriptions", format!("L'inscription n° {id} n'est pas celle d'un parent qui continue."))),
        }
    }
    if !erreurs.is_empty() {
        return Err(Erreur::Validation(erreurs));
    }
    let calendrier_livre = apercu.calendrier_livre;
    let rapport = db.transaction(|tx| {
        tx.execute("UPDATE annee_scolaire SET courante = 0 WHERE courante = 1", [])?;
        tx.execute(
            "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES (?1, ?2, ?3, 1)",
            params![libelle, premier, dernier],
        )?;
        let annee_id = tx.last_insert_rowid();
        let (mut ateliers, mut seances, mut reinscriptions) = (0u32, 0u32, 0u32);
        for a in apercu.ateliers.iter().filter(|a| choix.ateliers.contains(&a.ancien_id)) {
            let nouveau = reconduire(tx, a, annee_id, premier, dernier)?;
            ateliers += 1;
            if calendrier_livre {
                seances += crate::domaine::planning::generer_dans(tx, nouveau, aujourd_hui)?.creees as u32;
            }
            for (parent, _) in reinscrire.iter().filter(|(_, at)| *at == a.ancien_id) {
                let id = inscription::inserer(tx, *parent, nouveau, (a.premier_jour).clamp(premier, dernier), StatutInscription::Inscrit)?;
                tx.execute("UPDATE inscription SET reinscription = 1 WHERE id = ?1", [id])?;
                reinscriptions += 1;
            }
        }
        Ok((annee_id, ateliers, seances, reinscriptions))
    })?;
    let (annee_id, ateliers, seances, reinscriptions) = rapport;
    Ok(RapportRentree { annee: annee::par_id(db.conn(), annee_id)?, ateliers, seances, reinscriptions })
}

/// The atelier of the old year, in the new one: same name, level, room, hours, group size,
/// partners, notes, slots and intervenants; dates one year later.
fn reconduire(tx: &Transaction<'_>, a: &AtelierReconduit, annee_id: i64, premier: NaiveDate, dernier: NaiveDate) -> Resultat<i64> {
    let ancien = atelier::lire(tx, a.ancien_id)?;
    let mut s = SaisieAtelier::from(&ancien);
    s.annee_id = Some(annee_id);
    s.premier_jour = a.premier_jour.clamp(premier, dernier).to_string();
    s.dernier_jour = a.dernier_jour.clamp(premier, dernier).to_string();
    for c in &mut s.creneaux {
        c.id = None;
    }
    atelier::creer_dans(tx, &s).map_err(|e| match e {
        Erreur::Validation(champs) => Erreur::Validation(
            champs.into_iter().map(|c| ErreurChamp::new(&c.champ, format!("Atelier « {} » : {}", ancien.nom, c.message))).collect(),
        ),
        autre => autre,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: i32, m: u32, j: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(a, m, j).unwrap()
    }

    #[test]
    fn annee_suivante_et_dates_du_calendrier_livre() {
        assert_eq!(libelle_suivant("2025-2026").as_deref(), Some("2026-2027"));
        assert_eq!(libelle_suivant("2025-2027"), None);
        // Zone C, 2026-2027: classes resume Tuesday 1 September 2026; summer 2027 starts
        // Saturday 3 July 2027, so the last day is Friday 2 July 2027.
        assert_eq!(dates_annee(Zone::C, 2026), Some((d(2026, 9, 1), d(2027, 7, 2), true)));
        // 2028-2029: summer 2029 is not shipped: approximate dates, said so.
        let (p, f, officielles) = dates_annee(Zone::A, 2028).unwrap();
        assert!(!officielles);
        assert_eq!(p, d(2028, 9, 1)); // a Friday
        assert_eq!(f, d(2029, 7, 6)); // the Friday before Saturday 7 July 2029
    }

    #[test]
    fn un_atelier_garde_ses_jours_de_semaine() {
        let (p, f) = (d(2026, 9, 1), d(2027, 7, 2));
        assert_eq!(deplacer(d(2025, 10, 7), p, f), d(2026, 10, 6));
        assert_eq!(d(2026, 10, 6).weekday(), Weekday::Tue);
        assert_eq!(deplacer(d(2026, 7, 3), p, f), f, "kept inside the new year");
    }
}

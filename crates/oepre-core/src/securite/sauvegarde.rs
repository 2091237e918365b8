//! Backups of the data file: written, verified, listed, rotated.
//!
//! - [`sauvegarder`] writes a consistent copy with SQLite's online backup API (never a file
//!   copy, so a save in progress is either wholly in the copy or not at all). The copy is
//!   written under a temporary name (`.oepre-….sqlite.tmp`), switched to a standalone
//!   rollback-journal file, checked with `PRAGMA integrity_check`, synced to disk and only then
//!   renamed to `oepre-AAAAMMJJ-HHMMSS.sqlite` (local time). A copy that fails the check is
//!   deleted and the call fails with a French message: a listed backup is always a good one.
//! - [`lister`] returns the backups of a folder, newest first, each with a summary (school,
//!   year, counts of parents and séances) read from the copy opened read-only.
//! - [`rotation`] deletes the backups the [`Rotation`] rule does not keep (see [`a_garder`]).
//!   Only files named `oepre-AAAAMMJJ-HHMMSS[-N].sqlite` are ever listed or deleted: the
//!   `avant-migration-…` copies written by [`crate::stockage::db`] and any other file are left alone.
//! - [`sauvegarde_si_ancienne`] is the start-up backup: one copy when the newest is a day old
//!   or more (or there is none).
//! - The default folder is `sauvegardes/` next to the data file ([`dossier_par_defaut`]); the
//!   school may choose another one (USB key, network share) and the rotation counts: see
//!   [`reglages`] / [`enregistrer_reglages`] (settings `sauvegarde_dossier`,
//!   `sauvegarde_quotidiennes`, `sauvegarde_hebdomadaires`, `sauvegarde_mensuelles`).
//! - [`au_demarrage`] is what the app runs at start-up: a backup when the newest is a day old,
//!   then the rotation, in the chosen folder.
//! - The backup of an encrypted file is encrypted with the same passphrase (see
//!   [`crate::securite::chiffrement`]); [`lister_avec`] reads the summaries of encrypted backups.
//! - [`derniere_valide`] finds the newest backup that passes `integrity_check`: what the app
//!   offers when the data file is damaged. Restoring one is [`crate::securite::restauration`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use chrono::{Datelike, Duration, NaiveDateTime};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Db, Erreur, Resultat};

pub use crate::securite::verification::Resume;
use crate::securite::verification::{resume_de, verifier_copie};

/// Prefix of the backup files this module writes, lists and rotates.
const PREFIXE: &str = "oepre-";
/// Extension of the backup files.
const EXTENSION: &str = ".sqlite";
/// Timestamp format in the file name (local time).
const FORMAT_NOM: &str = "%Y%m%d-%H%M%S";

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sauvegarde {
    /// Where it is.
    #[ts(type = "string")]
    pub chemin: PathBuf,
    /// When it was taken (local time, from its name).
    pub date: NaiveDateTime,
    /// Size in bytes.
    #[ts(type = "number")]
    pub taille: u64,
    /// Whether it is encrypted (it then needs the passphrase to be read or restored).
    pub chiffree: bool,
    /// Its summary; `None` when the copy cannot be read (damaged since, or encrypted and no
    /// passphrase was given).
    pub resume: Option<Resume>,
}

/// How many backups to keep (see [`a_garder`] for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Rotation {
    /// The newest backup of each of the last N days that have one.
    #[ts(type = "number")]
    pub quotidiennes: usize,
    /// The newest backup of each of the last N ISO weeks that have one.
    #[ts(type = "number")]
    pub hebdomadaires: usize,
    /// The newest backup of each of the last N months that have one.
    #[ts(type = "number")]
    pub mensuelles: usize,
}

/// The backup settings as they apply now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReglagesSauvegarde {
    /// The folder backups go to (the chosen one, else the default).
    #[ts(type = "string")]
    pub dossier: PathBuf,
    /// Whether the school chose `dossier` (else it is [`dossier_par_defaut`]).
    pub dossier_choisi: bool,
    /// How many backups are kept.
    pub rotation: Rotation,
}

/// What a person set on the backup settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieReglagesSauvegarde {
    /// A folder (USB key, network share…); empty or `None` = the default folder.
    pub dossier: Option<String>,
    /// How many backups to keep (each 0 to [`ROTATION_MAX`]).
    pub rotation: Rotation,
}

/// Largest count accepted for each rotation level.
pub const ROTATION_MAX: usize = 400;

const CLE_DOSSIER: &str = "sauvegarde_dossier";
const CLE_QUOTIDIENNES: &str = "sauvegarde_quotidiennes";
const CLE_HEBDOMADAIRES: &str = "sauvegarde_hebdomadaires";
const CLE_MENSUELLES: &str = "sauvegarde_mensuelles";

impl Default for Rotation {
    /// 7 daily, 4 weekly, 12 monthly.
    fn default() -> Self {
        Self { quotidiennes: 7, hebdomadaires: 4, mensuelles: 12 }
    }
}

/// `sauvegardes/` next to the data file (in the app-data folder for the app's own file).
pub fn dossier_par_defaut(db: &Db) -> PathBuf {
    dossier_par_defaut_de(db.chemin())
}

/// `sauvegardes/` next to the data file `chemin_db` (usable while the file is closed).
pub fn dossier_par_defaut_de(chemin_db: &Path) -> PathBuf {
    let parent = chemin_db.parent().filter(|d| !d.as_os_str().is_empty());
    match parent {
        Some(d) if chemin_db != Path::new(":memory:") => d.join("sauvegardes"),
        _ => crate::stockage::db::dossier_donnees().join("sauvegardes"),
    }
}

/// The current backup settings of `db` (defaults where nothing was set).
pub fn reglages(db: &Db) -> Resultat<ReglagesSauvegarde> {
    reglages_de(db.conn(), db.chemin())
}

fn reglages_de(conn: &Connection, chemin_db: &Path) -> Resultat<ReglagesSauvegarde> {
    use crate::stockage::db::parametre;
    let choisi = parametre(conn, CLE_DOSSIER)?.filter(|d| !d.trim().is_empty());
    let defaut = Rotation::default();
    let nombre = |cle: &str, defaut: usize| -> Resultat<usize> {
        Ok(parametre(conn, cle)?.and_then(|v| v.parse().ok()).unwrap_or(defaut))
    };
    Ok(ReglagesSauvegarde {
        dossier_choisi: choisi.is_some(),
        dossier: choisi.map(PathBuf::from).unwrap_or_else(|| dossier_par_defaut_de(chemin_db)),
        rotation: Rotation {
            quotidiennes: nombre(CLE_QUOTIDIENNES, defaut.quotidiennes)?,
            hebdomadaires: nombre(CLE_HEBDOMADAIRES, defaut.hebdomadaires)?,
            mensuelles: nombre(CLE_MENSUELLES, defaut.mensuelles)?,
        },
    })
}

/// Saves the backup settings in one transaction. A chosen folder is created if needed and
/// must be writable (checked by writing and deleting a small file), else a French field error
/// on `dossier` and nothing is saved.
pub fn enregistrer_reglages(db: &mut Db, saisie: &SaisieReglagesSauvegarde) -> Resultat<ReglagesSauvegarde> {
    let mut champs = Vec::new();
    let r = saisie.rotation;
    for (champ, valeur) in [("quotidiennes", r.quotidiennes), ("hebdomadaires", r.hebdomadaires), ("mensuelles", r.mensuelles)] {
        if valeur > ROTATION_MAX {
            champs.push(crate::ErreurChamp::new(champ, format!("Indiquez un nombre entre 0 et {ROTATION_MAX}.")));
        }
    }
    let dossier = saisie.dossier.as_deref().map(str::trim).filter(|d| !d.is_empty());
    if let Some(d) = dossier {
        if let Err(message) = verifier_dossier_inscriptible(Path::new(d)) {
            champs.push(crate::ErreurChamp::new("dossier", message));
        }
    }
    if !champs.is_empty() {
        return Err(Erreur::Validation(champs));
    }
    db.transaction(|tx| {
        use crate::stockage::db::definir_parametre;
        definir_parametre(tx, CLE_DOSSIER, dossier.unwrap_or(""))?;
        definir_parametre(tx, CLE_QUOTIDIENNES, &r.quotidiennes.to_string())?;
        definir_parametre(tx, CLE_HEBDOMADAIRES, &r.hebdomadaires.to_string())?;
        definir_parametre(tx, CLE_MENSUELLES, &r.mensuelles.to_string())?;
        Ok(())
    })?;
    reglages(db)
}

/// Creates `dossier` if needed and writes then deletes a small file in it. `Err` = a French
/// sentence saying why backups cannot go there.
fn verifier_dossier_inscriptible(dossier: &Path) -> Result<(), String> {
    if !dossier.is_absolute() {
        return Err("Indiquez le chemin complet du dossier (par exemple une clé USB ou un partage réseau).".into());
    }
    let raison = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::PermissionDenied => "accès refusé".to_owned(),
        std::io::ErrorKind::ReadOnlyFilesystem => "le disque est en lecture seule".to_owned(),
        std::io::ErrorKind::StorageFull => "le disque est plein".to_owned(),
        _ => e.to_string(),
    };
    std::fs::create_dir_all(dossier)
        .map_err(|e| format!("Impossible de créer ou d'ouvrir le dossier « {} » : {}.", dossier.display(), raison(e)))?;
    let essai = dossier.join(".oepre-essai-ecriture.tmp");
    let ecrit = std::fs::write(&essai, b"oepre").and_then(|()| crate::commun::fichier::synchroniser(&essai));
    let _ = std::fs::remove_file(&essai);
    ecrit.map_err(|e| format!("Impossible d'écrire dans le dossier « {} » : {}. Choisissez un autre dossier.", dossier.display(), raison(e)))
}

/// The folder backups of `db` go to (setting, else [`dossier_par_defaut`]).
pub fn dossier(db: &Db) -> Resultat<PathBuf> {
    Ok(reglages(db)?.dossier)
}

/// The backup folder of the closed data file `chemin_db`: its setting when the file can be
/// read (with `phrase` if encrypted), else [`dossier_par_defaut_de`]. For a damaged file too.
pub fn dossier_de(chemin_db: &Path, phrase: Option<&str>) -> PathBuf {
    let lu = crate::stockage::db::connexion_lecture(chemin_db, phrase)
        .ok()
        .and_then(|(conn, _)| reglages_de(&conn, chemin_db).ok());
    lu.map(|r| r.dossier).unwrap_or_else(|| dossier_par_defaut_de(chemin_db))
}

/// Start-up: a backup into the chosen folder when its newest is a day old or more (see
/// [`sauvegarde_si_ancienne`]), then the rotation with the chosen counts. Returns the backup
/// written, if one was.
pub fn au_demarrage(db: &Db, maintenant: NaiveDateTime) -> Resultat<Option<Sauvegarde>> {
    let r = reglages(db)?;
    let ecrite = sauvegarde_si_ancienne(db, &r.dossier, maintenant)?;
    rotation(&r.dossier, r.rotation)?;
    Ok(ecrite)
}

/// The newest backup of `dossier` that opens (with `phrase` if encrypted) and passes
/// `PRAGMA integrity_check`; `None` when there is none.
pub fn derniere_valide(dossier: &Path, phrase: Option<&str>) -> Resultat<Option<Sauvegarde>> {
    for s in lister_avec(dossier, phrase)? {
        if crate::securite::verification::verifier(&s.chemin, phrase).is_ok() {
            return Ok(Some(s));
        }
    }
    Ok(None)
}

fn erreur_fichier(chemin: &Path) -> impl FnOnce(std::io::Error) -> Erreur + '_ {
    move |source| Erreur::Fichier { chemin: chemin.to_owned(), source }
}

/// Writes a verified backup of `db` into `dossier` (created if needed). See the module doc.
pub fn sauvegarder(db: &Db, dossier: &Path) -> Resultat<Sauvegarde> {
    std::fs::create_dir_all(dossier).map_err(erreur_fichier(dossier))?;
    let date = chrono::Local::now().naive_local();
    let horodatage = date.format(FORMAT_NOM).to_string();
    // Two backups in the same second get `-2`, `-3`… rather than overwriting each other.
    let mut final_ = dossier.join(format!("{PREFIXE}{horodatage}{EXTENSION}"));
    let mut n = 2;
    while final_.exists() {
        final_ = dossier.join(format!("{PREFIXE}{horodatage}-{n}{EXTENSION}"));
        n += 1;
    }
    let nom = final_.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporaire = dossier.join(format!(".{nom}.tmp"));
    let _ = std::fs::remove_file(&temporaire);

    let resume = match ecrire_copie(db, &temporaire) {
        Ok(r) => r,
        Err(e) => {
            let _ = std::fs::remove_file(&temporaire);
            return Err(e);
        }
    };
    crate::commun::fichier::remplacer(&temporaire, &final_).map_err(|e| {
        let _ = std::fs::remove_file(&temporaire);
        Erreur::Fichier { chemin: final_.clone(), source: e }
    })?;
    let taille = std::fs::metadata(&final_).map_err(erreur_fichier(&final_))?.len();
    let date = date_du_nom(&nom).unwrap_or(date);
    if let (Some(r), Some(p)) = (&resume, db.phrase()) {
        memoriser_resume(&final_, Some(p), r);
    }
    Ok(Sauvegarde { resume, chiffree: db.est_chiffree(), chemin: final_, date, taille })
}

/// Online backup into `temporaire` (encrypted like `db`), made standalone, checked and synced.
/// Returns the copy's summary.
fn ecrire_copie(db: &Db, temporaire: &Path) -> Resultat<Option<Resume>> {
    crate::stockage::db::copie_en_ligne(db.conn(), db.phrase(), temporaire)?;
    verifier_copie(temporaire, db.phrase())
}

/// Summaries of encrypted backups already read in this process, by file, size, modification
/// time and passphrase (a keyed hash of it, memory only): reading one costs a key derivation
/// (see `docs/performance.md`).
type CleResume = (PathBuf, u64, Option<SystemTime>, u64);
static RESUMES: Mutex<Option<HashMap<CleResume, Resume>>> = Mutex::new(None);
static HACHAGE: std::sync::OnceLock<std::collections::hash_map::RandomState> = std::sync::OnceLock::new();

fn cle_resume(chemin: &Path, phrase: Option<&str>) -> Option<CleResume> {
    use std::hash::BuildHasher;
    let m = std::fs::metadata(chemin).ok()?;
    let empreinte = HACHAGE.get_or_init(Default::default).hash_one(phrase);
    Some((chemin.to_owned(), m.len(), m.modified().ok(), empreinte))
}

fn memoriser_resume(chemin: &Path, phrase: Option<&str>, resume: &Resume) {
    if let Some(cle) = cle_resume(chemin, phrase) {
        let mut garde = RESUMES.lock().unwrap_or_else(PoisonError::into_inner);
        garde.get_or_insert_with(HashMap::new).insert(cle, resume.clone());
    }
}

fn resume_memorise(chemin: &Path, phrase: Option<&str>) -> Option<Resume> {
    let cle = cle_resume(chemin, phrase)?;
    RESUMES.lock().unwrap_or_else(PoisonError::into_inner).as_ref()?.get(&cle).cloned()
}

/// The date in a backup file name `oepre-AAAAMMJJ-HHMMSS[-N].sqlite`, or `None` for any other name.
pub fn date_du_nom(nom: &str) -> Option<NaiveDateTime> {
    let coeur = nom.strip_prefix(PREFIXE)?.strip_suffix(EXTENSION)?;
    let (horodatage, suffixe) = match coeur.get(15..) {
        Some(reste) => (&coeur[..15], reste),
        None => return None,
    };
    if !(suffixe.is_empty() || suffixe.strip_prefix('-').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))) {
        return None;
    }
    NaiveDateTime::parse_from_str(horodatage, FORMAT_NOM).ok()
}

/// The order of a backup among those of the same second: 1 without suffix, then 2, 3…
fn rang_dans_la_seconde(chemin: &Path) -> u32 {
    let nom = chemin.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    nom.strip_suffix(EXTENSION).and_then(|c| c.get(PREFIXE.len() + 15..)).and_then(|s| s.strip_prefix('-')).and_then(|n| n.parse().ok()).unwrap_or(1)
}

/// Reads the summary of a plain backup, opened read-only. `None` if it cannot be read.
pub fn resume(chemin: &Path) -> Option<Resume> {
    resume_avec(chemin, None)
}

/// Reads the summary of a backup, opened read-only (with `phrase` when it is encrypted).
/// `None` if it cannot be read. A wrong passphrase here does not count as a try (see
/// [`crate::securite::chiffrement`]): the file is only read.
pub fn resume_avec(chemin: &Path, phrase: Option<&str>) -> Option<Resume> {
    if !crate::stockage::cle::est_chiffre(chemin) {
        let conn = Connection::open_with_flags(chemin, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX).ok()?;
        return resume_de(&conn);
    }
    let phrase = phrase?;
    if let Some(r) = resume_memorise(chemin, Some(phrase)) {
        return Some(r);
    }
    let conn = Connection::open_with_flags(chemin, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX).ok()?;
    crate::stockage::db::appliquer_cle(&conn, phrase).ok()?;
    let r = resume_de(&conn)?;
    memoriser_resume(chemin, Some(phrase), &r);
    Some(r)
}

/// The backups in `dossier`, newest first. A missing folder has none. Encrypted ones have no
/// summary: see [`lister_avec`].
pub fn lister(dossier: &Path) -> Resultat<Vec<Sauvegarde>> {
    lister_avec(dossier, None)
}

/// The backups in `dossier`, newest first, the encrypted ones read with `phrase`. Reading the
/// summary of an encrypted backup costs one key derivation (a few hundred ms); summaries are
/// then kept in memory for the rest of the session (never on disk).
pub fn lister_avec(dossier: &Path, phrase: Option<&str>) -> Resultat<Vec<Sauvegarde>> {
    let entrees = match std::fs::read_dir(dossier) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Erreur::Fichier { chemin: dossier.to_owned(), source }),
    };
    let mut sauvegardes = Vec::new();
    for entree in entrees {
        let entree = entree.map_err(erreur_fichier(dossier))?;
        let nom = entree.file_name().to_string_lossy().into_owned();
        let Some(date) = date_du_nom(&nom) else { continue };
        let Ok(meta) = entree.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let chemin = entree.path();
        let chiffree = crate::stockage::cle::est_chiffre(&chemin);
        sauvegardes.push(Sauvegarde { resume: resume_avec(&chemin, phrase), chemin, date, taille: meta.len(), chiffree });
    }
    // Newest first; two backups of the same second are told apart by their `-2`, `-3`… suffix
    // (a plain name order would put `…-083000.sqlite` after `…-083000-2.sqlite`: '.' > '-').
    sauvegardes.sort_by_cached_key(|x| std::cmp::Reverse((x.date, rang_dans_la_seconde(&x.chemin))));
    Ok(sauvegardes)
}

/// Which of `dates` the rule keeps (same order, `true` = keep).
///
/// The rule (grandfather-father-son): going from the newest backup to the oldest,
/// - the newest backup of a **calendar day** is kept while fewer than `quotidiennes` days
///   have had one kept;
/// - the newest backup of an **ISO week** (Monday to Sunday) is kept while fewer than
///   `hebdomadaires` weeks have had one kept;
/// - the newest backup of a **month** is kept while fewer than `mensuelles` months have had
///   one kept.
///
/// A backup is kept if any of the three keeps it; the newest backup of all is always kept,
/// whatever the limits. "Last N days" means the N most recent days **that have a backup**, so
/// a PC left off for the summer still keeps 7 daily copies.
pub fn a_garder(dates: &[NaiveDateTime], garder: &Rotation) -> Vec<bool> {
    let mut ordre: Vec<usize> = (0..dates.len()).collect();
    ordre.sort_by(|&a, &b| dates[b].cmp(&dates[a]).then(a.cmp(&b)));
    let mut garde = vec![false; dates.len()];
    let mut jours = HashSet::new();
    let mut semaines = HashSet::new();
    let mut mois = HashSet::new();
    for (rang, &i) in ordre.iter().enumerate() {
        let d = dates[i].date();
        let semaine = d.iso_week();
        let mut garder_celle_ci = rang == 0;
        if !jours.contains(&d) && jours.len() < garder.quotidiennes {
            jours.insert(d);
            garder_celle_ci = true;
        }
        let cle_semaine = (semaine.year(), semaine.week());
        if !semaines.contains(&cle_semaine) && semaines.len() < garder.hebdomadaires {
            semaines.insert(cle_semaine);
            garder_celle_ci = true;
        }
        let cle_mois = (d.year(), d.month());
        if !mois.contains(&cle_mois) && mois.len() < garder.mensuelles {
            mois.insert(cle_mois);
            garder_celle_ci = true;
        }
        garde[i] = garder_celle_ci;
    }
    garde
}

/// Deletes the backups of `dossier` the rule of [`a_garder`] does not keep. Returns the
/// deleted files. Other files in the folder are never touched.
///
/// Also deletes the temporary files (`.oepre-….sqlite.tmp`) of backups interrupted more than an
/// hour ago (PC switched off while writing one); a younger one may be a backup in progress.
pub fn rotation(dossier: &Path, garder: Rotation) -> Resultat<Vec<PathBuf>> {
    supprimer_temporaires_abandonnes(dossier, std::time::Duration::from_secs(3600));
    let sauvegardes = lister(dossier)?;
    let dates: Vec<NaiveDateTime> = sauvegardes.iter().map(|s| s.date).collect();
    let garde = a_garder(&dates, &garder);
    let mut supprimees = Vec::new();
    for (s, garder_celle_ci) in sauvegardes.into_iter().zip(garde) {
        if !garder_celle_ci {
            std::fs::remove_file(&s.chemin).map_err(erreur_fichier(&s.chemin))?;
            supprimees.push(s.chemin);
        }
    }
    Ok(supprimees)
}

/// Deletes `.oepre-….sqlite.tmp` (and its `-journal`) older than `age` in `dossier`. Best effort.
fn supprimer_temporaires_abandonnes(dossier: &Path, age: std::time::Duration) {
    let Ok(entrees) = std::fs::read_dir(dossier) else { return };
    for entree in entrees.flatten() {
        let nom = entree.file_name().to_string_lossy().into_owned();
        let temporaire = nom.starts_with(&format!(".{PREFIXE}"))
            && (nom.ends_with(&format!("{EXTENSION}.tmp")) || nom.ends_with(&format!("{EXTENSION}.tmp-journal")));
        let ancien = entree.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok()).is_some_and(|e| e >= age);
        if temporaire && ancien {
            let _ = std::fs::remove_file(entree.path());
        }
    }
}

/// The start-up backup: writes one when `dossier` has none or its newest is at least a day
/// older than `maintenant` (local time). Returns the new backup, or `None` when none was
/// needed. Rotation is the caller's choice ([`rotation`]).
pub fn sauvegarde_si_ancienne(db: &Db, dossier: &Path, maintenant: NaiveDateTime) -> Resultat<Option<Sauvegarde>> {
    let derniere = lister(dossier)?.into_iter().next();
    match derniere {
        Some(s) if maintenant.signed_duration_since(s.date) < Duration::days(1) => Ok(None),
        _ => sauvegarder(db, dossier).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(texte: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(texte, "%Y-%m-%d %H:%M").unwrap()
    }

    fn gardees(dates: &[NaiveDateTime], r: Rotation) -> Vec<NaiveDateTime> {
        let garde = a_garder(dates, &r);
        let mut v: Vec<_> = dates.iter().zip(garde).filter(|(_, g)| *g).map(|(d, _)| *d).collect();
        v.sort();
        v.reverse();
        v
    }

    #[test]
    fn sauvegarde_rotation_garde_la_plus_recente_de_chaque_jour_semaine_mois() {
        // One backup at 08:00 and one at 18:00 every day for 400 days.
        let debut = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let mut dates = Vec::new();
        for j in 0..400 {
            let jour = debut + Duration::days(j);
            dates.push(jour.and_hms_opt(8, 0, 0).unwrap());
            dates.push(jour.and_hms_opt(18, 0, 0).unwrap());
        }
        let garde = gardees(&dates, Rotation::default());
        let dernier = debut + Duration::days(399); // 2026-02-04, a Wednesday
        assert_eq!(dernier, NaiveDate::from_ymd_opt(2026, 2, 4).unwrap());
        // Every kept backup is the 18:00 one: the newest of its day.
        assert!(garde.iter().all(|g| g.format("%H").to_string() == "18"), "{garde:?}");
        // 7 daily: 29 Jan → 4 Feb.
        for j in 0..7 {
            assert!(garde.contains(&(dernier - Duration::days(j)).and_hms_opt(18, 0, 0).unwrap()));
        }
        // 4 weekly: Sundays ending the weeks before (the current week is covered by today).
        for s in ["2026-02-01", "2026-01-25", "2026-01-18"] {
            assert!(garde.contains(&d(&format!("{s} 18:00"))), "{s}");
        }
        assert!(!garde.contains(&d("2026-01-11 18:00")));
        // 12 monthly: last day of each month back to March 2025 (Feb 2026 = today).
        for m in ["2026-01-31", "2025-12-31", "2025-06-30", "2025-03-31"] {
            assert!(garde.contains(&d(&format!("{m} 18:00"))), "{m}");
        }
        assert!(!garde.contains(&d("2025-02-28 18:00")));
        // 7 days + 2 more weeks (25 and 18 Jan) + 10 more month ends (Dec 2025 … Mar 2025).
        assert_eq!(garde.len(), 7 + 2 + 10);
        let attendu: HashSet<NaiveDateTime> = garde.iter().copied().collect();
        assert_eq!(attendu.len(), garde.len());
        assert!(garde.len() <= 7 + 4 + 12);
        assert_eq!(garde[0], dernier.and_hms_opt(18, 0, 0).unwrap());
    }

    #[test]
    fn sauvegarde_rotation_jours_sans_sauvegarde_et_limites_nulles() {
        // Backups far apart: the "last N days" are the last N days that have one.
        let dates = vec![d("2025-01-01 10:00"), d("2025-03-01 10:00"), d("2025-07-14 10:00"), d("2025-09-01 10:00")];
        let r = Rotation { quotidiennes: 2, hebdomadaires: 0, mensuelles: 0 };
        assert_eq!(gardees(&dates, r), vec![d("2025-09-01 10:00"), d("2025-07-14 10:00")]);
        let r = Rotation { quotidiennes: 0, hebdomadaires: 0, mensuelles: 0 };
        assert_eq!(gardees(&dates, r), vec![d("2025-09-01 10:00")], "the newest is always kept");
        let r = Rotation { quotidiennes: 1, hebdomadaires: 0, mensuelles: 3 };
        assert_eq!(gardees(&dates, r), vec![d("2025-09-01 10:00"), d("2025-07-14 10:00"), d("2025-03-01 10:00")]);
        // ISO week across a year end: Mon 29 Dec 2025 and Sun 4 Jan 2026 are the same week 2026-W01.
        let dates = vec![d("2025-12-29 10:00"), d("2026-01-04 10:00"), d("2025-12-28 10:00")];
        let r = Rotation { quotidiennes: 0, hebdomadaires: 2, mensuelles: 0 };
        assert_eq!(gardees(&dates, r), vec![d("2026-01-04 10:00"), d("2025-12-28 10:00")]);
        assert!(a_garder(&[], &Rotation::default()).is_empty());
    }

    #[test]
    fn sauvegarde_nom_de_fichier() {
        assert_eq!(date_du_nom("oepre-20260105-083000.sqlite"), Some(d("2026-01-05 08:30")));
        assert_eq!(date_du_nom("oepre-20260105-083000-2.sqlite"), Some(d("2026-01-05 08:30")));
        for autre in ["avant-migration-v2-20260105-083000.sqlite", "oepre.sqlite", "oepre-20260105-083000.sqlite.tmp", "oepre-20260105-083000-.sqlite", "oepre-20261305-083000.sqlite"] {
            assert_eq!(date_du_nom(autre), None, "{autre}");
        }
    }

    #[test]
    fn sauvegarde_ecrite_verifiee_listee_et_tournee() {
        let tmp = tempfile::tempdir().unwrap();
        let mut db = Db::ouvrir(&tmp.path().join("oepre.sqlite")).unwrap();
        crate::demo::ecole::charger(&mut db).unwrap();
        let dossier = dossier_par_defaut(&db);
        assert_eq!(dossier, tmp.path().join("sauvegardes"));

        let s = sauvegarder(&db, &dossier).unwrap();
        let nom = s.chemin.file_name().unwrap().to_string_lossy().into_owned();
        assert!(date_du_nom(&nom).is_some(), "{nom}");
        assert!(s.taille > 0);
        let r = s.resume.clone().unwrap();
        assert_eq!(r.annee.as_deref(), Some("2025-2026"));
        assert!(r.etablissement.is_some());
        assert!(r.parents > 0 && r.seances > 0);
        // Standalone and sound: no -wal left, integrity ok, same data as the source.
        assert!(!dossier.join(format!("{nom}-wal")).exists());
        let copie = Connection::open_with_flags(&s.chemin, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let ok: String = copie.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        let n = |c: &Connection| c.query_row("SELECT count(*) FROM presence", [], |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(n(&copie), n(db.conn()));
        // No temporary file left behind.
        let fichiers: Vec<_> = std::fs::read_dir(&dossier).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(fichiers.len(), 1, "{fichiers:?}");

        // A second one in the same second does not overwrite the first.
        let s2 = sauvegarder(&db, &dossier).unwrap();
        assert_ne!(s2.chemin, s.chemin);
        let liste = lister(&dossier).unwrap();
        assert_eq!(liste.len(), 2);
        assert!(liste[0].date >= liste[1].date);

        // Start-up: nothing when the newest is recent, one when it is a day old.
        let maintenant = liste[0].date;
        assert!(sauvegarde_si_ancienne(&db, &dossier, maintenant + Duration::hours(23)).unwrap().is_none());
        assert!(sauvegarde_si_ancienne(&db, &dossier, maintenant + Duration::days(1)).unwrap().is_some());
        assert_eq!(lister(&dossier).unwrap().len(), 3);

        // Rotation: synthetic old backups are pruned, other files are left alone.
        for nom in ["oepre-20200101-100000.sqlite", "oepre-20200101-090000.sqlite", "avant-migration-v1-20200101-100000.sqlite", "notes.txt"] {
            std::fs::write(dossier.join(nom), b"x").unwrap();
        }
        let liste = lister(&dossier).unwrap();
        assert_eq!(liste.len(), 5);
        assert!(liste[4].resume.is_none(), "a file that is not a database has no summary");
        let supprimees = rotation(&dossier, Rotation::default()).unwrap();
        let noms: Vec<_> = supprimees.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        // Same day: only the newest of the day stays (today's two, and 2020-01-01 09:00).
        assert!(noms.contains(&"oepre-20200101-090000.sqlite".to_owned()), "{noms:?}");
        assert!(dossier.join("oepre-20200101-100000.sqlite").exists());
        assert!(dossier.join("avant-migration-v1-20200101-100000.sqlite").exists());
        assert!(dossier.join("notes.txt").exists());
        assert!(lister(&dossier).unwrap()[0].chemin.exists());
    }

    #[test]
    fn dans_la_meme_seconde_la_plus_recente_vient_d_abord() {
        let tmp = tempfile::tempdir().unwrap();
        for nom in ["oepre-20260105-083000.sqlite", "oepre-20260105-083000-2.sqlite", "oepre-20260105-083000-10.sqlite", "oepre-20260105-082959.sqlite"] {
            std::fs::write(tmp.path().join(nom), b"x").unwrap();
        }
        let noms: Vec<String> = lister(tmp.path()).unwrap().iter().map(|s| s.chemin.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(
            noms,
            ["oepre-20260105-083000-10.sqlite", "oepre-20260105-083000-2.sqlite", "oepre-20260105-083000.sqlite", "oepre-20260105-082959.sqlite"]
        );
    }

    #[test]
    fn sauvegarde_dans_un_dossier_impossible_donne_une_erreur_francaise() {
        let tmp = tempfile::tempdir().unwrap();
        let db = Db::ouvrir(&tmp.path().join("oepre.sqlite")).unwrap();
        let fichier = tmp.path().join("pas-un-dossier");
        std::fs::write(&fichier, b"x").unwrap();
        let err = sauvegarder(&db, &fichier.join("sous")).unwrap_err();
        assert_eq!(err.code(), crate::CodeErreur::Stockage);
        assert!(err.to_string().starts_with("Impossible d'utiliser"), "{err}");
    }
}

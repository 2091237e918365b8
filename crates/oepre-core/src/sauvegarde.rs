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
//!   `avant-migration-…` copies written by [`crate::db`] and any other file are left alone.
//! - [`sauvegarde_si_ancienne`] is the start-up backup: one copy when the newest is a day old
//!   or more (or there is none).
//! - The default folder is `sauvegardes/` next to the data file ([`dossier_par_defaut`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDateTime};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::{Db, Erreur, Resultat};

/// Prefix of the backup files this module writes, lists and rotates.
const PREFIXE: &str = "oepre-";
/// Extension of the backup files.
const EXTENSION: &str = ".sqlite";
/// Timestamp format in the file name (local time).
const FORMAT_NOM: &str = "%Y%m%d-%H%M%S";

/// What a backup holds, for the restore screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    /// The school's name, if one is recorded.
    pub etablissement: Option<String>,
    /// The current school year's label (e.g. `2025-2026`), if any.
    pub annee: Option<String>,
    /// Number of parents.
    pub parents: i64,
    /// Number of séances.
    pub seances: i64,
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sauvegarde {
    /// Where it is.
    pub chemin: PathBuf,
    /// When it was taken (local time, from its name).
    pub date: NaiveDateTime,
    /// Size in bytes.
    pub taille: u64,
    /// Its summary; `None` when the copy cannot be read (e.g. damaged since).
    pub resume: Option<Resume>,
}

/// How many backups to keep (see [`a_garder`] for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    /// The newest backup of each of the last N days that have one.
    pub quotidiennes: usize,
    /// The newest backup of each of the last N ISO weeks that have one.
    pub hebdomadaires: usize,
    /// The newest backup of each of the last N months that have one.
    pub mensuelles: usize,
}

impl Default for Rotation {
    /// 7 daily, 4 weekly, 12 monthly.
    fn default() -> Self {
        Self { quotidiennes: 7, hebdomadaires: 4, mensuelles: 12 }
    }
}

/// `sauvegardes/` next to the data file (in the app-data folder for the app's own file).
pub fn dossier_par_defaut(db: &Db) -> PathBuf {
    let parent = db.chemin().parent().filter(|d| !d.as_os_str().is_empty());
    match parent {
        Some(d) if db.chemin() != Path::new(":memory:") => d.join("sauvegardes"),
        _ => crate::db::dossier_donnees().join("sauvegardes"),
    }
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

    let ecrit = ecrire_copie(db, &temporaire);
    if let Err(e) = ecrit {
        let _ = std::fs::remove_file(&temporaire);
        return Err(e);
    }
    std::fs::rename(&temporaire, &final_).map_err(|e| {
        let _ = std::fs::remove_file(&temporaire);
        Erreur::Fichier { chemin: final_.clone(), source: e }
    })?;
    // Make the rename itself durable (best effort: not every file system allows it).
    if let Ok(d) = std::fs::File::open(dossier) {
        let _ = d.sync_all();
    }
    let taille = std::fs::metadata(&final_).map_err(erreur_fichier(&final_))?.len();
    let date = date_du_nom(&nom).unwrap_or(date);
    Ok(Sauvegarde { resume: resume(&final_), chemin: final_, date, taille })
}

/// Online backup into `temporaire`, made standalone, checked and synced.
fn ecrire_copie(db: &Db, temporaire: &Path) -> Resultat<()> {
    db.conn().backup(rusqlite::MAIN_DB, temporaire, None::<fn(rusqlite::backup::Progress)>)?;
    let verification: String = {
        let copie = Connection::open(temporaire)?;
        // A standalone file: no -wal / -shm to carry along, readable read-only anywhere.
        let _mode: String = copie.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        let lignes: Vec<String> =
            copie.prepare("PRAGMA integrity_check")?.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        lignes.join(" ; ")
    };
    if verification != "ok" {
        return Err(Erreur::Fichier {
            chemin: temporaire.to_owned(),
            source: std::io::Error::other(format!(
                "la copie écrite est abîmée (vérification d'intégrité : {verification}) ; elle a été supprimée et aucune sauvegarde n'a été faite"
            )),
        });
    }
    std::fs::File::open(temporaire).and_then(|f| f.sync_all()).map_err(erreur_fichier(temporaire))?;
    Ok(())
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

/// Reads the summary of a backup, opened read-only. `None` if it cannot be read.
pub fn resume(chemin: &Path) -> Option<Resume> {
    let conn = Connection::open_with_flags(chemin, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX).ok()?;
    let lire = || -> rusqlite::Result<Resume> {
        Ok(Resume {
            etablissement: conn.query_row("SELECT nom FROM etablissement WHERE id = 1", [], |r| r.get(0)).optional()?,
            annee: conn.query_row("SELECT libelle FROM annee_scolaire WHERE courante = 1", [], |r| r.get(0)).optional()?,
            parents: conn.query_row("SELECT count(*) FROM parent", [], |r| r.get(0))?,
            seances: conn.query_row("SELECT count(*) FROM seance", [], |r| r.get(0))?,
        })
    };
    lire().ok()
}

/// The backups in `dossier`, newest first. A missing folder has none.
pub fn lister(dossier: &Path) -> Resultat<Vec<Sauvegarde>> {
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
        sauvegardes.push(Sauvegarde { resume: resume(&chemin), chemin, date, taille: meta.len() });
    }
    sauvegardes.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.chemin.cmp(&a.chemin)));
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
pub fn rotation(dossier: &Path, garder: Rotation) -> Resultat<Vec<PathBuf>> {
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
        crate::demo::charger(&mut db).unwrap();
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

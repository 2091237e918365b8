//! The fuzz targets: each takes one input (bytes), feeds it to the real code paths the app
//! uses, and checks the outcome. A panic is caught by the runner; a broken property (an error
//! with no message, a syntax error without its line, a failed import that wrote rows, a date
//! that does not read back) is returned as `Err`.
//!
//! To add a target: add a variant to [`Cible`], its name, its corpus folder
//! (`tests/fuzz/corpus/<name>/`, real seeds) and an arm in [`Cible::executer`].

use std::path::{Path, PathBuf};

use chrono::Datelike;
use oepre_core::domaine::annee::{self, SaisieAnnee};
use oepre_core::domaine::atelier::{self, SaisieAtelier, SaisieCreneau};
use oepre_core::domaine::ecole_calendrier::{self, SaisieFermeture};
use oepre_core::sorties::flyer::{self, FlyerInput, FlyerOptions};
use oepre_core::domaine::import::{self, ChampImport, Correspondance};
use oepre_core::domaine::seance::{self, SaisieSeance};
use oepre_core::commun::texte::{date_fr, lire_date};
use oepre_core::{commun::calendrier, CodeErreur, Db, Erreur};
use oepre_i18n::{FlyerDetails, I18n};

/// A fuzz target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cible {
    /// Import of a CSV (UTF-8 or Windows-1252, `;` `,` or tab).
    Csv,
    /// Import of an XLSX workbook.
    Xlsx,
    /// Import of an ODS workbook.
    Ods,
    /// A `.ftl` file in the override folder, then the flyer texts (and sometimes the PDF).
    Ftl,
    /// Dates, times, school-year labels and planned hours typed in forms or the CLI.
    Dates,
}

impl Cible {
    /// Every target, in the order `tout` runs them.
    pub const TOUTES: [Cible; 5] = [Cible::Csv, Cible::Xlsx, Cible::Ods, Cible::Ftl, Cible::Dates];

    /// Name on the command line, of the corpus folder and in crash file names.
    pub fn nom(self) -> &'static str {
        match self {
            Cible::Csv => "csv",
            Cible::Xlsx => "xlsx",
            Cible::Ods => "ods",
            Cible::Ftl => "ftl",
            Cible::Dates => "dates",
        }
    }

    /// From [`Cible::nom`].
    pub fn depuis_nom(nom: &str) -> Option<Cible> {
        Cible::TOUTES.into_iter().find(|c| c.nom() == nom)
    }

    /// Extension of the file an input is written to.
    pub fn extension(self) -> &'static str {
        match self {
            Cible::Csv => "csv",
            Cible::Xlsx => "xlsx",
            Cible::Ods => "ods",
            Cible::Ftl => "ftl",
            Cible::Dates => "txt",
        }
    }

    /// The seeds: every file of `corpus/<nom>/`; for `dates`, every line of every file.
    pub fn graines(self, corpus: &Path) -> Vec<Vec<u8>> {
        let mut fichiers: Vec<PathBuf> = std::fs::read_dir(corpus.join(self.nom()))
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()).collect())
            .unwrap_or_default();
        fichiers.sort();
        let contenus = fichiers.iter().filter_map(|p| std::fs::read(p).ok());
        if self == Cible::Dates {
            contenus.flat_map(|c| c.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect::<Vec<_>>()).collect()
        } else {
            contenus.collect()
        }
    }

    /// Runs one input. `Err` says which property broke.
    pub fn executer(self, entree: &[u8], ctx: &mut Contexte) -> Result<(), String> {
        match self {
            Cible::Csv | Cible::Xlsx | Cible::Ods => importer(self, entree, ctx),
            Cible::Ftl => ftl(entree, ctx),
            Cible::Dates => dates(entree, ctx),
        }
    }
}

/// What the targets reuse between inputs: a scratch folder and a base with one atelier.
pub struct Contexte {
    dossier: tempfile::TempDir,
    db: Db,
    atelier: i64,
    compteur: u64,
}

impl Contexte {
    /// A scratch folder and an in-memory base holding the current year and one atelier.
    pub fn new() -> Result<Self, String> {
        let dossier = tempfile::tempdir().map_err(|e| e.to_string())?;
        let (db, atelier) = base()?;
        Ok(Contexte { dossier, db, atelier, compteur: 0 })
    }
}

fn base() -> Result<(Db, i64), String> {
    let db = Db::en_memoire().map_err(|e| e.to_string())?;
    db.conn()
        .execute_batch(
            "INSERT INTO annee_scolaire (libelle, premier_jour, dernier_jour, courante) VALUES ('2025-2026', '2025-09-01', '2026-07-03', 1);
             INSERT INTO atelier (annee_id, nom, premier_jour, dernier_jour, minutes_prevues) VALUES (1, 'Mardi matin', '2025-10-01', '2026-06-30', 7200);",
        )
        .map_err(|e| e.to_string())?;
    Ok((db, 1))
}

fn nombre(db: &Db, table: &str) -> i64 {
    db.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap_or(-1)
}

/// An error must say something, and never be « a bug » for bad input.
fn erreur_correcte(e: &Erreur, quoi: &str) -> Result<(), String> {
    let texte = e.to_string();
    if texte.trim().is_empty() {
        return Err(format!("{quoi} : erreur sans message ({e:?})"));
    }
    if e.code() == CodeErreur::Interne {
        return Err(format!("{quoi} : erreur interne pour une saisie fausse : {texte}"));
    }
    if e.champs().iter().any(|c| c.message.trim().is_empty()) {
        return Err(format!("{quoi} : erreur de champ sans message ({e:?})"));
    }
    Ok(())
}

fn importer(cible: Cible, entree: &[u8], ctx: &mut Contexte) -> Result<(), String> {
    ctx.compteur += 1;
    let chemin = ctx.dossier.path().join(format!("entree.{}", cible.extension()));
    std::fs::write(&chemin, entree).map_err(|e| format!("écriture de l'entrée : {e}"))?;
    let tableau = match import::lire_tableau(&chemin) {
        Ok(t) => t,
        Err(e) => return erreur_correcte(&e, "lire_tableau"),
    };
    if tableau.lignes.iter().any(|(n, _)| *n == 0) {
        return Err("une ligne lue porte le numéro 0".into());
    }
    if tableau.lignes.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err("les numéros de ligne ne croissent pas".into());
    }
    let conn = ctx.db.conn();
    match import::apercu(conn, &chemin, ctx.atelier, None) {
        Ok(a) => {
            if let Some(e) = a.erreurs.iter().chain(&a.doublons).chain(&a.avertissements).find(|e| e.ligne == 0 || e.message.trim().is_empty()) {
                return Err(format!("aperçu : problème sans ligne ou sans message : {e:?}"));
            }
        }
        Err(e) => erreur_correcte(&e, "aperçu (correspondances automatiques)")?,
    }
    // Every field mapped to some column: every rule of a row is exercised.
    let n = tableau.entetes.len().max(1) as u32;
    let toutes: Vec<Correspondance> = ChampImport::TOUS.iter().enumerate().map(|(i, &champ)| Correspondance { champ, colonne: i as u32 % n }).collect();
    match import::apercu(conn, &chemin, ctx.atelier, Some(&toutes)) {
        Ok(a) => {
            if let Some(e) = a.erreurs.iter().find(|e| e.ligne == 0 || e.message.trim().is_empty() || e.colonne.is_empty()) {
                return Err(format!("aperçu : erreur sans ligne, colonne ou message : {e:?}"));
            }
        }
        Err(e) => erreur_correcte(&e, "aperçu (toutes les colonnes)")?,
    }
    // Now and then, the import itself, on a fresh base: all rows or none.
    if ctx.compteur % 16 == 1 {
        let (mut db, atelier) = base()?;
        match import::importer(&mut db, &chemin, atelier, None) {
            Ok(r) => {
                if nombre(&db, "parent") != i64::from(r.parents_crees) {
                    return Err(format!("import : {} fiches annoncées, {} écrites", r.parents_crees, nombre(&db, "parent")));
                }
            }
            Err(e) => {
                erreur_correcte(&e, "import")?;
                if nombre(&db, "parent") + nombre(&db, "inscription") != 0 {
                    return Err("import refusé mais des lignes ont été écrites".into());
                }
            }
        }
    }
    Ok(())
}

/// Folders the input is written to: French (shipped, reference), Arabic (shipped, right to
/// left) and a language the school adds.
const LOCALES_FTL: [&str; 3] = ["fr", "ar", "wo"];

fn ftl(entree: &[u8], ctx: &mut Contexte) -> Result<(), String> {
    ctx.compteur += 1;
    let dossier = ctx.dossier.path().join("i18n");
    for l in LOCALES_FTL {
        std::fs::create_dir_all(dossier.join(l)).map_err(|e| e.to_string())?;
        std::fs::write(dossier.join(l).join("flyer.ftl"), entree).map_err(|e| e.to_string())?;
    }
    let i18n = I18n::load(Some(&dossier));
    let nb_lignes = entree.split(|&b| b == b'\n').count();
    for p in i18n.problems() {
        if p.message.trim().is_empty() {
            return Err(format!("problème de chargement sans message : {p:?}"));
        }
        if p.line.is_some_and(|l| l == 0 || l > nb_lignes) {
            return Err(format!("ligne {:?} hors du fichier ({nb_lignes} lignes) : {p}", p.line));
        }
    }
    // A file Fluent refuses (the runtime parser the bundles use, which skips comments) must be
    // reported with a line, for each folder.
    if let Ok(source) = std::str::from_utf8(entree) {
        if fluent_syntax::parser::parse_runtime(source).is_err() {
            for l in LOCALES_FTL {
                if !i18n.problems().iter().any(|p| p.locale == l && p.line.is_some()) {
                    return Err(format!("erreur de syntaxe non signalée avec sa ligne pour « {l} »"));
                }
            }
        }
    } else if !i18n.problems().iter().any(|p| p.message.contains("UTF-8")) {
        return Err("fichier non UTF-8 non signalé".into());
    }
    let details = FlyerDetails::sample();
    for l in LOCALES_FTL {
        let textes = i18n.format_flyer(l, &details);
        if textes.is_empty() {
            return Err(format!("aucun texte d'affiche pour « {l} »"));
        }
        let _ = i18n.check(l);
    }
    if ctx.compteur % 8 == 1 {
        let locales: Vec<String> = LOCALES_FTL.iter().map(|l| (*l).to_owned()).collect();
        let options = FlyerOptions { bilingual: ctx.compteur % 16 == 1, logo_png: None };
        match flyer::render(&i18n, &FlyerInput::sample(), &locales, &options) {
            Ok(f) if !f.pdf.starts_with(b"%PDF-") => return Err("affiche : ce n'est pas un PDF".into()),
            Ok(_) => {}
            Err(e) => erreur_correcte(&e, "affiche")?,
        }
    }
    Ok(())
}

fn dates(entree: &[u8], ctx: &mut Contexte) -> Result<(), String> {
    ctx.compteur += 1;
    let s = String::from_utf8_lossy(entree).into_owned();
    if let Some(d) = lire_date(&s) {
        if lire_date(&date_fr(d)) != Some(d) || lire_date(&d.format("%Y-%m-%d").to_string()) != Some(d) {
            return Err(format!("la date {d} lue dans « {s} » ne se relit pas"));
        }
    }
    match calendrier::parse_heure(&s) {
        Ok(h) if calendrier::parse_heure(&h.format("%H:%M").to_string()).ok() != Some(h) => {
            return Err(format!("l'heure {h} lue dans « {s} » ne se relit pas"));
        }
        Ok(_) => {}
        Err(e) if e.to_string().trim().is_empty() => return Err(format!("heure refusée sans message : « {s} »")),
        Err(_) => {}
    }
    let mut parties = s.splitn(3, '|');
    let (a, b, c) = (parties.next().unwrap_or(""), parties.next().unwrap_or(&s), parties.next().unwrap_or(&s));
    for saisie in [SaisieAnnee { libelle: s.clone(), premier_jour: s.clone(), dernier_jour: s.clone() }, SaisieAnnee { libelle: a.into(), premier_jour: b.into(), dernier_jour: c.into() }] {
        match annee::valider(&saisie) {
            Ok((libelle, p, d)) if !(p < d && libelle.len() == 9 && p.year() + 1 == d.year()) => {
                return Err(format!("année acceptée mais incohérente : {libelle} {p} {d} depuis {saisie:?}"));
            }
            Ok(_) => {}
            Err(e) => erreur_correcte(&e, "année scolaire")?,
        }
    }
    // Forms that write: refused input changes nothing.
    let db = &mut ctx.db;
    let avant = (nombre(db, "seance"), nombre(db, "atelier"), nombre(db, "fermeture"));
    let seance = SaisieSeance { date: a.into(), debut: b.into(), fin: c.into(), axes: seance::Axes { langue: true, ecole: false, valeurs: false }, ..Default::default() };
    let r1 = seance::ajouter(db, ctx.atelier, &seance).map(|_| ());
    let at = SaisieAtelier {
        nom: format!("Atelier {}", ctx.compteur),
        premier_jour: a.into(),
        dernier_jour: b.into(),
        heures_prevues: c.into(),
        creneaux: vec![SaisieCreneau { jour: 2, debut: b.into(), fin: c.into(), ..Default::default() }],
        ..Default::default()
    };
    let r2 = atelier::creer(db, &at).map(|_| ());
    let r3 = ecole_calendrier::ajouter_fermeture(db, &SaisieFermeture { date: s.clone(), libelle: "Fermeture".into() }).map(|_| ());
    let r4 = ecole_calendrier::retirer_fermeture(db, &s);
    let apres = (nombre(db, "seance"), nombre(db, "atelier"), nombre(db, "fermeture"));
    for (r, quoi, change) in [(&r1, "séance", avant.0 != apres.0), (&r2, "atelier", avant.1 != apres.1), (&r3, "fermeture", false)] {
        if let Err(e) = r {
            erreur_correcte(e, quoi)?;
            if change {
                return Err(format!("{quoi} refusé·e mais la base a changé"));
            }
        }
    }
    if let Err(e) = &r4 {
        if e.code() != CodeErreur::Introuvable {
            erreur_correcte(e, "retrait de fermeture")?;
        }
    }
    // Keep the base small: what was accepted is removed again.
    if ctx.compteur.is_multiple_of(256) {
        let (db, atelier) = base()?;
        ctx.db = db;
        ctx.atelier = atelier;
    }
    Ok(())
}

//! Data protection: `oepre purge`, `oepre conservation`, `oepre registre`, `oepre journal`, and the parent's rights
//! `oepre parents access|erase`. Thin over `oepre_core::{domaine::conservation, domaine::journal, domaine::acces,
//! documents::registre}`.
//!
//! « Who » for the audit log: `--qui NOM`, else `OEPRE_QUI`, else the OS user name.
//! The purge preview prints counts and parent numbers, never names: the names are shown only
//! in the app, before confirming.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;
use oepre_core::sorties::documents::registre;
use oepre_core::domaine::journal::{self, FiltreJournal};
use oepre_core::domaine::seance::aujourd_hui;
use oepre_core::commun::texte::date_fr;
use oepre_core::{domaine::acces, domaine::conservation, Db, Erreur, Resultat};

use crate::json;

/// Who does the action, for the audit log.
#[derive(Args)]
pub struct ArgsQui {
    /// Votre nom, inscrit au journal (sinon la variable OEPRE_QUI, sinon l'utilisateur du système).
    #[arg(long, env = journal::VARIABLE_QUI, value_name = "NOM")]
    qui: Option<String>,
}

impl ArgsQui {
    fn nom(&self) -> Resultat<String> {
        let nom = self.qui.clone().or_else(journal::qui_du_systeme).unwrap_or_default();
        journal::valider_qui(&nom)
    }
}

fn date(texte: Option<&str>) -> Resultat<NaiveDate> {
    match texte {
        None => Ok(aujourd_hui()),
        Some(t) => NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
            .map_err(|_| Erreur::champ("date", format!("« {t} » n'est pas une date : écrivez-la comme 2026-11-25."))),
    }
}

/// `oepre purge --dry-run | --yes`
#[derive(Args)]
pub struct ArgsPurge {
    /// Montre ce qui serait anonymisé (nombres et numéros de parents), sans rien modifier.
    #[arg(long, conflicts_with = "yes")]
    dry_run: bool,
    /// Anonymise les parents dont la dernière année scolaire est finie depuis plus que la durée de conservation.
    #[arg(long)]
    yes: bool,
    /// Sortie JSON.
    #[arg(long)]
    json: bool,
    /// Date du jour (AAAA-MM-JJ ; par défaut aujourd'hui).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    #[command(flatten)]
    qui: ArgsQui,
}

const ANONYMISE: &str = "effacés : nom, prénom, nom en lettres latines, année de naissance, pays d'origine, téléphone, \
disponibilités, notes, langues, enfants";
const GARDE: &str = "gardés (sans nom, pour les bilans) : sexe, nationalité, année d'arrivée, CIR, protection, \
inscriptions, niveaux, certifications, présences";

pub fn purge(db: &mut Db, a: ArgsPurge) -> Resultat<()> {
    let le = date(a.date.as_deref())?;
    if !a.dry_run && !a.yes {
        return Err(Erreur::champ("yes", "Indiquez --dry-run pour voir ce qui serait anonymisé, ou --yes pour anonymiser."));
    }
    if a.dry_run {
        let ap = conservation::apercu(db, le)?;
        if a.json {
            let ids: Vec<i64> = ap.parents.iter().map(|p| p.parent_id).collect();
            return json(&serde_json::json!({
                "duree_annees": ap.duree_annees, "date_limite": ap.date_limite, "nombre": ap.nombre, "parents": ids,
            }));
        }
        println!("Durée de conservation : {} an(s) après la fin de l'année scolaire.", ap.duree_annees);
        println!("Années scolaires finies avant le {} : {} parent(s) seraient anonymisé(s).", date_fr(ap.date_limite), ap.nombre);
        let mut par_annee: Vec<(String, Vec<i64>)> = Vec::new();
        for p in &ap.parents {
            match par_annee.iter_mut().find(|(a, _)| *a == p.derniere_annee) {
                Some((_, v)) => v.push(p.parent_id),
                None => par_annee.push((p.derniere_annee.clone(), vec![p.parent_id])),
            }
        }
        par_annee.sort();
        for (annee, ids) in &mut par_annee {
            ids.sort_unstable();
            let ids: Vec<String> = ids.iter().map(|i| format!("n° {i}")).collect();
            println!("  dernière année {annee} : {} parent(s) — {}", ids.len(), ids.join(", "));
        }
        if ap.nombre > 0 {
            println!("Seraient {ANONYMISE} ;\n{GARDE}.");
        }
        println!("Rien n'a été modifié (--dry-run). Les noms sont montrés dans l'application avant de confirmer.");
        return Ok(());
    }
    let qui = a.qui.nom()?;
    let r = conservation::purger(db, le, &qui)?;
    if a.json {
        return json(&r);
    }
    println!(
        "{} parent(s) anonymisé(s) (conservation {} an(s), années scolaires finies avant le {}). Inscrit au journal au nom de {qui}.",
        r.parents_anonymises,
        r.duree_annees,
        date_fr(r.date_limite)
    );
    if !r.fichier_compacte {
        println!("Attention : le fichier n'a pas pu être reconstruit (place sur le disque ?) ; les données effacées ont été écrasées.");
    }
    Ok(())
}

/// `oepre conservation [--set N]`
#[derive(Args)]
pub struct ArgsConservation {
    /// Nouvelle durée de conservation, en années après la fin de l'année scolaire (1 à 10) ; inscrite au journal.
    #[arg(long, value_name = "ANNEES")]
    set: Option<u32>,
    #[command(flatten)]
    qui: ArgsQui,
}

pub fn conservation(db: &mut Db, a: ArgsConservation) -> Resultat<()> {
    let annees = match a.set {
        Some(n) => conservation::definir_duree(db, n, &a.qui.nom()?)?,
        None => conservation::duree(db)?,
    };
    println!("Durée de conservation : {annees} an(s) après la fin de l'année scolaire de la dernière inscription.");
    Ok(())
}

/// `oepre registre --out FICHIER.pdf | --text`
#[derive(Args)]
pub struct ArgsRegistre {
    /// Le fichier PDF à écrire.
    #[arg(long = "out", value_name = "FICHIER")]
    sortie: Option<PathBuf>,
    /// Affiche le texte de la fiche du registre.
    #[arg(long)]
    text: bool,
    /// Date imprimée dans « Fait à …, le … » (AAAA-MM-JJ ; par défaut aujourd'hui).
    #[arg(long, value_name = "DATE")]
    fait_le: Option<String>,
}

/// Writes `octets` atomically at `chemin` (temporary file in the same folder, then rename).
fn ecrire(chemin: &Path, octets: &[u8]) -> Resultat<PathBuf> {
    let nom = chemin.file_name().and_then(|n| n.to_str()).ok_or_else(|| Erreur::champ("out", "Indiquez un nom de fichier."))?;
    let dossier = chemin.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    oepre_core::sorties::sortie::ecrire(dossier, nom, octets)
}

pub fn registre(db: &mut Db, a: ArgsRegistre) -> Resultat<()> {
    if a.sortie.is_none() && !a.text {
        return Err(Erreur::champ("out", "Indiquez --out FICHIER.pdf, ou --text pour afficher le texte."));
    }
    if let Some(s) = &a.sortie {
        if !s.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
            return Err(Erreur::champ("out", format!("Le fichier « {} » doit se terminer par .pdf.", s.display())));
        }
    }
    let chiffree = db.est_chiffree();
    if a.text {
        print!("{}", registre::texte(db, chiffree)?);
    }
    if let Some(s) = &a.sortie {
        let octets = registre::pdf(db, chiffree, date(a.fait_le.as_deref())?)?;
        let chemin = ecrire(s, &octets)?;
        println!("Écrit : {} ({} octets)", chemin.display(), octets.len());
    }
    Ok(())
}

/// `oepre journal [--limit N]`
#[derive(Args)]
pub struct ArgsJournal {
    /// Les N entrées les plus récentes seulement.
    #[arg(long, value_name = "N")]
    limit: Option<u32>,
    /// Seulement les entrées au sujet de ce parent (numéro).
    #[arg(long, value_name = "ID")]
    parent: Option<i64>,
    /// Seulement cette action (appel_valide, appel_deverrouille, presence_modifiee, conservation_modifiee, purge_conservation, acces_exporte, parent_efface).
    #[arg(long)]
    action: Option<String>,
    /// Sortie JSON.
    #[arg(long)]
    json: bool,
}

pub fn journal(db: &mut Db, a: ArgsJournal) -> Resultat<()> {
    let entrees = journal::lister(db, &FiltreJournal { limite: a.limit, action: a.action, parent_id: a.parent, seance_id: None })?;
    if a.json {
        return json(&entrees);
    }
    if entrees.is_empty() {
        println!("Le journal est vide.");
    }
    for e in &entrees {
        println!("{}  {}  {} — {}", journal::quand_fr(&e.quand), e.qui, e.libelle, e.resume);
    }
    Ok(())
}

/// `oepre parents access ID --out-dir DOSSIER`
#[derive(Args)]
pub struct ArgsAcces {
    /// Numéro du parent.
    id: i64,
    /// Dossier où écrire le PDF et le JSON.
    #[arg(long = "out-dir", value_name = "DOSSIER")]
    dossier: PathBuf,
    /// Date imprimée sur le PDF (AAAA-MM-JJ ; par défaut aujourd'hui).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    #[command(flatten)]
    qui: ArgsQui,
}

pub fn acces(db: &mut Db, a: ArgsAcces) -> Resultat<()> {
    let qui = a.qui.nom()?;
    for d in oepre_core::application::sorties::donnees_parent(db, a.id, date(a.date.as_deref())?, &qui, Some(&a.dossier))? {
        println!("Écrit : {}", d.chemin);
    }
    Ok(())
}

/// `oepre parents erase ID --yes`
#[derive(Args)]
pub struct ArgsEffacer {
    /// Numéro du parent.
    id: i64,
    /// Confirme l'effacement (définitif).
    #[arg(long)]
    yes: bool,
    #[command(flatten)]
    qui: ArgsQui,
}

pub fn effacer(db: &mut Db, a: ArgsEffacer) -> Resultat<()> {
    if !a.yes {
        return Err(Erreur::champ("yes", "L'effacement est définitif : ajoutez --yes pour confirmer."));
    }
    let qui = a.qui.nom()?;
    let e = acces::effacer(db, a.id, &qui)?;
    match e.mode {
        acces::ModeEffacement::Suppression => println!("Parent n° {} : fiche supprimée (aucune inscription).", e.parent_id),
        acces::ModeEffacement::Anonymisation => println!(
            "Parent n° {} : fiche anonymisée ; {} inscription(s) gardée(s) sans nom pour les bilans.",
            e.parent_id, e.inscriptions_gardees
        ),
    }
    Ok(())
}

//! `oepre backup [--to DIR]`, `oepre backups list [--json] [--from DIR]`: verified backups of
//! the data file and their list. Thin over `oepre_core::sauvegarde`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use oepre_core::sauvegarde::{self, Rotation, Sauvegarde};
use oepre_core::{Db, Resultat};

use crate::json;

/// `oepre backup [--to DIR]`
#[derive(Args)]
pub struct ArgsBackup {
    /// Dossier des sauvegardes (clé USB, partage réseau…) ; sinon `sauvegardes/` à côté du fichier de données.
    #[arg(long, value_name = "DOSSIER")]
    to: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum ActionBackups {
    /// Liste les sauvegardes, la plus récente d'abord (date, taille, résumé).
    List {
        /// Dossier des sauvegardes ; sinon `sauvegardes/` à côté du fichier de données.
        #[arg(long, value_name = "DOSSIER")]
        from: Option<PathBuf>,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
}

fn taille_texte(octets: u64) -> String {
    match octets {
        n if n >= 1024 * 1024 => format!("{:.1} Mo", n as f64 / (1024.0 * 1024.0)),
        n if n >= 1024 => format!("{:.0} ko", n as f64 / 1024.0),
        n => format!("{n} o"),
    }
}

fn ligne(s: &Sauvegarde) -> String {
    let resume = match &s.resume {
        Some(r) => format!(
            "{} — {} — {} parents, {} séances",
            r.etablissement.as_deref().unwrap_or("(sans établissement)"),
            r.annee.as_deref().unwrap_or("(sans année)"),
            r.parents,
            r.seances
        ),
        None => "illisible".to_owned(),
    };
    format!("{} — {} — {} — {}", s.date.format("%d/%m/%Y %H:%M:%S"), taille_texte(s.taille), resume, s.chemin.display())
}

/// Writes a verified backup, then applies the default rotation (7 daily, 4 weekly, 12 monthly).
pub fn backup(db: &mut Db, args: ArgsBackup) -> Resultat<()> {
    let dossier = args.to.unwrap_or_else(|| sauvegarde::dossier_par_defaut(db));
    let s = sauvegarde::sauvegarder(db, &dossier)?;
    println!("Sauvegarde écrite et vérifiée : {}", ligne(&s));
    for supprimee in sauvegarde::rotation(&dossier, Rotation::default())? {
        println!("Ancienne sauvegarde supprimée : {}", supprimee.display());
    }
    Ok(())
}

pub fn backups(db: &mut Db, action: ActionBackups) -> Resultat<()> {
    let ActionBackups::List { from, json: en_json } = action;
    let dossier = from.unwrap_or_else(|| sauvegarde::dossier_par_defaut(db));
    let liste = sauvegarde::lister(&dossier)?;
    if en_json {
        return json(&liste);
    }
    if liste.is_empty() {
        println!("Aucune sauvegarde dans {}", dossier.display());
    }
    for s in &liste {
        println!("{}", ligne(s));
    }
    Ok(())
}

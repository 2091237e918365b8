//! The data file's safety, thin over `oepre_core::{securite::sauvegarde, securite::restauration, securite::chiffrement}`:
//! `oepre backup [--to DIR]`, `oepre backups list [--json] [--from DIR]`, `oepre restore FILE`,
//! `oepre export-db FILE`, `oepre import-db FILE`, `oepre passphrase set|change|remove`.
//!
//! Passphrases are read from `OEPRE_PASSPHRASE` (the current one, also used to open an
//! encrypted file for any command) and `OEPRE_NEW_PASSPHRASE`, else one per line on stdin;
//! never from the command line, which other users of the PC can read in `ps`.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use oepre_core::securite::restauration::{self, Remplacement};
use oepre_core::securite::sauvegarde::{self, Sauvegarde};
use oepre_core::{application, securite::chiffrement, Db, Erreur, Resultat};

use crate::json;

/// The current passphrase (opens an encrypted data file or backup).
pub const VARIABLE_PHRASE: &str = "OEPRE_PASSPHRASE";
/// The new passphrase, for `passphrase set` and `passphrase change`.
pub const VARIABLE_NOUVELLE_PHRASE: &str = "OEPRE_NEW_PASSPHRASE";

/// `OEPRE_PASSPHRASE` when set and not empty.
pub fn phrase_env() -> Option<String> {
    std::env::var(VARIABLE_PHRASE).ok().filter(|p| !p.is_empty())
}

/// The variable `variable`, else the next line of stdin (the line end removed).
fn phrase_requise(variable: &str, invite: &str, entree: &mut impl BufRead) -> Resultat<String> {
    if let Some(p) = std::env::var(variable).ok().filter(|p| !p.is_empty()) {
        return Ok(p);
    }
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        eprint!("{invite} : ");
    }
    let mut ligne = String::new();
    entree.read_line(&mut ligne).map_err(|e| Erreur::Interne(e.to_string()))?;
    let phrase = ligne.trim_end_matches(['\n', '\r']).to_owned();
    if phrase.is_empty() {
        return Err(Erreur::champ("phrase", format!("{invite} : donnez-la dans la variable {variable} ou sur l'entrée standard.")));
    }
    Ok(phrase)
}

/// `oepre restore FILE`, `oepre export-db FILE`, `oepre import-db FILE`
#[derive(Args)]
pub struct ArgsFichier {
    /// Le fichier (sauvegarde, ou export d'un autre poste).
    #[arg(value_name = "FICHIER")]
    fichier: PathBuf,
}

/// `oepre passphrase set|change|remove`
#[derive(Subcommand)]
pub enum ActionPhrase {
    /// Chiffre le fichier de données (phrase dans OEPRE_NEW_PASSPHRASE ou sur l'entrée standard).
    Set,
    /// Change la phrase secrète (actuelle : OEPRE_PASSPHRASE, nouvelle : OEPRE_NEW_PASSPHRASE, ou deux lignes sur l'entrée standard).
    Change,
    /// Retire le chiffrement (phrase actuelle : OEPRE_PASSPHRASE ou l'entrée standard).
    Remove,
}

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
    /// Applique la rotation des réglages (7 quotidiennes, 4 hebdomadaires, 12 mensuelles par
    /// défaut) au dossier des sauvegardes, comme l'application à son démarrage.
    Rotate,
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
        None if s.chiffree => "chiffrée (phrase secrète requise pour la lire)".to_owned(),
        None => "illisible".to_owned(),
    };
    format!("{} — {} — {} — {}", s.date.format("%d/%m/%Y %H:%M:%S"), taille_texte(s.taille), resume, s.chemin.display())
}

/// Writes a verified backup, like « Sauvegarder maintenant » in the app: no rotation, which
/// would delete today's earlier copies (`oepre backups rotate` applies it).
pub fn backup(db: &mut Db, args: ArgsBackup) -> Resultat<()> {
    let s = application::sauvegardes::sauvegarder(db, args.to.as_deref())?;
    println!("Sauvegarde écrite et vérifiée : {}", ligne(&s));
    Ok(())
}

pub fn backups(db: &mut Db, action: ActionBackups) -> Resultat<()> {
    let (from, en_json) = match action {
        ActionBackups::List { from, json } => (from, json),
        ActionBackups::Rotate => {
            for supprimee in application::sauvegardes::faire_tourner(db)? {
                println!("Ancienne sauvegarde supprimée : {}", supprimee.display());
            }
            return Ok(());
        }
    };
    let dossier = match from {
        Some(d) => d,
        None => sauvegarde::dossier(db)?,
    };
    let liste = sauvegarde::lister_avec(&dossier, phrase_env().as_deref())?;
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

fn afficher_remplacement(r: &Remplacement, verbe: &str) {
    if let Some(copie) = &r.copie_de_l_ancienne {
        let etat = if r.ancienne_endommagee { "illisible, copiée telle quelle" } else { "sauvegardée et vérifiée" };
        println!("Ancien fichier de données ({etat}) : {}", copie.display());
    }
    let e = &r.resume;
    println!(
        "{verbe} : {} — {} — {} parents, {} séances{}",
        e.etablissement.as_deref().unwrap_or("(sans établissement)"),
        e.annee.as_deref().unwrap_or("(sans année)"),
        e.parents,
        e.seances,
        if r.chiffree { " (fichier chiffré)" } else { "" }
    );
}

/// `oepre restore FILE`: the data file is replaced by the backup (the current one backed up first).
pub fn restore(chemin_db: &Path, args: ArgsFichier) -> Resultat<()> {
    let phrase = phrase_env();
    let r = restauration::restaurer(chemin_db, &args.fichier, phrase.as_deref(), phrase.as_deref())?;
    afficher_remplacement(&r, "Sauvegarde restaurée");
    Ok(())
}

/// `oepre import-db FILE`: the data file is replaced by an export of another PC.
pub fn import_db(chemin_db: &Path, args: ArgsFichier) -> Resultat<()> {
    let phrase = phrase_env();
    let r = restauration::importer_base(chemin_db, &args.fichier, phrase.as_deref(), phrase.as_deref())?;
    afficher_remplacement(&r, "Base importée");
    Ok(())
}

/// `oepre export-db FILE`: the whole base in one file, for another PC.
pub fn export_db(db: &mut Db, args: ArgsFichier) -> Resultat<()> {
    let taille = restauration::exporter_base(db, &args.fichier)?;
    let chiffre = if db.est_chiffree() { ", chiffré avec la phrase secrète actuelle" } else { "" };
    println!("Base exportée et vérifiée : {} ({}{chiffre})", args.fichier.display(), taille_texte(taille));
    Ok(())
}

/// `oepre passphrase set|change|remove` on the data file (not open meanwhile).
pub fn passphrase(chemin_db: &Path, action: ActionPhrase) -> Resultat<()> {
    let mut entree = std::io::stdin().lock();
    let anciennes = match action {
        ActionPhrase::Set => {
            let nouvelle = phrase_requise(VARIABLE_NOUVELLE_PHRASE, "Nouvelle phrase secrète", &mut entree)?;
            let a = chiffrement::definir_phrase(chemin_db, &nouvelle)?;
            println!("Le fichier de données est maintenant chiffré. Sans la phrase secrète, personne ne pourra l'ouvrir : gardez-la en lieu sûr.");
            a
        }
        ActionPhrase::Change => {
            let actuelle = phrase_requise(VARIABLE_PHRASE, "Phrase secrète actuelle", &mut entree)?;
            let nouvelle = phrase_requise(VARIABLE_NOUVELLE_PHRASE, "Nouvelle phrase secrète", &mut entree)?;
            let a = chiffrement::changer_phrase(chemin_db, &actuelle, &nouvelle)?;
            println!("La phrase secrète a été changée.");
            a
        }
        ActionPhrase::Remove => {
            let actuelle = phrase_requise(VARIABLE_PHRASE, "Phrase secrète actuelle", &mut entree)?;
            let a = chiffrement::retirer_phrase(chemin_db, &actuelle)?;
            println!("Le fichier de données n'est plus chiffré.");
            a
        }
    };
    match anciennes.len() {
        0 => {}
        1 => println!("La sauvegarde déjà écrite garde sa protection précédente :"),
        n => println!("Les {n} sauvegardes déjà écrites gardent leur protection précédente :"),
    }
    if !anciennes.is_empty() {
        for a in anciennes {
            println!("  {}", a.display());
        }
    }
    Ok(())
}

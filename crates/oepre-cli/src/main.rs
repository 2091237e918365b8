//! `oepre`: the command line over the same core as the app.
//!
//! Every subcommand takes `--db PATH` (else `OEPRE_DB`, else the app's default file); `show`
//! and `list` take `--json`. Errors go to stderr in French with exit code 1 (2 for bad usage).
//! To add a subcommand: a variant in [`Commande`], a match arm in [`executer`] calling the core.

mod annees;
mod ateliers;
mod bilan;
mod documents;
mod donnees;
mod flyer;
mod parents;
mod sauvegarde;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use oepre_core::domaine::etablissement::{self, SaisieEtablissement, TitreChef, TypeEtablissement, Zone};
use oepre_core::{domaine::annee, stockage::db, demo, Db, Erreur, Resultat};

#[derive(Parser)]
#[command(name = "oepre", version, about = "Ateliers OEPRE en ligne de commande")]
struct Cli {
    /// Fichier de données (sinon la variable OEPRE_DB, sinon le fichier de l'application).
    #[arg(long, global = true, value_name = "FICHIER")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    commande: Commande,
}

#[derive(Subcommand)]
enum Commande {
    /// Écrit un établissement d'exemple dans une base vide.
    Demo,
    /// L'établissement : afficher ou modifier.
    Etablissement {
        #[command(subcommand)]
        action: ActionEtablissement,
    },
    /// Les années scolaires.
    Annees {
        #[command(subcommand)]
        action: ActionAnnees,
    },
    /// Les ateliers de l'année courante.
    Ateliers {
        #[command(subcommand)]
        action: ateliers::ActionAteliers,
    },
    /// Les séances d'un atelier (`--atelier`), et leur génération depuis les créneaux.
    Seances(ateliers::ArgsSeances),
    /// Les intervenants et leurs heures.
    Intervenants {
        #[command(subcommand)]
        action: ateliers::ActionIntervenants,
    },
    /// Les parents, leurs inscriptions et leurs heures.
    Parents {
        #[command(subcommand)]
        action: parents::ActionParents,
    },
    /// Importe une liste de parents (CSV, XLSX, ODS) dans un atelier : tout ou rien.
    Import(parents::ArgsImport),
    /// Marque la présence d'un parent à une séance.
    Presence(parents::ArgsPresence),
    /// L'affiche pour les parents dans leurs langues (PDF), ou la liste des langues.
    Flyer(Box<flyer::ArgsFlyer>),
    /// Le bilan de l'année : chiffres, contrôle, export XLSX, PDF et JSON, fusion académique.
    Bilan {
        #[command(subcommand)]
        action: bilan::ActionBilan,
    },
    /// Attestations de suivi de formation (PDF) : une page par parent.
    Attestations(documents::ArgsAttestations),
    /// Feuille d'émargement (PDF) : une séance, un mois, vierge ou toute l'année.
    Emargement(documents::ArgsEmargement),
    /// Liste des inscrits d'un atelier (PDF ou XLSX selon l'extension).
    Inscrits(documents::ArgsInscrits),
    /// Fiche d'inscription (PDF), vierge ou pré-remplie pour un parent.
    Fiche(documents::ArgsFiche),
    /// Écrit une sauvegarde vérifiée de la base (API de sauvegarde SQLite), sans rotation (voir `backups rotate`).
    Backup(sauvegarde::ArgsBackup),
    /// Les sauvegardes : liste avec date, taille et résumé.
    Backups {
        #[command(subcommand)]
        action: sauvegarde::ActionBackups,
    },
    /// Restaure une sauvegarde (le fichier actuel est sauvegardé d'abord).
    Restore(sauvegarde::ArgsFichier),
    /// Exporte toute la base dans un seul fichier, pour un autre poste.
    ExportDb(sauvegarde::ArgsFichier),
    /// Importe la base exportée d'un autre poste (le fichier actuel est sauvegardé d'abord).
    ImportDb(sauvegarde::ArgsFichier),
    /// Chiffrement du fichier de données : définir, changer ou retirer la phrase secrète.
    Passphrase {
        #[command(subcommand)]
        action: sauvegarde::ActionPhrase,
    },
    /// Purge de conservation : anonymise les parents dont la dernière année est finie depuis plus que la durée réglée.
    Purge(donnees::ArgsPurge),
    /// La durée de conservation des données personnelles : afficher ou régler (`--set N`).
    Conservation(donnees::ArgsConservation),
    /// La fiche du registre des traitements (RGPD, article 30) : PDF ou texte.
    Registre(donnees::ArgsRegistre),
    /// Le journal des modifications : qui, quand, quoi (les plus récentes d'abord).
    Journal(donnees::ArgsJournal),
}

#[derive(Subcommand)]
enum ActionEtablissement {
    /// Affiche l'établissement.
    Show {
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Modifie les champs donnés (les autres gardent leur valeur).
    Set(Box<ChampsEtablissement>),
}

#[derive(Args)]
struct ChampsEtablissement {
    #[arg(long)]
    nom: Option<String>,
    /// ecole, college ou lycee.
    #[arg(long = "type")]
    type_etablissement: Option<String>,
    #[arg(long)]
    uai: Option<String>,
    #[arg(long)]
    adresse: Option<String>,
    #[arg(long)]
    code_postal: Option<String>,
    #[arg(long)]
    commune: Option<String>,
    #[arg(long)]
    academie: Option<String>,
    /// A, B ou C.
    #[arg(long)]
    zone: Option<String>,
    #[arg(long)]
    chef_nom: Option<String>,
    /// principal, principale, proviseur, proviseure, directeur ou directrice.
    #[arg(long)]
    chef_titre: Option<String>,
    #[arg(long)]
    telephone: Option<String>,
    #[arg(long)]
    courriel: Option<String>,
}

#[derive(Subcommand)]
enum ActionAnnees {
    /// Liste les années (la courante d'abord).
    List {
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Définit l'année courante, par exemple `2025-2026 --premier-jour 2025-09-01 --dernier-jour 2026-07-03`.
    SetCourante {
        libelle: String,
        #[arg(long)]
        premier_jour: String,
        #[arg(long)]
        dernier_jour: String,
    },
    /// La rentrée : prépare l'année suivante depuis une année terminée (ateliers et créneaux
    /// reconduits, séances créées, parents qui continuent réinscrits), par exemple
    /// `2026-2027 --depuis 2025-2026 --dry-run`.
    Nouvelle(annees::ArgsNouvelle),
}

fn main() -> ExitCode {
    quitter_sans_bruit_si_la_sortie_est_fermee();
    let arguments = Cli::command().get_matches();
    // The use case's name for the technical log: the subcommand words only, never a value.
    let cas = match arguments.subcommand() {
        Some((nom, sous)) => match sous.subcommand_name() {
            Some(action) => format!("cli {nom} {action}"),
            None => format!("cli {nom}"),
        },
        None => "cli".to_owned(),
    };
    let cli = match Cli::from_arg_matches(&arguments) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    oepre_core::commun::trace::installer(&db::resoudre_chemin(cli.db.clone()), "cli");
    match oepre_core::commun::trace::cas_d_usage(&cas, || executer(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Erreur : {e}");
            for c in e.champs() {
                eprintln!("  - {} : {}", c.champ, c.message);
            }
            ExitCode::FAILURE
        }
    }
}

/// `oepre parents list | head`: when the reader closes the pipe, `println!` panics; stop
/// quietly instead (status 141, as a process killed by SIGPIPE). Whatever was committed stays.
fn quitter_sans_bruit_si_la_sortie_est_fermee() {
    let defaut = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(141);
        }
        defaut(info);
    }));
}

fn ouvrir(chemin: Option<PathBuf>) -> Resultat<Db> {
    Db::ouvrir_avec(&db::resoudre_chemin(chemin), sauvegarde::phrase_env().as_deref())
}

fn json<T: serde::Serialize>(valeur: &T) -> Resultat<()> {
    let texte = serde_json::to_string_pretty(valeur).map_err(|e| Erreur::Interne(e.to_string()))?;
    println!("{texte}");
    Ok(())
}

fn executer(cli: Cli) -> Resultat<()> {
    // These replace or rewrite the data file: they work on its path, the file not open.
    let commande = match cli.commande {
        Commande::Restore(args) => return sauvegarde::restore(&db::resoudre_chemin(cli.db), args),
        Commande::ImportDb(args) => return sauvegarde::import_db(&db::resoudre_chemin(cli.db), args),
        Commande::Passphrase { action } => return sauvegarde::passphrase(&db::resoudre_chemin(cli.db), action),
        autre => autre,
    };
    let mut db = ouvrir(cli.db)?;
    match commande {
        Commande::Demo => {
            demo::charger(&mut db)?;
            println!("Données d'exemple écrites dans {}", db.chemin().display());
        }
        Commande::Etablissement { action: ActionEtablissement::Show { json: en_json } } => {
            let e = etablissement::lire(db.conn())?;
            match (e, en_json) {
                (e, true) => json(&e)?,
                (None, false) => println!("Aucun établissement n'est encore enregistré."),
                (Some(e), false) => afficher_etablissement(&e),
            }
        }
        Commande::Etablissement { action: ActionEtablissement::Set(champs) } => {
            let actuel = etablissement::lire(db.conn())?;
            let saisie = fusionner(actuel.as_ref().map(SaisieEtablissement::from).unwrap_or_default(), *champs)?;
            let e = etablissement::enregistrer(&mut db, &saisie)?;
            afficher_etablissement(&e);
        }
        Commande::Annees { action: ActionAnnees::List { json: en_json } } => {
            let annees = annee::lister(db.conn())?;
            if en_json {
                json(&annees)?;
            } else if annees.is_empty() {
                println!("Aucune année scolaire n'est enregistrée.");
            }
            for a in annees.iter().filter(|_| !en_json) {
                let marque = if a.courante { " (courante)" } else { "" };
                println!("{}{marque} : du {} au {}", a.libelle, a.premier_jour.format("%d/%m/%Y"), a.dernier_jour.format("%d/%m/%Y"));
            }
        }
        Commande::Ateliers { action } => ateliers::ateliers(&mut db, action)?,
        Commande::Seances(args) => ateliers::seances(&mut db, args)?,
        Commande::Intervenants { action } => ateliers::intervenants(&mut db, action)?,
        Commande::Parents { action } => parents::parents(&mut db, action)?,
        Commande::Import(args) => parents::importer(&mut db, args)?,
        Commande::Presence(args) => parents::presence(&mut db, args)?,
        Commande::Flyer(args) => flyer::flyer(&mut db, *args)?,
        Commande::Bilan { action } => bilan::bilan(&mut db, action)?,
        Commande::Attestations(args) => documents::attestations(&mut db, args)?,
        Commande::Emargement(args) => documents::emargement(&mut db, args)?,
        Commande::Inscrits(args) => documents::inscrits(&mut db, args)?,
        Commande::Fiche(args) => documents::fiche(&mut db, args)?,
        Commande::Backup(args) => sauvegarde::backup(&mut db, args)?,
        Commande::Backups { action } => sauvegarde::backups(&mut db, action)?,
        Commande::ExportDb(args) => sauvegarde::export_db(&mut db, args)?,
        Commande::Restore(_) | Commande::ImportDb(_) | Commande::Passphrase { .. } => unreachable!("traité avant l'ouverture"),
        Commande::Purge(args) => donnees::purge(&mut db, args)?,
        Commande::Conservation(args) => donnees::conservation(&mut db, args)?,
        Commande::Registre(args) => donnees::registre(&mut db, args)?,
        Commande::Journal(args) => donnees::journal(&mut db, args)?,
        Commande::Annees { action: ActionAnnees::Nouvelle(args) } => annees::nouvelle(&mut db, args)?,
        Commande::Annees { action: ActionAnnees::SetCourante { libelle, premier_jour, dernier_jour } } => {
            let a = annee::definir_courante(&mut db, &annee::SaisieAnnee { libelle, premier_jour, dernier_jour })?;
            println!("Année courante : {}", a.libelle);
        }
    }
    Ok(())
}

/// Applies the given options over the current values; an unknown choice is a field error.
fn fusionner(mut s: SaisieEtablissement, c: ChampsEtablissement) -> Resultat<SaisieEtablissement> {
    let choix = |champ: &str, valeur: &str, ok: Option<()>, valeurs: &str| {
        ok.ok_or_else(|| Erreur::champ(champ, format!("« {valeur} » n'est pas une valeur possible ({valeurs}).")))
    };
    if let Some(v) = c.type_etablissement {
        s.type_etablissement = TypeEtablissement::depuis_code(&v.to_lowercase());
        choix("type", &v, s.type_etablissement.map(|_| ()), "ecole, college, lycee")?;
    }
    if let Some(v) = c.zone {
        s.zone = match v.to_uppercase().as_str() {
            "A" => Some(Zone::A),
            "B" => Some(Zone::B),
            "C" => Some(Zone::C),
            _ => None,
        };
        choix("zone", &v, s.zone.map(|_| ()), "A, B, C")?;
    }
    if let Some(v) = c.chef_titre {
        s.chef_titre = TitreChef::depuis_code(&v.to_lowercase());
        choix("chef-titre", &v, s.chef_titre.map(|_| ()), "principal, principale, proviseur, proviseure, directeur, directrice")?;
    }
    let textes = [
        (c.nom, &mut s.nom),
        (c.uai, &mut s.uai),
        (c.adresse, &mut s.adresse),
        (c.code_postal, &mut s.code_postal),
        (c.commune, &mut s.commune),
        (c.academie, &mut s.academie),
        (c.chef_nom, &mut s.chef_nom),
        (c.telephone, &mut s.telephone),
        (c.courriel, &mut s.courriel),
    ];
    for (nouveau, champ) in textes {
        if let Some(v) = nouveau {
            *champ = v;
        }
    }
    Ok(s)
}

fn afficher_etablissement(e: &etablissement::Etablissement) {
    println!("{} ({}) — UAI {}", e.nom, e.type_etablissement.libelle(), e.uai);
    println!("{}, {} {}", e.adresse, e.code_postal, e.commune);
    println!("Académie de {} — zone {:?}", e.academie, e.zone);
    println!("{} : {}", e.chef_titre.libelle(), e.chef_nom);
    println!("Secrétariat : {} {}", e.telephone, e.courriel);
}

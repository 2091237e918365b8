//! `oepre annees nouvelle 2026-2027 --depuis 2025-2026 [--dry-run]`: the rentrée from the
//! command line, the same preview and the same single transaction as the app
//! ([`oepre_core::domaine::rentree`]).

use clap::Args;
use oepre_core::domaine::rentree::{self, ChoixRentree};
use oepre_core::domaine::seance::aujourd_hui;
use oepre_core::{Db, Erreur, Resultat};

#[derive(Args)]
pub struct ArgsNouvelle {
    /// La nouvelle année, par exemple 2026-2027 (celle qui suit --depuis).
    libelle: String,
    /// L'année terminée dont les ateliers sont reconduits.
    #[arg(long)]
    depuis: String,
    /// Premier jour de classe (par défaut celui du calendrier livré, ou le premier jour ouvré de septembre).
    #[arg(long)]
    premier_jour: Option<String>,
    /// Dernier jour de classe (par défaut celui du calendrier livré, ou le vendredi avant les vacances d'été).
    #[arg(long)]
    dernier_jour: Option<String>,
    /// Ne réinscrit aucun parent (les ateliers sont reconduits).
    #[arg(long)]
    sans_reinscriptions: bool,
    /// Montre ce qui serait fait, sans rien écrire.
    #[arg(long)]
    dry_run: bool,
}

pub fn nouvelle(db: &mut Db, a: ArgsNouvelle) -> Resultat<()> {
    let apercu = rentree::apercu(db.conn(), &a.depuis)?;
    if a.libelle.trim() != apercu.libelle {
        return Err(Erreur::champ(
            "libelle",
            format!("L'année qui suit {} est {}, pas « {} ».", apercu.depuis.libelle, apercu.libelle, a.libelle.trim()),
        ));
    }
    let premier = a.premier_jour.unwrap_or_else(|| apercu.premier_jour.to_string());
    let dernier = a.dernier_jour.unwrap_or_else(|| apercu.dernier_jour.to_string());
    println!(
        "Année {} (depuis {}) : du {} au {}{}",
        apercu.libelle,
        apercu.depuis.libelle,
        apercu.premier_jour.format("%d/%m/%Y"),
        apercu.dernier_jour.format("%d/%m/%Y"),
        if apercu.calendrier_livre { " (calendrier officiel livré)" } else { " (dates approximatives, à vérifier)" }
    );
    for at in &apercu.ateliers {
        println!(
            "  {} : du {} au {}, {} ; {} parent(s) réinscrit(s)",
            at.nom,
            at.premier_jour.format("%d/%m/%Y"),
            at.dernier_jour.format("%d/%m/%Y"),
            at.heures_prevues,
            if a.sans_reinscriptions { 0 } else { at.continuent.len() }
        );
        for c in &at.creneaux {
            println!("    {c}");
        }
    }
    for m in &apercu.avertissements {
        eprintln!("Attention : {m}");
    }
    if a.dry_run {
        println!("Rien n'a été écrit (--dry-run).");
        return Ok(());
    }
    let choix = ChoixRentree {
        depuis: apercu.depuis.libelle.clone(),
        premier_jour: premier,
        dernier_jour: dernier,
        ateliers: apercu.ateliers.iter().map(|x| x.ancien_id).collect(),
        reinscriptions: if a.sans_reinscriptions {
            vec![]
        } else {
            apercu.ateliers.iter().flat_map(|x| x.continuent.iter().map(|p| p.inscription_id)).collect()
        },
    };
    let r = rentree::preparer(db, &choix, aujourd_hui())?;
    println!(
        "Année {} préparée et courante : {} atelier(s), {} séance(s), {} parent(s) réinscrit(s). L'année {} reste consultable (documents, bilan) mais n'est plus modifiable.",
        r.annee.libelle, r.ateliers, r.seances, r.reinscriptions, apercu.depuis.libelle
    );
    Ok(())
}

//! `oepre attestations`, `oepre emargement`, `oepre inscrits`, `oepre fiche`: the documents of
//! `oepre_core::sorties::documents`, written atomically (`FILE.tmp` in the same folder, then renamed).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;
use oepre_core::sorties::documents::{self, ChoixAttestations};
use oepre_core::domaine::heures::{formater, formater_taux};
use oepre_core::{domaine::annee, domaine::atelier, domaine::seance, Db, Erreur, Resultat};

#[derive(Args)]
pub struct ArgsAttestations {
    /// L'année scolaire, par exemple 2025-2026.
    #[arg(long = "year", value_name = "ANNEE")]
    annee: String,
    /// Seulement cet atelier (numéro ou nom).
    #[arg(long)]
    atelier: Option<String>,
    /// Seulement ce parent (numéro).
    #[arg(long = "parent", value_name = "ID")]
    parent: Option<i64>,
    /// Date imprimée dans « Fait à …, le … » (AAAA-MM-JJ ; par défaut aujourd'hui).
    #[arg(long = "fait-le", value_name = "DATE")]
    fait_le: Option<String>,
    /// Délivrer aussi les attestations des parents sous le taux de présence minimum (sans
    /// cette option, rien n'est écrit et ces parents sont nommés).
    #[arg(long = "meme-sous-le-seuil")]
    meme_sous_le_seuil: bool,
    /// Le fichier PDF à écrire.
    #[arg(long = "out", value_name = "FICHIER")]
    sortie: PathBuf,
}

#[derive(Args)]
pub struct ArgsEmargement {
    /// L'atelier (numéro ou nom).
    #[arg(long)]
    atelier: String,
    /// La feuille d'une séance : sa date (AAAA-MM-JJ).
    #[arg(long, value_name = "DATE", group = "variante")]
    date: Option<String>,
    /// La feuille d'un mois (AAAA-MM) : parents × dates des séances.
    #[arg(long = "month", value_name = "MOIS", group = "variante")]
    mois: Option<String>,
    /// Une feuille vierge : les noms seulement, les dates à remplir à la main.
    #[arg(long = "blank", group = "variante")]
    vierge: bool,
    /// Une feuille par séance de l'année, dans un seul PDF.
    #[arg(long = "all", group = "variante")]
    toutes: bool,
    /// Le fichier PDF à écrire.
    #[arg(long = "out", value_name = "FICHIER")]
    sortie: PathBuf,
}

#[derive(Args)]
pub struct ArgsInscrits {
    /// L'atelier (numéro ou nom).
    #[arg(long)]
    atelier: String,
    /// Date de la liste (AAAA-MM-JJ ; par défaut aujourd'hui).
    #[arg(long = "date", value_name = "DATE")]
    date: Option<String>,
    /// Le fichier à écrire : .pdf ou .xlsx.
    #[arg(long = "out", value_name = "FICHIER")]
    sortie: PathBuf,
}

#[derive(Args)]
pub struct ArgsFiche {
    /// Pré-remplie pour ce parent (numéro) ; vierge sans.
    #[arg(long = "parent", value_name = "ID")]
    parent: Option<i64>,
    /// Le fichier PDF à écrire.
    #[arg(long = "out", value_name = "FICHIER")]
    sortie: PathBuf,
}

fn date(champ: &str, texte: &str) -> Resultat<NaiveDate> {
    NaiveDate::parse_from_str(texte.trim(), "%Y-%m-%d")
        .map_err(|_| Erreur::champ(champ, format!("« {texte} » n'est pas une date : écrivez-la comme 2025-10-07.")))
}

fn date_ou_aujourd_hui(champ: &str, texte: Option<&str>) -> Resultat<NaiveDate> {
    texte.map_or_else(|| Ok(seance::aujourd_hui()), |t| date(champ, t))
}

/// The extension of the output file, checked before anything is computed.
fn extension(chemin: &Path, permises: &[&str]) -> Resultat<String> {
    let ext = chemin.extension().and_then(|e| e.to_str()).unwrap_or("").to_lowercase();
    if permises.contains(&ext.as_str()) {
        Ok(ext)
    } else {
        Err(Erreur::champ(
            "out",
            format!("Le fichier « {} » doit se terminer par {}.", chemin.display(), permises.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(" ou ")),
        ))
    }
}

/// Writes the file whole or not at all, flushed to disk ([`oepre_core::commun::fichier`]).
fn ecrire(chemin: &Path, octets: &[u8]) -> Resultat<()> {
    oepre_core::commun::fichier::ecrire_atomique(chemin, octets)?;
    println!("Écrit : {} ({} octets)", chemin.display(), octets.len());
    Ok(())
}

pub fn attestations(db: &mut Db, a: ArgsAttestations) -> Resultat<()> {
    extension(&a.sortie, &["pdf"])?;
    let annee = annee::par_libelle(db.conn(), a.annee.trim())?;
    let atelier_id = a.atelier.as_deref().map(|x| atelier::trouver(db.conn(), x).map(|at| at.id)).transpose()?;
    let fait_le = date_ou_aujourd_hui("fait-le", a.fait_le.as_deref())?;
    let choix = ChoixAttestations { annee_id: annee.id, atelier_id, parent_id: a.parent };
    let lot = documents::LotAttestations::lire(db, &choix)?;
    let apercu = lot.apercu();
    let seuil = documents::taux_minimum(db.conn())?;
    let sous_le_seuil: Vec<String> = apercu
        .sous_le_seuil
        .iter()
        .map(|s| {
            format!(
                "{} ({}) a suivi {} sur {} ({}), sous le minimum de {} %",
                s.nom_complet,
                s.atelier_nom,
                formater(s.heures.minutes_suivies),
                formater(s.heures.minutes_dispensees),
                formater_taux(s.heures.taux),
                (seuil * 100.0).round()
            )
        })
        .collect();
    if !sous_le_seuil.is_empty() && !a.meme_sous_le_seuil {
        return Err(Erreur::Conflit(format!(
            "Aucune attestation écrite : {} sous le taux de présence minimum.\n  - {}\nPour les délivrer quand même, relancez avec --meme-sous-le-seuil.",
            if sous_le_seuil.len() == 1 { "1 parent est".to_owned() } else { format!("{} parents sont", sous_le_seuil.len()) },
            sous_le_seuil.join("\n  - ")
        )));
    }
    let octets = lot.pdf(db, fait_le)?;
    for s in &sous_le_seuil {
        eprintln!("Attention : {s} : attestation délivrée quand même (--meme-sous-le-seuil).");
    }
    for s in &apercu.sans_attestation {
        eprintln!("Pas d'attestation : {} ({}) : {}.", s.nom_complet, s.atelier_nom, s.motif);
    }
    ecrire(&a.sortie, &octets)
}

pub fn emargement(db: &mut Db, a: ArgsEmargement) -> Resultat<()> {
    extension(&a.sortie, &["pdf"])?;
    let at = atelier::trouver(db.conn(), &a.atelier)?;
    let octets = match (a.date.as_deref(), a.mois.as_deref(), a.vierge, a.toutes) {
        (Some(d), None, false, false) => documents::feuille_du_jour(db, at.id, date("date", d)?)?,
        (None, Some(m), false, false) => {
            let (annee, mois) = m
                .trim()
                .split_once('-')
                .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?)))
                .ok_or_else(|| Erreur::champ("month", format!("« {m} » n'est pas un mois : écrivez-le comme 2026-03.")))?;
            documents::feuille_mois(db, at.id, annee, mois)?
        }
        (None, None, true, false) => documents::feuille_vierge(db, at.id)?,
        (None, None, false, true) => documents::feuilles_annee(db, at.id)?,
        _ => return Err(Erreur::champ("variante", "Choisissez une feuille : --date AAAA-MM-JJ, --month AAAA-MM, --blank ou --all.")),
    };
    ecrire(&a.sortie, &octets)
}

pub fn inscrits(db: &mut Db, a: ArgsInscrits) -> Resultat<()> {
    let ext = extension(&a.sortie, &["pdf", "xlsx"])?;
    let at = atelier::trouver(db.conn(), &a.atelier)?;
    let le = date_ou_aujourd_hui("date", a.date.as_deref())?;
    let octets = if ext == "xlsx" { documents::liste_inscrits_xlsx(db, at.id, le)? } else { documents::liste_inscrits_pdf(db, at.id, le)? };
    ecrire(&a.sortie, &octets)
}

pub fn fiche(db: &mut Db, a: ArgsFiche) -> Resultat<()> {
    extension(&a.sortie, &["pdf"])?;
    let octets = match a.parent {
        Some(id) => documents::fiche_parent(db, id)?,
        None => documents::fiche_vierge(db)?,
    };
    ecrire(&a.sortie, &octets)
}

//! `oepre flyer`: the parents' flyer of an atelier in their languages (one A4 page per
//! language), and the list of languages. Thin over `oepre_core::sorties::flyer`.
//!
//! ```text
//! oepre flyer --atelier "Atelier du mardi et jeudi" --lang fr,ar,ta [--bilingue] --out affiche.pdf
//! oepre flyer --atelier 1 --lang all --out-dir affiches/        # flyer-<atelier>-<langue>.pdf
//! oepre flyer --list-langs [--json]
//! oepre flyer review export --lang ta --out relecture-ta.xlsx   # + relecture-ta.pdf
//! oepre flyer review import relecture-ta.xlsx --by "Nom du relecteur" [--lang ta]
//! ```
//!
//! Translations corrected or added by the school are read from `i18n/` next to the data file
//! (the app-data folder by default), or from `--i18n DOSSIER`. Files are written atomically
//! (temporary file in the same folder, then rename).

use std::path::{Path, PathBuf};

use clap::Args;
use oepre_core::sorties::flyer::{self as affiche, FlyerInput, FlyerOptions, FlyerPage, I18n};
use oepre_core::{domaine::atelier, Db, Erreur, Resultat};

use crate::json;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ArgsFlyer {
    #[command(subcommand)]
    review: Option<Review>,
    /// L'atelier, par numéro ou par nom (année courante).
    #[arg(long, required_unless_present = "list_langs")]
    atelier: Option<String>,
    /// Langue(s) séparées par des virgules (fr,ar,ta), ou « all » pour toutes.
    #[arg(long, value_name = "LOCALE[,LOCALE…]", required_unless_present = "list_langs")]
    lang: Option<String>,
    /// Chaque page dans la langue des parents et en français, côte à côte.
    #[arg(long)]
    bilingue: bool,
    /// Les jeunes enfants peuvent venir avec leurs parents (par défaut : non).
    #[arg(long)]
    petits_enfants: bool,
    /// Logo de l'école (PNG), imprimé dans le bandeau de titre.
    #[arg(long, value_name = "FICHIER.png")]
    logo: Option<PathBuf>,
    /// Un seul PDF, une page par langue.
    #[arg(long, value_name = "FICHIER.pdf", conflicts_with = "out_dir", required_unless_present_any = ["list_langs", "out_dir"])]
    out: Option<PathBuf>,
    /// Un PDF par langue dans ce dossier (flyer-<atelier>-<langue>.pdf).
    #[arg(long, value_name = "DOSSIER")]
    out_dir: Option<PathBuf>,
    /// Dossier des traductions corrigées ou ajoutées (par défaut : i18n/ à côté du fichier de données).
    #[arg(long, value_name = "DOSSIER")]
    i18n: Option<PathBuf>,
    /// Liste les langues : locale, nom, sens d'écriture, relue ou non par un locuteur natif.
    #[arg(long, conflicts_with_all = ["atelier", "lang", "out", "out_dir", "bilingue", "logo", "petits_enfants"])]
    list_langs: bool,
    /// Avec --list-langs : sortie JSON.
    #[arg(long, requires = "list_langs")]
    json: bool,
}

/// `oepre flyer review export|import`: review of a translation by a native speaker.
#[derive(clap::Subcommand)]
enum Review {
    /// Feuille de relecture (XLSX) d'une langue, et l'affiche en PDF à côté.
    Review {
        #[command(subcommand)]
        action: ActionReview,
    },
}

#[derive(clap::Subcommand)]
enum ActionReview {
    /// Écrit la feuille de relecture (XLSX) et l'affiche de la langue (même nom, .pdf).
    Export {
        /// La langue (ta, ar…).
        #[arg(long)]
        lang: String,
        /// Le fichier XLSX à écrire.
        #[arg(long, value_name = "FICHIER.xlsx")]
        out: PathBuf,
    },
    /// Lit la feuille corrigée, la vérifie et écrit la traduction de l'école, marquée relue.
    Import {
        /// La feuille corrigée.
        fichier: PathBuf,
        /// Nom de la personne qui a relu.
        #[arg(long = "by", value_name = "NOM")]
        par: String,
        /// La langue attendue (une feuille d'une autre langue est refusée).
        #[arg(long)]
        lang: Option<String>,
    },
}

fn relecture(i18n_dossier: &Path, action: ActionReview) -> Resultat<()> {
    use oepre_core::sorties::relecture;
    let i18n = I18n::load(Some(i18n_dossier));
    match action {
        ActionReview::Export { lang, out } => {
            let (xlsx, pdf) = relecture::exporter(&i18n, i18n_dossier, &lang, &out)?;
            println!("{}\n{}", xlsx.display(), pdf.display());
        }
        ActionReview::Import { fichier, par, lang } => {
            let jour = chrono::Local::now().date_naive();
            let import = relecture::preparer_import(i18n_dossier, &fichier, lang.as_deref(), &par, jour)?;
            for c in &import.changements {
                println!("ligne {} — {}\n  avant : {}\n  après : {}", c.ligne, c.message, c.avant, c.apres);
            }
            let chemin = relecture::ecrire_import(i18n_dossier, &import)?;
            println!("{} correction(s) ; traduction relue par {} : {}", import.changements.len(), import.relecteur, chemin.display());
        }
    }
    Ok(())
}

pub fn flyer(db: &mut Db, args: ArgsFlyer) -> Resultat<()> {
    let dossier = args.i18n.clone().unwrap_or_else(|| affiche::dossier_i18n(db.chemin()));
    if let Some(Review::Review { action }) = args.review {
        return relecture(&dossier, action);
    }
    let i18n = I18n::load(Some(&dossier));
    for p in i18n.problems() {
        eprintln!("Attention : {p}");
    }
    if args.list_langs {
        let langues = affiche::languages(&i18n);
        if args.json {
            return json(&langues);
        }
        for l in &langues {
            let nom = format!("{} ({})", l.name, l.french_name);
            let relue = if l.reviewed { "relue" } else { "à relire" };
            let source = match l.source.as_str() {
                "livree" => "",
                "ajoutee" => "  [ajoutée par l'école]",
                _ => "  [corrigée par l'école]",
            };
            println!("{:<8} {:<40} {}  {relue}{source}", l.locale, nom, l.direction);
        }
        return Ok(());
    }
    let (Some(nom_atelier), Some(lang)) = (args.atelier.as_deref(), args.lang.as_deref()) else {
        return Err(Erreur::champ("atelier", "Indiquez --atelier et --lang (ou --list-langs)."));
    };
    let a = atelier::trouver(db.conn(), nom_atelier)?;
    let input = FlyerInput::from_db(db.conn(), &a, args.petits_enfants)?;
    let langues = affiche::resolve_locales(&i18n, lang)?;
    let logo_png = match &args.logo {
        Some(p) => Some(std::fs::read(p).map_err(|source| Erreur::Fichier { chemin: p.clone(), source })?),
        None => None,
    };
    let options = FlyerOptions { bilingual: args.bilingue, logo_png };
    match (&args.out, &args.out_dir) {
        (Some(fichier), _) => {
            let f = affiche::render(&i18n, &input, &langues, &options)?;
            oepre_core::commun::fichier::ecrire_atomique(fichier, &f.pdf)?;
            println!("Affiche écrite : {} ({} page(s) : {})", fichier.display(), f.pages.len(), langues.join(", "));
            signaler(&f.pages);
        }
        (None, Some(dossier)) => {
            std::fs::create_dir_all(dossier).map_err(|source| Erreur::Fichier { chemin: dossier.clone(), source })?;
            for l in &langues {
                let f = affiche::render(&i18n, &input, std::slice::from_ref(l), &options)?;
                let chemin = dossier.join(affiche::file_name(&input.atelier, l));
                oepre_core::commun::fichier::ecrire_atomique(&chemin, &f.pdf)?;
                println!("{}", chemin.display());
                signaler(&f.pages);
            }
        }
        (None, None) => return Err(Erreur::champ("out", "Indiquez --out FICHIER.pdf ou --out-dir DOSSIER.")),
    }
    Ok(())
}

/// What the staff must know before handing the flyer out.
fn signaler(pages: &[FlyerPage]) {
    for p in pages {
        if !p.reviewed {
            println!("  {} : traduction à relire par un locuteur natif", p.locale);
        }
        if !p.fallbacks.is_empty() {
            println!("  {} : textes en français, traduction absente ({})", p.locale, p.fallbacks.join(", "));
        }
    }
}


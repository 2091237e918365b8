//! `oepre parents`, `oepre import`, `oepre presence`: the parents with their hours, the import
//! of an existing list, and one attendance mark. Thin over `oepre_core::{domaine::parent, domaine::import,
//! presence, domaine::heures}`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use oepre_core::domaine::heures::{formater, formater_taux};
use oepre_core::domaine::import::{self, ChampImport, Correspondance, SortLigne};
use oepre_core::domaine::parcours_parent::{self, Attente, Orientation, ParcoursParent, Prescripteur, SaisieAccueil};
use oepre_core::domaine::parent;
use oepre_core::domaine::vues_parents::{self, FiltreParents};
use oepre_core::domaine::presence::{self, SaisieMarque, StatutPresence};
use oepre_core::commun::texte::date_fr;
use oepre_core::{domaine::atelier, domaine::inscription, commun::referentiels, Db, Erreur, Resultat};

use crate::json;

#[derive(Subcommand)]
pub enum ActionParents {
    /// Liste les parents (heures suivies, heures dispensées et taux par inscription).
    List {
        /// Seulement les inscrits de cet atelier (numéro ou nom).
        #[arg(long)]
        atelier: Option<String>,
        /// Seulement les noms contenant ce texte (toute écriture, sans accents ni casse).
        #[arg(long, default_value = "")]
        cherche: String,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Affiche la fiche d'un parent et ses heures.
    Show {
        /// Numéro du parent.
        id: i64,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// À l'inscription : qui a orienté le parent vers l'atelier et ses attentes.
    Accueil {
        /// Numéro du parent.
        id: i64,
        /// ofii, ecole_upe2a, mairie_centre_social, association_asl, casnav, autre_parent ou autre (vide : non renseigné).
        #[arg(long = "oriente-par", value_name = "CODE", default_value = "")]
        oriente_par: String,
        /// Attentes cochées, séparées par des virgules : parler, lire_ecrire, ecole, valeurs, aider_enfant.
        #[arg(long, value_name = "CODES", default_value = "")]
        attentes: String,
        /// Les attentes en ses mots (texte libre, 500 caractères au plus).
        #[arg(long, value_name = "TEXTE", default_value = "")]
        precision: String,
    },
    /// En fin d'atelier : où va le parent ensuite, pour une inscription.
    Orientation {
        /// Numéro de l'inscription (voir `oepre parents show N --json`).
        #[arg(long, value_name = "N")]
        inscription: i64,
        /// asl, cours_municipaux, ofii, greta, association, oepre_annee_suivante ou aucune ; vide : pas encore décidé.
        #[arg(long, value_name = "CODE", default_value = "")]
        vers: String,
    },
    /// Droit d'accès : écrit toutes les données d'un parent (PDF lisible et JSON) dans un dossier.
    Access(crate::donnees::ArgsAcces),
    /// Droit à l'effacement : anonymise les données d'un parent (supprime la fiche s'il n'a aucune inscription).
    Erase(crate::donnees::ArgsEffacer),
}

/// `oepre import --atelier A FICHIER [--dry-run] [--map champ=colonne]…`
#[derive(Args)]
pub struct ArgsImport {
    /// Atelier où inscrire les parents (numéro ou nom).
    #[arg(long)]
    atelier: String,
    /// Fichier CSV (UTF-8 ou Windows-1252, « ; » ou « , »), XLSX, XLS ou ODS.
    fichier: PathBuf,
    /// Vérifie et montre ce qui serait importé, sans rien écrire.
    #[arg(long)]
    dry_run: bool,
    /// Colonne d'un champ, par en-tête ou numéro (1 = première) : `--map nom=Famille --map annee_naissance=3`.
    /// Champs : nom, prenom, translitteration, sexe, annee_naissance, nationalite, pays_origine,
    /// annee_arrivee, telephone, telephone_consentement, cir, protection_internationale, langues,
    /// disponibilites, notes, inscrit_le. `champ=` retire le champ.
    #[arg(long = "map", value_name = "CHAMP=COLONNE")]
    map: Vec<String>,
}

/// `oepre presence --seance ID --parent ID --statut S [--minutes N]`
#[derive(Args)]
pub struct ArgsPresence {
    /// Numéro de la séance.
    #[arg(long)]
    seance: i64,
    /// Numéro du parent.
    #[arg(long)]
    parent: i64,
    /// present, absent, excuse, retard (ou aucun pour effacer la marque).
    #[arg(long)]
    statut: String,
    /// Minutes de retard (avec --statut retard).
    #[arg(long)]
    minutes: Option<u32>,
}

fn heures_texte(h: &oepre_core::domaine::heures::Heures) -> String {
    format!("{} / {} ({})", formater(h.minutes_suivies), formater(h.minutes_dispensees), formater_taux(h.taux))
}

pub fn parents(db: &mut Db, action: ActionParents) -> Resultat<()> {
    match action {
        ActionParents::Access(a) => crate::donnees::acces(db, a)?,
        ActionParents::Accueil { id, oriente_par, attentes, precision } => {
            let prescripteur = code_ou_vide(&oriente_par, "oriente-par", Prescripteur::depuis_code, Prescripteur::TOUS.iter().map(|p| p.code()))?;
            let mut cochees = Vec::new();
            for a in attentes.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                cochees.extend(code_ou_vide(a, "attentes", Attente::depuis_code, Attente::TOUS.iter().map(|a| a.code()))?);
            }
            let p = parcours_parent::enregistrer_accueil(db, id, &SaisieAccueil { prescripteur, attentes: cochees, attentes_precision: precision })?;
            println!("Parent n° {id} : accueil enregistré.");
            afficher_parcours(&p);
        }
        ActionParents::Orientation { inscription, vers } => {
            let o = code_ou_vide(&vers, "vers", Orientation::depuis_code, Orientation::TOUS.iter().map(|o| o.code()))?;
            let p = parcours_parent::enregistrer_orientation(db, inscription, o)?;
            println!("Inscription n° {inscription} : orientation {}.", o.map_or("effacée (pas encore décidée)", Orientation::libelle));
            afficher_parcours(&p);
        }
        ActionParents::Erase(a) => crate::donnees::effacer(db, a)?,
        ActionParents::List { atelier, cherche, json: en_json } => {
            let atelier_id = atelier.map(|a| atelier::trouver(db.conn(), &a).map(|a| a.id)).transpose()?;
            let lignes = vues_parents::chercher(db.conn(), &FiltreParents { texte: cherche, atelier_id })?;
            if en_json {
                return json(&lignes);
            }
            if lignes.is_empty() {
                println!("Aucun parent.");
            }
            for l in &lignes {
                let tr = if l.translitteration.is_empty() { String::new() } else { format!(" ({})", l.translitteration) };
                println!("{:>4}  {} {}{tr}", l.id, l.nom, l.prenom);
                for i in &l.inscriptions {
                    let depart = i.parti_le.map(|d| format!(", parti·e le {}", date_fr(d))).unwrap_or_default();
                    println!(
                        "        {} — {}{depart} — suivies / dispensées : {}",
                        i.atelier_nom,
                        i.statut.libelle(l.sexe),
                        heures_texte(&i.heures)
                    );
                }
            }
        }
        ActionParents::Show { id, json: en_json } => {
            let f = oepre_core::domaine::vues_parents::fiche(db.conn(), id)?;
            if en_json {
                return json(&f);
            }
            let p = &f.parent;
            let nom = if p.prenom.is_empty() { p.nom.clone() } else { format!("{} {}", p.nom, p.prenom) };
            println!("{nom} (n° {}){}", p.id, if p.translitteration.is_empty() { String::new() } else { format!(" — {}", p.translitteration) });
            if let Some(quand) = &f.anonymise_le {
                let jour = quand.get(..10).and_then(|j| chrono::NaiveDate::parse_from_str(j, "%Y-%m-%d").ok());
                println!("Anonymisé le {}", jour.map_or_else(|| quand.clone(), date_fr));
            }
            if let Some(n) = &p.nationalite {
                println!("Nationalité : {}", referentiels::nom_pays(n));
            }
            let langues: Vec<&str> = p.langues.iter().map(|l| referentiels::nom_langue(&l.langue)).collect();
            if !langues.is_empty() {
                println!("Langues : {}", langues.join(", "));
            }
            let arrivee = parent::arrivee_texte(p.annee_arrivee, p.mois_arrivee).unwrap_or_default();
            let approximatif = if f.arrivee_approximative { " — approximatif : indiquez le mois d'arrivée" } else { "" };
            match f.primo_arrivant {
                Some(true) => println!("Primo-arrivant·e (arrivée en {arrivee}){approximatif}"),
                Some(false) => println!("Arrivée en France en {arrivee}{approximatif}"),
                None => {}
            }
            println!(
                "Public prioritaire Intérieur (hors UE, moins de 5 ans, CIR signé) : {}",
                if f.public_prioritaire { "oui" } else { "non" }
            );
            if f.francophone {
                println!("Parle déjà français (compté·e parmi les parents francophones)");
            }
            afficher_parcours(&parcours_parent::lire(db.conn(), id)?);
            for i in &f.inscriptions {
                let ins = &i.inscription;
                let depart = match (ins.parti_le, ins.motif_depart) {
                    (Some(d), Some(m)) => format!(", {} le {} ({})", ins.statut.libelle(p.sexe), date_fr(d), m.libelle()),
                    _ => String::new(),
                };
                println!(
                    "{} — inscription du {}{depart} — heures suivies / dispensées : {} — séances sans marque : {}",
                    ins.atelier_nom,
                    date_fr(ins.inscrit_le),
                    heures_texte(&i.heures),
                    i.heures.seances_non_prises
                );
            }
        }
    }
    Ok(())
}

/// A code typed on the command line: empty → `None`; unknown → refused, listing the codes.
fn code_ou_vide<T>(texte: &str, champ: &str, lire: fn(&str) -> Option<T>, codes: impl Iterator<Item = &'static str>) -> Resultat<Option<T>> {
    let t = texte.trim();
    if t.is_empty() {
        return Ok(None);
    }
    lire(t).map(Some).ok_or_else(|| {
        let codes: Vec<&str> = codes.collect();
        Erreur::champ(champ, format!("« {t} » n'est pas un choix possible : {}.", codes.join(", ")))
    })
}

/// The parents' path, as `oepre parents show` prints it.
fn afficher_parcours(p: &ParcoursParent) {
    println!("Orienté·e vers l'atelier par : {}", p.prescripteur.map_or("non renseigné", Prescripteur::libelle));
    let attentes: Vec<&str> = p.attentes.iter().map(|a| a.libelle()).collect();
    println!("Attentes : {}", if attentes.is_empty() { "non renseignées".to_owned() } else { attentes.join(" ; ") });
    if !p.attentes_precision.is_empty() {
        println!("Attentes, en ses mots : {}", p.attentes_precision);
    }
    for s in &p.inscriptions {
        println!(
            "{} ({}, inscription n° {}) — oral : {} — écrit : {} — orientation : {}",
            s.atelier_nom,
            s.annee,
            s.inscription_id,
            s.progression_oral,
            s.progression_ecrit,
            s.orientation.map_or("pas encore décidée", Orientation::libelle)
        );
    }
}

fn correspondances(args: &ArgsImport) -> Resultat<Option<Vec<Correspondance>>> {
    if args.map.is_empty() {
        return Ok(None);
    }
    let t = import::lire_tableau(&args.fichier)?;
    let mut c = import::correspondances_auto(&t.entetes);
    for m in &args.map {
        let (champ, colonne) = m.split_once('=').ok_or_else(|| Erreur::champ("map", format!("« {m} » : écrivez champ=colonne.")))?;
        let champ = ChampImport::depuis_code(champ.trim())
            .ok_or_else(|| Erreur::champ("map", format!("« {champ} » n'est pas un champ (voir oepre import --help).")))?;
        c.retain(|x| x.champ != champ);
        if colonne.trim().is_empty() {
            continue;
        }
        let colonne = import::resoudre_colonne(&t.entetes, colonne)
            .ok_or_else(|| Erreur::champ("map", format!("Colonne « {colonne} » introuvable. En-têtes : {}.", t.entetes.join(", "))))?;
        c.push(Correspondance { champ, colonne });
    }
    Ok(Some(c))
}

pub fn importer(db: &mut Db, args: ArgsImport) -> Resultat<()> {
    let atelier = atelier::trouver(db.conn(), &args.atelier)?;
    let c = correspondances(&args)?;
    let apercu = if args.dry_run {
        import::apercu(db.conn(), &args.fichier, atelier.id, c.as_deref())?
    } else {
        match import::importer(db, &args.fichier, atelier.id, c.as_deref()) {
            Ok(r) => {
                afficher_signalements(&r.apercu);
                println!(
                    "Import terminé dans « {} » : {} fiche(s) créée(s), {} parent(s) déjà connu(s) inscrit(s), {} ligne(s) ignorée(s).",
                    atelier.nom, r.parents_crees, r.parents_existants, r.lignes_ignorees
                );
                return Ok(());
            }
            Err(e) => {
                eprintln!("Rien n'a été importé.");
                return Err(e);
            }
        }
    };
    println!("Colonnes : {}", apercu.correspondances.iter().map(|c| format!("{} ← « {} »", c.champ.libelle(), apercu.entetes[c.colonne as usize])).collect::<Vec<_>>().join(", "));
    for l in &apercu.lignes {
        let sort = match l.sort {
            SortLigne::Nouveau => "nouvelle fiche",
            SortLigne::Existant => "déjà connu·e, inscrit·e",
            SortLigne::Ignore => "ignorée",
            SortLigne::Erreur => "ERREUR",
        };
        println!("ligne {:>4}  {} {}  — {sort}", l.ligne, l.nom, l.prenom);
    }
    afficher_signalements(&apercu);
    for e in &apercu.erreurs {
        eprintln!("{}", e.texte());
    }
    if apercu.erreurs.is_empty() {
        println!("Essai à blanc : rien n'a été écrit. Sans --dry-run, {} ligne(s) seront importées.", apercu.lignes.iter().filter(|l| matches!(l.sort, SortLigne::Nouveau | SortLigne::Existant)).count());
        Ok(())
    } else {
        Err(Erreur::Conflit(format!("{} erreur(s) : rien ne sera importé tant qu'elles ne sont pas corrigées.", apercu.erreurs.len())))
    }
}

fn afficher_signalements(a: &import::ApercuImport) {
    for d in &a.doublons {
        println!("Doublon — {}", d.texte());
    }
    for d in &a.avertissements {
        println!("Attention — {}", d.texte());
    }
}

pub fn presence(db: &mut Db, args: ArgsPresence) -> Resultat<()> {
    let statut = match args.statut.as_str() {
        "aucun" => None,
        s => Some(StatutPresence::depuis_code(s).ok_or_else(|| {
            Erreur::champ("statut", format!("« {s} » n'est pas une marque (present, absent, excuse, retard, aucun)."))
        })?),
    };
    let inscription_id = inscription::pour_seance(db.conn(), args.seance, args.parent)?;
    let l = presence::marquer(db, &SaisieMarque { seance_id: args.seance, inscription_id, statut, minutes_retard: args.minutes })?;
    let s = presence::seance(db.conn(), args.seance)?;
    println!("{} {} : {} — séance du {} {}-{}", l.nom, l.prenom, l.libelle, date_fr(s.date), s.debut, s.fin);
    Ok(())
}

//! `oepre bilan export --year 2025-2026 --out-dir DIR` (the quantitative and qualitative bilan as
//! XLSX and PDF, the financial bilan as its own XLSX and PDF, each with its « fiche de saisie »,
//! and the JSON, each written atomically, with the completeness list inside), `oepre bilan check`, `oepre bilan
//! merge`, the other costs and funding (`depense`, `financement`, `finances`, `retirer`), and
//! `oepre bilan trimestre --term 1|2|3 --year 2025-2026 [--atelier X] --out FICHIER.pdf` (the
//! point trimestriel for the conseil des maîtres), and
//! `oepre bilan show --year 2025-2026 [--json]`: the bilan of `oepre_core::sorties::bilan`, aggregates only.

use std::path::PathBuf;

use clap::Subcommand;
use oepre_core::sorties::bilan::finances::{self, CategorieDepense, SaisieDepense, SaisieFinancement};
use oepre_core::sorties::bilan::{self, Bilan, Chiffres};
use oepre_core::domaine::heures::{formater, formater_taux};
use oepre_core::domaine::intervenant::euros_fr;
use oepre_core::{application, domaine::annee, sorties::sortie, Db, Erreur, Resultat};

#[derive(Subcommand)]
pub enum ActionBilan {
    /// Écrit le bilan quantitatif et qualitatif (bilan-<UAI>-<année>.xlsx et .pdf, pour l'enquête
    /// Orquestra de la DGESCO), le bilan financier (bilan-financier-<UAI>-<année>.xlsx et .pdf,
    /// pour l'enquête en ligne de la DAEPS) et le fichier .json pour l'académie dans un dossier.
    Export {
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", value_name = "ANNEE")]
        annee: String,
        /// Le dossier où écrire les fichiers (créé s'il n'existe pas).
        #[arg(long = "out-dir", value_name = "DOSSIER")]
        dossier: PathBuf,
    },
    /// Liste ce qui manque ou semble anormal avant l'export (code de sortie 0 même avec des points).
    Check {
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", value_name = "ANNEE")]
        annee: String,
        /// La liste en JSON ({code, message, lien}).
        #[arg(long)]
        json: bool,
    },
    /// Fusionne les bilans JSON de plusieurs établissements dans un classeur académique, avec
    /// sa synthèse PDF (graphiques compris) à côté, sous le même nom en « .pdf ».
    Merge {
        /// Les fichiers bilan-<UAI>-<année>.json.
        #[arg(required = true, value_name = "FICHIER")]
        fichiers: Vec<PathBuf>,
        /// Le classeur XLSX à écrire.
        #[arg(long = "out", value_name = "FICHIER")]
        sortie: PathBuf,
    },
    /// Ajoute une dépense autre que les vacations (matériel, garde d'enfants, interprétariat, sorties, autre).
    Depense {
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", value_name = "ANNEE")]
        annee: String,
        /// materiel, garde_enfants, interpretariat, sorties ou autre.
        #[arg(long, value_name = "CATEGORIE")]
        categorie: String,
        /// Ce que c'est (« Manuels de français A1 »).
        #[arg(long, value_name = "TEXTE")]
        libelle: String,
        /// Le montant en euros, par exemple 125,50.
        #[arg(long, value_name = "EUROS")]
        montant: String,
        /// La date de paiement (facultative), 15/03/2026 ou 2026-03-15.
        #[arg(long, value_name = "DATE", default_value = "")]
        date: String,
    },
    /// Ajoute un financement reçu pour l'année.
    Financement {
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", value_name = "ANNEE")]
        annee: String,
        /// Qui a versé (« Rectorat — BOP 230 », « CAF »).
        #[arg(long, value_name = "TEXTE")]
        source: String,
        /// Le montant en euros, par exemple 1500.
        #[arg(long, value_name = "EUROS")]
        montant: String,
        /// La date de versement, 15/03/2026 ou 2026-03-15.
        #[arg(long, value_name = "DATE")]
        date: String,
    },
    /// Liste les autres dépenses et les financements de l'année, avec leur numéro.
    Finances {
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", value_name = "ANNEE")]
        annee: String,
        /// En JSON.
        #[arg(long)]
        json: bool,
    },
    /// Supprime une dépense (--depense N) ou un financement (--financement N).
    Retirer {
        /// Le numéro de la dépense (voir `oepre bilan finances`).
        #[arg(long, value_name = "N", conflicts_with = "financement", required_unless_present = "financement")]
        depense: Option<i64>,
        /// Le numéro du financement.
        #[arg(long, value_name = "N")]
        financement: Option<i64>,
    },
    /// Écrit le point trimestriel (une page PDF par atelier) pour le conseil des maîtres :
    /// séances, heures par axe, assiduité, arrivées et départs, indicateurs de la charte école–parents.
    Trimestre {
        /// Le trimestre : 1 (rentrée → vacances de Noël), 2 (→ vacances de printemps) ou 3 (→ fin d'année).
        #[arg(long = "term", value_name = "1|2|3", value_parser = clap::value_parser!(u8).range(1..=3))]
        trimestre: u8,
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", visible_alias = "annee", value_name = "ANNEE")]
        annee: String,
        /// Seulement cet atelier (numéro ou nom) ; sans cette option, tous les ateliers de l'année.
        #[arg(long)]
        atelier: Option<String>,
        /// Le fichier PDF à écrire.
        #[arg(long = "out", value_name = "FICHIER")]
        sortie: PathBuf,
    },
    /// Affiche les chiffres du bilan.
    Show {
        /// L'année scolaire, par exemple 2025-2026.
        #[arg(long = "year", value_name = "ANNEE")]
        annee: String,
        /// Le bilan JSON (le même que le fichier exporté).
        #[arg(long)]
        json: bool,
    },
}

fn calculer(db: &Db, libelle: &str) -> Resultat<Bilan> {
    let a = annee::par_libelle(db.conn(), libelle.trim())?;
    bilan::calculer(db, a.id)
}

/// Runs `oepre bilan …`.
pub fn bilan(db: &mut Db, action: ActionBilan) -> Resultat<()> {
    match action {
        ActionBilan::Export { annee, dossier } => {
            let a = annee::par_libelle(db.conn(), annee.trim())?;
            let ecrits = application::sorties::bilan(db, a.id, Some(&dossier), &|p| eprintln!("[{}/{}] {}", p.etape, p.total, p.libelle))?;
            println!("{}", ecrits.xlsx);
            println!("{}", ecrits.pdf);
            println!("{}", ecrits.financier_xlsx);
            println!("{}", ecrits.financier_pdf);
            println!("{}", ecrits.json);
            eprintln!("{}", bilan::CANAL_QUANTITATIF);
            eprintln!("{}", bilan::CANAL_FINANCIER);
            eprintln!("{}", bilan::ECHEANCE_BILANS);
            for a in &ecrits.avertissements {
                eprintln!("Attention : {}", a.message);
            }
            for p in &ecrits.points_a_verifier {
                eprintln!("À vérifier : {} ({})", p.message, p.lien);
            }
        }
        ActionBilan::Check { annee, json } => {
            let a = annee::par_libelle(db.conn(), annee.trim())?;
            let points = bilan::verifier(db, a.id)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&points).map_err(|e| Erreur::Interne(e.to_string()))?);
            } else if points.is_empty() {
                println!("Rien à signaler : le bilan {} est complet.", a.libelle);
            } else {
                println!("{} point(s) à vérifier avant l'export du bilan {} :", points.len(), a.libelle);
                for p in &points {
                    println!("- {} → {}", p.message, p.lien);
                }
            }
        }
        ActionBilan::Merge { fichiers, sortie: chemin } => fusionner(&fichiers, &chemin)?,
        ActionBilan::Depense { annee, categorie, libelle, montant, date } => {
            let a = annee::par_libelle(db.conn(), annee.trim())?;
            let categorie = CategorieDepense::depuis_code(categorie.trim()).ok_or_else(|| {
                let codes: Vec<&str> = CategorieDepense::TOUTES.iter().map(|c| c.code()).collect();
                Erreur::champ("categorie", format!("Catégorie inconnue « {categorie} » : choisissez parmi {}.", codes.join(", ")))
            })?;
            let d = finances::ajouter_depense(db, a.id, &SaisieDepense { categorie, libelle, montant, date })?;
            println!("Dépense n° {} enregistrée : {} ({}), {}.", d.id, d.libelle, categorie.libelle(), euros_fr(d.centimes));
        }
        ActionBilan::Financement { annee, source, montant, date } => {
            let a = annee::par_libelle(db.conn(), annee.trim())?;
            let f = finances::ajouter_financement(db, a.id, &SaisieFinancement { source, montant, date })?;
            println!("Financement n° {} enregistré : {}, {}.", f.id, f.source, euros_fr(f.centimes));
        }
        ActionBilan::Finances { annee, json } => {
            let a = annee::par_libelle(db.conn(), annee.trim())?;
            let l = finances::lister(db, a.id)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&l).map_err(|e| Erreur::Interne(e.to_string()))?);
            } else {
                println!("Autres dépenses {} : {}", a.libelle, euros_fr(l.total_depenses_centimes));
                for d in &l.depenses {
                    let date = d.date.map_or("sans date".into(), |x| x.format("%d/%m/%Y").to_string());
                    println!("  n° {} — {} ({}, {date}) : {}", d.id, d.libelle, d.categorie.libelle(), euros_fr(d.centimes));
                }
                println!("Financements reçus {} : {}", a.libelle, euros_fr(l.total_financements_centimes));
                for f in &l.financements {
                    println!("  n° {} — {} ({}) : {}", f.id, f.source, f.date.format("%d/%m/%Y"), euros_fr(f.centimes));
                }
            }
        }
        ActionBilan::Retirer { depense, financement } => match (depense, financement) {
            (Some(id), _) => {
                finances::supprimer_depense(db, id)?;
                println!("Dépense n° {id} supprimée.");
            }
            (None, Some(id)) => {
                finances::supprimer_financement(db, id)?;
                println!("Financement n° {id} supprimé.");
            }
            (None, None) => return Err(Erreur::champ("depense", "Indiquez --depense N ou --financement N.")),
        },
        ActionBilan::Trimestre { trimestre, annee, atelier, sortie: chemin } => {
            let a = annee::par_libelle(db.conn(), annee.trim())?;
            let atelier_id = match atelier.as_deref().map(str::trim) {
                None => None,
                Some(x) => Some(match x.parse::<i64>() {
                    Ok(id) => id,
                    Err(_) => oepre_core::domaine::atelier::lister(db.conn(), a.id)?
                        .into_iter()
                        .find(|at| at.nom.to_lowercase() == x.to_lowercase())
                        .ok_or_else(|| Erreur::Introuvable(format!("Aucun atelier « {x} » en {}.", a.libelle)))?
                        .id,
                }),
            };
            let (dossier, nom) = dossier_et_nom(&chemin, "pdf")?;
            let ecrit = application::sorties::point_trimestriel(
                db,
                a.id,
                trimestre,
                atelier_id,
                oepre_core::domaine::seance::aujourd_hui(),
                Some(&dossier),
                Some(&nom),
            )?;
            println!("{}", ecrit.chemin);
        }
        ActionBilan::Show { annee, json: true } => println!("{}", bilan::json(&calculer(db, &annee)?)),
        ActionBilan::Show { annee, json: false } => afficher(&calculer(db, &annee)?),
    }
    Ok(())
}

/// The folder and the file name of `--out FICHIER` (its extension checked).
fn dossier_et_nom(chemin: &std::path::Path, extension: &str) -> Resultat<(PathBuf, String)> {
    if !chemin.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
        return Err(Erreur::champ("out", format!("Le fichier à écrire doit finir par .{extension}.")));
    }
    let dossier = match chemin.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let nom = chemin.file_name().map(|n| n.to_string_lossy().into_owned()).ok_or_else(|| Erreur::champ("out", "Indiquez le nom du fichier à écrire."))?;
    Ok((dossier, nom))
}

fn fusionner(fichiers: &[PathBuf], chemin: &std::path::Path) -> Resultat<()> {
    let mut bilans = Vec::new();
    for f in fichiers {
        let nom = f.display().to_string();
        let texte = std::fs::read_to_string(f).map_err(|e| Erreur::Introuvable(format!("Le fichier « {nom} » n'a pas pu être lu ({e}).")))?;
        let b = bilan::lire_json(&texte).map_err(|e| Erreur::Conflit(format!("Fichier « {nom} » : {e}")))?;
        bilans.push((nom, b));
    }
    let paires: Vec<(&str, &Bilan)> = bilans.iter().map(|(n, b)| (n.as_str(), b)).collect();
    let fusion = bilan::fusion::fusionner_nommes(&paires)?;
    let octets = bilan::fusion_xlsx(&fusion)?;
    let dossier = match chemin.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let nom = chemin.file_name().map(|n| n.to_string_lossy().into_owned()).ok_or_else(|| Erreur::champ("out", "Indiquez le nom du fichier XLSX à écrire."))?;
    let ecrit = sortie::ecrire(&dossier, &nom, &octets)?;
    println!("{}", ecrit.display());
    let nom_pdf = match nom.rsplit_once('.') {
        Some((base, ext)) if !ext.eq_ignore_ascii_case("pdf") => format!("{base}.pdf"),
        _ => format!("{nom}-synthese.pdf"),
    };
    let ecrit = sortie::ecrire(&dossier, &nom_pdf, &bilan::fusion_pdf(&fusion)?)?;
    println!("{}", ecrit.display());
    println!(
        "{} établissement(s), {} parent(s) inscrit(s), {} réalisées, assiduité {}",
        fusion.ecoles.len(),
        fusion.total.inscrits,
        formater(fusion.total.minutes_realisees),
        formater_taux(fusion.total.taux_assiduite)
    );
    Ok(())
}

fn afficher_chiffres(c: &Chiffres) {
    let p = &c.parents;
    println!(
        "  Séances : {} programmées, {} réalisées, {} annulées — heures : {} prévues, {} programmées, {} réalisées",
        c.seances_programmees,
        c.seances_realisees,
        c.seances_annulees,
        formater(c.minutes_prevues),
        formater(c.minutes_programmees),
        formater(c.minutes_realisees)
    );
    println!(
        "  Parents : {} inscrits, {} présents en fin d'année, {} partis, {} en liste d'attente",
        p.inscrits, p.en_cours, p.partis, p.en_attente
    );
    for m in &p.departs_par_motif {
        println!("    départ ({}) : {}", m.libelle, m.nombre);
    }
    println!(
        "  Femmes {}, hommes {}, non renseigné {} — part des femmes {}",
        p.femmes,
        p.hommes,
        p.sexe_non_renseigne,
        formater_taux(p.part_femmes)
    );
    let nat: Vec<String> = p.nationalites.iter().map(|n| format!("{} {}", n.libelle, n.nombre)).collect();
    println!("  Nationalités : {}", nat.join(", "));
    println!(
        "  Public prioritaire Intérieur {}, autres parents allophones {}, autres parents francophones {}",
        p.public_prioritaire, p.autres_allophones_hors_prioritaire, p.francophones_hors_prioritaire
    );
    println!(
        "  Primo-arrivants {} (inconnu {}, approximatif {}), hors UE {}, CIR {}, protection internationale {}, réinscrits {}",
        p.primo_arrivants, p.primo_inconnu, p.arrivee_approximative, p.hors_ue, p.cir, p.protection_internationale, p.reinscrits
    );
    println!(
        "  Heures suivies {} sur {} dispensées — moyenne par parent {}, assiduité {}",
        formater(p.minutes_suivies),
        formater(p.minutes_dispensees),
        p.minutes_suivies_moyenne.map_or("—".into(), |m| formater(m.round() as i64)),
        formater_taux(p.taux_assiduite)
    );
    for (titre, liste) in [("Orientés par", &p.prescripteurs), ("Attentes", &p.attentes), ("Orientation en fin d'atelier", &p.orientations)] {
        let v: Vec<String> = liste.iter().flatten().filter(|c| c.nombre > 0).map(|c| format!("{} {}", c.libelle, c.nombre)).collect();
        println!("  {titre} : {}", if v.is_empty() { "—".to_owned() } else { v.join(", ") });
    }
    for l in p.progression.iter().flatten() {
        println!(
            "  Progression {} (entrée → sortie) : {} en progrès, {} stable(s), {} en recul, {} non évalué(s)",
            l.libelle.to_lowercase(),
            l.progres,
            l.stable,
            l.recul,
            l.non_evalue
        );
    }
    for l in &c.intervenants {
        println!("  {} : {} personne(s), {}", l.libelle, l.personnes, formater(l.minutes));
    }
}

fn afficher(b: &Bilan) {
    println!("Bilan OEPRE {} — {} (UAI {})", b.annee, b.etablissement.nom, b.etablissement.uai);
    println!("Établissement ({} groupe(s))", b.ecole.groupes);
    afficher_chiffres(&b.ecole);
    for a in &b.ateliers {
        println!("{}", a.nom);
        afficher_chiffres(&a.chiffres);
    }
    println!("Finances");
    for i in &b.intervenants {
        let montant = i.centimes.map_or("hors vacation".into(), euros_fr);
        println!("  {} ({}) : {} séance(s), {} — {}", i.libelle, i.statut, i.seances, formater(i.minutes), montant);
    }
    println!(
        "  Total des vacations : {} pour {} ({} hors vacations)",
        euros_fr(b.finances.total_centimes),
        formater(b.finances.minutes_vacation),
        formater(b.finances.minutes_hors_vacation)
    );
    let f = &b.finances;
    println!(
        "  Autres dépenses : {} — total des dépenses {} — financements reçus {} — solde {}",
        euros_fr(f.autres_depenses_centimes),
        euros_fr(f.total_depenses_centimes),
        euros_fr(f.financements_centimes),
        euros_fr(f.solde_centimes)
    );
    for a in &b.avertissements {
        println!("Attention : {}", a.message);
    }
}

//! `oepre ateliers`, `oepre seances`, `oepre intervenants`: the ateliers, their séances generated
//! from weekly slots, and the intervenants with their hours. Thin over `oepre_core::{domaine::atelier,
//! seance, domaine::intervenant}`.

use clap::{Args, Subcommand};
use oepre_core::domaine::atelier::{self, SaisieAtelier, SaisieCreneau};
use oepre_core::domaine::vues_ateliers;
use oepre_core::commun::avertissement::heures_fr;
use oepre_core::domaine::intervenant::{self, euros_fr, Remuneration, SaisieIntervenant, Statut};
use oepre_core::domaine::planning::{self, EtatDate};
use oepre_core::domaine::programme;
use oepre_core::domaine::seance::{self, Seance};
use oepre_core::commun::texte::date_fr;
use oepre_core::{Db, Erreur, Resultat};

use crate::json;

#[derive(Subcommand)]
pub enum ActionAteliers {
    /// Liste les ateliers de l'année courante avec leurs heures et avertissements.
    List {
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Crée un atelier dans l'année courante, par exemple
    /// `--nom "Atelier du mardi" --premier-jour 2025-10-07 --dernier-jour 2026-06-25 --heures 116 --creneau "mardi 14:00-16:00" --intervenant Belkacem`.
    Add(Box<ChampsAtelier>),
}

#[derive(Args)]
pub struct ChampsAtelier {
    #[arg(long)]
    nom: String,
    /// Niveau ou parcours (alphabétisation, débutants…).
    #[arg(long, default_value = "")]
    niveau: String,
    #[arg(long, default_value = "")]
    salle: String,
    #[arg(long)]
    premier_jour: String,
    #[arg(long)]
    dernier_jour: String,
    /// Heures prévues (120, 90,5, 90h30).
    #[arg(long)]
    heures: String,
    #[arg(long)]
    effectif_min: Option<u32>,
    #[arg(long)]
    effectif_max: Option<u32>,
    /// Écoles partenaires quand l'atelier est partagé.
    #[arg(long, default_value = "")]
    partenaires: String,
    #[arg(long, default_value = "")]
    notes: String,
    /// Créneau hebdomadaire « jour début-fin », par exemple « mardi 14:00-16:00 » (répétable).
    #[arg(long = "creneau")]
    creneaux: Vec<String>,
    /// Intervenant(e) de tous les créneaux, par numéro ou par nom (répétable).
    #[arg(long = "intervenant")]
    intervenants: Vec<String>,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = false)]
pub struct ArgsSeances {
    /// L'atelier, par numéro ou par nom (année courante).
    #[arg(long)]
    atelier: Option<String>,
    /// Sortie JSON.
    #[arg(long)]
    json: bool,
    #[command(subcommand)]
    action: Option<ActionSeances>,
}

#[derive(Subcommand)]
pub enum ActionSeances {
    /// Génère les séances de l'année depuis les créneaux (vacances, jours fériés et fermetures écartés).
    Generate {
        /// L'atelier, par numéro ou par nom.
        #[arg(long)]
        atelier: Option<String>,
        /// Montre ce qui serait créé, écarté et conservé, sans rien écrire.
        #[arg(long)]
        dry_run: bool,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Programme de l'atelier : donne un ou des axes (et un thème) à ses séances d'un jour ou
    /// d'un créneau, toutes ou une sur deux (« un jeudi sur deux : valeurs de la République »).
    /// Seules les séances non annulées et pas encore faites (appel non fait) changent, sauf
    /// avec --aussi-faites.
    Programme {
        /// L'atelier, par numéro ou par nom.
        #[arg(long)]
        atelier: Option<String>,
        /// Le jour : lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche.
        #[arg(long)]
        jour: Option<String>,
        /// Ou le créneau hebdomadaire, par son numéro.
        #[arg(long)]
        creneau: Option<i64>,
        /// Une séance sur deux (la première à partir de --depuis, puis la troisième…).
        #[arg(long)]
        une_sur_deux: bool,
        /// À partir de cette date (par défaut : le premier jour de l'atelier).
        #[arg(long, default_value = "")]
        depuis: String,
        /// Les axes, séparés par des virgules : langue, ecole, valeurs.
        #[arg(long)]
        axes: String,
        /// Le thème à donner (sinon chaque séance garde le sien).
        #[arg(long)]
        theme: Option<String>,
        /// Change aussi les séances dont l'appel est fait.
        #[arg(long)]
        aussi_faites: bool,
        /// Montre les séances qui changeraient, sans rien écrire.
        #[arg(long)]
        dry_run: bool,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Annule une séance (elle reste listée et ne compte plus d'heures).
    Cancel {
        /// Numéro de la séance.
        id: i64,
        #[arg(long)]
        motif: String,
    },
}

#[derive(Subcommand)]
pub enum ActionIntervenants {
    /// Liste les intervenants, leurs heures par mois de l'année courante et le plafond de 250 h.
    List {
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Ajoute un(e) intervenant(e).
    Add {
        #[arg(long)]
        nom: String,
        #[arg(long, default_value = "")]
        prenom: String,
        /// upe2a, fls, enseignant, greta, association ou autre.
        #[arg(long)]
        statut: String,
        /// vacation, hse ou facture.
        #[arg(long)]
        remuneration: Option<String>,
        #[arg(long, default_value = "")]
        telephone: String,
        #[arg(long, default_value = "")]
        courriel: String,
    },
}

const JOURS: [&str; 5] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];

/// "mardi 14:00-16:00" → (2, "14:00", "16:00"); an unknown day gives 0 (refused by the core).
fn lire_creneau(texte: &str) -> (u8, String, String) {
    let texte = texte.trim();
    let (jour, heures) = texte.split_once(char::is_whitespace).unwrap_or((texte, ""));
    let jour = jour.to_lowercase();
    let numero = JOURS
        .iter()
        .position(|j| *j == jour || (jour.len() >= 3 && j.starts_with(jour.trim_end_matches('.'))))
        .map_or_else(|| jour.parse().unwrap_or(0), |i| i as u8 + 1);
    let (debut, fin) = heures.split_once(['-', '–']).unwrap_or((heures, ""));
    (numero, debut.trim().to_owned(), fin.trim().to_owned())
}

pub fn ateliers(db: &mut Db, action: ActionAteliers) -> Resultat<()> {
    match action {
        ActionAteliers::List { json: en_json } => {
            let vue = vues_ateliers::vue_ateliers(db.conn(), None, seance::aujourd_hui())?;
            if en_json {
                return json(&vue);
            }
            let Some(annee) = &vue.annee else {
                println!("Aucune année scolaire courante.");
                return Ok(());
            };
            println!("Ateliers {}", annee.libelle);
            if let Some(m) = vue.calendrier.as_ref().and_then(|c| c.message.as_ref()) {
                println!("⚠ {m}");
            }
            if vue.ateliers.is_empty() {
                println!("Aucun atelier.");
            }
            for a in &vue.ateliers {
                let at = &a.atelier;
                let t = &a.totaux;
                println!(
                    "{:>3}  {} ({}) — du {} au {}, {}",
                    at.id,
                    at.nom,
                    if at.niveau.is_empty() { "niveau non précisé" } else { &at.niveau },
                    date_fr(at.premier_jour),
                    date_fr(at.dernier_jour),
                    at.creneaux.iter().map(|c| c.libelle()).collect::<Vec<_>>().join(", ")
                );
                println!(
                    "     prévues {} · programmées {} ({} séances) · tenues {} · réalisées (appel fait) {} · {} annulée(s) · {} inscrit(s)",
                    heures_fr(t.minutes_prevues),
                    heures_fr(t.minutes_programmees),
                    t.seances_programmees,
                    heures_fr(t.minutes_tenues),
                    heures_fr(t.minutes_realisees),
                    t.seances_annulees,
                    a.inscrits
                );
                for w in &a.avertissements {
                    println!("     ⚠ {}", w.message);
                }
            }
        }
        ActionAteliers::Add(c) => {
            let c = *c;
            let mut ids = Vec::new();
            for i in &c.intervenants {
                ids.push(intervenant::trouver(db.conn(), i)?.id);
            }
            let creneaux = c
                .creneaux
                .iter()
                .map(|t| {
                    let (jour, debut, fin) = lire_creneau(t);
                    SaisieCreneau { id: None, jour, debut, fin, intervenants: ids.clone() }
                })
                .collect();
            let a = atelier::creer(
                db,
                &SaisieAtelier {
                    annee_id: None,
                    nom: c.nom,
                    niveau: c.niveau,
                    salle: c.salle,
                    premier_jour: c.premier_jour,
                    dernier_jour: c.dernier_jour,
                    heures_prevues: c.heures,
                    effectif_min: c.effectif_min,
                    effectif_max: c.effectif_max,
                    partenaires: c.partenaires,
                    notes: c.notes,
                    creneaux,
                },
            )?;
            println!("Atelier n° {} « {} » créé. Générez ses séances : oepre seances generate --atelier {} --dry-run", a.id, a.nom, a.id);
        }
    }
    Ok(())
}

fn afficher_seance(s: &Seance) {
    let qui = s.intervenants.iter().map(|i| i.nom_complet.as_str()).collect::<Vec<_>>().join(" + ");
    let mut ligne = format!(
        "{:>5}  {:<8} {}  {}–{}  {:>6}  {}",
        s.id,
        s.date.format("%u").to_string().parse::<usize>().ok().and_then(|n| JOURS.get(n - 1)).unwrap_or(&"week-end"),
        date_fr(s.date),
        s.debut.format("%H:%M"),
        s.fin.format("%H:%M"),
        heures_fr(s.duree_minutes),
        if qui.is_empty() { "(sans intervenant)" } else { &qui }
    );
    ligne.push_str(&format!("  [{}]", s.axes.libelle()));
    if !s.theme.is_empty() {
        ligne.push_str(&format!(" {}", s.theme));
    }
    if s.hors_les_murs {
        ligne.push_str(&format!(" — hors les murs : {}", s.lieu));
    }
    if s.appel_fait {
        ligne.push_str(" — appel fait");
    }
    if s.annulee {
        ligne.push_str(&format!(" — ANNULÉE : {}", s.motif_annulation));
    }
    if let Some(f) = &s.fermeture {
        ligne.push_str(&format!(" — ⚠ {f}"));
    }
    println!("{ligne}");
}

/// `langue,valeurs` → the axes.
fn lire_axes(texte: &str) -> Resultat<seance::Axes> {
    let mut a = seance::Axes { langue: false, ecole: false, valeurs: false };
    for mot in texte.split([',', ' ', '+']).map(|m| m.trim().to_lowercase()).filter(|m| !m.is_empty()) {
        match mot.as_str() {
            "langue" => a.langue = true,
            "ecole" | "école" => a.ecole = true,
            "valeurs" => a.valeurs = true,
            autre => return Err(Erreur::champ("axes", format!("Axe inconnu : « {autre} » (langue, ecole, valeurs)."))),
        }
    }
    Ok(a)
}

pub fn seances(db: &mut Db, args: ArgsSeances) -> Resultat<()> {
    let exiger = |a: Option<String>| {
        a.ok_or_else(|| Erreur::champ("atelier", "Précisez l'atelier : --atelier NUMÉRO ou --atelier \"Nom de l'atelier\"."))
    };
    match args.action {
        None => {
            let a = atelier::trouver(db.conn(), &exiger(args.atelier)?)?;
            let vue = vues_ateliers::vue_atelier(db.conn(), a.id, seance::aujourd_hui())?;
            let seances = seance::lister(db.conn(), a.id)?;
            if args.json {
                return json(&serde_json::json!({ "atelier": vue, "seances": seances }));
            }
            println!("{} — {} séance(s)", a.nom, seances.len());
            for s in &seances {
                afficher_seance(s);
            }
            let t = vue.totaux;
            println!(
                "Total : {} programmées, {} tenues, {} réalisées (appel fait), {} prévues ; {} séance(s) annulée(s).",
                heures_fr(t.minutes_programmees),
                heures_fr(t.minutes_tenues),
                heures_fr(t.minutes_realisees),
                heures_fr(t.minutes_prevues),
                t.seances_annulees
            );
            let par_axe = |m: &seance::MinutesAxes| m.lignes().map(|(l, x)| format!("{l} {}", heures_fr(x))).join(", ");
            println!("Par axe, programmées : {}.", par_axe(&t.axes_programmes));
            println!("Par axe, réalisées : {}.", par_axe(&t.axes_realises));
        }
        Some(ActionSeances::Generate { atelier: a, dry_run, json: en_json }) => {
            let a = atelier::trouver(db.conn(), &exiger(a.or(args.atelier))?)?;
            let en_json = en_json || args.json;
            if dry_run {
                let apercu = planning::apercu_generation(db.conn(), a.id, seance::aujourd_hui())?;
                if en_json {
                    return json(&apercu);
                }
                println!("Aperçu pour « {} » (rien n'est écrit) :", a.nom);
                for w in &apercu.avertissements {
                    println!("⚠ {}", w.message);
                }
                for d in &apercu.dates {
                    let etat = match d.etat {
                        EtatDate::Nouvelle => "créée",
                        EtatDate::Existante => "déjà là",
                        EtatDate::Couverte => "couverte par une séance conservée",
                        EtatDate::Passee => "passée, non créée",
                    };
                    println!("  {:<8} {}  {}–{}  {etat}", d.jour, date_fr(d.date), d.debut.format("%H:%M"), d.fin.format("%H:%M"));
                }
                println!("Dates écartées :");
                for e in &apercu.ecartees {
                    println!("  {:<8} {}  {}", e.jour, date_fr(e.date), e.libelle);
                }
                for s in &apercu.supprimees {
                    println!("Supprimée : {} {}–{}", date_fr(s.date), s.debut.format("%H:%M"), s.fin.format("%H:%M"));
                }
                for c in &apercu.conservees {
                    println!("Conservée : {}", c.explication);
                }
                println!("{}", apercu.resume);
            } else {
                let r = planning::generer(db, a.id, seance::aujourd_hui())?;
                if en_json {
                    return json(&r);
                }
                for c in &r.conservees {
                    println!("Conservée : {}", c.explication);
                }
                println!("{}", r.resume);
            }
        }
        Some(ActionSeances::Programme { atelier: a, jour, creneau, une_sur_deux, depuis, axes, theme, aussi_faites, dry_run, json: en_json }) => {
            let a = atelier::trouver(db.conn(), &exiger(a.or(args.atelier))?)?;
            let jour = match jour.as_deref().map(|j| j.trim().to_lowercase()) {
                None => None,
                Some(j) => Some(
                    JOURS
                        .iter()
                        .position(|x| *x == j)
                        .or_else(|| ["samedi", "dimanche"].iter().position(|x| *x == j).map(|n| n + 5))
                        .map(|n| n as u8 + 1)
                        .ok_or_else(|| Erreur::champ("jour", format!("Jour inconnu : « {j} » (lundi, mardi, mercredi, jeudi, vendredi).")))?,
                ),
            };
            let regle = programme::RegleProgramme {
                jour,
                creneau_id: creneau,
                une_sur_deux,
                depuis,
                axes: lire_axes(&axes)?,
                theme,
                aussi_faites,
            };
            let r = if dry_run { programme::apercu(db.conn(), a.id, &regle)? } else { programme::appliquer(db, a.id, &regle)? };
            if en_json || args.json {
                return json(&r);
            }
            if dry_run {
                println!("Aperçu pour « {} » (rien n'est écrit) :", a.nom);
            }
            for s in &r.seances {
                afficher_seance(s);
            }
            println!("{}", r.resume);
        }
        Some(ActionSeances::Cancel { id, motif }) => {
            let s = seance::annuler(db, id, &motif)?;
            println!("Séance du {} annulée : {}", date_fr(s.date), s.motif_annulation);
        }
    }
    Ok(())
}

pub fn intervenants(db: &mut Db, action: ActionIntervenants) -> Resultat<()> {
    match action {
        ActionIntervenants::List { json: en_json } => {
            let vue = intervenant::vue(db.conn(), None)?;
            if en_json {
                return json(&vue);
            }
            if vue.is_empty() {
                println!("Aucun intervenant.");
            }
            for v in &vue {
                let i = &v.intervenant;
                println!(
                    "{:>3}  {} — {} — {}{} — {} dans l'année",
                    i.id,
                    i.nom_complet(),
                    i.statut.libelle(),
                    i.remuneration.map_or("rémunération à préciser", Remuneration::libelle),
                    if i.actif { "" } else { " (inactif)" },
                    heures_fr(v.minutes_annee)
                );
                for m in &v.heures_par_mois {
                    let montant = m.centimes_vacation.map(|c| format!(" — {}", euros_fr(c))).unwrap_or_default();
                    println!("       {} : {} séance(s), {}{montant}", m.mois, m.seances, heures_fr(m.minutes));
                }
                for w in &v.avertissements {
                    println!("       ⚠ {}", w.message);
                }
            }
        }
        ActionIntervenants::Add { nom, prenom, statut, remuneration, telephone, courriel } => {
            let statut_lu = Statut::depuis_code(&statut.to_lowercase());
            if statut_lu.is_none() {
                return Err(Erreur::champ("statut", format!("« {statut} » n'est pas un statut (upe2a, fls, enseignant, greta, association, autre).")));
            }
            let remuneration = match remuneration {
                None => None,
                Some(r) => Some(Remuneration::depuis_code(&r.to_lowercase()).ok_or_else(|| {
                    Erreur::champ("remuneration", format!("« {r} » n'est pas une rémunération (vacation, hse, facture)."))
                })?),
            };
            let i = intervenant::creer(
                db,
                &SaisieIntervenant { nom, prenom, statut: statut_lu, telephone, courriel, remuneration, actif: true },
            )?;
            println!("Intervenant n° {} : {} ({})", i.id, i.nom_complet(), i.statut.libelle());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn creneaux_en_ligne_de_commande() {
        assert_eq!(super::lire_creneau("mardi 14:00-16:00"), (2, "14:00".into(), "16:00".into()));
        assert_eq!(super::lire_creneau("Ven 9h–11h"), (5, "9h".into(), "11h".into()));
        assert_eq!(super::lire_creneau("samedi 9h-11h").0, 0);
    }
}

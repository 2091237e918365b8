//! Feuilles d'émargement (attendance sheets to sign), three variants:
//! - one séance ([`feuille_seance`], [`feuille_du_jour`]; [`feuilles_annee`] puts every
//!   séance of an atelier's year in one PDF): A4 portrait, letterhead, séance details, table
//!   n°, nom, prénom, signature (matin / après-midi when the séance spans both: starts before
//!   12:00 and ends after 13:30), observations; intervenant signature and head's visa;
//! - one month ([`feuille_mois`]): A4 landscape, parents × séance dates, a box per cell;
//! - blank ([`feuille_vierge`]): names only, date columns left empty to fill by hand.
//!
//! Who is listed: the atelier's enrolments not on the waiting list that are active at some
//! point of the calendar month of the sheet (enrolled on or before its last day, not left
//! before its first day). A parent not yet enrolled on a date, or who left before it, gets a
//! grey cell saying so (« inscrite le 17/11 », « a quitté le 10/03 »), never a box to sign.
//! The blank sheet lists the parents currently enrolled (not left).

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use oepre_pdf::{Align, Cell, Color, Column, Direction, Flow, Orientation, Table, TableStyle, TextStyle};
use rusqlite::Connection;

use super::entete::{self, bloc_signature, visa_du_chef};
use super::{date_colonne, date_longue, erreur_pdf, heure, nom_mois};
use crate::domaine::atelier::{self, Atelier};
use crate::domaine::etablissement::Etablissement;
use crate::domaine::parent::{accorder, Sexe};
use crate::commun::recherche::cle_tri;
use crate::domaine::seance::{self, Seance};
use crate::{domaine::annee, domaine::heures, Db, Erreur, Resultat};

/// An enrolment as the sheets list it.
struct Inscrit {
    nom: String,
    prenom: String,
    translitteration: String,
    sexe: Option<Sexe>,
    inscrit_le: NaiveDate,
    parti_le: Option<NaiveDate>,
}

impl Inscrit {
    /// What the cell of `date` holds: `None` for a box to sign, else why not.
    fn empechement(&self, date: NaiveDate) -> Option<String> {
        if date < self.inscrit_le {
            Some(format!("{} le {}", accorder("inscrit", "inscrite", self.sexe), self.inscrit_le.format("%d/%m")))
        } else {
            self.parti_le.filter(|p| date > *p).map(|p| format!("a quitté le {}", p.format("%d/%m")))
        }
    }
    fn actif_pendant(&self, du: NaiveDate, au: NaiveDate) -> bool {
        self.inscrit_le <= au && self.parti_le.is_none_or(|p| p >= du)
    }
}

/// Every enrolment of the atelier not on the waiting list, sorted by name. One query (no
/// function of `inscription.rs` gives these columns for a whole atelier).
fn inscrits(conn: &Connection, atelier_id: i64) -> Resultat<Vec<Inscrit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.nom, p.prenom, p.translitteration, p.sexe, i.inscrit_le, i.parti_le
         FROM inscription i JOIN parent p ON p.id = i.parent_id
         WHERE i.atelier_id = ?1 AND i.statut <> 'attente'",
    )?;
    let mut v: Vec<Inscrit> = stmt
        .query_map([atelier_id], |r| {
            Ok(Inscrit {
                nom: r.get(0)?,
                prenom: r.get(1)?,
                translitteration: r.get(2)?,
                sexe: r.get::<_, Option<String>>(3)?.as_deref().and_then(Sexe::lire),
                inscrit_le: r.get(4)?,
                parti_le: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    v.sort_by_cached_key(|i| cle_tri(&i.nom, &i.prenom));
    Ok(v)
}

fn mois_de(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let du = date.with_day(1).unwrap_or(date);
    let au = du.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(date);
    (du, au)
}

fn nom_atelier(a: &Atelier) -> String {
    if a.niveau.trim().is_empty() {
        a.nom.clone()
    } else {
        format!("{} ({})", a.nom, a.niveau)
    }
}

/// « 14 h », « 9 h 30 »: short times for column headers.
fn heure_courte(t: NaiveTime) -> String {
    if t.minute() == 0 {
        format!("{} h", t.hour())
    } else {
        heure(t)
    }
}

fn noms_intervenants(s: &Seance) -> String {
    if s.intervenants.is_empty() {
        "—".into()
    } else {
        s.intervenants.iter().map(|i| i.nom_complet.as_str()).collect::<Vec<_>>().join(", ")
    }
}

fn cellule_empechement(texte: String, span: usize) -> Cell {
    Cell::new(texte).fill(Color::grey(232)).span(span).align(Align::Center)
}

/// Name cell: the family name, and the Latin spelling under it when there is one.
fn cellule_nom(i: &Inscrit) -> Cell {
    let texte = if i.translitteration.trim().is_empty() {
        i.nom.to_uppercase()
    } else {
        format!("{}\n({})", i.nom.to_uppercase(), i.translitteration.trim())
    };
    Cell::new(texte).direction(Direction::Ltr)
}

struct Contexte {
    etab: Etablissement,
    /// `logo.png` next to the data file, for the letterhead.
    logo_png: Option<Vec<u8>>,
    atelier: Atelier,
    annee: String,
    inscrits: Vec<Inscrit>,
}

fn contexte(conn: &Connection, atelier_id: i64) -> Resultat<Contexte> {
    let etab = super::etablissement(conn)?;
    let atelier = atelier::lire(conn, atelier_id)?;
    let annee = annee::par_id(conn, atelier.annee_id)?.libelle;
    let inscrits = inscrits(conn, atelier_id)?;
    let logo_png = conn.path().and_then(|p| crate::domaine::etablissement::logo_a_cote_de(std::path::Path::new(p)));
    Ok(Contexte { etab, logo_png, atelier, annee, inscrits })
}

/// The sheet of one séance (A4 portrait). A cancelled séance has no sheet.
pub fn feuille_seance(db: &Db, seance_id: i64) -> Resultat<Vec<u8>> {
    let s = seance::lire(db.conn(), seance_id)?;
    if s.annulee {
        return Err(Erreur::Conflit(format!(
            "La séance du {} est annulée ({}) : elle n'a pas de feuille d'émargement.",
            date_longue(s.date),
            s.motif_annulation
        )));
    }
    let ctx = contexte(db.conn(), s.atelier_id)?;
    feuilles(&ctx, &[s])
}

/// The sheet(s) of the séance(s) of an atelier on a date (usually one).
pub fn feuille_du_jour(db: &Db, atelier_id: i64, date: NaiveDate) -> Resultat<Vec<u8>> {
    let ctx = contexte(db.conn(), atelier_id)?;
    let du_jour: Vec<Seance> = seance::lister(db.conn(), atelier_id)?.into_iter().filter(|s| s.date == date).collect();
    let tenues: Vec<Seance> = du_jour.iter().filter(|s| !s.annulee).cloned().collect();
    if tenues.is_empty() {
        return Err(match du_jour.first() {
            Some(s) => Erreur::Conflit(format!(
                "La séance du {} est annulée ({}) : elle n'a pas de feuille d'émargement.",
                date_longue(date),
                s.motif_annulation
            )),
            None => Erreur::Introuvable(format!("L'atelier « {} » n'a pas de séance le {}.", ctx.atelier.nom, date_longue(date))),
        });
    }
    feuilles(&ctx, &tenues)
}

/// One sheet per séance (not cancelled) of the atelier's year, in one PDF.
pub fn feuilles_annee(db: &Db, atelier_id: i64) -> Resultat<Vec<u8>> {
    let ctx = contexte(db.conn(), atelier_id)?;
    let seances: Vec<Seance> = seance::lister(db.conn(), atelier_id)?.into_iter().filter(|s| !s.annulee).collect();
    if seances.is_empty() {
        return Err(Erreur::Introuvable(format!("L'atelier « {} » n'a aucune séance : générez-les d'abord.", ctx.atelier.nom)));
    }
    feuilles(&ctx, &seances)
}

fn feuilles(ctx: &Contexte, seances: &[Seance]) -> Resultat<Vec<u8>> {
    let titre = if seances.len() == 1 {
        format!("Feuille d'émargement — {} — {}", ctx.atelier.nom, seances[0].date.format("%d/%m/%Y"))
    } else {
        format!("Feuilles d'émargement — {} — {}", ctx.atelier.nom, ctx.annee)
    };
    let mut doc = entete::document(&titre, Orientation::Portrait);
    let logo = ctx.logo_png.as_deref().and_then(|png| doc.add_png(png).ok());
    for s in seances {
        let mut flow = Flow::new(&mut doc);
        page_seance(&mut flow, ctx, s, logo);
    }
    doc.finish().map_err(erreur_pdf)
}

fn table_infos(lignes: &[[&str; 4]]) -> Table {
    let mut t = Table::new(vec![Column::fixed(30.0), Column::weight(1.3), Column::fixed(30.0), Column::weight(1.0)]).style(TableStyle {
        text: TextStyle::new(9.0),
        padding: 1.6,
        border: Some(entete::trait_fin()),
        header_fill: None,
        ..TableStyle::default()
    });
    for l in lignes {
        t.row([
            Cell::new(l[0]).bold().fill(Color::grey(238)),
            Cell::new(l[1]),
            Cell::new(l[2]).bold().fill(Color::grey(238)),
            Cell::new(l[3]),
        ]);
    }
    t
}

fn page_seance(flow: &mut Flow<'_>, ctx: &Contexte, s: &Seance, logo: Option<oepre_pdf::ImageId>) {
    entete::entete(flow, &ctx.etab, logo);
    flow.space(5.0);
    flow.paragraph("Feuille d'émargement — Dispositif OEPRE", &entete::titre(15.0));
    flow.space(4.0);
    let horaires = format!("{} – {} (durée {})", heure(s.debut), heure(s.fin), heures::formater(s.duree_minutes));
    let lieu = if s.hors_les_murs && !s.lieu.is_empty() {
        format!("{} (hors les murs)", s.lieu)
    } else if !s.lieu.is_empty() {
        s.lieu.clone()
    } else if ctx.atelier.salle.is_empty() {
        "—".into()
    } else {
        ctx.atelier.salle.clone()
    };
    let axes = if s.axes.libelle().is_empty() { "—".to_owned() } else { s.axes.libelle() };
    let theme = if s.theme.is_empty() { "—".to_owned() } else { s.theme.clone() };
    let intervenants = noms_intervenants(s);
    let date = date_longue(s.date);
    let atelier = nom_atelier(&ctx.atelier);
    let libelle_interv = if s.intervenants.len() > 1 { "Intervenant·es" } else { "Intervenant·e" };
    flow.table(&table_infos(&[
        ["Établissement", &ctx.etab.nom, "Année scolaire", &ctx.annee],
        ["Atelier", &atelier, "Date", &date],
        ["Horaires", &horaires, "Lieu", &lieu],
        ["Axe(s)", &axes, libelle_interv, &intervenants],
        ["Thème", &theme, "", ""],
    ]));
    flow.space(5.0);

    let deux = s.debut < NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()
        && s.fin > NaiveTime::from_hms_opt(13, 30, 0).unwrap_or_default();
    let mut colonnes = vec![Column::fixed(9.0).align(Align::Center), Column::weight(1.0).align(Align::Left), Column::weight(1.0).align(Align::Left)];
    let mut entetes = vec![Cell::new("N°"), Cell::new("Nom"), Cell::new("Prénom")];
    if deux {
        colonnes.extend([Column::fixed(30.0), Column::fixed(30.0)]);
        entetes.extend([Cell::new("Signature\nmatin"), Cell::new("Signature\naprès-midi")]);
    } else {
        colonnes.push(Column::fixed(42.0));
        entetes.push(Cell::new("Signature"));
    }
    colonnes.push(Column::weight(0.8));
    entetes.push(Cell::new("Observations"));
    let mut table = Table::new(colonnes).style(TableStyle {
        text: TextStyle::new(9.5),
        padding: 1.6,
        min_row_height: 11.0,
        min_header_height: 8.0,
        ..TableStyle::default()
    });
    table.header = Some(entetes);
    let (du, au) = mois_de(s.date);
    for (n, i) in ctx.inscrits.iter().filter(|i| i.actif_pendant(du, au)).enumerate() {
        let mut ligne = vec![Cell::new((n + 1).to_string()), cellule_nom(i), Cell::new(i.prenom.clone())];
        match i.empechement(s.date) {
            Some(texte) => ligne.push(cellule_empechement(texte, if deux { 2 } else { 1 })),
            None if deux => ligne.extend([Cell::empty(), Cell::empty()]),
            None => ligne.push(Cell::empty()),
        }
        ligne.push(Cell::empty());
        table.rows.push(ligne);
    }
    flow.table(&table);
    flow.space(4.0);
    let chef = visa_du_chef(&ctx.etab);
    let chef_nom = ctx.etab.chef_nom.clone();
    let interv = format!("Signature {}", if s.intervenants.len() > 1 { "des intervenant·es" } else { "de l'intervenant·e" });
    flow.block(38.0, |page, x, y, w| {
        page.text(x, y, w, "Nombre de parents présents : ........", &TextStyle::new(9.5));
        let demi = (w - 10.0) / 2.0;
        bloc_signature(page, x, y + 7.0, demi, 30.0, &interv, &intervenants);
        bloc_signature(page, x + demi + 10.0, y + 7.0, demi, 30.0, &chef, &chef_nom);
    });
}

/// The month sheet of an atelier (A4 landscape): parents × the month's séances (cancelled
/// ones left out), a box to sign in each cell.
pub fn feuille_mois(db: &Db, atelier_id: i64, annee: i32, mois: u32) -> Resultat<Vec<u8>> {
    let debut = NaiveDate::from_ymd_opt(annee, mois, 1).ok_or_else(|| Erreur::champ("mois", "Mois invalide (1 à 12)."))?;
    let (du, au) = mois_de(debut);
    let ctx = contexte(db.conn(), atelier_id)?;
    let seances: Vec<Seance> =
        seance::lister(db.conn(), atelier_id)?.into_iter().filter(|s| !s.annulee && s.date >= du && s.date <= au).collect();
    if seances.is_empty() {
        return Err(Erreur::Introuvable(format!(
            "L'atelier « {} » n'a pas de séance en {} {annee}.",
            ctx.atelier.nom,
            nom_mois(mois)
        )));
    }
    let periode = format!("{} {annee}", nom_mois(mois));
    let titre = format!("Feuille d'émargement — {} — {periode}", ctx.atelier.nom);
    let mut doc = entete::document(&titre, Orientation::Landscape);
    let mut intervenants: Vec<String> = Vec::new();
    for s in &seances {
        for i in &s.intervenants {
            if !intervenants.contains(&i.nom_complet) {
                intervenants.push(i.nom_complet.clone());
            }
        }
    }
    let lignes: Vec<&Inscrit> = ctx.inscrits.iter().filter(|i| i.actif_pendant(du, au)).collect();
    let colonnes: Vec<Option<&Seance>> = seances.iter().map(Some).collect();
    grille(&mut doc, &ctx, &format!("Feuille d'émargement — Dispositif OEPRE — {periode}"), &intervenants, &lignes, &colonnes, 0);
    doc.finish().map_err(erreur_pdf)
}

/// The blank sheet of an atelier (A4 landscape): the parents currently enrolled and ten
/// empty date columns, plus three empty rows for newcomers.
pub fn feuille_vierge(db: &Db, atelier_id: i64) -> Resultat<Vec<u8>> {
    let ctx = contexte(db.conn(), atelier_id)?;
    let titre = format!("Feuille d'émargement — {} — vierge", ctx.atelier.nom);
    let mut doc = entete::document(&titre, Orientation::Landscape);
    let lignes: Vec<&Inscrit> = ctx.inscrits.iter().filter(|i| i.parti_le.is_none()).collect();
    let intervenants: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for c in &ctx.atelier.creneaux {
            for i in &c.intervenants {
                if !v.contains(&i.nom_complet) {
                    v.push(i.nom_complet.clone());
                }
            }
        }
        v
    };
    grille(&mut doc, &ctx, "Feuille d'émargement — Dispositif OEPRE", &intervenants, &lignes, &[None; 10], 3);
    doc.finish().map_err(erreur_pdf)
}

/// Columns per table on a landscape sheet; more dates continue on the next page.
const DATES_PAR_PAGE: usize = 10;

fn grille(
    doc: &mut oepre_pdf::Document,
    ctx: &Contexte,
    titre: &str,
    intervenants: &[String],
    lignes: &[&Inscrit],
    colonnes: &[Option<&Seance>],
    lignes_vides: usize,
) {
    for (k, paquet) in colonnes.chunks(DATES_PAR_PAGE).enumerate() {
        let mut flow = Flow::new_oriented(doc, Orientation::Landscape);
        entete::entete_compacte(&mut flow, &ctx.etab);
        flow.space(1.0);
        flow.paragraph(titre, &entete::titre(12.0));
        flow.space(0.5);
        let mut infos = format!("Atelier : {} — Année scolaire {}", nom_atelier(&ctx.atelier), ctx.annee);
        if !ctx.atelier.salle.is_empty() {
            infos.push_str(&format!(" — {}", ctx.atelier.salle));
        }
        if !intervenants.is_empty() {
            infos.push_str(&format!(" — Intervenant·e(s) : {}", intervenants.join(", ")));
        }
        if colonnes.iter().all(Option::is_none) {
            infos.push_str(" — Mois : ....................");
        }
        if colonnes.len() > DATES_PAR_PAGE {
            infos.push_str(&format!(" — dates {} à {} sur {}", k * DATES_PAR_PAGE + 1, k * DATES_PAR_PAGE + paquet.len(), colonnes.len()));
        }
        flow.paragraph(&infos, &TextStyle::new(9.0).align(Align::Center));
        flow.space(3.0);
        let largeur_dates = ((flow.width() - 8.0 - 70.0) / paquet.len().max(7) as f32).min(28.0);
        let mut cols = vec![Column::fixed(8.0).align(Align::Center), Column::weight(1.0).align(Align::Left)];
        let mut entetes = vec![Cell::new("N°"), Cell::new("Nom et prénom")];
        for c in paquet {
            cols.push(Column::fixed(largeur_dates));
            entetes.push(Cell::new(match c {
                Some(s) => format!("{}\n{} – {}", date_colonne(s.date), heure_courte(s.debut), heure_courte(s.fin)),
                None => "Date :\n...../.....".into(),
            }));
        }
        let mut table = Table::new(cols).style(TableStyle {
            text: TextStyle::new(8.5),
            header_text: TextStyle::new(8.0).bold().align(Align::Center),
            padding: 1.2,
            min_row_height: 7.5,
            min_header_height: 8.5,
            ..TableStyle::default()
        });
        table.header = Some(entetes);
        for (n, i) in lignes.iter().enumerate() {
            let mut nom = format!("{} {}", i.nom.to_uppercase(), i.prenom);
            if !i.translitteration.trim().is_empty() {
                nom.push_str(&format!(" ({})", i.translitteration.trim()));
            }
            let mut ligne = vec![Cell::new((n + 1).to_string()), Cell::new(nom).direction(Direction::Ltr)];
            for c in paquet {
                ligne.push(match c.and_then(|s| i.empechement(s.date)) {
                    Some(t) => cellule_empechement(t, 1),
                    None => Cell::empty(),
                });
            }
            table.rows.push(ligne);
        }
        for n in 0..lignes_vides {
            let mut ligne = vec![Cell::new((lignes.len() + n + 1).to_string()), Cell::empty()];
            ligne.extend(paquet.iter().map(|_| Cell::empty()));
            table.rows.push(ligne);
        }
        flow.table(&table);
        flow.space(2.0);
        let chef = visa_du_chef(&ctx.etab);
        let chef_nom = ctx.etab.chef_nom.clone();
        let noms = intervenants.join(", ");
        flow.block(20.0, |page, x, y, w| {
            let tiers = (w - 10.0) / 2.0;
            bloc_signature(page, x, y, tiers, 19.0, "Signature de l'intervenant·e", &noms);
            bloc_signature(page, x + tiers + 10.0, y, tiers, 19.0, &chef, &chef_nom);
        });
    }
}

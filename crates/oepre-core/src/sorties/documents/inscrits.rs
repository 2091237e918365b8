//! Liste des inscrits of an atelier, as a PDF (A4 landscape table) and as an XLSX sheet
//! (real dates, real numbers, rates as percentages, header row frozen, autofilter).
//!
//! Columns (domain.md §5): n°, nom, prénom, sexe, nationalité (French country name), date
//! d'inscription, date and reason of leaving, entry level (oral / écrit), CIR, primo-arrivant,
//! hours attended (and delivered), attendance rate — hours from [`crate::domaine::heures`]. Waiting-list
//! enrolments are not listed.

use chrono::{Datelike, NaiveDate};
use oepre_pdf::{Align, Cell, Column, Direction, Flow, Orientation, Table, TableStyle, TextStyle};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::{date_texte, entete, erreur_pdf};
use crate::domaine::heures::{self, Heures, Portee};
use crate::domaine::inscription::{MotifDepart, NiveauCecrl};
use crate::domaine::parent::{est_primo_arrivant, Sexe};
use crate::commun::recherche::cle_tri;
use crate::commun::referentiels::nom_pays;
use crate::commun::texte::date_fr;
use crate::{domaine::annee, domaine::atelier, Db, Erreur, Resultat};

/// One row of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct LigneInscrit {
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Latin spelling, or empty.
    pub translitteration: String,
    /// Sex, when known.
    pub sexe: Option<Sexe>,
    /// Nationality, French name of the country.
    pub nationalite: Option<String>,
    /// Enrolment date.
    pub inscrit_le: NaiveDate,
    /// Leaving date.
    pub parti_le: Option<NaiveDate>,
    /// Leaving reason.
    pub motif_depart: Option<MotifDepart>,
    /// Entry level, oral.
    pub entree_oral: Option<NiveauCecrl>,
    /// Entry level, written.
    pub entree_ecrit: Option<NiveauCecrl>,
    /// Self-declared CIR signatory.
    pub cir: bool,
    /// Derived for the atelier's school year; `None` when the arrival year is unknown.
    pub primo_arrivant: Option<bool>,
    /// Hours and rate.
    pub heures: Heures,
}

/// The rows of an atelier's list, sorted by name (one query plus the hours).
pub fn lignes(db: &Db, atelier_id: i64) -> Resultat<Vec<LigneInscrit>> {
    let conn = db.conn();
    let a = atelier::lire(conn, atelier_id)?;
    let rentree = annee::par_id(conn, a.annee_id)?.premier_jour;
    let mut heures = heures::par_inscription(conn, &Portee::Atelier(atelier_id))?;
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, p.nom, p.prenom, p.translitteration, p.sexe, p.nationalite, i.inscrit_le, i.parti_le, i.motif_depart,
                i.entree_oral, i.entree_ecrit, p.cir, p.annee_arrivee, p.mois_arrivee
         FROM inscription i JOIN parent p ON p.id = i.parent_id
         WHERE i.atelier_id = ?1 AND i.statut <> 'attente'",
    )?;
    let mut v: Vec<LigneInscrit> = stmt
        .query_map([atelier_id], |r| {
            let id: i64 = r.get(0)?;
            let niveau = |k: usize| -> rusqlite::Result<Option<NiveauCecrl>> {
                Ok(r.get::<_, Option<String>>(k)?.as_deref().and_then(NiveauCecrl::depuis_code))
            };
            Ok(LigneInscrit {
                nom: r.get(1)?,
                prenom: r.get(2)?,
                translitteration: r.get(3)?,
                sexe: r.get::<_, Option<String>>(4)?.as_deref().and_then(Sexe::lire),
                nationalite: r.get::<_, Option<String>>(5)?.map(|c| nom_pays(&c).to_owned()),
                inscrit_le: r.get(6)?,
                parti_le: r.get(7)?,
                motif_depart: r.get::<_, Option<String>>(8)?.as_deref().and_then(MotifDepart::depuis_code),
                entree_oral: niveau(9)?,
                entree_ecrit: niveau(10)?,
                cir: r.get(11)?,
                primo_arrivant: est_primo_arrivant(r.get(12)?, r.get(13)?, rentree),
                heures: heures.remove(&id).unwrap_or_default(),
            })
        })?
        .collect::<Result<_, _>>()?;
    v.sort_by_cached_key(|l| cle_tri(&l.nom, &l.prenom));
    Ok(v)
}

fn oui_non(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "oui",
        Some(false) => "non",
        None => "—",
    }
}

fn niveau(n: Option<NiveauCecrl>) -> &'static str {
    n.map_or("—", NiveauCecrl::code)
}

/// The list as a PDF (A4 landscape). `edite_le` is printed (« liste arrêtée au … »).
pub fn liste_inscrits_pdf(db: &Db, atelier_id: i64, edite_le: NaiveDate) -> Resultat<Vec<u8>> {
    let conn = db.conn();
    let etab = super::etablissement(conn)?;
    let a = atelier::lire(conn, atelier_id)?;
    let annee = annee::par_id(conn, a.annee_id)?.libelle;
    let lignes = lignes(db, atelier_id)?;
    let mut doc = entete::document(&format!("Liste des inscrits — {} — {annee}", a.nom), Orientation::Landscape);
    let mut flow = Flow::new(&mut doc);
    entete::entete_compacte(&mut flow, &etab);
    flow.space(2.0);
    flow.paragraph("Liste des inscrits — Dispositif OEPRE", &entete::titre(14.0));
    flow.space(1.0);
    let mut infos = format!("Atelier : {} — Année scolaire {annee}", a.nom);
    if !a.niveau.is_empty() {
        infos.push_str(&format!(" — {}", a.niveau));
    }
    infos.push_str(&format!(" — {} parents — liste arrêtée au {}", lignes.len(), date_texte(edite_le)));
    flow.paragraph(&infos, &TextStyle::new(9.0).align(Align::Center));
    flow.space(3.0);
    let cols = vec![
        Column::fixed(8.0).align(Align::Center),
        Column::weight(1.2).align(Align::Left),
        Column::weight(1.0).align(Align::Left),
        Column::fixed(10.0).align(Align::Center),
        Column::weight(0.9).align(Align::Left),
        Column::fixed(20.0).align(Align::Center),
        Column::weight(0.9).align(Align::Left),
        Column::fixed(20.0).align(Align::Center),
        Column::fixed(10.0).align(Align::Center),
        Column::fixed(15.0).align(Align::Center),
        Column::fixed(23.0).align(Align::Right),
        Column::fixed(16.0).align(Align::Right),
    ];
    let mut table = Table::new(cols).style(TableStyle {
        text: TextStyle::new(8.5),
        header_text: TextStyle::new(8.0).bold().align(Align::Center),
        padding: 1.3,
        min_row_height: 6.5,
        ..TableStyle::default()
    });
    table.header = Some(
        [
            "N°", "Nom", "Prénom", "Sexe", "Nationalité", "Inscription", "Départ (date, motif)", "Niveau d'entrée\noral / écrit", "CIR",
            "Primo-\narrivant", "Heures suivies\n/ dispensées", "Assiduité",
        ]
        .into_iter()
        .map(Cell::new)
        .collect(),
    );
    for (n, l) in lignes.iter().enumerate() {
        let mut nom = l.nom.to_uppercase();
        if !l.translitteration.trim().is_empty() {
            nom.push_str(&format!("\n({})", l.translitteration.trim()));
        }
        let depart = match (l.parti_le, l.motif_depart) {
            (Some(d), Some(m)) => format!("{}, {}", date_fr(d), m.libelle()),
            (Some(d), None) => date_fr(d),
            _ => String::new(),
        };
        table.row([
            Cell::new((n + 1).to_string()),
            Cell::new(nom).direction(Direction::Ltr),
            Cell::new(l.prenom.clone()).direction(Direction::Ltr),
            Cell::new(match l.sexe {
                Some(Sexe::F) => "F",
                Some(Sexe::M) => "H",
                None => "—",
            }),
            Cell::new(l.nationalite.clone().unwrap_or_else(|| "—".into())),
            Cell::new(date_fr(l.inscrit_le)),
            Cell::new(depart),
            Cell::new(format!("{} / {}", niveau(l.entree_oral), niveau(l.entree_ecrit))),
            Cell::new(oui_non(Some(l.cir))),
            Cell::new(oui_non(l.primo_arrivant)),
            Cell::new(format!("{} / {}", heures::formater(l.heures.minutes_suivies), heures::formater(l.heures.minutes_dispensees))),
            Cell::new(heures::formater_taux(l.heures.taux)),
        ]);
    }
    flow.table(&table);
    flow.space(3.0);
    flow.paragraph(
        "Heures suivies et dispensées : séances dont l'appel a été fait, depuis l'inscription et jusqu'au départ. \
         Primo-arrivant : arrivé·e en France depuis moins de cinq ans à la rentrée. CIR : contrat d'intégration républicaine (déclaratif).",
        &entete::gris(7.5),
    );
    doc.finish().map_err(erreur_pdf)
}

fn erreur_xlsx(e: XlsxError) -> Erreur {
    Erreur::Interne(format!("le classeur XLSX n'a pas pu être produit ({e})"))
}

fn date_excel(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(u16::try_from(d.year()).unwrap_or(1900), d.month() as u8, d.day() as u8)
}

/// The list as an XLSX workbook (one sheet « Inscrits »): real dates (dd/mm/yyyy), hours as
/// numbers, the rate as a percentage, header row frozen, columns sized, autofilter.
/// `edite_le` is the workbook's creation date (fixed, so the same data give the same bytes).
pub fn liste_inscrits_xlsx(db: &Db, atelier_id: i64, edite_le: NaiveDate) -> Resultat<Vec<u8>> {
    let a = atelier::lire(db.conn(), atelier_id)?;
    let annee = annee::par_id(db.conn(), a.annee_id)?.libelle;
    let lignes = lignes(db, atelier_id)?;
    classeur(&a.nom, &annee, &lignes, edite_le).map_err(erreur_xlsx)
}

fn classeur(atelier: &str, annee: &str, lignes: &[LigneInscrit], edite_le: NaiveDate) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let props = DocProperties::new()
        .set_title(format!("Liste des inscrits — {atelier} — {annee}"))
        .set_author("Ateliers OEPRE")
        .set_creation_datetime(&date_excel(edite_le)?);
    wb.set_properties(&props);
    let ws = wb.add_worksheet();
    ws.set_name("Inscrits")?;
    let entete = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Center).set_align(FormatAlign::VerticalCenter).set_background_color(0xE1E1E1);
    let f_date = Format::new().set_num_format("dd/mm/yyyy");
    let f_heures = Format::new().set_num_format("0.00");
    let f_taux = Format::new().set_num_format("0%");
    let colonnes: [(&str, f64); 16] = [
        ("N°", 5.0),
        ("Nom", 20.0),
        ("Prénom", 16.0),
        ("Translittération", 22.0),
        ("Sexe", 8.0),
        ("Nationalité", 16.0),
        ("Date d'inscription", 12.0),
        ("Date de départ", 12.0),
        ("Motif de départ", 16.0),
        ("Niveau d'entrée oral", 10.0),
        ("Niveau d'entrée écrit", 10.0),
        ("CIR", 6.0),
        ("Primo-arrivant", 9.0),
        ("Heures suivies", 10.0),
        ("Heures dispensées", 11.0),
        ("Taux d'assiduité", 10.0),
    ];
    for (c, (titre, largeur)) in colonnes.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, *titre, &entete)?;
        ws.set_column_width(c, *largeur)?;
    }
    ws.set_row_height(0, 30)?;
    for (n, l) in lignes.iter().enumerate() {
        let r = n as u32 + 1;
        ws.write_number(r, 0, (n + 1) as f64)?;
        ws.write_string(r, 1, &l.nom)?;
        ws.write_string(r, 2, &l.prenom)?;
        ws.write_string(r, 3, &l.translitteration)?;
        if let Some(s) = l.sexe {
            ws.write_string(r, 4, if s == Sexe::F { "Femme" } else { "Homme" })?;
        }
        if let Some(n) = &l.nationalite {
            ws.write_string(r, 5, n)?;
        }
        ws.write_datetime_with_format(r, 6, date_excel(l.inscrit_le)?, &f_date)?;
        if let Some(d) = l.parti_le {
            ws.write_datetime_with_format(r, 7, date_excel(d)?, &f_date)?;
        }
        if let Some(m) = l.motif_depart {
            ws.write_string(r, 8, m.libelle())?;
        }
        if let Some(n) = l.entree_oral {
            ws.write_string(r, 9, n.code())?;
        }
        if let Some(n) = l.entree_ecrit {
            ws.write_string(r, 10, n.code())?;
        }
        ws.write_string(r, 11, if l.cir { "oui" } else { "non" })?;
        if let Some(p) = l.primo_arrivant {
            ws.write_string(r, 12, if p { "oui" } else { "non" })?;
        }
        ws.write_number_with_format(r, 13, l.heures.minutes_suivies as f64 / 60.0, &f_heures)?;
        ws.write_number_with_format(r, 14, l.heures.minutes_dispensees as f64 / 60.0, &f_heures)?;
        if let Some(t) = l.heures.taux {
            ws.write_number_with_format(r, 15, t, &f_taux)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, lignes.len() as u32, (colonnes.len() - 1) as u16)?;
    wb.save_to_buffer()
}

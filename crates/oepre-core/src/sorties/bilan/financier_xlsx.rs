//! The financial bilan as its own XLSX workbook, beside the quantitative and qualitative one
//! ([`super::xlsx`]): sheets « Bilan financier » (the channel — online survey of the DAEPS —,
//! the deadline, the school, then the totals), « Finances » (vacations per intervenant·e and
//! month, rates, other costs, funding, balance), « Fiche de saisie » ([`super::saisie::financiere`]).
//! Same number formats and fixed document properties as the other workbook (same bilan, same
//! bytes); intervenants are « Intervenant·e 1, 2… ».

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};

use super::xlsx::{en_tete, entetes, euros, fiche_saisie, formats, h, remuneration_libelle, statut_libelle, Formats};
use super::Bilan;
use crate::{Erreur, Resultat};

/// The financial workbook's bytes.
pub fn xlsx_financier(b: &Bilan) -> Resultat<Vec<u8>> {
    classeur(b).map_err(|e| Erreur::Interne(format!("le classeur XLSX du bilan financier n'a pas pu être produit ({e})")))
}

fn classeur(b: &Bilan) -> Result<Vec<u8>, XlsxError> {
    let f = formats();
    let mut wb = Workbook::new();
    let d = b.dernier_jour;
    let props = DocProperties::new()
        .set_title(format!("Bilan financier OEPRE {} — {}", b.annee, b.etablissement.uai))
        .set_author("Ateliers OEPRE")
        .set_creation_datetime(&ExcelDateTime::from_ymd(u16::try_from(d.year()).unwrap_or(1900), d.month() as u8, d.day() as u8)?);
    wb.set_properties(&props);
    synthese(wb.add_worksheet(), b, &f)?;
    finances(wb.add_worksheet(), b, &f)?;
    fiche_saisie(wb.add_worksheet(), "Enquête en ligne de la DAEPS", &super::saisie::financiere(b), &f)?;
    wb.save_to_buffer()
}

fn synthese(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Bilan financier")?;
    ws.write_string_with_format(0, 0, format!("Bilan financier des ateliers OEPRE — année {}", b.annee), &f.titre)?;
    ws.set_column_width(0, 44)?;
    ws.set_column_width(1, 16)?;
    let e = &b.etablissement;
    let quantitatif = format!(
        "Document à part (« {} » et « .pdf »), à saisir dans l'enquête Orquestra de la DGESCO.",
        super::nom_fichier(b, "xlsx")
    );
    let lignes = [
        ("À transmettre", super::CANAL_FINANCIER),
        ("Échéance", super::ECHEANCE_BILANS),
        ("Bilan quantitatif et qualitatif", quantitatif.as_str()),
        ("Établissement", &e.nom),
        ("UAI", &e.uai),
        ("Commune", &e.commune),
        ("Académie", &e.academie),
    ];
    let mut r = en_tete(ws, 2, &lignes, f)? + 1;
    entetes(ws, r, &[("Indicateur", 44.0), ("Établissement", 16.0)], f)?;
    r += 1;
    let fin = &b.finances;
    for (libelle, v, euro) in [
        ("Heures réalisées (ateliers)", h(b.ecole.minutes_realisees), false),
        ("Heures payées en vacations", h(fin.minutes_vacation), false),
        ("Heures hors vacations (HSE, facture, non décidé)", h(fin.minutes_hors_vacation), false),
        ("Montant des vacations (brut)", euros(fin.total_centimes), true),
        ("Autres dépenses", euros(fin.autres_depenses_centimes), true),
        ("Total des dépenses", euros(fin.total_depenses_centimes), true),
        ("Financements reçus", euros(fin.financements_centimes), true),
        ("Solde (financements − dépenses)", euros(fin.solde_centimes), true),
    ] {
        ws.write_string(r, 0, libelle)?;
        ws.write_number_with_format(r, 1, v, if euro { &f.euros } else { &f.heures })?;
        r += 1;
    }
    if !b.avertissements.is_empty() {
        r += 1;
        ws.write_string_with_format(r, 0, "Avertissements", &f.gras)?;
        for a in &b.avertissements {
            r += 1;
            ws.write_string(r, 0, &a.message)?;
        }
    }
    Ok(())
}

fn finances(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Finances")?;
    entetes(ws, 0, &[("Intervenant·e", 18.0), ("Statut", 36.0), ("Rémunération", 26.0), ("Mois", 10.0), ("Séances", 10.0), ("Heures", 10.0), ("Montant (brut)", 14.0)], f)?;
    let mut r = 1;
    for i in &b.intervenants {
        for m in &i.mois {
            ws.write_string(r, 0, &i.libelle)?;
            ws.write_string(r, 1, statut_libelle(&i.statut))?;
            ws.write_string(r, 2, remuneration_libelle(i.remuneration.as_deref()))?;
            ws.write_string(r, 3, &m.mois)?;
            ws.write_number(r, 4, m.seances as f64)?;
            ws.write_number_with_format(r, 5, h(m.minutes), &f.heures)?;
            match m.centimes_vacation {
                Some(c) => ws.write_number_with_format(r, 6, euros(c), &f.euros)?,
                None => ws.write_string(r, 6, "hors vacation")?,
            };
            r += 1;
        }
    }
    let fin = &b.finances;
    ws.write_string_with_format(r, 0, "Total des vacations", &f.gras)?;
    ws.write_number_with_format(r, 5, h(fin.minutes_vacation), &f.heures)?;
    ws.write_number_with_format(r, 6, euros(fin.total_centimes), &f.euros)?;
    r += 1;
    ws.write_string_with_format(r, 0, "Heures hors vacations", &f.gras)?;
    ws.write_number_with_format(r, 5, h(fin.minutes_hors_vacation), &f.heures)?;
    r += 2;
    entetes(ws, r, &[("Taux de vacation appliqués", 18.0), ("En vigueur depuis", 36.0), ("Montant horaire brut", 26.0)], f)?;
    r += 1;
    for t in &fin.taux_appliques {
        ws.write_string(r, 1, t.depuis.format("%d/%m/%Y").to_string())?;
        ws.write_number_with_format(r, 2, euros(t.centimes_par_heure), &f.euros)?;
        r += 1;
    }
    // Other costs and funding, one per row: label, category or date, amount in the « Montant » column.
    r += 1;
    for (c, t) in ["Autres dépenses", "Catégorie", "Date", "", "", "", "Montant"].iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *t, &f.entete)?;
    }
    r += 1;
    for d in &fin.depenses {
        ws.write_string(r, 0, &d.libelle)?;
        ws.write_string(r, 1, d.categorie.libelle())?;
        if let Some(date) = d.date {
            ws.write_string(r, 2, date.format("%d/%m/%Y").to_string())?;
        }
        ws.write_number_with_format(r, 6, euros(d.centimes), &f.euros)?;
        r += 1;
    }
    for c in &fin.depenses_par_categorie {
        ws.write_string(r, 0, format!("Total : {}", c.libelle))?;
        ws.write_number_with_format(r, 6, euros(c.centimes), &f.euros)?;
        r += 1;
    }
    ws.write_string_with_format(r, 0, "Total des autres dépenses", &f.gras)?;
    ws.write_number_with_format(r, 6, euros(fin.autres_depenses_centimes), &f.euros)?;
    r += 2;
    for (c, t) in ["Financements reçus", "Date", "", "", "", "", "Montant"].iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *t, &f.entete)?;
    }
    r += 1;
    for x in &fin.financements {
        ws.write_string(r, 0, &x.source)?;
        ws.write_string(r, 1, x.date.format("%d/%m/%Y").to_string())?;
        ws.write_number_with_format(r, 6, euros(x.centimes), &f.euros)?;
        r += 1;
    }
    ws.write_string_with_format(r, 0, "Total des financements", &f.gras)?;
    ws.write_number_with_format(r, 6, euros(fin.financements_centimes), &f.euros)?;
    r += 2;
    ws.write_string_with_format(r, 0, "Équilibre", &f.entete)?;
    r += 1;
    for (libelle, centimes) in [
        ("Vacations", fin.total_centimes),
        ("Autres dépenses", fin.autres_depenses_centimes),
        ("Total des dépenses", fin.total_depenses_centimes),
        ("Financements", fin.financements_centimes),
        ("Solde (financements − dépenses)", fin.solde_centimes),
    ] {
        ws.write_string_with_format(r, 0, libelle, &f.gras)?;
        ws.write_number_with_format(r, 6, euros(centimes), &f.euros)?;
        r += 1;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}


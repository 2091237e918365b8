//! The académie workbook's sheets beyond the totals ([`super::fusion_xlsx`]): « Départements »
//! (one line per département from the UAI, the same columns as « Établissements »),
//! « Nationalités » (grouped as in the school bilan, académie then each département),
//! « Niveaux et certifications » and « Assiduité par mois ». Counts only, never a name.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::financier_pdf::mois_texte;
use super::fusion::{avis_bilans_sans_mois, Fusion};
use super::fusion_xlsx::{colonnes, ecrire};

/// Writes the four sheets into `wb`, after the others.
pub(super) fn feuilles(wb: &mut Workbook, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    departements(wb, f, fm)?;
    nationalites(wb, f, fm)?;
    niveaux(wb, f, fm)?;
    mois(wb, f, fm)
}

fn departements(wb: &mut Workbook, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Départements")?;
    let fixes = ["Département", "Nom", "Établissements"];
    for (c, t) in fixes.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *t, &fm[3])?;
    }
    ws.set_column_width(1, 24)?;
    for (c, (t, _, _)) in colonnes(&f.total, true, true).iter().enumerate() {
        ws.write_string_with_format(0, (fixes.len() + c) as u16, *t, &fm[3])?;
    }
    for (i, d) in f.departements.iter().enumerate() {
        let l = 1 + i as u32;
        ws.write_string(l, 0, &d.code)?;
        ws.write_string(l, 1, &d.nom)?;
        ws.write_number(l, 2, d.etablissements as f64)?;
        let c = &d.chiffres;
        for (k, (_, g, v)) in colonnes(c, c.bilans_sans_publics < d.etablissements, c.bilans_sans_axes < d.etablissements).into_iter().enumerate() {
            ecrire(ws, l, (fixes.len() + k) as u16, &g, v, fm)?;
        }
    }
    let l = 2 + f.departements.len() as u32;
    ws.write_string(l, 0, "Le département est lu dans les trois premiers caractères de l'UAI (031 : Haute-Garonne).")?;
    Ok(())
}

fn nationalites(wb: &mut Workbook, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Nationalités")?;
    ws.set_column_width(0, 32)?;
    ws.write_string_with_format(0, 0, "Nationalité (parents)", &fm[3])?;
    ws.write_string_with_format(0, 1, "Académie", &fm[3])?;
    for (i, d) in f.departements.iter().enumerate() {
        ws.write_string_with_format(0, 2 + i as u16, format!("{} {}", d.code, d.nom), &fm[3])?;
        ws.set_column_width(2 + i as u16, 18)?;
    }
    for (r, n) in f.total.nationalites.iter().enumerate() {
        let r = 1 + r as u32;
        ws.write_string(r, 0, &n.libelle)?;
        ws.write_number(r, 1, n.nombre as f64)?;
        for (i, d) in f.departements.iter().enumerate() {
            let v = d.chiffres.nationalites.iter().find(|x| x.code == n.code).map_or(0, |x| x.nombre);
            ws.write_number(r, 2 + i as u16, v as f64)?;
        }
    }
    let r = 2 + f.total.nationalites.len() as u32;
    ws.write_string(
        r,
        0,
        format!(
            "Comme dans le bilan de chaque établissement, une nationalité de moins de {} parents est comptée dans « Autres nationalités » (à chaque niveau : établissement, département, académie), pour que personne ne puisse être reconnu.",
            super::SEUIL_NATIONALITE
        ),
    )?;
    Ok(())
}

fn niveaux(wb: &mut Workbook, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Niveaux et certifications")?;
    ws.set_column_width(0, 28)?;
    let t = &f.total;
    let entetes = ["Niveau CECRL (par inscription)", "Entrée oral", "Entrée écrit", "Sortie oral", "Sortie écrit"];
    for (c, e) in entetes.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *e, &fm[3])?;
        ws.set_column_width(c as u16 + 1, 14)?;
    }
    for (r, n) in t.niveaux.iter().enumerate() {
        let r = 1 + r as u32;
        ws.write_string(r, 0, if n.niveau == "non_evalue" { "Non évalué" } else { &n.niveau })?;
        for (c, v) in [n.entree_oral, n.entree_ecrit, n.sortie_oral, n.sortie_ecrit].into_iter().enumerate() {
            ws.write_number(r, 1 + c as u16, v as f64)?;
        }
    }
    let r0 = 2 + t.niveaux.len() as u32;
    for (c, e) in ["Certification", "Tentées", "Obtenues", "Résultat inconnu"].iter().enumerate() {
        ws.write_string_with_format(r0, c as u16, *e, &fm[3])?;
    }
    if t.certifications.is_empty() {
        ws.write_string(r0 + 1, 0, "Aucune certification tentée.")?;
    }
    for (r, l) in t.certifications.iter().enumerate() {
        let r = r0 + 1 + r as u32;
        ws.write_string(r, 0, &l.diplome)?;
        for (c, v) in [l.tentees, l.obtenues, l.resultat_inconnu].into_iter().enumerate() {
            ws.write_number(r, 1 + c as u16, v as f64)?;
        }
    }
    Ok(())
}

fn mois(wb: &mut Workbook, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name("Assiduité par mois")?;
    ws.set_column_width(0, 20)?;
    for (c, e) in ["Mois", "Heures suivies", "Heures dispensées", "Taux d'assiduité"].iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *e, &fm[3])?;
        ws.set_column_width(c as u16 + 1, 16)?;
    }
    let t = &f.total;
    let tous_anciens = t.bilans_sans_mois >= f.ecoles.len() as i64;
    for (r, m) in t.assiduite_par_mois.iter().enumerate() {
        let r = 1 + r as u32;
        ws.write_string(r, 0, mois_texte(&m.mois))?;
        ws.write_number_with_format(r, 1, m.minutes_suivies as f64 / 60.0, &fm[0])?;
        ws.write_number_with_format(r, 2, m.minutes_dispensees as f64 / 60.0, &fm[0])?;
        match m.taux() {
            Some(v) => ws.write_number_with_format(r, 3, v, &fm[2])?,
            None => ws.write_string(r, 3, "—")?,
        };
    }
    let r = 2 + t.assiduite_par_mois.len() as u32;
    if tous_anciens {
        ws.write_string(1, 0, "—")?;
    }
    if t.bilans_sans_mois > 0 {
        ws.write_string(r, 0, avis_bilans_sans_mois(t.bilans_sans_mois))?;
    }
    Ok(())
}

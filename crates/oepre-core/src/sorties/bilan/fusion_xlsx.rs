//! The académie merge as an XLSX workbook ([`fusion_xlsx`]): sheet « Académie » (label, value),
//! sheet « Établissements » (one line per school, same columns), sheet « Parcours des parents »,
//! then the sheets of [`super::fusion_feuilles`] (départements, nationalities, levels and
//! certifications, attendance per month).
//! The figures are [`super::fusion`]'s; this file only lays them out.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::fusion::{avis_bilans_sans_axes, avis_bilans_sans_publics, ChiffresFusion, Fusion};
use super::{Compte, LigneProgression};
use crate::domaine::parcours_parent::{Attente, Orientation, Prescripteur};
use crate::{Erreur, Resultat};

pub(super) enum Genre {
    Nombre,
    Heures,
    Euros,
    Taux,
    Moyenne,
}

/// The columns: header, kind, value. Same order on both sheets. `publics_connus`: at least one
/// of the files summed in `c` counts the priority public; `axes_connus`: the hours per axis.
pub(super) fn colonnes(c: &ChiffresFusion, publics_connus: bool, axes_connus: bool) -> Vec<(&'static str, Genre, Option<f64>)> {
    use Genre::*;
    let n = |v: i64| Some(v as f64);
    let h = |m: i64| Some(m as f64 / 60.0);
    // A school whose file predates the split has no such counts (« — »); the académie's total
    // sums the files that have them, and the sheet says how many do not.
    let publics = |v: i64| publics_connus.then_some(v as f64);
    let axes = |m: i64| axes_connus.then_some(m as f64 / 60.0);
    // The ticks: « — » for a file (or a total of files) exported before they were counted.
    let suivi = |v: i64| (c.bilans_avec_suivi > 0).then_some(v as f64);
    vec![
        ("Groupes", Nombre, n(c.groupes)),
        ("Heures prévues", Heures, h(c.minutes_prevues)),
        ("Heures programmées", Heures, h(c.minutes_programmees)),
        ("Heures réalisées", Heures, h(c.minutes_realisees)),
        ("Heures réalisées — axe 1 : langue française", Heures, axes(c.minutes_axe_langue)),
        ("Heures réalisées — axe 2 : la connaissance du fonctionnement et des attentes de l'École", Heures, axes(c.minutes_axe_ecole)),
        ("Heures réalisées — axe 3 : valeurs de la République", Heures, axes(c.minutes_axe_valeurs)),
        ("Séances programmées", Nombre, n(c.seances_programmees)),
        ("Séances réalisées", Nombre, n(c.seances_realisees)),
        ("Séances annulées", Nombre, n(c.seances_annulees)),
        ("Inscrits au démarrage", Nombre, axes_connus.then_some(c.inscrits_au_debut as f64)),
        ("Parents inscrits", Nombre, n(c.inscrits)),
        ("Présents en fin d'année", Nombre, n(c.en_cours)),
        ("Partis en cours d'année", Nombre, n(c.partis)),
        ("Taux d'abandon", Taux, c.taux_abandon),
        ("Liste d'attente", Nombre, n(c.en_attente)),
        ("Femmes", Nombre, n(c.femmes)),
        ("Hommes", Nombre, n(c.hommes)),
        ("Sexe non renseigné", Nombre, n(c.sexe_non_renseigne)),
        ("Part des femmes", Taux, c.part_femmes),
        (super::LIBELLE_PUBLIC_PRIORITAIRE, Nombre, publics(c.public_prioritaire)),
        (super::LIBELLE_AUTRES_ALLOPHONES, Nombre, publics(c.autres_allophones_hors_prioritaire)),
        (super::LIBELLE_AUTRES_FRANCOPHONES, Nombre, publics(c.francophones_hors_prioritaire)),
        ("Primo-arrivants", Nombre, n(c.primo_arrivants)),
        ("Signataires du CIR", Nombre, n(c.cir)),
        ("Protection internationale", Nombre, n(c.protection_internationale)),
        ("Réinscrits", Nombre, n(c.reinscrits)),
        ("Heures suivies", Heures, h(c.minutes_suivies)),
        ("Heures dispensées", Heures, h(c.minutes_dispensees)),
        ("Heures suivies par parent", Moyenne, c.minutes_suivies_moyenne.map(|m| m / 60.0)),
        ("Taux d'assiduité", Taux, c.taux_assiduite),
        ("Participation des parents aux rencontres individuelles (parents cochés)", Nombre, suivi(c.suivi_rencontres)),
        ("Venues des parents à l'école hors rencontres individuelles (parents cochés)", Nombre, suivi(c.suivi_venues)),
        ("Participation aux élections (parents cochés)", Nombre, suivi(c.suivi_elections)),
        ("Actions conjointes avec partenaires", Nombre, c.actions_partenaires.map(|v| v as f64)),
        ("Analyse partagée avec les représentants des parents d'élèves", Nombre, c.analyses_partagees.map(|v| v as f64)),
        ("Vacations (€)", Euros, Some(c.centimes_vacations as f64 / 100.0)),
        ("Heures en vacation", Heures, h(c.minutes_vacation)),
        ("Heures hors vacation", Heures, h(c.minutes_hors_vacation)),
        ("Autres dépenses (€)", Euros, Some(c.centimes_autres_depenses as f64 / 100.0)),
        ("Financements reçus (€)", Euros, Some(c.centimes_financements as f64 / 100.0)),
        ("Solde (€)", Euros, Some(c.centimes_solde as f64 / 100.0)),
    ]
}

/// The consolidation as an XLSX workbook: sheet « Académie » (label, value) and sheet
/// « Établissements » (UAI, name, town, year, then the same columns). Hours as decimal hours,
/// amounts in euros, rates as percentages.
pub fn fusion_xlsx(f: &Fusion) -> Resultat<Vec<u8>> {
    classeur(f).map_err(|e| Erreur::Interne(format!("le classeur XLSX de l'académie n'a pas pu être produit ({e})")))
}

pub(super) fn ecrire(ws: &mut Worksheet, l: u32, c: u16, g: &Genre, v: Option<f64>, fm: &[Format; 4]) -> Result<(), XlsxError> {
    let Some(v) = v else {
        ws.write_string(l, c, "—")?;
        return Ok(());
    };
    match g {
        Genre::Nombre => ws.write_number(l, c, v)?,
        Genre::Heures | Genre::Moyenne => ws.write_number_with_format(l, c, v, &fm[0])?,
        Genre::Euros => ws.write_number_with_format(l, c, v, &fm[1])?,
        Genre::Taux => ws.write_number_with_format(l, c, v, &fm[2])?,
    };
    Ok(())
}

fn classeur(f: &Fusion) -> Result<Vec<u8>, XlsxError> {
    let fm = [
        Format::new().set_num_format("#,##0.00"),
        Format::new().set_num_format("#,##0.00\\ \"€\""),
        Format::new().set_num_format("0%"),
        Format::new().set_bold(),
    ];
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Académie")?;
    ws.write_string_with_format(0, 0, format!("Bilan OEPRE académique {} — {}", f.annees.join(", "), f.academies.join(", ")), &fm[3])?;
    ws.write_string(1, 0, "Établissements")?;
    ws.write_number(1, 1, f.ecoles.len() as f64)?;
    ws.set_column_width(0, 32)?;
    ws.set_column_width(1, 14)?;
    let total_connu = f.total.bilans_sans_publics < f.ecoles.len() as i64;
    let axes_connus = f.total.bilans_sans_axes < f.ecoles.len() as i64;
    let cols = colonnes(&f.total, total_connu, axes_connus);
    let n_cols = cols.len() as u32;
    for (i, (t, g, v)) in cols.into_iter().enumerate() {
        let l = 2 + i as u32;
        ws.write_string(l, 0, t)?;
        ecrire(ws, l, 1, &g, v, &fm)?;
    }
    if f.total.bilans_sans_publics > 0 {
        ws.write_string(2 + n_cols + 1, 0, avis_bilans_sans_publics(f.total.bilans_sans_publics))?;
    }
    if f.total.bilans_sans_axes > 0 {
        ws.write_string(2 + n_cols + 2, 0, avis_bilans_sans_axes(f.total.bilans_sans_axes))?;
    }
    let ws = wb.add_worksheet();
    ws.set_name("Établissements")?;
    let fixes = ["UAI", "Établissement", "Commune", "Année"];
    for (c, t) in fixes.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *t, &fm[3])?;
    }
    for (c, (t, _, _)) in colonnes(&f.total, total_connu, axes_connus).iter().enumerate() {
        ws.write_string_with_format(0, (fixes.len() + c) as u16, *t, &fm[3])?;
    }
    for (i, e) in f.ecoles.iter().enumerate() {
        let l = 1 + i as u32;
        ws.write_string(l, 0, &e.uai)?;
        ws.write_string(l, 1, &e.nom)?;
        ws.write_string(l, 2, &e.commune)?;
        ws.write_string(l, 3, &e.annee)?;
        for (c, (_, g, v)) in colonnes(&e.chiffres, e.chiffres.bilans_sans_publics == 0, e.chiffres.bilans_sans_axes == 0).into_iter().enumerate() {
            ecrire(ws, l, (fixes.len() + c) as u16, &g, v, &fm)?;
        }
    }
    let l = 1 + f.ecoles.len() as u32;
    ws.write_string_with_format(l, 1, "Total académie", &fm[3])?;
    for (c, (_, g, v)) in colonnes(&f.total, total_connu, axes_connus).into_iter().enumerate() {
        ecrire(ws, l, (fixes.len() + c) as u16, &g, v, &fm)?;
    }
    parcours(wb.add_worksheet(), f, &fm)?;
    super::fusion_feuilles::feuilles(&mut wb, f, &fm)?;
    wb.save_to_buffer()
}

/// How to read one count of the « Parcours des parents » sheet; `None` for a section title.
type Lire = Option<Box<dyn Fn(&ChiffresFusion) -> i64>>;

/// The rows of the « Parcours des parents » sheet: a section title (no value) or a label and
/// how to read its count in a school's (or the académie's) figures.
fn lignes_parcours() -> Vec<(String, Lire)> {
    fn compte(liste: fn(&ChiffresFusion) -> &Vec<Compte>, code: &'static str) -> Lire {
        Some(Box::new(move |c| liste(c).iter().find(|x| x.code == code).map_or(0, |x| x.nombre)))
    }
    let mut v: Vec<(String, Lire)> = vec![("Orientés vers l'atelier par (par parent)".into(), None)];
    v.extend(Prescripteur::TOUS.iter().map(|p| (p.libelle().to_owned(), compte(|c| &c.prescripteurs, p.code()))));
    v.push(("Non renseigné".into(), compte(|c| &c.prescripteurs, "non_renseigne")));
    v.push(("Attentes à l'inscription (plusieurs réponses possibles)".into(), None));
    v.extend(Attente::TOUS.iter().map(|a| (a.libelle().to_owned(), compte(|c| &c.attentes, a.code()))));
    v.push(("Aucune attente cochée".into(), compte(|c| &c.attentes, "non_renseigne")));
    v.push(("Orientation en fin d'atelier (par parent)".into(), None));
    v.extend(Orientation::TOUS.iter().map(|o| (o.libelle().to_owned(), compte(|c| &c.orientations, o.code()))));
    v.push(("Non décidée".into(), compte(|c| &c.orientations, "non_renseigne")));
    v.push(("Progression du niveau CECRL, entrée → sortie (par inscription)".into(), None));
    for (k, nom) in [("oral", "Oral"), ("ecrit", "Écrit")] {
        type Champ = fn(&LigneProgression) -> i64;
        for (quoi, champ) in [
            ("en progrès", (|l: &LigneProgression| l.progres) as Champ),
            ("niveau stable", |l| l.stable),
            ("en recul", |l| l.recul),
            ("entrée ou sortie non évaluée", |l| l.non_evalue),
        ] {
            let lire: Lire = Some(Box::new(move |c: &ChiffresFusion| c.progression.iter().find(|l| l.competence == k).map_or(0, champ)));
            v.push((format!("{nom} : {quoi}"), lire));
        }
    }
    v
}

/// Sheet « Parcours des parents »: one row per count, the académie then one column per school;
/// « — » for a school whose file predates these counts.
fn parcours(ws: &mut Worksheet, f: &Fusion, fm: &[Format; 4]) -> Result<(), XlsxError> {
    ws.set_name("Parcours des parents")?;
    ws.set_column_width(0, 60)?;
    ws.write_string_with_format(0, 0, "Parcours des parents (comptes seulement, aucun nom)", &fm[3])?;
    ws.write_string_with_format(0, 1, "Académie", &fm[3])?;
    for (i, e) in f.ecoles.iter().enumerate() {
        ws.write_string_with_format(0, 2 + i as u16, format!("{} {}", e.uai, e.annee), &fm[3])?;
        ws.set_column_width(2 + i as u16, 16)?;
    }
    let lignes = lignes_parcours();
    for (r, (libelle, lire)) in lignes.iter().enumerate() {
        let r = 1 + r as u32;
        let Some(lire) = lire else {
            ws.write_string_with_format(r, 0, libelle, &fm[3])?;
            continue;
        };
        ws.write_string(r, 0, libelle)?;
        ws.write_number(r, 1, lire(&f.total) as f64)?;
        for (i, e) in f.ecoles.iter().enumerate() {
            if e.chiffres.bilans_sans_parcours > 0 {
                ws.write_string(r, 2 + i as u16, "—")?;
            } else {
                ws.write_number(r, 2 + i as u16, lire(&e.chiffres) as f64)?;
            }
        }
    }
    if f.total.bilans_sans_parcours > 0 {
        let n = f.total.bilans_sans_parcours;
        ws.write_string(
            2 + lignes.len() as u32,
            0,
            format!("{n} bilan(s) exporté(s) par une version antérieure ne donnent pas le parcours des parents : leurs parents manquent dans ces totaux. Demandez un nouvel export."),
        )?;
    }
    Ok(())
}

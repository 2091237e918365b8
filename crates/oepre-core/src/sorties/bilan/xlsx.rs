//! The quantitative and qualitative bilan as an XLSX workbook: sheets « Synthèse » (headed with
//! the channel: enquête Orquestra of the DGESCO, the deadline), « Ateliers », « Parents »,
//! « Intervenants », « Qualitatif », « À vérifier » (the completeness list), « Fiche de saisie »
//! ([`super::saisie`]). The financial bilan is its own workbook ([`super::financier_xlsx`]),
//! written with the helpers of this file. Real numbers (hours as decimal hours, amounts in euros,
//! rates as percentages) with number formats Excel and LibreOffice show the French way
//! (`1 234,50`, `29,54 €`, `70 %`); fixed document properties, so the same bilan gives the
//! same bytes.

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::{Bilan, Chiffres, Compte};
use crate::domaine::intervenant::{Remuneration, Statut};
use crate::{Erreur, Resultat};

pub(super) struct Formats {
    pub(super) entete: Format,
    pub(super) titre: Format,
    pub(super) heures: Format,
    pub(super) euros: Format,
    pub(super) taux: Format,
    pub(super) moyenne: Format,
    pub(super) gras: Format,
}

pub(super) fn formats() -> Formats {
    Formats {
        entete: Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Center).set_align(FormatAlign::VerticalCenter).set_background_color(0xE1E1E1),
        titre: Format::new().set_bold().set_font_size(13),
        heures: Format::new().set_num_format("#,##0.00"),
        euros: Format::new().set_num_format("#,##0.00\\ \"€\""),
        taux: Format::new().set_num_format("0%"),
        moyenne: Format::new().set_num_format("#,##0.00"),
        gras: Format::new().set_bold(),
    }
}

pub(super) fn h(minutes: i64) -> f64 {
    minutes as f64 / 60.0
}

pub(super) fn euros(centimes: i64) -> f64 {
    centimes as f64 / 100.0
}

pub(super) fn statut_libelle(code: &str) -> &'static str {
    Statut::depuis_code(code).map_or("Autre", Statut::libelle)
}

pub(super) fn remuneration_libelle(code: Option<&str>) -> &'static str {
    code.and_then(Remuneration::depuis_code).map_or("Non décidée", Remuneration::libelle)
}

pub(super) fn entetes(ws: &mut Worksheet, ligne: u32, titres: &[(&str, f64)], f: &Formats) -> Result<(), XlsxError> {
    for (c, (t, largeur)) in titres.iter().enumerate() {
        ws.write_string_with_format(ligne, c as u16, *t, &f.entete)?;
        ws.set_column_width(c as u16, *largeur)?;
    }
    ws.set_row_height(ligne, 30)?;
    Ok(())
}

/// The sheet's heading block: one line per `(label in bold, value)` from line `ligne`; returns
/// the line after it. Both bilans' workbooks open with it.
pub(super) fn en_tete(ws: &mut Worksheet, ligne: u32, lignes: &[(&str, &str)], f: &Formats) -> Result<u32, XlsxError> {
    for (k, (libelle, valeur)) in lignes.iter().enumerate() {
        let r = ligne + k as u32;
        ws.write_string_with_format(r, 0, *libelle, &f.gras)?;
        ws.write_string(r, 1, *valeur)?;
    }
    Ok(ligne + lignes.len() as u32)
}

/// The workbook's bytes.
pub fn xlsx(b: &Bilan) -> Resultat<Vec<u8>> {
    classeur(b).map_err(|e| Erreur::Interne(format!("le classeur XLSX du bilan n'a pas pu être produit ({e})")))
}

fn classeur(b: &Bilan) -> Result<Vec<u8>, XlsxError> {
    let f = formats();
    let mut wb = Workbook::new();
    let d = b.dernier_jour;
    let props = DocProperties::new()
        .set_title(format!("Bilan OEPRE {} — {}", b.annee, b.etablissement.uai))
        .set_author("Ateliers OEPRE")
        .set_creation_datetime(&ExcelDateTime::from_ymd(u16::try_from(d.year()).unwrap_or(1900), d.month() as u8, d.day() as u8)?);
    wb.set_properties(&props);
    synthese(wb.add_worksheet(), b, &f)?;
    ateliers(wb.add_worksheet(), b, &f)?;
    parents(wb.add_worksheet(), b, &f)?;
    intervenants(wb.add_worksheet(), b, &f)?;
    qualitatif(wb.add_worksheet(), b, &f)?;
    a_verifier(wb.add_worksheet(), b, &f)?;
    fiche_saisie(wb.add_worksheet(), "Enquête Orquestra de la DGESCO", &super::saisie::quantitative(b), &f)?;
    wb.save_to_buffer()
}

/// Value kinds of the synthèse and ateliers rows.
#[derive(Clone, Copy)]
pub(super) enum Val {
    N(i64),
    H(i64),
    T(Option<f64>),
    M(Option<f64>),
    /// A count that older files lack (« — »).
    O(Option<i64>),
}

fn ecrire_val(ws: &mut Worksheet, r: u32, c: u16, v: Val, f: &Formats) -> Result<(), XlsxError> {
    match v {
        Val::N(n) | Val::O(Some(n)) => {
            ws.write_number(r, c, n as f64)?;
        }
        Val::H(m) => {
            ws.write_number_with_format(r, c, h(m), &f.heures)?;
        }
        Val::T(Some(t)) => {
            ws.write_number_with_format(r, c, t, &f.taux)?;
        }
        Val::M(Some(m)) => {
            ws.write_number_with_format(r, c, m / 60.0, &f.moyenne)?;
        }
        Val::T(None) | Val::M(None) | Val::O(None) => {
            ws.write_string(r, c, "—")?;
        }
    }
    Ok(())
}

/// The figures of a scope, in the order of the synthèse and of the ateliers' columns.
pub(super) fn indicateurs(c: &Chiffres) -> Vec<(&'static str, Val)> {
    let p = &c.parents;
    let (ar, ap) = (c.axes_realises.unwrap_or_default(), c.axes_programmes.unwrap_or_default());
    vec![
        ("Groupes", Val::N(c.groupes)),
        ("Séances programmées (non annulées)", Val::N(c.seances_programmees)),
        ("Séances réalisées (appel fait)", Val::N(c.seances_realisees)),
        ("Séances annulées", Val::N(c.seances_annulees)),
        ("Heures prévues", Val::H(c.minutes_prevues)),
        ("Heures programmées", Val::H(c.minutes_programmees)),
        ("Heures réalisées", Val::H(c.minutes_realisees)),
        ("Heures réalisées — axe 1 : langue française", Val::H(ar.langue)),
        ("Heures réalisées — axe 2 : la connaissance du fonctionnement et des attentes de l'École", Val::H(ar.ecole)),
        ("Heures réalisées — axe 3 : valeurs de la République", Val::H(ar.valeurs)),
        ("Heures programmées — axe 1 : langue française", Val::H(ap.langue)),
        ("Heures programmées — axe 2 : la connaissance du fonctionnement et des attentes de l'École", Val::H(ap.ecole)),
        ("Heures programmées — axe 3 : valeurs de la République", Val::H(ap.valeurs)),
        ("Effectif au démarrage", Val::N(p.inscrits_au_debut.unwrap_or(0))),
        ("Arrivées en cours d'année", Val::N(p.inscrits - p.inscrits_au_debut.unwrap_or(0))),
        ("Parents inscrits", Val::N(p.inscrits)),
        ("Parents présents en fin d'année", Val::N(p.en_cours)),
        ("Parents partis en cours d'année", Val::N(p.partis)),
        ("Taux d'abandon (partis ÷ inscrits)", Val::T(p.taux_abandon())),
        ("Parents en liste d'attente", Val::N(p.en_attente)),
        ("Femmes", Val::N(p.femmes)),
        ("Hommes", Val::N(p.hommes)),
        ("Sexe non renseigné", Val::N(p.sexe_non_renseigne)),
        ("Part des femmes", Val::T(p.part_femmes)),
        (super::LIBELLE_PUBLIC_PRIORITAIRE, Val::N(p.public_prioritaire)),
        (super::LIBELLE_AUTRES_ALLOPHONES, Val::N(p.autres_allophones_hors_prioritaire)),
        (super::LIBELLE_AUTRES_FRANCOPHONES, Val::N(p.francophones_hors_prioritaire)),
        ("Nationalité hors UE / EEE / Suisse", Val::N(p.hors_ue)),
        ("Primo-arrivants (arrivés moins de 5 ans avant la rentrée)", Val::N(p.primo_arrivants)),
        ("Année d'arrivée inconnue", Val::N(p.primo_inconnu)),
        ("Primo-arrivant approximatif (mois d'arrivée inconnu)", Val::N(p.arrivee_approximative)),
        ("Signataires du CIR", Val::N(p.cir)),
        ("Protection internationale", Val::N(p.protection_internationale)),
        ("Réinscrits", Val::N(p.reinscrits)),
        ("Heures suivies (total)", Val::H(p.minutes_suivies)),
        ("Heures dispensées (total)", Val::H(p.minutes_dispensees)),
        ("Heures suivies en moyenne par parent", Val::M(p.minutes_suivies_moyenne)),
        ("Taux d'assiduité", Val::T(p.taux_assiduite)),
        ("Rencontres individuelles : parents cochés sur l'année", Val::O(coches(c, 0))),
        ("Venues à l'école hors rencontres individuelles : parents cochés sur l'année", Val::O(coches(c, 1))),
        ("Participation aux élections : parents cochés sur l'année", Val::O(coches(c, 2))),
    ]
}

/// The year's ticks of the `k`-th indicator ticked per parent; `None` in older files.
fn coches(c: &Chiffres, k: usize) -> Option<i64> {
    let code = crate::domaine::suivi_parents::IndicateurParent::TOUS.get(k)?.code();
    c.suivi_parents.as_ref()?.iter().find(|x| x.indicateur == code).map(|x| x.annee)
}

fn synthese(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Synthèse")?;
    ws.write_string_with_format(0, 0, format!("Bilan des ateliers OEPRE — année {}", b.annee), &f.titre)?;
    let e = &b.etablissement;
    let financier = format!(
        "Document à part (« {} » et « .pdf »), à saisir dans l'enquête en ligne de la DAEPS.",
        super::nom_fichier_financier(b, "xlsx")
    );
    let lignes = [
        ("À transmettre", super::CANAL_QUANTITATIF),
        ("Échéance", super::ECHEANCE_BILANS),
        ("Bilan financier", financier.as_str()),
        ("Établissement", &e.nom),
        ("UAI", &e.uai),
        ("Commune", &e.commune),
        ("Académie", &e.academie),
        ("Schéma", &b.schema),
    ];
    let mut r = en_tete(ws, 2, &lignes, f)? + 1;
    entetes(ws, r, &[("Indicateur", 44.0), ("Établissement", 16.0)], f)?;
    r += 1;
    for (libelle, v) in indicateurs(&b.ecole) {
        ws.write_string(r, 0, libelle)?;
        ecrire_val(ws, r, 1, v, f)?;
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
    r += 2;
    let n = b.points_a_verifier.as_ref().map_or(0, Vec::len);
    ws.write_string_with_format(r, 0, "Points à vérifier au moment de l'export", &f.gras)?;
    ws.write_number(r, 1, n as f64)?;
    if n > 0 {
        ws.write_string(r + 1, 0, "Le détail est dans la feuille « À vérifier ».")?;
    }
    Ok(())
}

fn ateliers(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Ateliers")?;
    let libelles = indicateurs(&b.ecole);
    let mut titres: Vec<(&str, f64)> = vec![("Atelier", 28.0), ("Niveau", 16.0)];
    titres.extend(libelles.iter().map(|(l, _)| (*l, 13.0)));
    entetes(ws, 0, &titres, f)?;
    let mut r = 1;
    for a in &b.ateliers {
        ws.write_string(r, 0, &a.nom)?;
        ws.write_string(r, 1, &a.niveau)?;
        for (c, (_, v)) in indicateurs(&a.chiffres).into_iter().enumerate() {
            ecrire_val(ws, r, c as u16 + 2, v, f)?;
        }
        r += 1;
    }
    ws.write_string_with_format(r, 0, "Établissement", &f.gras)?;
    for (c, (_, v)) in libelles.into_iter().enumerate() {
        ecrire_val(ws, r, c as u16 + 2, v, f)?;
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// A section of the parents sheet: a title, then one row per label, one column per scope
/// (the school, then each atelier). An empty cell: nothing in that scope (for nationalities,
/// possibly counted in « Autres nationalités »).
fn section(ws: &mut Worksheet, r: &mut u32, titre: &str, lignes: &[(String, Vec<Option<i64>>)], portees: &[&str], f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(*r, 0, titre, &f.entete)?;
    for (c, p) in portees.iter().enumerate() {
        ws.write_string_with_format(*r, c as u16 + 1, *p, &f.entete)?;
    }
    *r += 1;
    for (libelle, valeurs) in lignes {
        ws.write_string(*r, 0, libelle)?;
        for (c, v) in valeurs.iter().enumerate() {
            if let Some(v) = v {
                ws.write_number(*r, c as u16 + 1, *v as f64)?;
            }
        }
        *r += 1;
    }
    *r += 1;
    Ok(())
}

/// Rows labelled by `Compte::libelle`, union over the scopes, in the school's order first.
fn comptes(portees: &[&Chiffres], lire: impl Fn(&Chiffres) -> &Vec<Compte>) -> Vec<(String, Vec<Option<i64>>)> {
    let mut codes: Vec<(String, String)> = Vec::new();
    for p in portees {
        for c in lire(p) {
            if !codes.iter().any(|(code, _)| *code == c.code) {
                codes.push((c.code.clone(), c.libelle.clone()));
            }
        }
    }
    codes
        .into_iter()
        .map(|(code, libelle)| (libelle, portees.iter().map(|p| lire(p).iter().find(|c| c.code == code).map(|c| c.nombre)).collect()))
        .collect()
}

fn parents(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Parents")?;
    let mut portees: Vec<&Chiffres> = vec![&b.ecole];
    portees.extend(b.ateliers.iter().map(|a| &a.chiffres));
    let mut noms: Vec<&str> = vec!["Établissement"];
    noms.extend(b.ateliers.iter().map(|a| a.nom.as_str()));
    ws.set_column_width(0, 36)?;
    for c in 1..=noms.len() as u16 {
        ws.set_column_width(c, 16)?;
    }
    let mut r = 0;
    let par = |g: &dyn Fn(&Chiffres) -> i64| portees.iter().map(|p| Some(g(p))).collect::<Vec<_>>();
    let sexe = vec![
        ("Femmes".to_owned(), par(&|c| c.parents.femmes)),
        ("Hommes".to_owned(), par(&|c| c.parents.hommes)),
        ("Non renseigné".to_owned(), par(&|c| c.parents.sexe_non_renseigne)),
    ];
    section(ws, &mut r, "Sexe", &sexe, &noms, f)?;
    let public = vec![
        (super::LIBELLE_PUBLIC_PRIORITAIRE.to_owned(), par(&|c| c.parents.public_prioritaire)),
        (super::LIBELLE_AUTRES_ALLOPHONES.to_owned(), par(&|c| c.parents.autres_allophones_hors_prioritaire)),
        (super::LIBELLE_AUTRES_FRANCOPHONES.to_owned(), par(&|c| c.parents.francophones_hors_prioritaire)),
        ("Nationalité hors UE / EEE / Suisse".to_owned(), par(&|c| c.parents.hors_ue)),
        ("Primo-arrivants".to_owned(), par(&|c| c.parents.primo_arrivants)),
        ("Signataires du CIR".to_owned(), par(&|c| c.parents.cir)),
        ("Protection internationale".to_owned(), par(&|c| c.parents.protection_internationale)),
        ("Réinscrits".to_owned(), par(&|c| c.parents.reinscrits)),
    ];
    section(ws, &mut r, "Public", &public, &noms, f)?;
    let nat = comptes(&portees, |c| &c.parents.nationalites);
    section(ws, &mut r, &format!("Nationalités (moins de {} parents : « autres »)", b.seuil_nationalites), &nat, &noms, f)?;
    let departs = comptes(&portees, |c| &c.parents.departs_par_motif);
    section(ws, &mut r, "Départs en cours d'année, par motif", &departs, &noms, f)?;
    // The parents' path (absent from files exported before it was counted: empty sections).
    static VIDE: Vec<Compte> = Vec::new();
    let prescripteurs = comptes(&portees, |c| c.parents.prescripteurs.as_ref().unwrap_or(&VIDE));
    section(ws, &mut r, "Orientés vers l'atelier par (par parent)", &prescripteurs, &noms, f)?;
    let attentes = comptes(&portees, |c| c.parents.attentes.as_ref().unwrap_or(&VIDE));
    section(ws, &mut r, "Attentes à l'inscription (plusieurs réponses possibles)", &attentes, &noms, f)?;
    let orientations = comptes(&portees, |c| c.parents.orientations.as_ref().unwrap_or(&VIDE));
    section(ws, &mut r, "Orientation en fin d'atelier", &orientations, &noms, f)?;
    let progression: Vec<(String, Vec<Option<i64>>)> = ["oral", "ecrit"]
        .iter()
        .flat_map(|k| {
            let portees = &portees;
            let lire = move |c: &Chiffres| c.parents.progression.as_ref().and_then(|v| v.iter().find(|l| l.competence == *k)).cloned();
            let nom = if *k == "oral" { "Oral" } else { "Écrit" };
            [
                (format!("{nom} : en progrès"), portees.iter().map(|c| lire(c).map(|l| l.progres)).collect()),
                (format!("{nom} : niveau stable"), portees.iter().map(|c| lire(c).map(|l| l.stable)).collect()),
                (format!("{nom} : en recul"), portees.iter().map(|c| lire(c).map(|l| l.recul)).collect()),
                (format!("{nom} : entrée ou sortie non évaluée"), portees.iter().map(|c| lire(c).map(|l| l.non_evalue)).collect()),
            ]
        })
        .collect();
    section(ws, &mut r, "Progression du niveau CECRL, entrée → sortie (par inscription)", &progression, &noms, f)?;
    // CECRL levels: the school only, four columns.
    ws.write_string_with_format(r, 0, "Niveaux CECRL (établissement, par inscription)", &f.entete)?;
    for (c, t) in ["Entrée oral", "Entrée écrit", "Sortie oral", "Sortie écrit"].iter().enumerate() {
        ws.write_string_with_format(r, c as u16 + 1, *t, &f.entete)?;
    }
    r += 1;
    for l in &b.ecole.parents.niveaux {
        ws.write_string(r, 0, if l.niveau == "non_evalue" { "Non évalué" } else { &l.niveau })?;
        for (c, n) in [l.entree_oral, l.entree_ecrit, l.sortie_oral, l.sortie_ecrit].into_iter().enumerate() {
            ws.write_number(r, c as u16 + 1, n as f64)?;
        }
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Certifications (établissement)", &f.entete)?;
    for (c, t) in ["Présentées", "Obtenues", "Résultat inconnu"].iter().enumerate() {
        ws.write_string_with_format(r, c as u16 + 1, *t, &f.entete)?;
    }
    r += 1;
    for l in &b.ecole.parents.certifications {
        ws.write_string(r, 0, &l.diplome)?;
        for (c, n) in [l.tentees, l.obtenues, l.resultat_inconnu].into_iter().enumerate() {
            ws.write_number(r, c as u16 + 1, n as f64)?;
        }
        r += 1;
    }
    Ok(())
}

fn intervenants(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Intervenants")?;
    entetes(ws, 0, &[("Intervenant·e", 18.0), ("Statut", 36.0), ("Rémunération", 26.0), ("Séances", 10.0), ("Heures", 10.0), ("Montant des vacations", 14.0), ("Plafond de 250 h dépassé le", 16.0)], f)?;
    let mut r = 1;
    for i in &b.intervenants {
        ws.write_string(r, 0, &i.libelle)?;
        ws.write_string(r, 1, statut_libelle(&i.statut))?;
        ws.write_string(r, 2, remuneration_libelle(i.remuneration.as_deref()))?;
        ws.write_number(r, 3, i.seances as f64)?;
        ws.write_number_with_format(r, 4, h(i.minutes), &f.heures)?;
        match i.centimes {
            Some(c) => ws.write_number_with_format(r, 5, euros(c), &f.euros)?,
            None => ws.write_string(r, 5, "hors vacation")?,
        };
        if let Some(d) = i.plafond_depasse_le {
            ws.write_string(r, 6, d.format("%d/%m/%Y").to_string())?;
        }
        r += 1;
    }
    r += 1;
    entetes(ws, r, &[("Statut (établissement)", 18.0), ("Libellé", 36.0), ("Personnes", 26.0), ("Heures de séances", 10.0)], f)?;
    r += 1;
    for l in &b.ecole.intervenants {
        ws.write_string(r, 0, &l.statut)?;
        ws.write_string(r, 1, &l.libelle)?;
        ws.write_number(r, 2, l.personnes as f64)?;
        ws.write_number_with_format(r, 3, h(l.minutes), &f.heures)?;
        r += 1;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn qualitatif(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("Qualitatif")?;
    let q = &b.qualitatif;
    entetes(ws, 0, &[("Rubrique", 40.0), ("Contenu", 90.0)], f)?;
    let texte = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let partenaires: Vec<&str> = q.partenaires.iter().map(|p| p.libelle()).collect();
    let mut r = 1;
    for (rubrique, contenu) in [
        ("Partenaires", partenaires.join(", ")),
        ("Partenaires : précisions", q.partenaires_precisions.clone()),
        ("Thèmes — langue française", q.themes.langue.clone()),
        ("Thèmes — la connaissance du fonctionnement et des attentes de l'École", q.themes.ecole.clone()),
        ("Thèmes — valeurs de la République", q.themes.valeurs.clone()),
        ("Actions de vie scolaire", q.actions_vie_scolaire.clone()),
        ("Difficultés rencontrées", q.difficultes.clone()),
        ("Perspectives", q.perspectives.clone()),
    ] {
        ws.write_string_with_format(r, 0, rubrique, &f.gras)?;
        ws.write_string_with_format(r, 1, contenu.trim(), &texte)?;
        r += 1;
    }
    r += 1;
    entetes(ws, r, &[("Indicateurs de suivi (charte école–parents)", 40.0), ("Nombre saisi", 90.0)], f)?;
    for (c, t) in ["Trim. 1 (parents cochés)", "Trim. 2 (parents cochés)", "Trim. 3 (parents cochés)", "Année (parents cochés)"].into_iter().enumerate() {
        ws.write_string_with_format(r, c as u16 + 2, t, &f.entete)?;
    }
    r += 1;
    for l in super::suivi::lignes(&b.ecole, &q.indicateurs) {
        ws.write_string(r, 0, l.libelle)?;
        match l.saisi {
            Some(n) => ws.write_number_with_format(r, 1, n as f64, &Format::new().set_align(FormatAlign::Left))?,
            None => ws.write_string(r, 1, "non renseigné")?,
        };
        let valeurs = l.trimestres.map_or([None; 3], |t| t.map(Some));
        for (c, v) in valeurs.into_iter().chain([l.annee]).enumerate() {
            match v {
                Some(n) => ws.write_number(r, c as u16 + 2, n as f64)?,
                None => ws.write_string(r, c as u16 + 2, "—")?,
            };
        }
        r += 1;
    }
    Ok(())
}

fn a_verifier(ws: &mut Worksheet, b: &Bilan, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name("À vérifier")?;
    entetes(ws, 0, &[("Point à vérifier au moment de l'export", 90.0), ("Où le corriger dans l'application", 30.0)], f)?;
    let mut r = 1;
    for a in &b.avertissements {
        ws.write_string(r, 0, &a.message)?;
        r += 1;
    }
    for p in b.points_a_verifier.iter().flatten() {
        ws.write_string(r, 0, &p.message)?;
        ws.write_string(r, 1, &p.lien)?;
        r += 1;
    }
    if r == 1 {
        ws.write_string(r, 0, "Aucun point à vérifier.")?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The « Fiche de saisie » sheet: n°, rubrique, donnée, valeur (a real number when it is one),
/// and an empty « Saisi » column to tick.
pub(super) fn fiche_saisie(ws: &mut Worksheet, enquete: &str, lignes: &[super::saisie::LigneSaisie], f: &Formats) -> Result<(), XlsxError> {
    use super::saisie::ValeurSaisie;
    ws.set_name("Fiche de saisie")?;
    ws.write_string_with_format(0, 0, format!("Fiche de saisie — {enquete}"), &f.titre)?;
    ws.write_string(1, 0, "Chaque chiffre que le formulaire en ligne est susceptible de demander, dans l'ordre du bilan, prêt à être recopié. Heures en heures décimales.")?;
    entetes(ws, 3, &[("N°", 6.0), ("Rubrique", 34.0), ("Donnée", 60.0), ("Valeur", 16.0), ("Saisi", 8.0)], f)?;
    let droite = Format::new().set_align(FormatAlign::Right);
    for (n, l) in lignes.iter().enumerate() {
        let r = 4 + n as u32;
        ws.write_number(r, 0, (n + 1) as f64)?;
        ws.write_string(r, 1, &l.rubrique)?;
        ws.write_string(r, 2, &l.libelle)?;
        match &l.valeur {
            ValeurSaisie::Nombre(x) => ws.write_number(r, 3, *x as f64)?,
            ValeurSaisie::Heures(m) => ws.write_number_with_format(r, 3, h(*m), &f.heures)?,
            ValeurSaisie::Euros(c) => ws.write_number_with_format(r, 3, euros(*c), &f.euros)?,
            ValeurSaisie::Taux(Some(t)) => ws.write_number_with_format(r, 3, *t, &f.taux)?,
            ValeurSaisie::Taux(None) => ws.write_string_with_format(r, 3, "—", &droite)?,
            ValeurSaisie::Texte(t) => ws.write_string_with_format(r, 3, t, &droite)?,
        };
    }
    ws.set_freeze_panes(4, 0)?;
    Ok(())
}

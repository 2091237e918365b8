//! Fiche d'inscription, blank ([`fiche_vierge`]) or pre-filled for a parent
//! ([`fiche_parent`]): the fields of domain.md §5 and the data-use notice in plain French.
//!
//! Never a field for a residence-permit or ID number (domain.md §5, §8): do not add one.
//! The retention period printed in the notice is the `parametre` key
//! [`CLE_CONSERVATION`] (free French text), else the retention in years the purge applies
//! ([`crate::domaine::conservation::duree`]).

use oepre_pdf::{Align, Cell, Color, Column, Flow, Orientation, Table, TableStyle, TextStyle};

use super::entete::{self, trait_fin};
use super::{de, erreur_pdf};
use crate::domaine::etablissement::Etablissement;
use crate::domaine::inscription::{Inscription, NiveauCecrl, Parcours};
use crate::domaine::parcours_parent::{Attente, Prescripteur};
use crate::domaine::parent::{self, Parent, Sexe};
use crate::commun::referentiels::{nom_langue, nom_pays};
use crate::{domaine::annee, Db, Resultat};

/// `parametre` key: how long the school keeps parents' personal data (French text, printed
/// in the notice after « Elles sont conservées »).
pub const CLE_CONSERVATION: &str = "duree_conservation_donnees";

/// A blank fiche d'inscription to print and fill in by hand.
pub fn fiche_vierge(db: &Db) -> Resultat<Vec<u8>> {
    fiche(db, None)
}

/// The fiche d'inscription of a parent, pre-filled with what is recorded (to check and sign).
pub fn fiche_parent(db: &Db, parent_id: i64) -> Resultat<Vec<u8>> {
    let p = parent::lire(db.conn(), parent_id)?;
    let inscription = crate::domaine::inscription::du_parent(db.conn(), parent_id)?.into_iter().next();
    fiche(db, Some((&p, inscription.as_ref())))
}

const CASE: f32 = 3.4;

/// A row of labelled fields: each `(libellé, valeur, part de la largeur)`; a missing value is a
/// dotted line to write on.
fn champs(flow: &mut Flow<'_>, champs: &[(&str, Option<String>, f32)]) {
    let st_l = TextStyle::new(9.0).color(Color::GREY);
    let st_v = TextStyle::new(10.5).align(Align::Left);
    let lignes: Vec<(String, Option<String>, f32)> = champs.iter().map(|(l, v, p)| ((*l).to_owned(), v.clone(), *p)).collect();
    flow.block(11.5, |page, x, y, w| {
        let mut xx = x;
        for (libelle, valeur, part) in &lignes {
            let cw = w * part;
            page.text(xx, y, cw - 4.0, libelle, &st_l);
            if let Some(v) = valeur.as_deref().filter(|v| !v.trim().is_empty()) {
                page.text(xx, y + 4.2, cw - 4.0, v, &st_v);
            }
            page.line(xx, y + 10.0, xx + cw - 4.0, y + 10.0, &trait_fin().dashed(1.0, 1.5));
            xx += cw;
        }
    });
}

/// A label followed by check boxes `(texte, cochée)` on one line.
fn cases(flow: &mut Flow<'_>, libelle: &str, options: &[(&str, bool)]) {
    cases_alignees(flow, libelle, 0.0, options);
}

/// Same as [`cases`], the boxes starting at least `largeur_min` mm from the left.
fn cases_alignees(flow: &mut Flow<'_>, libelle: &str, largeur_min: f32, options: &[(&str, bool)]) {
    let st = TextStyle::new(9.5);
    let doc = flow.document();
    let largeur_l = if libelle.is_empty() { 0.0 } else { doc.measure_width(libelle, &st) + 4.0 }.max(largeur_min);
    let largeurs: Vec<f32> = options.iter().map(|(t, _)| doc.measure_width(t, &st)).collect();
    let options: Vec<(String, bool)> = options.iter().map(|(t, c)| ((*t).to_owned(), *c)).collect();
    let libelle = libelle.to_owned();
    flow.block(6.5, |page, x, y, _w| {
        if !libelle.is_empty() {
            page.text_line(x, y, &libelle, &st);
        }
        let mut xx = x + largeur_l;
        for ((t, coche), lw) in options.iter().zip(largeurs) {
            page.checkbox(xx, y + 0.4, CASE, *coche);
            page.text_line(xx + CASE + 1.5, y, t, &st);
            xx += CASE + 1.5 + lw + 6.0;
        }
    });
}

/// A check box followed by a sentence that may wrap.
fn case_phrase(flow: &mut Flow<'_>, texte: &str, coche: bool) {
    let st = TextStyle::new(9.5);
    let w = flow.width();
    let h = flow.document().measure_height(texte, w - CASE - 3.0, &st).max(CASE) + 1.8;
    let texte = texte.to_owned();
    flow.block(h, |page, x, y, w| {
        page.checkbox(x, y + 0.4, CASE, coche);
        page.text(x + CASE + 2.5, y, w - CASE - 2.5, &texte, &st);
    });
}

fn section(flow: &mut Flow<'_>, titre: &str) {
    flow.space(2.5);
    flow.ensure(18.0);
    let st = entete::intertitre();
    let titre = titre.to_owned();
    flow.block(6.5, |page, x, y, w| {
        page.text(x, y, w, &titre, &st);
        page.line(x, y + 5.2, x + w, y + 5.2, &oepre_pdf::Stroke::new(0.4).color(Color::BLEU_FRANCE));
    });
    flow.space(1.0);
}

fn table_simple(colonnes: Vec<Column>, entetes: &[&str], lignes: Vec<Vec<String>>, vides: usize) -> Table {
    let n = colonnes.len();
    let mut t = Table::new(colonnes)
        .style(TableStyle { text: TextStyle::new(9.5), padding: 1.5, min_row_height: 7.5, border: Some(trait_fin()), ..TableStyle::default() })
        .header(entetes.iter().copied());
    for l in lignes {
        t.row(l.into_iter().map(Cell::new));
    }
    for _ in 0..vides {
        t.row((0..n).map(|_| Cell::empty()));
    }
    t
}

fn majuscule(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |p| p.to_uppercase().chain(c).collect())
}

fn oui_non(b: bool) -> String {
    if b { "oui" } else { "non" }.into()
}

fn notice(conn: &rusqlite::Connection, e: &Etablissement) -> Resultat<String> {
    let annees = crate::domaine::conservation::duree_conn(conn)?;
    let conservation = crate::stockage::db::parametre(conn, CLE_CONSERVATION)?.filter(|c| !c.trim().is_empty()).unwrap_or_else(|| {
        format!("{annees} {} après la fin de l'année scolaire de votre dernier atelier", if annees > 1 { "ans" } else { "an" })
    });
    let titre = entete::chef_avec_article(e).to_lowercase();
    let chef = if e.chef_nom.trim().is_empty() { titre.clone() } else { format!("{titre} ({})", e.chef_nom) };
    let titre_majuscule = entete::chef_avec_article(e);
    // « à la principale », « au directeur d'école ».
    let titre_a = titre.strip_prefix("le ").map_or_else(|| format!("à {titre}"), |t| format!("au {t}"));
    let contact: Vec<&str> = [e.telephone.as_str(), e.courriel.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    let contact = if contact.is_empty() { String::new() } else { format!(" ({})", contact.join(", ")) };
    Ok(format!(
        "Qui est responsable ? {chef}, {nom}, {adresse}.\n\
         Pourquoi ? Pour organiser l'atelier, vous remettre une attestation de suivi de formation, et faire le bilan \
         annuel du dispositif. Le bilan envoyé au rectorat ne contient que des nombres, jamais votre nom.\n\
         Qui voit ces informations ? {titre_majuscule}, le secrétariat et les intervenants de l'atelier. \
         Elles restent dans l'établissement, sur son ordinateur ; elles ne sont données à personne d'autre.\n\
         Combien de temps ? Elles sont conservées {conservation}, puis effacées. Seuls des nombres sans nom sont gardés.\n\
         Vos droits : vous pouvez demander à voir vos informations, à les corriger ou à les faire effacer. \
         Demandez au secrétariat de l'établissement{contact} ou à {titre_a}. Vous pouvez aussi écrire au \
         délégué à la protection des données de l'académie {academie}, ou à la CNIL (www.cnil.fr).\n\
         Les questions sur le CIR, la protection internationale et le téléphone sont facultatives. \
         On ne vous demande jamais votre titre de séjour ni vos papiers d'identité.",
        nom = e.nom,
        adresse = format!("{} {} {}", e.adresse, e.code_postal, e.commune).trim(),
        academie = de(&e.academie),
    ))
}

fn fiche(db: &Db, parent: Option<(&Parent, Option<&Inscription>)>) -> Resultat<Vec<u8>> {
    let conn = db.conn();
    let etab = super::etablissement(conn)?;
    let annee = annee::courante(conn)?.map(|a| a.libelle);
    let p = parent.map(|(p, _)| p);
    let ins = parent.and_then(|(_, i)| i);
    let titre_doc = match p {
        Some(p) => format!("Fiche d'inscription — {}", super::nom_complet(&p.nom, &p.prenom)),
        None => "Fiche d'inscription — Ateliers OEPRE".to_owned(),
    };
    let mut doc = entete::document(&titre_doc, Orientation::Portrait);
    let logo = entete::logo(&mut doc, db.conn());
    let mut flow = Flow::new(&mut doc);
    flow.reserve(0.0, 4.0);
    entete::entete(&mut flow, &etab, logo);
    flow.space(4.0);
    flow.paragraph("Fiche d'inscription — Ateliers OEPRE", &entete::titre(15.0));
    let mut sous_titre = "Ouvrir l'École aux parents pour la réussite des enfants".to_owned();
    if let Some(a) = &annee {
        sous_titre.push_str(&format!(" — année scolaire {a}"));
    }
    flow.paragraph(&sous_titre, &TextStyle::new(10.0).align(Align::Center).color(Color::GREY));
    if let Some(i) = ins {
        flow.paragraph(&format!("Atelier : {}", i.atelier_nom), &TextStyle::new(10.0).align(Align::Center).color(Color::GREY));
    }

    let v = |f: &dyn Fn(&Parent) -> Option<String>| p.and_then(f);
    section(&mut flow, "Vous");
    champs(&mut flow, &[("Nom", v(&|p| Some(p.nom.clone())), 0.5), ("Prénom", v(&|p| Some(p.prenom.clone())), 0.5)]);
    if p.is_some_and(|p| !p.translitteration.is_empty()) {
        champs(&mut flow, &[("Nom et prénom en lettres latines", v(&|p| Some(p.translitteration.clone())), 1.0)]);
    }
    let sexe = p.and_then(|p| p.sexe);
    flow.space(1.0);
    cases(&mut flow, "Sexe :", &[("femme", sexe == Some(Sexe::F)), ("homme", sexe == Some(Sexe::M))]);
    champs(
        &mut flow,
        &[
            ("Année de naissance", v(&|p| p.annee_naissance.map(|a| a.to_string())), 0.3),
            ("Nationalité", v(&|p| p.nationalite.as_deref().map(|c| nom_pays(c).to_owned())), 0.35),
            ("Pays d'origine", v(&|p| p.pays_origine.as_deref().map(|c| nom_pays(c).to_owned())), 0.35),
        ],
    );
    champs(&mut flow, &[("Arrivée en France (mois et année)", v(&|p| crate::domaine::parent::arrivee_texte(p.annee_arrivee, p.mois_arrivee)), 0.4)]);

    section(&mut flow, "Les langues que vous parlez");
    let langues: Vec<Vec<String>> = p
        .map(|p| p.langues.iter().map(|l| vec![majuscule(nom_langue(&l.langue)), oui_non(l.lue), oui_non(l.ecrite)]).collect())
        .unwrap_or_default();
    let vides = if p.is_some() { 1 } else { 4 };
    flow.table(&table_simple(
        vec![Column::weight(2.0), Column::weight(1.0).align(Align::Center), Column::weight(1.0).align(Align::Center)],
        &["Langue", "Je la lis (oui / non)", "Je l'écris (oui / non)"],
        langues,
        vides,
    ));

    section(&mut flow, "Votre situation (facultatif, c'est vous qui le dites)");
    let cir_annee = p.and_then(|p| p.cir_annee).map_or("........".to_owned(), |a| a.to_string());
    case_phrase(
        &mut flow,
        &format!("J'ai signé le contrat d'intégration républicaine (CIR), en {cir_annee}."),
        p.is_some_and(|p| p.cir),
    );
    case_phrase(
        &mut flow,
        "J'ai une protection internationale (réfugié·e, protection subsidiaire ou apatride).",
        p.is_some_and(|p| p.protection_internationale),
    );

    section(&mut flow, "Votre téléphone (facultatif)");
    champs(&mut flow, &[("Numéro de téléphone", v(&|p| Some(p.telephone.clone())), 0.5)]);
    flow.space(1.0);
    case_phrase(
        &mut flow,
        "J'accepte que l'établissement m'appelle ou m'envoie des messages à ce numéro, seulement pour l'atelier.",
        p.is_some_and(|p| p.telephone_consentement),
    );

    section(&mut flow, "Vos enfants à l'école");
    let enfants: Vec<Vec<String>> = p
        .map(|p| p.enfants.iter().map(|e| vec![e.prenom.clone(), e.classe.clone(), e.ecole.clone()]).collect())
        .unwrap_or_default();
    flow.table(&table_simple(
        vec![Column::weight(1.2), Column::weight(0.8), Column::weight(1.5)],
        &["Prénom", "Classe", "École (si ce n'est pas celle-ci)"],
        enfants,
        vides,
    ));

    section(&mut flow, "Quand êtes-vous disponible ?");
    match p {
        Some(p) => champs(&mut flow, &[("Disponibilités", Some(p.disponibilites.clone()), 1.0)]),
        None => {
            for moment in ["Le matin :", "L'après-midi :"] {
                let jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
                let opts: Vec<(&str, bool)> = jours.iter().map(|j| (*j, false)).collect();
                cases_alignees(&mut flow, moment, 26.0, &opts);
            }
        }
    }

    // The parents' path (livret OEPRE): who told them about the atelier, what they expect.
    let suivi = p.map(|p| crate::domaine::parcours_parent::lire(conn, p.id)).transpose()?;
    section(&mut flow, "Qui vous a parlé de l'atelier ?");
    let prescripteur = suivi.as_ref().and_then(|s| s.prescripteur);
    for ligne in Prescripteur::TOUS.chunks(4) {
        let opts: Vec<(&str, bool)> = ligne.iter().map(|x| (x.libelle(), prescripteur == Some(*x))).collect();
        cases(&mut flow, "", &opts);
    }
    section(&mut flow, "Qu'attendez-vous de l'atelier ? (plusieurs réponses possibles)");
    for a in Attente::TOUS {
        case_phrase(&mut flow, a.libelle(), suivi.as_ref().is_some_and(|s| s.attentes.contains(a)));
    }
    champs(&mut flow, &[("En vos mots (facultatif)", suivi.as_ref().map(|s| s.attentes_precision.clone()), 1.0)]);

    section(&mut flow, "Niveau à l'entrée (rempli par l'équipe de l'atelier)");
    let niveaux = [NiveauCecrl::A11, NiveauCecrl::A1, NiveauCecrl::A2, NiveauCecrl::B1, NiveauCecrl::B2];
    for (libelle, niveau) in [("Oral :", ins.and_then(|i| i.entree.oral)), ("Écrit :", ins.and_then(|i| i.entree.ecrit))] {
        let opts: Vec<(&str, bool)> = niveaux.iter().map(|n| (n.code(), niveau == Some(*n))).collect();
        cases_alignees(&mut flow, libelle, 18.0, &opts);
    }
    let alpha = ins.and_then(|i| i.alphabetise);
    cases(&mut flow, "A été à l'école dans sa langue :", &[("oui", alpha == Some(true)), ("non", alpha == Some(false))]);
    let parcours = ins.and_then(|i| i.parcours);
    cases(
        &mut flow,
        "Parcours :",
        &[("FLE / FLS", parcours == Some(Parcours::Fle)), ("alphabétisation", parcours == Some(Parcours::Alpha))],
    );

    section(&mut flow, "Vos données personnelles");
    let texte = notice(conn, &etab)?;
    for paragraphe in texte.lines() {
        flow.paragraph(paragraphe, &TextStyle::new(8.5).line_height(1.3));
        flow.space(0.8);
    }

    flow.space(4.0);
    flow.block(30.0, |page, x, y, w| {
        let demi = (w - 10.0) / 2.0;
        page.text(x, y, demi, "Fait à ...................................., le ....../....../..........", &TextStyle::new(9.5));
        entete::bloc_signature(page, x + demi + 10.0, y, demi, 28.0, "Signature du parent", "");
    });
    doc.finish().map_err(erreur_pdf)
}

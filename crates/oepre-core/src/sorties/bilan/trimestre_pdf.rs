//! The point trimestriel as a PDF (A4 portrait, one page per atelier), for the conseil des
//! maîtres: the school's letterhead, the term and its dates, then three short tables — séances
//! and hours (per axis), the group (arrivals, departures, attendance), the charter's follow-up
//! indicators. Same engine, letterhead and table helpers as the bilan ([`super::pdf`]).
//! Aggregates only: no parent is named.

use chrono::NaiveDate;
use oepre_pdf::{Align, Flow, Orientation, TextStyle};

use super::pdf::{intertitre, ligne, tableau};
use super::trimestre::PointTrimestriel;
use crate::domaine::heures::{formater, formater_taux};
use crate::domaine::suivi_parents::{LIBELLE_ACTIONS_PARTENAIRES, LIBELLE_ANALYSE_PARTAGEE};
use crate::sorties::documents::{date_texte, entete, erreur_pdf, isoler};
use crate::{domaine::etablissement, Db, Resultat};

/// The PDF of `points` (one page each), dated `fait_le` at the foot of each page.
pub fn pdf_trimestre(db: &Db, points: &[PointTrimestriel], fait_le: NaiveDate) -> Resultat<Vec<u8>> {
    let etab = etablissement::lire(db.conn())?;
    let titre = match points.first() {
        Some(p) => format!("Point trimestriel OEPRE — trimestre {} — {}", p.trimestre.numero, p.annee),
        None => "Point trimestriel OEPRE".to_owned(),
    };
    let mut doc = entete::document(&titre, Orientation::Portrait);
    let logo = entete::logo(&mut doc, db.conn());
    let mut flow = Flow::new(&mut doc);
    for (k, p) in points.iter().enumerate() {
        if k > 0 {
            flow.new_page();
        }
        match &etab {
            Some(e) => entete::entete(&mut flow, e, logo),
            None => {
                flow.paragraph("RÉPUBLIQUE FRANÇAISE", &TextStyle::new(11.0).bold());
            }
        }
        page(&mut flow, p, fait_le);
    }
    if points.is_empty() {
        flow.paragraph("Aucun atelier cette année.", &TextStyle::new(10.0));
    }
    doc.finish().map_err(erreur_pdf)
}

fn page(flow: &mut Flow<'_>, p: &PointTrimestriel, fait_le: NaiveDate) {
    let t = &p.trimestre;
    flow.space(3.0);
    flow.paragraph("Point trimestriel de l'atelier OEPRE", &entete::titre(15.0));
    flow.paragraph("Bilan rapide pour le conseil des maîtres (charte école–parents)", &entete::titre(10.5));
    flow.space(1.5);
    let niveau = if p.niveau.trim().is_empty() { String::new() } else { format!(" ({})", isoler(&p.niveau)) };
    flow.paragraph(&format!("{}{niveau}", isoler(&p.atelier_nom)), &TextStyle::new(12.0).bold().align(Align::Center));
    flow.paragraph(
        &format!("Année scolaire {} — trimestre {} : du {} au {}", p.annee, t.numero, date_texte(t.du), date_texte(t.au)),
        &TextStyle::new(10.0).align(Align::Center),
    );
    if p.trimestres_approximatifs {
        flow.paragraph(
            "Vacances de Noël ou de printemps absentes du calendrier de l'école : trimestres arrêtés au 31 décembre et au 31 mars.",
            &entete::gris(7.5).align(Align::Center),
        );
    }

    intertitre(flow, "1. Séances et heures du trimestre");
    let a = &p.axes_realises;
    let lignes = vec![
        ligne("Séances réalisées (appel fait)", [p.seances_realisees.to_string()]),
        ligne("Séances programmées (non annulées)", [p.seances_programmees.to_string()]),
        ligne("Séances annulées", [p.seances_annulees.to_string()]),
        ligne("Heures réalisées", [formater(p.minutes_realisees)]),
        ligne("— axe 1 : langue française", [formater(a.langue)]),
        ligne("— axe 2 : la connaissance du fonctionnement et des attentes de l'École", [formater(a.ecole)]),
        ligne("— axe 3 : valeurs de la République", [formater(a.valeurs)]),
        ligne("Heures réalisées depuis la rentrée / prévues sur l'année", [format!("{} / {}", formater(p.minutes_realisees_cumul), formater(p.minutes_prevues))]),
    ];
    flow.table(&tableau(&["", "Trimestre"], 3.0, 1.0, lignes));

    intertitre(flow, "2. Le groupe");
    let lignes = vec![
        ligne("Parents au début du trimestre", [p.effectif_debut.to_string()]),
        ligne("Arrivées pendant le trimestre", [p.arrivees.to_string()]),
        ligne("Départs pendant le trimestre", [p.departs.to_string()]),
        ligne("Parents à la fin du trimestre", [p.effectif_fin.to_string()]),
        ligne("Heures suivies / heures dispensées", [format!("{} / {}", formater(p.minutes_suivies), formater(p.minutes_dispensees))]),
        ligne("Taux d'assiduité", [formater_taux(p.taux_assiduite)]),
    ];
    flow.table(&tableau(&["", "Trimestre"], 3.0, 1.0, lignes));

    intertitre(flow, "3. Indicateurs de suivi (charte école–parents)");
    let mut lignes: Vec<_> = p
        .suivi_parents
        .iter()
        .map(|c| ligne(c.libelle.clone(), [format!("{} parent(s)", c.trimestres.first().copied().unwrap_or(0))]))
        .collect();
    let saisi = |n: Option<i64>| n.map_or("non renseigné".to_owned(), |n| n.to_string());
    lignes.push(ligne(format!("{LIBELLE_ACTIONS_PARTENAIRES} (année, établissement)"), [saisi(p.indicateurs_saisis.actions_communes)]));
    lignes.push(ligne(format!("{LIBELLE_ANALYSE_PARTAGEE} (année, établissement)"), [saisi(p.indicateurs_saisis.analyses_partagees)]));
    flow.table(&tableau(&["", "Trimestre"], 3.0, 1.0, lignes));
    flow.space(1.0);
    flow.paragraph(
        "Parents de l'atelier cochés pour le trimestre sur l'écran de l'atelier (« Suivi école–famille ») ; les deux derniers indicateurs sont saisis dans le bilan qualitatif.",
        &entete::gris(7.5),
    );

    flow.space(4.0);
    flow.paragraph(
        &format!("Document établi le {}. Données agrégées : aucun nom de parent n'y figure.", date_texte(fait_le)),
        &entete::gris(8.0).align(Align::Center),
    );
}

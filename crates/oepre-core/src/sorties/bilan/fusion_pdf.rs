//! The académie merge as a PDF summary (A4 portrait), written beside the workbook by
//! [`crate::sorties::consolidation::ecrire`]: the key figures (same labels as the workbook's
//! « Académie » sheet), one line per département, nationalities (grouped), certifications, the
//! notes on older files, then the charts of the school bilan ([`super::graphiques`]) drawn from
//! the sums. Aggregates only: no parent's name ever reaches a bilan file, so none can be here.

use oepre_pdf::{Align, Flow, Orientation, TextStyle};

use super::fusion::{avis_bilans_sans_axes, avis_bilans_sans_mois, avis_bilans_sans_publics, Fusion};
use super::fusion_xlsx::{colonnes, Genre};
use super::graphiques::{graphiques, Donnees};
use super::pdf::{corps, euros, intertitre, ligne, tableau};
use crate::domaine::heures::{formater, formater_taux};
use crate::sorties::documents::{entete, erreur_pdf, isoler};
use crate::Resultat;

fn valeur(g: &Genre, v: Option<f64>) -> String {
    let Some(v) = v else { return "—".into() };
    match g {
        Genre::Nombre => format!("{}", v.round() as i64),
        Genre::Heures | Genre::Moyenne => formater((v * 60.0).round() as i64),
        Genre::Euros => euros((v * 100.0).round() as i64),
        Genre::Taux => formater_taux(Some(v)),
    }
}

/// The PDF summary of `f`.
pub fn fusion_pdf(f: &Fusion) -> Resultat<Vec<u8>> {
    let titre = format!("Bilan OEPRE académique {}", f.annees.join(", "));
    let mut doc = entete::document(&titre, Orientation::Portrait);
    let mut flow = Flow::new(&mut doc);
    flow.paragraph("RÉPUBLIQUE FRANÇAISE", &TextStyle::new(11.0).bold());
    flow.space(4.0);
    flow.paragraph("Bilan académique des ateliers OEPRE", &entete::titre(16.0));
    flow.paragraph(&format!("Année scolaire {}", f.annees.join(", ")), &entete::titre(12.0));
    let academies = if f.academies.is_empty() { String::new() } else { format!("Académie {} — ", f.academies.iter().map(|a| isoler(a)).collect::<Vec<_>>().join(", ")) };
    flow.paragraph(
        &format!("{academies}fusion de {} bilan(s) d'établissement(s).", f.ecoles.len()),
        &TextStyle::new(9.0).align(Align::Center),
    );
    flow.paragraph("Données agrégées : aucun nom de parent ne figure dans les bilans fusionnés.", &entete::gris(8.0).align(Align::Center));
    let t = &f.total;
    let n = f.ecoles.len() as i64;
    for (k, avis) in [
        (t.bilans_sans_publics, avis_bilans_sans_publics as fn(i64) -> String),
        (t.bilans_sans_axes, avis_bilans_sans_axes),
        (t.bilans_sans_mois, avis_bilans_sans_mois),
    ] {
        if k > 0 {
            flow.space(1.5);
            flow.paragraph(&format!("Note : {}", avis(k)), &corps());
        }
    }

    intertitre(&mut flow, "1. Chiffres de l'académie");
    let lignes = colonnes(t, t.bilans_sans_publics < n, t.bilans_sans_axes < n).into_iter().map(|(l, g, v)| ligne(l, [valeur(&g, v)])).collect();
    flow.table(&tableau(&["", "Académie"], 3.0, 1.0, lignes));

    intertitre(&mut flow, "2. Par département");
    flow.paragraph("Le département est lu dans les trois premiers caractères de l'UAI.", &entete::gris(7.5));
    let lignes = f
        .departements
        .iter()
        .map(|d| {
            let c = &d.chiffres;
            let publics = c.bilans_sans_publics < d.etablissements;
            ligne(
                format!("{} {}", d.code, if d.nom == d.code { "" } else { &d.nom }),
                [
                    d.etablissements.to_string(),
                    c.groupes.to_string(),
                    formater(c.minutes_realisees),
                    c.inscrits.to_string(),
                    if publics { c.public_prioritaire.to_string() } else { "—".into() },
                    formater_taux(c.taux_assiduite),
                ],
            )
        })
        .collect();
    flow.table(&tableau(&["Département", "Établ.", "Groupes", "Heures réalisées", "Parents inscrits", "Public prioritaire", "Assiduité"], 2.4, 1.0, lignes));

    intertitre(&mut flow, "3. Nationalités et certifications");
    flow.paragraph(
        &format!("Une nationalité de moins de {} parents est comptée dans « Autres nationalités », comme dans le bilan de chaque établissement.", super::SEUIL_NATIONALITE),
        &entete::gris(7.5),
    );
    let lignes = t.nationalites.iter().map(|c| ligne(c.libelle.clone(), [c.nombre.to_string()])).collect();
    flow.table(&tableau(&["Nationalité", "Parents"], 3.0, 1.0, lignes));
    flow.space(2.0);
    if t.certifications.is_empty() {
        flow.paragraph("Aucune certification tentée.", &corps());
    } else {
        let lignes = t
            .certifications
            .iter()
            .map(|l| ligne(l.diplome.clone(), [l.tentees.to_string(), l.obtenues.to_string(), l.resultat_inconnu.to_string()]))
            .collect();
        flow.table(&tableau(&["Certification", "Tentées", "Obtenues", "Résultat inconnu"], 2.0, 1.0, lignes));
    }

    super::graphiques_pdf::section(&mut flow, "4. Graphiques de l'académie", &graphiques(&Donnees::de_la_fusion(t, n)));
    doc.finish().map_err(erreur_pdf)
}

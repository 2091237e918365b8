//! « Vos données personnelles »: everything the school recorded about one parent, as an A4 PDF
//! the parent can read (right of access, see [`crate::domaine::acces`] for what is gathered).
//!
//! Plain French addressed to the parent (« vous »), every recorded field shown even when empty
//! (« non renseigné »), so the parent sees what is and is not kept.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use oepre_pdf::{Align, Cell, Color, Column, Flow, Orientation, Table, TableStyle, TextStyle};

use super::entete::{self, trait_fin};
use super::{date_texte, erreur_pdf, isoler, nom_complet};
use crate::domaine::acces::{self, DonneesParent};
use crate::domaine::journal::{self, actions};
use crate::domaine::heures::{formater, formater_taux};
use crate::domaine::parent::Sexe;
use crate::commun::referentiels::{nom_langue, nom_pays};
use crate::{Db, Resultat};

fn section(flow: &mut Flow<'_>, titre: &str) {
    flow.space(3.0);
    flow.ensure(18.0);
    let st = entete::intertitre();
    flow.block(6.5, |page, x, y, w| {
        page.text(x, y, w, titre, &st);
        page.line(x, y + 5.2, x + w, y + 5.2, &oepre_pdf::Stroke::new(0.4).color(Color::BLEU_FRANCE));
    });
    flow.space(1.0);
}

fn table(colonnes: Vec<Column>, entetes: Option<&[&str]>, lignes: Vec<Vec<String>>) -> Table {
    let mut t = Table::new(colonnes).style(TableStyle {
        text: TextStyle::new(9.0),
        padding: 1.3,
        min_row_height: 6.0,
        border: Some(trait_fin()),
        ..TableStyle::default()
    });
    if let Some(e) = entetes {
        t = t.header(e.iter().copied());
    }
    for l in lignes {
        t.row(l.into_iter().map(Cell::new));
    }
    t
}

fn ou_non_renseigne(v: Option<String>) -> String {
    v.filter(|s| !s.trim().is_empty()).map_or_else(|| "non renseigné".to_owned(), |s| isoler(&s))
}

fn oui_non(b: bool) -> String {
    if b { "oui" } else { "non" }.into()
}

/// The PDF of a parent's data, dated `fait_le`.
pub fn donnees_parent(db: &Db, d: &DonneesParent, fait_le: NaiveDate) -> Resultat<Vec<u8>> {
    let e = super::etablissement(db.conn())?;
    let p = &d.parent;
    let mut doc = entete::document(&format!("Vos données personnelles — {}", nom_complet(&p.nom, &p.prenom)), Orientation::Portrait);
    let logo = entete::logo(&mut doc, db.conn());
    let mut flow = Flow::new(&mut doc);
    flow.reserve(0.0, 4.0);
    entete::entete(&mut flow, &e, logo);
    flow.space(4.0);
    flow.paragraph("Vos données personnelles", &entete::titre(15.0));
    flow.paragraph(
        &format!("Ateliers OEPRE — ce que l'établissement a enregistré sur vous, au {}", date_texte(fait_le)),
        &TextStyle::new(10.0).align(Align::Center).color(Color::GREY),
    );
    flow.space(3.0);
    let intro = TextStyle::new(9.5).line_height(1.3);
    flow.paragraph(
        &format!(
            "Vous avez demandé à voir les informations que {} garde sur vous. Les voici, toutes. \
             Si une information est fausse, le secrétariat la corrige. Vous pouvez aussi demander qu'elles soient effacées.",
            e.nom
        ),
        &intro,
    );
    if let Some(le) = &d.anonymise_le {
        flow.space(1.5);
        flow.paragraph(
            &format!("Vos nom, coordonnées et notes ont été effacés le {}. Il ne reste que des informations sans nom, pour les bilans.", crate::domaine::journal::jour_fr(le)),
            &intro.clone().bold(),
        );
    }

    section(&mut flow, "Vous");
    let sexe = match p.sexe {
        Some(Sexe::F) => Some("femme".to_owned()),
        Some(Sexe::M) => Some("homme".to_owned()),
        None => None,
    };
    let telephone = if p.telephone.is_empty() {
        "non renseigné".to_owned()
    } else {
        format!("{} (vous avez donné votre accord)", isoler(&p.telephone))
    };
    let lignes = vec![
        vec!["Nom".into(), ou_non_renseigne(Some(p.nom.clone()))],
        vec!["Prénom".into(), ou_non_renseigne(Some(p.prenom.clone()))],
        vec!["Nom en lettres latines".into(), ou_non_renseigne(Some(p.translitteration.clone()))],
        vec!["Sexe".into(), ou_non_renseigne(sexe)],
        vec!["Année de naissance".into(), ou_non_renseigne(p.annee_naissance.map(|a| a.to_string()))],
        vec!["Nationalité".into(), ou_non_renseigne(p.nationalite.as_deref().map(|c| nom_pays(c).to_owned()))],
        vec!["Pays d'origine".into(), ou_non_renseigne(p.pays_origine.as_deref().map(|c| nom_pays(c).to_owned()))],
        vec!["Arrivée en France".into(), ou_non_renseigne(crate::domaine::parent::arrivee_texte(p.annee_arrivee, p.mois_arrivee))],
        vec![
            "Contrat d'intégration républicaine (CIR)".into(),
            if p.cir { format!("signé{}", p.cir_annee.map(|a| format!(" en {a}")).unwrap_or_default()) } else { "non".into() },
        ],
        vec!["Protection internationale".into(), oui_non(p.protection_internationale)],
        vec!["Téléphone".into(), telephone],
        vec!["Disponibilités".into(), ou_non_renseigne(Some(p.disponibilites.clone()))],
        vec!["Notes de l'équipe".into(), ou_non_renseigne(Some(p.notes.clone()))],
        vec!["Qui vous a orienté·e vers l'atelier".into(), ou_non_renseigne(d.parcours.prescripteur.map(|x| x.libelle().to_owned()))],
        vec![
            "Vos attentes".into(),
            ou_non_renseigne(Some(d.parcours.attentes.iter().map(|a| a.libelle()).collect::<Vec<_>>().join(" ; "))),
        ],
        vec!["Vos attentes, en vos mots".into(), ou_non_renseigne(Some(d.parcours.attentes_precision.clone()))],
    ];
    flow.table(&table(vec![Column::weight(1.0), Column::weight(2.0)], None, lignes));

    section(&mut flow, "Les langues que vous parlez");
    if p.langues.is_empty() {
        flow.paragraph("Aucune langue n'est enregistrée.", &intro);
    } else {
        let lignes = p.langues.iter().map(|l| vec![nom_langue(&l.langue).to_owned(), oui_non(l.lue), oui_non(l.ecrite)]).collect();
        flow.table(&table(
            vec![Column::weight(2.0), Column::weight(1.0).align(Align::Center), Column::weight(1.0).align(Align::Center)],
            Some(&["Langue", "Vous la lisez", "Vous l'écrivez"]),
            lignes,
        ));
    }

    section(&mut flow, "Vos enfants");
    if p.enfants.is_empty() {
        flow.paragraph("Aucun enfant n'est enregistré.", &intro);
    } else {
        let lignes = p.enfants.iter().map(|x| vec![isoler(&x.prenom), x.classe.clone(), x.ecole.clone()]).collect();
        flow.table(&table(vec![Column::weight(1.2), Column::weight(0.8), Column::weight(1.5)], Some(&["Prénom", "Classe", "École"]), lignes));
    }

    section(&mut flow, "Vos ateliers");
    if d.inscriptions.is_empty() {
        flow.paragraph("Vous n'êtes inscrit·e à aucun atelier.", &intro);
    }
    for ia in &d.inscriptions {
        let i = &ia.inscription;
        flow.ensure(30.0);
        flow.paragraph(&format!("{} — année {}", isoler(&i.atelier_nom), ia.annee), &TextStyle::new(10.0).bold());
        let mut l = vec![format!("Inscription le {} ; statut : {}.", date_texte(i.inscrit_le), i.statut.libelle(p.sexe))];
        if let (Some(le), motif) = (i.parti_le, i.motif_depart) {
            l.push(format!("Départ le {}{}.", date_texte(le), motif.map(|m| format!(" ({})", m.libelle().to_lowercase())).unwrap_or_default()));
        }
        let niv = |o: Option<crate::domaine::inscription::NiveauCecrl>| o.map_or("—".to_owned(), |n| n.code().to_owned());
        l.push(format!(
            "Niveau à l'entrée : oral {}, écrit {}. Niveau à la sortie : oral {}, écrit {}.",
            niv(i.entree.oral),
            niv(i.entree.ecrit),
            niv(i.sortie.oral),
            niv(i.sortie.ecrit)
        ));
        for c in &i.certifications {
            let r = match c.obtenue {
                Some(true) => "obtenu",
                Some(false) => "non obtenu",
                None => "résultat pas encore connu",
            };
            l.push(format!("Certification : {} — {r}.", c.diplome.code()));
        }
        if let Some(o) = d.parcours.inscriptions.iter().find(|s| s.inscription_id == i.id).and_then(|s| s.orientation) {
            l.push(format!("Suite après l'atelier : {}.", o.libelle()));
        }
        l.push(format!(
            "Heures suivies : {} sur {} ({}).",
            formater(ia.heures.minutes_suivies),
            formater(ia.heures.minutes_dispensees),
            formater_taux(ia.heures.taux)
        ));
        for x in l {
            flow.paragraph(&x, &intro);
        }
        if !ia.marques.is_empty() {
            flow.space(1.0);
            let lignes = ia
                .marques
                .iter()
                .map(|m| vec![super::date_longue(m.date), format!("{} – {}", m.debut, m.fin), m.libelle.clone()])
                .collect();
            flow.table(&table(vec![Column::weight(1.6), Column::weight(1.0), Column::weight(1.2)], Some(&["Séance", "Horaire", "Présence"]), lignes));
        }
        flow.space(2.0);
    }

    section(&mut flow, "Les modifications enregistrées à votre sujet");
    if d.journal.is_empty() {
        flow.paragraph("Aucune.", &intro);
    } else {
        let lignes = d
            .journal
            .iter()
            .map(|j| vec![crate::domaine::journal::quand_fr(&j.quand), isoler(&j.qui), format!("{} — {}", j.libelle, j.resume)])
            .collect();
        flow.table(&table(vec![Column::weight(1.0), Column::weight(1.0), Column::weight(2.6)], Some(&["Quand", "Par qui", "Quoi"]), lignes));
    }

    section(&mut flow, "Combien de temps, et vos droits");
    let ans = if d.duree_conservation_annees > 1 { "ans" } else { "an" };
    flow.paragraph(
        &format!(
            "Ces informations sont gardées {} {ans} après la fin de l'année scolaire de votre dernier atelier, puis effacées : \
             il ne reste que des nombres sans nom. Elles restent sur l'ordinateur de l'établissement et ne sont données à personne. \
             Pour les corriger ou les effacer, demandez au secrétariat ou au chef d'établissement. Vous pouvez aussi écrire au \
             délégué à la protection des données de l'académie {}, ou à la CNIL (www.cnil.fr).",
            d.duree_conservation_annees,
            super::de(&e.academie)
        ),
        &intro,
    );
    doc.finish().map_err(erreur_pdf)
}

/// The two files written by [`exporter`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportAcces {
    /// The PDF for the parent.
    pub pdf: String,
    /// The same data as JSON.
    pub json: String,
}

/// Writes the parent's data into `dossier` as `donnees-<nom>-<id>.pdf` and `.json`
/// (atomically, see [`crate::commun::fichier::ecrire`]) and logs the export (`acces_exporte`, one
/// transaction). `fait_le` is printed on the PDF. `qui` is checked first.
pub fn exporter(db: &mut Db, parent_id: i64, dossier: &Path, fait_le: NaiveDate, qui: &str) -> Resultat<ExportAcces> {
    let qui = journal::valider_qui(qui)?;
    let d = acces::donnees(db, parent_id)?;
    let pdf = donnees_parent(db, &d, fait_le)?;
    let texte = acces::json(&d)?;
    let nom = super::nom_de_fichier(&["donnees", &d.parent.nom, &d.parent.prenom, &parent_id.to_string()], "");
    let chemin_pdf = crate::commun::fichier::ecrire(dossier, &format!("{nom}.pdf"), &pdf)?;
    let chemin_json = crate::commun::fichier::ecrire(dossier, &format!("{nom}.json"), texte.as_bytes())?;
    db.transaction(|tx| journal::ecrire(tx, &qui, actions::ACCES_EXPORTE, &serde_json::json!({ "parent_id": parent_id })))?;
    Ok(ExportAcces { pdf: chemin_pdf.display().to_string(), json: chemin_json.display().to_string() })
}

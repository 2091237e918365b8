//! The financial bilan as its own signed-off PDF (A4 portrait), beside the quantitative and
//! qualitative one ([`super::pdf`]): livret OEPRE, « une enquête en ligne réalisée par le service
//! académique de la DAEPS ». Same letterhead, head and helpers as the other bilan PDF.
//!
//! Sections, in order: under the title the channel (DAEPS), the deadline and the funding
//! condition; 1. activité (groups, hours delivered, parents, intervenants by pay scheme);
//! 2. vacations per intervenant·e and month; 3. other costs; 4. funding; 5. balance; the head of
//! school's signature block; then the « fiche de saisie » page ([`super::saisie::financiere`]).
//! Intervenants are « Intervenant·e 1, 2… »: no name, no phone.

use chrono::NaiveDate;
use oepre_pdf::{Cell, Flow, Orientation};

use super::pdf::{corps, en_tete, euros, intertitre, ligne, signature, statut_libelle, tableau, total};
use super::Bilan;
use crate::sorties::documents::{date_texte, entete, erreur_pdf};
use crate::domaine::heures::formater;
use crate::domaine::intervenant::Remuneration;
use crate::{domaine::etablissement, Db, Resultat};

/// The financial bilan PDF of `b`, dated `fait_le` in the signature block.
pub fn pdf_financier(db: &Db, b: &Bilan, fait_le: NaiveDate) -> Resultat<Vec<u8>> {
    let etab = etablissement::lire(db.conn())?;
    let titre = format!("Bilan financier OEPRE {} — {}", b.annee, b.etablissement.uai);
    let mut doc = entete::document(&titre, Orientation::Portrait);
    let logo = entete::logo(&mut doc, db.conn());
    let mut flow = Flow::new(&mut doc);
    en_tete(&mut flow, b, etab.as_ref(), logo, "Bilan financier des ateliers OEPRE");
    super::pdf::canal(
        &mut flow,
        super::CANAL_FINANCIER,
        &format!(
            "Le bilan quantitatif et qualitatif est un document à part (« {} » et « .xlsx »), à saisir dans l'enquête Orquestra de la DGESCO.",
            super::nom_fichier(b, "pdf")
        ),
    );
    activite(&mut flow, b);
    finances(&mut flow, b);
    signature(&mut flow, b, etab.as_ref(), fait_le);
    super::pdf::fiche_saisie(&mut flow, "Enquête en ligne de la DAEPS", &super::saisie::financiere(b));
    doc.finish().map_err(erreur_pdf)
}

/// What the money paid for: groups, hours, parents, intervenants by pay scheme.
fn activite(flow: &mut Flow<'_>, b: &Bilan) {
    intertitre(flow, "1. Activité financée");
    let c = &b.ecole;
    let mut lignes = vec![
        ligne("Groupes (ateliers)", [c.groupes.to_string()]),
        ligne("Séances réalisées (appel fait)", [c.seances_realisees.to_string()]),
        ligne("Heures réalisées", [formater(c.minutes_realisees)]),
        ligne("Parents inscrits sur l'année", [c.parents.inscrits.to_string()]),
    ];
    for r in Remuneration::TOUTES {
        let n = b.intervenants.iter().filter(|i| i.remuneration.as_deref() == Some(r.code())).count();
        if n > 0 {
            lignes.push(ligne(format!("Intervenant·es rémunérés : {}", r.libelle()), [n.to_string()]));
        }
    }
    let sans = b.intervenants.iter().filter(|i| i.remuneration.is_none()).count();
    if sans > 0 {
        lignes.push(ligne("Intervenant·es au mode de rémunération non décidé", [sans.to_string()]));
    }
    flow.table(&tableau(&["", "Établissement"], 3.0, 1.0, lignes));
}

fn finances(flow: &mut Flow<'_>, b: &Bilan) {
    let f = &b.finances;
    intertitre(flow, "2. Vacations, par intervenant·e et par mois");
    flow.paragraph("Taux en vigueur à la date de chaque séance ; les intervenant·es sont numérotés, sans nom.", &entete::gris(7.5));
    let mut lignes: Vec<Vec<Cell>> = Vec::new();
    for i in &b.intervenants {
        let remu = i.remuneration.as_deref().and_then(Remuneration::depuis_code).map_or("mode de rémunération non décidé", Remuneration::libelle);
        lignes.push(vec![Cell::new(format!("{} — {} — {remu}", i.libelle, statut_libelle(&i.statut))).bold().span(4)]);
        for m in &i.mois {
            lignes.push(ligne(
                mois_texte(&m.mois),
                [m.seances.to_string(), formater(m.minutes), m.centimes_vacation.map_or("hors vacation".into(), euros)],
            ));
        }
    }
    lignes.push(total("Total des vacations", [String::new(), formater(f.minutes_vacation), euros(f.total_centimes)]));
    flow.table(&tableau(&["Mois", "Séances", "Heures", "Montant brut"], 2.0, 1.0, lignes));
    if !f.taux_appliques.is_empty() {
        let taux: Vec<String> =
            f.taux_appliques.iter().map(|t| format!("{} de l'heure depuis le {}", euros(t.centimes_par_heure), date_texte(t.depuis))).collect();
        flow.paragraph(&format!("Taux appliqués : {}.", taux.join(" ; ")), &entete::gris(7.5));
    }
    if f.minutes_hors_vacation > 0 {
        flow.paragraph(
            &format!("Heures hors vacations (HSE, facture ou mode non décidé) : {}, sans montant ici.", formater(f.minutes_hors_vacation)),
            &entete::gris(7.5),
        );
    }

    intertitre(flow, "3. Autres dépenses");
    if f.depenses.is_empty() {
        flow.paragraph("Aucune autre dépense saisie.", &corps());
    } else {
        let lignes = f
            .depenses
            .iter()
            .map(|d| {
                ligne(d.libelle.clone(), [d.categorie.libelle().to_owned(), d.date.map_or("—".into(), |x| x.format("%d/%m/%Y").to_string()), euros(d.centimes)])
            })
            .collect();
        flow.table(&tableau(&["Dépense", "Catégorie", "Date", "Montant"], 2.4, 1.0, lignes));
    }
    intertitre(flow, "4. Financements reçus");
    if f.financements.is_empty() {
        flow.paragraph("Aucun financement saisi.", &corps());
    } else {
        let lignes =
            f.financements.iter().map(|x| ligne(x.source.clone(), [x.date.format("%d/%m/%Y").to_string(), euros(x.centimes)])).collect();
        flow.table(&tableau(&["Source", "Date", "Montant"], 2.4, 1.0, lignes));
    }
    intertitre(flow, "5. Équilibre");
    let mut lignes = vec![ligne("Vacations des intervenants", [euros(f.total_centimes)])];
    lignes.extend(f.depenses_par_categorie.iter().map(|c| ligne(c.libelle.clone(), [euros(c.centimes)])));
    lignes.push(total("Total des dépenses", [euros(f.total_depenses_centimes)]));
    lignes.push(total("Financements reçus", [euros(f.financements_centimes)]));
    lignes.push(total(if f.solde_centimes < 0 { "Solde (déficit)" } else { "Solde" }, [euros(f.solde_centimes)]));
    flow.table(&tableau(&["", "Montant"], 3.0, 1.0, lignes));
}

/// `2025-10` → « octobre 2025 ».
pub(super) fn mois_texte(mois: &str) -> String {
    match mois.split_once('-').and_then(|(a, m)| Some((a, m.parse::<u32>().ok()?))) {
        Some((a, m)) => format!("{} {a}", crate::sorties::documents::nom_mois(m)),
        None => mois.to_owned(),
    }
}


//! The quantitative and qualitative bilan as a signed-off PDF report (A4 portrait), through the
//! same text engine and letterhead as the other documents ([`crate::sorties::documents::entete`]). The
//! financial bilan is its own PDF ([`super::financier_pdf`]), built with the helpers of this file.
//!
//! Under the title, the channel it is meant for (enquête Orquestra of the DGESCO), the deadline
//! and the funding condition. Sections, in order: synthèse (the indicators of the XLSX
//! « Synthèse » sheet, same labels), ateliers, parents (aggregates), intervenants, bilan
//! qualitatif, points à vérifier, then the head of school's signature block (« Fait à …, le … »),
//! then the charts ([`super::graphiques`], annexe), then the « fiche de saisie » page ([`super::saisie`]). The head's name may be printed there
//! (the signatory); no parent's name, phone or birth date is ever read.
//!
//! To add a block: a function `fn bloc(flow, b)` below, called from [`pdf`] in reading order;
//! reuse [`tableau`] for a two-or-more-column table and the formatters of this file.

use chrono::NaiveDate;
use oepre_pdf::{Align, Cell, Color, Column, Flow, ImageId, Orientation, Table, TableStyle, TextStyle};

use super::xlsx::{indicateurs, Val};
use super::{Bilan, ChiffresParents, Compte};
use crate::sorties::documents::{date_texte, entete, erreur_pdf, isoler};
use crate::domaine::heures::{formater, formater_taux};
use crate::domaine::intervenant::Statut;
use crate::{domaine::etablissement, Db, Resultat};

/// « 1 234,56 € » (narrow no-break space between thousands).
pub(crate) fn euros(centimes: i64) -> String {
    let signe = if centimes < 0 { "−" } else { "" };
    let c = centimes.unsigned_abs();
    let entiers = (c / 100).to_string();
    let mut groupes = String::new();
    for (i, ch) in entiers.chars().enumerate() {
        if i > 0 && (entiers.len() - i).is_multiple_of(3) {
            groupes.push('\u{202F}');
        }
        groupes.push(ch);
    }
    format!("{signe}{groupes},{:02} €", c % 100)
}

fn texte_val(v: Val) -> String {
    match v {
        Val::N(n) => n.to_string(),
        Val::H(m) => formater(m),
        Val::T(t) => formater_taux(t),
        Val::M(m) => m.map_or("—".into(), |m| formater(m.round() as i64)),
        Val::O(n) => super::suivi::texte(n),
    }
}

pub(super) fn corps() -> TextStyle {
    TextStyle::new(9.5)
}

pub(super) fn intertitre(flow: &mut Flow<'_>, texte: &str) {
    flow.ensure(40.0);
    flow.space(4.0);
    flow.paragraph(texte, &entete::intertitre().size(12.0));
    flow.space(1.5);
}

pub(super) fn sous_titre(flow: &mut Flow<'_>, texte: &str) {
    flow.ensure(24.0);
    flow.space(2.0);
    flow.paragraph(texte, &TextStyle::new(10.0).bold());
    flow.space(1.0);
}

/// A table: the first column a label (weight 1), then `cols` right-aligned figure columns.
pub(super) fn tableau(entetes: &[&str], premiere: f32, autres: f32, lignes: Vec<Vec<Cell>>) -> Table {
    let mut cols = vec![Column::weight(premiere).align(Align::Left)];
    cols.extend((1..entetes.len()).map(|_| Column::weight(autres).align(Align::Right)));
    let mut t = Table::new(cols).header(entetes.iter().copied()).style(TableStyle {
        text: TextStyle::new(8.5),
        header_text: TextStyle::new(8.0).bold().align(Align::Center),
        ..TableStyle::default()
    });
    for l in lignes {
        t.row(l);
    }
    t
}

pub(super) fn ligne(libelle: impl Into<String>, valeurs: impl IntoIterator<Item = String>) -> Vec<Cell> {
    std::iter::once(Cell::new(libelle)).chain(valeurs.into_iter().map(Cell::new)).collect()
}

pub(super) fn total(libelle: &str, valeurs: impl IntoIterator<Item = String>) -> Vec<Cell> {
    std::iter::once(Cell::new(libelle).bold().fill(Color::grey(238)))
        .chain(valeurs.into_iter().map(|v| Cell::new(v).bold().fill(Color::grey(238))))
        .collect()
}

/// The PDF report of `b`, dated `fait_le` in the signature block. The letterhead and the
/// signatory come from the school's record (`db`); without one, the report still prints, with
/// the names the bilan carries.
pub fn pdf(db: &Db, b: &Bilan, fait_le: NaiveDate) -> Resultat<Vec<u8>> {
    let etab = etablissement::lire(db.conn())?;
    let titre = format!("Bilan OEPRE {} — {}", b.annee, b.etablissement.uai);
    let mut doc = entete::document(&titre, Orientation::Portrait);
    let logo = entete::logo(&mut doc, db.conn());
    let mut flow = Flow::new(&mut doc);
    en_tete(&mut flow, b, etab.as_ref(), logo, "Bilan quantitatif et qualitatif des ateliers OEPRE");
    canal(&mut flow, super::CANAL_QUANTITATIF, &format!(
        "Le bilan financier est un document à part (« {} » et « .xlsx »), à saisir dans l'enquête en ligne de la DAEPS.",
        super::nom_fichier_financier(b, "pdf")
    ));

    synthese(&mut flow, b);
    ateliers(&mut flow, b);
    parents(&mut flow, b);
    intervenants(&mut flow, b);
    qualitatif(&mut flow, b);
    points(&mut flow, b);
    signature(&mut flow, b, etab.as_ref(), fait_le);
    let graphiques = super::graphiques::graphiques(&super::graphiques::Donnees::du_bilan(b));
    super::graphiques_pdf::section(&mut flow, "Annexe : graphiques de l'établissement", &graphiques);
    fiche_saisie(&mut flow, "Enquête Orquestra de la DGESCO", &super::saisie::quantitative(b));
    doc.finish().map_err(erreur_pdf)
}

/// The letterhead (or « RÉPUBLIQUE FRANÇAISE » without a recorded school), `titre`, the school
/// year, the school's line and the privacy note: the head of both bilan PDFs.
pub(super) fn en_tete(flow: &mut Flow<'_>, b: &Bilan, etab: Option<&etablissement::Etablissement>, logo: Option<ImageId>, titre: &str) {
    match etab {
        Some(e) => entete::entete(flow, e, logo),
        None => {
            flow.paragraph("RÉPUBLIQUE FRANÇAISE", &TextStyle::new(11.0).bold());
        }
    }
    flow.space(4.0);
    flow.paragraph(titre, &entete::titre(16.0));
    flow.paragraph(&format!("Année scolaire {}", b.annee), &entete::titre(12.0));
    flow.space(1.5);
    let e = &b.etablissement;
    let mut ligne_ecole: Vec<String> = Vec::new();
    if !e.nom.is_empty() {
        ligne_ecole.push(isoler(&e.nom));
    }
    ligne_ecole.push(if e.uai.is_empty() { "UAI non renseigné".into() } else { format!("UAI {}", e.uai) });
    if !e.commune.is_empty() {
        ligne_ecole.push(isoler(&e.commune));
    }
    if !e.academie.is_empty() {
        ligne_ecole.push(format!("académie {}", isoler(&e.academie)));
    }
    flow.paragraph(
        &format!("{}. Du {} au {}.", ligne_ecole.join(" — "), date_texte(b.premier_jour), date_texte(b.dernier_jour)),
        &TextStyle::new(9.0).align(Align::Center),
    );
    flow.paragraph(
        "Données agrégées : aucun nom, téléphone ni date de naissance de parent ne figure dans ce bilan.",
        &entete::gris(8.0).align(Align::Center),
    );
}

/// The banner under the title: the channel this document is meant for (livret OEPRE), the
/// deadline and the funding condition, and where the other bilan is.
pub(super) fn canal(flow: &mut Flow<'_>, ce_document: &str, l_autre: &str) {
    flow.space(3.0);
    let mut t = Table::new(vec![Column::weight(1.0).align(Align::Left)])
        .style(TableStyle { text: TextStyle::new(9.5), header_fill: None, ..TableStyle::default() });
    t.row([Cell::new(format!("À transmettre — {ce_document}")).bold().fill(Color::grey(232))]);
    t.row([Cell::new(super::ECHEANCE_BILANS).fill(Color::grey(245))]);
    t.row([Cell::new(l_autre).fill(Color::grey(245))]);
    flow.table(&t);
    flow.space(1.0);
    flow.paragraph(
        "En fin de document, la « Fiche de saisie » reprend chaque chiffre à recopier dans le formulaire en ligne, dans l'ordre du bilan.",
        &entete::gris(8.0),
    );
}

/// The « fiche de saisie » page ([`super::saisie`]): a new page, a numbered table, one part per
/// rubrique, an empty box to tick once the figure is typed into the `enquete`.
pub(super) fn fiche_saisie(flow: &mut Flow<'_>, enquete: &str, lignes: &[super::saisie::LigneSaisie]) {
    flow.new_page();
    flow.paragraph(&format!("Fiche de saisie — {enquete}"), &entete::titre(14.0));
    flow.paragraph(
        "Chaque chiffre que le formulaire en ligne est susceptible de demander, dans l'ordre du bilan, prêt à être recopié. Cochez la case une fois le chiffre saisi. Heures en heures décimales (8,25 h = 8 h 15).",
        &entete::gris(8.0).align(Align::Center),
    );
    flow.space(2.0);
    let mut t = Table::new(vec![
        Column::fixed(10.0).align(Align::Right),
        Column::weight(3.4).align(Align::Left),
        Column::weight(1.2).align(Align::Right),
        Column::fixed(12.0).align(Align::Center),
    ])
    .header(["N°", "Donnée", "Valeur", "Saisi"])
    .style(TableStyle { text: TextStyle::new(8.5), header_text: TextStyle::new(8.0).bold().align(Align::Center), ..TableStyle::default() });
    let mut rubrique = "";
    for (n, l) in lignes.iter().enumerate() {
        if l.rubrique != rubrique {
            rubrique = &l.rubrique;
            t.row([Cell::new(isoler(rubrique)).bold().fill(Color::grey(238)).align(Align::Left).span(4)]);
        }
        t.row([Cell::new((n + 1).to_string()), Cell::new(isoler(&l.libelle)), Cell::new(l.valeur.texte()), Cell::empty()]);
    }
    flow.table(&t);
}

fn synthese(flow: &mut Flow<'_>, b: &Bilan) {
    intertitre(flow, "1. Synthèse de l'établissement");
    let lignes = indicateurs(&b.ecole).into_iter().map(|(l, v)| ligne(l, [texte_val(v)])).collect();
    flow.table(&tableau(&["Indicateur", "Établissement"], 3.0, 1.0, lignes));
}

fn ateliers(flow: &mut Flow<'_>, b: &Bilan) {
    intertitre(flow, "2. Ateliers");
    let entetes = ["Atelier", "Séances réalisées", "Heures prévues", "Heures réalisées", "Au démarrage", "Inscrits", "En fin d'année", "Partis", "Assiduité"];
    let mut lignes: Vec<Vec<Cell>> = b
        .ateliers
        .iter()
        .map(|a| {
            let c = &a.chiffres;
            let nom = if a.niveau.is_empty() { isoler(&a.nom) } else { format!("{}\n{}", isoler(&a.nom), isoler(&a.niveau)) };
            ligne(
                nom,
                [
                    format!("{} / {}", c.seances_realisees, c.seances_programmees),
                    formater(c.minutes_prevues),
                    formater(c.minutes_realisees),
                    c.parents.inscrits_au_debut.unwrap_or(0).to_string(),
                    c.parents.inscrits.to_string(),
                    c.parents.en_cours.to_string(),
                    c.parents.partis.to_string(),
                    formater_taux(c.parents.taux_assiduite),
                ],
            )
        })
        .collect();
    let c = &b.ecole;
    lignes.push(total(
        "Établissement",
        [
            format!("{} / {}", c.seances_realisees, c.seances_programmees),
            formater(c.minutes_prevues),
            formater(c.minutes_realisees),
            c.parents.inscrits_au_debut.unwrap_or(0).to_string(),
            c.parents.inscrits.to_string(),
            c.parents.en_cours.to_string(),
            c.parents.partis.to_string(),
            formater_taux(c.parents.taux_assiduite),
        ],
    ));
    flow.table(&tableau(&entetes, 2.6, 1.0, lignes));
    flow.paragraph(
        "Séances réalisées : appel fait / séances programmées non annulées. Inscrits au démarrage : inscrits au plus tard le premier jour de l'atelier ; les autres sont arrivés en cours d'année (la surinscription est conseillée pour compenser les départs). Un parent inscrit dans deux ateliers compte une fois pour l'établissement.",
        &entete::gris(7.5),
    );
    sous_titre(flow, "Heures réalisées par axe");
    let par_axe = |c: &super::Chiffres| {
        let m = c.axes_realises.unwrap_or_default();
        let part = |x: i64| if c.minutes_realisees > 0 { format!("{} ({} %)", formater(x), x * 100 / c.minutes_realisees) } else { formater(x) };
        [part(m.langue), part(m.ecole), part(m.valeurs), formater(c.minutes_realisees)]
    };
    let mut lignes: Vec<Vec<Cell>> = b.ateliers.iter().map(|a| ligne(isoler(&a.nom), par_axe(&a.chiffres))).collect();
    lignes.push(total("Établissement", par_axe(&b.ecole)));
    flow.table(&tableau(
        &["Atelier", "Axe 1 : langue française", "Axe 2 : la connaissance du fonctionnement et des attentes de l'École", "Axe 3 : valeurs de la République", "Total"],
        2.2,
        1.0,
        lignes,
    ));
    flow.paragraph(
        "Une séance consacrée à plusieurs axes compte sa durée partagée à parts égales entre eux. « L'axe sur les valeurs de la République est aussi essentiel à aborder que les deux autres axes » (livret OEPRE).",
        &entete::gris(7.5),
    );
}

fn comptes(lignes: &[Compte]) -> Vec<Vec<Cell>> {
    lignes.iter().map(|c| ligne(c.libelle.clone(), [c.nombre.to_string()])).collect()
}

fn parents(flow: &mut Flow<'_>, b: &Bilan) {
    let p = &b.ecole.parents;
    intertitre(flow, "3. Parents (établissement)");
    sous_titre(flow, "Public accueilli");
    let public = vec![
        ligne("Femmes", [p.femmes.to_string()]),
        ligne("Hommes", [p.hommes.to_string()]),
        ligne("Sexe non renseigné", [p.sexe_non_renseigne.to_string()]),
        ligne("Primo-arrivants (arrivés moins de 5 ans avant la rentrée)", [p.primo_arrivants.to_string()]),
        ligne("Signataires du CIR", [p.cir.to_string()]),
        ligne("Protection internationale", [p.protection_internationale.to_string()]),
        ligne("Réinscrits d'une année précédente", [p.reinscrits.to_string()]),
    ];
    flow.table(&tableau(&["", "Parents"], 3.0, 1.0, public));
    sous_titre(flow, "Public prioritaire du Ministère de l'Intérieur et autres parents, par atelier");
    let repartition = |c: &ChiffresParents| {
        [c.public_prioritaire, c.autres_allophones_hors_prioritaire, c.francophones_hors_prioritaire, c.inscrits].map(|n| n.to_string())
    };
    let mut lignes: Vec<Vec<Cell>> = b.ateliers.iter().map(|a| ligne(isoler(&a.nom), repartition(&a.chiffres.parents))).collect();
    lignes.push(total("Établissement", repartition(p)));
    flow.table(&tableau(&["Atelier", "Public prioritaire Intérieur", "Autres parents allophones", "Autres parents francophones", "Inscrits"], 2.6, 1.0, lignes));
    flow.paragraph(
        "Public prioritaire Intérieur : nationalité hors Union européenne, Espace économique européen et Suisse, arrivée en France moins de 5 ans avant le premier jour de l'année scolaire, contrat d'intégration républicaine signé. Les autres parents sont accueillis grâce au cofinancement de l'Éducation nationale ; « francophones » : le français figure parmi les langues qu'ils parlent déjà.",
        &entete::gris(7.5),
    );
    sous_titre(flow, &format!("Nationalités (moins de {} parents : « Autres nationalités »)", b.seuil_nationalites));
    flow.table(&tableau(&["Nationalité", "Parents"], 3.0, 1.0, comptes(&p.nationalites)));
    if !p.departs_par_motif.is_empty() {
        sous_titre(flow, "Départs en cours d'année, par motif");
        flow.table(&tableau(&["Motif", "Parents"], 3.0, 1.0, comptes(&p.departs_par_motif)));
    }
    sous_titre(flow, "Niveaux CECRL à l'entrée et à la sortie (par inscription)");
    let niveaux = p
        .niveaux
        .iter()
        .filter(|l| l.entree_oral + l.entree_ecrit + l.sortie_oral + l.sortie_ecrit > 0)
        .map(|l| {
            ligne(
                if l.niveau == "non_evalue" { "Non évalué".to_owned() } else { l.niveau.clone() },
                [l.entree_oral, l.entree_ecrit, l.sortie_oral, l.sortie_ecrit].map(|n| n.to_string()),
            )
        })
        .collect();
    flow.table(&tableau(&["Niveau", "Entrée oral", "Entrée écrit", "Sortie oral", "Sortie écrit"], 1.6, 1.0, niveaux));
    sous_titre(flow, "Certifications");
    if p.certifications.is_empty() {
        flow.paragraph("Aucune certification présentée.", &corps());
    } else {
        let certifs = p
            .certifications
            .iter()
            .map(|l| ligne(l.diplome.clone(), [l.tentees, l.obtenues, l.resultat_inconnu].map(|n| n.to_string())))
            .collect();
        flow.table(&tableau(&["Diplôme", "Présentées", "Obtenues", "Résultat inconnu"], 1.6, 1.0, certifs));
    }
    parcours(flow, b);
}

/// The parents' path: who referred them, what they expect, the progress entry → exit, where
/// they go next (counts only; « — » for a file exported before they were counted).
fn parcours(flow: &mut Flow<'_>, b: &Bilan) {
    let p = &b.ecole.parents;
    sous_titre(flow, "Parcours des parents : progression du niveau CECRL, de l'entrée à la sortie (par inscription)");
    if let Some(v) = &p.progression {
        let lignes = v.iter().map(|l| ligne(l.libelle.clone(), [l.progres, l.stable, l.recul, l.non_evalue].map(|n| n.to_string()))).collect();
        flow.table(&tableau(&["Compétence", "En progrès", "Niveau stable", "En recul", "Entrée ou sortie non évaluée"], 1.6, 1.0, lignes));
    } else {
        flow.paragraph("Non compté dans ce bilan (exporté par une version antérieure).", &corps());
    }
    let par_scope = |lire: fn(&ChiffresParents) -> Option<&Vec<Compte>>| -> Vec<Vec<Cell>> {
        let Some(ecole) = lire(p) else { return Vec::new() };
        ecole
            .iter()
            .map(|c| {
                let mut v: Vec<String> = b
                    .ateliers
                    .iter()
                    .map(|a| lire(&a.chiffres.parents).and_then(|l| l.iter().find(|x| x.code == c.code)).map_or("—".into(), |x| x.nombre.to_string()))
                    .collect();
                v.push(c.nombre.to_string());
                ligne(c.libelle.clone(), v)
            })
            .collect()
    };
    let mut entetes: Vec<&str> = vec![""];
    entetes.extend(b.ateliers.iter().map(|a| a.nom.as_str()));
    entetes.push("Établissement");
    let noms: Vec<String> = entetes.iter().map(|e| isoler(e)).collect();
    let noms: Vec<&str> = noms.iter().map(String::as_str).collect();
    for (titre, lire, note) in [
        ("Qui a orienté les parents vers l'atelier (par parent)", (|c: &ChiffresParents| c.prescripteurs.as_ref()) as fn(&ChiffresParents) -> Option<&Vec<Compte>>, ""),
        ("Attentes des parents à l'inscription (plusieurs réponses possibles)", |c: &ChiffresParents| c.attentes.as_ref(), ""),
        (
            "Orientation en fin d'atelier",
            |c: &ChiffresParents| c.orientations.as_ref(),
            "Par inscription pour un atelier ; pour l'établissement, par parent (l'orientation de sa dernière inscription qui en a une).",
        ),
    ] {
        sous_titre(flow, titre);
        let lignes = par_scope(lire);
        if lignes.is_empty() {
            flow.paragraph("Non compté dans ce bilan (exporté par une version antérieure).", &corps());
            continue;
        }
        let premiere = if noms.len() > 4 { 2.6 } else { 3.0 };
        flow.table(&tableau(&noms, premiere, 1.0, lignes));
        if !note.is_empty() {
            flow.paragraph(note, &entete::gris(7.5));
        }
    }
}

pub(super) fn statut_libelle(code: &str) -> &'static str {
    Statut::depuis_code(code).map_or("Autre", Statut::libelle)
}

fn intervenants(flow: &mut Flow<'_>, b: &Bilan) {
    intertitre(flow, "4. Intervenants");
    let par_statut = b
        .ecole
        .intervenants
        .iter()
        .map(|l| ligne(l.libelle.clone(), [l.personnes.to_string(), formater(l.minutes)]))
        .collect();
    flow.table(&tableau(&["Statut", "Personnes", "Heures de séances"], 3.0, 1.0, par_statut));
    flow.paragraph("Co-animation : une séance compte pour chacun de ses intervenants.", &entete::gris(7.5));
}

fn qualitatif(flow: &mut Flow<'_>, b: &Bilan) {
    let q = &b.qualitatif;
    intertitre(flow, "5. Bilan qualitatif");
    let paragraphe = |flow: &mut Flow<'_>, titre: &str, texte: &str| {
        sous_titre(flow, titre);
        let t = texte.trim();
        if t.is_empty() {
            flow.paragraph("Non renseigné.", &entete::gris(9.0));
        } else {
            flow.paragraph(t, &corps());
        }
    };
    let partenaires: Vec<&str> = q.partenaires.iter().map(|p| p.libelle()).collect();
    let mut texte = partenaires.join(", ");
    if !q.partenaires_precisions.trim().is_empty() {
        if !texte.is_empty() {
            texte.push_str(".\n");
        }
        texte.push_str(q.partenaires_precisions.trim());
    }
    paragraphe(flow, "Partenaires", &texte);
    sous_titre(flow, "Thèmes abordés, par axe");
    let axes = [
        ("Langue française", &q.themes.langue),
        ("La connaissance du fonctionnement et des attentes de l'École", &q.themes.ecole),
        ("Valeurs de la République", &q.themes.valeurs),
    ];
    let lignes = axes
        .iter()
        .map(|(axe, t)| vec![Cell::new(*axe).bold(), Cell::new(if t.trim().is_empty() { "—".to_owned() } else { t.trim().to_owned() })])
        .collect::<Vec<_>>();
    let mut table = Table::new(vec![Column::weight(1.0).align(Align::Left), Column::weight(3.0).align(Align::Left)])
        .style(TableStyle { text: TextStyle::new(8.5), header_fill: None, ..TableStyle::default() });
    for l in lignes {
        table.row(l);
    }
    flow.table(&table);
    paragraphe(flow, "Actions de vie scolaire", &q.actions_vie_scolaire);
    indicateurs_suivi(flow, b);
    paragraphe(flow, "Difficultés rencontrées", &q.difficultes);
    paragraphe(flow, "Perspectives", &q.perspectives);
}

/// The charter's five indicators: ticks per term and year, and the typed numbers.
fn indicateurs_suivi(flow: &mut Flow<'_>, b: &Bilan) {
    use super::suivi::{lignes, texte};
    sous_titre(flow, "Indicateurs de suivi (charte école–parents)");
    flow.paragraph(
        "Parents différents cochés sur leur atelier, par trimestre et sur l'année (« — » : ne se coche pas par parent) ; nombre saisi dans le bilan qualitatif.",
        &entete::gris(7.5),
    );
    let lignes = lignes(&b.ecole, &b.qualitatif.indicateurs)
        .into_iter()
        .map(|l| {
            let [t1, t2, t3] = l.trimestres.map_or([None; 3], |t| t.map(Some));
            ligne(l.libelle, [texte(t1), texte(t2), texte(t3), texte(l.annee), l.saisi.map_or("non renseigné".into(), |n| n.to_string())])
        })
        .collect();
    flow.table(&tableau(&["", "Trim. 1", "Trim. 2", "Trim. 3", "Année", "Nombre saisi"], 3.2, 0.7, lignes));
}

fn points(flow: &mut Flow<'_>, b: &Bilan) {
    intertitre(flow, "6. Points à vérifier");
    let mut messages: Vec<&str> = b.avertissements.iter().map(|a| a.message.as_str()).collect();
    messages.extend(b.points_a_verifier.iter().flatten().map(|p| p.message.as_str()));
    if messages.is_empty() {
        flow.paragraph("Aucun point à vérifier au moment de l'export.", &corps());
        return;
    }
    flow.paragraph(
        &format!("{} point(s) relevé(s) au moment de l'export ; le bilan a été exporté en l'état.", messages.len()),
        &corps(),
    );
    flow.space(1.0);
    let x = flow.left();
    let w = flow.width();
    let st = TextStyle::new(8.5);
    for m in messages {
        flow.ensure(5.0);
        let y = flow.y();
        flow.page().text(x + 1.0, y, 4.0, "•", &st);
        flow.paragraph_in(x + 5.0, w - 5.0, m, &st);
    }
}

pub(super) fn signature(flow: &mut Flow<'_>, b: &Bilan, etab: Option<&etablissement::Etablissement>, fait_le: NaiveDate) {
    flow.ensure(52.0);
    flow.space(8.0);
    let commune = if b.etablissement.commune.is_empty() { "…".to_owned() } else { isoler(&b.etablissement.commune) };
    flow.paragraph(&format!("Fait à {commune}, le {}.", date_texte(fait_le)), &corps());
    flow.space(4.0);
    // The title follows the school type (« La principale », « Le directeur d'école »…).
    let titre = etab.map_or_else(|| "Pour l'établissement".to_owned(), entete::chef_avec_article);
    let nom = etab.map(|e| isoler(e.chef_nom.trim())).unwrap_or_default();
    flow.block(40.0, |page, x, y, w| {
        let large = w * 0.5;
        entete::bloc_signature(page, x + w - large, y, large, 38.0, &titre, &nom);
    });
}

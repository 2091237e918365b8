//! The letterhead shared by every document (République française, académie, établissement,
//! UAI, address), the page footer « titre — n / N », and the common styles.

use oepre_pdf::{Align, Color, Document, DocumentOptions, Flow, ImageId, Margins, Orientation, Stroke, TextStyle};

use super::de;
use crate::domaine::etablissement::{Etablissement, TitreChef};

/// Document title: bold, blue, centred.
pub(crate) fn titre(taille: f32) -> TextStyle {
    TextStyle::new(taille).bold().color(Color::BLEU_FRANCE).align(Align::Center)
}

/// Section heading.
pub(crate) fn intertitre() -> TextStyle {
    TextStyle::new(10.5).bold().color(Color::BLEU_FRANCE)
}

/// Grey small print.
pub(crate) fn gris(taille: f32) -> TextStyle {
    TextStyle::new(taille).color(Color::GREY)
}

/// Thin grey stroke for boxes.
pub(crate) fn trait_fin() -> Stroke {
    Stroke::new(0.5).color(Color::grey(90))
}

/// A new A4 document with the app's margins and a footer « `titre` — n / N » on every page.
pub(crate) fn document(titre_document: &str, orientation: Orientation) -> Document {
    let marges = match orientation {
        Orientation::Portrait => Margins { top: 14.0, right: 18.0, bottom: 16.0, left: 18.0 },
        Orientation::Landscape => Margins { top: 11.0, right: 12.0, bottom: 13.0, left: 12.0 },
    };
    let mut doc = Document::new(
        DocumentOptions::titled(titre_document).orientation(orientation).margins(marges),
    );
    let pied = titre_document.to_owned();
    doc.set_footer(move |page, info| {
        let y = info.height - info.margins.bottom + 5.0;
        let st = gris(7.5);
        page.text_line(info.margins.left, y, &pied, &st.clone().align(Align::Left));
        page.text_line(info.width - info.margins.right, y, &format!("{} / {}", info.number, info.total), &st.align(Align::Right));
    });
    doc
}

fn lignes_etablissement(e: &Etablissement) -> String {
    let mut v = vec![e.nom.clone(), format!("UAI {}", e.uai)];
    if !e.adresse.is_empty() {
        v.push(e.adresse.clone());
    }
    v.push(format!("{} {}", e.code_postal, e.commune).trim().to_owned());
    let contact: Vec<&str> = [e.telephone.as_str(), e.courriel.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    if !contact.is_empty() {
        v.push(contact.join(" · "));
    }
    v.join("\n")
}

/// The school's logo (`logo.png` next to the data file), added once to `doc`.
pub(crate) fn logo(doc: &mut Document, conn: &rusqlite::Connection) -> Option<ImageId> {
    let png = crate::domaine::etablissement::logo_a_cote_de(std::path::Path::new(conn.path()?))?;
    doc.add_png(&png).ok()
}

/// The full letterhead (portrait documents): République française and académie on the left,
/// the logo (if any) in the middle, the school on the right, a rule below. Moves the flow under it.
pub(crate) fn entete(flow: &mut Flow<'_>, e: &Etablissement, logo: Option<ImageId>) {
    let gauche = "RÉPUBLIQUE\nFRANÇAISE";
    let devise = "Liberté\nÉgalité\nFraternité";
    let academie = format!("Académie {}", de(&e.academie));
    let droite = lignes_etablissement(e);
    let st_rf = TextStyle::new(11.0).bold().line_height(1.1);
    let st_devise = TextStyle::new(7.5).color(Color::GREY).line_height(1.15);
    let st_acad = TextStyle::new(9.0).bold().color(Color::BLEU_FRANCE);
    let st_droite = TextStyle::new(8.5).align(Align::Right).line_height(1.25);
    let doc = flow.document();
    let w = flow.width();
    let h_gauche = doc.measure_height(gauche, 60.0, &st_rf) + doc.measure_height(devise, 60.0, &st_devise) + 2.0
        + doc.measure_height(&academie, 80.0, &st_acad) + 1.5;
    let h_droite = doc.measure_height(&droite, w * 0.55, &st_droite);
    let h = h_gauche.max(h_droite) + 3.0;
    // The logo fits in the middle third, at most 22 mm high, keeping its proportions.
    let taille_logo = logo.map(|id| {
        let (lp, hp) = doc.image_size(id);
        let (lp, hp) = (lp.max(1) as f32, hp.max(1) as f32);
        let haut = (h - 4.0).min(22.0);
        let large = (haut * lp / hp).min(w * 0.22);
        (id, large, large * hp / lp)
    });
    flow.block(h, |page, x, y, w| {
        if let Some((id, large, haut)) = taille_logo {
            page.image(id, x + w * 0.45 - large / 2.0, y, large, haut);
        }
        let mut yy = y;
        yy += page.text(x, yy, 60.0, gauche, &st_rf);
        yy += page.text(x, yy, 60.0, devise, &st_devise) + 2.0;
        page.text(x, yy, 80.0, &academie, &st_acad);
        page.text(x + w * 0.45, y, w * 0.55, &droite, &st_droite);
        page.line(x, y + h - 1.0, x + w, y + h - 1.0, &Stroke::new(0.6).color(Color::BLEU_FRANCE));
    });
}

/// A one-line letterhead for landscape sheets: « RÉPUBLIQUE FRANÇAISE — Académie de … » on the
/// left, the school, UAI and town on the right.
pub(crate) fn entete_compacte(flow: &mut Flow<'_>, e: &Etablissement) {
    let gauche = format!("RÉPUBLIQUE FRANÇAISE — Académie {}", de(&e.academie));
    let droite = format!("{} — UAI {} — {}", e.nom, e.uai, e.commune);
    flow.block(7.0, |page, x, y, w| {
        page.text(x, y, w * 0.45, &gauche, &TextStyle::new(8.5).bold().color(Color::BLEU_FRANCE));
        page.text(x + w * 0.4, y, w * 0.6, &droite, &TextStyle::new(8.5).align(Align::Right));
        page.line(x, y + 5.5, x + w, y + 5.5, &Stroke::new(0.5).color(Color::BLEU_FRANCE));
    });
}

/// Whether the head of school's title is feminine (for « Je soussignée », « La principale »).
pub(crate) fn chef_feminin(t: TitreChef) -> bool {
    matches!(t, TitreChef::Principale | TitreChef::Proviseure | TitreChef::Directrice)
}

/// The head's title as the school type gives it, in the gender of the recorded title: « le
/// directeur / la directrice d'école » for an école, « le principal / la principale » for a
/// collège, « le proviseur / la proviseure » for a lycée (a title typed for another type of
/// school is read as its gender only).
pub(crate) fn titre_du_chef(e: &Etablissement) -> TitreChef {
    use crate::domaine::etablissement::TypeEtablissement::*;
    match (e.type_etablissement, chef_feminin(e.chef_titre)) {
        (Ecole, false) => TitreChef::Directeur,
        (Ecole, true) => TitreChef::Directrice,
        (College, false) => TitreChef::Principal,
        (College, true) => TitreChef::Principale,
        (Lycee, false) => TitreChef::Proviseur,
        (Lycee, true) => TitreChef::Proviseure,
    }
}

/// « La principale », « Le directeur d'école »: above the head's signature.
pub(crate) fn chef_avec_article(e: &Etablissement) -> String {
    let t = titre_du_chef(e);
    let l = t.libelle().to_lowercase();
    if chef_feminin(t) {
        format!("La {l}")
    } else {
        format!("Le {l}")
    }
}

/// « Visa de la principale », « Visa du directeur d'école ».
pub(crate) fn visa_du_chef(e: &Etablissement) -> String {
    let t = titre_du_chef(e);
    let l = t.libelle().to_lowercase();
    if chef_feminin(t) {
        format!("Visa de la {l}")
    } else {
        format!("Visa du {l}")
    }
}

/// A signature block: a label, a name under it, and a box to sign in.
pub(crate) fn bloc_signature(page: &mut oepre_pdf::Page<'_>, x: f32, y: f32, w: f32, h: f32, libelle: &str, nom: &str) {
    let st = TextStyle::new(9.5).bold();
    let mut yy = y + page.text(x, y, w, libelle, &st);
    if !nom.is_empty() {
        yy += page.text(x, yy, w, nom, &TextStyle::new(9.0));
    }
    yy += 1.0;
    page.rect(x, yy, w, (y + h - yy).max(8.0), Some(&trait_fin()), None);
}

//! Documents: feuilles d'émargement, attestations de suivi de formation, liste des inscrits
//! (PDF and XLSX), fiche d'inscription (domain.md §5).
//!
//! Every generator takes `&Db` and its parameters and returns the bytes of the file; the
//! caller writes it (the CLI writes `FILE.tmp` then renames). Output is deterministic: no
//! clock inside (dates printed, such as `fait_le`, are parameters), fixed PDF metadata (see
//! `oepre-pdf`), fixed XLSX properties, so the same data give the same bytes.
//!
//! All text goes through the `oepre-pdf` engine (bidi, shaping, font fallback): a name in
//! Arabic, Tamil or Chinese prints shaped and in the right order inside a French sentence.
//! Names and other data from the base are wrapped in [`isoler`] (U+2068…U+2069) so that a
//! right-to-left name never drags the punctuation around it.
//!
//! Hours and rates come from [`crate::domaine::heures`] (the one definition): never recompute them here.
//!
//! ## How to add a document
//! 1. Create `documents/<nom>.rs` with a public `fn <nom>(db: &Db, …) -> Resultat<Vec<u8>>`
//!    (read what it needs with the feature modules' queries; write a small query in the file
//!    only when no function exists yet, and say so in its doc).
//! 2. Start the PDF with [`entete::document`] (title, margins, footer « titre — n / N »),
//!    draw the letterhead with [`entete::entete`] (or [`entete::entete_compacte`] on
//!    landscape sheets), then place paragraphs, tables and blocks with a [`oepre_pdf::Flow`].
//!    Use the French helpers below ([`date_longue`], [`nom_complet`], [`crate::domaine::heures::formater`],
//!    [`crate::domaine::parent::accorder`] for gender agreement).
//! 3. Add `pub mod <nom>;` here and a file-name case to [`nom_de_fichier`]'s callers.
//! 4. Test it in `tests/documents.rs` with the real tools (`qpdf --check`, `pdffonts`,
//!    `pdfinfo`, `pdftotext -layout`), render it with `pdftoppm -png -r 50` and look at it.
//! 5. Expose it as a CLI subcommand in `crates/oepre-cli/src/documents.rs`.

pub mod acces;
pub mod attestation;
pub mod emargement;
pub mod entete;
pub mod fiche;
pub mod inscrits;
pub mod registre;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use unicode_normalization::UnicodeNormalization;

use crate::commun::calendrier::nom_jour;
use crate::{Erreur, Resultat};

pub use attestation::{
    apercu_attestations, attestations, attestations_sous_le_seuil, definir_taux_minimum, taux_minimum, ApercuAttestations,
    ChoixAttestations, LotAttestations, SansAttestation, SousLeSeuil, CLE_TAUX_MINIMUM, TAUX_MINIMUM_PAR_DEFAUT,
};
pub use emargement::{feuille_du_jour, feuille_mois, feuille_seance, feuille_vierge, feuilles_annee};
pub use fiche::{fiche_parent, fiche_vierge};
pub use inscrits::{liste_inscrits_pdf, liste_inscrits_xlsx};

/// A file name safe on every system, from parts joined by `-`: lower case, Latin accents
/// transliterated (é → e, œ → oe), other scripts kept, every other character (`/`, `\`,
/// `.`, spaces, control characters…) turned into a single `-`; at most 120 characters
/// before the extension; `document` when nothing is left.
///
/// `nom_de_fichier(&["attestations", "2025-2026", "Atelier du mardi"], "pdf")` →
/// `attestations-2025-2026-atelier-du-mardi.pdf`.
pub fn nom_de_fichier(parties: &[&str], extension: &str) -> String {
    let mut base = String::new();
    for partie in parties {
        for c in crate::commun::recherche::plier(partie).nfc() {
            if c.is_alphanumeric() {
                base.push(c);
            } else if !base.is_empty() && !base.ends_with('-') {
                base.push('-');
            }
        }
        if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let mut base: String = base.trim_matches('-').chars().take(120).collect();
    while base.ends_with('-') {
        base.pop();
    }
    if base.is_empty() {
        base = "document".into();
    }
    let ext: String = extension.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    if ext.is_empty() {
        base
    } else {
        format!("{base}.{ext}")
    }
}

const MOIS: [&str; 12] =
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/// French month name: `3` → « mars ».
pub fn nom_mois(mois: u32) -> &'static str {
    MOIS[(mois.clamp(1, 12) - 1) as usize]
}

/// A date in words: « 7 octobre 2025 », « 1er mars 2026 ».
pub fn date_texte(d: NaiveDate) -> String {
    let jour = if d.day() == 1 { "1er".to_owned() } else { d.day().to_string() };
    format!("{jour} {} {}", nom_mois(d.month()), d.year())
}

/// A date with its weekday: « mardi 7 octobre 2025 ».
pub fn date_longue(d: NaiveDate) -> String {
    format!("{} {}", nom_jour(d.weekday()), date_texte(d))
}

/// Short weekday and date for column headers: « mar. 07/10 ».
pub(crate) fn date_colonne(d: NaiveDate) -> String {
    format!("{}. {}", &nom_jour(d.weekday())[..3], d.format("%d/%m"))
}

/// A time as printed on sheets: « 14 h 00 ».
pub(crate) fn heure(t: NaiveTime) -> String {
    format!("{} h {:02}", t.hour(), t.minute())
}

/// Text from the base inside a first-strong isolate, so a right-to-left name keeps the
/// surrounding French punctuation in place.
pub fn isoler(texte: &str) -> String {
    format!("\u{2068}{texte}\u{2069}")
}

pub use crate::commun::texte::nom_complet;

/// « de » or « d' » before a name: « Académie de Créteil », « Académie d'Amiens ».
pub(crate) fn de(nom: &str) -> String {
    let premiere = crate::commun::recherche::plier(nom).chars().next();
    if premiere.is_some_and(|c| "aeiouyh".contains(c)) {
        format!("d'{nom}")
    } else {
        format!("de {nom}")
    }
}

pub(crate) fn erreur_pdf(e: oepre_pdf::PdfError) -> Erreur {
    Erreur::Interne(format!("le document PDF n'a pas pu être produit ({e})"))
}

/// The school, required by every letterhead.
pub(crate) fn etablissement(conn: &rusqlite::Connection) -> Resultat<crate::domaine::etablissement::Etablissement> {
    crate::domaine::etablissement::lire(conn)?.ok_or_else(|| {
        Erreur::Conflit("Renseignez d'abord l'établissement (nom, UAI, adresse, chef d'établissement) : il figure en tête de chaque document.".into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noms_de_fichier_surs() {
        assert_eq!(nom_de_fichier(&["attestations", "2025-2026", "Atelier du mardi"], "pdf"), "attestations-2025-2026-atelier-du-mardi.pdf");
        assert_eq!(nom_de_fichier(&["../../etc/passwd"], "pdf"), "etc-passwd.pdf");
        assert_eq!(nom_de_fichier(&["a\\b/c\u{0}d\u{7f}"], ".XLSX"), "a-b-c-d.xlsx");
        assert_eq!(nom_de_fichier(&["Émargement", "Cœur d'Alène"], "pdf"), "emargement-coeur-d-alene.pdf");
        assert_eq!(nom_de_fichier(&["..", "/"], "pdf"), "document.pdf");
        assert_eq!(nom_de_fichier(&["fiche", "العلي محمد"], "pdf"), "fiche-العلي-محمد.pdf");
        assert!(nom_de_fichier(&[&"x".repeat(500)], "pdf").len() <= 124);
    }

    #[test]
    fn dates_et_noms_en_francais() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 7).unwrap();
        assert_eq!(date_longue(d), "mardi 7 octobre 2025");
        assert_eq!(date_texte(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()), "1er mars 2026");
        assert_eq!(date_colonne(d), "mar. 07/10");
        assert_eq!(heure(NaiveTime::from_hms_opt(9, 5, 0).unwrap()), "9 h 05");
        assert_eq!(nom_complet("Haddad", "Samira"), "Samira HADDAD");
        assert_eq!(nom_complet("王", "芳"), "王芳");
        assert_eq!(nom_complet("حسن", "فاطمة"), "فاطمة حسن");
        assert_eq!(de("Amiens"), "d'Amiens");
        assert_eq!(de("Créteil"), "de Créteil");
    }
}

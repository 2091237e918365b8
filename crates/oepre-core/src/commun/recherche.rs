//! Names in any script: the search key and the sort order of people's names.
//!
//! - [`plier`] builds the key stored in `parent.cle_recherche` and applied to what is typed in
//!   a search box: lower case in every script that has case (Latin, Cyrillic, Greek,
//!   Armenian, Georgian…), Latin accents removed (é → e, ç → c), ligatures and ß spelled out
//!   (œ → oe, æ → ae, ß → ss), white space collapsed. Arabic, Tamil, Chinese, Bengali,
//!   Ethiopic… are kept as typed (after canonical decomposition, applied to both sides).
//! - A search matches when the folded query is a substring of the folded key (see
//!   `crate::domaine::vues_parents::chercher`): « ali », « Ali », « ÁLI » and « العلي » all find محمد العلي (Ali) when
//!   the transliteration is filled in.
//! - Sort order ([`cle_tri`]): folded nom, then folded prénom, then the original spelling. It
//!   is code-point order on the folded text: Latin names A→Z first, then Greek, Cyrillic,
//!   Armenian, Arabic, Bengali, Tamil, Ethiopic, Chinese (by script block). Simple, stable and
//!   the same on every PC — people find someone by typing, not by scrolling.
//!
//! To fold one more letter: add it to [`lettre_speciale`] with a test.

use unicode_normalization::UnicodeNormalization;

/// A Latin letter with no canonical decomposition that still needs spelling out.
fn lettre_speciale(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ł' | 'Ł' => "l",
        'ħ' | 'Ħ' => "h",
        'ı' => "i",
        'þ' | 'Þ' => "th",
        'ŧ' | 'Ŧ' => "t",
        // Apostrophes and dashes inside names (N'Diaye, Al-Ali) are kept, in one form.
        '’' | 'ʼ' | '‘' | '`' => "'",
        '‐' | '‑' | '–' | '—' => "-",
        _ => return None,
    })
}

fn est_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The search and sort key of a text: see the module documentation.
pub fn plier(texte: &str) -> String {
    let mut sortie = String::with_capacity(texte.len());
    let mut base_latine = false;
    let mut espace = true;
    for c in texte.nfd() {
        if c.is_whitespace() {
            if !espace {
                sortie.push(' ');
            }
            espace = true;
            base_latine = false;
            continue;
        }
        espace = false;
        // A combining accent (U+0300–U+036F) on a Latin letter is dropped; on Cyrillic or
        // Greek (й, ё, ά) it is kept, so й still differs from и.
        if ('\u{0300}'..='\u{036F}').contains(&c) && base_latine {
            continue;
        }
        if let Some(s) = lettre_speciale(c) {
            sortie.push_str(s);
            base_latine = true;
            continue;
        }
        base_latine = est_latin(c);
        sortie.extend(c.to_lowercase());
    }
    if sortie.ends_with(' ') {
        sortie.pop();
    }
    sortie
}

/// The sort key of a person's name: folded nom, folded prénom, then the original spelling
/// (so two spellings that fold alike still come in a fixed order).
pub fn cle_tri(nom: &str, prenom: &str) -> (String, String, String, String) {
    (plier(nom), plier(prenom), nom.to_owned(), prenom.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn le_latin_perd_accents_et_casse() {
        assert_eq!(plier("  Élodie   GARÇON "), "elodie garcon");
        assert_eq!(plier("Straße"), "strasse");
        assert_eq!(plier("Cœur Lætitia"), "coeur laetitia");
        assert_eq!(plier("Nguyễn Thị Ánh"), "nguyen thi anh", "vietnamien : accents empilés");
        assert_eq!(plier("Łukasz Dvořák"), "lukasz dvorak");
        assert_eq!(plier("N’Diaye"), "n'diaye");
        assert_eq!(plier("İlkay"), "ilkay");
    }

    #[test]
    fn les_autres_ecritures_gardent_leurs_lettres() {
        assert_eq!(plier("ОЛЕНА Шевченко"), "олена шевченко", "cyrillique : casse seulement");
        assert_eq!(plier("Йосип"), plier("йосип"));
        assert_ne!(plier("й"), plier("и"), "й n'est pas и");
        assert_eq!(plier("ΕΛΕΝΗ"), "ελενη");
        assert_eq!(plier("محمد العلي"), "محمد العلي".nfd().collect::<String>());
        assert!(plier("கவிதா").contains(&plier("கவி")));
        assert_eq!(plier("王芳"), "王芳");
        assert!(plier("ফাতেমা বেগম").contains(&plier("বেগম")));
        assert!(plier("ሰላም ተስፋይ").contains(&plier("ተስፋይ")));
    }

    #[test]
    fn le_tri_place_le_nom_plie_d_abord() {
        let mut noms = [("Élise", "Zoé"), ("Abdi", "Yonas"), ("eliane", "Ana"), ("王", "芳"), ("Ёлкин", "Иван"), ("Émile", "B")];
        noms.sort_by_key(|(n, p)| cle_tri(n, p));
        let ordre: Vec<&str> = noms.iter().map(|(n, _)| *n).collect();
        assert_eq!(ordre, ["Abdi", "eliane", "Élise", "Émile", "Ёлкин", "王"]);
    }
}

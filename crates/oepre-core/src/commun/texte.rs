//! Small helpers to read what a person typed: trimming, dates in French or ISO form.

use chrono::NaiveDate;

/// Trims and collapses inner runs of white space ("  Jean   Moulin " → "Jean Moulin").
pub(crate) fn nettoyer(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a date typed as `2025-09-01` (what date inputs send) or `01/09/2025` (what people type).
pub fn lire_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

/// A date as French people read it: `01/09/2025`.
pub fn date_fr(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn est_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// « Prénom NOM » as printed on documents (family name in capitals where the script has
/// case). Chinese names keep their own order, family name first, without space (王芳).
pub fn nom_complet(nom: &str, prenom: &str) -> String {
    let han = |s: &str| !s.is_empty() && s.chars().filter(|c| !c.is_whitespace()).all(est_han);
    if han(nom) && (prenom.is_empty() || han(prenom)) {
        return format!("{nom}{prenom}");
    }
    match (prenom.trim().is_empty(), nom.trim().is_empty()) {
        (true, _) => nom.to_uppercase(),
        (false, true) => prenom.to_owned(),
        (false, false) => format!("{prenom} {}", nom.to_uppercase()),
    }
}

/// Minutes as French people read hours, **the one hour format** of screens, documents and
/// exports: `116 h`, `1 h 30`, `0 h 45`, `0 h` (negative: `-1 h 30`).
pub fn heures_fr(minutes: i64) -> String {
    let (h, m) = (minutes / 60, (minutes % 60).abs());
    if m == 0 {
        format!("{h} h")
    } else {
        format!("{h} h {m:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_iso_et_francaises() {
        let d = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
        assert_eq!(lire_date("2025-09-01"), Some(d));
        assert_eq!(lire_date(" 01/09/2025 "), Some(d));
        assert_eq!(lire_date("31/02/2025"), None, "31 février n'existe pas");
        assert_eq!(lire_date("demain"), None);
        assert_eq!(date_fr(d), "01/09/2025");
        assert_eq!(nettoyer("  Jean   Moulin "), "Jean Moulin");
    }
}

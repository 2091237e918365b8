//! The French départements as the UAI names them: an UAI (`0310001A`) starts with the
//! département's three-character code (`031`, Haute-Garonne; Corse-du-Sud `620`, Haute-Corse
//! `720`; overseas `971`…`976`). Used by the académie merge's per-département table; a code
//! not in the list is shown as it is.

/// (code as the UAI writes it, name).
const DEPARTEMENTS: [(&str, &str); 102] = [
    ("001", "Ain"), ("002", "Aisne"), ("003", "Allier"), ("004", "Alpes-de-Haute-Provence"), ("005", "Hautes-Alpes"),
    ("006", "Alpes-Maritimes"), ("007", "Ardèche"), ("008", "Ardennes"), ("009", "Ariège"), ("010", "Aube"),
    ("011", "Aude"), ("012", "Aveyron"), ("013", "Bouches-du-Rhône"), ("014", "Calvados"), ("015", "Cantal"),
    ("016", "Charente"), ("017", "Charente-Maritime"), ("018", "Cher"), ("019", "Corrèze"), ("021", "Côte-d'Or"),
    ("022", "Côtes-d'Armor"), ("023", "Creuse"), ("024", "Dordogne"), ("025", "Doubs"), ("026", "Drôme"),
    ("027", "Eure"), ("028", "Eure-et-Loir"), ("029", "Finistère"), ("030", "Gard"), ("031", "Haute-Garonne"),
    ("032", "Gers"), ("033", "Gironde"), ("034", "Hérault"), ("035", "Ille-et-Vilaine"), ("036", "Indre"),
    ("037", "Indre-et-Loire"), ("038", "Isère"), ("039", "Jura"), ("040", "Landes"), ("041", "Loir-et-Cher"),
    ("042", "Loire"), ("043", "Haute-Loire"), ("044", "Loire-Atlantique"), ("045", "Loiret"), ("046", "Lot"),
    ("047", "Lot-et-Garonne"), ("048", "Lozère"), ("049", "Maine-et-Loire"), ("050", "Manche"), ("051", "Marne"),
    ("052", "Haute-Marne"), ("053", "Mayenne"), ("054", "Meurthe-et-Moselle"), ("055", "Meuse"), ("056", "Morbihan"),
    ("057", "Moselle"), ("058", "Nièvre"), ("059", "Nord"), ("060", "Oise"), ("061", "Orne"),
    ("062", "Pas-de-Calais"), ("063", "Puy-de-Dôme"), ("064", "Pyrénées-Atlantiques"), ("065", "Hautes-Pyrénées"), ("066", "Pyrénées-Orientales"),
    ("067", "Bas-Rhin"), ("068", "Haut-Rhin"), ("069", "Rhône"), ("070", "Haute-Saône"), ("071", "Saône-et-Loire"),
    ("072", "Sarthe"), ("073", "Savoie"), ("074", "Haute-Savoie"), ("075", "Paris"), ("076", "Seine-Maritime"),
    ("077", "Seine-et-Marne"), ("078", "Yvelines"), ("079", "Deux-Sèvres"), ("080", "Somme"), ("081", "Tarn"),
    ("082", "Tarn-et-Garonne"), ("083", "Var"), ("084", "Vaucluse"), ("085", "Vendée"), ("086", "Vienne"),
    ("087", "Haute-Vienne"), ("088", "Vosges"), ("089", "Yonne"), ("090", "Territoire de Belfort"), ("091", "Essonne"),
    ("092", "Hauts-de-Seine"), ("093", "Seine-Saint-Denis"), ("094", "Val-de-Marne"), ("095", "Val-d'Oise"), ("620", "Corse-du-Sud"),
    ("720", "Haute-Corse"), ("971", "Guadeloupe"), ("972", "Martinique"), ("973", "Guyane"), ("974", "La Réunion"),
    ("975", "Saint-Pierre-et-Miquelon"), ("976", "Mayotte"),
];

/// The département code of an UAI: its first three characters, upper-cased (`0310001a` →
/// `031`); the whole (trimmed) UAI when it is shorter.
pub fn code_de_uai(uai: &str) -> String {
    uai.trim().chars().take(3).collect::<String>().to_uppercase()
}

/// The département's name, `None` for a code not in the list.
pub fn nom(code: &str) -> Option<&'static str> {
    DEPARTEMENTS.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// « 031 Haute-Garonne », or the code alone when unknown.
pub fn libelle(code: &str) -> String {
    nom(code).map_or_else(|| code.to_owned(), |n| format!("{code} {n}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn du_uai_au_departement() {
        assert_eq!(code_de_uai(" 0310001a "), "031");
        assert_eq!(libelle(&code_de_uai("0310001A")), "031 Haute-Garonne");
        assert_eq!(libelle(&code_de_uai("6200002F")), "620 Corse-du-Sud");
        assert_eq!(libelle(&code_de_uai("9740001X")), "974 La Réunion");
        assert_eq!(libelle("999"), "999", "unknown: the code alone");
        let mut codes: Vec<&str> = DEPARTEMENTS.iter().map(|(c, _)| *c).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), DEPARTEMENTS.len(), "no code twice");
    }
}

//! Reference lists: countries (ISO 3166-1 alpha-2) and languages (ISO 639) with their French
//! names, as the fiche d'inscription offers them.
//!
//! The data live here, in Rust, so that the app works offline and the lists are the same on
//! every PC. A parent's nationality, country of origin and languages are stored as codes
//! (`DZ`, `ar`) and shown with these names.
//!
//! To add a language: append `("code", "nom en français")` to [`LANGUES`] (ISO 639-1 when it
//! exists, else ISO 639-3 or 639-5 for a family such as `ber`), keep codes unique (a test
//! checks), and the fiche offers it at once. Countries follow ISO 3166-1 and rarely change.
//!
//! [`pays`] and [`langue`] look a typed value up in an index built once per list (codes, and
//! names folded by [`plier`]): an import of thousands of rows does not fold the lists again
//! for each cell.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

use crate::commun::recherche::plier;

/// One entry of a reference list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Entree {
    /// The ISO code, as stored.
    pub code: &'static str,
    /// The French name, as shown and printed.
    pub nom: &'static str,
}

const fn e(code: &'static str, nom: &'static str) -> Entree {
    Entree { code, nom }
}

/// Every country of ISO 3166-1 (alpha-2), French short names, in French alphabetical order.
pub const PAYS: &[Entree] = &[
    e("AF", "Afghanistan"), e("ZA", "Afrique du Sud"), e("AX", "Åland"), e("AL", "Albanie"),
    e("DZ", "Algérie"), e("DE", "Allemagne"), e("AD", "Andorre"), e("AO", "Angola"),
    e("AI", "Anguilla"), e("AQ", "Antarctique"), e("AG", "Antigua-et-Barbuda"), e("SA", "Arabie saoudite"),
    e("AR", "Argentine"), e("AM", "Arménie"), e("AW", "Aruba"), e("AU", "Australie"),
    e("AT", "Autriche"), e("AZ", "Azerbaïdjan"), e("BS", "Bahamas"), e("BH", "Bahreïn"),
    e("BD", "Bangladesh"), e("BB", "Barbade"), e("BY", "Biélorussie"), e("BE", "Belgique"),
    e("BZ", "Belize"), e("BJ", "Bénin"), e("BM", "Bermudes"), e("BT", "Bhoutan"),
    e("BO", "Bolivie"), e("BQ", "Bonaire, Saint-Eustache et Saba"), e("BA", "Bosnie-Herzégovine"), e("BW", "Botswana"),
    e("BV", "Île Bouvet"), e("BR", "Brésil"), e("BN", "Brunei"), e("BG", "Bulgarie"),
    e("BF", "Burkina Faso"), e("BI", "Burundi"), e("KY", "Îles Caïmans"), e("KH", "Cambodge"),
    e("CM", "Cameroun"), e("CA", "Canada"), e("CV", "Cap-Vert"), e("CF", "République centrafricaine"),
    e("CL", "Chili"), e("CN", "Chine"), e("CX", "Île Christmas"), e("CY", "Chypre"),
    e("CC", "Îles Cocos"), e("CO", "Colombie"), e("KM", "Comores"), e("CG", "Congo"),
    e("CD", "République démocratique du Congo"), e("CK", "Îles Cook"), e("KR", "Corée du Sud"), e("KP", "Corée du Nord"),
    e("CR", "Costa Rica"), e("CI", "Côte d'Ivoire"), e("HR", "Croatie"), e("CU", "Cuba"),
    e("CW", "Curaçao"), e("DK", "Danemark"), e("DJ", "Djibouti"), e("DO", "République dominicaine"),
    e("DM", "Dominique"), e("EG", "Égypte"), e("SV", "Salvador"), e("AE", "Émirats arabes unis"),
    e("EC", "Équateur"), e("ER", "Érythrée"), e("ES", "Espagne"), e("EE", "Estonie"),
    e("SZ", "Eswatini"), e("US", "États-Unis"), e("ET", "Éthiopie"), e("FK", "Îles Malouines"),
    e("FO", "Îles Féroé"), e("FJ", "Fidji"), e("FI", "Finlande"), e("FR", "France"),
    e("GA", "Gabon"), e("GM", "Gambie"), e("GE", "Géorgie"), e("GS", "Géorgie du Sud-et-les îles Sandwich du Sud"),
    e("GH", "Ghana"), e("GI", "Gibraltar"), e("GR", "Grèce"), e("GD", "Grenade"),
    e("GL", "Groenland"), e("GP", "Guadeloupe"), e("GU", "Guam"), e("GT", "Guatemala"),
    e("GG", "Guernesey"), e("GN", "Guinée"), e("GW", "Guinée-Bissau"), e("GQ", "Guinée équatoriale"),
    e("GY", "Guyana"), e("GF", "Guyane"), e("HT", "Haïti"), e("HM", "Îles Heard-et-MacDonald"),
    e("HN", "Honduras"), e("HK", "Hong Kong"), e("HU", "Hongrie"), e("IM", "Île de Man"),
    e("UM", "Îles mineures éloignées des États-Unis"), e("VG", "Îles Vierges britanniques"), e("VI", "Îles Vierges des États-Unis"), e("IN", "Inde"),
    e("ID", "Indonésie"), e("IR", "Iran"), e("IQ", "Irak"), e("IE", "Irlande"),
    e("IS", "Islande"), e("IL", "Israël"), e("IT", "Italie"), e("JM", "Jamaïque"),
    e("JP", "Japon"), e("JE", "Jersey"), e("JO", "Jordanie"), e("KZ", "Kazakhstan"),
    e("KE", "Kenya"), e("KG", "Kirghizistan"), e("KI", "Kiribati"), e("KW", "Koweït"),
    e("LA", "Laos"), e("LS", "Lesotho"), e("LV", "Lettonie"), e("LB", "Liban"),
    e("LR", "Liberia"), e("LY", "Libye"), e("LI", "Liechtenstein"), e("LT", "Lituanie"),
    e("LU", "Luxembourg"), e("MO", "Macao"), e("MK", "Macédoine du Nord"), e("MG", "Madagascar"),
    e("MY", "Malaisie"), e("MW", "Malawi"), e("MV", "Maldives"), e("ML", "Mali"),
    e("MT", "Malte"), e("MP", "Îles Mariannes du Nord"), e("MA", "Maroc"), e("MH", "Îles Marshall"),
    e("MQ", "Martinique"), e("MU", "Maurice"), e("MR", "Mauritanie"), e("YT", "Mayotte"),
    e("MX", "Mexique"), e("FM", "Micronésie"), e("MD", "Moldavie"), e("MC", "Monaco"),
    e("MN", "Mongolie"), e("ME", "Monténégro"), e("MS", "Montserrat"), e("MZ", "Mozambique"),
    e("MM", "Birmanie"), e("NA", "Namibie"), e("NR", "Nauru"), e("NP", "Népal"),
    e("NI", "Nicaragua"), e("NE", "Niger"), e("NG", "Nigeria"), e("NU", "Niue"),
    e("NF", "Île Norfolk"), e("NO", "Norvège"), e("NC", "Nouvelle-Calédonie"), e("NZ", "Nouvelle-Zélande"),
    e("IO", "Territoire britannique de l'océan Indien"), e("OM", "Oman"), e("UG", "Ouganda"), e("UZ", "Ouzbékistan"),
    e("PK", "Pakistan"), e("PW", "Palaos"), e("PS", "Palestine"), e("PA", "Panama"),
    e("PG", "Papouasie-Nouvelle-Guinée"), e("PY", "Paraguay"), e("NL", "Pays-Bas"), e("PE", "Pérou"),
    e("PH", "Philippines"), e("PN", "Îles Pitcairn"), e("PL", "Pologne"), e("PF", "Polynésie française"),
    e("PR", "Porto Rico"), e("PT", "Portugal"), e("QA", "Qatar"), e("RE", "La Réunion"),
    e("RO", "Roumanie"), e("GB", "Royaume-Uni"), e("RU", "Russie"), e("RW", "Rwanda"),
    e("EH", "Sahara occidental"), e("BL", "Saint-Barthélemy"), e("KN", "Saint-Christophe-et-Niévès"), e("SM", "Saint-Marin"),
    e("MF", "Saint-Martin (partie française)"), e("SX", "Saint-Martin (partie néerlandaise)"), e("PM", "Saint-Pierre-et-Miquelon"), e("VA", "Saint-Siège (Vatican)"),
    e("VC", "Saint-Vincent-et-les-Grenadines"), e("SH", "Sainte-Hélène, Ascension et Tristan da Cunha"), e("LC", "Sainte-Lucie"), e("SB", "Îles Salomon"),
    e("WS", "Samoa"), e("AS", "Samoa américaines"), e("ST", "Sao Tomé-et-Principe"), e("SN", "Sénégal"),
    e("RS", "Serbie"), e("SC", "Seychelles"), e("SL", "Sierra Leone"), e("SG", "Singapour"),
    e("SK", "Slovaquie"), e("SI", "Slovénie"), e("SO", "Somalie"), e("SD", "Soudan"),
    e("SS", "Soudan du Sud"), e("LK", "Sri Lanka"), e("SE", "Suède"), e("CH", "Suisse"),
    e("SR", "Suriname"), e("SJ", "Svalbard et Jan Mayen"), e("SY", "Syrie"), e("TJ", "Tadjikistan"),
    e("TW", "Taïwan"), e("TZ", "Tanzanie"), e("TD", "Tchad"), e("CZ", "Tchéquie"),
    e("TF", "Terres australes et antarctiques françaises"), e("TH", "Thaïlande"), e("TL", "Timor oriental"), e("TG", "Togo"),
    e("TK", "Tokelau"), e("TO", "Tonga"), e("TT", "Trinité-et-Tobago"), e("TN", "Tunisie"),
    e("TM", "Turkménistan"), e("TC", "Îles Turques-et-Caïques"), e("TR", "Turquie"), e("TV", "Tuvalu"),
    e("UA", "Ukraine"), e("UY", "Uruguay"), e("VU", "Vanuatu"), e("VE", "Venezuela"),
    e("VN", "Viêt Nam"), e("WF", "Wallis-et-Futuna"), e("YE", "Yémen"), e("ZM", "Zambie"),
    e("ZW", "Zimbabwe"),
];

/// Languages most spoken by parents in French schools (ISO 639-1, else 639-3 / 639-5),
/// French names. Not exhaustive: append what a school needs.
pub const LANGUES: &[Entree] = &[
    e("fr", "français"), e("ar", "arabe"), e("ber", "berbère (tamazight)"), e("kab", "kabyle"),
    e("shi", "tachelhit"), e("rif", "rifain"), e("en", "anglais"), e("es", "espagnol"),
    e("pt", "portugais"), e("it", "italien"), e("de", "allemand"), e("nl", "néerlandais"),
    e("ru", "russe"), e("uk", "ukrainien"), e("be", "biélorusse"), e("pl", "polonais"),
    e("cs", "tchèque"), e("sk", "slovaque"), e("hu", "hongrois"), e("ro", "roumain"),
    e("bg", "bulgare"), e("sq", "albanais"), e("sr", "serbe"), e("hr", "croate"),
    e("bs", "bosnien"), e("mk", "macédonien"), e("el", "grec"), e("rom", "romani"),
    e("tr", "turc"), e("ku", "kurde"), e("ckb", "kurde sorani"), e("az", "azéri"),
    e("ka", "géorgien"), e("hy", "arménien"), e("ce", "tchétchène"), e("he", "hébreu"),
    e("fa", "persan"), e("prs", "dari"), e("ps", "pachto"), e("tg", "tadjik"),
    e("uz", "ouzbek"), e("kk", "kazakh"), e("ky", "kirghize"), e("tk", "turkmène"),
    e("mn", "mongol"), e("ur", "ourdou"), e("hi", "hindi"), e("pa", "pendjabi"),
    e("bn", "bengali"), e("ne", "népalais"), e("ta", "tamoul"), e("si", "cingalais"),
    e("te", "télougou"), e("ml", "malayalam"), e("gu", "gujarati"), e("mr", "marathi"),
    e("zh", "chinois"), e("yue", "cantonais"), e("wuu", "wu (chinois de Wenzhou, Shanghai)"), e("ja", "japonais"),
    e("ko", "coréen"), e("vi", "vietnamien"), e("km", "khmer"), e("lo", "lao"),
    e("th", "thaï"), e("my", "birman"), e("tl", "tagalog"), e("id", "indonésien"),
    e("ms", "malais"), e("ti", "tigrigna"), e("am", "amharique"), e("om", "oromo"),
    e("so", "somali"), e("sw", "swahili"), e("bm", "bambara"), e("dyu", "dioula"),
    e("mnk", "mandingue"), e("ff", "peul"), e("snk", "soninké"), e("wo", "wolof"),
    e("sus", "soussou"), e("ln", "lingala"), e("kg", "kikongo"), e("lu", "luba-katanga"),
    e("rw", "kinyarwanda"), e("rn", "kirundi"), e("ha", "haoussa"), e("yo", "yoruba"),
    e("ig", "igbo"), e("ak", "akan (twi)"), e("ee", "éwé"), e("fon", "fon"),
    e("mg", "malgache"), e("ht", "créole haïtien"), e("sg", "sango"), e("lsf", "langue des signes française"),
];

/// A list indexed for lookups: codes in ASCII lowercase, and folded French names (the first
/// entry wins should two names fold alike). Built once per list, on first use.
struct Index {
    codes: HashMap<String, &'static Entree>,
    noms: HashMap<String, &'static Entree>,
}

impl Index {
    fn de(liste: &'static [Entree]) -> Self {
        let mut codes = HashMap::with_capacity(liste.len());
        let mut noms = HashMap::with_capacity(liste.len());
        for e in liste {
            codes.entry(e.code.to_ascii_lowercase()).or_insert(e);
            noms.entry(plier(e.nom)).or_insert(e);
        }
        Index { codes, noms }
    }

    /// A code first (any ASCII case), else a French name compared folded.
    fn trouver(&self, saisie: &str) -> Option<&'static Entree> {
        let s = saisie.trim();
        if s.is_empty() {
            return None;
        }
        self.codes.get(&s.to_ascii_lowercase()).or_else(|| self.noms.get(&plier(s))).copied()
    }
}

fn index_pays() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::de(PAYS))
}

fn index_langues() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::de(LANGUES))
}

/// The country typed as a code (`dz`, `DZ`) or a French name (« algerie », « Algérie »).
pub fn pays(saisie: &str) -> Option<&'static Entree> {
    index_pays().trouver(saisie)
}

/// The language typed as a code (`ar`, `prs`) or a French name (« Arabe »).
pub fn langue(saisie: &str) -> Option<&'static Entree> {
    index_langues().trouver(saisie)
}

/// Nationalities of the European Union, the European Economic Area and Switzerland (ISO 3166):
/// their citizens are not the Ministère de l'Intérieur's priority public (livret OEPRE).
pub const UE_EEE_SUISSE: [&str; 31] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT",
    "NL", "PL", "PT", "RO", "SE", "SI", "SK", // Union européenne (27)
    "IS", "LI", "NO", // Espace économique européen
    "CH", // Suisse
];

/// Whether a stored nationality code is EU, EEA or Swiss.
pub fn est_ue_eee_suisse(code: &str) -> bool {
    UE_EEE_SUISSE.contains(&code)
}

/// Whether a stored nationality is known and outside the EU, the EEA and Switzerland (an
/// empty code is unknown, not « hors UE »).
pub fn est_hors_ue_eee_suisse(code: &str) -> bool {
    !code.trim().is_empty() && !est_ue_eee_suisse(code)
}

/// The French name of a stored country code, or the code itself when unknown.
pub fn nom_pays(code: &str) -> &str {
    PAYS.iter().find(|e| e.code == code).map_or(code, |e| e.nom)
}

/// The French name of a stored language code, or the code itself when unknown.
pub fn nom_langue(code: &str) -> &str {
    LANGUES.iter().find(|e| e.code == code).map_or(code, |e| e.nom)
}

/// Both lists, for the fiche d'inscription's choosers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Referentiels {
    /// [`PAYS`].
    pub pays: Vec<Entree>,
    /// [`LANGUES`].
    pub langues: Vec<Entree>,
}

/// Both lists, sorted by folded French name.
pub fn referentiels() -> Referentiels {
    let trier = |l: &[Entree]| {
        let mut v = l.to_vec();
        v.sort_by_cached_key(|e| plier(e.nom));
        v
    };
    Referentiels { pays: trier(PAYS), langues: trier(LANGUES) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn les_pays_sont_les_249_codes_iso() {
        assert_eq!(PAYS.len(), 249);
        let codes: HashSet<&str> = PAYS.iter().map(|e| e.code).collect();
        assert_eq!(codes.len(), PAYS.len(), "codes uniques");
        assert!(PAYS.iter().all(|e| e.code.len() == 2 && e.code.bytes().all(|b| b.is_ascii_uppercase())));
        assert_eq!(pays("dz").unwrap().nom, "Algérie");
        assert_eq!(pays("  algerie ").unwrap().code, "DZ");
        assert_eq!(pays("COTE D'IVOIRE").unwrap().code, "CI");
        assert_eq!(pays("Érythrée").unwrap().code, "ER");
        assert!(pays("Atlantide").is_none());
        assert_eq!(nom_pays("LK"), "Sri Lanka");
    }

    #[test]
    fn les_langues_des_parents_sont_la() {
        let codes: HashSet<&str> = LANGUES.iter().map(|e| e.code).collect();
        assert_eq!(codes.len(), LANGUES.len(), "codes uniques");
        for c in [
            "ar", "fr", "en", "es", "pt", "ru", "uk", "tr", "zh", "ta", "bn", "ur", "ps", "fa", "prs", "ti", "am", "so",
            "bm", "ff", "snk", "wo", "sq", "sr", "ro", "ka", "hy", "vi", "ku", "ber", "kab", "ln", "ha", "hi", "pa", "ne",
            "tl", "mn",
        ] {
            assert!(codes.contains(c), "{c} manque");
        }
        assert_eq!(langue("Tamoul").unwrap().code, "ta");
        assert_eq!(langue("PRS").unwrap().nom, "dari");
        assert_eq!(nom_langue("ti"), "tigrigna");
        let r = referentiels();
        assert_eq!(r.langues.first().unwrap().nom, "akan (twi)", "triées sans tenir compte des accents");
    }

    /// The lookup as it was before the index: the whole list scanned and folded.
    fn par_parcours(liste: &'static [Entree], saisie: &str) -> Option<&'static Entree> {
        let s = saisie.trim();
        if s.is_empty() {
            return None;
        }
        liste.iter().find(|e| e.code.eq_ignore_ascii_case(s)).or_else(|| liste.iter().find(|e| plier(e.nom) == plier(s)))
    }

    #[test]
    fn l_index_trouve_ce_que_trouvait_le_parcours_de_la_liste() {
        let mut saisies: Vec<String> = ["", "   ", "Atlantide", "ÉGYPTE", " egypte", "cote  d'ivoire", "Côte d’Ivoire", "dz", "Dz", "prs", "PRS",
            "berbere (tamazight)", "Viet Nam", "viêt nam", "la reunion", "kurde sorani", "CKB", "ab", "ſ", "İT", "K"].map(String::from).to_vec();
        saisies.extend(PAYS.iter().chain(LANGUES).flat_map(|e| [e.code.to_owned(), e.nom.to_uppercase(), plier(e.nom), format!(" {} ", e.nom)]));
        for s in &saisies {
            assert_eq!(pays(s), par_parcours(PAYS, s), "pays « {s} »");
            assert_eq!(langue(s), par_parcours(LANGUES, s), "langue « {s} »");
        }
        assert_eq!(pays("côte d'IVOIRE").map(|e| e.code), Some("CI"));
        assert_eq!(pays("Viet nam").map(|e| e.code), Some("VN"));
        assert_eq!(langue("Berbère (Tamazight)").map(|e| e.code), Some("ber"));
        assert_eq!(langue("sr").map(|e| e.nom), Some("serbe"));
        assert_eq!(pays("sr").map(|e| e.nom), Some("Suriname"));
        assert_eq!(langue("Maroc"), None);
    }
}

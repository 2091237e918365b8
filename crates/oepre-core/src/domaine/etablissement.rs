//! The school (établissement): identity, letterhead data, holiday zone, head of school.
//!
//! One row in table `etablissement`. [`valider`] turns what a person typed
//! ([`SaisieEtablissement`]) into an [`Etablissement`] or a list of field errors in French;
//! [`enregistrer`] saves it in one transaction. The UAI rule is [`verifier_uai`].

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::texte::nettoyer;
use crate::{Db, Erreur, ErreurChamp, Resultat};

pub use crate::commun::calendrier::Zone;

/// Kind of school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TypeEtablissement {
    /// École (maternelle, élémentaire, primaire).
    Ecole,
    /// Collège.
    College,
    /// Lycée.
    Lycee,
}

impl TypeEtablissement {
    /// As stored and as the CLI takes it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Ecole => "ecole",
            Self::College => "college",
            Self::Lycee => "lycee",
        }
    }
    /// From [`Self::code`].
    pub fn depuis_code(code: &str) -> Option<Self> {
        [Self::Ecole, Self::College, Self::Lycee].into_iter().find(|t| t.code() == code)
    }
    /// For people: "École", "Collège", "Lycée".
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Ecole => "École",
            Self::College => "Collège",
            Self::Lycee => "Lycée",
        }
    }
}

/// Title of the head of school, as printed above the signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TitreChef {
    /// Principal (collège).
    Principal,
    /// Principale (collège).
    Principale,
    /// Proviseur (lycée).
    Proviseur,
    /// Proviseure (lycée).
    Proviseure,
    /// Directeur d'école.
    Directeur,
    /// Directrice d'école.
    Directrice,
}

impl TitreChef {
    const TOUS: [TitreChef; 6] =
        [Self::Principal, Self::Principale, Self::Proviseur, Self::Proviseure, Self::Directeur, Self::Directrice];
    /// As stored and as the CLI takes it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Principal => "principal",
            Self::Principale => "principale",
            Self::Proviseur => "proviseur",
            Self::Proviseure => "proviseure",
            Self::Directeur => "directeur",
            Self::Directrice => "directrice",
        }
    }
    /// From [`Self::code`].
    pub fn depuis_code(code: &str) -> Option<Self> {
        Self::TOUS.into_iter().find(|t| t.code() == code)
    }
    /// As printed: "Principale", "Directeur d'école"…
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Principal => "Principal",
            Self::Principale => "Principale",
            Self::Proviseur => "Proviseur",
            Self::Proviseure => "Proviseure",
            Self::Directeur => "Directeur d'école",
            Self::Directrice => "Directrice d'école",
        }
    }
}

/// An académie and the holiday zone of its schools (`None`: own calendar, e.g. Corse, overseas).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Academie {
    /// Name as written on documents ("Créteil").
    pub nom: &'static str,
    /// Usual holiday zone.
    pub zone: Option<Zone>,
}

/// The 30 académies of France (2020 map) with their holiday zone.
pub const ACADEMIES: &[Academie] = &{
    use Zone::*;
    const fn a(nom: &'static str, zone: Option<Zone>) -> Academie {
        Academie { nom, zone }
    }
    [
        a("Aix-Marseille", Some(B)), a("Amiens", Some(B)), a("Besançon", Some(A)), a("Bordeaux", Some(A)),
        a("Clermont-Ferrand", Some(A)), a("Corse", None), a("Créteil", Some(C)), a("Dijon", Some(A)),
        a("Grenoble", Some(A)), a("Guadeloupe", None), a("Guyane", None), a("La Réunion", None),
        a("Lille", Some(B)), a("Limoges", Some(A)), a("Lyon", Some(A)), a("Martinique", None),
        a("Mayotte", None), a("Montpellier", Some(C)), a("Nancy-Metz", Some(B)), a("Nantes", Some(B)),
        a("Nice", Some(B)), a("Normandie", Some(B)), a("Orléans-Tours", Some(B)), a("Paris", Some(C)),
        a("Poitiers", Some(A)), a("Reims", Some(B)), a("Rennes", Some(B)), a("Strasbourg", Some(B)),
        a("Toulouse", Some(C)), a("Versailles", Some(C)),
    ]
};

/// The school, valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Etablissement {
    /// Name as printed ("Collège Jean Moulin").
    pub nom: String,
    /// École, collège or lycée.
    pub type_etablissement: TypeEtablissement,
    /// Unité administrative immatriculée, 7 digits and a check letter (see [`verifier_uai`]).
    pub uai: String,
    /// Street address.
    pub adresse: String,
    /// 5-digit postcode, or empty.
    pub code_postal: String,
    /// Commune (town), used for "Fait à …".
    pub commune: String,
    /// Académie, one of [`ACADEMIES`].
    pub academie: String,
    /// Holiday zone.
    pub zone: Zone,
    /// Head of school's name.
    pub chef_nom: String,
    /// Head of school's title.
    pub chef_titre: TitreChef,
    /// Secretariat phone, or empty.
    pub telephone: String,
    /// Secretariat e-mail, or empty.
    pub courriel: String,
}

/// What a person typed in the Établissement form. Every field is checked by [`valider`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieEtablissement {
    /// See [`Etablissement::nom`].
    pub nom: String,
    /// `None` when nothing was chosen.
    pub type_etablissement: Option<TypeEtablissement>,
    /// See [`Etablissement::uai`]; case and spaces are forgiven.
    pub uai: String,
    /// See [`Etablissement::adresse`].
    pub adresse: String,
    /// See [`Etablissement::code_postal`].
    pub code_postal: String,
    /// See [`Etablissement::commune`].
    pub commune: String,
    /// See [`Etablissement::academie`].
    pub academie: String,
    /// `None` when nothing was chosen.
    pub zone: Option<Zone>,
    /// See [`Etablissement::chef_nom`].
    pub chef_nom: String,
    /// `None` when nothing was chosen.
    pub chef_titre: Option<TitreChef>,
    /// See [`Etablissement::telephone`].
    pub telephone: String,
    /// See [`Etablissement::courriel`].
    pub courriel: String,
}

impl From<&Etablissement> for SaisieEtablissement {
    fn from(e: &Etablissement) -> Self {
        Self {
            nom: e.nom.clone(),
            type_etablissement: Some(e.type_etablissement),
            uai: e.uai.clone(),
            adresse: e.adresse.clone(),
            code_postal: e.code_postal.clone(),
            commune: e.commune.clone(),
            academie: e.academie.clone(),
            zone: Some(e.zone),
            chef_nom: e.chef_nom.clone(),
            chef_titre: Some(e.chef_titre),
            telephone: e.telephone.clone(),
            courriel: e.courriel.clone(),
        }
    }
}

const LETTRES_UAI: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

/// Checks a UAI: 7 digits then the letter at index (number mod 23) of
/// `ABCDEFGHJKLMNPRSTUVWXYZ`. Returns it normalised (upper case, no spaces) or a French message.
pub fn verifier_uai(saisie: &str) -> Result<String, String> {
    let uai: String = saisie.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    if uai.is_empty() {
        return Err("Le numéro UAI est obligatoire (il figure sur les courriers du rectorat).".into());
    }
    let (chiffres, lettre) = uai.split_at(uai.len().min(7));
    if uai.len() != 8 || !chiffres.bytes().all(|b| b.is_ascii_digit()) || !lettre.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("« {saisie} » n'est pas un UAI : il faut 7 chiffres suivis d'une lettre, par exemple 0750654D."));
    }
    let nombre: u32 = chiffres.parse().map_err(|_| "UAI illisible".to_owned())?;
    let attendue = char::from(LETTRES_UAI[(nombre % 23) as usize]);
    if !lettre.starts_with(attendue) {
        return Err(format!("La lettre de contrôle de l'UAI ne correspond pas : pour {chiffres}, la lettre est {attendue}. Vérifiez le numéro."));
    }
    Ok(uai)
}

/// Checks every field; returns the school or every field error at once.
pub fn valider(s: &SaisieEtablissement) -> Result<Etablissement, Erreur> {
    let mut erreurs = Vec::new();
    let mut oblig = |champ: &str, valeur: &str, message: &str| {
        let v = nettoyer(valeur);
        if v.is_empty() {
            erreurs.push(ErreurChamp::new(champ, message));
        } else if v.chars().count() > 200 {
            erreurs.push(ErreurChamp::new(champ, "200 caractères au plus."));
        }
        v
    };
    let nom = oblig("nom", &s.nom, "Le nom de l'établissement est obligatoire.");
    let commune = oblig("commune", &s.commune, "La commune est obligatoire (elle est imprimée sur les attestations).");
    let adresse = nettoyer(&s.adresse);
    let chef_nom = nettoyer(&s.chef_nom);
    let uai = verifier_uai(&s.uai).unwrap_or_else(|m| {
        erreurs.push(ErreurChamp::new("uai", m));
        String::new()
    });
    let code_postal: String = s.code_postal.chars().filter(|c| !c.is_whitespace()).collect();
    if !code_postal.is_empty() && (code_postal.len() != 5 || !code_postal.bytes().all(|b| b.is_ascii_digit())) {
        erreurs.push(ErreurChamp::new("code_postal", "Le code postal a 5 chiffres, par exemple 93200."));
    }
    let academie = nettoyer(&s.academie);
    let academie = match ACADEMIES.iter().find(|a| a.nom.eq_ignore_ascii_case(&academie)) {
        Some(a) => a.nom.to_owned(),
        None => {
            erreurs.push(ErreurChamp::new("academie", "Choisissez l'académie dans la liste."));
            String::new()
        }
    };
    let telephone = nettoyer(&s.telephone);
    if !telephone.is_empty() && !telephone_valide(&telephone) {
        erreurs.push(ErreurChamp::new("telephone", "Numéro de téléphone invalide : 10 chiffres commençant par 0, ou +33 suivi de 9 chiffres."));
    }
    let courriel = s.courriel.trim().to_owned();
    if !courriel.is_empty() && !courriel_valide(&courriel) {
        erreurs.push(ErreurChamp::new("courriel", "Adresse électronique invalide, par exemple ce.0750654d@ac-paris.fr."));
    }
    if s.type_etablissement.is_none() {
        erreurs.push(ErreurChamp::new("type_etablissement", "Choisissez le type d'établissement."));
    }
    if s.zone.is_none() {
        erreurs.push(ErreurChamp::new("zone", "Choisissez la zone de vacances scolaires (A, B ou C)."));
    }
    if s.chef_titre.is_none() {
        erreurs.push(ErreurChamp::new("chef_titre", "Choisissez le titre du chef d'établissement."));
    }
    match (s.type_etablissement, s.zone, s.chef_titre) {
        (Some(type_etablissement), Some(zone), Some(chef_titre)) if erreurs.is_empty() => Ok(Etablissement {
            nom,
            type_etablissement,
            uai,
            adresse,
            code_postal,
            commune,
            academie,
            zone,
            chef_nom,
            chef_titre,
            telephone,
            courriel,
        }),
        _ => Err(Erreur::Validation(erreurs)),
    }
}

pub(crate) fn telephone_valide(t: &str) -> bool {
    let chiffres: String = t.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    match chiffres.strip_prefix("+33") {
        Some(reste) => reste.len() == 9 && reste.bytes().all(|b| b.is_ascii_digit()),
        None => chiffres.len() == 10 && chiffres.starts_with('0') && chiffres.bytes().all(|b| b.is_ascii_digit()),
    }
}

pub(crate) fn courriel_valide(c: &str) -> bool {
    match c.split_once('@') {
        Some((local, domaine)) => {
            !local.is_empty()
                && domaine.contains('.')
                && !domaine.starts_with('.')
                && !domaine.ends_with('.')
                && !c.chars().any(char::is_whitespace)
                && !domaine.contains('@')
        }
        None => false,
    }
}

/// The school, if it has been entered.
pub fn lire(conn: &Connection) -> Resultat<Option<Etablissement>> {
    let ligne = conn
        .query_row(
            "SELECT nom, type, uai, adresse, code_postal, commune, academie, zone, chef_nom, chef_titre, telephone, courriel
             FROM etablissement WHERE id = 1",
            [],
            |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                    (r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, String>(6)?, r.get::<_, String>(7)?),
                    (r.get::<_, String>(8)?, r.get::<_, String>(9)?, r.get::<_, String>(10)?, r.get::<_, String>(11)?),
                ))
            },
        )
        .optional()?;
    let Some(((nom, type_, uai, adresse), (code_postal, commune, academie, zone), (chef_nom, chef_titre, telephone, courriel))) = ligne
    else {
        return Ok(None);
    };
    let illisible = |quoi: &str| Erreur::Interne(format!("valeur inconnue en base pour {quoi}"));
    Ok(Some(Etablissement {
        nom,
        type_etablissement: TypeEtablissement::depuis_code(&type_).ok_or_else(|| illisible("type"))?,
        uai,
        adresse,
        code_postal,
        commune,
        academie,
        zone: match zone.as_str() {
            "A" => Zone::A,
            "B" => Zone::B,
            "C" => Zone::C,
            _ => return Err(illisible("zone")),
        },
        chef_nom,
        chef_titre: TitreChef::depuis_code(&chef_titre).ok_or_else(|| illisible("chef_titre"))?,
        telephone,
        courriel,
    }))
}

/// Everything the Établissement screen shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct VueEtablissement {
    /// The school, once entered.
    pub etablissement: Option<Etablissement>,
    /// The current school year first, then past years.
    pub annees: Vec<crate::domaine::annee::AnneeScolaire>,
    /// The académies to choose from.
    pub academies: Vec<Academie>,
}

/// Reads [`VueEtablissement`].
pub fn vue(conn: &Connection) -> Resultat<VueEtablissement> {
    Ok(VueEtablissement { etablissement: lire(conn)?, annees: crate::domaine::annee::lister(conn)?, academies: ACADEMIES.to_vec() })
}

/// Validates and saves the school (one transaction). Nothing is written when a field is invalid.
pub fn enregistrer(db: &mut Db, saisie: &SaisieEtablissement) -> Resultat<Etablissement> {
    let e = valider(saisie)?;
    db.transaction(|tx| {
        tx.execute(
            "INSERT INTO etablissement (id, nom, type, uai, adresse, code_postal, commune, academie, zone, chef_nom, chef_titre, telephone, courriel)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT (id) DO UPDATE SET nom = excluded.nom, type = excluded.type, uai = excluded.uai,
               adresse = excluded.adresse, code_postal = excluded.code_postal, commune = excluded.commune,
               academie = excluded.academie, zone = excluded.zone, chef_nom = excluded.chef_nom,
               chef_titre = excluded.chef_titre, telephone = excluded.telephone, courriel = excluded.courriel",
            params![
                e.nom,
                e.type_etablissement.code(),
                e.uai,
                e.adresse,
                e.code_postal,
                e.commune,
                e.academie,
                format!("{:?}", e.zone),
                e.chef_nom,
                e.chef_titre.code(),
                e.telephone,
                e.courriel
            ],
        )?;
        Ok(())
    })?;
    Ok(e)
}

/// The school's logo: `logo.png` placed in the folder of the data file (next to `i18n/`), if any.
/// Printed on the flyers and in the letterhead of the portrait documents.
pub fn logo_ecole(db: &Db) -> Option<Vec<u8>> {
    logo_a_cote_de(db.chemin())
}

/// `logo.png` next to the data file `chemin_base`, if it is a PNG. Printed on the flyers and in
/// the letterhead of the portrait documents.
pub fn logo_a_cote_de(chemin_base: &Path) -> Option<Vec<u8>> {
    let chemin = chemin_base.parent()?.join("logo.png");
    std::fs::read(chemin).ok().filter(|o| o.starts_with(b"\x89PNG"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saisie_valide() -> SaisieEtablissement {
        SaisieEtablissement {
            nom: "Collège Jean Moulin".into(),
            type_etablissement: Some(TypeEtablissement::College),
            uai: "0750654D".into(),
            adresse: "12 rue des Écoles".into(),
            code_postal: "75005".into(),
            commune: "Paris".into(),
            academie: "Paris".into(),
            zone: Some(Zone::C),
            chef_nom: "Nadia Benali".into(),
            chef_titre: Some(TitreChef::Principale),
            telephone: "01 43 25 00 00".into(),
            courriel: "ce.0750654d@ac-paris.fr".into(),
        }
    }

    #[test]
    fn uai_lettre_de_controle() {
        assert_eq!(verifier_uai("0310036W"), Ok("0310036W".into()));
        assert_eq!(verifier_uai("0750654D"), Ok("0750654D".into()));
        assert_eq!(verifier_uai(" 0750654d "), Ok("0750654D".into()), "casse et espaces pardonnés");
        let err = verifier_uai("0310036X").unwrap_err();
        assert!(err.contains("la lettre est W"), "{err}");
        for faux in ["", "031003W", "03100361W", "0310036", "A310036W", "0310036WW", "0310036é"] {
            assert!(verifier_uai(faux).is_err(), "{faux:?} doit être refusé");
        }
    }

    #[test]
    fn toutes_les_erreurs_sont_rendues_champ_par_champ() {
        let s = SaisieEtablissement { uai: "0310036X".into(), code_postal: "7500".into(), courriel: "secretariat".into(), ..Default::default() };
        let err = valider(&s).unwrap_err();
        let champs: Vec<&str> = err.champs().iter().map(|c| c.champ.as_str()).collect();
        for attendu in ["nom", "commune", "uai", "code_postal", "academie", "courriel", "type_etablissement", "zone", "chef_titre"] {
            assert!(champs.contains(&attendu), "{attendu} manque dans {champs:?}");
        }
        assert_eq!(err.code(), crate::CodeErreur::Validation);
    }

    #[test]
    fn rien_n_est_enregistre_tant_que_la_saisie_est_invalide() {
        let mut db = Db::en_memoire().unwrap();
        let mut s = saisie_valide();
        s.uai = "0310036X".into();
        assert!(enregistrer(&mut db, &s).is_err());
        assert_eq!(lire(db.conn()).unwrap(), None);
        s.uai = "0310036w".into();
        let e = enregistrer(&mut db, &s).unwrap();
        assert_eq!(e.uai, "0310036W");
        assert_eq!(lire(db.conn()).unwrap(), Some(e.clone()));
        // A later invalid edit leaves the saved school as it was.
        s.nom = "  ".into();
        assert!(enregistrer(&mut db, &s).is_err());
        assert_eq!(lire(db.conn()).unwrap(), Some(e));
    }

    #[test]
    fn telephones_et_courriels() {
        for ok in ["01 43 25 00 00", "0143250000", "+33 1 43 25 00 00", "06.12.34.56.78"] {
            assert!(telephone_valide(ok), "{ok}");
        }
        for ko in ["12345", "1143250000", "+33 1 43", "01 43 25 00 0a"] {
            assert!(!telephone_valide(ko), "{ko}");
        }
        assert!(courriel_valide("ce.0750654d@ac-paris.fr"));
        for ko in ["secretariat", "@ac-paris.fr", "a@b", "a b@c.fr", "a@.fr"] {
            assert!(!courriel_valide(ko), "{ko}");
        }
    }

    #[test]
    fn les_academies_ont_leur_zone() {
        assert_eq!(ACADEMIES.len(), 30);
        let zone = |nom: &str| ACADEMIES.iter().find(|a| a.nom == nom).unwrap().zone;
        assert_eq!(zone("Créteil"), Some(Zone::C));
        assert_eq!(zone("Lyon"), Some(Zone::A));
        assert_eq!(zone("Lille"), Some(Zone::B));
    }
}

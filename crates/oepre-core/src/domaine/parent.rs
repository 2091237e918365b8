//! Parents: the fiche d'inscription, search by name in any script, and the parents list with
//! hours and attendance rates.
//!
//! - [`valider`] turns what a person typed ([`SaisieParent`]) into a checked record or a list
//!   of field errors in French; [`creer`] and [`modifier`] save it (fiche, languages,
//!   children) in one transaction.
//! - Never a field for a residence-permit or ID number (domain §5, §8): do not add one.
//! - Nationality and country of origin are ISO 3166 codes checked against
//!   [`crate::commun::referentiels::PAYS`]; languages are ISO 639 codes of
//!   [`crate::commun::referentiels::LANGUES`].
//! - **Primo-arrivant** is derived, never typed: see [`est_primo_arrivant`].
//! - Search and sort: [`crate::commun::recherche`] (`cle_recherche` = folded nom, prénom and
//!   transliteration; a query matches any substring of it).
//! - Gender agreement for labels and documents: [`accorder`].

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::commun::recherche::plier;
use crate::commun::referentiels;
use crate::commun::texte::nettoyer;
use crate::{Db, Erreur, ErreurChamp, Resultat};

/// Sex as declared on the fiche (used for gender agreement and the bilan's counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Sexe {
    /// Femme.
    F,
    /// Homme.
    M,
}

impl Sexe {
    /// As stored: `F` or `M`.
    pub fn code(self) -> &'static str {
        match self {
            Sexe::F => "F",
            Sexe::M => "M",
        }
    }
    /// From a stored code or what people type in a list (`F`, `femme`, `Mme`, `H`, `homme`, `M.`).
    pub fn lire(s: &str) -> Option<Sexe> {
        match plier(s).trim_end_matches('.') {
            "f" | "femme" | "mme" | "madame" | "feminin" => Some(Sexe::F),
            "m" | "h" | "homme" | "monsieur" | "masculin" => Some(Sexe::M),
            _ => None,
        }
    }
}

/// Gender agreement: the feminine form for `F`, the masculine for `M`, and the inclusive form
/// « présent·e » when the sex is unknown. `accorder("présent", "présente", sexe)`.
pub fn accorder(masculin: &str, feminin: &str, sexe: Option<Sexe>) -> String {
    match sexe {
        Some(Sexe::F) => feminin.to_owned(),
        Some(Sexe::M) => masculin.to_owned(),
        None if masculin == feminin => masculin.to_owned(),
        None => match feminin.strip_prefix(masculin) {
            Some(fin) => format!("{masculin}·{fin}"),
            None => format!("{masculin}/{feminin}"),
        },
    }
}

/// Primo-arrivant: arrived in France **less than 5 years before the school year's first day**
/// (`premier_jour`, e.g. 1 September 2025 for 2025-2026). This is the one place where the rule
/// lives.
///
/// - Month and year known: the arrival is taken on the first day of that month and must be
///   after `premier_jour` minus 5 years. Rentrée 1 September 2025: September 2020 → no
///   (exactly 5 years), October 2020 → yes, August 2020 → no.
/// - Year only: counted as before (`year of the rentrée − arrival year < 5`); the answer is
///   approximate only for the year five years before (see [`arrivee_approximative`]).
/// - `None` when the year of arrival is unknown.
pub fn est_primo_arrivant(annee_arrivee: Option<i32>, mois_arrivee: Option<u32>, premier_jour: NaiveDate) -> Option<bool> {
    let annee = annee_arrivee?;
    Some(match mois_arrivee.and_then(|m| NaiveDate::from_ymd_opt(annee, m, 1)) {
        Some(arrivee) => {
            let limite = premier_jour
                .with_year(premier_jour.year() - 5)
                .unwrap_or_else(|| NaiveDate::from_ymd_opt(premier_jour.year() - 5, 2, 28).unwrap_or(premier_jour));
            arrivee > limite
        }
        None => premier_jour.year() - annee < 5,
    })
}

/// Whether [`est_primo_arrivant`] had to guess, because the day five years before the rentrée
/// falls inside what is known of the arrival:
/// - the month is unknown and the year of arrival is the one five years before the rentrée
///   (rentrée 1 September 2025, arrival « 2020 »: before or after 1 September 2020?);
/// - the month is the rentrée's month five years before and the rentrée is not on the 1st
///   (rentrée 2 September 2024, arrival September 2019: the 1st or later?).
pub fn arrivee_approximative(annee_arrivee: Option<i32>, mois_arrivee: Option<u32>, premier_jour: NaiveDate) -> bool {
    if annee_arrivee != Some(premier_jour.year() - 5) {
        return false;
    }
    match mois_arrivee {
        None => true,
        Some(m) => m == premier_jour.month() && premier_jour.day() > 1,
    }
}

/// Public prioritaire of the Ministère de l'Intérieur (livret OEPRE): a nationality outside the
/// EU, the EEA and Switzerland ([`referentiels::UE_EEE_SUISSE`]), primo-arrivant
/// ([`est_primo_arrivant`]) and the CIR signed. An unknown nationality or year of arrival is
/// not counted: the funder cannot check it.
pub fn est_public_prioritaire(nationalite: Option<&str>, primo_arrivant: Option<bool>, cir: bool) -> bool {
    nationalite.is_some_and(referentiels::est_hors_ue_eee_suisse) && primo_arrivant == Some(true) && cir
}

/// The arrival in France as people read it: « octobre 2020 », « 2020 » (month unknown), or
/// `None` when the year is unknown.
pub fn arrivee_texte(annee_arrivee: Option<i32>, mois_arrivee: Option<u32>) -> Option<String> {
    const MOIS: [&str; 12] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    let annee = annee_arrivee?;
    Some(match mois_arrivee.and_then(|m| MOIS.get((m as usize).wrapping_sub(1))) {
        Some(m) => format!("{m} {annee}"),
        None => annee.to_string(),
    })
}

/// Whether French is one of the languages the parent already speaks (code `fr` on the fiche):
/// such a parent is counted as francophone, not allophone.
pub fn parle_francais(langues: &[LangueParlee]) -> bool {
    langues.iter().any(|l| l.langue == "fr")
}

/// A language spoken, and whether the parent reads and writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LangueParlee {
    /// ISO 639 code (see [`crate::commun::referentiels::LANGUES`]); a French name is accepted on input.
    pub langue: String,
    /// Reads it.
    pub lue: bool,
    /// Writes it.
    pub ecrite: bool,
}

/// A child at school (first name only: that is all the fiche needs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Enfant {
    /// First name.
    pub prenom: String,
    /// Class (« CE1 », « 6e B », « UPE2A »).
    pub classe: String,
    /// School, when not this one.
    pub ecole: String,
}

/// What a person typed on the fiche d'inscription. Checked by [`valider`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieParent {
    /// Family name, in any script. Required.
    pub nom: String,
    /// First name, in any script.
    pub prenom: String,
    /// Latin spelling of a name written in another script (« Mohammed Al-Ali »).
    pub translitteration: String,
    /// `None`: not given.
    pub sexe: Option<Sexe>,
    /// Year of birth.
    pub annee_naissance: Option<i32>,
    /// ISO 3166 code or French name; empty when not given.
    pub nationalite: String,
    /// ISO 3166 code or French name; empty when not given.
    pub pays_origine: String,
    /// Languages spoken.
    pub langues: Vec<LangueParlee>,
    /// Year of arrival in France.
    pub annee_arrivee: Option<i32>,
    /// Month of arrival (1–12), when known; needs the year.
    #[serde(default)]
    pub mois_arrivee: Option<u32>,
    /// Signed the contrat d'intégration républicaine (self-declared).
    pub cir: bool,
    /// Year the CIR was signed, when known.
    pub cir_annee: Option<i32>,
    /// Refugee, subsidiary protection or stateless (self-declared).
    pub protection_internationale: bool,
    /// Phone number; stored only with consent.
    pub telephone: String,
    /// The parent agreed that the school keeps and uses the phone number.
    pub telephone_consentement: bool,
    /// Children at school.
    pub enfants: Vec<Enfant>,
    /// Days and times that suit the parent.
    pub disponibilites: String,
    /// Free notes (no sensitive data: these are shown to every user of the PC).
    pub notes: String,
}

/// A parent's record as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Parent {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// See [`SaisieParent::nom`].
    pub nom: String,
    /// See [`SaisieParent::prenom`].
    pub prenom: String,
    /// See [`SaisieParent::translitteration`].
    pub translitteration: String,
    /// See [`SaisieParent::sexe`].
    pub sexe: Option<Sexe>,
    /// See [`SaisieParent::annee_naissance`].
    pub annee_naissance: Option<i32>,
    /// ISO 3166 code.
    pub nationalite: Option<String>,
    /// ISO 3166 code.
    pub pays_origine: Option<String>,
    /// Languages, codes checked.
    pub langues: Vec<LangueParlee>,
    /// See [`SaisieParent::annee_arrivee`].
    pub annee_arrivee: Option<i32>,
    /// See [`SaisieParent::mois_arrivee`].
    #[serde(default)]
    pub mois_arrivee: Option<u32>,
    /// See [`SaisieParent::cir`].
    pub cir: bool,
    /// See [`SaisieParent::cir_annee`].
    pub cir_annee: Option<i32>,
    /// See [`SaisieParent::protection_internationale`].
    pub protection_internationale: bool,
    /// See [`SaisieParent::telephone`].
    pub telephone: String,
    /// See [`SaisieParent::telephone_consentement`].
    pub telephone_consentement: bool,
    /// See [`SaisieParent::enfants`].
    pub enfants: Vec<Enfant>,
    /// See [`SaisieParent::disponibilites`].
    pub disponibilites: String,
    /// See [`SaisieParent::notes`].
    pub notes: String,
}

impl From<&Parent> for SaisieParent {
    fn from(p: &Parent) -> Self {
        SaisieParent {
            nom: p.nom.clone(),
            prenom: p.prenom.clone(),
            translitteration: p.translitteration.clone(),
            sexe: p.sexe,
            annee_naissance: p.annee_naissance,
            nationalite: p.nationalite.clone().unwrap_or_default(),
            pays_origine: p.pays_origine.clone().unwrap_or_default(),
            langues: p.langues.clone(),
            annee_arrivee: p.annee_arrivee,
            mois_arrivee: p.mois_arrivee,
            cir: p.cir,
            cir_annee: p.cir_annee,
            protection_internationale: p.protection_internationale,
            telephone: p.telephone.clone(),
            telephone_consentement: p.telephone_consentement,
            enfants: p.enfants.clone(),
            disponibilites: p.disponibilites.clone(),
            notes: p.notes.clone(),
        }
    }
}

fn annee_du_jour() -> i32 {
    chrono::Local::now().date_naive().year()
}

/// Checks every field of the fiche; returns the record (id 0) or every field error at once.
pub fn valider(s: &SaisieParent) -> Result<Parent, Erreur> {
    let mut erreurs = Vec::new();
    let cette_annee = annee_du_jour();
    let mut texte = |champ: &str, valeur: &str, max: usize| {
        let v = nettoyer(valeur);
        if v.chars().count() > max {
            erreurs.push(ErreurChamp::new(champ, format!("{max} caractères au plus.")));
        }
        v
    };
    let nom = texte("nom", &s.nom, 100);
    let prenom = texte("prenom", &s.prenom, 100);
    let translitteration = texte("translitteration", &s.translitteration, 200);
    let disponibilites = texte("disponibilites", &s.disponibilites, 500);
    let telephone = texte("telephone", &s.telephone, 30);
    let notes = s.notes.trim().to_owned();
    if nom.is_empty() {
        erreurs.push(ErreurChamp::new("nom", "Le nom est obligatoire (dans l'écriture du parent ou en lettres latines)."));
    }
    if notes.chars().count() > 2000 {
        erreurs.push(ErreurChamp::new("notes", "2000 caractères au plus."));
    }
    if let Some(a) = s.annee_naissance {
        if !(cette_annee - 100..=cette_annee - 14).contains(&a) {
            erreurs.push(ErreurChamp::new("annee_naissance", format!("Année de naissance invalide : entre {} et {}.", cette_annee - 100, cette_annee - 14)));
        }
    }
    if let Some(a) = s.annee_arrivee {
        if !(1940..=cette_annee).contains(&a) {
            erreurs.push(ErreurChamp::new("annee_arrivee", format!("Année d'arrivée invalide : entre 1940 et {cette_annee}.")));
        } else if s.annee_naissance.is_some_and(|n| a < n) {
            erreurs.push(ErreurChamp::new("annee_arrivee", "L'année d'arrivée en France précède l'année de naissance."));
        }
    }
    match (s.mois_arrivee, s.annee_arrivee) {
        (Some(m), _) if !(1..=12).contains(&m) => erreurs.push(ErreurChamp::new("mois_arrivee", "Mois d'arrivée invalide : entre 1 et 12.")),
        (Some(_), None) => erreurs.push(ErreurChamp::new("mois_arrivee", "Indiquez aussi l'année d'arrivée en France.")),
        (Some(m), Some(a)) if a == cette_annee && m > chrono::Local::now().month() => {
            erreurs.push(ErreurChamp::new("mois_arrivee", "Le mois d'arrivée est dans le futur."))
        }
        _ => {}
    }
    if let Some(a) = s.cir_annee {
        if !s.cir {
            erreurs.push(ErreurChamp::new("cir_annee", "Indiquez d'abord que le contrat d'intégration républicaine a été signé."));
        } else if !(2016..=cette_annee).contains(&a) {
            erreurs.push(ErreurChamp::new("cir_annee", format!("Le CIR existe depuis 2016 : année entre 2016 et {cette_annee}.")));
        } else if s.annee_arrivee.is_some_and(|arr| a < arr) {
            erreurs.push(ErreurChamp::new("cir_annee", "Le CIR est signé après l'arrivée en France."));
        }
    }
    let mut code_pays = |champ: &str, valeur: &str| -> Option<String> {
        if valeur.trim().is_empty() {
            return None;
        }
        match referentiels::pays(valeur) {
            Some(p) => Some(p.code.to_owned()),
            None => {
                erreurs.push(ErreurChamp::new(champ, format!("« {} » n'est pas dans la liste des pays : choisissez-le dans la liste.", valeur.trim())));
                None
            }
        }
    };
    let nationalite = code_pays("nationalite", &s.nationalite);
    let pays_origine = code_pays("pays_origine", &s.pays_origine);
    let mut langues: Vec<LangueParlee> = Vec::new();
    for l in &s.langues {
        match referentiels::langue(&l.langue) {
            Some(e) if langues.iter().any(|x| x.langue == e.code) => {
                erreurs.push(ErreurChamp::new("langues", format!("La langue « {} » est indiquée deux fois.", e.nom)));
            }
            Some(e) => langues.push(LangueParlee { langue: e.code.to_owned(), lue: l.lue, ecrite: l.ecrite }),
            None => erreurs.push(ErreurChamp::new("langues", format!("« {} » n'est pas dans la liste des langues : choisissez-la dans la liste.", l.langue.trim()))),
        }
    }
    if !telephone.is_empty() && !s.telephone_consentement {
        erreurs.push(ErreurChamp::new(
            "telephone_consentement",
            "Le numéro n'est enregistré qu'avec l'accord du parent : cochez le consentement ou laissez le numéro vide.",
        ));
    }
    if !telephone.is_empty() && telephone.chars().filter(char::is_ascii_digit).count() < 8 {
        erreurs.push(ErreurChamp::new("telephone", "Numéro de téléphone trop court."));
    }
    let mut enfants = Vec::new();
    for e in &s.enfants {
        let prenom = nettoyer(&e.prenom);
        let (classe, ecole) = (nettoyer(&e.classe), nettoyer(&e.ecole));
        if prenom.is_empty() {
            if classe.is_empty() && ecole.is_empty() {
                continue; // an empty row of the form
            }
            erreurs.push(ErreurChamp::new("enfants", "Le prénom de chaque enfant est obligatoire."));
        }
        enfants.push(Enfant { prenom, classe, ecole });
    }
    if !erreurs.is_empty() {
        return Err(Erreur::Validation(erreurs));
    }
    Ok(Parent {
        id: 0,
        nom,
        prenom,
        translitteration,
        sexe: s.sexe,
        annee_naissance: s.annee_naissance,
        nationalite,
        pays_origine,
        langues,
        annee_arrivee: s.annee_arrivee,
        mois_arrivee: s.mois_arrivee,
        cir: s.cir,
        cir_annee: s.cir_annee,
        protection_internationale: s.protection_internationale,
        telephone,
        telephone_consentement: s.telephone_consentement,
        enfants,
        disponibilites,
        notes,
    })
}

/// The stored search key of a parent: folded nom, prénom and transliteration.
pub fn cle_recherche(nom: &str, prenom: &str, translitteration: &str) -> String {
    plier(&format!("{nom} {prenom} {translitteration}"))
}

/// Writes a checked record (insert when `p.id == 0`), inside the caller's transaction.
pub(crate) fn ecrire(tx: &Transaction<'_>, p: &Parent) -> Resultat<i64> {
    let cle = cle_recherche(&p.nom, &p.prenom, &p.translitteration);
    let valeurs = params![
        p.nom,
        p.prenom,
        p.translitteration,
        cle,
        p.sexe.map(Sexe::code),
        p.annee_naissance,
        p.nationalite,
        p.pays_origine,
        p.annee_arrivee,
        p.cir,
        p.cir_annee,
        p.protection_internationale,
        p.telephone,
        p.telephone_consentement,
        p.disponibilites,
        p.notes,
        p.mois_arrivee,
    ];
    let id = if p.id == 0 {
        tx.execute(
            "INSERT INTO parent (nom, prenom, translitteration, cle_recherche, sexe, annee_naissance, nationalite,
               pays_origine, annee_arrivee, cir, cir_annee, protection_internationale, telephone,
               telephone_consentement, disponibilites, notes, mois_arrivee)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            valeurs,
        )?;
        tx.last_insert_rowid()
    } else {
        let n = tx.execute(
            "UPDATE parent SET nom = ?1, prenom = ?2, translitteration = ?3, cle_recherche = ?4, sexe = ?5,
               annee_naissance = ?6, nationalite = ?7, pays_origine = ?8, annee_arrivee = ?9, cir = ?10,
               cir_annee = ?11, protection_internationale = ?12, telephone = ?13, telephone_consentement = ?14,
               disponibilites = ?15, notes = ?16, mois_arrivee = ?17
             WHERE id = ?18",
            rusqlite::params_from_iter(valeurs.iter().copied().chain([&p.id as &dyn rusqlite::ToSql])),
        )?;
        if n == 0 {
            return Err(introuvable(p.id));
        }
        tx.execute("DELETE FROM parent_langue WHERE parent_id = ?1", [p.id])?;
        tx.execute("DELETE FROM enfant WHERE parent_id = ?1", [p.id])?;
        p.id
    };
    for l in &p.langues {
        tx.execute(
            "INSERT INTO parent_langue (parent_id, langue, lue, ecrite) VALUES (?1, ?2, ?3, ?4)",
            params![id, l.langue, l.lue, l.ecrite],
        )?;
    }
    for e in &p.enfants {
        tx.execute("INSERT INTO enfant (parent_id, prenom, classe, ecole) VALUES (?1, ?2, ?3, ?4)", params![id, e.prenom, e.classe, e.ecole])?;
    }
    Ok(id)
}

fn introuvable(id: i64) -> Erreur {
    Erreur::Introuvable(format!("Le parent n° {id} n'existe pas (ou plus)."))
}

/// Creates a parent from the fiche (one transaction). Nothing is written when a field is invalid.
pub fn creer(db: &mut Db, saisie: &SaisieParent) -> Resultat<Parent> {
    let p = valider(saisie)?;
    let id = db.transaction(|tx| ecrire(tx, &p))?;
    lire(db.conn(), id)
}

/// Replaces a parent's fiche (with its languages and children) in one transaction. An
/// anonymised parent's fiche is refused ([`refuser_si_anonymise`]).
pub fn modifier(db: &mut Db, id: i64, saisie: &SaisieParent) -> Resultat<Parent> {
    let mut p = valider(saisie)?;
    p.id = id;
    db.transaction(|tx| {
        refuser_si_anonymise(tx, id)?;
        ecrire(tx, &p)
    })?;
    lire(db.conn(), id)
}

/// Refuses to write personal data again, or a new enrolment, for a parent anonymised by the
/// retention purge or an erasure (`parent.anonymise_le` set): a returning parent gets a new fiche.
pub fn refuser_si_anonymise(conn: &Connection, id: i64) -> Resultat<()> {
    let anonymise: Option<String> = conn
        .query_row("SELECT anonymise_le FROM parent WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| introuvable(id))?;
    match anonymise {
        Some(_) => Err(Erreur::Conflit(
            "Ce parent a été anonymisé : ses données personnelles ne peuvent plus être saisies. S'il revient, créez-lui une nouvelle fiche.".into(),
        )),
        None => Ok(()),
    }
}

/// One parent, with languages and children.
pub fn lire(conn: &Connection, id: i64) -> Resultat<Parent> {
    let mut p = conn
        .query_row(
            "SELECT id, nom, prenom, translitteration, sexe, annee_naissance, nationalite, pays_origine, annee_arrivee,
                    cir, cir_annee, protection_internationale, telephone, telephone_consentement, disponibilites, notes,
                    mois_arrivee
             FROM parent WHERE id = ?1",
            [id],
            |r| {
                Ok(Parent {
                    id: r.get(0)?,
                    nom: r.get(1)?,
                    prenom: r.get(2)?,
                    translitteration: r.get(3)?,
                    sexe: r.get::<_, Option<String>>(4)?.as_deref().and_then(Sexe::lire),
                    annee_naissance: r.get(5)?,
                    nationalite: r.get(6)?,
                    pays_origine: r.get(7)?,
                    annee_arrivee: r.get(8)?,
                    mois_arrivee: r.get(16)?,
                    cir: r.get(9)?,
                    cir_annee: r.get(10)?,
                    protection_internationale: r.get(11)?,
                    telephone: r.get(12)?,
                    telephone_consentement: r.get(13)?,
                    enfants: Vec::new(),
                    langues: Vec::new(),
                    disponibilites: r.get(14)?,
                    notes: r.get(15)?,
                })
            },
        )
        .optional()?
        .ok_or_else(|| introuvable(id))?;
    let mut stmt = conn.prepare_cached("SELECT langue, lue, ecrite FROM parent_langue WHERE parent_id = ?1 ORDER BY rowid")?;
    p.langues = stmt
        .query_map([id], |r| Ok(LangueParlee { langue: r.get(0)?, lue: r.get(1)?, ecrite: r.get(2)? }))?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached("SELECT prenom, classe, ecole FROM enfant WHERE parent_id = ?1 ORDER BY id")?;
    p.enfants = stmt
        .query_map([id], |r| Ok(Enfant { prenom: r.get(0)?, classe: r.get(1)?, ecole: r.get(2)? }))?
        .collect::<Result<_, _>>()?;
    Ok(p)
}

/// First day of the current school year (else 1 September of today's school year).
pub(crate) fn premier_jour_courant(conn: &Connection) -> Resultat<NaiveDate> {
    Ok(match crate::domaine::annee::courante(conn)? {
        Some(a) => a.premier_jour,
        None => {
            let d: NaiveDate = chrono::Local::now().date_naive();
            let debut = if d.month() >= 8 { d.year() } else { d.year() - 1 };
            NaiveDate::from_ymd_opt(debut, 9, 1).unwrap_or(d)
        }
    })
}

/// When the parent's personal data were removed (`parent.anonymise_le`), if they were.
pub(crate) fn anonymise_le(conn: &Connection, id: i64) -> Resultat<Option<String>> {
    Ok(conn
        .query_row("SELECT anonymise_le FROM parent WHERE id = ?1", [id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domaine::vues_parents::{chercher, fiche, FiltreParents};

    pub(crate) fn saisie(nom: &str, prenom: &str) -> SaisieParent {
        SaisieParent { nom: nom.into(), prenom: prenom.into(), ..Default::default() }
    }

    #[test]
    fn la_fiche_complete_se_relit_telle_quelle() {
        let mut db = Db::en_memoire().unwrap();
        let s = SaisieParent {
            translitteration: "Mohammed Al-Ali".into(),
            sexe: Some(Sexe::M),
            annee_naissance: Some(1985),
            nationalite: "Syrie".into(),
            pays_origine: "sy".into(),
            langues: vec![
                LangueParlee { langue: "Arabe".into(), lue: true, ecrite: true },
                LangueParlee { langue: "ku".into(), lue: false, ecrite: false },
            ],
            annee_arrivee: Some(2022),
            cir: true,
            cir_annee: Some(2023),
            protection_internationale: true,
            telephone: "06 12 34 56 78".into(),
            telephone_consentement: true,
            enfants: vec![Enfant { prenom: "Lina".into(), classe: "CE1".into(), ecole: String::new() }],
            disponibilites: "mardi et jeudi matin".into(),
            ..saisie("العلي", "محمد")
        };
        let p = creer(&mut db, &s).unwrap();
        assert_eq!(p.nationalite.as_deref(), Some("SY"), "le nom du pays est rangé en code ISO");
        assert_eq!(p.langues[0].langue, "ar");
        assert_eq!(lire(db.conn(), p.id).unwrap(), p);
        let mut s2 = SaisieParent::from(&p);
        s2.enfants.push(Enfant { prenom: "Omar".into(), classe: "6e".into(), ecole: "Collège Voisin".into() });
        s2.langues.pop();
        let p2 = modifier(&mut db, p.id, &s2).unwrap();
        assert_eq!(p2.enfants.len(), 2);
        assert_eq!(p2.langues.len(), 1);
        let f = fiche(db.conn(), p.id).unwrap();
        assert!(f.inscriptions.is_empty());
    }

    #[test]
    fn chaque_champ_faux_a_son_message() {
        let s = SaisieParent {
            nom: " ".into(),
            annee_naissance: Some(1850),
            nationalite: "Atlantide".into(),
            langues: vec![LangueParlee { langue: "klingon".into(), lue: false, ecrite: false }],
            telephone: "0612345678".into(),
            cir_annee: Some(2020),
            mois_arrivee: Some(13),
            enfants: vec![Enfant { prenom: "".into(), classe: "CP".into(), ecole: "".into() }],
            ..Default::default()
        };
        let err = valider(&s).unwrap_err();
        let champs: Vec<&str> = err.champs().iter().map(|c| c.champ.as_str()).collect();
        for attendu in ["nom", "annee_naissance", "nationalite", "langues", "telephone_consentement", "cir_annee", "mois_arrivee", "enfants"] {
            assert!(champs.contains(&attendu), "{attendu} manque dans {champs:?}");
        }
        let mut db = Db::en_memoire().unwrap();
        assert!(creer(&mut db, &s).is_err());
        let n: i64 = db.conn().query_row("SELECT count(*) FROM parent", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0, "rien d'écrit");
        // A month needs its year.
        let sans_annee = SaisieParent { mois_arrivee: Some(3), ..saisie("Diallo", "Awa") };
        let err = valider(&sans_annee).unwrap_err();
        assert_eq!(err.champs().iter().map(|c| (c.champ.as_str(), c.message.as_str())).collect::<Vec<_>>(), [("mois_arrivee", "Indiquez aussi l'année d'arrivée en France.")]);
    }

    #[test]
    fn primo_arrivant_moins_de_cinq_ans_avant_la_rentree() {
        let rentree = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
        assert_eq!(est_primo_arrivant(Some(2021), None, rentree), Some(true));
        assert_eq!(est_primo_arrivant(Some(2025), None, rentree), Some(true));
        assert_eq!(est_primo_arrivant(Some(2020), None, rentree), Some(false));
        assert_eq!(est_primo_arrivant(None, None, rentree), None);
        // With the month, the edge is the school year's first day, five years before.
        assert_eq!(est_primo_arrivant(Some(2020), Some(9), rentree), Some(false), "septembre 2020 : 5 ans tout juste");
        assert_eq!(est_primo_arrivant(Some(2020), Some(10), rentree), Some(true), "octobre 2020 : 4 ans et 11 mois");
        assert_eq!(est_primo_arrivant(Some(2020), Some(8), rentree), Some(false));
        assert_eq!(est_primo_arrivant(Some(2021), Some(1), rentree), Some(true));
        let rentree_le_2 = NaiveDate::from_ymd_opt(2025, 9, 2).unwrap();
        assert_eq!(est_primo_arrivant(Some(2020), Some(9), rentree_le_2), Some(false));
        // « 2020 » alone: before or after 1 September 2020 cannot be told.
        assert!(arrivee_approximative(Some(2020), None, rentree));
        assert!(!arrivee_approximative(Some(2020), Some(9), rentree), "1er septembre : septembre 2020 est sûr");
        assert!(!arrivee_approximative(Some(2020), Some(10), rentree));
        assert!(!arrivee_approximative(Some(2021), None, rentree), "2021 : moins de 5 ans quel que soit le mois");
        assert!(!arrivee_approximative(Some(2019), None, rentree), "2019 : 5 ans ou plus quel que soit le mois");
        assert!(!arrivee_approximative(None, None, rentree));
        assert!(arrivee_approximative(Some(2020), Some(9), rentree_le_2), "rentrée le 2 : le 1er septembre 2020 ou après ?");
        assert!(!arrivee_approximative(Some(2020), Some(8), rentree_le_2));
        // A rentrée on 29 February (never seen, but the rule must not panic).
        let bissextile = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(est_primo_arrivant(Some(2023), Some(3), bissextile), Some(true));
        assert_eq!(est_primo_arrivant(Some(2023), Some(2), bissextile), Some(false));
    }

    #[test]
    fn public_prioritaire_hors_ue_moins_de_cinq_ans_cir_signe() {
        assert!(est_public_prioritaire(Some("SY"), Some(true), true));
        assert!(!est_public_prioritaire(Some("RO"), Some(true), true), "une parente roumaine (UE) n'en est pas");
        assert!(!est_public_prioritaire(Some("CH"), Some(true), true), "Suisse");
        assert!(!est_public_prioritaire(Some("NO"), Some(true), true), "EEE");
        assert!(!est_public_prioritaire(Some("SY"), Some(true), false), "sans CIR");
        assert!(!est_public_prioritaire(Some("SY"), Some(false), true), "arrivé il y a 5 ans ou plus");
        assert!(!est_public_prioritaire(None, Some(true), true), "nationalité inconnue");
        assert!(!est_public_prioritaire(Some("SY"), None, true), "année d'arrivée inconnue");
        assert_eq!(referentiels::UE_EEE_SUISSE.len(), 31);
        for c in referentiels::UE_EEE_SUISSE {
            assert!(referentiels::PAYS.iter().any(|p| p.code == c), "{c} absent de la liste des pays");
        }
        assert_eq!(arrivee_texte(Some(2020), Some(10)).as_deref(), Some("octobre 2020"));
        assert_eq!(arrivee_texte(Some(2020), None).as_deref(), Some("2020"));
        assert_eq!(arrivee_texte(None, Some(3)), None);
        assert!(parle_francais(&[LangueParlee { langue: "fr".into(), lue: true, ecrite: false }]));
        assert!(!parle_francais(&[LangueParlee { langue: "ar".into(), lue: true, ecrite: true }]));
    }

    #[test]
    fn accords() {
        assert_eq!(accorder("présent", "présente", Some(Sexe::F)), "présente");
        assert_eq!(accorder("présent", "présente", Some(Sexe::M)), "présent");
        assert_eq!(accorder("inscrit", "inscrite", None), "inscrit·e");
        assert_eq!(accorder("parti", "partie", None), "parti·e");
        assert_eq!(accorder("en retard", "en retard", None), "en retard");
        assert_eq!(accorder("il", "elle", None), "il/elle");
        assert_eq!(Sexe::lire("Mme"), Some(Sexe::F));
        assert_eq!(Sexe::lire("H"), Some(Sexe::M));
    }

    #[test]
    fn recherche_dans_toutes_les_ecritures() {
        let mut db = Db::en_memoire().unwrap();
        for (nom, prenom, tr) in [
            ("العلي", "محمد", "Mohammed Al-Ali"),
            ("Ramanathan", "கவிதா", "Kavitha"),
            ("王", "芳", "Wang Fang"),
            ("Шевченко", "Олена", "Olena Shevchenko"),
            ("Lefèvre", "Hélène", ""),
        ] {
            creer(&mut db, &SaisieParent { translitteration: tr.into(), ..saisie(nom, prenom) }).unwrap();
        }
        let noms = |q: &str| -> Vec<String> {
            chercher(db.conn(), &FiltreParents { texte: q.into(), atelier_id: None }).unwrap().into_iter().map(|l| l.nom).collect()
        };
        assert_eq!(noms("LEFEVRE"), ["Lefèvre"]);
        assert_eq!(noms("hél"), ["Lefèvre"], "é = e");
        assert_eq!(noms("hel"), ["Lefèvre"]);
        assert_eq!(noms("العلي"), ["العلي"]);
        assert_eq!(noms("al-ali"), ["العلي"], "par la translittération");
        assert_eq!(noms("கவி"), ["Ramanathan"]);
        assert_eq!(noms("芳"), ["王"]);
        assert_eq!(noms("ОЛЕНА"), ["Шевченко"], "cyrillique sans casse");
        assert_eq!(noms("").len(), 5);
        assert_eq!(noms("").first().map(String::as_str), Some("Lefèvre"), "latin d'abord");
    }
}

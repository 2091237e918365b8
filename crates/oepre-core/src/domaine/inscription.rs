//! Enrolments (inscriptions): a parent in an atelier, with status, leaving, evaluations and
//! certifications.
//!
//! - Status: inscrit·e, en liste d'attente, or a quitté (with a date and a reason from
//!   [`MotifDepart`]). A waiting-list enrolment counts no séance; a leaver's séances after
//!   the leaving date do not count (see [`crate::domaine::heures`]).
//! - Entry and exit evaluation: oral and written CECRL level ([`NiveauCecrl`]), literacy in the
//!   mother tongue, track FLE/FLS or alphabétisation ([`Parcours`]).
//! - Certifications ([`Diplome`]) attempted, and obtained once known.
//! - Each action ([`inscrire`], [`modifier`], [`quitter`]) is one transaction.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::parent::{accorder, Sexe};
use crate::commun::texte::lire_date;
use crate::{Db, Erreur, ErreurChamp, Resultat};

macro_rules! codes {
    ($(#[$m:meta])* $nom:ident { $($(#[$vm:meta])* $v:ident = $code:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum $nom { $($(#[$vm])* #[serde(rename = $code)] $v),* }
        impl $nom {
            /// Every value, in order.
            pub const TOUS: &'static [$nom] = &[$($nom::$v),*];
            /// As stored, as the CLI and the UI take it.
            pub fn code(self) -> &'static str { match self { $($nom::$v => $code),* } }
            /// From [`Self::code`].
            pub fn depuis_code(code: &str) -> Option<Self> { Self::TOUS.iter().copied().find(|v| v.code() == code) }
        }
    };
}
pub(crate) use codes;

codes! {
    /// Status of an enrolment.
    StatutInscription { /// Inscrit·e: attends the atelier.
        Inscrit = "inscrit", /// En liste d'attente: counts nothing.
        Attente = "attente", /// A quitté l'atelier (with date and reason).
        Parti = "parti" }
}

impl StatutInscription {
    /// For people, with gender agreement: « inscrite », « en liste d'attente », « partie ».
    pub fn libelle(self, sexe: Option<Sexe>) -> String {
        match self {
            Self::Inscrit => accorder("inscrit", "inscrite", sexe),
            Self::Attente => "en liste d'attente".into(),
            Self::Parti => accorder("parti", "partie", sexe),
        }
    }
}

codes! {
    /// Why a parent left.
    MotifDepart { /// Found work or changed hours.
        Travail = "travail", /// Moved away.
        Demenagement = "demenagement", /// Health.
        Sante = "sante", /// No childcare.
        GardeEnfants = "garde_enfants", /// Level not suited.
        NiveauInadapte = "niveau_inadapte", /// Other reason.
        Autre = "autre" }
}

impl MotifDepart {
    /// For people: « travail », « déménagement »…
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Travail => "travail",
            Self::Demenagement => "déménagement",
            Self::Sante => "santé",
            Self::GardeEnfants => "garde d'enfants",
            Self::NiveauInadapte => "niveau inadapté",
            Self::Autre => "autre",
        }
    }
}

codes! {
    /// CECRL level, ordered A1.1 < A1 < A2 < B1 < B2 < C1 < C2.
    NiveauCecrl { /// A1.1 (DILF).
        A11 = "A1.1", /// A1.
        A1 = "A1", /// A2.
        A2 = "A2", /// B1.
        B1 = "B1", /// B2.
        B2 = "B2", /// C1.
        C1 = "C1", /// C2.
        C2 = "C2" }
}

codes! {
    /// Track decided at the entry evaluation.
    Parcours { /// FLE/FLS: schooled in the mother tongue.
        Fle = "fle", /// Alphabétisation.
        Alpha = "alpha" }
}

codes! {
    /// Certifications some parents take.
    Diplome { /// Diplôme initial de langue française.
        Dilf = "DILF", /// DELF A1.
        DelfA1 = "DELF A1", /// DELF A2.
        DelfA2 = "DELF A2", /// DELF B1.
        DelfB1 = "DELF B1", /// DELF B2.
        DelfB2 = "DELF B2", /// Diplôme de compétence en langue.
        Dcl = "DCL", /// Test de connaissance du français.
        Tcf = "TCF" }
}

/// A certification attempted during the enrolment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Certification {
    /// Which one.
    pub diplome: Diplome,
    /// `None` while the result is unknown.
    pub obtenue: Option<bool>,
}

/// Entry or exit evaluation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Evaluation {
    /// Oral level.
    pub oral: Option<NiveauCecrl>,
    /// Written level.
    pub ecrit: Option<NiveauCecrl>,
}

/// What a person typed on the enrolment form. Dates as `AAAA-MM-JJ` or `JJ/MM/AAAA`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieInscription {
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// The atelier.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// Date enrolled.
    pub inscrit_le: String,
    /// Inscrit·e or en liste d'attente (use [`quitter`] to record a departure).
    pub statut: StatutInscription,
    /// Re-enrolled from a previous year.
    pub reinscription: bool,
    /// Entry evaluation.
    pub entree: Evaluation,
    /// Literate in the mother tongue (`None`: not evaluated).
    pub alphabetise: Option<bool>,
    /// Track.
    pub parcours: Option<Parcours>,
    /// Exit evaluation.
    pub sortie: Evaluation,
    /// Certifications attempted.
    pub certifications: Vec<Certification>,
}

impl SaisieInscription {
    /// A plain enrolment from `inscrit_le` (`JJ/MM/AAAA` or `AAAA-MM-JJ`): enrolled, not
    /// re-enrolled, nothing evaluated yet.
    pub fn nouvelle(parent_id: i64, atelier_id: i64, inscrit_le: impl Into<String>) -> Self {
        SaisieInscription {
            parent_id,
            atelier_id,
            inscrit_le: inscrit_le.into(),
            statut: StatutInscription::Inscrit,
            reinscription: false,
            entree: Evaluation::default(),
            alphabetise: None,
            parcours: None,
            sortie: Evaluation::default(),
            certifications: vec![],
        }
    }
}

/// What a person typed to record a departure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaisieDepart {
    /// Date left (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
    pub parti_le: String,
    /// Reason, required.
    pub motif: Option<MotifDepart>,
}

/// An enrolment as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Inscription {
    /// Row id.
    #[ts(type = "number")]
    pub id: i64,
    /// The parent.
    #[ts(type = "number")]
    pub parent_id: i64,
    /// The atelier.
    #[ts(type = "number")]
    pub atelier_id: i64,
    /// The atelier's name.
    pub atelier_nom: String,
    /// Date enrolled.
    pub inscrit_le: NaiveDate,
    /// Status.
    pub statut: StatutInscription,
    /// Date left (status `parti` only).
    pub parti_le: Option<NaiveDate>,
    /// Why (status `parti` only).
    pub motif_depart: Option<MotifDepart>,
    /// Re-enrolled from a previous year.
    pub reinscription: bool,
    /// Entry evaluation.
    pub entree: Evaluation,
    /// Literate in the mother tongue.
    pub alphabetise: Option<bool>,
    /// Track.
    pub parcours: Option<Parcours>,
    /// Exit evaluation.
    pub sortie: Evaluation,
    /// Certifications attempted.
    pub certifications: Vec<Certification>,
}

fn date_obligatoire(erreurs: &mut Vec<ErreurChamp>, champ: &str, valeur: &str) -> Option<NaiveDate> {
    let d = lire_date(valeur);
    if d.is_none() {
        let m = if valeur.trim().is_empty() { "Date obligatoire." } else { "Date invalide : écrivez-la comme 01/10/2025." };
        erreurs.push(ErreurChamp::new(champ, m));
    }
    d
}

fn verifier_certifications(erreurs: &mut Vec<ErreurChamp>, c: &[Certification]) {
    for (i, x) in c.iter().enumerate() {
        if c[..i].iter().any(|y| y.diplome == x.diplome) {
            erreurs.push(ErreurChamp::new("certifications", format!("Le {} est indiqué deux fois.", x.diplome.code())));
        }
    }
}

fn atelier_existe(tx: &Connection, id: i64) -> Resultat<()> {
    let n: i64 = tx.query_row("SELECT count(*) FROM atelier WHERE id = ?1", [id], |r| r.get(0))?;
    if n == 0 {
        return Err(Erreur::Introuvable(format!("L'atelier n° {id} n'existe pas (ou plus).")));
    }
    Ok(())
}

/// Refuses an enrolment date outside the atelier's first and last day, in French.
fn date_dans_atelier(tx: &Connection, atelier_id: i64, date: NaiveDate) -> Resultat<()> {
    let (debut, fin): (NaiveDate, NaiveDate) =
        tx.query_row("SELECT premier_jour, dernier_jour FROM atelier WHERE id = ?1", [atelier_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let f = |d: NaiveDate| d.format("%d/%m/%Y").to_string();
    if date < debut || date > fin {
        let m = format!("La date d'inscription doit être comprise entre le {} et le {} (dates de l'atelier).", f(debut), f(fin));
        return Err(Erreur::Validation(vec![ErreurChamp::new("inscrit_le", m)]));
    }
    Ok(())
}

fn niveau(n: Option<NiveauCecrl>) -> Option<&'static str> {
    n.map(NiveauCecrl::code)
}

fn ecrire_certifications(tx: &Transaction<'_>, id: i64, c: &[Certification]) -> Resultat<()> {
    tx.execute("DELETE FROM certification WHERE inscription_id = ?1", [id])?;
    for x in c {
        tx.execute(
            "INSERT INTO certification (inscription_id, diplome, obtenue) VALUES (?1, ?2, ?3)",
            params![id, x.diplome.code(), x.obtenue],
        )?;
    }
    Ok(())
}

/// Inserts a checked enrolment inside the caller's transaction (used by the import too).
pub(crate) fn inserer(tx: &Transaction<'_>, parent_id: i64, atelier_id: i64, inscrit_le: NaiveDate, statut: StatutInscription) -> Resultat<i64> {
    tx.execute(
        "INSERT INTO inscription (parent_id, atelier_id, inscrit_le, statut) VALUES (?1, ?2, ?3, ?4)",
        params![parent_id, atelier_id, inscrit_le, statut.code()],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Enrols a parent in an atelier (one transaction). A parent is enrolled at most once per atelier.
pub fn inscrire(db: &mut Db, s: &SaisieInscription) -> Resultat<Inscription> {
    let mut erreurs = Vec::new();
    let date = date_obligatoire(&mut erreurs, "inscrit_le", &s.inscrit_le);
    if s.statut == StatutInscription::Parti {
        erreurs.push(ErreurChamp::new("statut", "Inscrivez d'abord le parent, puis enregistrez son départ."));
    }
    verifier_certifications(&mut erreurs, &s.certifications);
    let Some(date) = date.filter(|_| erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    let id = db.transaction(|tx| {
        atelier_existe(tx, s.atelier_id)?;
        crate::domaine::annee::exiger_modifiable(tx, s.atelier_id)?;
        crate::domaine::parent::refuser_si_anonymise(tx, s.parent_id)?;
        date_dans_atelier(tx, s.atelier_id, date)?;
        let deja: Option<i64> = tx
            .query_row("SELECT id FROM inscription WHERE parent_id = ?1 AND atelier_id = ?2", [s.parent_id, s.atelier_id], |r| r.get(0))
            .optional()?;
        if deja.is_some() {
            return Err(Erreur::Conflit("Ce parent est déjà inscrit dans cet atelier : modifiez son inscription.".into()));
        }
        let id = inserer(tx, s.parent_id, s.atelier_id, date, s.statut)?;
        ecrire_details(tx, id, s)?;
        Ok(id)
    })?;
    lire(db.conn(), id)
}

fn ecrire_details(tx: &Transaction<'_>, id: i64, s: &SaisieInscription) -> Resultat<()> {
    tx.execute(
        "UPDATE inscription SET reinscription = ?2, entree_oral = ?3, entree_ecrit = ?4, alphabetise = ?5,
           parcours = ?6, sortie_oral = ?7, sortie_ecrit = ?8 WHERE id = ?1",
        params![
            id,
            s.reinscription,
            niveau(s.entree.oral),
            niveau(s.entree.ecrit),
            s.alphabetise,
            s.parcours.map(Parcours::code),
            niveau(s.sortie.oral),
            niveau(s.sortie.ecrit)
        ],
    )?;
    ecrire_certifications(tx, id, &s.certifications)
}

/// Updates an enrolment: date, status (inscrit·e ⇄ attente; a leaver who comes back becomes
/// inscrit·e again and loses the leaving date), evaluations, certifications. One transaction.
pub fn modifier(db: &mut Db, id: i64, s: &SaisieInscription) -> Resultat<Inscription> {
    let actuelle = lire(db.conn(), id)?;
    let mut erreurs = Vec::new();
    let date = date_obligatoire(&mut erreurs, "inscrit_le", &s.inscrit_le);
    verifier_certifications(&mut erreurs, &s.certifications);
    if let (Some(d), Some(p), StatutInscription::Parti) = (date, actuelle.parti_le, s.statut) {
        if d > p {
            erreurs.push(ErreurChamp::new("inscrit_le", "La date d'inscription doit précéder la date de départ."));
        }
    }
    let Some(date) = date.filter(|_| erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    db.transaction(|tx| {
        crate::domaine::annee::exiger_inscription_modifiable(tx, id)?;
        let (parti_le, motif) = match s.statut {
            StatutInscription::Parti => (actuelle.parti_le, actuelle.motif_depart.map(MotifDepart::code)),
            _ => (None, None),
        };
        let statut = if s.statut == StatutInscription::Parti && parti_le.is_none() { StatutInscription::Inscrit } else { s.statut };
        tx.execute(
            "UPDATE inscription SET inscrit_le = ?2, statut = ?3, parti_le = ?4, motif_depart = ?5 WHERE id = ?1",
            params![id, date, statut.code(), parti_le, motif],
        )?;
        ecrire_details(tx, id, s)
    })?;
    lire(db.conn(), id)
}

/// Records that a parent left the atelier on a date, for a reason (one transaction). Séances
/// after that date no longer count for them; marks already taken stay stored.
pub fn quitter(db: &mut Db, id: i64, s: &SaisieDepart) -> Resultat<Inscription> {
    let actuelle = lire(db.conn(), id)?;
    let mut erreurs = Vec::new();
    let date = date_obligatoire(&mut erreurs, "parti_le", &s.parti_le);
    if s.motif.is_none() {
        erreurs.push(ErreurChamp::new("motif", "Choisissez le motif du départ."));
    }
    if date.is_some_and(|d| d < actuelle.inscrit_le) {
        erreurs.push(ErreurChamp::new("parti_le", "La date de départ ne peut pas précéder la date d'inscription."));
    }
    let (Some(date), Some(motif), true) = (date, s.motif, erreurs.is_empty()) else {
        return Err(Erreur::Validation(erreurs));
    };
    db.transaction(|tx| {
        crate::domaine::annee::exiger_inscription_modifiable(tx, id)?;
        tx.execute(
            "UPDATE inscription SET statut = 'parti', parti_le = ?2, motif_depart = ?3 WHERE id = ?1",
            params![id, date, motif.code()],
        )?;
        Ok(())
    })?;
    lire(db.conn(), id)
}

const COLONNES: &str = "i.id, i.parent_id, i.atelier_id, a.nom, i.inscrit_le, i.statut, i.parti_le, i.motif_depart,
    i.reinscription, i.entree_oral, i.entree_ecrit, i.alphabetise, i.parcours, i.sortie_oral, i.sortie_ecrit";

fn depuis_ligne(r: &Row<'_>) -> rusqlite::Result<Inscription> {
    let code = |i: usize| r.get::<_, Option<String>>(i);
    let n = |i: usize| -> rusqlite::Result<Option<NiveauCecrl>> { Ok(code(i)?.as_deref().and_then(NiveauCecrl::depuis_code)) };
    Ok(Inscription {
        id: r.get(0)?,
        parent_id: r.get(1)?,
        atelier_id: r.get(2)?,
        atelier_nom: r.get(3)?,
        inscrit_le: r.get(4)?,
        statut: code(5)?.as_deref().and_then(StatutInscription::depuis_code).unwrap_or(StatutInscription::Inscrit),
        parti_le: r.get(6)?,
        motif_depart: code(7)?.as_deref().and_then(MotifDepart::depuis_code),
        reinscription: r.get(8)?,
        entree: Evaluation { oral: n(9)?, ecrit: n(10)? },
        alphabetise: r.get(11)?,
        parcours: code(12)?.as_deref().and_then(Parcours::depuis_code),
        sortie: Evaluation { oral: n(13)?, ecrit: n(14)? },
        certifications: Vec::new(),
    })
}

fn completer(conn: &Connection, mut i: Inscription) -> Resultat<Inscription> {
    let mut stmt = conn.prepare_cached("SELECT diplome, obtenue FROM certification WHERE inscription_id = ?1 ORDER BY id")?;
    i.certifications = stmt
        .query_map([i.id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<bool>>(1)?)))?
        .filter_map(|x| match x {
            Ok((d, obtenue)) => Diplome::depuis_code(&d).map(|diplome| Ok(Certification { diplome, obtenue })),
            Err(e) => Some(Err(e)),
        })
        .collect::<Result<_, _>>()?;
    Ok(i)
}

/// A parent as a document names them: identity only (no contact, no origin, no children).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identite {
    /// Row id.
    pub id: i64,
    /// Family name.
    pub nom: String,
    /// First name.
    pub prenom: String,
    /// Latin transliteration of a name written in another script.
    pub translitteration: String,
    /// For agreement (« inscrite »).
    pub sexe: Option<crate::domaine::parent::Sexe>,
}

/// The enrolments of a school year, not on the waiting list, narrowed to one atelier and/or one
/// parent, each with its parent's identity: three queries whatever their number (the
/// attestations of a whole year read them at once).
pub fn de_l_annee(conn: &Connection, annee_id: i64, atelier_id: Option<i64>, parent_id: Option<i64>) -> Resultat<Vec<(Inscription, Identite)>> {
    const FILTRE: &str = "a.annee_id = ?1 AND i.statut <> 'attente' AND (?2 IS NULL OR i.atelier_id = ?2) AND (?3 IS NULL OR i.parent_id = ?3)";
    let params = rusqlite::params![annee_id, atelier_id, parent_id];
    let mut certifications: std::collections::HashMap<i64, Vec<Certification>> = std::collections::HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.inscription_id, c.diplome, c.obtenue FROM certification c JOIN inscription i ON i.id = c.inscription_id
         JOIN atelier a ON a.id = i.atelier_id WHERE {FILTRE} ORDER BY c.id"
    ))?;
    let mut lignes = stmt.query(params)?;
    while let Some(r) = lignes.next()? {
        if let Some(diplome) = Diplome::depuis_code(&r.get::<_, String>(1)?) {
            certifications.entry(r.get(0)?).or_default().push(Certification { diplome, obtenue: r.get(2)? });
        }
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLONNES}, p.nom, p.prenom, p.translitteration, p.sexe FROM inscription i JOIN atelier a ON a.id = i.atelier_id
         JOIN parent p ON p.id = i.parent_id WHERE {FILTRE}"
    ))?;
    let v = stmt
        .query_map(params, |r| {
            let n = 15;
            let mut i = depuis_ligne(r)?;
            i.certifications = certifications.remove(&i.id).unwrap_or_default();
            let identite = Identite {
                id: i.parent_id,
                nom: r.get(n)?,
                prenom: r.get(n + 1)?,
                translitteration: r.get(n + 2)?,
                sexe: r.get::<_, Option<String>>(n + 3)?.as_deref().and_then(crate::domaine::parent::Sexe::lire),
            };
            Ok((i, identite))
        })?
        .collect::<Result<_, _>>()?;
    Ok(v)
}

/// One enrolment.
pub fn lire(conn: &Connection, id: i64) -> Resultat<Inscription> {
    let i = conn
        .query_row(&format!("SELECT {COLONNES} FROM inscription i JOIN atelier a ON a.id = i.atelier_id WHERE i.id = ?1"), [id], depuis_ligne)
        .optional()?
        .ok_or_else(|| Erreur::Introuvable(format!("L'inscription n° {id} n'existe pas (ou plus).")))?;
    completer(conn, i)
}

/// A parent's enrolments, most recent atelier first.
pub fn du_parent(conn: &Connection, parent_id: i64) -> Resultat<Vec<Inscription>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLONNES} FROM inscription i JOIN atelier a ON a.id = i.atelier_id WHERE i.parent_id = ?1 ORDER BY a.premier_jour DESC, a.nom"
    ))?;
    let v: Vec<Inscription> = stmt.query_map([parent_id], depuis_ligne)?.collect::<Result<_, _>>()?;
    v.into_iter().map(|i| completer(conn, i)).collect()
}

/// The enrolment of a parent in the atelier of a séance (for the CLI and the grid).
pub fn pour_seance(conn: &Connection, seance_id: i64, parent_id: i64) -> Resultat<i64> {
    conn.query_row(
        "SELECT i.id FROM inscription i JOIN seance s ON s.atelier_id = i.atelier_id WHERE s.id = ?1 AND i.parent_id = ?2",
        [seance_id, parent_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Erreur::Introuvable(format!("Le parent n° {parent_id} n'est pas inscrit dans l'atelier de la séance n° {seance_id}.")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::*;

    #[test]
    fn un_parent_anonymise_ne_peut_plus_etre_saisi_ni_inscrit() {
        let mut db = Db::en_memoire().unwrap();
        let atelier = atelier_test(&mut db);
        let p = parent_test(&mut db, "Diallo", "Aminata");
        db.conn().execute("UPDATE parent SET nom = 'Parent anonymisé', prenom = '', anonymise_le = '2026-11-25' WHERE id = ?1", [p]).unwrap();
        let fiche = crate::domaine::parent::SaisieParent { nom: "Diallo".into(), prenom: "Aminata".into(), ..Default::default() };
        assert_eq!(crate::domaine::parent::modifier(&mut db, p, &fiche).unwrap_err().code(), crate::CodeErreur::Conflit);
        assert_eq!(crate::domaine::parent::lire(db.conn(), p).unwrap().nom, "Parent anonymisé", "rien n'a été réécrit");
        let s = SaisieInscription::nouvelle(p, atelier, "01/10/2025");
        let refus = inscrire(&mut db, &s).unwrap_err();
        assert_eq!(refus.code(), crate::CodeErreur::Conflit);
        assert!(refus.to_string().contains("nouvelle fiche"), "{refus}");
        let n: i64 = db.conn().query_row("SELECT count(*) FROM inscription", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn date_hors_de_l_atelier_refusee() {
        let mut db = Db::en_memoire().unwrap();
        let atelier = atelier_test(&mut db);
        let (debut, fin): (NaiveDate, NaiveDate) = db
            .conn()
            .query_row("SELECT premier_jour, dernier_jour FROM atelier WHERE id = ?1", [atelier], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        let p = parent_test(&mut db, "Diallo", "Aminata");
        let saisie = |d: NaiveDate| SaisieInscription::nouvelle(p, atelier, d.format("%d/%m/%Y").to_string());
        for d in [debut.pred_opt().unwrap(), fin.succ_opt().unwrap()] {
            let refus = inscrire(&mut db, &saisie(d)).unwrap_err();
            assert!(refus.to_string().contains("comprise entre") || format!("{refus:?}").contains("comprise entre"), "{refus:?}");
        }
        let n: i64 = db.conn().query_row("SELECT count(*) FROM inscription", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0, "rien n'est écrit");
        assert!(inscrire(&mut db, &saisie(fin)).is_ok(), "le dernier jour est accepté");
    }

    #[test]
    fn inscrire_modifier_quitter() {
        let mut db = Db::en_memoire().unwrap();
        let atelier = atelier_test(&mut db);
        let p = parent_test(&mut db, "Diallo", "Aminata");
        let mut s = SaisieInscription {
            parent_id: p,
            atelier_id: atelier,
            inscrit_le: "01/10/2025".into(),
            statut: StatutInscription::Inscrit,
            reinscription: true,
            entree: Evaluation { oral: Some(NiveauCecrl::A11), ecrit: None },
            alphabetise: Some(false),
            parcours: Some(Parcours::Alpha),
            sortie: Evaluation::default(),
            certifications: vec![Certification { diplome: Diplome::Dilf, obtenue: None }],
        };
        let i = inscrire(&mut db, &s).unwrap();
        assert_eq!(i.entree.oral, Some(NiveauCecrl::A11));
        assert_eq!(i.certifications.len(), 1);
        assert_eq!(inscrire(&mut db, &s).unwrap_err().code(), crate::CodeErreur::Conflit, "une seule inscription par atelier");
        s.certifications = vec![Certification { diplome: Diplome::Dilf, obtenue: Some(true) }, Certification { diplome: Diplome::DelfA1, obtenue: None }];
        s.sortie.oral = Some(NiveauCecrl::A1);
        let i = modifier(&mut db, i.id, &s).unwrap();
        assert_eq!(i.certifications[0].obtenue, Some(true));
        assert_eq!(i.sortie.oral, Some(NiveauCecrl::A1));
        let err = quitter(&mut db, i.id, &SaisieDepart { parti_le: "2025-09-01".into(), motif: None }).unwrap_err();
        let champs: Vec<&str> = err.champs().iter().map(|c| c.champ.as_str()).collect();
        assert_eq!(champs, ["motif", "parti_le"]);
        let i = quitter(&mut db, i.id, &SaisieDepart { parti_le: "12/03/2026".into(), motif: Some(MotifDepart::Travail) }).unwrap();
        assert_eq!(i.statut, StatutInscription::Parti);
        assert_eq!(i.parti_le, NaiveDate::from_ymd_opt(2026, 3, 12));
        assert_eq!(i.statut.libelle(Some(Sexe::F)), "partie");
        // Coming back: status inscrit again, leaving date gone.
        s.statut = StatutInscription::Inscrit;
        let i = modifier(&mut db, i.id, &s).unwrap();
        assert_eq!((i.statut, i.parti_le, i.motif_depart), (StatutInscription::Inscrit, None, None));
    }
}

//! Import of an existing list of parents into an atelier: CSV (UTF-8 or Windows-1252, `;`,
//! `,` or tab), XLSX, XLS or ODS.
//!
//! The flow is: read the table ([`lire_tableau`], first sheet of a workbook, first non-empty
//! row = headers) → map columns to fields ([`correspondances_auto`] recognises the usual French
//! headers — Nom, Prénom, Sexe, Année de naissance, Nationalité, Téléphone… — and the person
//! corrects) → [`apercu`] (nothing written: every row checked, every bad row reported with its
//! line number, column and reason in French, duplicates flagged) → [`importer`]: **all rows or
//! none**, in one transaction, refused while any row is bad.
//!
//! Rules:
//! - Each row is checked by the fiche's own rules ([`crate::domaine::parent::valider`]); a field error
//!   is reported under the column it came from.
//! - Duplicates = same folded nom + prénom + year of birth. A row matching a parent already in
//!   the base enrols that parent (no second fiche); a row repeating an earlier row of the file
//!   is ignored. Both are listed in [`ApercuImport::doublons`].
//! - A phone number is kept only when a consent column says « oui » (the fiche's rule);
//!   otherwise the row is imported without it and a warning says so.
//! - Enrolment date: the « Date d'inscription » column if mapped, else the atelier's first day.
//! - The file is read by [`crate::commun::tableur`], which refuses a workbook it cannot read
//!   safely and numbers the lines as the person sees them.
//!
//! To recognise one more header: add its folded spelling to [`ChampImport::entetes`].

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domaine::inscription::{codes, StatutInscription};
use crate::domaine::parent::{self, LangueParlee, SaisieParent, Sexe};
use crate::commun::recherche::plier;
use crate::commun::texte::lire_date;
use crate::{Db, Erreur, ErreurChamp, Resultat};

pub use crate::commun::tableur::{decoder, lire_tableau, Tableau, CELLULES_MAX};

codes! {
    /// A field of the fiche a column can fill.
    ChampImport { /// Nom (required).
        Nom = "nom", /// Prénom.
        Prenom = "prenom", /// Translittération.
        Translitteration = "translitteration", /// Sexe (F/M, femme/homme, Mme/M.).
        Sexe = "sexe", /// Année (or date) de naissance.
        AnneeNaissance = "annee_naissance", /// Nationalité (code or French name).
        Nationalite = "nationalite", /// Pays d'origine.
        PaysOrigine = "pays_origine", /// Année d'arrivée en France.
        AnneeArrivee = "annee_arrivee", /// Téléphone.
        Telephone = "telephone", /// Consentement pour le téléphone (oui/non).
        TelephoneConsentement = "telephone_consentement", /// CIR signé (oui/non).
        Cir = "cir", /// Protection internationale (oui/non).
        ProtectionInternationale = "protection_internationale", /// Langues parlées, separated by `,` `;` `/`.
        Langues = "langues", /// Disponibilités.
        Disponibilites = "disponibilites", /// Notes.
        Notes = "notes", /// Date d'inscription.
        InscritLe = "inscrit_le" }
}

impl ChampImport {
    /// Folded headers recognised for this field.
    pub fn entetes(self) -> &'static [&'static str] {
        match self {
            Self::Nom => &["nom", "nom de famille", "nom du parent", "nom de naissance"],
            Self::Prenom => &["prenom", "prenoms", "prenom du parent"],
            Self::Translitteration => &["translitteration", "transcription", "nom en lettres latines", "nom latin"],
            Self::Sexe => &["sexe", "genre", "civilite", "f/m", "h/f"],
            Self::AnneeNaissance => &["annee de naissance", "date de naissance", "naissance", "ne(e) en", "annee naissance"],
            Self::Nationalite => &["nationalite"],
            Self::PaysOrigine => &["pays d'origine", "pays", "pays de naissance", "origine"],
            Self::AnneeArrivee => &["annee d'arrivee", "annee d'arrivee en france", "arrivee en france", "arrivee", "annee arrivee"],
            Self::Telephone => &["telephone", "tel", "tel.", "portable", "numero de telephone", "n° de telephone"],
            Self::TelephoneConsentement => &["consentement", "consentement telephone", "accord telephone", "consentement tel"],
            Self::Cir => &["cir", "contrat d'integration republicaine", "cir signe"],
            Self::ProtectionInternationale => &["protection internationale", "refugie", "refugie(e)", "protection"],
            Self::Langues => &["langues", "langues parlees", "langue", "langue maternelle"],
            Self::Disponibilites => &["disponibilites", "disponibilite"],
            Self::Notes => &["notes", "note", "observations", "remarques", "commentaire", "commentaires"],
            Self::InscritLe => &["date d'inscription", "inscrit le", "inscrite le", "inscription", "date inscription"],
        }
    }

    /// For people: « Année de naissance ».
    pub fn libelle(self) -> &'static str {
        match self {
            Self::Nom => "Nom",
            Self::Prenom => "Prénom",
            Self::Translitteration => "Translittération",
            Self::Sexe => "Sexe",
            Self::AnneeNaissance => "Année de naissance",
            Self::Nationalite => "Nationalité",
            Self::PaysOrigine => "Pays d'origine",
            Self::AnneeArrivee => "Année d'arrivée en France",
            Self::Telephone => "Téléphone",
            Self::TelephoneConsentement => "Consentement téléphone",
            Self::Cir => "CIR",
            Self::ProtectionInternationale => "Protection internationale",
            Self::Langues => "Langues",
            Self::Disponibilites => "Disponibilités",
            Self::Notes => "Notes",
            Self::InscritLe => "Date d'inscription",
        }
    }
}

/// Column `colonne` (0-based) fills field `champ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Correspondance {
    /// The field.
    pub champ: ChampImport,
    /// The column, 0-based.
    pub colonne: u32,
}

/// The usual French headers mapped to fields (case, accents and spacing ignored).
pub fn correspondances_auto(entetes: &[String]) -> Vec<Correspondance> {
    let mut v: Vec<Correspondance> = Vec::new();
    for (i, e) in entetes.iter().enumerate() {
        let e = plier(e).replace(['’', '_'], " ").replace(" :", "").trim_end_matches(':').trim().to_owned();
        if let Some(&champ) = ChampImport::TOUS.iter().find(|c| c.entetes().contains(&e.as_str())) {
            if !v.iter().any(|x| x.champ == champ) {
                v.push(Correspondance { champ, colonne: i as u32 });
            }
        }
    }
    v
}

/// A column given as a header (folded) or a 1-based number, for `--map champ=colonne`.
pub fn resoudre_colonne(entetes: &[String], texte: &str) -> Option<u32> {
    if let Ok(n) = texte.trim().parse::<u32>() {
        return (n >= 1 && (n as usize) <= entetes.len()).then(|| n - 1);
    }
    let t = plier(texte);
    entetes.iter().position(|e| plier(e) == t).map(|i| i as u32)
}

/// One problem of one row: line, column header, reason in French.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErreurImport {
    /// Line number in the file (1 = headers).
    pub ligne: u32,
    /// The column's header, or empty when the problem is the whole row.
    pub colonne: String,
    /// What is wrong, in French.
    pub message: String,
}

impl ErreurImport {
    /// « Ligne 7, colonne « Date d'inscription » : … ».
    pub fn texte(&self) -> String {
        if self.colonne.is_empty() {
            format!("Ligne {} : {}", self.ligne, self.message)
        } else {
            format!("Ligne {}, colonne « {} » : {}", self.ligne, self.colonne, self.message)
        }
    }
}

/// What will happen to one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub enum SortLigne {
    /// A new fiche and an enrolment.
    Nouveau,
    /// The parent exists: enrolled without a new fiche.
    Existant,
    /// Ignored (repeats an earlier row, or already enrolled in this atelier).
    Ignore,
    /// The row has errors.
    Erreur,
}

/// One row of the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LigneApercu {
    /// Line in the file.
    pub ligne: u32,
    /// Nom as read.
    pub nom: String,
    /// Prénom as read.
    pub prenom: String,
    /// Year of birth as read.
    pub annee_naissance: Option<i32>,
    /// What importing does with it.
    pub sort: SortLigne,
}

/// The preview: what [`importer`] would do, nothing written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ApercuImport {
    /// Headers of the file.
    pub entetes: Vec<String>,
    /// The mapping used.
    pub correspondances: Vec<Correspondance>,
    /// Every row.
    pub lignes: Vec<LigneApercu>,
    /// Every error; importing is refused while there is one.
    pub erreurs: Vec<ErreurImport>,
    /// Duplicates (same name and year of birth), flagged.
    pub doublons: Vec<ErreurImport>,
    /// Warnings (e.g. phone not kept without consent).
    pub avertissements: Vec<ErreurImport>,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RapportImport {
    /// New fiches.
    pub parents_crees: u32,
    /// Existing parents enrolled.
    pub parents_existants: u32,
    /// Rows ignored (duplicates).
    pub lignes_ignorees: u32,
    /// The preview the import followed (doublons, warnings).
    pub apercu: ApercuImport,
}

struct LignePrete {
    ligne: u32,
    parent: Option<parent::Parent>,
    existant: Option<i64>,
    inscrit_le: NaiveDate,
}

fn oui_non(v: &str) -> Option<bool> {
    match plier(v).as_str() {
        "oui" | "o" | "x" | "1" | "yes" | "y" | "vrai" | "true" => Some(true),
        "non" | "n" | "0" | "no" | "faux" | "false" | "" | "-" => Some(false),
        _ => None,
    }
}

fn annee(v: &str) -> Option<i32> {
    let v = v.trim();
    v.parse::<i32>().ok().or_else(|| lire_date(v).map(|d| chrono::Datelike::year(&d)))
}

/// An arrival in France: a year (« 2020 »), a month and year (« 10/2020 », « 2020-10 ») or a
/// full date (its month is kept, the day is not).
fn arrivee(v: &str) -> Option<(i32, Option<u32>)> {
    let v = v.trim();
    if let Ok(a) = v.parse::<i32>() {
        return Some((a, None));
    }
    if let Some(d) = lire_date(v) {
        return Some((chrono::Datelike::year(&d), Some(chrono::Datelike::month(&d))));
    }
    let (mois, annee) = match (v.split_once('/'), v.split_once('-')) {
        (Some((m, a)), _) => (m, a),
        (None, Some((a, m))) => (m, a),
        _ => return None,
    };
    let (mois, annee) = (mois.trim().parse::<u32>().ok()?, annee.trim().parse::<i32>().ok()?);
    ((1..=12).contains(&mois) && annee >= 1000).then_some((annee, Some(mois)))
}

fn analyser(conn: &Connection, tableau: &Tableau, atelier_id: i64, correspondances: &[Correspondance]) -> Resultat<(ApercuImport, Vec<LignePrete>)> {
    let premier_jour: NaiveDate = conn
        .query_row("SELECT premier_jour FROM atelier WHERE id = ?1", [atelier_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Erreur::Introuvable(format!("L'atelier n° {atelier_id} n'existe pas (ou plus).")))?;
    let mut champs_faux = Vec::new();
    if !correspondances.iter().any(|c| c.champ == ChampImport::Nom) {
        champs_faux.push(ErreurChamp::new("correspondances", "Indiquez quelle colonne contient le nom."));
    }
    for c in correspondances {
        if c.colonne as usize >= tableau.entetes.len() {
            champs_faux.push(ErreurChamp::new("correspondances", format!("La colonne n° {} n'existe pas dans le fichier.", c.colonne + 1)));
        }
    }
    if !champs_faux.is_empty() {
        return Err(Erreur::Validation(champs_faux));
    }
    let colonne_de = |champ: ChampImport| correspondances.iter().find(|c| c.champ == champ).map(|c| c.colonne as usize);
    // A column without a header is named by its number, so that an error still says where.
    let entete = |champ: ChampImport| match colonne_de(champ) {
        Some(i) if tableau.entetes[i].is_empty() => format!("n° {}", i + 1),
        Some(i) => tableau.entetes[i].clone(),
        None => champ.libelle().to_owned(),
    };
    // Parents already in the base, by folded name and year of birth.
    let mut existants: HashMap<(String, String, Option<i32>), i64> = HashMap::new();
    let mut stmt = conn.prepare("SELECT id, nom, prenom, annee_naissance FROM parent")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        existants.insert((plier(&r.get::<_, String>(1)?), plier(&r.get::<_, String>(2)?), r.get(3)?), r.get(0)?);
    }
    let mut deja_inscrits = std::collections::HashSet::new();
    let mut stmt = conn.prepare("SELECT parent_id FROM inscription WHERE atelier_id = ?1")?;
    let mut rows = stmt.query([atelier_id])?;
    while let Some(r) = rows.next()? {
        deja_inscrits.insert(r.get::<_, i64>(0)?);
    }
    let mut apercu = ApercuImport {
        entetes: tableau.entetes.clone(),
        correspondances: correspondances.to_vec(),
        lignes: Vec::new(),
        erreurs: Vec::new(),
        doublons: Vec::new(),
        avertissements: Vec::new(),
    };
    let mut vus: HashMap<(String, String, Option<i32>), u32> = HashMap::new();
    let mut pretes = Vec::new();
    for (numero, cellules) in &tableau.lignes {
        let numero = *numero;
        let val = |champ: ChampImport| colonne_de(champ).and_then(|i| cellules.get(i)).map(|s| s.trim().to_owned()).unwrap_or_default();
        let mut erreurs: Vec<ErreurImport> = Vec::new();
        let mut err = |champ: ChampImport, message: String| erreurs.push(ErreurImport { ligne: numero, colonne: entete(champ), message });
        let mut lire_annee = |champ: ChampImport| {
            let v = val(champ);
            if v.is_empty() {
                return None;
            }
            let a = annee(&v);
            if a.is_none() {
                err(champ, format!("« {v} » n'est pas une année (par exemple 1985)."));
            }
            a
        };
        let annee_naissance = lire_annee(ChampImport::AnneeNaissance);
        let (annee_arrivee, mois_arrivee) = {
            let v = val(ChampImport::AnneeArrivee);
            match arrivee(&v) {
                Some((a, m)) => (Some(a), m),
                None if v.is_empty() => (None, None),
                None => {
                    err(ChampImport::AnneeArrivee, format!("« {v} » n'est pas une arrivée en France : écrivez l'année (2020) ou le mois et l'année (10/2020)."));
                    (None, None)
                }
            }
        };
        let sexe_txt = val(ChampImport::Sexe);
        let sexe = Sexe::lire(&sexe_txt);
        if sexe.is_none() && !sexe_txt.is_empty() {
            err(ChampImport::Sexe, format!("« {sexe_txt} » : écrivez F ou M (femme ou homme)."));
        }
        let mut booleen = |champ: ChampImport| {
            let v = val(champ);
            oui_non(&v).unwrap_or_else(|| {
                err(champ, format!("« {v} » : écrivez oui ou non."));
                false
            })
        };
        let cir = booleen(ChampImport::Cir);
        let protection = booleen(ChampImport::ProtectionInternationale);
        let consentement = booleen(ChampImport::TelephoneConsentement);
        let inscrit_le = match val(ChampImport::InscritLe) {
            v if v.is_empty() => premier_jour,
            v => lire_date(&v).unwrap_or_else(|| {
                err(ChampImport::InscritLe, format!("« {v} » n'est pas une date : écrivez-la comme 01/10/2025."));
                premier_jour
            }),
        };
        let mut telephone = val(ChampImport::Telephone);
        if !telephone.is_empty() && !consentement {
            apercu.avertissements.push(ErreurImport {
                ligne: numero,
                colonne: entete(ChampImport::Telephone),
                message: "numéro non importé : le consentement du parent n'est pas indiqué (colonne « Consentement » à oui).".into(),
            });
            telephone.clear();
        }
        let langues = val(ChampImport::Langues)
            .split([',', ';', '/', '+'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| LangueParlee { langue: l.to_owned(), lue: false, ecrite: false })
            .collect();
        let saisie = SaisieParent {
            nom: val(ChampImport::Nom),
            prenom: val(ChampImport::Prenom),
            translitteration: val(ChampImport::Translitteration),
            sexe,
            annee_naissance,
            nationalite: val(ChampImport::Nationalite),
            pays_origine: val(ChampImport::PaysOrigine),
            langues,
            annee_arrivee,
            mois_arrivee,
            cir,
            cir_annee: None,
            protection_internationale: protection,
            telephone,
            telephone_consentement: consentement,
            enfants: Vec::new(),
            disponibilites: val(ChampImport::Disponibilites),
            notes: val(ChampImport::Notes),
        };
        let parent = match parent::valider(&saisie) {
            Ok(p) => Some(p),
            Err(e) => {
                for c in e.champs() {
                    let champ = ChampImport::depuis_code(&c.champ).unwrap_or(ChampImport::Nom);
                    // A year already reported as unreadable is not reported twice.
                    if !erreurs.iter().any(|x| x.colonne == entete(champ)) {
                        erreurs.push(ErreurImport { ligne: numero, colonne: entete(champ), message: c.message.clone() });
                    }
                }
                None
            }
        };
        let cle = (plier(&saisie.nom), plier(&saisie.prenom), annee_naissance);
        let mut sort = if erreurs.is_empty() { SortLigne::Nouveau } else { SortLigne::Erreur };
        let mut existant = None;
        if let Some(&premiere) = vus.get(&cle) {
            apercu.doublons.push(ErreurImport { ligne: numero, colonne: String::new(), message: format!("même nom et même année de naissance que la ligne {premiere} : ligne ignorée.") });
            if sort == SortLigne::Nouveau {
                sort = SortLigne::Ignore;
            }
        } else if !saisie.nom.is_empty() {
            vus.insert(cle.clone(), numero);
            if let Some(&id) = existants.get(&cle) {
                existant = Some(id);
                let deja = deja_inscrits.contains(&id);
                let message = if deja {
                    format!("déjà dans la base (fiche n° {id}) et déjà inscrit·e dans cet atelier : ligne ignorée.")
                } else {
                    format!("déjà dans la base (fiche n° {id}) : inscrit·e sans créer de nouvelle fiche.")
                };
                apercu.doublons.push(ErreurImport { ligne: numero, colonne: String::new(), message });
                if sort == SortLigne::Nouveau {
                    sort = if deja { SortLigne::Ignore } else { SortLigne::Existant };
                }
            }
        }
        apercu.lignes.push(LigneApercu { ligne: numero, nom: saisie.nom.clone(), prenom: saisie.prenom.clone(), annee_naissance, sort });
        apercu.erreurs.extend(erreurs);
        if matches!(sort, SortLigne::Nouveau | SortLigne::Existant) {
            pretes.push(LignePrete { ligne: numero, parent, existant, inscrit_le });
        }
    }
    Ok((apercu, pretes))
}

fn correspondances_ou_auto(tableau: &Tableau, c: Option<&[Correspondance]>) -> Vec<Correspondance> {
    c.map_or_else(|| correspondances_auto(&tableau.entetes), <[Correspondance]>::to_vec)
}

/// Reads and checks the file without writing anything. `correspondances: None` uses
/// [`correspondances_auto`].
pub fn apercu(conn: &Connection, chemin: &Path, atelier_id: i64, correspondances: Option<&[Correspondance]>) -> Resultat<ApercuImport> {
    let tableau = lire_tableau(chemin)?;
    let c = correspondances_ou_auto(&tableau, correspondances);
    Ok(analyser(conn, &tableau, atelier_id, &c)?.0)
}

/// Imports every row, or nothing: refused with one field error per bad row (« Ligne 7,
/// colonne « Date d'inscription » : … ») while any row is bad. One transaction.
pub fn importer(db: &mut Db, chemin: &Path, atelier_id: i64, correspondances: Option<&[Correspondance]>) -> Resultat<RapportImport> {
    crate::domaine::annee::exiger_modifiable(db.conn(), atelier_id)?;
    let tableau = lire_tableau(chemin)?;
    let c = correspondances_ou_auto(&tableau, correspondances);
    let (apercu, pretes) = analyser(db.conn(), &tableau, atelier_id, &c)?;
    if !apercu.erreurs.is_empty() {
        return Err(Erreur::Validation(
            apercu.erreurs.iter().map(|e| ErreurChamp::new(&format!("ligne {}", e.ligne), e.texte())).collect(),
        ));
    }
    let (mut crees, mut existants) = (0, 0);
    db.transaction(|tx| {
        for l in &pretes {
            let parent_id = match (l.existant, &l.parent) {
                (Some(id), _) => {
                    existants += 1;
                    id
                }
                (None, Some(p)) => {
                    crees += 1;
                    parent::ecrire(tx, p)?
                }
                (None, None) => return Err(Erreur::Interne(format!("ligne {} sans fiche", l.ligne))),
            };
            crate::domaine::inscription::inserer(tx, parent_id, atelier_id, l.inscrit_le, StatutInscription::Inscrit)?;
        }
        Ok(())
    })?;
    let lignes_ignorees = apercu.lignes.iter().filter(|l| l.sort == SortLigne::Ignore).count() as u32;
    Ok(RapportImport { parents_crees: crees, parents_existants: existants, lignes_ignorees, apercu })
}

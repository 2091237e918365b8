//! The entry of the OEPRE workshops in the school's register of processing activities
//! (RGPD art. 30), as text ([`texte`]) and as an A4 PDF with the school's letterhead ([`pdf`]).
//!
//! [`contenu`] builds the entry once (a list of [`Rubrique`]s); the text, the PDF and the
//! screen all show that same content. What it says comes from the data, not from a template:
//! the school and its head ([`crate::domaine::etablissement`]), the retention in force
//! ([`crate::domaine::conservation::duree`]), the backup rotation ([`crate::securite::sauvegarde::Rotation`]) and
//! whether the base is encrypted (an argument: the caller knows, see `Db::est_chiffree`).
//!
//! The categories of data are listed from [`CHAMPS`], one line per stored column of the tables
//! holding personal data; a test compares it with the schema, so a column added to one of
//! those tables fails the tests until it is described here (and, if identifying, cleared by
//! [`crate::domaine::conservation`]'s anonymisation).

use chrono::NaiveDate;
use oepre_pdf::{Align, Color, Flow, Orientation, TextStyle};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::entete::{self, bloc_signature, chef_avec_article};
use super::{date_texte, de, erreur_pdf};
use crate::domaine::etablissement::{Etablissement, TypeEtablissement};
use crate::{Db, Resultat};

/// One stored column holding personal data, as the register describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Champ {
    /// SQL table.
    pub table: &'static str,
    /// SQL column.
    pub colonne: &'static str,
    /// Heading it is listed under (« Identité », « Origine et situation »…); empty for a
    /// technical column (ids, search key) that is not listed.
    pub categorie: &'static str,
    /// What it is, in French.
    pub libelle: &'static str,
    /// Calls for particular care (nationality, arrival date, CIR, international protection).
    pub sensible: bool,
}

const fn c(table: &'static str, colonne: &'static str, categorie: &'static str, libelle: &'static str, sensible: bool) -> Champ {
    Champ { table, colonne, categorie, libelle, sensible }
}

const IDENTITE: &str = "Parents — identité";
const ORIGINE: &str = "Parents — origine et situation (déclarées, sans justificatif)";
const CONTACT: &str = "Parents — coordonnées et organisation";
const FAMILLE: &str = "Parents — enfants scolarisés";
const FORMATION: &str = "Parents — suivi de l'atelier";
const INTERVENANTS: &str = "Intervenants";

/// Every column of the tables holding personal data (parents, their languages and children,
/// enrolments, certifications, marks, intervenants).
pub const CHAMPS: &[Champ] = &[
    c("parent", "id", "", "", false),
    c("parent", "nom", IDENTITE, "nom", false),
    c("parent", "prenom", IDENTITE, "prénom", false),
    c("parent", "translitteration", IDENTITE, "nom en lettres latines", false),
    c("parent", "cle_recherche", "", "", false),
    c("parent", "sexe", IDENTITE, "sexe", false),
    c("parent", "annee_naissance", IDENTITE, "année de naissance", false),
    c("parent", "nationalite", ORIGINE, "nationalité", true),
    c("parent", "pays_origine", ORIGINE, "pays d'origine", true),
    c("parent", "annee_arrivee", ORIGINE, "année d'arrivée en France (primo-arrivant)", true),
    c("parent", "mois_arrivee", ORIGINE, "mois d'arrivée en France (primo-arrivant)", true),
    c("parent", "cir", ORIGINE, "contrat d'intégration républicaine signé", true),
    c("parent", "cir_annee", ORIGINE, "année de signature du CIR", true),
    c("parent", "protection_internationale", ORIGINE, "protection internationale (réfugié, protection subsidiaire, apatride)", true),
    c("parent_langue", "parent_id", "", "", false),
    c("parent_langue", "langue", ORIGINE, "langues parlées", false),
    c("parent_langue", "lue", ORIGINE, "langues lues", false),
    c("parent_langue", "ecrite", ORIGINE, "langues écrites", false),
    c("parent", "telephone", CONTACT, "téléphone (seulement avec l'accord du parent)", false),
    c("parent", "telephone_consentement", CONTACT, "accord pour le téléphone", false),
    c("parent", "disponibilites", CONTACT, "disponibilités", false),
    c("parent", "notes", CONTACT, "notes libres (sans donnée sensible)", false),
    c("parent", "anonymise_le", "", "", false),
    c("parent", "prescripteur", FORMATION, "qui a orienté le parent vers l'atelier (OFII, école, mairie, association…)", false),
    c("parent", "attentes_precision", FORMATION, "attentes du parent (cases cochées et texte libre)", false),
    c("parent_attente", "parent_id", "", "", false),
    c("parent_attente", "attente", FORMATION, "attentes du parent (cases cochées et texte libre)", false),
    c("enfant", "id", "", "", false),
    c("enfant", "parent_id", "", "", false),
    c("enfant", "prenom", FAMILLE, "prénom de l'enfant", false),
    c("enfant", "classe", FAMILLE, "classe", false),
    c("enfant", "ecole", FAMILLE, "école", false),
    c("inscription", "id", "", "", false),
    c("inscription", "parent_id", "", "", false),
    c("inscription", "atelier_id", FORMATION, "atelier suivi", false),
    c("inscription", "inscrit_le", FORMATION, "date d'inscription", false),
    c("inscription", "statut", FORMATION, "statut (inscrit, liste d'attente, parti)", false),
    c("inscription", "parti_le", FORMATION, "date de départ", false),
    c("inscription", "motif_depart", FORMATION, "motif de départ", false),
    c("inscription", "reinscription", FORMATION, "réinscription", false),
    c("inscription", "entree_oral", FORMATION, "niveaux CECRL à l'entrée et à la sortie (oral, écrit)", false),
    c("inscription", "entree_ecrit", FORMATION, "niveaux CECRL à l'entrée et à la sortie (oral, écrit)", false),
    c("inscription", "sortie_oral", FORMATION, "niveaux CECRL à l'entrée et à la sortie (oral, écrit)", false),
    c("inscription", "sortie_ecrit", FORMATION, "niveaux CECRL à l'entrée et à la sortie (oral, écrit)", false),
    c("inscription", "alphabetise", FORMATION, "alphabétisation dans la langue maternelle", false),
    c("inscription", "parcours", FORMATION, "parcours (FLE ou alphabétisation)", false),
    c("inscription", "orientation", FORMATION, "orientation en fin d'atelier (ASL, cours municipaux, OFII, GRETA…)", false),
    c("certification", "id", "", "", false),
    c("certification", "inscription_id", "", "", false),
    c("certification", "diplome", FORMATION, "certifications présentées (DILF, DELF, DCL, TCF) et résultat", false),
    c("certification", "obtenue", FORMATION, "certifications présentées (DILF, DELF, DCL, TCF) et résultat", false),
    c("presence", "seance_id", FORMATION, "présences à chaque séance (présent, absent, excusé, retard en minutes)", false),
    c("presence", "inscription_id", "", "", false),
    c("presence", "statut", FORMATION, "présences à chaque séance (présent, absent, excusé, retard en minutes)", false),
    c("presence", "minutes_retard", FORMATION, "présences à chaque séance (présent, absent, excusé, retard en minutes)", false),
    c("intervenant", "id", "", "", false),
    c("intervenant", "nom", INTERVENANTS, "nom et prénom", false),
    c("intervenant", "prenom", INTERVENANTS, "nom et prénom", false),
    c("intervenant", "statut", INTERVENANTS, "statut (enseignant UPE2A, FLS, GRETA, association…)", false),
    c("intervenant", "telephone", INTERVENANTS, "téléphone et courriel professionnels", false),
    c("intervenant", "courriel", INTERVENANTS, "téléphone et courriel professionnels", false),
    c("intervenant", "remuneration", INTERVENANTS, "mode de rémunération, heures faites et montants des vacations", false),
    c("intervenant", "actif", "", "", false),
];

/// One heading of the entry and its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Rubrique {
    /// Heading (« Finalités », « Durée de conservation »…).
    pub titre: String,
    /// Lines, each a sentence or a « Catégorie : a, b, c » list.
    pub lignes: Vec<String>,
}

/// The register entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Registre {
    /// « Ateliers OEPRE — Ouvrir l'École aux parents pour la réussite des enfants ».
    pub traitement: String,
    /// The headings, in the order of art. 30.
    pub rubriques: Vec<Rubrique>,
}

fn rubrique(titre: &str, lignes: Vec<String>) -> Rubrique {
    Rubrique { titre: titre.to_owned(), lignes }
}

/// « Catégorie : a, b, c » lines of the categories of data, sensitive ones flagged.
fn categories_de_donnees() -> Vec<String> {
    let mut categories: Vec<(&str, Vec<String>)> = Vec::new();
    for champ in CHAMPS.iter().filter(|c| !c.categorie.is_empty()) {
        let libelle = if champ.sensible { format!("{} [sensible]", champ.libelle) } else { champ.libelle.to_owned() };
        let i = match categories.iter().position(|(t, _)| *t == champ.categorie) {
            Some(i) => i,
            None => {
                categories.push((champ.categorie, Vec::new()));
                categories.len() - 1
            }
        };
        if !categories[i].1.contains(&libelle) {
            categories[i].1.push(libelle);
        }
    }
    let mut lignes: Vec<String> = categories.into_iter().map(|(t, v)| format!("{t} : {}.", v.join(", "))).collect();
    lignes.push("Utilisateurs : le nom choisi au démarrage sur le poste, inscrit au journal des modifications (validation et déverrouillage d'appel, purge, effacement, export).".into());
    lignes.push("[sensible] : donnée à protéger particulièrement (nationalité et situation administrative). Jamais de numéro de titre de séjour ni de pièce d'identité, ni leur copie.".into());
    lignes
}

fn responsable(e: &Etablissement) -> Vec<String> {
    let chef = if e.chef_nom.trim().is_empty() { e.chef_titre.libelle().to_owned() } else { format!("{} ({})", e.chef_nom, e.chef_titre.libelle().to_lowercase()) };
    let adresse = format!("{} {} {}", e.adresse, e.code_postal, e.commune).split_whitespace().collect::<Vec<_>>().join(" ");
    let mut v = vec![format!("{} — UAI {} — {}", e.nom, e.uai, adresse)];
    match e.type_etablissement {
        TypeEtablissement::Ecole => {
            v.push(format!("Responsable du traitement : le directeur académique des services de l'Éducation nationale (DASEN) ; mise en œuvre à l'école par {chef}."));
        }
        TypeEtablissement::College | TypeEtablissement::Lycee => {
            v.push(format!("Responsable du traitement : le chef d'établissement, {chef}."));
        }
    }
    let contact: Vec<&str> = [e.telephone.as_str(), e.courriel.as_str()].into_iter().filter(|s| !s.trim().is_empty()).collect();
    if !contact.is_empty() {
        v.push(format!("Contact : secrétariat, {}.", contact.join(", ")));
    }
    v.push(format!("Délégué à la protection des données : le DPO de l'académie {}.", de(&e.academie)));
    v
}

/// The register entry of the OEPRE workshops for this school. `base_chiffree`: whether the
/// data file (and so its backups) is encrypted.
pub fn contenu(db: &Db, base_chiffree: bool) -> Resultat<Registre> {
    let e = super::etablissement(db.conn())?;
    let duree = crate::domaine::conservation::duree(db)?;
    let r = crate::securite::sauvegarde::Rotation::default();
    let ans = if duree > 1 { "ans" } else { "an" };
    let chiffrement = if base_chiffree {
        "Chiffrement : la base et ses sauvegardes sont chiffrées (SQLCipher) par une phrase secrète qui n'est enregistrée nulle part ; sans elle, le fichier est illisible.".to_owned()
    } else {
        "Chiffrement : la base n'est pas chiffrée à ce jour ; la session du poste est protégée par un mot de passe. Le chiffrement par phrase secrète (base et sauvegardes) peut être activé dans l'application.".to_owned()
    };
    let rubriques = vec![
        rubrique("Responsable du traitement", responsable(&e)),
        rubrique(
            "Finalités",
            vec![
                "Organiser les ateliers OEPRE de l'établissement : inscriptions, groupes, séances, intervenants.".into(),
                "Suivre l'assiduité (appel à chaque séance, feuilles d'émargement) et les progrès en français (évaluations, certifications).".into(),
                "Remettre à chaque parent une attestation de suivi de formation.".into(),
                "Établir le bilan annuel, quantitatif et financier, transmis en chiffres anonymes (aucun nom).".into(),
                "Base légale : mission d'intérêt public (article 6-1-e du RGPD), dispositif des ministères de l'Intérieur et de l'Éducation nationale ; participation volontaire et gratuite.".into(),
            ],
        ),
        rubrique(
            "Catégories de personnes concernées",
            vec![
                "Les parents d'élèves inscrits aux ateliers (et, pour leurs enfants, le seul prénom, la classe et l'école).".into(),
                "Les intervenants qui animent les ateliers.".into(),
            ],
        ),
        rubrique("Catégories de données", categories_de_donnees()),
        rubrique(
            "Source des données",
            vec![
                "Le parent lui-même, lors de l'inscription (fiche d'inscription) ; ses réponses sur la nationalité, l'arrivée en France, le CIR et la protection internationale sont déclaratives et facultatives.".into(),
                "Les intervenants (appel, évaluations) et le secrétariat (inscriptions, départs).".into(),
            ],
        ),
        rubrique(
            "Destinataires",
            vec![
                "Dans l'établissement : le chef d'établissement, le secrétariat et les intervenants des ateliers.".into(),
                "Hors de l'établissement : aucun destinataire de données personnelles. Seul le bilan annuel, fait de chiffres agrégés sans nom (les nationalités de moins de 3 parents sont regroupées), est transmis aux services académiques.".into(),
                "Le parent reçoit lui-même son attestation de suivi et, sur demande, l'export de ses données.".into(),
            ],
        ),
        rubrique("Transferts hors de l'Union européenne", vec!["Aucun. Les données restent sur le poste de l'établissement.".into()]),
        rubrique(
            "Durée de conservation",
            vec![
                format!("{duree} {ans} après la fin de l'année scolaire de la dernière inscription du parent (réglage de l'établissement)."),
                "Ensuite, la purge efface les noms, coordonnées, notes, enfants, langues et année de naissance ; ne restent que des catégories anonymes (sexe, nationalité, année d'arrivée, CIR, protection, niveaux, présences) pour que les bilans passés restent justes.".into(),
                format!(
                    "Les sauvegardes antérieures à une purge disparaissent par rotation (au plus tard après {} mois).",
                    r.mensuelles.max(1)
                ),
                "Le journal des modifications ne contient que des numéros, pas de nom de parent.".into(),
            ],
        ),
        rubrique(
            "Mesures de sécurité",
            vec![
                "Stockage local : un seul fichier de données sur le poste de l'établissement ; l'application ne se connecte à aucun réseau et n'envoie rien.".into(),
                format!(
                    "Sauvegardes automatiques vérifiées (contrôle d'intégrité après chaque copie), avec rotation : {} quotidiennes, {} hebdomadaires, {} mensuelles.",
                    r.quotidiennes, r.hebdomadaires, r.mensuelles
                ),
                chiffrement,
                "Traçabilité : qui a validé, déverrouillé ou corrigé un appel, lancé une purge, exporté ou effacé des données, et quand (journal des modifications).".into(),
                "Effacement sûr : les données purgées ou effacées sont écrasées dans le fichier puis le fichier est reconstruit, pour qu'il n'en reste aucune trace.".into(),
                "Minimisation : seules les données utiles aux attestations et au bilan sont demandées ; les exports du bilan ne contiennent aucun nom.".into(),
            ],
        ),
        rubrique(
            "Droits des personnes",
            vec![
                "Information : la fiche d'inscription contient une notice en français simple sur l'usage des données.".into(),
                "Accès : depuis la fiche du parent, l'application produit l'ensemble de ses données (PDF lisible et fichier JSON), remis au parent.".into(),
                "Rectification : le secrétariat corrige la fiche du parent dans l'application.".into(),
                "Effacement : depuis la fiche du parent ; la fiche est supprimée si le parent n'a suivi aucun atelier, sinon elle est anonymisée pour que les bilans passés ne changent pas.".into(),
                format!("Demandes à adresser au secrétariat ou au chef d'établissement ; recours auprès du DPO de l'académie {} ou de la CNIL (www.cnil.fr).", de(&e.academie)),
            ],
        ),
    ];
    Ok(Registre { traitement: "Ateliers OEPRE — Ouvrir l'École aux parents pour la réussite des enfants".into(), rubriques })
}

/// The register entry as plain text (headings, then one line per item starting with « - »).
pub fn texte(db: &Db, base_chiffree: bool) -> Resultat<String> {
    let r = contenu(db, base_chiffree)?;
    let mut s = format!("Registre des activités de traitement (RGPD, article 30)\nTraitement : {}\n", r.traitement);
    for rub in &r.rubriques {
        s.push_str(&format!("\n{}\n", rub.titre.to_uppercase()));
        for l in &rub.lignes {
            s.push_str(&format!("- {l}\n"));
        }
    }
    Ok(s)
}

/// The register entry as an A4 PDF with the school's letterhead, dated `fait_le`, with the
/// head of school's signature box.
pub fn pdf(db: &Db, base_chiffree: bool, fait_le: NaiveDate) -> Resultat<Vec<u8>> {
    let r = contenu(db, base_chiffree)?;
    let e = super::etablissement(db.conn())?;
    let mut doc = entete::document("Registre des traitements — Ateliers OEPRE", Orientation::Portrait);
    let logo = entete::logo(&mut doc, db.conn());
    let mut flow = Flow::new(&mut doc);
    flow.reserve(0.0, 4.0);
    entete::entete(&mut flow, &e, logo);
    flow.space(4.0);
    flow.paragraph("Registre des activités de traitement", &entete::titre(15.0));
    flow.paragraph("Fiche de traitement (RGPD, article 30)", &TextStyle::new(10.0).align(Align::Center).color(Color::GREY));
    flow.space(2.0);
    flow.paragraph(&r.traitement, &TextStyle::new(11.5).bold().align(Align::Center));
    let st = TextStyle::new(9.5).line_height(1.25);
    for rub in &r.rubriques {
        flow.space(3.0);
        flow.ensure(16.0);
        let titre = rub.titre.clone();
        flow.block(6.5, |page, x, y, w| {
            page.text(x, y, w, &titre, &entete::intertitre());
            page.line(x, y + 5.2, x + w, y + 5.2, &oepre_pdf::Stroke::new(0.4).color(Color::BLEU_FRANCE));
        });
        flow.space(1.0);
        for l in &rub.lignes {
            let hauteur = flow.document().measure_height(l, flow.width() - 4.5, &st);
            flow.block(hauteur + 0.8, |page, x, y, w| {
                page.text(x, y, 4.0, "•", &st);
                page.text(x + 4.5, y, w - 4.5, l, &st);
            });
        }
    }
    flow.space(6.0);
    flow.ensure(38.0);
    let fait = format!("Fait à {}, le {}", e.commune, date_texte(fait_le));
    flow.paragraph(&fait, &TextStyle::new(10.0));
    flow.space(2.0);
    let libelle = chef_avec_article(&e);
    let nom = e.chef_nom.clone();
    flow.block(30.0, |page, x, y, w| bloc_signature(page, x + w * 0.5, y, w * 0.5, 30.0, &libelle, &nom));
    doc.finish().map_err(erreur_pdf)
}

/// Writes the PDF into `dossier` as `registre-traitements-oepre-<UAI>.pdf` (atomically, see
/// [`crate::sorties::sortie::ecrire`]) and says where.
pub fn exporter(db: &Db, base_chiffree: bool, fait_le: NaiveDate, dossier: &std::path::Path) -> Resultat<crate::commun::fichier::DocumentEcrit> {
    let uai = super::etablissement(db.conn())?.uai;
    let octets = pdf(db, base_chiffree, fait_le)?;
    let nom = super::nom_de_fichier(&["registre-traitements-oepre", &uai], "pdf");
    let chemin = crate::commun::fichier::ecrire(dossier, &nom, &octets)?;
    Ok(crate::commun::fichier::DocumentEcrit { chemin: chemin.display().to_string(), nom, taille: octets.len() as u64 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chaque_colonne_personnelle_est_decrite() {
        let db = Db::en_memoire().unwrap();
        let mut tables: Vec<&str> = CHAMPS.iter().map(|c| c.table).collect();
        tables.dedup();
        for table in tables {
            let colonnes: Vec<String> = db
                .conn()
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for col in &colonnes {
                assert!(
                    CHAMPS.iter().any(|c| c.table == table && c.colonne == col),
                    "{table}.{col} n'est pas décrite dans le registre (CHAMPS) : décrivez-la, et effacez-la à l'anonymisation si elle identifie"
                );
            }
            for c in CHAMPS.iter().filter(|c| c.table == table) {
                assert!(colonnes.contains(&c.colonne.to_owned()), "{table}.{} n'existe plus dans le schéma", c.colonne);
            }
        }
    }

    #[test]
    fn les_donnees_sensibles_sont_signalees() {
        let lignes = categories_de_donnees();
        let origine = lignes.iter().find(|l| l.starts_with(ORIGINE)).unwrap();
        for attendu in ["nationalité [sensible]", "année d'arrivée en France (primo-arrivant) [sensible]", "signé [sensible]", "apatride) [sensible]"] {
            assert!(origine.contains(attendu), "{attendu} dans {origine}");
        }
        assert!(lignes.iter().any(|l| l.starts_with(IDENTITE) && l.contains("nom, prénom") && !l.contains("[sensible]")));
    }
}

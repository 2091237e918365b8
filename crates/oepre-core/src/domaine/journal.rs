//! The audit log (`journal`): who did what, and when, to records that matter after the fact.
//!
//! - **Who** is the name chosen at start-up on the shared PC (the app passes it in; the CLI
//!   takes `--qui NAME`, else `OEPRE_QUI`, else the OS user name: [`qui_du_systeme`]). It is
//!   checked by [`valider_qui`]: trimmed, not empty, at most [`LONGUEUR_MAX_QUI`] characters.
//! - **When** is the local date and time (`AAAA-MM-JJTHH:MM:SS`), never UTC.
//! - **What** is an action code ([`actions`], all listed with their French labels in
//!   [`ACTIONS`]) and a JSON detail (ids, old and new values, a reason, a count; dates as
//!   `AAAA-MM-JJ`). People read it through [`EntreeJournal::resume`], one line in French with
//!   French dates (« 25/11/2021 »). Parents appear by id only, never by name; the one free text typed by
//!   a person (the reason of an unlock) is scrubbed of a parent's name when that parent is
//!   purged or erased ([`crate::domaine::conservation`]), so nothing identifying stays in the log.
//! - [`ecrire`] takes the caller's transaction: the entry is saved with the change it
//!   describes, or not at all. Entries are never deleted, and changed only by that scrubbing.
//!
//! ## How to log one more kind of action
//! Add its code to [`actions`] and, with its French label, to [`ACTIONS`] (the app's journal
//! filter and the CLI's `--action` offer exactly that list; [`lister`] refuses any other
//! code), say what its detail holds in `resume`, then call [`ecrire`] inside the action's
//! transaction with a detail made of ids and values.

use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Db, Erreur, Resultat};

/// Longest accepted « who » name, in characters.
pub const LONGUEUR_MAX_QUI: usize = 60;

/// Environment variable giving « who » to the CLI (after `--qui`, before the OS user name).
pub const VARIABLE_QUI: &str = "OEPRE_QUI";

/// The action codes written in the log.
pub mod actions {
    /// A roll call was validated (detail: `seance_id`).
    pub const APPEL_VALIDE: &str = "appel_valide";
    /// A validated roll call was unlocked (detail: `seance_id`, `motif`).
    pub const APPEL_DEVERROUILLE: &str = "appel_deverrouille";
    /// A mark of an unlocked roll call changed (detail: `seance_id`, `inscription_id`, `avant`,
    /// `avant_minutes`, `apres`, `apres_minutes`).
    pub const PRESENCE_MODIFIEE: &str = "presence_modifiee";
    /// The retention purge ran (detail: `parents` count, `date_limite`, `duree_annees`).
    pub const PURGE_CONSERVATION: &str = "purge_conservation";
    /// One parent's personal data were erased on request (detail: `parent_id`, `mode`).
    pub const PARENT_EFFACE: &str = "parent_efface";
    /// A parent's data were exported for a right-of-access request (detail: `parent_id`).
    pub const ACCES_EXPORTE: &str = "acces_exporte";
    /// The retention duration was changed (detail: `avant`, `apres`, in years).
    pub const CONSERVATION_MODIFIEE: &str = "conservation_modifiee";
}

/// Every action code written in the log with its French label, in the order lists offer them
/// (roll calls first, then data protection).
pub const ACTIONS: &[(&str, &str)] = &[
    (actions::APPEL_VALIDE, "Appel validé"),
    (actions::APPEL_DEVERROUILLE, "Appel déverrouillé"),
    (actions::PRESENCE_MODIFIEE, "Présence modifiée après validation"),
    (actions::CONSERVATION_MODIFIEE, "Durée de conservation modifiée"),
    (actions::PURGE_CONSERVATION, "Purge des données anciennes"),
    (actions::ACCES_EXPORTE, "Données d'un parent exportées (droit d'accès)"),
    (actions::PARENT_EFFACE, "Données d'un parent effacées"),
];

/// An action code of the log and its French label (one row of [`ACTIONS`]), as the journal
/// filter offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionJournal {
    /// Code stored in the log (see [`actions`]).
    pub code: String,
    /// What it means, in French.
    pub libelle: String,
}

/// [`ACTIONS`] as a list for the app and the CLI.
pub fn liste_actions() -> Vec<ActionJournal> {
    ACTIONS.iter().map(|(code, libelle)| ActionJournal { code: (*code).to_owned(), libelle: (*libelle).to_owned() }).collect()
}

/// French label of an action code, for lists (the code itself when unknown).
pub fn libelle_action(action: &str) -> String {
    ACTIONS.iter().find(|(code, _)| *code == action).map_or(action, |(_, libelle)| libelle).to_owned()
}

/// `2026-11-25T14:03:09` (as the log writes [`EntreeJournal::quand`]) → `25/11/2026 à 14:03`;
/// any other text is returned as it is.
pub fn quand_fr(quand: &str) -> String {
    match chrono::NaiveDateTime::parse_from_str(quand.get(..16).unwrap_or(quand), "%Y-%m-%dT%H:%M") {
        Ok(t) => t.format("%d/%m/%Y à %H:%M").to_string(),
        Err(_) => quand.to_owned(),
    }
}

/// The day of a local date and time (`2026-11-25T14:03:09`, or a date alone) in French:
/// `25/11/2026`; any other text is returned as it is. For `anonymise_le` and the like.
pub fn jour_fr(quand: &str) -> String {
    quand.get(..10).and_then(crate::commun::texte::lire_date).map_or_else(|| quand.to_owned(), crate::commun::texte::date_fr)
}

/// A date of a detail (`AAAA-MM-JJ`) in French (`JJ/MM/AAAA`); other text as it is.
fn date_fr(texte: &str) -> String {
    chrono::NaiveDate::parse_from_str(texte, "%Y-%m-%d").map_or_else(|_| texte.to_owned(), crate::commun::texte::date_fr)
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EntreeJournal {
    /// Row id (increasing).
    #[ts(type = "number")]
    pub id: i64,
    /// Local date and time, `AAAA-MM-JJTHH:MM:SS`.
    pub quand: String,
    /// The name chosen on the shared PC.
    pub qui: String,
    /// Action code (see [`actions`]).
    pub action: String,
    /// The action in French (see [`libelle_action`]).
    pub libelle: String,
    /// The detail, as a JSON object in text.
    pub detail: String,
    /// What the entry says, in French, in one line (« séance n° 12 : présent → absent »).
    pub resume: String,
}

/// Which entries [`lister`] returns. Every criterion is optional; newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FiltreJournal {
    /// At most this many entries (`None`: all).
    pub limite: Option<u32>,
    /// Only this action code (one of [`ACTIONS`]; any other is refused, field `action`).
    pub action: Option<String>,
    /// Only entries about this parent (their id, or one of their enrolments').
    #[ts(type = "number | null")]
    pub parent_id: Option<i64>,
    /// Only entries about this séance.
    #[ts(type = "number | null")]
    pub seance_id: Option<i64>,
}

/// Checks « who »: trimmed (inner runs of spaces collapsed), not empty, at most
/// [`LONGUEUR_MAX_QUI`] characters. Returns the cleaned name or a field error on `qui`.
pub fn valider_qui(qui: &str) -> Resultat<String> {
    let propre = crate::commun::texte::nettoyer(qui);
    if propre.is_empty() {
        return Err(Erreur::champ("qui", "Indiquez votre nom : il est inscrit dans le journal des modifications."));
    }
    if propre.chars().count() > LONGUEUR_MAX_QUI {
        return Err(Erreur::champ("qui", format!("Le nom est trop long ({LONGUEUR_MAX_QUI} caractères au plus).")));
    }
    if propre.chars().any(char::is_control) {
        return Err(Erreur::champ("qui", "Le nom contient un caractère invisible : retapez-le."));
    }
    Ok(propre)
}

/// Setting holding the names already used on this data file, most recent first, one per line.
const CLE_NOMS_RECENTS: &str = "utilisateurs_recents";

/// How many recent names the start-up question « Qui utilise l'application ? » offers.
pub const NOMS_PROPOSES: usize = 8;

/// The names already chosen on this data file, most recent first (at most [`NOMS_PROPOSES`]).
pub fn noms_recents(conn: &Connection) -> Resultat<Vec<String>> {
    let texte = crate::stockage::db::parametre(conn, CLE_NOMS_RECENTS)?.unwrap_or_default();
    Ok(texte.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())
}

/// Checks a name chosen at start-up ([`valider_qui`]) and remembers it first among the
/// [`noms_recents`] (one transaction). Returns the name as kept.
pub fn retenir_nom(db: &mut Db, nom: &str) -> Resultat<String> {
    let nom = valider_qui(nom)?;
    db.transaction(|tx| {
        let mut noms = vec![nom.clone()];
        noms.extend(noms_recents(tx)?.into_iter().filter(|n| *n != nom));
        noms.truncate(NOMS_PROPOSES);
        crate::stockage::db::definir_parametre(tx, CLE_NOMS_RECENTS, &noms.join("\n"))
    })?;
    Ok(nom)
}

/// « Who » when none is given: `OEPRE_QUI`, else the OS user name (`USER`, `USERNAME`).
pub fn qui_du_systeme() -> Option<String> {
    [VARIABLE_QUI, "USER", "USERNAME", "LOGNAME"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.trim().to_owned())
        .find(|v| !v.is_empty())
}

/// Local date and time as the log writes it.
pub(crate) fn maintenant() -> String {
    chrono::Local::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// Writes one entry inside the caller's transaction. `qui` is checked by [`valider_qui`];
/// `detail` should be a JSON object of ids and values (never a parent's name).
pub fn ecrire(tx: &Transaction<'_>, qui: &str, action: &str, detail: &serde_json::Value) -> Resultat<()> {
    let qui = valider_qui(qui)?;
    tx.prepare_cached("INSERT INTO journal (quand, qui, action, detail) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![maintenant(), qui, action, detail.to_string()])?;
    Ok(())
}

/// The entries matching `filtre`, newest first. An action code not in [`ACTIONS`] is refused
/// (field `action`) rather than silently matching nothing.
pub fn lister(db: &Db, filtre: &FiltreJournal) -> Resultat<Vec<EntreeJournal>> {
    if let Some(a) = filtre.action.as_deref().filter(|a| !ACTIONS.iter().any(|(code, _)| code == a)) {
        let codes: Vec<&str> = ACTIONS.iter().map(|(code, _)| *code).collect();
        return Err(Erreur::champ("action", format!("« {a} » n'est pas une action du journal ; les actions sont : {}.", codes.join(", "))));
    }
    lister_conn(db.conn(), filtre)
}

pub(crate) fn lister_conn(conn: &Connection, filtre: &FiltreJournal) -> Resultat<Vec<EntreeJournal>> {
    let limite = filtre.limite.map_or(-1, i64::from);
    let mut stmt = conn.prepare_cached(
        "SELECT j.id, j.quand, j.qui, j.action, j.detail,
                (SELECT a.nom || ', ' || strftime('%d/%m/%Y', s.date) FROM seance s JOIN atelier a ON a.id = s.atelier_id
                  WHERE s.id = json_extract(j.detail, '$.seance_id')),
                (SELECT trim(p.nom || ' ' || p.prenom) FROM inscription i JOIN parent p ON p.id = i.parent_id
                  WHERE i.id = json_extract(j.detail, '$.inscription_id'))
         FROM journal j
         WHERE (?1 IS NULL OR j.action = ?1)
           AND (?2 IS NULL OR json_extract(j.detail, '$.seance_id') = ?2)
           AND (?3 IS NULL OR json_extract(j.detail, '$.parent_id') = ?3
                OR json_extract(j.detail, '$.inscription_id') IN (SELECT id FROM inscription WHERE parent_id = ?3))
         ORDER BY j.id DESC LIMIT ?4",
    )?;
    let v = stmt
        .query_map(params![filtre.action, filtre.seance_id, filtre.parent_id, limite], |r| {
            let action: String = r.get(3)?;
            let detail: String = r.get(4)?;
            let lieux = Lieux { seance: r.get(5)?, parent: r.get(6)? };
            Ok(EntreeJournal {
                id: r.get(0)?,
                quand: r.get(1)?,
                qui: r.get(2)?,
                libelle: libelle_action(&action),
                resume: resume(&action, &detail, &lieux),
                action,
                detail,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(v)
}

fn marque_fr(v: &serde_json::Value, minutes: &serde_json::Value) -> String {
    match v.as_str() {
        None => "pas de marque".into(),
        Some("present") => "présent·e".into(),
        Some("absent") => "absent·e".into(),
        Some("excuse") => "excusé·e".into(),
        Some("retard") => format!("en retard ({} min)", minutes.as_i64().unwrap_or(0)),
        Some(autre) => autre.into(),
    }
}

/// What a person recognises instead of row ids: the séance as « atelier, JJ/MM/AAAA », the
/// enrolment as the parent's name (`None` when the row is gone).
struct Lieux {
    seance: Option<String>,
    parent: Option<String>,
}

/// One line in French saying what an entry's detail holds.
fn resume(action: &str, detail: &str, lieux: &Lieux) -> String {
    let d: serde_json::Value = serde_json::from_str(detail).unwrap_or(serde_json::Value::Null);
    let n = |cle: &str| d.get(cle).and_then(serde_json::Value::as_i64).unwrap_or(0);
    let t = |cle: &str| d.get(cle).and_then(serde_json::Value::as_str).unwrap_or("").to_owned();
    let seance = || lieux.seance.clone().unwrap_or_else(|| format!("séance n° {} (supprimée)", n("seance_id")));
    let parent = || lieux.parent.clone().filter(|p| !p.is_empty()).unwrap_or_else(|| format!("inscription n° {}", n("inscription_id")));
    match action {
        actions::APPEL_VALIDE => seance(),
        actions::APPEL_DEVERROUILLE => format!("{} — motif : {}", seance(), t("motif")),
        actions::PRESENCE_MODIFIEE => format!(
            "{}, {} : {} → {}",
            seance(),
            parent(),
            marque_fr(&d["avant"], &d["avant_minutes"]),
            marque_fr(&d["apres"], &d["apres_minutes"])
        ),
        actions::PURGE_CONSERVATION => format!(
            "{} parent(s) anonymisé(s) (dernière année terminée avant le {}, conservation {} an(s))",
            n("parents"),
            date_fr(&t("date_limite")),
            n("duree_annees")
        ),
        actions::CONSERVATION_MODIFIEE => {
            let ans = |n: i64| format!("{n} an{}", if n > 1 { "s" } else { "" });
            format!("{} → {} après la fin de l'année scolaire", ans(n("avant")), ans(n("apres")))
        }
        actions::PARENT_EFFACE => {
            let mode = if t("mode") == "suppression" { "fiche supprimée" } else { "fiche anonymisée" };
            format!("Parent n° {} : {mode}", n("parent_id"))
        }
        actions::ACCES_EXPORTE => format!("Parent n° {}", n("parent_id")),
        _ => detail.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn au_plus_huit_noms_retenus_le_plus_recent_d_abord() {
        let mut db = Db::en_memoire().unwrap();
        for i in 1..=8 {
            retenir_nom(&mut db, &format!("N{i}")).unwrap();
        }
        assert_eq!(retenir_nom(&mut db, "  N5 ").unwrap(), "N5");
        assert_eq!(noms_recents(db.conn()).unwrap(), ["N5", "N8", "N7", "N6", "N4", "N3", "N2", "N1"]);
        retenir_nom(&mut db, "Nouveau").unwrap();
        let noms = noms_recents(db.conn()).unwrap();
        assert_eq!(noms.len(), NOMS_PROPOSES);
        assert_eq!(noms[0], "Nouveau");
        assert!(!noms.contains(&"N1".to_owned()), "le plus ancien sort de la liste");
        assert!(retenir_nom(&mut db, &"x".repeat(61)).is_err());
        assert_eq!(noms_recents(db.conn()).unwrap()[0], "Nouveau", "un nom refusé ne change rien");
    }


    #[test]
    fn le_resume_nomme_l_atelier_la_date_et_le_parent() {
        let mut db = Db::en_memoire().unwrap();
        crate::demo::ecole::charger(&mut db).unwrap();
        let (seance, atelier, date, inscription, parent): (i64, String, String, i64, String) = db
            .conn()
            .query_row(
                "SELECT s.id, a.nom, s.date, i.id, trim(p.nom || ' ' || p.prenom) FROM seance s
                 JOIN atelier a ON a.id = s.atelier_id JOIN inscription i ON i.atelier_id = a.id
                 JOIN parent p ON p.id = i.parent_id ORDER BY s.id, i.id LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        db.transaction(|tx| {
            ecrire(tx, "Mme Martin", actions::APPEL_VALIDE, &serde_json::json!({ "seance_id": seance }))?;
            ecrire(
                tx,
                "Mme Martin",
                actions::PRESENCE_MODIFIEE,
                &serde_json::json!({ "seance_id": seance, "inscription_id": inscription, "avant": null, "apres": "present" }),
            )
        })
        .unwrap();
        let j = lister(&db, &FiltreJournal::default()).unwrap();
        let jour = date_fr(&date);
        assert!(jour.contains('/'), "{jour}");
        assert_eq!(j[1].resume, format!("{atelier}, {jour}"), "« Appel validé — <atelier>, <date> », pas un numéro de séance");
        assert_eq!(j[0].resume, format!("{atelier}, {jour}, {parent} : pas de marque → présent·e"));
    }

    #[test]
    fn qui_est_verifie() {
        assert_eq!(valider_qui("  Mme   Martin ").unwrap(), "Mme Martin");
        assert_eq!(valider_qui("   ").unwrap_err().champs()[0].champ, "qui");
        assert!(valider_qui(&"é".repeat(60)).is_ok(), "60 caractères (pas octets) acceptés");
        assert!(valider_qui(&"é".repeat(61)).is_err());
    }

    #[test]
    fn ecrire_puis_lister_avec_filtres() {
        let mut db = Db::en_memoire().unwrap();
        db.transaction(|tx| {
            ecrire(tx, "Mme Martin", actions::APPEL_VALIDE, &serde_json::json!({ "seance_id": 4 }))?;
            ecrire(tx, "M. Durand", actions::PARENT_EFFACE, &serde_json::json!({ "parent_id": 7, "mode": "anonymisation" }))?;
            ecrire(
                tx,
                "M. Durand",
                actions::PRESENCE_MODIFIEE,
                &serde_json::json!({ "seance_id": 4, "inscription_id": 9, "avant": "present", "avant_minutes": 0, "apres": "retard", "apres_minutes": 15 }),
            )
        })
        .unwrap();
        let tout = lister(&db, &FiltreJournal::default()).unwrap();
        assert_eq!(tout.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["presence_modifiee", "parent_efface", "appel_valide"]);
        assert_eq!(tout[0].resume, "séance n° 4 (supprimée), inscription n° 9 : présent·e → en retard (15 min)");
        assert_eq!(tout[1].resume, "Parent n° 7 : fiche anonymisée");
        assert_eq!(lister(&db, &FiltreJournal { limite: Some(1), ..Default::default() }).unwrap().len(), 1);
        let seance = lister(&db, &FiltreJournal { seance_id: Some(4), ..Default::default() }).unwrap();
        assert_eq!(seance.len(), 2);
        let parent = lister(&db, &FiltreJournal { parent_id: Some(7), ..Default::default() }).unwrap();
        assert_eq!(parent.iter().map(|e| e.qui.as_str()).collect::<Vec<_>>(), ["M. Durand"]);
        let err = db.transaction(|tx| ecrire(tx, "", actions::APPEL_VALIDE, &serde_json::json!({}))).unwrap_err();
        assert_eq!(err.code(), crate::CodeErreur::Validation);
        assert_eq!(lister(&db, &FiltreJournal::default()).unwrap().len(), 3, "rien d'écrit sans auteur");
        let inconnue = lister(&db, &FiltreJournal { action: Some("appel_valid".into()), ..Default::default() }).unwrap_err();
        assert_eq!(inconnue.champs()[0].champ, "action");
        assert!(inconnue.to_string().contains("appel_valide, appel_deverrouille"), "{inconnue}");
    }

    #[test]
    fn chaque_action_a_un_code_unique_et_un_libelle() {
        let liste = liste_actions();
        assert_eq!(liste.len(), 7);
        for a in &liste {
            assert_eq!(liste.iter().filter(|b| b.code == a.code).count(), 1, "{} en double", a.code);
            assert_eq!(libelle_action(&a.code), a.libelle);
            assert_ne!(a.libelle, a.code, "{} sans libellé français", a.code);
        }
        assert_eq!(libelle_action("inconnue"), "inconnue");
        assert_eq!(liste[3], ActionJournal { code: "conservation_modifiee".into(), libelle: "Durée de conservation modifiée".into() });
    }

    #[test]
    fn les_dates_sont_en_francais() {
        assert_eq!(quand_fr("2026-11-25T14:03:09"), "25/11/2026 à 14:03");
        assert_eq!(quand_fr("hier"), "hier");
        assert_eq!(jour_fr("2026-11-25T14:03:09"), "25/11/2026");
        assert_eq!(jour_fr("2026-11-25"), "25/11/2026");
        assert_eq!(jour_fr("?"), "?");
        let purge = resume(actions::PURGE_CONSERVATION, r#"{"parents":2,"date_limite":"2021-11-25","duree_annees":3}"#, &Lieux { seance: None, parent: None });
        assert_eq!(purge, "2 parent(s) anonymisé(s) (dernière année terminée avant le 25/11/2021, conservation 3 an(s))");
        assert_eq!(resume(actions::CONSERVATION_MODIFIEE, r#"{"avant":1,"apres":5}"#, &Lieux { seance: None, parent: None }), "1 an → 5 ans après la fin de l'année scolaire");
    }
}

//! The app's state for one session: the open database (or why it could not be opened) and who
//! is using the PC.
//!
//! - [`Etat::avec`] runs a command against the database; a refused file (not ours, newer,
//!   damaged, encrypted) is kept as the error every command returns until it is dealt with.
//! - [`Etat::qui`] is the name chosen at start-up (« Qui utilise l'application ? »), for the
//!   commands that record who did something. `OEPRE_QUI` pre-selects it (tests, kiosk set-ups).
//! - [`Etat::remplacer_fichier`] closes the database, lets the core swap or rewrite the file
//!   (restore, import, passphrase set / changed / removed), then reopens it: the app goes on
//!   with the new data.
//! - The passphrase of an encrypted file is kept in memory for the session only (like the
//!   core's `Db` does), to reopen the file after such a swap; it is never written anywhere.
//! - After a successful opening, the start-up backup (`sauvegarde::au_demarrage`) runs on its
//!   own thread and its own connection, so the first screen does not wait for it; its outcome is
//!   shown on the « Données » screen when it failed. It starts once the first screen is shown
//!   ([`Etat::premier_ecran_affiche`]), or [`DELAI_SAUVEGARDE_DEMARRAGE`] after the opening if
//!   the page never says so: on a 2-core PC its integrity check and copy would otherwise take
//!   the processor and the disk from the window being drawn.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use oepre_core::{stockage::db, domaine::journal, securite::sauvegarde, CodeErreur, Db, Erreur, ErreurChamp, ErreurPublique};

/// Environment variable naming the person using the app: the start-up question is skipped.
pub const VARIABLE_QUI: &str = "OEPRE_QUI";


/// The longest the start-up backup waits for the first screen before it starts anyway.
pub const DELAI_SAUVEGARDE_DEMARRAGE: Duration = Duration::from_secs(5);

/// The session's state, shared by every command (cheap to clone).
#[derive(Clone)]
pub struct Etat {
    interne: Arc<Interne>,
}

struct Interne {
    chemin: PathBuf,
    db: Mutex<Result<Db, ErreurPublique>>,
    qui: Mutex<Option<String>>,
    /// The passphrase the file was opened with (memory only).
    phrase: Mutex<Option<String>>,
    /// Outcome of the start-up backup, once it has run: the backup written (or `None` when the
    /// newest was recent enough), or why it failed.
    sauvegarde_demarrage: Mutex<Option<Result<Option<sauvegarde::Sauvegarde>, ErreurPublique>>>,
    /// The start-up backup's thread, joined before the file is swapped.
    fil_demarrage: Mutex<Option<std::thread::JoinHandle<()>>>,
    /// The step of the long task under way (the bilan export), polled by its screen.
    suivi: oepre_core::commun::progression::Suivi,
    /// Set once the first screen is shown (or the backup is waited for): the start-up backup may go.
    feu_vert: (Mutex<bool>, Condvar),
    /// How long the start-up backup waits for that signal ([`DELAI_SAUVEGARDE_DEMARRAGE`]).
    delai_sauvegarde: Duration,
}

/// Runs a command that does not go through [`Etat::avec`]; one line in the technical log.
pub fn journalise<T>(cas: &str, f: impl FnOnce() -> Result<T, ErreurPublique>) -> Result<T, ErreurPublique> {
    let debut = std::time::Instant::now();
    let r = f();
    oepre_core::commun::trace::noter(cas, r.as_ref().err().map(|e| e.code), debut);
    r
}

fn verrou<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Etat {
    /// Opens the data file; a refusal is kept and shown by every command.
    pub fn ouvrir(chemin: PathBuf) -> Self {
        Self::ouvrir_avec_delai(chemin, DELAI_SAUVEGARDE_DEMARRAGE)
    }

    /// [`Etat::ouvrir`], the start-up backup waiting at most `delai_sauvegarde` for the first
    /// screen (the tests choose it, so that no verdict depends on the machine's speed).
    fn ouvrir_avec_delai(chemin: PathBuf, delai_sauvegarde: Duration) -> Self {
        let qui = std::env::var(VARIABLE_QUI).ok().and_then(|n| journal::valider_qui(&n).ok());
        let db = Db::ouvrir(&chemin).map_err(ErreurPublique::from);
        let etat = Self {
            interne: Arc::new(Interne {
                chemin,
                db: Mutex::new(db),
                qui: Mutex::new(None),
                phrase: Mutex::new(None),
                sauvegarde_demarrage: Mutex::new(None),
                fil_demarrage: Mutex::new(None),
                suivi: Default::default(),
                feu_vert: (Mutex::new(false), Condvar::new()),
                delai_sauvegarde,
            }),
        };
        if let Some(nom) = qui {
            let _ = etat.choisir_qui(&nom);
        }
        etat.apres_ouverture();
        etat
    }

    /// The data file this session uses.
    pub fn chemin(&self) -> &Path {
        &self.interne.chemin
    }

    /// Runs the use case `cas` with the database; one line in the technical log.
    pub fn avec<T>(&self, cas: &str, f: impl FnOnce(&mut Db) -> oepre_core::Resultat<T>) -> Result<T, ErreurPublique> {
        let mut garde = verrou(&self.interne.db);
        let db = garde.as_mut().map_err(|e| e.clone())?;
        oepre_core::commun::trace::cas_d_usage(cas, || f(db)).map_err(ErreurPublique::from)
    }

    /// Why the data file is not open, if it is not.
    pub fn refus(&self) -> Option<ErreurPublique> {
        verrou(&self.interne.db).as_ref().err().cloned()
    }

    /// The name chosen at start-up, if one was.
    pub fn qui(&self) -> Option<String> {
        verrou(&self.interne.qui).clone()
    }

    /// The name chosen at start-up, or a French error for an action that must record who.
    pub fn qui_requis(&self) -> Result<String, ErreurPublique> {
        self.qui().ok_or_else(|| {
            ErreurPublique::from(Erreur::Validation(vec![ErreurChamp::new(
                "qui",
                "Indiquez d'abord qui utilise l'application (bouton « Changer » en haut de la fenêtre).",
            )]))
        })
    }

    /// Sets who is using the app for this session and remembers the name on this data file
    /// (first among the names offered next time). Returns the name as kept (trimmed).
    pub fn choisir_qui(&self, nom: &str) -> Result<String, ErreurPublique> {
        // A file that is not open yet (passphrase, damaged) cannot remember it: the name still
        // holds for the session.
        let mut garde = verrou(&self.interne.db);
        let nom = match garde.as_mut() {
            Ok(db) => journal::retenir_nom(db, nom)?,
            Err(_) => journal::valider_qui(nom)?,
        };
        *verrou(&self.interne.qui) = Some(nom.clone());
        Ok(nom)
    }

    /// The names already used on this data file, most recent first (none while it is not open).
    pub fn noms_connus(&self) -> Vec<String> {
        let garde = verrou(&self.interne.db);
        garde.as_ref().ok().and_then(|db| journal::noms_recents(db.conn()).ok()).unwrap_or_default()
    }

    /// Opens an encrypted data file with the passphrase typed at start-up (kept in memory for
    /// the session, never written anywhere).
    pub fn ouvrir_avec_phrase(&self, phrase: String) -> Result<(), ErreurPublique> {
        {
            let mut garde = verrou(&self.interne.db);
            if garde.is_ok() {
                return Ok(());
            }
            match Db::ouvrir_avec(&self.interne.chemin, Some(phrase.as_str())) {
                Ok(db) => *garde = Ok(db),
                // The passphrase was right but the file is damaged: keep it, to find and open
                // the encrypted backups the damaged page offers.
                Err(e @ Erreur::BaseEndommagee { .. }) => {
                    let e = ErreurPublique::from(e);
                    *garde = Err(e.clone());
                    *verrou(&self.interne.phrase) = Some(phrase);
                    return Err(e);
                }
                Err(e) => return Err(e.into()),
            }
            *verrou(&self.interne.phrase) = Some(phrase);
        }
        self.apres_ouverture();
        Ok(())
    }

    /// Closes the database, runs `f` on the data file's path and the passphrase it was opened
    /// with (the core swaps or rewrites the closed file), then reopens it: with `apres` when
    /// `f` succeeded, with the same passphrase when it failed (the file is then as it was).
    /// A file that then cannot be opened (e.g. a restored backup encrypted with another
    /// passphrase) leaves its error in the state: the start-up pages take over.
    pub fn remplacer_fichier<T>(
        &self,
        apres: PhraseApres,
        f: impl FnOnce(&Path, Option<&str>) -> oepre_core::Resultat<T>,
    ) -> Result<T, ErreurPublique> {
        self.attendre_sauvegarde_demarrage();
        let mut garde = verrou(&self.interne.db);
        let ancien = std::mem::replace(
            &mut *garde,
            Err(ErreurPublique { code: CodeErreur::Interne, message: "Fichier de données en cours de remplacement.".into(), champs: vec![] }),
        );
        drop(ancien);
        let mut phrase = verrou(&self.interne.phrase);
        let resultat = f(&self.interne.chemin, phrase.as_deref()).map_err(ErreurPublique::from);
        if let (Ok(_), PhraseApres::Nouvelle(nouvelle)) = (&resultat, apres) {
            *phrase = nouvelle;
        }
        *garde = Db::ouvrir_avec(&self.interne.chemin, phrase.as_deref()).map_err(ErreurPublique::from);
        resultat
    }

    /// The passphrase the file was opened with (memory only), to read encrypted backups.
    pub fn phrase(&self) -> Option<String> {
        verrou(&self.interne.phrase).clone()
    }

    /// Checks the current passphrase typed to change or remove it against the one this
    /// session opened the file with, before the file is closed: a typo then leaves the app
    /// open (a wrong try on the closed file would start the retry delay, and the reopening
    /// could be refused by it).
    pub fn verifier_phrase_actuelle(&self, actuelle: &str) -> Result<(), ErreurPublique> {
        match self.phrase() {
            Some(p) if p == actuelle => Ok(()),
            _ => Err(ErreurPublique::from(Erreur::PhraseSecreteIncorrecte { attente_secondes: 0 })),
        }
    }

    /// The progress of the long task under way, if any.
    pub fn suivi(&self) -> &oepre_core::commun::progression::Suivi {
        &self.interne.suivi
    }

    /// The outcome of the start-up backup (`None` while it has not run).
    pub fn sauvegarde_demarrage(&self) -> Option<Result<Option<sauvegarde::Sauvegarde>, ErreurPublique>> {
        verrou(&self.interne.sauvegarde_demarrage).clone()
    }

    /// Once the file is open: the start-up backup, on its own thread.
    fn apres_ouverture(&self) {
        if self.refus().is_some() {
            return;
        }
        // Its own connection: the commands of the first screen do not wait for the copy.
        let etat = self.clone();
        let fil = std::thread::spawn(move || {
            {
                let (feu, signal) = &etat.interne.feu_vert;
                let garde = verrou(feu);
                let _ = signal.wait_timeout_while(garde, etat.interne.delai_sauvegarde, |vert| !*vert);
            }
            let resultat = Db::ouvrir_avec(etat.chemin(), etat.phrase().as_deref())
                .and_then(|db| sauvegarde::au_demarrage(&db, chrono::Local::now().naive_local()))
                .map_err(ErreurPublique::from);
            *verrou(&etat.interne.sauvegarde_demarrage) = Some(resultat);
        });
        *verrou(&self.interne.fil_demarrage) = Some(fil);
    }

    /// The first screen is shown: the start-up backup may start (see the module documentation).
    pub fn premier_ecran_affiche(&self) {
        let (feu, signal) = &self.interne.feu_vert;
        *verrou(feu) = true;
        signal.notify_all();
    }

    /// Waits for the start-up backup, if it is still running (its connection must be closed
    /// before the file is swapped); one not started yet starts now.
    fn attendre_sauvegarde_demarrage(&self) {
        self.premier_ecran_affiche();
        let fil = verrou(&self.interne.fil_demarrage).take();
        if let Some(fil) = fil {
            let _ = fil.join();
        }
    }
}

/// The passphrase to reopen the file with after [`Etat::remplacer_fichier`].
pub enum PhraseApres {
    /// The one it was opened with (restore, import: a backup is encrypted like its file).
    Inchangee,
    /// A new one (`None`: the file is now plain).
    Nouvelle(Option<String>),
}

/// `--db PATH` or `--db=PATH` among the arguments, else `OEPRE_DB`, else the default file.
pub fn chemin_depuis_arguments(mut args: impl Iterator<Item = String>) -> PathBuf {
    let mut explicite = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            explicite = args.next().map(PathBuf::from);
        } else if let Some(v) = a.strip_prefix("--db=") {
            explicite = Some(PathBuf::from(v));
        }
    }
    db::resoudre_chemin(explicite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn le_nom_choisi_est_retenu_et_propose_en_premier() {
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        let etat = Etat::ouvrir(chemin.clone());
        assert_eq!(etat.qui(), None);
        assert_eq!(etat.qui_requis().unwrap_err().code, CodeErreur::Validation);
        assert_eq!(etat.choisir_qui("  Amina   Diallo ").unwrap(), "Amina Diallo");
        etat.choisir_qui("Paul Martin").unwrap();
        etat.choisir_qui("Amina Diallo").unwrap();
        assert_eq!(etat.qui().as_deref(), Some("Amina Diallo"));
        assert_eq!(etat.noms_connus(), ["Amina Diallo", "Paul Martin"]);
        let refus = etat.choisir_qui("   ").unwrap_err();
        assert_eq!(refus.champs[0].champ, "qui");
        assert_eq!(etat.qui().as_deref(), Some("Amina Diallo"), "un nom refusé ne change rien");
        drop(etat);
        // Another session on the same file: no one chosen yet, the names are offered.
        let etat = Etat::ouvrir(chemin);
        assert_eq!(etat.qui(), None);
        assert_eq!(etat.noms_connus(), ["Amina Diallo", "Paul Martin"]);
    }

    #[test]
    fn la_sauvegarde_du_demarrage_est_faite_a_cote_et_rapportee() {
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        {
            let mut db = Db::ouvrir(&chemin).unwrap();
            oepre_core::demo::ecole::charger(&mut db).unwrap();
        }
        let etat = Etat::ouvrir(chemin.clone());
        etat.attendre_sauvegarde_demarrage();
        let faite = etat.sauvegarde_demarrage().expect("terminée").expect("réussie").expect("aucune avant : une copie");
        assert_eq!(faite.chemin.parent(), Some(tmp.path().join("sauvegardes").as_path()));
        assert!(faite.resume.expect("lisible").parents > 0);
        drop(etat);
        // A second start the same day: nothing more to copy.
        let etat = Etat::ouvrir(chemin);
        etat.attendre_sauvegarde_demarrage();
        assert_eq!(etat.sauvegarde_demarrage(), Some(Ok(None)));
        assert_eq!(sauvegarde::lister(&tmp.path().join("sauvegardes")).unwrap().len(), 1);
    }

    #[test]
    fn la_sauvegarde_du_demarrage_attend_le_premier_ecran() {
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        {
            let mut db = Db::ouvrir(&chemin).unwrap();
            oepre_core::demo::ecole::charger(&mut db).unwrap();
        }
        // A wait no machine reaches: without the signal, the copy never starts, however slow
        // or fast the thread (the 300 ms only give a wrong implementation the time to show).
        let etat = Etat::ouvrir_avec_delai(chemin.clone(), Duration::from_secs(24 * 3600));
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(etat.sauvegarde_demarrage(), None);
        assert!(!tmp.path().join("sauvegardes").exists(), "aucune copie avant le premier écran");
        etat.premier_ecran_affiche();
        let fil = verrou(&etat.interne.fil_demarrage).take().expect("le fil de la sauvegarde");
        fil.join().unwrap();
        assert!(etat.sauvegarde_demarrage().expect("terminée").expect("réussie").is_some());

        // A page that never says so: the copy starts once the wait is over (none here).
        std::fs::remove_dir_all(tmp.path().join("sauvegardes")).unwrap();
        let etat = Etat::ouvrir_avec_delai(chemin, Duration::ZERO);
        let fil = verrou(&etat.interne.fil_demarrage).take().expect("le fil de la sauvegarde");
        fil.join().unwrap();
        assert!(etat.sauvegarde_demarrage().expect("terminée sans signal").expect("réussie").is_some());
    }

    #[test]
    fn fichier_chiffre_et_endommage_la_phrase_sert_a_trouver_la_sauvegarde() {
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        let phrase = "phrase secrète de test";
        {
            let mut db = Db::ouvrir_avec(&chemin, Some(phrase)).unwrap();
            oepre_core::demo::ecole::charger(&mut db).unwrap();
            sauvegarde::sauvegarder(&db, &sauvegarde::dossier_par_defaut(&db)).unwrap();
        }
        let taille_page = 4096; // SQLCipher 4's default page size
        // Scramble a page in the middle of the encrypted file (its HMAC no longer matches).
        let mut octets = std::fs::read(&chemin).unwrap();
        let debut = taille_page * (octets.len() / taille_page / 2);
        for o in &mut octets[debut + 100..debut + 200] {
            *o ^= 0x5A;
        }
        std::fs::write(&chemin, octets).unwrap();

        let etat = Etat::ouvrir(chemin.clone());
        assert_eq!(etat.refus().map(|e| e.code), Some(CodeErreur::PhraseSecreteRequise));
        let refus = etat.ouvrir_avec_phrase(phrase.into()).unwrap_err();
        assert_eq!(refus.code, CodeErreur::BaseEndommagee, "{}", refus.message);
        assert_eq!(etat.phrase().as_deref(), Some(phrase), "la bonne phrase est gardée pour les sauvegardes");
        let dossier = sauvegarde::dossier_de(etat.chemin(), etat.phrase().as_deref());
        let bonne = sauvegarde::derniere_valide(&dossier, etat.phrase().as_deref()).unwrap();
        assert!(bonne.is_some(), "la sauvegarde chiffrée est proposée");
        assert_eq!(sauvegarde::derniere_valide(&dossier, None).unwrap(), None, "sans la phrase, rien n'était trouvé");
    }

    #[test]
    fn chiffrer_changer_retirer_rouvre_avec_la_bonne_phrase() {
        use oepre_core::securite::chiffrement;
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        {
            let mut db = Db::ouvrir(&chemin).unwrap();
            oepre_core::demo::ecole::charger(&mut db).unwrap();
        }
        let etat = Etat::ouvrir(chemin.clone());
        let chiffree = |e: &Etat| e.avec("essai", |db| Ok(db.est_chiffree())).unwrap();
        let p1 = "le chat dort au soleil";
        etat.remplacer_fichier(PhraseApres::Nouvelle(Some(p1.into())), |c, _| chiffrement::definir_phrase(c, p1)).unwrap();
        assert!(chiffree(&etat), "rouvert avec la nouvelle phrase");
        assert!(chiffrement::est_chiffre(&chemin));

        // A wrong current passphrase, again and again: refused before the file is closed, the
        // app stays open (no retry delay can lock the session out).
        for _ in 0..4 {
            assert_eq!(etat.verifier_phrase_actuelle("pas la bonne phrase").unwrap_err().code, CodeErreur::PhraseSecreteIncorrecte);
        }
        assert!(etat.verifier_phrase_actuelle(p1).is_ok());
        // The core refusing the change: the file reopens as it was, with the same passphrase.
        let refus = etat
            .remplacer_fichier(PhraseApres::Nouvelle(Some("autre phrase longue".into())), |c, _| {
                chiffrement::changer_phrase(c, "pas la bonne phrase", "autre phrase longue")
            })
            .unwrap_err();
        assert_eq!(refus.code, CodeErreur::PhraseSecreteIncorrecte);
        assert!(chiffree(&etat), "toujours ouvert après le refus");
        assert_eq!(etat.phrase().as_deref(), Some(p1));

        etat.remplacer_fichier(PhraseApres::Nouvelle(None), |c, phrase| chiffrement::retirer_phrase(c, phrase.unwrap())).unwrap();
        assert!(!chiffree(&etat));
        assert!(!chiffrement::est_chiffre(&chemin));
        assert!(etat.avec("essai", |db| Ok(oepre_core::demo::ecole::etat_accueil(db)?.chemin_base)).is_ok());
    }

    #[test]
    fn remplacer_le_fichier_rouvre_sur_les_nouvelles_donnees() {
        let tmp = tempfile::tempdir().unwrap();
        let chemin = tmp.path().join("oepre.sqlite");
        let autre = tmp.path().join("autre.sqlite");
        {
            let mut db = Db::ouvrir(&autre).unwrap();
            oepre_core::demo::ecole::charger(&mut db).unwrap();
        }
        let etat = Etat::ouvrir(chemin);
        let parents = |e: &Etat| e.avec("essai", |db| Ok(db.conn().query_row("SELECT count(*) FROM parent", [], |r| r.get::<_, i64>(0))?)).unwrap();
        assert_eq!(parents(&etat), 0);
        etat.remplacer_fichier(PhraseApres::Inchangee, |c, _| {
            std::fs::copy(&autre, c).map_err(|source| Erreur::Fichier { chemin: c.to_owned(), source })?;
            Ok(())
        })
        .unwrap();
        assert!(parents(&etat) > 0, "l'application continue sur le fichier remplacé");
    }
}

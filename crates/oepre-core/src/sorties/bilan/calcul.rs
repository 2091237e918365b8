//! Computing the bilan of a school year ([`calculer`], [`calculer_au`]): who is counted and how
//! (see the module documentation of [`super`]), reading every figure from the feature's own
//! module (hours, séances, intervenants, parents' path, follow-up ticks), never recomputing it.

use super::*;

/// One counted line: an enrolment (per atelier) or a parent (for the school).
#[derive(Clone)]
struct Ligne {
    parent_id: i64,
    sexe: Option<Sexe>,
    nationalite: Option<String>,
    primo: Option<bool>,
    approximative: bool,
    francophone: bool,
    cir: bool,
    protection: bool,
    reinscription: bool,
    au_debut: bool,
    parti: bool,
    parti_le: Option<NaiveDate>,
    motif: Option<MotifDepart>,
    suivies: i64,
    dispensees: i64,
    prescripteur: Option<Prescripteur>,
    attentes: Vec<Attente>,
    inscrit_le: NaiveDate,
    orientation: Option<Orientation>,
}

/// Evaluations and certifications of one enrolment.
#[derive(Default)]
struct Evaluations {
    niveaux: [Option<NiveauCecrl>; 4],
    certifications: Vec<(Diplome, Option<bool>)>,
}

fn niveau(s: Option<String>) -> Option<NiveauCecrl> {
    s.as_deref().and_then(NiveauCecrl::depuis_code)
}

/// The bilan of the school year `annee_id`, with the completeness list as of today (local date).
pub fn calculer(db: &Db, annee_id: i64) -> Resultat<Bilan> {
    calculer_au(db, annee_id, chrono::Local::now().date_naive())
}

/// The bilan of the school year `annee_id`, with the completeness list as of `aujourd_hui`
/// (tests and benchmarks pass a fixed date: the same data give the same bilan).
pub fn calculer_au(db: &Db, annee_id: i64, aujourd_hui: NaiveDate) -> Resultat<Bilan> {
    let conn = db.conn();
    let annee = annee::par_id(conn, annee_id)?;
    let rentree = annee.premier_jour;
    let etab = etablissement::lire(conn)?;
    let etablissement = EtablissementBilan {
        uai: etab.as_ref().map(|e| e.uai.clone()).unwrap_or_default(),
        nom: etab.as_ref().map(|e| e.nom.clone()).unwrap_or_default(),
        type_etablissement: etab.as_ref().map(|e| e.type_etablissement.code().to_owned()).unwrap_or_default(),
        commune: etab.as_ref().map(|e| e.commune.clone()).unwrap_or_default(),
        academie: etab.as_ref().map(|e| e.academie.clone()).unwrap_or_default(),
    };
    let statuts: HashMap<i64, Statut> = intervenant::lister(conn)?.into_iter().map(|i| (i.id, i.statut)).collect();

    let mut ateliers = Vec::new();
    let mut ecole = Chiffres {
        axes_programmes: Some(MinutesAxes::default()),
        axes_realises: Some(MinutesAxes::default()),
        assiduite_par_mois: Some(Vec::new()),
        ..Chiffres::default()
    };
    let mut toutes_lignes: Vec<Ligne> = Vec::new();
    let mut toutes_evals: Vec<Evaluations> = Vec::new();
    let mut attente_parents: Vec<i64> = Vec::new();
    let mut statut_ecole: BTreeMap<usize, (Vec<i64>, i64)> = BTreeMap::new();
    for a in atelier::lister(conn, annee_id)? {
        let seances = seance::lister(conn, a.id)?;
        let t = Totaux::calculer(a.minutes_prevues, &seances, annee.dernier_jour);
        let mut c = Chiffres {
            groupes: 1,
            minutes_prevues: t.minutes_prevues,
            minutes_programmees: t.minutes_programmees,
            minutes_realisees: t.minutes_realisees,
            seances_programmees: t.seances_programmees,
            seances_realisees: t.seances_realisees,
            seances_annulees: t.seances_annulees,
            axes_programmes: Some(t.axes_programmes),
            axes_realises: Some(t.axes_realises),
            suivi_parents: Some(suivi_parents::compter(conn, annee_id, Some(a.id))?),
            ..Chiffres::default()
        };
        // Intervenants by status: non-cancelled séances, each intervenant fully (co-animation).
        let mut par_statut: BTreeMap<usize, (Vec<i64>, i64)> = BTreeMap::new();
        for s in seances.iter().filter(|s| !s.annulee) {
            for i in &s.intervenants {
                let Some(st) = statuts.get(&i.id) else { continue };
                let rang = Statut::TOUS.iter().position(|x| x == st).unwrap_or(0);
                for m in [&mut par_statut, &mut statut_ecole] {
                    let e = m.entry(rang).or_default();
                    if !e.0.contains(&i.id) {
                        e.0.push(i.id);
                    }
                    e.1 += s.duree_minutes;
                }
            }
        }
        c.intervenants = lignes_statut(&par_statut);
        let (lignes, evals, attente, mois) = lignes_atelier(conn, a.id, a.premier_jour, rentree)?;
        c.parents = compter(&lignes, &evals, attente.len() as i64);
        fusion::additionner_mois(ecole.assiduite_par_mois.get_or_insert_with(Vec::new), &mois);
        c.assiduite_par_mois = Some(mois);
        attente_parents.extend(attente);
        toutes_lignes.extend(lignes);
        toutes_evals.extend(evals);
        ecole.groupes += 1;
        ecole.minutes_prevues += c.minutes_prevues;
        ecole.minutes_programmees += c.minutes_programmees;
        ecole.minutes_realisees += c.minutes_realisees;
        ecole.seances_programmees += c.seances_programmees;
        ecole.seances_realisees += c.seances_realisees;
        ecole.seances_annulees += c.seances_annulees;
        for (e, x) in [(&mut ecole.axes_programmes, &t.axes_programmes), (&mut ecole.axes_realises, &t.axes_realises)] {
            e.get_or_insert_with(MinutesAxes::default).additionner(x);
        }
        ateliers.push(AtelierBilan { id: a.id, nom: a.nom, niveau: a.niveau, chiffres: c });
    }
    ecole.intervenants = lignes_statut(&statut_ecole);
    ecole.suivi_parents = Some(suivi_parents::compter(conn, annee_id, None)?);
    // The school: one line per distinct parent.
    let mut par_parent: BTreeMap<i64, Ligne> = BTreeMap::new();
    for l in toutes_lignes {
        match par_parent.get_mut(&l.parent_id) {
            None => {
                par_parent.insert(l.parent_id, l);
            }
            Some(p) => {
                p.reinscription |= l.reinscription;
                p.au_debut |= l.au_debut;
                p.suivies += l.suivies;
                p.dispensees += l.dispensees;
                if l.orientation.is_some() && (p.orientation.is_none() || l.inscrit_le >= p.inscrit_le) {
                    (p.orientation, p.inscrit_le) = (l.orientation, l.inscrit_le);
                }
                if !l.parti {
                    (p.parti, p.parti_le, p.motif) = (false, None, None);
                } else if p.parti && l.parti_le > p.parti_le {
                    (p.parti_le, p.motif) = (l.parti_le, l.motif);
                }
            }
        }
    }
    attente_parents.sort_unstable();
    attente_parents.dedup();
    let attente = attente_parents.iter().filter(|id| !par_parent.contains_key(id)).count() as i64;
    let lignes: Vec<Ligne> = par_parent.into_values().collect();
    ecole.parents = compter(&lignes, &toutes_evals, attente);

    let (intervenants, mut finances, avertissements) = financier(conn, &annee)?;
    let autres = finances::lister_conn(conn, annee_id)?;
    finances.depenses_par_categorie = CategorieDepense::TOUTES
        .iter()
        .map(|c| LigneCategorie {
            categorie: c.code().into(),
            libelle: c.libelle().into(),
            centimes: autres.depenses.iter().filter(|d| d.categorie == *c).map(|d| d.centimes).sum(),
        })
        .collect();
    finances.autres_depenses_centimes = autres.total_depenses_centimes;
    finances.total_depenses_centimes = finances.total_centimes + autres.total_depenses_centimes;
    finances.financements_centimes = autres.total_financements_centimes;
    finances.solde_centimes = autres.total_financements_centimes - finances.total_depenses_centimes;
    finances.depenses = autres.depenses;
    finances.financements = autres.financements;
    let qualitatif = qualitatif::lire_conn(conn, annee_id)?;
    let points = controle::verifier_au(db, annee_id, aujourd_hui)?;
    Ok(Bilan {
        schema: SCHEMA.into(),
        etablissement,
        annee: annee.libelle,
        premier_jour: annee.premier_jour,
        dernier_jour: annee.dernier_jour,
        seuil_nationalites: SEUIL_NATIONALITE,
        ecole,
        ateliers,
        intervenants,
        finances,
        avertissements,
        qualitatif,
        points_a_verifier: Some(points),
    })
}

fn lignes_statut(m: &BTreeMap<usize, (Vec<i64>, i64)>) -> Vec<LigneStatut> {
    m.iter()
        .map(|(&rang, (ids, minutes))| LigneStatut {
            statut: Statut::TOUS[rang].code().into(),
            libelle: Statut::TOUS[rang].libelle().into(),
            personnes: ids.len() as i64,
            minutes: *minutes,
        })
        .collect()
}

/// The counted enrolments of an atelier, their evaluations, the waiting list's parents, and the
/// hours per month (one pass over the marks for both, [`heures::par_inscription_et_mois`]).
type LignesAtelier = (Vec<Ligne>, Vec<Evaluations>, Vec<i64>, Vec<AssiduiteMois>);

fn lignes_atelier(conn: &Connection, atelier_id: i64, premier_jour: NaiveDate, rentree: NaiveDate) -> Resultat<LignesAtelier> {
    let (heures, mois) = heures::par_inscription_et_mois(conn, &Portee::Atelier(atelier_id))?;
    let mut certifs: HashMap<i64, Vec<(Diplome, Option<bool>)>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT c.inscription_id, c.diplome, c.obtenue FROM certification c JOIN inscription i ON i.id = c.inscription_id
         WHERE i.atelier_id = ?1 ORDER BY c.id",
    )?;
    let mut rows = stmt.query([atelier_id])?;
    while let Some(r) = rows.next()? {
        if let Some(d) = Diplome::depuis_code(&r.get::<_, String>(1)?) {
            certifs.entry(r.get(0)?).or_default().push((d, r.get(2)?));
        }
    }
    let mut stmt = conn.prepare(
        "SELECT i.id, i.parent_id, i.statut, i.parti_le, i.motif_depart, i.reinscription,
                i.entree_oral, i.entree_ecrit, i.sortie_oral, i.sortie_ecrit,
                p.sexe, p.nationalite, p.annee_arrivee, p.cir, p.protection_internationale, p.mois_arrivee,
                EXISTS (SELECT 1 FROM parent_langue l WHERE l.parent_id = p.id AND l.langue = 'fr'),
                i.inscrit_le, p.prescripteur, i.orientation,
                (SELECT group_concat(attente) FROM parent_attente a WHERE a.parent_id = p.id)
         FROM inscription i JOIN parent p ON p.id = i.parent_id WHERE i.atelier_id = ?1 ORDER BY i.id",
    )?;
    let mut rows = stmt.query([atelier_id])?;
    let (mut lignes, mut evals, mut attente) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let parent_id: i64 = r.get(1)?;
        let statut = StatutInscription::depuis_code(&r.get::<_, String>(2)?);
        if statut == Some(StatutInscription::Attente) {
            attente.push(parent_id);
            continue;
        }
        let h = heures.get(&id).cloned().unwrap_or_default();
        lignes.push(Ligne {
            parent_id,
            sexe: r.get::<_, Option<String>>(10)?.as_deref().and_then(Sexe::lire),
            nationalite: r.get(11)?,
            primo: est_primo_arrivant(r.get(12)?, r.get(15)?, rentree),
            approximative: arrivee_approximative(r.get(12)?, r.get(15)?, rentree),
            francophone: r.get(16)?,
            cir: r.get(13)?,
            protection: r.get(14)?,
            reinscription: r.get(5)?,
            au_debut: r.get::<_, NaiveDate>(17)? <= premier_jour,
            parti: statut == Some(StatutInscription::Parti),
            parti_le: r.get(3)?,
            motif: r.get::<_, Option<String>>(4)?.as_deref().and_then(MotifDepart::depuis_code),
            suivies: h.minutes_suivies,
            dispensees: h.minutes_dispensees,
            prescripteur: r.get::<_, Option<String>>(18)?.as_deref().and_then(Prescripteur::depuis_code),
            attentes: r.get::<_, Option<String>>(20)?.unwrap_or_default().split(',').filter_map(Attente::depuis_code).collect(),
            inscrit_le: r.get(17)?,
            orientation: r.get::<_, Option<String>>(19)?.as_deref().and_then(Orientation::depuis_code),
        });
        evals.push(Evaluations {
            niveaux: [niveau(r.get(6)?), niveau(r.get(7)?), niveau(r.get(8)?), niveau(r.get(9)?)],
            certifications: certifs.remove(&id).unwrap_or_default(),
        });
    }
    Ok((lignes, evals, attente, mois))
}

const NON_RENSEIGNE: &str = "non_renseigne";

/// Nationalities of a scope with the threshold applied.
fn nationalites(lignes: &[Ligne]) -> Vec<Compte> {
    let mut n: BTreeMap<&str, i64> = BTreeMap::new();
    let mut inconnue = 0;
    for l in lignes {
        match l.nationalite.as_deref().filter(|s| !s.is_empty()) {
            Some(c) => *n.entry(c).or_default() += 1,
            None => inconnue += 1,
        }
    }
    let autres: i64 = n.values().filter(|&&x| x < SEUIL_NATIONALITE).sum();
    let mut v: Vec<Compte> = n
        .into_iter()
        .filter(|&(_, x)| x >= SEUIL_NATIONALITE)
        .map(|(c, x)| Compte { code: c.into(), libelle: referentiels::nom_pays(c).into(), nombre: x })
        .collect();
    v.sort_by(|a, b| b.nombre.cmp(&a.nombre).then_with(|| a.libelle.cmp(&b.libelle)));
    if autres > 0 {
        v.push(Compte { code: "autres".into(), libelle: "Autres nationalités".into(), nombre: autres });
    }
    if inconnue > 0 {
        v.push(Compte { code: NON_RENSEIGNE.into(), libelle: "Non renseignée".into(), nombre: inconnue });
    }
    v
}

fn compter(lignes: &[Ligne], evals: &[Evaluations], en_attente: i64) -> ChiffresParents {
    let mut c = ChiffresParents { en_attente, publics_distingues: true, inscrits_au_debut: Some(0), ..ChiffresParents::default() };
    let mut motifs: Vec<i64> = vec![0; MotifDepart::TOUS.len() + 1];
    for l in lignes {
        c.inscrits += 1;
        if l.parti {
            c.partis += 1;
            motifs[l.motif.and_then(|m| MotifDepart::TOUS.iter().position(|x| *x == m)).unwrap_or(MotifDepart::TOUS.len())] += 1;
        } else {
            c.en_cours += 1;
        }
        match l.sexe {
            Some(Sexe::F) => c.femmes += 1,
            Some(Sexe::M) => c.hommes += 1,
            None => c.sexe_non_renseigne += 1,
        }
        match l.primo {
            Some(true) => c.primo_arrivants += 1,
            Some(false) => {}
            None => c.primo_inconnu += 1,
        }
        c.arrivee_approximative += i64::from(l.approximative);
        c.hors_ue += i64::from(l.nationalite.as_deref().is_some_and(referentiels::est_hors_ue_eee_suisse));
        if est_public_prioritaire(l.nationalite.as_deref(), l.primo, l.cir) {
            c.public_prioritaire += 1;
        } else if l.francophone {
            c.francophones_hors_prioritaire += 1;
        } else {
            c.autres_allophones_hors_prioritaire += 1;
        }
        c.cir += i64::from(l.cir);
        c.protection_internationale += i64::from(l.protection);
        c.autres_allophones += i64::from(l.primo != Some(true) && !l.cir && !l.protection);
        c.reinscrits += i64::from(l.reinscription);
        if let Some(n) = c.inscrits_au_debut.as_mut() {
            *n += i64::from(l.au_debut);
        }
        c.minutes_suivies += l.suivies;
        c.minutes_dispensees += l.dispensees;
    }
    c.departs_par_motif = motifs
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(i, &n)| match MotifDepart::TOUS.get(i) {
            Some(m) => Compte { code: m.code().into(), libelle: m.libelle().into(), nombre: n },
            None => Compte { code: NON_RENSEIGNE.into(), libelle: "non renseigné".into(), nombre: n },
        })
        .collect();
    let connus = c.femmes + c.hommes;
    c.part_femmes = (connus > 0).then(|| c.femmes as f64 / connus as f64);
    c.nationalites = nationalites(lignes);
    c.minutes_suivies_moyenne = (c.inscrits > 0).then(|| c.minutes_suivies as f64 / c.inscrits as f64);
    c.taux_assiduite = (c.minutes_dispensees > 0).then(|| c.minutes_suivies as f64 / c.minutes_dispensees as f64);
    // CECRL table.
    let mut niveaux: Vec<LigneNiveau> = NiveauCecrl::TOUS
        .iter()
        .map(|n| LigneNiveau { niveau: n.code().into(), ..LigneNiveau::default() })
        .chain(std::iter::once(LigneNiveau { niveau: "non_evalue".into(), ..LigneNiveau::default() }))
        .collect();
    let mut certifs: Vec<LigneCertification> = Diplome::TOUS
        .iter()
        .map(|d| LigneCertification { diplome: d.code().into(), tentees: 0, obtenues: 0, resultat_inconnu: 0 })
        .collect();
    for e in evals {
        for (k, n) in e.niveaux.iter().enumerate() {
            let rang = n.and_then(|n| NiveauCecrl::TOUS.iter().position(|x| *x == n)).unwrap_or(NiveauCecrl::TOUS.len());
            let l = &mut niveaux[rang];
            *[&mut l.entree_oral, &mut l.entree_ecrit, &mut l.sortie_oral, &mut l.sortie_ecrit][k] += 1;
        }
        for (d, ok) in &e.certifications {
            if let Some(rang) = Diplome::TOUS.iter().position(|x| x == d) {
                let l = &mut certifs[rang];
                l.tentees += 1;
                match ok {
                    Some(true) => l.obtenues += 1,
                    Some(false) => {}
                    None => l.resultat_inconnu += 1,
                }
            }
        }
    }
    c.niveaux = niveaux;
    c.certifications = certifs.into_iter().filter(|l| l.tentees > 0).collect();
    parcours(&mut c, lignes, evals);
    c
}

/// A count per code, every code in order (zero included), then `non_renseigne`.
fn par_code<T: Copy + PartialEq>(tous: &[T], code: fn(T) -> &'static str, libelle: fn(T) -> &'static str, valeurs: impl Iterator<Item = Option<T>>, non_renseigne: &str) -> Vec<Compte> {
    let mut n = vec![0i64; tous.len() + 1];
    for v in valeurs {
        n[v.and_then(|v| tous.iter().position(|x| *x == v)).unwrap_or(tous.len())] += 1;
    }
    tous.iter()
        .map(|&t| (code(t), libelle(t)))
        .chain(std::iter::once((NON_RENSEIGNE, non_renseigne)))
        .zip(n)
        .map(|((code, libelle), nombre)| Compte { code: code.into(), libelle: libelle.into(), nombre })
        .collect()
}

/// The parents' path: referral and expectations per line, orientation per line, progress per
/// evaluated enrolment.
fn parcours(c: &mut ChiffresParents, lignes: &[Ligne], evals: &[Evaluations]) {
    c.prescripteurs = Some(par_code(Prescripteur::TOUS, Prescripteur::code, Prescripteur::libelle, lignes.iter().map(|l| l.prescripteur), "Non renseigné"));
    c.orientations = Some(par_code(Orientation::TOUS, Orientation::code, Orientation::libelle, lignes.iter().map(|l| l.orientation), "Non décidée"));
    let mut attentes: Vec<Compte> = Attente::TOUS
        .iter()
        .map(|a| Compte { code: a.code().into(), libelle: a.libelle().into(), nombre: lignes.iter().filter(|l| l.attentes.contains(a)).count() as i64 })
        .collect();
    attentes.push(Compte { code: NON_RENSEIGNE.into(), libelle: "Aucune attente cochée".into(), nombre: lignes.iter().filter(|l| l.attentes.is_empty()).count() as i64 });
    c.attentes = Some(attentes);
    let mut progression = vec![
        LigneProgression { competence: "oral".into(), libelle: "Oral".into(), ..LigneProgression::default() },
        LigneProgression { competence: "ecrit".into(), libelle: "Écrit".into(), ..LigneProgression::default() },
    ];
    for e in evals {
        for (k, l) in progression.iter_mut().enumerate() {
            match evolution(e.niveaux[k], e.niveaux[k + 2]) {
                Some(Evolution::Progres) => l.progres += 1,
                Some(Evolution::Stable) => l.stable += 1,
                Some(Evolution::Recul) => l.recul += 1,
                None => l.non_evalue += 1,
            }
        }
    }
    c.progression = Some(progression);
}

/// The months window of a school year, as the intervenants screen uses it: September to
/// August, widened to the year's own first and last days.
fn fenetre(a: &annee::AnneeScolaire) -> (NaiveDate, NaiveDate) {
    let debut: i32 = a.libelle.get(..4).and_then(|s| s.parse().ok()).unwrap_or(a.premier_jour.year());
    (
        NaiveDate::from_ymd_opt(debut, 9, 1).unwrap_or(a.premier_jour).min(a.premier_jour),
        NaiveDate::from_ymd_opt(debut + 1, 8, 31).unwrap_or(a.dernier_jour).max(a.dernier_jour),
    )
}

fn financier(conn: &Connection, a: &annee::AnneeScolaire) -> Resultat<(Vec<IntervenantBilan>, Finances, Vec<Avertissement>)> {
    let (du, au) = fenetre(a);
    let taux = intervenant::lister_taux(conn)?;
    let mut taux_utilises: Vec<TauxVacation> = Vec::new();
    let mut v = Vec::new();
    let mut avertissements = Vec::new();
    let mut f = Finances {
        total_centimes: 0,
        minutes_vacation: 0,
        minutes_hors_vacation: 0,
        taux_appliques: Vec::new(),
        depenses_par_categorie: Vec::new(),
        depenses: Vec::new(),
        financements: Vec::new(),
        autres_depenses_centimes: 0,
        total_depenses_centimes: 0,
        financements_centimes: 0,
        solde_centimes: 0,
    };
    for i in intervenant::lister(conn)? {
        let mois = intervenant::heures_par_mois(conn, &i, du, au)?;
        if mois.is_empty() {
            continue;
        }
        let rang = v.len() + 1;
        let libelle = format!("Intervenant·e {rang}");
        let seances = intervenant::seances_de(conn, i.id)?;
        for (d, _) in seances.iter().filter(|(d, _)| du <= *d && *d <= au) {
            if let Some(t) = taux.iter().rev().find(|t| t.depuis <= *d) {
                if !taux_utilises.contains(t) {
                    taux_utilises.push(t.clone());
                }
            }
        }
        let plafond = intervenant::depassement_plafond(&seances);
        if let Some((date, minutes)) = plafond {
            avertissements.push(Avertissement::new(
                CodeAvertissement::PlafondVacations,
                format!(
                    "{libelle} ({}) dépasse le plafond de 250 h sur 12 mois consécutifs : {} de séances sur les 12 mois qui finissent le {}.",
                    i.statut.libelle(),
                    heures_fr(minutes),
                    date_fr(date)
                ),
            ));
        }
        let minutes: i64 = mois.iter().map(|m| m.minutes).sum();
        let vacation = i.remuneration == Some(Remuneration::Vacation);
        let centimes = vacation.then(|| mois.iter().filter_map(|m| m.centimes_vacation).sum::<i64>());
        if vacation {
            f.minutes_vacation += minutes;
            f.total_centimes += centimes.unwrap_or(0);
        } else {
            f.minutes_hors_vacation += minutes;
        }
        v.push(IntervenantBilan {
            id: i.id,
            libelle,
            statut: i.statut.code().into(),
            remuneration: i.remuneration.map(|r| r.code().to_owned()),
            seances: mois.iter().map(|m| m.seances).sum(),
            minutes,
            centimes,
            mois,
            plafond_depasse_le: plafond.map(|p| p.0),
            plafond_minutes: plafond.map(|p| p.1),
        });
    }
    taux_utilises.sort_by_key(|t| t.depuis);
    f.taux_appliques = taux_utilises;
    Ok((v, f, avertissements))
}

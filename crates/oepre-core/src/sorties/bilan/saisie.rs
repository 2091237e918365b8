//! The « fiche de saisie » of each bilan: every figure the online form is likely to ask, in the
//! order of the bilan, ready to copy by hand into the survey (the official list of fields could
//! not be found, see `docs/domain.md` §7). One list for the quantitative and qualitative bilan
//! (enquête Orquestra of the DGESCO), one for the financial bilan (online survey of the DAEPS).
//!
//! The PDFs print them as a numbered table with a box to tick once a figure is typed
//! ([`super::pdf`], [`super::financier_pdf`]); the workbooks as a sheet « Fiche de saisie »
//! whose figures are real numbers ([`super::xlsx`], [`super::financier_xlsx`]). Aggregates
//! only: no parent's or intervenant's name (atelier names are the school's own labels).

use super::{Bilan, Chiffres};
use crate::domaine::heures::formater_taux;
use crate::domaine::intervenant::{Remuneration, Statut};

/// A value of the fiche, typed so the workbook writes numbers and the PDF French text.
#[derive(Debug, Clone, PartialEq)]
pub enum ValeurSaisie {
    /// A count.
    Nombre(i64),
    /// Minutes, written as decimal hours (« 8,25 h »): online forms ask a number of hours.
    Heures(i64),
    /// Cents, written « 1 234,56 € ».
    Euros(i64),
    /// A rate (« 72 % »), « — » when it cannot be computed.
    Taux(Option<f64>),
    /// Anything else (names of partners, « 3 / 2 »…).
    Texte(String),
}

impl ValeurSaisie {
    /// As printed in the PDF.
    pub fn texte(&self) -> String {
        match self {
            Self::Nombre(n) => n.to_string(),
            Self::Heures(m) => format!("{} h", heures_decimales(*m)),
            Self::Euros(c) => super::pdf::euros(*c),
            Self::Taux(t) => formater_taux(*t),
            Self::Texte(t) => t.clone(),
        }
    }
}

/// `525` minutes → « 8,75 »; `540` → « 9 » (two decimals at most, French comma).
pub fn heures_decimales(minutes: i64) -> String {
    let centiemes = (minutes as f64 * 100.0 / 60.0).round() as i64;
    let (e, c) = (centiemes / 100, (centiemes % 100).abs());
    let signe = if centiemes < 0 && e == 0 { "-" } else { "" };
    match c {
        0 => format!("{signe}{e}"),
        c if c % 10 == 0 => format!("{signe}{e},{}", c / 10),
        c => format!("{signe}{e},{c:02}"),
    }
}

/// One line of a fiche de saisie.
#[derive(Debug, Clone, PartialEq)]
pub struct LigneSaisie {
    /// The part of the bilan it belongs to (« Parents », « Dépenses »…).
    pub rubrique: String,
    /// What the form asks, in French.
    pub libelle: String,
    /// The figure to type.
    pub valeur: ValeurSaisie,
}

struct Fiche(Vec<LigneSaisie>, String);

impl Fiche {
    fn rubrique(&mut self, r: impl Into<String>) {
        self.1 = r.into();
    }
    fn l(&mut self, libelle: impl Into<String>, valeur: ValeurSaisie) {
        self.0.push(LigneSaisie { rubrique: self.1.clone(), libelle: libelle.into(), valeur });
    }
}

use ValeurSaisie::{Euros, Heures, Nombre, Taux, Texte};

fn texte_ou_tiret(s: &str) -> ValeurSaisie {
    Texte(if s.trim().is_empty() { "—".into() } else { s.trim().into() })
}

/// The figures of one scope's hours and séances, in the order of the synthèse.
fn heures(f: &mut Fiche, c: &Chiffres) {
    let ar = c.axes_realises.unwrap_or_default();
    f.l("Séances réalisées (appel fait)", Nombre(c.seances_realisees));
    f.l("Séances programmées (non annulées)", Nombre(c.seances_programmees));
    f.l("Séances annulées", Nombre(c.seances_annulees));
    f.l("Heures prévues", Heures(c.minutes_prevues));
    f.l("Heures réalisées", Heures(c.minutes_realisees));
    f.l("Heures réalisées — axe 1 : langue française", Heures(ar.langue));
    f.l("Heures réalisées — axe 2 : la connaissance du fonctionnement et des attentes de l'École", Heures(ar.ecole));
    f.l("Heures réalisées — axe 3 : valeurs de la République", Heures(ar.valeurs));
}

/// The fiche of the quantitative and qualitative bilan (enquête Orquestra), in the order of the
/// bilan: school, hours and séances, each atelier, parents, levels and certifications,
/// intervenants, qualitative part.
pub fn quantitative(b: &Bilan) -> Vec<LigneSaisie> {
    let mut f = Fiche(Vec::new(), String::new());
    let e = &b.etablissement;
    f.rubrique("Établissement");
    f.l("UAI", texte_ou_tiret(&e.uai));
    f.l("Nom de l'établissement", texte_ou_tiret(&e.nom));
    f.l("Commune", texte_ou_tiret(&e.commune));
    f.l("Académie", texte_ou_tiret(&e.academie));
    f.l("Année scolaire", Texte(b.annee.clone()));
    f.rubrique("Ateliers et heures (établissement)");
    f.l("Nombre de groupes (ateliers)", Nombre(b.ecole.groupes));
    heures(&mut f, &b.ecole);
    for a in &b.ateliers {
        let c = &a.chiffres;
        let p = &c.parents;
        f.rubrique(if a.niveau.trim().is_empty() { format!("Atelier « {} »", a.nom) } else { format!("Atelier « {} » ({})", a.nom, a.niveau) });
        heures(&mut f, c);
        f.l("Effectif au démarrage", Nombre(p.inscrits_au_debut.unwrap_or(0)));
        f.l("Parents inscrits sur l'année", Nombre(p.inscrits));
        f.l("Parents présents en fin d'année", Nombre(p.en_cours));
        f.l("Parents partis en cours d'année", Nombre(p.partis));
        f.l(super::LIBELLE_PUBLIC_PRIORITAIRE, Nombre(p.public_prioritaire));
        f.l("Taux d'assiduité", Taux(p.taux_assiduite));
    }
    let p = &b.ecole.parents;
    f.rubrique("Parents (établissement, chacun compté une fois)");
    f.l("Effectif au démarrage", Nombre(p.inscrits_au_debut.unwrap_or(0)));
    f.l("Arrivées en cours d'année", Nombre(p.inscrits - p.inscrits_au_debut.unwrap_or(0)));
    f.l("Parents inscrits sur l'année", Nombre(p.inscrits));
    f.l("Parents présents en fin d'année", Nombre(p.en_cours));
    f.l("Parents partis en cours d'année", Nombre(p.partis));
    for m in &p.departs_par_motif {
        f.l(format!("Départs — {}", m.libelle), Nombre(m.nombre));
    }
    f.l("Parents en liste d'attente", Nombre(p.en_attente));
    f.l("Femmes", Nombre(p.femmes));
    f.l("Hommes", Nombre(p.hommes));
    f.l("Sexe non renseigné", Nombre(p.sexe_non_renseigne));
    f.l("Part des femmes", Taux(p.part_femmes));
    f.l(super::LIBELLE_PUBLIC_PRIORITAIRE, Nombre(p.public_prioritaire));
    f.l(super::LIBELLE_AUTRES_ALLOPHONES, Nombre(p.autres_allophones_hors_prioritaire));
    f.l(super::LIBELLE_AUTRES_FRANCOPHONES, Nombre(p.francophones_hors_prioritaire));
    f.l("Nationalité hors UE / EEE / Suisse", Nombre(p.hors_ue));
    f.l("Primo-arrivants (arrivés moins de 5 ans avant la rentrée)", Nombre(p.primo_arrivants));
    f.l("Signataires du CIR", Nombre(p.cir));
    f.l("Protection internationale", Nombre(p.protection_internationale));
    f.l("Réinscrits d'une année précédente", Nombre(p.reinscrits));
    f.l("Heures suivies en moyenne par parent", p.minutes_suivies_moyenne.map_or(Texte("—".into()), |m| Heures(m.round() as i64)));
    f.l("Taux d'assiduité (heures suivies ÷ heures dispensées)", Taux(p.taux_assiduite));
    f.rubrique(format!("Nationalités (moins de {} parents : « Autres nationalités »)", b.seuil_nationalites));
    for n in &p.nationalites {
        f.l(n.libelle.clone(), Nombre(n.nombre));
    }
    f.rubrique("Niveaux CECRL (par inscription) : oral / écrit");
    for l in p.niveaux.iter().filter(|l| l.entree_oral + l.entree_ecrit + l.sortie_oral + l.sortie_ecrit > 0) {
        let n = if l.niveau == "non_evalue" { "non évalué".to_owned() } else { l.niveau.clone() };
        f.l(format!("À l'entrée : {n}"), Texte(format!("{} / {}", l.entree_oral, l.entree_ecrit)));
        f.l(format!("À la sortie : {n}"), Texte(format!("{} / {}", l.sortie_oral, l.sortie_ecrit)));
    }
    f.rubrique("Certifications : présentées / obtenues");
    if p.certifications.is_empty() {
        f.l("Certifications présentées", Nombre(0));
    }
    for c in &p.certifications {
        f.l(c.diplome.clone(), Texte(format!("{} / {}", c.tentees, c.obtenues)));
    }
    if let Some(v) = &p.progression {
        f.rubrique("Progression du niveau CECRL, entrée → sortie (par inscription) : oral / écrit");
        let (o, e) = (v.iter().find(|l| l.competence == "oral"), v.iter().find(|l| l.competence == "ecrit"));
        for (libelle, lire) in [
            ("En progrès", (|l: &super::LigneProgression| l.progres) as fn(&super::LigneProgression) -> i64),
            ("Niveau stable", |l| l.stable),
            ("En recul", |l| l.recul),
            ("Entrée ou sortie non évaluée", |l| l.non_evalue),
        ] {
            f.l(libelle, Texte(format!("{} / {}", o.map_or(0, lire), e.map_or(0, lire))));
        }
    }
    for (rubrique, comptes) in [
        ("Orientés vers l'atelier par (par parent)", &p.prescripteurs),
        ("Attentes à l'inscription (plusieurs réponses possibles)", &p.attentes),
        ("Orientation en fin d'atelier (par parent)", &p.orientations),
    ] {
        if let Some(v) = comptes {
            f.rubrique(rubrique);
            for c in v {
                f.l(c.libelle.clone(), Nombre(c.nombre));
            }
        }
    }
    f.rubrique("Intervenants : personnes / heures de séances");
    for l in &b.ecole.intervenants {
        f.l(l.libelle.clone(), Texte(format!("{} / {} h", l.personnes, heures_decimales(l.minutes))));
    }
    let q = &b.qualitatif;
    f.rubrique("Bilan qualitatif");
    let partenaires: Vec<&str> = q.partenaires.iter().map(|p| p.libelle()).collect();
    f.l("Partenaires", Texte(if partenaires.is_empty() { "—".into() } else { partenaires.join(", ") }));
    for l in super::suivi::lignes(&b.ecole, &q.indicateurs) {
        f.l(l.libelle, Texte(super::suivi::resume(&l)));
    }
    f.l("Thèmes, actions, difficultés, perspectives", Texte("à recopier depuis la partie « Bilan qualitatif »".into()));
    f.0
}

/// The fiche of the financial bilan (online survey of the DAEPS): hours and intervenants, costs,
/// funding, balance.
pub fn financiere(b: &Bilan) -> Vec<LigneSaisie> {
    let mut f = Fiche(Vec::new(), String::new());
    let e = &b.etablissement;
    let fin = &b.finances;
    f.rubrique("Établissement");
    f.l("UAI", texte_ou_tiret(&e.uai));
    f.l("Nom de l'établissement", texte_ou_tiret(&e.nom));
    f.l("Année scolaire", Texte(b.annee.clone()));
    f.rubrique("Activité financée");
    f.l("Nombre de groupes (ateliers)", Nombre(b.ecole.groupes));
    f.l("Heures réalisées (ateliers)", Heures(b.ecole.minutes_realisees));
    f.l("Parents inscrits sur l'année", Nombre(b.ecole.parents.inscrits));
    f.rubrique("Intervenants");
    for r in Remuneration::TOUTES {
        let n = b.intervenants.iter().filter(|i| i.remuneration.as_deref() == Some(r.code())).count() as i64;
        if n > 0 {
            f.l(format!("Intervenants rémunérés : {}", r.libelle()), Nombre(n));
        }
    }
    let sans = b.intervenants.iter().filter(|i| i.remuneration.is_none()).count() as i64;
    if sans > 0 {
        f.l("Intervenants dont le mode de rémunération n'est pas décidé", Nombre(sans));
    }
    for s in Statut::TOUS {
        let n = b.intervenants.iter().filter(|i| i.statut == s.code()).count() as i64;
        if n > 0 {
            f.l(format!("Intervenants : {}", s.libelle()), Nombre(n));
        }
    }
    f.l("Heures payées en vacations", Heures(fin.minutes_vacation));
    f.l("Heures hors vacations (HSE, facture, non décidé)", Heures(fin.minutes_hors_vacation));
    for t in &fin.taux_appliques {
        f.l(format!("Taux horaire brut de vacation depuis le {}", t.depuis.format("%d/%m/%Y")), Euros(t.centimes_par_heure));
    }
    f.rubrique("Dépenses");
    f.l("Vacations des intervenants (brut)", Euros(fin.total_centimes));
    for c in &fin.depenses_par_categorie {
        f.l(c.libelle.clone(), Euros(c.centimes));
    }
    f.l("Total des autres dépenses", Euros(fin.autres_depenses_centimes));
    f.l("Total des dépenses", Euros(fin.total_depenses_centimes));
    f.rubrique("Financements reçus");
    for x in &fin.financements {
        f.l(format!("{} (versé le {})", x.source, x.date.format("%d/%m/%Y")), Euros(x.centimes));
    }
    f.l("Total des financements reçus", Euros(fin.financements_centimes));
    f.rubrique("Équilibre");
    f.l(if fin.solde_centimes < 0 { "Solde (financements − dépenses) : déficit" } else { "Solde (financements − dépenses)" }, Euros(fin.solde_centimes));
    f.0
}

#[cfg(test)]
mod tests {
    use super::heures_decimales;

    #[test]
    fn heures_en_decimal() {
        assert_eq!(heures_decimales(540), "9");
        assert_eq!(heures_decimales(495), "8,25");
        assert_eq!(heures_decimales(45), "0,75");
        assert_eq!(heures_decimales(90), "1,5");
        assert_eq!(heures_decimales(20), "0,33");
        assert_eq!(heures_decimales(0), "0");
    }
}

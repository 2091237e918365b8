// Généré depuis les types Rust par `make bindings` (src-tauri/src/bindings.rs).
// Ne pas modifier à la main : un test échoue si ce fichier n'est plus à jour.

export type APropos = { 
/**
 * Version of the application.
 */
version: string, 
/**
 * Schema version of the data files this version writes.
 */
version_schema: number, 
/**
 * Full path of the data file in use.
 */
fichier_donnees: string, 
/**
 * The folder holding it (backups are in its `sauvegardes/` subfolder).
 */
dossier_donnees: string, 
/**
 * Fonts embedded in the PDFs.
 */
polices: Array<Composant>, 
/**
 * Rust crates compiled into the program.
 */
bibliotheques: Array<Composant>, };

export type Academie = { 
/**
 * Name as written on documents ("Créteil").
 */
nom: string, 
/**
 * Usual holiday zone.
 */
zone: Zone | null, };

export type ActionJournal = { 
/**
 * Code stored in the log (see [`actions`]).
 */
code: string, 
/**
 * What it means, in French.
 */
libelle: string, };

export type AnneeScolaire = { 
/**
 * Row id.
 */
id: number, 
/**
 * `2025-2026`.
 */
libelle: string, 
/**
 * First day of classes.
 */
premier_jour: string, 
/**
 * Last day of classes.
 */
dernier_jour: string, 
/**
 * Whether this is the year the app works on.
 */
courante: boolean, };

export type ApercuAffiche = { 
/**
 * Locale.
 */
locale: string, 
/**
 * Language name in French.
 */
langue: string, 
/**
 * `ltr` or `rtl`.
 */
direction: string, 
/**
 * Reviewed by a native speaker; otherwise the app shows « traduction à relire ».
 */
relue: boolean, 
/**
 * Every text of the flyer in reading order.
 */
textes: Array<TexteAffiche>, };

export type ApercuAttestations = { 
/**
 * Pages of the PDF: one per enrolment with hours attended.
 */
pages: number, 
/**
 * Issued, but below the minimum rate: the app asks first.
 */
sous_le_seuil: Array<SousLeSeuil>, 
/**
 * Not issued: nothing attended.
 */
sans_attestation: Array<SansAttestation>, };

export type ApercuGeneration = { 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * First day of the atelier.
 */
premier_jour: string, 
/**
 * Last day of the atelier.
 */
dernier_jour: string, 
/**
 * Whether the shipped holidays cover the period (else see `avertissements`).
 */
calendrier_connu: boolean, 
/**
 * Unknown calendar, slots without intervenant…
 */
avertissements: Array<Avertissement>, 
/**
 * Every date the slots give, by date and time.
 */
dates: Array<DateApercu>, 
/**
 * Every slot date skipped, with its reason.
 */
ecartees: Array<DateEcarteeApercu>, 
/**
 * Regenerable séances the slots no longer give: they will be deleted.
 */
supprimees: Array<Seance>, 
/**
 * Séances from slots dated today or later that are kept whatever the slots say (past ones
 * are only counted, in `passees_conservees`).
 */
conservees: Array<SeanceConservee>, 
/**
 * Past séances from slots (roll call taken or not), kept as history.
 */
passees_conservees: number, 
/**
 * Séances added by hand: never touched.
 */
ajoutees_a_la_main: number, 
/**
 * Number of séances that will be created.
 */
a_creer: number, 
/**
 * Minutes scheduled (non-cancelled) after confirming.
 */
minutes_programmees_apres: number, 
/**
 * One French sentence summing it up.
 */
resume: string, };

export type ApercuImport = { 
/**
 * Headers of the file.
 */
entetes: Array<string>, 
/**
 * The mapping used.
 */
correspondances: Array<Correspondance>, 
/**
 * Every row.
 */
lignes: Array<LigneApercu>, 
/**
 * Every error; importing is refused while there is one.
 */
erreurs: Array<ErreurImport>, 
/**
 * Duplicates (same name and year of birth), flagged.
 */
doublons: Array<ErreurImport>, 
/**
 * Warnings (e.g. phone not kept without consent).
 */
avertissements: Array<ErreurImport>, };

export type ApercuProgramme = { 
/**
 * The séances that get the axes (as they are before the change), by date.
 */
seances: Array<Seance>, 
/**
 * Candidates left unchanged because their roll call is taken (without `aussi_faites`).
 */
faites_ignorees: number, 
/**
 * Candidates left out by « une sur deux ».
 */
alternees: number, 
/**
 * One French sentence.
 */
resume: string, };

export type ApercuPurge = { 
/**
 * Retention in force, in years.
 */
duree_annees: number, 
/**
 * School years ended before this date are past retention.
 */
date_limite: string, 
/**
 * How many parents would be anonymised.
 */
nombre: number, 
/**
 * Who, sorted by name.
 */
parents: Array<ParentAPurger>, };

export type ApercuRentree = { 
/**
 * The year that has ended.
 */
depuis: AnneeScolaire, 
/**
 * The new year's label.
 */
libelle: string, 
/**
 * Its first day of classes (proposed).
 */
premier_jour: string, 
/**
 * Its last day of classes (proposed).
 */
dernier_jour: string, 
/**
 * Whether those dates and the holidays come from the calendar shipped with the app for
 * the school's zone; if not, the school checks the dates and enters its holidays.
 */
calendrier_livre: boolean, 
/**
 * The new year is already in the file: it cannot be prepared again.
 */
deja_preparee: boolean, 
/**
 * The ateliers of the old year, carried over.
 */
ateliers: Array<AtelierReconduit>, 
/**
 * What the person should know before going on (French sentences).
 */
avertissements: Array<string>, };

export type Appel = { 
/**
 * The séance.
 */
seance: InfoSeance, 
/**
 * One row per counted enrolment, sorted by name.
 */
lignes: Array<LigneAppel>, 
/**
 * Set when the roll call is validated (marks refused until unlocked).
 */
validation: Validation | null, 
/**
 * Rows still without a mark.
 */
non_marques: number, };

export type AssiduiteMois = { 
/**
 * `2025-10`.
 */
mois: string, 
/**
 * Hours attended that month, minutes.
 */
minutes_suivies: number, 
/**
 * Hours delivered that month, minutes.
 */
minutes_dispensees: number, };

export type Atelier = { 
/**
 * Row id.
 */
id: number, 
/**
 * Its school year.
 */
annee_id: number, 
/**
 * Name ("Atelier du mardi et jeudi"), unique in the year.
 */
nom: string, 
/**
 * Level or track (alphabétisation, débutants, intermédiaires…).
 */
niveau: string, 
/**
 * Room.
 */
salle: string, 
/**
 * First day of the atelier.
 */
premier_jour: string, 
/**
 * Last day of the atelier.
 */
dernier_jour: string, 
/**
 * Planned hours, in minutes.
 */
minutes_prevues: number, 
/**
 * Lower group-size bound (warning only).
 */
effectif_min: number, 
/**
 * Upper group-size bound (warning only).
 */
effectif_max: number, 
/**
 * Partner schools when the atelier is shared (free text).
 */
partenaires: string, 
/**
 * Notes.
 */
notes: string, 
/**
 * Weekly slots, by weekday and start.
 */
creneaux: Array<CreneauAtelier>, };

export type AtelierBilan = { 
/**
 * Row id.
 */
id: number, 
/**
 * Its name.
 */
nom: string, 
/**
 * Level or track.
 */
niveau: string, 
/**
 * Its figures.
 */
chiffres: Chiffres, };

export type AtelierReconduit = { 
/**
 * The atelier of the old year.
 */
ancien_id: number, 
/**
 * Its name (kept).
 */
nom: string, 
/**
 * New first day (same week one year later, inside the new year).
 */
premier_jour: string, 
/**
 * New last day.
 */
dernier_jour: string, 
/**
 * Planned hours, as the form shows them (`120 h`).
 */
heures_prevues: string, 
/**
 * Its weekly slots with their intervenants (« mardi 14:00–16:00 — Samia Belkacem »).
 */
creneaux: Array<string>, 
/**
 * The parents enrolled at the end of the old year (offered for re-enrolment).
 */
continuent: Array<ParentReconduit>, };

export type Attente = "parler" | "lire_ecrire" | "ecole" | "valeurs" | "aider_enfant";

export type Avertissement = { 
/**
 * What it is about.
 */
code: CodeAvertissement, 
/**
 * In French, ready to show.
 */
message: string, };

export type Axes = { 
/**
 * Langue française.
 */
langue: boolean, 
/**
 * Axis 2, la connaissance du fonctionnement et des attentes de l'École (how the school works).
 */
ecole: boolean, 
/**
 * Valeurs de la République.
 */
valeurs: boolean, };

export type Bilan = { 
/**
 * [`SCHEMA`].
 */
schema: string, 
/**
 * The school.
 */
etablissement: EtablissementBilan, 
/**
 * `2025-2026`.
 */
annee: string, 
/**
 * First day of the school year.
 */
premier_jour: string, 
/**
 * Last day of the school year.
 */
dernier_jour: string, 
/**
 * [`SEUIL_NATIONALITE`] as applied.
 */
seuil_nationalites: number, 
/**
 * The whole school.
 */
ecole: Chiffres, 
/**
 * Per atelier, by name.
 */
ateliers: Array<AtelierBilan>, 
/**
 * Intervenants with séances in the year, by id.
 */
intervenants: Array<IntervenantBilan>, 
/**
 * Vacations.
 */
finances: Finances, 
/**
 * The 250 h cap exceeded (never blocks the export).
 */
avertissements: Array<Avertissement>, 
/**
 * The qualitative part as saved (or pre-filled). Absent from older files (read as empty).
 */
qualitatif: Qualitatif, 
/**
 * The completeness list ([`controle::verifier`]) at the time of the export; `None` in files
 * written before it was recorded.
 */
points_a_verifier: Array<PointAVerifier> | null, };

export type CaseGrille = { 
/**
 * The séance counts for this enrolment (else the cell is greyed and cannot be marked).
 */
comptee: boolean, 
/**
 * Current mark.
 */
statut: StatutPresence | null, 
/**
 * Minutes late.
 */
minutes_retard: number, };

export type CategorieDepense = "materiel" | "garde_enfants" | "interpretariat" | "sorties" | "autre";

export type Certification = { 
/**
 * Which one.
 */
diplome: Diplome, 
/**
 * `None` while the result is unknown.
 */
obtenue: boolean | null, };

export type ChampImport = "nom" | "prenom" | "translitteration" | "sexe" | "annee_naissance" | "nationalite" | "pays_origine" | "annee_arrivee" | "telephone" | "telephone_consentement" | "cir" | "protection_internationale" | "langues" | "disponibilites" | "notes" | "inscrit_le";

export type Changement = { 
/**
 * Row of the sheet (1-based, as the spreadsheet shows it).
 */
ligne: number, 
/**
 * Message id (`quoi-texte`).
 */
message: string, 
/**
 * The translation in use before the import.
 */
avant: string, 
/**
 * The correction.
 */
apres: string, };

export type Chiffres = { 
/**
 * Number of groups (ateliers).
 */
groupes: number, 
/**
 * Planned hours (typed by the school), minutes.
 */
minutes_prevues: number, 
/**
 * Non-cancelled séances, minutes.
 */
minutes_programmees: number, 
/**
 * Delivered: non-cancelled séances whose roll call is taken, minutes.
 */
minutes_realisees: number, 
/**
 * Non-cancelled séances.
 */
seances_programmees: number, 
/**
 * Séances held (roll call taken).
 */
seances_realisees: number, 
/**
 * Cancelled séances.
 */
seances_annulees: number, 
/**
 * Scheduled minutes (non-cancelled séances) per axis; a séance on several axes has its
 * duration split equally between them ([`seance::MinutesAxes`]). `None` in files exported
 * before it was counted.
 */
axes_programmes: MinutesAxes | null, 
/**
 * Delivered minutes (roll call taken) per axis, split the same way. `None` in older files.
 */
axes_realises: MinutesAxes | null, 
/**
 * The charter's indicators ticked per parent and term ([`crate::domaine::suivi_parents::compter`]):
 * distinct parents of the scope, per term and over the year. `None` in older files.
 */
suivi_parents: Array<CompteIndicateur> | null, 
/**
 * Hours attended and delivered per calendar month ([`heures::par_inscription_et_mois`]), for the attendance
 * chart. `None` in files exported before it was counted.
 */
assiduite_par_mois: Array<AssiduiteMois> | null, 
/**
 * Parents.
 */
parents: ChiffresParents, 
/**
 * Intervenants by status, in [`Statut::TOUS`] order, non-empty only.
 */
intervenants: Array<LigneStatut>, };

export type ChiffresFusion = { groupes: number, minutes_prevues: number, minutes_programmees: number, minutes_realisees: number, 
/**
 * Delivered minutes on axis 1, langue française (a séance on several axes split equally).
 */
minutes_axe_langue: number, 
/**
 * Delivered minutes on axis 2, la connaissance du fonctionnement et des attentes de l'École.
 */
minutes_axe_ecole: number, 
/**
 * Delivered minutes on axis 3, valeurs de la République.
 */
minutes_axe_valeurs: number, 
/**
 * Parents enrolled at the start ([`super::ChiffresParents::inscrits_au_debut`]); summed over
 * the files that count it only (see [`Self::bilans_sans_axes`]).
 */
inscrits_au_debut: number, 
/**
 * Files exported before the hours per axis and the enrolment at the start were counted: 1
 * for such a school, summed for the académie. Their figures above are not known (« — »).
 */
bilans_sans_axes: number, seances_programmees: number, seances_realisees: number, seances_annulees: number, inscrits: number, en_cours: number, partis: number, en_attente: number, femmes: number, hommes: number, sexe_non_renseigne: number, primo_arrivants: number, 
/**
 * Public prioritaire Intérieur ([`super::ChiffresParents::public_prioritaire`]); summed
 * over the files that count it only (see [`Self::bilans_sans_publics`]).
 */
public_prioritaire: number, 
/**
 * Other parents, not French-speaking (same files).
 */
autres_allophones_hors_prioritaire: number, 
/**
 * Other parents, French-speaking (same files).
 */
francophones_hors_prioritaire: number, 
/**
 * Files exported before the priority public was counted: 1 for such a school, summed for
 * the académie. Their three counts above are not known (shown « — »), so the académie's
 * three counts then cover fewer parents than [`Self::inscrits`].
 */
bilans_sans_publics: number, cir: number, protection_internationale: number, autres_allophones: number, reinscrits: number, minutes_suivies: number, minutes_dispensees: number, centimes_vacations: number, minutes_vacation: number, minutes_hors_vacation: number, 
/**
 * Other costs, cents (0 for files written before they existed).
 */
centimes_autres_depenses: number, 
/**
 * Funding received, cents.
 */
centimes_financements: number, 
/**
 * Funding − (vacations + other costs), cents.
 */
centimes_solde: number, 
/**
 * femmes ÷ (femmes + hommes), from the sums.
 */
part_femmes: number | null, 
/**
 * minutes_suivies ÷ minutes_dispensees, from the sums.
 */
taux_assiduite: number | null, 
/**
 * minutes_suivies ÷ inscrits, from the sums.
 */
minutes_suivies_moyenne: number | null, 
/**
 * partis ÷ inscrits, from the sums.
 */
taux_abandon: number | null, 
/**
 * Who referred the parents ([`super::ChiffresParents::prescripteurs`]), summed code by
 * code over the files that count it (see [`Self::bilans_sans_parcours`]).
 */
prescripteurs: Array<Compte>, 
/**
 * The parents' expectations, same files.
 */
attentes: Array<Compte>, 
/**
 * Where the parents go next, same files.
 */
orientations: Array<Compte>, 
/**
 * Entry → exit CECRL level, oral and written, same files.
 */
progression: Array<LigneProgression>, 
/**
 * Files exported before the parents' path was counted: 1 for such a school, summed for the
 * académie (their parents are missing from the four lists above).
 */
bilans_sans_parcours: number, 
/**
 * The charter's indicators ticked per parent ([`super::Chiffres::suivi_parents`]): parents
 * ticked over the year for the individual meetings, the visits outside them, the elections;
 * summed over the files that count them (see [`Self::bilans_avec_suivi`]).
 */
suivi_rencontres: number, suivi_venues: number, suivi_elections: number, 
/**
 * Files that count the ticks: 1 for such a school, summed for the académie; 0 means « — ».
 */
bilans_avec_suivi: number, 
/**
 * « Actions conjointes avec partenaires » as typed; `None` when no file gives it.
 */
actions_partenaires: number | null, 
/**
 * « Analyse partagée avec les représentants des parents d'élèves » as typed; same `None`.
 */
analyses_partagees: number | null, 
/**
 * By nationality: a school's list as its file gives it (already grouped); for the académie
 * or a département, summed code by code then grouped again with the same threshold
 * ([`SEUIL_NATIONALITE`]): a nationality under it joins « Autres nationalités ».
 */
nationalites: Array<Compte>, 
/**
 * Entry and exit CECRL levels (per enrolment), summed level by level.
 */
niveaux: Array<LigneNiveau>, 
/**
 * Certifications attempted and obtained, summed diploma by diploma.
 */
certifications: Array<LigneCertification>, 
/**
 * Hours attended and delivered per month, summed month by month over the files that count
 * them (see [`Self::bilans_sans_mois`]).
 */
assiduite_par_mois: Array<AssiduiteMois>, 
/**
 * Files exported before the hours per month were counted: 1 for such a school, summed.
 */
bilans_sans_mois: number, };

export type ChiffresParents = { 
/**
 * Enrolled (status inscrit or parti).
 */
inscrits: number, 
/**
 * Still attending at the end (status inscrit).
 */
en_cours: number, 
/**
 * Enrolled at the start: enrolled on or before the atelier's first day (for the school, a
 * parent with at least one such enrolment). `inscrits − inscrits_au_debut` joined during the
 * year. `None` in files exported before it was counted.
 */
inscrits_au_debut: number | null, 
/**
 * Left during the year.
 */
partis: number, 
/**
 * Departures by reason ([`MotifDepart`] codes, `non_renseigne`), non-zero only.
 */
departs_par_motif: Array<Compte>, 
/**
 * On the waiting list only (not counted anywhere else).
 */
en_attente: number, 
/**
 * Women.
 */
femmes: number, 
/**
 * Men.
 */
hommes: number, 
/**
 * Sex not recorded.
 */
sexe_non_renseigne: number, 
/**
 * femmes ÷ (femmes + hommes); `None` when nobody's sex is known.
 */
part_femmes: number | null, 
/**
 * By nationality, grouped (see [`SEUIL_NATIONALITE`]): most numerous first, then
 * `autres`, then `non_renseigne`.
 */
nationalites: Array<Compte>, 
/**
 * Primo-arrivants (arrived < 5 years before the rentrée).
 */
primo_arrivants: number, 
/**
 * Year of arrival unknown.
 */
primo_inconnu: number, 
/**
 * The primo-arrivant answer is a guess: only the year of arrival is known and it is the one
 * five years before the rentrée ([`crate::domaine::parent::arrivee_approximative`]). Counted inside
 * [`Self::primo_arrivants`] or not according to the year-only rule.
 */
arrivee_approximative: number, 
/**
 * Nationality outside the EU, the EEA and Switzerland ([`crate::commun::referentiels::UE_EEE_SUISSE`]).
 */
hors_ue: number, 
/**
 * **Public prioritaire Intérieur** (livret OEPRE, financement par le Ministère de
 * l'Intérieur): nationality outside the EU/EEA/Switzerland, arrived less than 5 years
 * before the school year's first day, CIR signed ([`crate::domaine::parent::est_public_prioritaire`]).
 *
 * With [`Self::autres_allophones_hors_prioritaire`] and
 * [`Self::francophones_hors_prioritaire`] it splits [`Self::inscrits`] in three: the sum is
 * always `inscrits` (when [`Self::publics_distingues`]).
 */
public_prioritaire: number, 
/**
 * The other parents (welcomed thanks to the Éducation nationale's co-funding) who do not
 * speak French yet: French is not among their languages.
 */
autres_allophones_hors_prioritaire: number, 
/**
 * The other parents who already speak French (« parents francophones non scolarisés »):
 * French is among their languages ([`crate::domaine::parent::parle_francais`]).
 */
francophones_hors_prioritaire: number, 
/**
 * `true` in every bilan computed by this version; `false` when read from a file exported
 * before the three counts above existed (they then read 0 and mean « not counted »).
 */
publics_distingues: boolean, 
/**
 * CIR signatories.
 */
cir: number, 
/**
 * Refugees, subsidiary protection, stateless.
 */
protection_internationale: number, 
/**
 * Neither primo-arrivant, nor CIR, nor protection (the count of the first versions, kept
 * in the file for the versions that read it; the files and screens now show the split
 * above instead).
 */
autres_allophones: number, 
/**
 * Re-enrolled from a previous year.
 */
reinscrits: number, 
/**
 * Entry and exit CECRL levels, per enrolment, A1.1 … C2 then `non_evalue`.
 */
niveaux: Array<LigneNiveau>, 
/**
 * Certifications, per enrolment, only those attempted.
 */
certifications: Array<LigneCertification>, 
/**
 * The parents' path ([`crate::domaine::parcours_parent`]): who referred them, every
 * [`crate::domaine::parcours_parent::Prescripteur`] in order (zero included), then `non_renseigne`.
 * Per parent. `None` in files exported before it was counted.
 */
prescripteurs: Array<Compte> | null, 
/**
 * Parents who ticked each [`crate::domaine::parcours_parent::Attente`] (a parent may tick several),
 * then `non_renseigne`: none ticked. `None` in older files.
 */
attentes: Array<Compte> | null, 
/**
 * Where the parents go next, every [`crate::domaine::parcours_parent::Orientation`] in order, then
 * `non_renseigne`: not decided. Per enrolment for an atelier; for the school, per parent
 * (the orientation of their latest enrolment that has one). `None` in older files.
 */
orientations: Array<Compte> | null, 
/**
 * Entry → exit CECRL level, oral then written, per enrolment. `None` in older files.
 */
progression: Array<LigneProgression> | null, 
/**
 * Σ hours attended (minutes), [`crate::domaine::heures`].
 */
minutes_suivies: number, 
/**
 * Σ hours delivered (minutes), [`crate::domaine::heures`].
 */
minutes_dispensees: number, 
/**
 * minutes_suivies ÷ inscrits; `None` with no parent.
 */
minutes_suivies_moyenne: number | null, 
/**
 * minutes_suivies ÷ minutes_dispensees; `None` when nothing was delivered.
 */
taux_assiduite: number | null, };

export type Choix = { 
/**
 * As stored and sent back.
 */
code: string, 
/**
 * For people.
 */
libelle: string, };

export type ChoixAttestations = { 
/**
 * The school year.
 */
annee_id: number, 
/**
 * Only this atelier (of that year).
 */
atelier_id: number | null, 
/**
 * Only this parent.
 */
parent_id: number | null, };

export type ChoixParcours = { 
/**
 * [`Prescripteur`].
 */
prescripteurs: Array<Choix>, 
/**
 * [`Attente`].
 */
attentes: Array<Choix>, 
/**
 * [`Orientation`].
 */
orientations: Array<Choix>, };

export type ChoixRentree = { 
/**
 * The year that has ended (`2025-2026`).
 */
depuis: string, 
/**
 * First day of classes of the new year (`JJ/MM/AAAA` or `AAAA-MM-JJ`).
 */
premier_jour: string, 
/**
 * Last day of classes.
 */
dernier_jour: string, 
/**
 * The ateliers of the old year to carry over.
 */
ateliers: number[], 
/**
 * The enrolments of the old year whose parent continues (in a carried-over atelier).
 */
reinscriptions: number[], };

export type CodeAvertissement = "HeuresPrevues" | "HeuresProgrammees" | "Effectif" | "PlafondVacations" | "CalendrierInconnu" | "SansIntervenant";

export type CodeErreur = "Validation" | "Introuvable" | "Conflit" | "PasUneBase" | "BasePlusRecente" | "Stockage" | "BaseEndommagee" | "PhraseSecreteRequise" | "PhraseSecreteIncorrecte" | "Interne";

export type CodePoint = "AppelManquant" | "SexeManquant" | "NationaliteManquante" | "HeuresPrevues" | "EffectifInsuffisant" | "HeuresRealisees" | "AxePeuTraite" | "RemunerationManquante" | "QualitatifVide";

export type Composant = { 
/**
 * Crate or font name.
 */
nom: string, 
/**
 * Version (crates) or Debian package version (fonts).
 */
version: string, 
/**
 * SPDX licence expression.
 */
licence: string, };

export type Compte = { 
/**
 * Stable code: ISO 3166 code, `autres`, `non_renseigne`, a `MotifDepart` code…
 */
code: string, 
/**
 * In French.
 */
libelle: string, 
/**
 * How many.
 */
nombre: number, };

export type CompteIndicateur = { 
/**
 * [`IndicateurParent::code`].
 */
indicateur: string, 
/**
 * [`IndicateurParent::libelle`].
 */
libelle: string, 
/**
 * Terms 1, 2, 3.
 */
trimestres: number[], 
/**
 * Over the year (a parent ticked in two terms counts once).
 */
annee: number, };

export type Consolidation = { 
/**
 * The folder read, as given (trimmed).
 */
dossier: string, 
/**
 * Every `bilan-*.json` of the folder, by name.
 */
fichiers: Array<FichierBilan>, 
/**
 * The académie totals and per-school table; `None` when no file is accepted.
 */
fusion: Fusion | null, 
/**
 * The workbook written by [`ecrire`]; `None` from [`examiner`].
 */
document: DocumentEcrit | null, 
/**
 * The PDF summary written beside it by [`ecrire`] (`academie-<date>.pdf`); `None` from
 * [`examiner`].
 */
pdf: DocumentEcrit | null, };

export type Correspondance = { 
/**
 * The field.
 */
champ: ChampImport, 
/**
 * The column, 0-based.
 */
colonne: number, };

export type CreneauAtelier = { 
/**
 * Row id.
 */
id: number, 
/**
 * ISO weekday: 1 = lundi … 5 = vendredi.
 */
jour: number, 
/**
 * Start.
 */
debut: string, 
/**
 * End.
 */
fin: string, 
/**
 * Who runs it.
 */
intervenants: Array<IntervenantBref>, };

export type DateApercu = { 
/**
 * The day.
 */
date: string, 
/**
 * Its weekday in French ("mardi").
 */
jour: string, 
/**
 * Start.
 */
debut: string, 
/**
 * End.
 */
fin: string, 
/**
 * Minutes.
 */
duree_minutes: number, 
/**
 * The slot's id.
 */
creneau_id: number, 
/**
 * The slot's intervenants.
 */
intervenants: Array<IntervenantBref>, 
/**
 * What happens to it.
 */
etat: EtatDate, 
/**
 * The existing or covering séance, if any.
 */
seance_id: number | null, };

export type DateEcarteeApercu = { 
/**
 * The day.
 */
date: string, 
/**
 * Its weekday in French.
 */
jour: string, 
/**
 * Start.
 */
debut: string, 
/**
 * End.
 */
fin: string, 
/**
 * Why.
 */
motif: MotifFermeture, 
/**
 * Why, in French ("Vacances de Noël", "Jour férié : Ascension").
 */
libelle: string, };

export type DemandeDocument = { "type": "Attestations", 
/**
 * School year.
 */
annee_id: number, 
/**
 * Only this atelier.
 */
atelier_id: number | null, 
/**
 * Only this parent.
 */
parent_id: number | null, } | { "type": "EmargementSeance", 
/**
 * The séance.
 */
seance_id: number, } | { "type": "EmargementMois", 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * `YYYY-MM`.
 */
mois: string, } | { "type": "EmargementVierge", 
/**
 * The atelier.
 */
atelier_id: number, } | { "type": "EmargementAnnee", 
/**
 * The atelier.
 */
atelier_id: number, } | { "type": "Inscrits", 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * `true` for the spreadsheet.
 */
xlsx: boolean, } | { "type": "Fiche", 
/**
 * Pre-filled for this parent.
 */
parent_id: number | null, } | { "type": "Affiche", 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * Locales (`fr`, `ar`, `fa-AF`…).
 */
langues: Array<string>, 
/**
 * The parent's language beside French.
 */
bilingue: boolean, 
/**
 * Young children may come along.
 */
petits_enfants: boolean, };

export type Depense = { 
/**
 * Row id.
 */
id: number, 
/**
 * What it was for.
 */
categorie: CategorieDepense, 
/**
 * Short description (« Manuels A1 », « Sortie médiathèque »).
 */
libelle: string, 
/**
 * Amount, cents (> 0).
 */
centimes: number, 
/**
 * When it was paid, if known.
 */
date: string | null, };

export type Diplome = "DILF" | "DELF A1" | "DELF A2" | "DELF B1" | "DELF B2" | "DCL" | "TCF";

export type DocumentEcrit = { 
/**
 * Full path.
 */
chemin: string, 
/**
 * File name.
 */
nom: string, 
/**
 * Size in bytes.
 */
taille: number, };

export type Effacement = { 
/**
 * The parent.
 */
parent_id: number, 
/**
 * Deleted or anonymised.
 */
mode: ModeEffacement, 
/**
 * Enrolments kept, anonymous (0 when deleted).
 */
inscriptions_gardees: number, };

export type Enfant = { 
/**
 * First name.
 */
prenom: string, 
/**
 * Class (« CE1 », « 6e B », « UPE2A »).
 */
classe: string, 
/**
 * School, when not this one.
 */
ecole: string, };

export type Entree = { 
/**
 * The ISO code, as stored.
 */
code: string, 
/**
 * The French name, as shown and printed.
 */
nom: string, };

export type EntreeJournal = { 
/**
 * Row id (increasing).
 */
id: number, 
/**
 * Local date and time, `AAAA-MM-JJTHH:MM:SS`.
 */
quand: string, 
/**
 * The name chosen on the shared PC.
 */
qui: string, 
/**
 * Action code (see [`actions`]).
 */
action: string, 
/**
 * The action in French (see [`libelle_action`]).
 */
libelle: string, 
/**
 * The detail, as a JSON object in text.
 */
detail: string, 
/**
 * What the entry says, in French, in one line (« séance n° 12 : présent → absent »).
 */
resume: string, };

export type ErreurChamp = { 
/**
 * The field's name, as in the input struct (e.g. `uai`).
 */
champ: string, 
/**
 * What is wrong, in French, for the person who typed it.
 */
message: string, };

export type ErreurImport = { 
/**
 * Line number in the file (1 = headers).
 */
ligne: number, 
/**
 * The column's header, or empty when the problem is the whole row.
 */
colonne: string, 
/**
 * What is wrong, in French.
 */
message: string, };

export type ErreurPublique = { 
/**
 * What the caller can act on.
 */
code: CodeErreur, 
/**
 * In French, ready to show.
 */
message: string, 
/**
 * Field errors of a validation error, else empty.
 */
champs: Array<ErreurChamp>, };

export type Etablissement = { 
/**
 * Name as printed ("Collège Jean Moulin").
 */
nom: string, 
/**
 * École, collège or lycée.
 */
type_etablissement: TypeEtablissement, 
/**
 * Unité administrative immatriculée, 7 digits and a check letter (see [`verifier_uai`]).
 */
uai: string, 
/**
 * Street address.
 */
adresse: string, 
/**
 * 5-digit postcode, or empty.
 */
code_postal: string, 
/**
 * Commune (town), used for "Fait à …".
 */
commune: string, 
/**
 * Académie, one of [`ACADEMIES`].
 */
academie: string, 
/**
 * Holiday zone.
 */
zone: Zone, 
/**
 * Head of school's name.
 */
chef_nom: string, 
/**
 * Head of school's title.
 */
chef_titre: TitreChef, 
/**
 * Secretariat phone, or empty.
 */
telephone: string, 
/**
 * Secretariat e-mail, or empty.
 */
courriel: string, };

export type EtablissementBilan = { 
/**
 * UAI (empty when the school is not recorded yet).
 */
uai: string, 
/**
 * Name.
 */
nom: string, 
/**
 * `ecole`, `college`, `lycee` (empty when unknown).
 */
type_etablissement: string, 
/**
 * Commune.
 */
commune: string, 
/**
 * Académie.
 */
academie: string, };

export type EtatAccueil = { 
/**
 * True on a first start with an empty database: offer demo data or an empty start.
 */
premier_demarrage: boolean, 
/**
 * The data file in use, shown in the settings so people know where their data live.
 */
chemin_base: string, };

export type EtatAnnee = { 
/**
 * The current year, if any.
 */
courante: AnneeScolaire | null, 
/**
 * Today is past the current year's last day.
 */
terminee: boolean, 
/**
 * The year that follows the current one (`2026-2027`).
 */
suivante: string | null, };

export type EtatCalendrier = { 
/**
 * True when the shipped holiday data cover the whole period for the school's zone.
 */
calendrier_connu: boolean, 
/**
 * When not known: a French sentence saying so and what to do; else `None`.
 */
message: string | null, };

export type EtatDate = "Nouvelle" | "Existante" | "Couverte" | "Passee";

export type Evaluation = { 
/**
 * Oral level.
 */
oral: NiveauCecrl | null, 
/**
 * Written level.
 */
ecrit: NiveauCecrl | null, };

export type Evolution = "progres" | "stable" | "recul";

export type Fermeture = { 
/**
 * Le jour fermé.
 */
date: string, 
/**
 * Ce qu'affiche l'application (« Pont de l'Ascension »).
 */
libelle: string, };

export type FicheParent = { 
/**
 * The record.
 */
parent: Parent, 
/**
 * Derived for the current school year (see [`est_primo_arrivant`]); `None` if the year of
 * arrival is unknown.
 */
primo_arrivant: boolean | null, 
/**
 * Only the year of arrival is known and it is the one five years before the rentrée: the
 * answer above is a guess (see [`arrivee_approximative`]).
 */
arrivee_approximative: boolean, 
/**
 * Public prioritaire of the Ministère de l'Intérieur (see [`est_public_prioritaire`]).
 */
public_prioritaire: boolean, 
/**
 * French is among the languages the parent speaks (see [`parle_francais`]).
 */
francophone: boolean, 
/**
 * Enrolments, most recent atelier first, each with its hours.
 */
inscriptions: Array<InscriptionAvecHeures>, 
/**
 * When the personal data were removed (retention purge or erasure, see
 * [`crate::domaine::conservation`]), local `AAAA-MM-JJTHH:MM:SS`; `None` while the fiche is whole.
 */
anonymise_le: string | null, };

export type FicheRegistre = { 
/**
 * The headings and their lines.
 */
registre: Registre, 
/**
 * The same entry as plain text.
 */
texte: string, };

export type FichierBilan = { 
/**
 * File name (`bilan-0750001A-2025-2026.json`).
 */
nom: string, 
/**
 * UAI of the school, as the file states it (empty when unreadable).
 */
uai: string, 
/**
 * School name (empty when unreadable).
 */
etablissement: string, 
/**
 * Town (empty when unreadable).
 */
commune: string, 
/**
 * School year (`2025-2026`, empty when unreadable).
 */
annee: string, 
/**
 * Why the file is left out of the merge, in French; `None` when it is merged.
 */
refus: string | null, };

export type FiltreJournal = { 
/**
 * At most this many entries (`None`: all).
 */
limite: number | null, 
/**
 * Only this action code (one of [`ACTIONS`]; any other is refused, field `action`).
 */
action: string | null, 
/**
 * Only entries about this parent (their id, or one of their enrolments').
 */
parent_id: number | null, 
/**
 * Only entries about this séance.
 */
seance_id: number | null, };

export type FiltreParents = { 
/**
 * Any part of the name, prénom or transliteration, in any script (empty: everyone).
 */
texte: string, 
/**
 * Only parents enrolled (any status) in this atelier.
 */
atelier_id: number | null, };

export type Financement = { 
/**
 * Row id.
 */
id: number, 
/**
 * Who paid (« Rectorat — BOP 230 », « Commune (PRE) », « CAF »).
 */
source: string, 
/**
 * Amount, cents (> 0).
 */
centimes: number, 
/**
 * When it was received.
 */
date: string, };

export type Finances = { 
/**
 * Σ vacation amounts, cents.
 */
total_centimes: number, 
/**
 * Minutes paid by vacation.
 */
minutes_vacation: number, 
/**
 * Minutes under another scheme (HSE, invoice) or undecided: listed, no amount.
 */
minutes_hors_vacation: number, 
/**
 * The vacation rates in force on at least one séance of the year, oldest first.
 */
taux_appliques: Array<TauxVacation>, 
/**
 * Other costs per category, every [`CategorieDepense`] in order (zero included).
 * Absent from files written before this field existed (read as empty).
 */
depenses_par_categorie: Array<LigneCategorie>, 
/**
 * Other costs, one by one ([`finances::lister`]).
 */
depenses: Array<Depense>, 
/**
 * Funding received, one by one.
 */
financements: Array<Financement>, 
/**
 * Σ other costs, cents.
 */
autres_depenses_centimes: number, 
/**
 * Vacations + other costs, cents.
 */
total_depenses_centimes: number, 
/**
 * Σ funding received, cents.
 */
financements_centimes: number, 
/**
 * Funding − total costs, cents (negative: a deficit).
 */
solde_centimes: number, };

export type FlyerLanguage = { 
/**
 * BCP 47 tag (`fr`, `ar`, `zh-Hans`, `fa-AF`…).
 */
locale: string, 
/**
 * Name in the language itself (`العربية`).
 */
name: string, 
/**
 * Name in French (`arabe`).
 */
french_name: string, 
/**
 * `ltr` or `rtl`.
 */
direction: string, 
/**
 * Whether a native speaker has reviewed the translation (else the flyer says "traduction
 * à relire").
 */
reviewed: boolean, 
/**
 * `livree`, `livree+surcharge` or `ajoutee` (a language added by the school).
 */
source: string, 
/**
 * What the flyer prints about the review (« Traduction relue par Awa Diallo le
 * 05/12/2026 », « Traduction à relire par un locuteur natif »); empty for French.
 */
mention_relecture: string, };

export type Fusion = { 
/**
 * School years present, sorted, distinct.
 */
annees: Array<string>, 
/**
 * Académies named by the files, sorted, distinct.
 */
academies: Array<string>, 
/**
 * Sums (rates recomputed from the sums).
 */
total: ChiffresFusion, 
/**
 * One line per file, by year then UAI.
 */
ecoles: Array<LigneEcole>, 
/**
 * One line per département (from the UAI), by code.
 */
departements: Array<LigneDepartement>, };

export type Graphique = { 
/**
 * Its title, printed above it.
 */
titre: string, 
/**
 * The values' unit.
 */
unite: Unite, 
/**
 * The bars' labels, left to right.
 */
categories: Array<string>, 
/**
 * One or two series.
 */
series: Array<Serie>, 
/**
 * Said under the chart (the figures are missing from an older file…).
 */
note: string | null, };

export type GrilleMois = { 
/**
 * Year.
 */
annee: number, 
/**
 * Month 1–12.
 */
mois: number, 
/**
 * The month's séances (cancelled ones included, flagged), by date and time.
 */
seances: Array<InfoSeance>, 
/**
 * Enrolments counted for at least one of those séances, sorted by name.
 */
lignes: Array<LigneGrille>, };

export type GrilleSuivi = { 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * The term shown.
 */
trimestre: Trimestre, 
/**
 * The three terms of the year (for the term switch).
 */
trimestres: Trimestres, 
/**
 * `false` for a closed year: the boxes are read-only.
 */
modifiable: boolean, 
/**
 * By name.
 */
lignes: Array<LigneSuivi>, };

export type Heures = { 
/**
 * Hours attended, in minutes.
 */
minutes_suivies: number, 
/**
 * Hours delivered, in minutes.
 */
minutes_dispensees: number, 
/**
 * attended ÷ delivered, between 0 and 1; `None` when nothing was delivered.
 */
taux: number | null, 
/**
 * Counted séances (delivered or not yet taken).
 */
seances_comptees: number, 
/**
 * Counted séances without a mark for this parent (roll call not taken yet), future
 * séances included; for late roll calls see [`crate::domaine::presence::appels_non_faits`].
 */
seances_non_prises: number, 
/**
 * First séance attended (présent·e or en retard), for the attestation.
 */
premiere_seance: string | null, 
/**
 * Last séance attended.
 */
derniere_seance: string | null, };

export type HeuresMois = { 
/**
 * `2025-10`.
 */
mois: string, 
/**
 * Non-cancelled séances of the month the person runs (co-animated ones included).
 */
seances: number, 
/**
 * Their total duration, in minutes.
 */
minutes: number, 
/**
 * For a person paid by vacation: Σ duration × rate in force on each séance's date, in
 * cents (rounded to the cent); else `None`.
 */
centimes_vacation: number | null, };

export type Import = { 
/**
 * Locale of the sheet.
 */
locale: string, 
/**
 * Who reviewed.
 */
relecteur: string, 
/**
 * When (the import day).
 */
date: string, 
/**
 * The corrected messages (empty when the reviewer approved everything as it was).
 */
changements: Array<Changement>, 
/**
 * The override file that will be written.
 */
contenu: string, };

export type IndicateurParent = "rencontre_individuelle" | "venue_ecole" | "election";

export type IndicateursEcoleFamille = { 
/**
 * Parents who met a teacher individually.
 */
rencontres_individuelles: number | null, 
/**
 * Parents who came to the school outside the meetings.
 */
venues_hors_reunions: number | null, 
/**
 * Parents who voted in the parents' elections.
 */
votes_elections: number | null, 
/**
 * Joint actions with partners.
 */
actions_communes: number | null, 
/**
 * Meetings where the ateliers were analysed with the parents' elected representatives
 * (« Analyse partagée avec les représentants des parents d'élèves »). Absent from older files.
 */
analyses_partagees: number | null, };

export type InfoSeance = { 
/**
 * Séance id.
 */
id: number, 
/**
 * Atelier id.
 */
atelier_id: number, 
/**
 * Atelier name.
 */
atelier_nom: string, 
/**
 * Local date.
 */
date: string, 
/**
 * Local start time `HH:MM`.
 */
debut: string, 
/**
 * Local end time `HH:MM`.
 */
fin: string, 
/**
 * Duration in minutes.
 */
minutes: number, 
/**
 * Theme, if entered.
 */
theme: string, 
/**
 * Cancelled: no roll call.
 */
annulee: boolean, 
/**
 * Roll call validated by the intervenant.
 */
validee: boolean, };

export type Inscription = { 
/**
 * Row id.
 */
id: number, 
/**
 * The parent.
 */
parent_id: number, 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * The atelier's name.
 */
atelier_nom: string, 
/**
 * Date enrolled.
 */
inscrit_le: string, 
/**
 * Status.
 */
statut: StatutInscription, 
/**
 * Date left (status `parti` only).
 */
parti_le: string | null, 
/**
 * Why (status `parti` only).
 */
motif_depart: MotifDepart | null, 
/**
 * Re-enrolled from a previous year.
 */
reinscription: boolean, 
/**
 * Entry evaluation.
 */
entree: Evaluation, 
/**
 * Literate in the mother tongue.
 */
alphabetise: boolean | null, 
/**
 * Track.
 */
parcours: Parcours | null, 
/**
 * Exit evaluation.
 */
sortie: Evaluation, 
/**
 * Certifications attempted.
 */
certifications: Array<Certification>, };

export type InscriptionAvecHeures = { 
/**
 * The enrolment.
 */
inscription: Inscription, 
/**
 * Hours attended and delivered, rate.
 */
heures: Heures, };

export type InscriptionResumee = { 
/**
 * Enrolment id.
 */
inscription_id: number, 
/**
 * Atelier id.
 */
atelier_id: number, 
/**
 * Atelier name.
 */
atelier_nom: string, 
/**
 * Status.
 */
statut: StatutInscription, 
/**
 * Date enrolled.
 */
inscrit_le: string, 
/**
 * Date left, if left.
 */
parti_le: string | null, 
/**
 * Hours and rate over the enrolment period.
 */
heures: Heures, };

export type Intervenant = { 
/**
 * Row id.
 */
id: number, 
/**
 * Family name.
 */
nom: string, 
/**
 * First name (may be empty).
 */
prenom: string, 
/**
 * What they are.
 */
statut: Statut, 
/**
 * Phone, or empty.
 */
telephone: string, 
/**
 * E-mail, or empty.
 */
courriel: string, 
/**
 * How they are paid; `None` while undecided.
 */
remuneration: Remuneration | null, 
/**
 * False for someone who no longer runs ateliers (kept for history).
 */
actif: boolean, };

export type IntervenantBilan = { 
/**
 * Row id (for the screens; not a name).
 */
id: number, 
/**
 * « Intervenant·e 1 », numbered by id.
 */
libelle: string, 
/**
 * [`Statut::code`].
 */
statut: string, 
/**
 * [`Remuneration::code`], `None` while undecided.
 */
remuneration: string | null, 
/**
 * Séances (non-cancelled) in the year.
 */
seances: number, 
/**
 * Their minutes.
 */
minutes: number, 
/**
 * Σ of the months' vacation amounts, cents; `None` unless paid by vacation.
 */
centimes: number | null, 
/**
 * Per month ([`intervenant::heures_par_mois`]).
 */
mois: Array<HeuresMois>, 
/**
 * First séance date at which the 12 months ending that day exceed 250 h (all years).
 */
plafond_depasse_le: string | null, 
/**
 * That window's minutes.
 */
plafond_minutes: number | null, };

export type IntervenantBref = { 
/**
 * Row id.
 */
id: number, 
/**
 * "Prénom Nom".
 */
nom_complet: string, };

export type JourFerie = { 
/**
 * La date du jour férié.
 */
date: string, 
/**
 * Son nom usuel (« Ascension », « Fête nationale »…).
 */
nom: string, };

export type LangueParlee = { 
/**
 * ISO 639 code (see [`crate::commun::referentiels::LANGUES`]); a French name is accepted on input.
 */
langue: string, 
/**
 * Reads it.
 */
lue: boolean, 
/**
 * Writes it.
 */
ecrite: boolean, };

export type LigneApercu = { 
/**
 * Line in the file.
 */
ligne: number, 
/**
 * Nom as read.
 */
nom: string, 
/**
 * Prénom as read.
 */
prenom: string, 
/**
 * Year of birth as read.
 */
annee_naissance: number | null, 
/**
 * What importing does with it.
 */
sort: SortLigne, };

export type LigneAppel = { 
/**
 * Enrolment id (what [`marquer`] takes).
 */
inscription_id: number, 
/**
 * Parent id.
 */
parent_id: number, 
/**
 * Family name.
 */
nom: string, 
/**
 * First name.
 */
prenom: string, 
/**
 * Latin spelling.
 */
translitteration: string, 
/**
 * Sex (for « présente »).
 */
sexe: Sexe | null, 
/**
 * Current mark; `None`: not taken yet.
 */
statut: StatutPresence | null, 
/**
 * Minutes late (mark `retard` only, else 0).
 */
minutes_retard: number, 
/**
 * The mark for people: « présente », « en retard (15 min) », « appel non fait ».
 */
libelle: string, };

export type LigneCategorie = { 
/**
 * [`CategorieDepense::code`].
 */
categorie: string, 
/**
 * [`CategorieDepense::libelle`].
 */
libelle: string, 
/**
 * Σ amounts, cents.
 */
centimes: number, };

export type LigneCertification = { 
/**
 * `DILF`, `DELF A1`…
 */
diplome: string, 
/**
 * Attempted.
 */
tentees: number, 
/**
 * Obtained.
 */
obtenues: number, 
/**
 * Attempted, result not entered yet.
 */
resultat_inconnu: number, };

export type LigneDepartement = { 
/**
 * `031`.
 */
code: string, 
/**
 * « Haute-Garonne », or the code when not in the list.
 */
nom: string, 
/**
 * Files (school + year) summed.
 */
etablissements: number, 
/**
 * Sums (rates recomputed from the sums).
 */
chiffres: ChiffresFusion, };

export type LigneEcole = { 
/**
 * UAI.
 */
uai: string, 
/**
 * Name.
 */
nom: string, 
/**
 * Town.
 */
commune: string, 
/**
 * School year.
 */
annee: string, 
/**
 * Département code, the UAI's first three characters ([`departements::code_de_uai`]).
 */
departement: string, 
/**
 * Its figures.
 */
chiffres: ChiffresFusion, };

export type LigneGrille = { 
/**
 * Enrolment id.
 */
inscription_id: number, 
/**
 * Parent id.
 */
parent_id: number, 
/**
 * Family name.
 */
nom: string, 
/**
 * First name.
 */
prenom: string, 
/**
 * Latin spelling.
 */
translitteration: string, 
/**
 * One cell per séance, in the order of [`GrilleMois::seances`].
 */
cases: Array<CaseGrille>, };

export type LigneNiveau = { 
/**
 * `A1.1` … `C2`, or `non_evalue`.
 */
niveau: string, 
/**
 * Entry, oral.
 */
entree_oral: number, 
/**
 * Entry, written.
 */
entree_ecrit: number, 
/**
 * Exit, oral.
 */
sortie_oral: number, 
/**
 * Exit, written.
 */
sortie_ecrit: number, };

export type LigneParent = { 
/**
 * Parent id.
 */
id: number, 
/**
 * Family name.
 */
nom: string, 
/**
 * First name.
 */
prenom: string, 
/**
 * Latin spelling.
 */
translitteration: string, 
/**
 * Sex.
 */
sexe: Sexe | null, 
/**
 * Year of birth.
 */
annee_naissance: number | null, 
/**
 * ISO code.
 */
nationalite: string | null, 
/**
 * Derived for the current school year.
 */
primo_arrivant: boolean | null, 
/**
 * Self-declared CIR.
 */
cir: boolean, 
/**
 * Enrolments (only the filtered atelier's when one is given).
 */
inscriptions: Array<InscriptionResumee>, };

export type LigneProgression = { 
/**
 * `oral` or `ecrit`.
 */
competence: string, 
/**
 * « Oral », « Écrit ».
 */
libelle: string, 
/**
 * Exit level above the entry level.
 */
progres: number, 
/**
 * Same level.
 */
stable: number, 
/**
 * Exit level below the entry level.
 */
recul: number, 
/**
 * Entry or exit level missing.
 */
non_evalue: number, };

export type LigneStatut = { 
/**
 * [`Statut::code`].
 */
statut: string, 
/**
 * [`Statut::libelle`].
 */
libelle: string, 
/**
 * Distinct people.
 */
personnes: number, 
/**
 * Σ durations of the non-cancelled séances they run (co-animation: counted for each).
 */
minutes: number, };

export type LigneSuivi = { 
/**
 * The parent.
 */
parent_id: number, 
/**
 * Family name.
 */
nom: string, 
/**
 * First name.
 */
prenom: string, 
/**
 * Left the atelier (still listed: the ticks of the terms they attended count).
 */
parti: boolean, 
/**
 * Ticked indicators for the term, in [`IndicateurParent::TOUS`] order.
 */
coches: Array<IndicateurParent>, };

export type MinutesAxes = { 
/**
 * Axis 1, langue française.
 */
langue: number, 
/**
 * Axis 2, la connaissance du fonctionnement et des attentes de l'École.
 */
ecole: number, 
/**
 * Axis 3, valeurs de la République.
 */
valeurs: number, };

export type ModeEffacement = "suppression" | "anonymisation";

export type MotifDepart = "travail" | "demenagement" | "sante" | "garde_enfants" | "niveau_inadapte" | "autre";

export type MotifFermeture = { "type": "Vacances", 
/**
 * Nom des vacances (« Vacances d'hiver »).
 */
nom: string, } | { "type": "JourFerie", 
/**
 * Nom du jour férié (« Ascension »).
 */
nom: string, } | { "type": "Fermeture", 
/**
 * Libellé saisi par l'école (« Pont de l'Ascension »).
 */
libelle: string, };

export type NiveauCecrl = "A1.1" | "A1" | "A2" | "B1" | "B2" | "C1" | "C2";

export type Orientation = "asl" | "cours_municipaux" | "ofii" | "greta" | "association" | "oepre_annee_suivante" | "aucune";

export type OuvertureAppel = { 
/**
 * The ateliers of the current year, by name (the atelier picker).
 */
ateliers: Array<Atelier>, 
/**
 * The atelier shown; `None` when the year has none.
 */
atelier_id: number | null, 
/**
 * Its séances, by date (the séance picker).
 */
seances: Array<Seance>, 
/**
 * The roll call opened; `None` when the atelier has no séance.
 */
appel: Appel | null, };

export type Parcours = "fle" | "alpha";

export type ParcoursParent = { 
/**
 * The parent.
 */
parent_id: number, 
/**
 * Who referred them; `None` while not asked.
 */
prescripteur: Prescripteur | null, 
/**
 * What they expect, in [`Attente::TOUS`] order.
 */
attentes: Array<Attente>, 
/**
 * The expectations in their own words (free text, never in a bilan).
 */
attentes_precision: string, 
/**
 * Every enrolment (waiting list included), most recent first.
 */
inscriptions: Array<SuiteInscription>, 
/**
 * The lists the screen offers ([`ChoixParcours::tous`]).
 */
choix: ChoixParcours, };

export type Parent = { 
/**
 * Row id.
 */
id: number, 
/**
 * See [`SaisieParent::nom`].
 */
nom: string, 
/**
 * See [`SaisieParent::prenom`].
 */
prenom: string, 
/**
 * See [`SaisieParent::translitteration`].
 */
translitteration: string, 
/**
 * See [`SaisieParent::sexe`].
 */
sexe: Sexe | null, 
/**
 * See [`SaisieParent::annee_naissance`].
 */
annee_naissance: number | null, 
/**
 * ISO 3166 code.
 */
nationalite: string | null, 
/**
 * ISO 3166 code.
 */
pays_origine: string | null, 
/**
 * Languages, codes checked.
 */
langues: Array<LangueParlee>, 
/**
 * See [`SaisieParent::annee_arrivee`].
 */
annee_arrivee: number | null, 
/**
 * See [`SaisieParent::mois_arrivee`].
 */
mois_arrivee: number | null, 
/**
 * See [`SaisieParent::cir`].
 */
cir: boolean, 
/**
 * See [`SaisieParent::cir_annee`].
 */
cir_annee: number | null, 
/**
 * See [`SaisieParent::protection_internationale`].
 */
protection_internationale: boolean, 
/**
 * See [`SaisieParent::telephone`].
 */
telephone: string, 
/**
 * See [`SaisieParent::telephone_consentement`].
 */
telephone_consentement: boolean, 
/**
 * See [`SaisieParent::enfants`].
 */
enfants: Array<Enfant>, 
/**
 * See [`SaisieParent::disponibilites`].
 */
disponibilites: string, 
/**
 * See [`SaisieParent::notes`].
 */
notes: string, };

export type ParentAPurger = { 
/**
 * Parent id.
 */
parent_id: number, 
/**
 * Family name.
 */
nom: string, 
/**
 * First name.
 */
prenom: string, 
/**
 * Latin spelling.
 */
translitteration: string, 
/**
 * School year of the last enrolment (« 2021-2022 »).
 */
derniere_annee: string, 
/**
 * Its last day.
 */
fin_derniere_annee: string, };

export type ParentReconduit = { 
/**
 * The enrolment of the old year.
 */
inscription_id: number, 
/**
 * The parent.
 */
parent_id: number, 
/**
 * « Prénom NOM ».
 */
nom_complet: string, };

export type Partenaire = "ofii" | "casnav" | "associations" | "commune_pre" | "caf" | "autre";

export type PointAVerifier = { 
/**
 * What it is about.
 */
code: CodePoint, 
/**
 * In French, ready to show (no parent's name: the list may be printed).
 */
message: string, 
/**
 * The screen that fixes it: `#/appel/seance/40`, `#/parents/12`, `#/ateliers/3`, `#/intervenants/2`.
 */
lien: string, };

export type Prescripteur = "ofii" | "ecole_upe2a" | "mairie_centre_social" | "association_asl" | "casnav" | "autre_parent" | "autre";

export type Progression = { 
/**
 * Steps done (1…`total`).
 */
etape: number, 
/**
 * Number of steps.
 */
total: number, 
/**
 * What was just done, in French (« Classeur XLSX écrit »).
 */
libelle: string, };

export type Qualitatif = { 
/**
 * `true` when read from a saved draft; `false` for the pre-filled empty one. Ignored by
 * [`enregistrer`].
 */
enregistre: boolean, 
/**
 * Partners ticked, in [`Partenaire::TOUS`] order.
 */
partenaires: Array<Partenaire>, 
/**
 * Which associations, what the partners did, the « autre » partner…
 */
partenaires_precisions: string, 
/**
 * Themes covered per axis.
 */
themes: ThemesParAxe, 
/**
 * School-life actions (visits, meetings, class councils…).
 */
actions_vie_scolaire: string, 
/**
 * School–family indicators.
 */
indicateurs: IndicateursEcoleFamille, 
/**
 * Difficulties met.
 */
difficultes: string, 
/**
 * Outlook for next year.
 */
perspectives: string, };

export type QuiUtilise = { 
/**
 * The name chosen (or pre-selected by `OEPRE_QUI`); `null` until someone chooses.
 */
actuel: string | null, 
/**
 * Names already used on this data file, most recent first.
 */
noms: Array<string>, };

export type RaisonConservation = "Appel" | "Annulee" | "Modifiee" | "Passee";

export type RapportImport = { 
/**
 * New fiches.
 */
parents_crees: number, 
/**
 * Existing parents enrolled.
 */
parents_existants: number, 
/**
 * Rows ignored (duplicates).
 */
lignes_ignorees: number, 
/**
 * The preview the import followed (doublons, warnings).
 */
apercu: ApercuImport, };

export type RapportRentree = { 
/**
 * The new year, now current.
 */
annee: AnneeScolaire, 
/**
 * Ateliers carried over.
 */
ateliers: number, 
/**
 * Séances generated for them.
 */
seances: number, 
/**
 * Parents re-enrolled.
 */
reinscriptions: number, };

export type Referentiels = { 
/**
 * [`PAYS`].
 */
pays: Array<Entree>, 
/**
 * [`LANGUES`].
 */
langues: Array<Entree>, };

export type Registre = { 
/**
 * « Ateliers OEPRE — Ouvrir l'École aux parents pour la réussite des enfants ».
 */
traitement: string, 
/**
 * The headings, in the order of art. 30.
 */
rubriques: Array<Rubrique>, };

export type ReglageConservation = { 
/**
 * Years personal data are kept after the end of a school year.
 */
duree_annees: number, 
/**
 * Shortest accepted.
 */
minimum: number, 
/**
 * Longest accepted.
 */
maximum: number, };

export type ReglagesAvertissements = { 
/**
 * Minimum share of each axis in an atelier's delivered hours, percent (0: no warning).
 */
part_axe_min_pourcent: number, 
/**
 * Warn when an atelier has more parents than its maximum.
 */
avertir_effectif_max: boolean, };

export type ReglagesSauvegarde = { 
/**
 * The folder backups go to (the chosen one, else the default).
 */
dossier: string, 
/**
 * Whether the school chose `dossier` (else it is [`dossier_par_defaut`]).
 */
dossier_choisi: boolean, 
/**
 * How many backups are kept.
 */
rotation: Rotation, };

export type RegleProgramme = { 
/**
 * ISO weekday, 1 = lundi … 7 = dimanche; or `None` with a `creneau_id`.
 */
jour: number | null, 
/**
 * One weekly slot of the atelier; or `None` with a `jour`.
 */
creneau_id: number | null, 
/**
 * Every other séance (1st, 3rd, 5th… from `depuis`) instead of every one.
 */
une_sur_deux: boolean, 
/**
 * From this date (`AAAA-MM-JJ` or `JJ/MM/AAAA`); empty: the atelier's first day.
 */
depuis: string, 
/**
 * The axes to set (at least one).
 */
axes: Axes, 
/**
 * The theme to set; `None` keeps each séance's theme.
 */
theme: string | null, 
/**
 * Also change séances whose roll call is taken (default: only those not yet held).
 */
aussi_faites: boolean, };

export type Remplacement = { 
/**
 * The backup of the file that was replaced (`None` when there was no file).
 */
copie_de_l_ancienne: string | null, 
/**
 * Whether the replaced file was damaged (its raw bytes were copied aside).
 */
ancienne_endommagee: boolean, 
/**
 * What the data file now holds.
 */
resume: Resume, 
/**
 * Whether the data file is now encrypted (the app then asks for its passphrase).
 */
chiffree: boolean, };

export type Remuneration = "vacation" | "hse" | "facture";

export type ResultatGeneration = { 
/**
 * Séances created.
 */
creees: number, 
/**
 * Regenerable séances deleted (no longer given by the slots).
 */
supprimees: number, 
/**
 * Regenerable séances left in place (same date and times).
 */
inchangees: number, 
/**
 * What was kept, and why.
 */
conservees: Array<SeanceConservee>, 
/**
 * Past séances kept as history.
 */
passees_conservees: number, 
/**
 * Minutes scheduled (non-cancelled) now.
 */
minutes_programmees: number, 
/**
 * One French sentence summing it up.
 */
resume: string, };

export type ResultatPurge = { 
/**
 * Retention applied, in years.
 */
duree_annees: number, 
/**
 * School years ended before this date were purged.
 */
date_limite: string, 
/**
 * How many parents were anonymised.
 */
parents_anonymises: number, 
/**
 * The file was rebuilt (`VACUUM`) so no removed text lingers in free pages. `false` when
 * that step failed (disk full…): the purge itself is saved, and secure deletion already
 * overwrote the removed text.
 */
fichier_compacte: boolean, };

export type Resume = { 
/**
 * The school's name, if one is recorded.
 */
etablissement: string | null, 
/**
 * The current school year's label (e.g. `2025-2026`), if any.
 */
annee: string | null, 
/**
 * Number of parents.
 */
parents: number, 
/**
 * Number of séances.
 */
seances: number, };

export type Rotation = { 
/**
 * The newest backup of each of the last N days that have one.
 */
quotidiennes: number, 
/**
 * The newest backup of each of the last N ISO weeks that have one.
 */
hebdomadaires: number, 
/**
 * The newest backup of each of the last N months that have one.
 */
mensuelles: number, };

export type Rubrique = { 
/**
 * Heading (« Finalités », « Durée de conservation »…).
 */
titre: string, 
/**
 * Lines, each a sentence or a « Catégorie : a, b, c » list.
 */
lignes: Array<string>, };

export type SaisieAccueil = { 
/**
 * Who referred the parent (`None`: not known).
 */
prescripteur: Prescripteur | null, 
/**
 * The boxes ticked.
 */
attentes: Array<Attente>, 
/**
 * Free text, at most [`PRECISION_MAX`] characters.
 */
attentes_precision: string, };

export type SaisieAnnee = { 
/**
 * `2025-2026`.
 */
libelle: string, 
/**
 * First day of classes.
 */
premier_jour: string, 
/**
 * Last day of classes.
 */
dernier_jour: string, };

export type SaisieAtelier = { 
/**
 * The school year; `None`: the current one.
 */
annee_id: number | null, 
/**
 * Name (required, unique in the year).
 */
nom: string, 
/**
 * Level or track.
 */
niveau: string, 
/**
 * Room.
 */
salle: string, 
/**
 * First day (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
 */
premier_jour: string, 
/**
 * Last day.
 */
dernier_jour: string, 
/**
 * Planned hours: `120`, `90,5`, `90h30`.
 */
heures_prevues: string, 
/**
 * Lower group-size bound; `None`: 12.
 */
effectif_min: number | null, 
/**
 * Upper group-size bound; `None`: 15.
 */
effectif_max: number | null, 
/**
 * Partner schools.
 */
partenaires: string, 
/**
 * Notes.
 */
notes: string, 
/**
 * Weekly slots.
 */
creneaux: Array<SaisieCreneau>, };

export type SaisieCreneau = { 
/**
 * The slot's id when editing an existing one; `None` for a new slot.
 */
id: number | null, 
/**
 * ISO weekday, 1 = lundi … 5 = vendredi.
 */
jour: number, 
/**
 * Start (`14:00`, `14h`, `14h30`).
 */
debut: string, 
/**
 * End.
 */
fin: string, 
/**
 * Intervenant ids.
 */
intervenants: Array<number>, };

export type SaisieDepart = { 
/**
 * Date left (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
 */
parti_le: string, 
/**
 * Reason, required.
 */
motif: MotifDepart | null, };

export type SaisieDepense = { 
/**
 * What it was for.
 */
categorie: CategorieDepense, 
/**
 * Short description, required.
 */
libelle: string, 
/**
 * Amount in euros as typed (« 125,50 »), > 0.
 */
montant: string, 
/**
 * `2026-03-12` or `12/03/2026`; empty when not known.
 */
date: string, };

export type SaisieEtablissement = { 
/**
 * See [`Etablissement::nom`].
 */
nom: string, 
/**
 * `None` when nothing was chosen.
 */
type_etablissement: TypeEtablissement | null, 
/**
 * See [`Etablissement::uai`]; case and spaces are forgiven.
 */
uai: string, 
/**
 * See [`Etablissement::adresse`].
 */
adresse: string, 
/**
 * See [`Etablissement::code_postal`].
 */
code_postal: string, 
/**
 * See [`Etablissement::commune`].
 */
commune: string, 
/**
 * See [`Etablissement::academie`].
 */
academie: string, 
/**
 * `None` when nothing was chosen.
 */
zone: Zone | null, 
/**
 * See [`Etablissement::chef_nom`].
 */
chef_nom: string, 
/**
 * `None` when nothing was chosen.
 */
chef_titre: TitreChef | null, 
/**
 * See [`Etablissement::telephone`].
 */
telephone: string, 
/**
 * See [`Etablissement::courriel`].
 */
courriel: string, };

export type SaisieFermeture = { 
/**
 * The day (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
 */
date: string, 
/**
 * Why ("Pont de l'Ascension", "Examens du brevet").
 */
libelle: string, };

export type SaisieFinancement = { 
/**
 * Who paid, required.
 */
source: string, 
/**
 * Amount in euros as typed, > 0.
 */
montant: string, 
/**
 * `2026-03-12` or `12/03/2026`, required.
 */
date: string, };

export type SaisieInscription = { 
/**
 * The parent.
 */
parent_id: number, 
/**
 * The atelier.
 */
atelier_id: number, 
/**
 * Date enrolled.
 */
inscrit_le: string, 
/**
 * Inscrit·e or en liste d'attente (use [`quitter`] to record a departure).
 */
statut: StatutInscription, 
/**
 * Re-enrolled from a previous year.
 */
reinscription: boolean, 
/**
 * Entry evaluation.
 */
entree: Evaluation, 
/**
 * Literate in the mother tongue (`None`: not evaluated).
 */
alphabetise: boolean | null, 
/**
 * Track.
 */
parcours: Parcours | null, 
/**
 * Exit evaluation.
 */
sortie: Evaluation, 
/**
 * Certifications attempted.
 */
certifications: Array<Certification>, };

export type SaisieIntervenant = { 
/**
 * Family name (required).
 */
nom: string, 
/**
 * First name.
 */
prenom: string, 
/**
 * `None` when nothing was chosen (required).
 */
statut: Statut | null, 
/**
 * Phone, or empty.
 */
telephone: string, 
/**
 * E-mail, or empty.
 */
courriel: string, 
/**
 * `None` while undecided.
 */
remuneration: Remuneration | null, 
/**
 * Still running ateliers.
 */
actif: boolean, };

export type SaisieMarque = { 
/**
 * The séance.
 */
seance_id: number, 
/**
 * The enrolment (a row of the roll call).
 */
inscription_id: number, 
/**
 * The mark, or `None` to erase it.
 */
statut: StatutPresence | null, 
/**
 * Minutes late, required (≥ 1) for `retard`, ignored otherwise.
 */
minutes_retard: number | null, };

export type SaisieParent = { 
/**
 * Family name, in any script. Required.
 */
nom: string, 
/**
 * First name, in any script.
 */
prenom: string, 
/**
 * Latin spelling of a name written in another script (« Mohammed Al-Ali »).
 */
translitteration: string, 
/**
 * `None`: not given.
 */
sexe: Sexe | null, 
/**
 * Year of birth.
 */
annee_naissance: number | null, 
/**
 * ISO 3166 code or French name; empty when not given.
 */
nationalite: string, 
/**
 * ISO 3166 code or French name; empty when not given.
 */
pays_origine: string, 
/**
 * Languages spoken.
 */
langues: Array<LangueParlee>, 
/**
 * Year of arrival in France.
 */
annee_arrivee: number | null, 
/**
 * Month of arrival (1–12), when known; needs the year.
 */
mois_arrivee: number | null, 
/**
 * Signed the contrat d'intégration républicaine (self-declared).
 */
cir: boolean, 
/**
 * Year the CIR was signed, when known.
 */
cir_annee: number | null, 
/**
 * Refugee, subsidiary protection or stateless (self-declared).
 */
protection_internationale: boolean, 
/**
 * Phone number; stored only with consent.
 */
telephone: string, 
/**
 * The parent agreed that the school keeps and uses the phone number.
 */
telephone_consentement: boolean, 
/**
 * Children at school.
 */
enfants: Array<Enfant>, 
/**
 * Days and times that suit the parent.
 */
disponibilites: string, 
/**
 * Free notes (no sensitive data: these are shown to every user of the PC).
 */
notes: string, };

export type SaisieReglagesSauvegarde = { 
/**
 * A folder (USB key, network share…); empty or `None` = the default folder.
 */
dossier: string | null, 
/**
 * How many backups to keep (each 0 to [`ROTATION_MAX`]).
 */
rotation: Rotation, };

export type SaisieSeance = { 
/**
 * Date (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
 */
date: string, 
/**
 * Start time (`14:00`, `14h`, `14h30`).
 */
debut: string, 
/**
 * End time.
 */
fin: string, 
/**
 * Intervenant ids.
 */
intervenants: Array<number>, 
/**
 * Axes (at least one).
 */
axes: Axes, 
/**
 * Theme or content.
 */
theme: string, 
/**
 * Off-site.
 */
hors_les_murs: boolean, 
/**
 * Place (required when off-site).
 */
lieu: string, };

export type SaisieTaux = { 
/**
 * Date of effect (`AAAA-MM-JJ` or `JJ/MM/AAAA`).
 */
depuis: string, 
/**
 * Gross euros per hour: `29,54`, `29.54`, `29,54 €`.
 */
montant: string, };

export type SaisieVacances = { 
/**
 * Name ("Vacances d'hiver").
 */
nom: string, 
/**
 * First day without class.
 */
premier_jour: string, 
/**
 * Last day without class.
 */
dernier_jour: string, };

export type SansAttestation = { 
/**
 * The enrolment.
 */
inscription_id: number, 
/**
 * The parent.
 */
parent_id: number, 
/**
 * « Prénom NOM ».
 */
nom_complet: string, 
/**
 * The atelier.
 */
atelier_nom: string, 
/**
 * « aucune heure dispensée » (no séance held yet) or « aucune heure suivie ».
 */
motif: string, };

export type Sauvegarde = { 
/**
 * Where it is.
 */
chemin: string, 
/**
 * When it was taken (local time, from its name).
 */
date: string, 
/**
 * Size in bytes.
 */
taille: number, 
/**
 * Whether it is encrypted (it then needs the passphrase to be read or restored).
 */
chiffree: boolean, 
/**
 * Its summary; `None` when the copy cannot be read (damaged since, or encrypted and no
 * passphrase was given).
 */
resume: Resume | null, };

export type Seance = { 
/**
 * Row id.
 */
id: number, 
/**
 * Its atelier.
 */
atelier_id: number, 
/**
 * The weekly slot it was generated from; `None` when added by hand.
 */
creneau_id: number | null, 
/**
 * Date.
 */
date: string, 
/**
 * Start time.
 */
debut: string, 
/**
 * End time.
 */
fin: string, 
/**
 * `fin − debut`, in minutes (counted even when cancelled: see `annulee`).
 */
duree_minutes: number, 
/**
 * Who runs it (co-animation: several; hours count for each).
 */
intervenants: Array<IntervenantBref>, 
/**
 * Axes worked on.
 */
axes: Axes, 
/**
 * Theme or content.
 */
theme: string, 
/**
 * Held outside the school (town hall, library…).
 */
hors_les_murs: boolean, 
/**
 * Where, when off-site (or a room).
 */
lieu: string, 
/**
 * Cancelled: kept with its reason, counts no hours.
 */
annulee: boolean, 
/**
 * Why it was cancelled (empty unless cancelled).
 */
motif_annulation: string, 
/**
 * Moved or edited by hand: re-generating the calendar keeps it.
 */
modifiee: boolean, 
/**
 * At least one attendance mark exists (the roll call has been taken).
 */
appel_fait: boolean, 
/**
 * The school is closed that day (holidays, public holiday, closure day): the reason, in
 * French. A séance can be put there on purpose; the screen shows it.
 */
fermeture: string | null, };

export type SeanceConservee = { 
/**
 * The séance.
 */
seance_id: number, 
/**
 * Its date.
 */
date: string, 
/**
 * Start.
 */
debut: string, 
/**
 * End.
 */
fin: string, 
/**
 * The first reason, in this order: roll call, cancelled, edited, past.
 */
raison: RaisonConservation, 
/**
 * "mardi 04/11/2025 14:00–16:00 : annulée (Grève)".
 */
explication: string, };

export type SeanceSansAppel = { 
/**
 * The séance.
 */
seance: InfoSeance, 
/**
 * Parents the roll call should list.
 */
parents_attendus: number, };

export type Serie = { 
/**
 * Shown in the legend and the table (« Entrée », « Sortie »…).
 */
nom: string, 
/**
 * One value per category; `None`: not known (« — »).
 */
valeurs: Array<number | null>, };

export type Sexe = "F" | "M";

export type SortLigne = "Nouveau" | "Existant" | "Ignore" | "Erreur";

export type SousLeSeuil = { 
/**
 * The enrolment.
 */
inscription_id: number, 
/**
 * The parent.
 */
parent_id: number, 
/**
 * « Prénom NOM ».
 */
nom_complet: string, 
/**
 * The atelier.
 */
atelier_nom: string, 
/**
 * Hours and rate.
 */
heures: Heures, 
/**
 * The minimum rate it was compared with.
 */
taux_minimum: number, };

export type Statut = "upe2a" | "fls" | "enseignant" | "greta" | "association" | "autre";

export type StatutInscription = "inscrit" | "attente" | "parti";

export type StatutPresence = "present" | "absent" | "excuse" | "retard";

export type SuiteInscription = { 
/**
 * The enrolment.
 */
inscription_id: number, 
/**
 * Its atelier's name.
 */
atelier_nom: string, 
/**
 * Its school year (« 2025-2026 »).
 */
annee: string, 
/**
 * Date enrolled.
 */
inscrit_le: string, 
/**
 * Entry levels.
 */
entree: Evaluation, 
/**
 * Exit levels.
 */
sortie: Evaluation, 
/**
 * Oral: entry → exit, when both are known.
 */
evolution_oral: Evolution | null, 
/**
 * Written: entry → exit, when both are known.
 */
evolution_ecrit: Evolution | null, 
/**
 * « A1 → A2 (en progrès) », for the screens and the CLI.
 */
progression_oral: string, 
/**
 * Same for written.
 */
progression_ecrit: string, 
/**
 * Where the parent goes next; `None` while not decided.
 */
orientation: Orientation | null, };

export type TauxVacation = { 
/**
 * First day the rate applies.
 */
depuis: string, 
/**
 * Gross amount per hour, in euro cents (2954 = 29,54 €).
 */
centimes_par_heure: number, };

export type TexteAffiche = { 
/**
 * Message id (`affiche-titre`, `pratique-quand`…).
 */
id: string, 
/**
 * The text, isolation marks removed.
 */
texte: string, 
/**
 * `ltr` or `rtl`: that of the locale that actually served it.
 */
direction: string, 
/**
 * Served by the French fallback.
 */
en_francais: boolean, };

export type ThemesParAxe = { 
/**
 * Axis « langue française ».
 */
langue: string, 
/**
 * Axis 2, « la connaissance du fonctionnement et des attentes de l'École ».
 */
ecole: string, 
/**
 * Axis « valeurs de la République ».
 */
valeurs: string, };

export type TitreChef = "principal" | "principale" | "proviseur" | "proviseure" | "directeur" | "directrice";

export type Totaux = { 
/**
 * Planned: `atelier.minutes_prevues`.
 */
minutes_prevues: number, 
/**
 * Non-cancelled séances, any date.
 */
minutes_programmees: number, 
/**
 * Non-cancelled séances dated before today.
 */
minutes_tenues: number, 
/**
 * Non-cancelled séances whose roll call has been taken.
 */
minutes_realisees: number, 
/**
 * Number of non-cancelled séances.
 */
seances_programmees: number, 
/**
 * Number of non-cancelled séances before today.
 */
seances_tenues: number, 
/**
 * Number of non-cancelled séances with a roll call.
 */
seances_realisees: number, 
/**
 * Number of cancelled séances.
 */
seances_annulees: number, 
/**
 * Scheduled minutes (non-cancelled séances) per axis, split as [`MinutesAxes`] says.
 */
axes_programmes: MinutesAxes, 
/**
 * Delivered minutes (roll call taken) per axis.
 */
axes_realises: MinutesAxes, };

export type Trimestre = { 
/**
 * 1, 2 or 3.
 */
numero: number, 
/**
 * First day (the rentrée, or the day after a break).
 */
du: string, 
/**
 * Last day (the eve of a break, or the last day of the year).
 */
au: string, };

export type Trimestres = { 
/**
 * Terms 1, 2, 3.
 */
trimestres: [Trimestre, Trimestre, Trimestre], 
/**
 * `true` when a break was not found in the calendar and 31 December / 31 March were used.
 */
approximatif: boolean, };

export type TypeEtablissement = "ecole" | "college" | "lycee";

export type Unite = "pourcent" | "heures" | "nombre";

export type Vacances = { 
/**
 * Zone de vacances à laquelle la plage s'applique.
 */
zone: Zone, 
/**
 * Nom affiché (« Vacances d'hiver », « Pont de l'Ascension »…).
 */
nom: string, 
/**
 * Premier jour sans classe (inclus), en général un samedi.
 */
premier_jour: string, 
/**
 * Dernier jour sans classe (inclus), en général un dimanche.
 */
dernier_jour: string, };

export type VacancesSaisies = { 
/**
 * Row id.
 */
id: number, 
/**
 * Name shown ("Vacances de la Toussaint").
 */
nom: string, 
/**
 * First day without class.
 */
premier_jour: string, 
/**
 * Last day without class.
 */
dernier_jour: string, };

export type Validation = { 
/**
 * When (local time, `AAAA-MM-JJTHH:MM:SS`).
 */
le: string, 
/**
 * Who (the name chosen on the shared PC).
 */
par: string, };

export type Verification = { 
/**
 * School, year, counts.
 */
resume: Resume, 
/**
 * Its data format version (older ones are migrated when opened).
 */
version: number, 
/**
 * Whether it is encrypted.
 */
chiffree: boolean, };

export type VueAtelier = { 
/**
 * The atelier.
 */
atelier: Atelier, 
/**
 * Hours planned, scheduled, held so far, delivered (see [`crate::domaine::seance`]).
 */
totaux: Totaux, 
/**
 * Parents enrolled (inscriptions with status `inscrit`).
 */
inscrits: number, 
/**
 * Never blocking.
 */
avertissements: Array<Avertissement>, 
/**
 * The school's minimum share of each axis, percent ([`crate::domaine::atelier::part_axe_minimum`]).
 */
part_axe_min_pourcent: number, 
/**
 * The axes under that share of the delivered hours ([`seance::MinutesAxes::sous_la_part`]),
 * marked on the atelier's page as « À vérifier » lists them.
 */
axes_faibles: Axes, };

export type VueAteliers = { 
/**
 * The year shown; `None` when no year is set yet.
 */
annee: AnneeScolaire | null, 
/**
 * Whether the app has the holiday calendar of that year (`calendrier_connu`), and what
 * to tell the school if not.
 */
calendrier: EtatCalendrier | null, 
/**
 * Planned-hours range, in hours (warning outside).
 */
heures_min: number, 
/**
 * See `heures_min`.
 */
heures_max: number, 
/**
 * The ateliers, by name.
 */
ateliers: Array<VueAtelier>, };

export type VueCalendrier = { 
/**
 * The school's zone, once the school is entered.
 */
zone: Zone | null, 
/**
 * The year shown (the current one unless asked otherwise).
 */
annee: AnneeScolaire | null, 
/**
 * Known or not, and the message.
 */
etat: EtatCalendrier, 
/**
 * Shipped holidays of the zone touching the year.
 */
vacances_officielles: Array<Vacances>, 
/**
 * Holidays entered by hand touching the year (all of them when no year is set).
 */
vacances_saisies: Array<VacancesSaisies>, 
/**
 * Public holidays of the year (computed).
 */
jours_feries: Array<JourFerie>, 
/**
 * Closure days the school added, in the year (all of them when no year is set).
 */
fermetures: Array<Fermeture>, };

export type VueEtablissement = { 
/**
 * The school, once entered.
 */
etablissement: Etablissement | null, 
/**
 * The current school year first, then past years.
 */
annees: Array<AnneeScolaire>, 
/**
 * The académies to choose from.
 */
academies: Array<Academie>, };

export type VueIntervenant = { 
/**
 * The person.
 */
intervenant: Intervenant, 
/**
 * Hours per month within the school year asked for.
 */
heures_par_mois: Array<HeuresMois>, 
/**
 * Total minutes within that year.
 */
minutes_annee: number, 
/**
 * The cap warning, if any (see the module doc).
 */
avertissements: Array<Avertissement>, };

export type VueSauvegardes = { 
/**
 * Folder and rotation counts.
 */
reglages: ReglagesSauvegarde, 
/**
 * The backups of that folder, newest first (encrypted ones read with this session's passphrase).
 */
sauvegardes: Array<Sauvegarde>, 
/**
 * Whether the data file is encrypted.
 */
chiffree: boolean, 
/**
 * Why this session's start-up backup failed, if it did.
 */
echec_demarrage: string | null, };

export type VueSeances = { 
/**
 * The atelier, its totals and warnings.
 */
atelier: VueAtelier, 
/**
 * Every séance, cancelled ones included, by date and time.
 */
seances: Array<Seance>, 
/**
 * The séance a sign-in sheet is proposed for ([`seance::a_emarger`]).
 */
a_emarger: number | null, };

export type Zone = "A" | "B" | "C";

/** Every command of the app, as the UI calls it. */
export interface Commandes {
  accueil_etat(): Promise<EtatAccueil>;
  accueil_charger_demo(): Promise<EtatAccueil>;
  accueil_commencer_vide(): Promise<EtatAccueil>;
  etablissement_lire(): Promise<VueEtablissement>;
  reglages_avertissements_lire(): Promise<ReglagesAvertissements>;
  reglages_avertissements_enregistrer(reglages: ReglagesAvertissements): Promise<ReglagesAvertissements>;
  etablissement_enregistrer(saisie: SaisieEtablissement): Promise<Etablissement>;
  annee_definir_courante(saisie: SaisieAnnee): Promise<AnneeScolaire>;
  ateliers_lister(annee_id: number | null): Promise<VueAteliers>;
  atelier_lire(id: number): Promise<VueAtelier>;
  atelier_creer(saisie: SaisieAtelier): Promise<VueAtelier>;
  atelier_modifier(id: number, saisie: SaisieAtelier): Promise<VueAtelier>;
  atelier_supprimer(id: number): Promise<VueAteliers>;
  seances_lister(atelier_id: number): Promise<VueSeances>;
  seances_apercu_generation(atelier_id: number): Promise<ApercuGeneration>;
  seances_apercu_saisie(atelier_id: number | null, saisie: SaisieAtelier): Promise<ApercuGeneration>;
  seances_generer(atelier_id: number): Promise<ResultatGeneration>;
  seances_programme_apercu(atelier_id: number, regle: RegleProgramme): Promise<ApercuProgramme>;
  seances_programme_appliquer(atelier_id: number, regle: RegleProgramme): Promise<ApercuProgramme>;
  seance_ajouter(atelier_id: number, saisie: SaisieSeance): Promise<Seance>;
  seance_modifier(id: number, saisie: SaisieSeance): Promise<Seance>;
  seance_annuler(id: number, motif: string): Promise<Seance>;
  seance_retablir(id: number): Promise<Seance>;
  seance_supprimer(id: number): Promise<VueSeances>;
  intervenants_lister(annee_id: number | null): Promise<Array<VueIntervenant>>;
  intervenant_creer(saisie: SaisieIntervenant): Promise<Intervenant>;
  intervenant_modifier(id: number, saisie: SaisieIntervenant): Promise<Intervenant>;
  taux_vacation_lister(): Promise<Array<TauxVacation>>;
  taux_vacation_enregistrer(saisie: SaisieTaux): Promise<Array<TauxVacation>>;
  calendrier_lire(annee_id: number | null): Promise<VueCalendrier>;
  fermeture_ajouter(saisie: SaisieFermeture): Promise<VueCalendrier>;
  fermeture_retirer(date: string): Promise<VueCalendrier>;
  vacances_ajouter(saisie: SaisieVacances): Promise<VueCalendrier>;
  vacances_retirer(id: number): Promise<VueCalendrier>;
  referentiels_lire(): Promise<Referentiels>;
  parents_chercher(filtre: FiltreParents): Promise<Array<LigneParent>>;
  parent_fiche(parent_id: number): Promise<FicheParent>;
  parent_creer(saisie: SaisieParent): Promise<FicheParent>;
  parent_modifier(parent_id: number, saisie: SaisieParent): Promise<FicheParent>;
  parcours_lire(parent_id: number): Promise<ParcoursParent>;
  parcours_accueil_enregistrer(parent_id: number, saisie: SaisieAccueil): Promise<ParcoursParent>;
  parcours_orientation_enregistrer(inscription_id: number, orientation: Orientation | null): Promise<ParcoursParent>;
  suivi_grille(atelier_id: number, trimestre: number): Promise<GrilleSuivi>;
  suivi_cocher(atelier_id: number, parent_id: number, trimestre: number, indicateur: IndicateurParent, coche: boolean): Promise<GrilleSuivi>;
  inscription_creer(saisie: SaisieInscription): Promise<Inscription>;
  inscription_modifier(inscription_id: number, saisie: SaisieInscription): Promise<Inscription>;
  inscription_quitter(inscription_id: number, saisie: SaisieDepart): Promise<Inscription>;
  appel_ouvrir(seance_id: number | null, atelier_retenu: number | null): Promise<OuvertureAppel>;
  appel_lire(seance_id: number): Promise<Appel>;
  appel_seance_par_defaut(atelier_id: number): Promise<InfoSeance | null>;
  presence_marquer(saisie: SaisieMarque): Promise<LigneAppel>;
  appel_tous_presents(seance_id: number): Promise<Appel>;
  appel_valider(seance_id: number, qui: string): Promise<Appel>;
  appel_deverrouiller(seance_id: number, qui: string, motif: string): Promise<Appel>;
  presences_grille_mois(atelier_id: number, annee: number, mois: number): Promise<GrilleMois>;
  appels_non_faits(atelier_id: number | null): Promise<Array<SeanceSansAppel>>;
  import_apercu(chemin: string, atelier_id: number, correspondances: Array<Correspondance> | null): Promise<ApercuImport>;
  import_confirmer(chemin: string, atelier_id: number, correspondances: Array<Correspondance>): Promise<RapportImport>;
  documents_dossier(): Promise<string>;
  documents_definir_dossier(chemin: string): Promise<string>;
  dossier_choisir(titre: string, depart: string | null): Promise<string | null>;
  fichier_choisir(titre: string, depart: string | null, extensions: Array<string>): Promise<string | null>;
  document_produire(demande: DemandeDocument): Promise<DocumentEcrit>;
  attestations_apercu(choix: ChoixAttestations): Promise<ApercuAttestations>;
  attestations_sous_le_seuil(choix: ChoixAttestations): Promise<Array<SousLeSeuil>>;
  document_ouvrir(chemin: string): Promise<null>;
  affiche_langues(): Promise<Array<FlyerLanguage>>;
  affiche_apercu(atelier_id: number, langues: Array<string>, petits_enfants: boolean): Promise<Array<ApercuAffiche>>;
  affiches_par_langue(atelier_id: number, langues: Array<string>, bilingue: boolean, petits_enfants: boolean): Promise<Array<DocumentEcrit>>;
  annee_etat(): Promise<EtatAnnee>;
  rentree_apercu(depuis: string): Promise<ApercuRentree>;
  rentree_preparer(choix: ChoixRentree): Promise<RapportRentree>;
  relecture_exporter(langue: string): Promise<Array<DocumentEcrit>>;
  relecture_verifier(chemin: string, langue: string, relecteur: string): Promise<Import>;
  relecture_enregistrer(chemin: string, langue: string, relecteur: string): Promise<Array<FlyerLanguage>>;
  qui_lire(): Promise<QuiUtilise>;
  qui_choisir(nom: string): Promise<QuiUtilise>;
  bilan_calculer(annee_id: number): Promise<Bilan>;
  bilan_graphiques(annee_id: number): Promise<Array<Graphique>>;
  bilan_point_trimestriel(annee_id: number, trimestre: number, atelier_id: number | null): Promise<DocumentEcrit>;
  bilan_verifier(annee_id: number): Promise<Array<PointAVerifier>>;
  bilan_exporter(annee_id: number): Promise<Array<DocumentEcrit>>;
  bilan_progression(): Promise<Progression | null>;
  bilan_qualitatif_enregistrer(annee_id: number, qualitatif: Qualitatif): Promise<Qualitatif>;
  bilan_depense_ajouter(annee_id: number, saisie: SaisieDepense): Promise<Bilan>;
  bilan_depense_supprimer(annee_id: number, depense_id: number): Promise<Bilan>;
  bilan_financement_ajouter(annee_id: number, saisie: SaisieFinancement): Promise<Bilan>;
  bilan_financement_supprimer(annee_id: number, financement_id: number): Promise<Bilan>;
  academie_examiner(dossier: string): Promise<Consolidation>;
  academie_dernier_dossier(): Promise<string>;
  academie_consolider(dossier: string): Promise<Consolidation>;
  demarrage_phrase(phrase: string): Promise<EtatAccueil>;
  demarrage_attente(): Promise<number>;
  demarrage_premier_ecran(etapes: Array<[string, number]>): Promise<null>;
  demarrage_sauvegarde_valide(): Promise<Sauvegarde | null>;
  demarrage_restaurer(chemin: string): Promise<EtatAccueil>;
  sauvegardes_lire(): Promise<VueSauvegardes>;
  sauvegarde_maintenant(): Promise<VueSauvegardes>;
  sauvegardes_reglages(saisie: SaisieReglagesSauvegarde): Promise<VueSauvegardes>;
  sauvegarde_restaurer(chemin: string): Promise<Remplacement>;
  donnees_exporter(): Promise<DocumentEcrit>;
  donnees_verifier_import(chemin: string, phrase: string | null): Promise<Verification>;
  donnees_importer(chemin: string, phrase: string | null): Promise<Remplacement>;
  chiffrement_definir(phrase: string): Promise<VueSauvegardes>;
  chiffrement_changer(actuelle: string, nouvelle: string): Promise<VueSauvegardes>;
  chiffrement_retirer(actuelle: string): Promise<VueSauvegardes>;
  conservation_lire(): Promise<ReglageConservation>;
  conservation_definir(annees: number): Promise<ReglageConservation>;
  purge_apercu(): Promise<ApercuPurge>;
  purge_lancer(): Promise<ResultatPurge>;
  registre_lire(): Promise<FicheRegistre>;
  registre_produire(): Promise<DocumentEcrit>;
  journal_lister(filtre: FiltreJournal): Promise<Array<EntreeJournal>>;
  journal_actions(): Promise<Array<ActionJournal>>;
  parent_donnees_exporter(parent_id: number): Promise<Array<DocumentEcrit>>;
  parent_effacer(parent_id: number): Promise<Effacement>;
  a_propos_lire(): Promise<APropos>;
  a_propos_ouvrir_dossier(): Promise<null>;
  a_propos_journal_technique(): Promise<string>;
}

/** Names of the commands, as registered with Tauri. */
export type NomCommande = keyof Commandes;

/** The commands over an `invoke` function (Tauri's, or a fake in tests). */
export function creerCommandes(
  invoke: (commande: NomCommande, args?: Record<string, unknown>) => Promise<unknown>,
): Commandes {
  return {
    accueil_etat: () => invoke("accueil_etat") as Promise<EtatAccueil>,
    accueil_charger_demo: () => invoke("accueil_charger_demo") as Promise<EtatAccueil>,
    accueil_commencer_vide: () => invoke("accueil_commencer_vide") as Promise<EtatAccueil>,
    etablissement_lire: () => invoke("etablissement_lire") as Promise<VueEtablissement>,
    reglages_avertissements_lire: () => invoke("reglages_avertissements_lire") as Promise<ReglagesAvertissements>,
    reglages_avertissements_enregistrer: (reglages: ReglagesAvertissements) => invoke("reglages_avertissements_enregistrer", { reglages: reglages }) as Promise<ReglagesAvertissements>,
    etablissement_enregistrer: (saisie: SaisieEtablissement) => invoke("etablissement_enregistrer", { saisie: saisie }) as Promise<Etablissement>,
    annee_definir_courante: (saisie: SaisieAnnee) => invoke("annee_definir_courante", { saisie: saisie }) as Promise<AnneeScolaire>,
    ateliers_lister: (annee_id: number | null) => invoke("ateliers_lister", { anneeId: annee_id }) as Promise<VueAteliers>,
    atelier_lire: (id: number) => invoke("atelier_lire", { id: id }) as Promise<VueAtelier>,
    atelier_creer: (saisie: SaisieAtelier) => invoke("atelier_creer", { saisie: saisie }) as Promise<VueAtelier>,
    atelier_modifier: (id: number, saisie: SaisieAtelier) => invoke("atelier_modifier", { id: id, saisie: saisie }) as Promise<VueAtelier>,
    atelier_supprimer: (id: number) => invoke("atelier_supprimer", { id: id }) as Promise<VueAteliers>,
    seances_lister: (atelier_id: number) => invoke("seances_lister", { atelierId: atelier_id }) as Promise<VueSeances>,
    seances_apercu_generation: (atelier_id: number) => invoke("seances_apercu_generation", { atelierId: atelier_id }) as Promise<ApercuGeneration>,
    seances_apercu_saisie: (atelier_id: number | null, saisie: SaisieAtelier) => invoke("seances_apercu_saisie", { atelierId: atelier_id, saisie: saisie }) as Promise<ApercuGeneration>,
    seances_generer: (atelier_id: number) => invoke("seances_generer", { atelierId: atelier_id }) as Promise<ResultatGeneration>,
    seances_programme_apercu: (atelier_id: number, regle: RegleProgramme) => invoke("seances_programme_apercu", { atelierId: atelier_id, regle: regle }) as Promise<ApercuProgramme>,
    seances_programme_appliquer: (atelier_id: number, regle: RegleProgramme) => invoke("seances_programme_appliquer", { atelierId: atelier_id, regle: regle }) as Promise<ApercuProgramme>,
    seance_ajouter: (atelier_id: number, saisie: SaisieSeance) => invoke("seance_ajouter", { atelierId: atelier_id, saisie: saisie }) as Promise<Seance>,
    seance_modifier: (id: number, saisie: SaisieSeance) => invoke("seance_modifier", { id: id, saisie: saisie }) as Promise<Seance>,
    seance_annuler: (id: number, motif: string) => invoke("seance_annuler", { id: id, motif: motif }) as Promise<Seance>,
    seance_retablir: (id: number) => invoke("seance_retablir", { id: id }) as Promise<Seance>,
    seance_supprimer: (id: number) => invoke("seance_supprimer", { id: id }) as Promise<VueSeances>,
    intervenants_lister: (annee_id: number | null) => invoke("intervenants_lister", { anneeId: annee_id }) as Promise<Array<VueIntervenant>>,
    intervenant_creer: (saisie: SaisieIntervenant) => invoke("intervenant_creer", { saisie: saisie }) as Promise<Intervenant>,
    intervenant_modifier: (id: number, saisie: SaisieIntervenant) => invoke("intervenant_modifier", { id: id, saisie: saisie }) as Promise<Intervenant>,
    taux_vacation_lister: () => invoke("taux_vacation_lister") as Promise<Array<TauxVacation>>,
    taux_vacation_enregistrer: (saisie: SaisieTaux) => invoke("taux_vacation_enregistrer", { saisie: saisie }) as Promise<Array<TauxVacation>>,
    calendrier_lire: (annee_id: number | null) => invoke("calendrier_lire", { anneeId: annee_id }) as Promise<VueCalendrier>,
    fermeture_ajouter: (saisie: SaisieFermeture) => invoke("fermeture_ajouter", { saisie: saisie }) as Promise<VueCalendrier>,
    fermeture_retirer: (date: string) => invoke("fermeture_retirer", { date: date }) as Promise<VueCalendrier>,
    vacances_ajouter: (saisie: SaisieVacances) => invoke("vacances_ajouter", { saisie: saisie }) as Promise<VueCalendrier>,
    vacances_retirer: (id: number) => invoke("vacances_retirer", { id: id }) as Promise<VueCalendrier>,
    referentiels_lire: () => invoke("referentiels_lire") as Promise<Referentiels>,
    parents_chercher: (filtre: FiltreParents) => invoke("parents_chercher", { filtre: filtre }) as Promise<Array<LigneParent>>,
    parent_fiche: (parent_id: number) => invoke("parent_fiche", { parentId: parent_id }) as Promise<FicheParent>,
    parent_creer: (saisie: SaisieParent) => invoke("parent_creer", { saisie: saisie }) as Promise<FicheParent>,
    parent_modifier: (parent_id: number, saisie: SaisieParent) => invoke("parent_modifier", { parentId: parent_id, saisie: saisie }) as Promise<FicheParent>,
    parcours_lire: (parent_id: number) => invoke("parcours_lire", { parentId: parent_id }) as Promise<ParcoursParent>,
    parcours_accueil_enregistrer: (parent_id: number, saisie: SaisieAccueil) => invoke("parcours_accueil_enregistrer", { parentId: parent_id, saisie: saisie }) as Promise<ParcoursParent>,
    parcours_orientation_enregistrer: (inscription_id: number, orientation: Orientation | null) => invoke("parcours_orientation_enregistrer", { inscriptionId: inscription_id, orientation: orientation }) as Promise<ParcoursParent>,
    suivi_grille: (atelier_id: number, trimestre: number) => invoke("suivi_grille", { atelierId: atelier_id, trimestre: trimestre }) as Promise<GrilleSuivi>,
    suivi_cocher: (atelier_id: number, parent_id: number, trimestre: number, indicateur: IndicateurParent, coche: boolean) => invoke("suivi_cocher", { atelierId: atelier_id, parentId: parent_id, trimestre: trimestre, indicateur: indicateur, coche: coche }) as Promise<GrilleSuivi>,
    inscription_creer: (saisie: SaisieInscription) => invoke("inscription_creer", { saisie: saisie }) as Promise<Inscription>,
    inscription_modifier: (inscription_id: number, saisie: SaisieInscription) => invoke("inscription_modifier", { inscriptionId: inscription_id, saisie: saisie }) as Promise<Inscription>,
    inscription_quitter: (inscription_id: number, saisie: SaisieDepart) => invoke("inscription_quitter", { inscriptionId: inscription_id, saisie: saisie }) as Promise<Inscription>,
    appel_ouvrir: (seance_id: number | null, atelier_retenu: number | null) => invoke("appel_ouvrir", { seanceId: seance_id, atelierRetenu: atelier_retenu }) as Promise<OuvertureAppel>,
    appel_lire: (seance_id: number) => invoke("appel_lire", { seanceId: seance_id }) as Promise<Appel>,
    appel_seance_par_defaut: (atelier_id: number) => invoke("appel_seance_par_defaut", { atelierId: atelier_id }) as Promise<InfoSeance | null>,
    presence_marquer: (saisie: SaisieMarque) => invoke("presence_marquer", { saisie: saisie }) as Promise<LigneAppel>,
    appel_tous_presents: (seance_id: number) => invoke("appel_tous_presents", { seanceId: seance_id }) as Promise<Appel>,
    appel_valider: (seance_id: number, qui: string) => invoke("appel_valider", { seanceId: seance_id, qui: qui }) as Promise<Appel>,
    appel_deverrouiller: (seance_id: number, qui: string, motif: string) => invoke("appel_deverrouiller", { seanceId: seance_id, qui: qui, motif: motif }) as Promise<Appel>,
    presences_grille_mois: (atelier_id: number, annee: number, mois: number) => invoke("presences_grille_mois", { atelierId: atelier_id, annee: annee, mois: mois }) as Promise<GrilleMois>,
    appels_non_faits: (atelier_id: number | null) => invoke("appels_non_faits", { atelierId: atelier_id }) as Promise<Array<SeanceSansAppel>>,
    import_apercu: (chemin: string, atelier_id: number, correspondances: Array<Correspondance> | null) => invoke("import_apercu", { chemin: chemin, atelierId: atelier_id, correspondances: correspondances }) as Promise<ApercuImport>,
    import_confirmer: (chemin: string, atelier_id: number, correspondances: Array<Correspondance>) => invoke("import_confirmer", { chemin: chemin, atelierId: atelier_id, correspondances: correspondances }) as Promise<RapportImport>,
    documents_dossier: () => invoke("documents_dossier") as Promise<string>,
    documents_definir_dossier: (chemin: string) => invoke("documents_definir_dossier", { chemin: chemin }) as Promise<string>,
    dossier_choisir: (titre: string, depart: string | null) => invoke("dossier_choisir", { titre: titre, depart: depart }) as Promise<string | null>,
    fichier_choisir: (titre: string, depart: string | null, extensions: Array<string>) => invoke("fichier_choisir", { titre: titre, depart: depart, extensions: extensions }) as Promise<string | null>,
    document_produire: (demande: DemandeDocument) => invoke("document_produire", { demande: demande }) as Promise<DocumentEcrit>,
    attestations_apercu: (choix: ChoixAttestations) => invoke("attestations_apercu", { choix: choix }) as Promise<ApercuAttestations>,
    attestations_sous_le_seuil: (choix: ChoixAttestations) => invoke("attestations_sous_le_seuil", { choix: choix }) as Promise<Array<SousLeSeuil>>,
    document_ouvrir: (chemin: string) => invoke("document_ouvrir", { chemin: chemin }) as Promise<null>,
    affiche_langues: () => invoke("affiche_langues") as Promise<Array<FlyerLanguage>>,
    affiche_apercu: (atelier_id: number, langues: Array<string>, petits_enfants: boolean) => invoke("affiche_apercu", { atelierId: atelier_id, langues: langues, petitsEnfants: petits_enfants }) as Promise<Array<ApercuAffiche>>,
    affiches_par_langue: (atelier_id: number, langues: Array<string>, bilingue: boolean, petits_enfants: boolean) => invoke("affiches_par_langue", { atelierId: atelier_id, langues: langues, bilingue: bilingue, petitsEnfants: petits_enfants }) as Promise<Array<DocumentEcrit>>,
    annee_etat: () => invoke("annee_etat") as Promise<EtatAnnee>,
    rentree_apercu: (depuis: string) => invoke("rentree_apercu", { depuis: depuis }) as Promise<ApercuRentree>,
    rentree_preparer: (choix: ChoixRentree) => invoke("rentree_preparer", { choix: choix }) as Promise<RapportRentree>,
    relecture_exporter: (langue: string) => invoke("relecture_exporter", { langue: langue }) as Promise<Array<DocumentEcrit>>,
    relecture_verifier: (chemin: string, langue: string, relecteur: string) => invoke("relecture_verifier", { chemin: chemin, langue: langue, relecteur: relecteur }) as Promise<Import>,
    relecture_enregistrer: (chemin: string, langue: string, relecteur: string) => invoke("relecture_enregistrer", { chemin: chemin, langue: langue, relecteur: relecteur }) as Promise<Array<FlyerLanguage>>,
    qui_lire: () => invoke("qui_lire") as Promise<QuiUtilise>,
    qui_choisir: (nom: string) => invoke("qui_choisir", { nom: nom }) as Promise<QuiUtilise>,
    bilan_calculer: (annee_id: number) => invoke("bilan_calculer", { anneeId: annee_id }) as Promise<Bilan>,
    bilan_graphiques: (annee_id: number) => invoke("bilan_graphiques", { anneeId: annee_id }) as Promise<Array<Graphique>>,
    bilan_point_trimestriel: (annee_id: number, trimestre: number, atelier_id: number | null) => invoke("bilan_point_trimestriel", { anneeId: annee_id, trimestre: trimestre, atelierId: atelier_id }) as Promise<DocumentEcrit>,
    bilan_verifier: (annee_id: number) => invoke("bilan_verifier", { anneeId: annee_id }) as Promise<Array<PointAVerifier>>,
    bilan_exporter: (annee_id: number) => invoke("bilan_exporter", { anneeId: annee_id }) as Promise<Array<DocumentEcrit>>,
    bilan_progression: () => invoke("bilan_progression") as Promise<Progression | null>,
    bilan_qualitatif_enregistrer: (annee_id: number, qualitatif: Qualitatif) => invoke("bilan_qualitatif_enregistrer", { anneeId: annee_id, qualitatif: qualitatif }) as Promise<Qualitatif>,
    bilan_depense_ajouter: (annee_id: number, saisie: SaisieDepense) => invoke("bilan_depense_ajouter", { anneeId: annee_id, saisie: saisie }) as Promise<Bilan>,
    bilan_depense_supprimer: (annee_id: number, depense_id: number) => invoke("bilan_depense_supprimer", { anneeId: annee_id, depenseId: depense_id }) as Promise<Bilan>,
    bilan_financement_ajouter: (annee_id: number, saisie: SaisieFinancement) => invoke("bilan_financement_ajouter", { anneeId: annee_id, saisie: saisie }) as Promise<Bilan>,
    bilan_financement_supprimer: (annee_id: number, financement_id: number) => invoke("bilan_financement_supprimer", { anneeId: annee_id, financementId: financement_id }) as Promise<Bilan>,
    academie_examiner: (dossier: string) => invoke("academie_examiner", { dossier: dossier }) as Promise<Consolidation>,
    academie_dernier_dossier: () => invoke("academie_dernier_dossier") as Promise<string>,
    academie_consolider: (dossier: string) => invoke("academie_consolider", { dossier: dossier }) as Promise<Consolidation>,
    demarrage_phrase: (phrase: string) => invoke("demarrage_phrase", { phrase: phrase }) as Promise<EtatAccueil>,
    demarrage_attente: () => invoke("demarrage_attente") as Promise<number>,
    demarrage_premier_ecran: (etapes: Array<[string, number]>) => invoke("demarrage_premier_ecran", { etapes: etapes }) as Promise<null>,
    demarrage_sauvegarde_valide: () => invoke("demarrage_sauvegarde_valide") as Promise<Sauvegarde | null>,
    demarrage_restaurer: (chemin: string) => invoke("demarrage_restaurer", { chemin: chemin }) as Promise<EtatAccueil>,
    sauvegardes_lire: () => invoke("sauvegardes_lire") as Promise<VueSauvegardes>,
    sauvegarde_maintenant: () => invoke("sauvegarde_maintenant") as Promise<VueSauvegardes>,
    sauvegardes_reglages: (saisie: SaisieReglagesSauvegarde) => invoke("sauvegardes_reglages", { saisie: saisie }) as Promise<VueSauvegardes>,
    sauvegarde_restaurer: (chemin: string) => invoke("sauvegarde_restaurer", { chemin: chemin }) as Promise<Remplacement>,
    donnees_exporter: () => invoke("donnees_exporter") as Promise<DocumentEcrit>,
    donnees_verifier_import: (chemin: string, phrase: string | null) => invoke("donnees_verifier_import", { chemin: chemin, phrase: phrase }) as Promise<Verification>,
    donnees_importer: (chemin: string, phrase: string | null) => invoke("donnees_importer", { chemin: chemin, phrase: phrase }) as Promise<Remplacement>,
    chiffrement_definir: (phrase: string) => invoke("chiffrement_definir", { phrase: phrase }) as Promise<VueSauvegardes>,
    chiffrement_changer: (actuelle: string, nouvelle: string) => invoke("chiffrement_changer", { actuelle: actuelle, nouvelle: nouvelle }) as Promise<VueSauvegardes>,
    chiffrement_retirer: (actuelle: string) => invoke("chiffrement_retirer", { actuelle: actuelle }) as Promise<VueSauvegardes>,
    conservation_lire: () => invoke("conservation_lire") as Promise<ReglageConservation>,
    conservation_definir: (annees: number) => invoke("conservation_definir", { annees: annees }) as Promise<ReglageConservation>,
    purge_apercu: () => invoke("purge_apercu") as Promise<ApercuPurge>,
    purge_lancer: () => invoke("purge_lancer") as Promise<ResultatPurge>,
    registre_lire: () => invoke("registre_lire") as Promise<FicheRegistre>,
    registre_produire: () => invoke("registre_produire") as Promise<DocumentEcrit>,
    journal_lister: (filtre: FiltreJournal) => invoke("journal_lister", { filtre: filtre }) as Promise<Array<EntreeJournal>>,
    journal_actions: () => invoke("journal_actions") as Promise<Array<ActionJournal>>,
    parent_donnees_exporter: (parent_id: number) => invoke("parent_donnees_exporter", { parentId: parent_id }) as Promise<Array<DocumentEcrit>>,
    parent_effacer: (parent_id: number) => invoke("parent_effacer", { parentId: parent_id }) as Promise<Effacement>,
    a_propos_lire: () => invoke("a_propos_lire") as Promise<APropos>,
    a_propos_ouvrir_dossier: () => invoke("a_propos_ouvrir_dossier") as Promise<null>,
    a_propos_journal_technique: () => invoke("a_propos_journal_technique") as Promise<string>,
  };
}

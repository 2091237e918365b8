-- 002: intervenants and vacation rates, ateliers, weekly slots, séances, the school's own
-- closure days and hand-entered holidays. Times are local "HH:MM:SS", dates local "YYYY-MM-DD".

-- Hourly rate of the indemnité de vacation (décret 2005-909), by date of effect.
CREATE TABLE taux_vacation (
    depuis             TEXT PRIMARY KEY,
    centimes_par_heure INTEGER NOT NULL CHECK (centimes_par_heure > 0)
) STRICT;

INSERT INTO taux_vacation (depuis, centimes_par_heure) VALUES
    ('2010-07-01', 2778), ('2016-07-01', 2795), ('2017-02-01', 2812),
    ('2022-07-01', 2910), ('2023-07-01', 2954);

CREATE TABLE intervenant (
    id           INTEGER PRIMARY KEY,
    nom          TEXT NOT NULL,
    prenom       TEXT NOT NULL DEFAULT '',
    statut       TEXT NOT NULL CHECK (statut IN ('upe2a', 'fls', 'enseignant', 'greta', 'association', 'autre')),
    telephone    TEXT NOT NULL DEFAULT '',
    courriel     TEXT NOT NULL DEFAULT '',
    -- NULL while the school has not decided how this person is paid.
    remuneration TEXT CHECK (remuneration IN ('vacation', 'hse', 'facture')),
    actif        INTEGER NOT NULL DEFAULT 1 CHECK (actif IN (0, 1))
) STRICT;

-- Days the school closes on top of the national calendar (bridge day, exams…).
CREATE TABLE fermeture (
    date    TEXT PRIMARY KEY,
    libelle TEXT NOT NULL
) STRICT;

-- Holidays entered by hand, for school years the shipped calendar does not cover.
CREATE TABLE vacances_saisies (
    id           INTEGER PRIMARY KEY,
    nom          TEXT NOT NULL,
    premier_jour TEXT NOT NULL,
    dernier_jour TEXT NOT NULL,
    CHECK (premier_jour <= dernier_jour)
) STRICT;

-- One atelier = one group of parents for one school year.
CREATE TABLE atelier (
    id              INTEGER PRIMARY KEY,
    annee_id        INTEGER NOT NULL REFERENCES annee_scolaire (id),
    nom             TEXT NOT NULL,
    niveau          TEXT NOT NULL DEFAULT '',
    salle           TEXT NOT NULL DEFAULT '',
    premier_jour    TEXT NOT NULL,
    dernier_jour    TEXT NOT NULL,
    minutes_prevues INTEGER NOT NULL CHECK (minutes_prevues >= 0),
    effectif_min    INTEGER NOT NULL DEFAULT 12 CHECK (effectif_min >= 0),
    effectif_max    INTEGER NOT NULL DEFAULT 15,
    partenaires     TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    UNIQUE (annee_id, nom),
    CHECK (premier_jour <= dernier_jour),
    CHECK (effectif_min <= effectif_max)
) STRICT;

-- A weekly slot of an atelier (1 = lundi … 5 = vendredi).
CREATE TABLE creneau (
    id         INTEGER PRIMARY KEY,
    atelier_id INTEGER NOT NULL REFERENCES atelier (id) ON DELETE CASCADE,
    jour       INTEGER NOT NULL CHECK (jour BETWEEN 1 AND 5),
    debut      TEXT NOT NULL,
    fin        TEXT NOT NULL,
    CHECK (debut < fin)
) STRICT;
CREATE INDEX creneau_atelier ON creneau (atelier_id);

CREATE TABLE creneau_intervenant (
    creneau_id     INTEGER NOT NULL REFERENCES creneau (id) ON DELETE CASCADE,
    intervenant_id INTEGER NOT NULL REFERENCES intervenant (id),
    PRIMARY KEY (creneau_id, intervenant_id)
) STRICT;
CREATE INDEX creneau_intervenant_intervenant ON creneau_intervenant (intervenant_id);

CREATE TABLE seance (
    id               INTEGER PRIMARY KEY,
    atelier_id       INTEGER NOT NULL REFERENCES atelier (id),
    -- The slot it was generated from; NULL when added by hand.
    creneau_id       INTEGER REFERENCES creneau (id) ON DELETE SET NULL,
    date             TEXT NOT NULL,
    debut            TEXT NOT NULL,
    fin              TEXT NOT NULL,
    axe_langue       INTEGER NOT NULL DEFAULT 1 CHECK (axe_langue IN (0, 1)),
    axe_ecole        INTEGER NOT NULL DEFAULT 0 CHECK (axe_ecole IN (0, 1)),
    axe_valeurs      INTEGER NOT NULL DEFAULT 0 CHECK (axe_valeurs IN (0, 1)),
    theme            TEXT NOT NULL DEFAULT '',
    hors_les_murs    INTEGER NOT NULL DEFAULT 0 CHECK (hors_les_murs IN (0, 1)),
    lieu             TEXT NOT NULL DEFAULT '',
    annulee          INTEGER NOT NULL DEFAULT 0 CHECK (annulee IN (0, 1)),
    motif_annulation TEXT NOT NULL DEFAULT '',
    -- Moved or edited by hand: re-generating the calendar keeps it.
    modifiee         INTEGER NOT NULL DEFAULT 0 CHECK (modifiee IN (0, 1)),
    CHECK (debut < fin),
    CHECK (annulee = 0 OR motif_annulation <> '')
) STRICT;
CREATE INDEX seance_atelier_date ON seance (atelier_id, date);
CREATE INDEX seance_creneau ON seance (creneau_id);

-- Who runs a séance (co-animation: several rows; hours count for each).
CREATE TABLE seance_intervenant (
    seance_id      INTEGER NOT NULL REFERENCES seance (id) ON DELETE CASCADE,
    intervenant_id INTEGER NOT NULL REFERENCES intervenant (id),
    PRIMARY KEY (seance_id, intervenant_id)
) STRICT;
CREATE INDEX seance_intervenant_intervenant ON seance_intervenant (intervenant_id);

-- 004: bilan qualitatif et financier (partenaires, thèmes, indicateurs, autres dépenses, financements).
-- Amounts in cents, dates local "YYYY-MM-DD".

-- The qualitative part of a year's bilan: one draft per school year, saved as typed.
CREATE TABLE bilan_qualitatif (
    annee_id                 INTEGER PRIMARY KEY REFERENCES annee_scolaire (id) ON DELETE CASCADE,
    -- Ticked partner codes separated by commas ('ofii,casnav,…').
    partenaires              TEXT NOT NULL DEFAULT '',
    partenaires_precisions   TEXT NOT NULL DEFAULT '',
    themes_langue            TEXT NOT NULL DEFAULT '',
    themes_ecole             TEXT NOT NULL DEFAULT '',
    themes_valeurs           TEXT NOT NULL DEFAULT '',
    actions_vie_scolaire     TEXT NOT NULL DEFAULT '',
    -- School–family indicators: NULL while not entered.
    rencontres_individuelles INTEGER CHECK (rencontres_individuelles >= 0),
    venues_hors_reunions     INTEGER CHECK (venues_hors_reunions >= 0),
    votes_elections          INTEGER CHECK (votes_elections >= 0),
    actions_communes         INTEGER CHECK (actions_communes >= 0),
    difficultes              TEXT NOT NULL DEFAULT '',
    perspectives             TEXT NOT NULL DEFAULT ''
) STRICT;

-- Costs other than the intervenants' vacations.
CREATE TABLE bilan_depense (
    id        INTEGER PRIMARY KEY,
    annee_id  INTEGER NOT NULL REFERENCES annee_scolaire (id) ON DELETE CASCADE,
    categorie TEXT NOT NULL CHECK (categorie IN ('materiel', 'garde_enfants', 'interpretariat', 'sorties', 'autre')),
    libelle   TEXT NOT NULL CHECK (length(trim(libelle)) > 0),
    centimes  INTEGER NOT NULL CHECK (centimes > 0),
    date      TEXT
) STRICT;

CREATE INDEX bilan_depense_annee ON bilan_depense (annee_id);

-- Funding received for the year.
CREATE TABLE bilan_financement (
    id       INTEGER PRIMARY KEY,
    annee_id INTEGER NOT NULL REFERENCES annee_scolaire (id) ON DELETE CASCADE,
    source   TEXT NOT NULL CHECK (length(trim(source)) > 0),
    centimes INTEGER NOT NULL CHECK (centimes > 0),
    date     TEXT NOT NULL
) STRICT;

CREATE INDEX bilan_financement_annee ON bilan_financement (annee_id);

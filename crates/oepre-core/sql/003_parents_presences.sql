-- 003: parents (fiche d'inscription), enrolments with evaluations and certifications,
-- attendance marks, validated roll calls, and the audit log.
-- Never a column for a residence-permit or ID number.

CREATE TABLE parent (
    id                        INTEGER PRIMARY KEY,
    nom                       TEXT NOT NULL,
    prenom                    TEXT NOT NULL DEFAULT '',
    -- Latin spelling of a name written in another script, for the secretary.
    translitteration          TEXT NOT NULL DEFAULT '',
    -- Folded names (lower case, Latin accents removed) for search in any script.
    cle_recherche             TEXT NOT NULL DEFAULT '',
    sexe                      TEXT CHECK (sexe IN ('F', 'M')),
    annee_naissance           INTEGER,
    -- ISO 3166-1 alpha-2 codes.
    nationalite               TEXT,
    pays_origine              TEXT,
    annee_arrivee             INTEGER,
    -- Self-declared.
    cir                       INTEGER NOT NULL DEFAULT 0 CHECK (cir IN (0, 1)),
    cir_annee                 INTEGER,
    protection_internationale INTEGER NOT NULL DEFAULT 0 CHECK (protection_internationale IN (0, 1)),
    telephone                 TEXT NOT NULL DEFAULT '',
    telephone_consentement    INTEGER NOT NULL DEFAULT 0 CHECK (telephone_consentement IN (0, 1)),
    disponibilites            TEXT NOT NULL DEFAULT '',
    notes                     TEXT NOT NULL DEFAULT '',
    CHECK (telephone = '' OR telephone_consentement = 1)
) STRICT;
CREATE INDEX parent_nom ON parent (nom, prenom);

-- Languages spoken (ISO 639 codes) and whether read / written.
CREATE TABLE parent_langue (
    parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
    langue    TEXT NOT NULL,
    lue       INTEGER NOT NULL DEFAULT 0 CHECK (lue IN (0, 1)),
    ecrite    INTEGER NOT NULL DEFAULT 0 CHECK (ecrite IN (0, 1)),
    PRIMARY KEY (parent_id, langue)
) STRICT;

CREATE TABLE enfant (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
    prenom    TEXT NOT NULL,
    classe    TEXT NOT NULL DEFAULT '',
    ecole     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX enfant_parent ON enfant (parent_id);

-- A parent in an atelier. CECRL levels: 'A1.1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'.
CREATE TABLE inscription (
    id                INTEGER PRIMARY KEY,
    parent_id         INTEGER NOT NULL REFERENCES parent (id),
    atelier_id        INTEGER NOT NULL REFERENCES atelier (id),
    inscrit_le        TEXT NOT NULL,
    statut            TEXT NOT NULL CHECK (statut IN ('inscrit', 'attente', 'parti')),
    parti_le          TEXT,
    motif_depart      TEXT CHECK (motif_depart IN ('travail', 'demenagement', 'sante', 'garde_enfants', 'niveau_inadapte', 'autre')),
    reinscription     INTEGER NOT NULL DEFAULT 0 CHECK (reinscription IN (0, 1)),
    entree_oral       TEXT,
    entree_ecrit      TEXT,
    -- Literate in the mother tongue (NULL: not evaluated).
    alphabetise       INTEGER CHECK (alphabetise IN (0, 1)),
    parcours          TEXT CHECK (parcours IN ('fle', 'alpha')),
    sortie_oral       TEXT,
    sortie_ecrit      TEXT,
    UNIQUE (parent_id, atelier_id),
    CHECK ((statut = 'parti') = (parti_le IS NOT NULL)),
    CHECK (parti_le IS NULL OR parti_le >= inscrit_le)
) STRICT;
CREATE INDEX inscription_atelier ON inscription (atelier_id);

-- DILF, DELF A1–B2, DCL, TCF: attempted, and obtained once known.
CREATE TABLE certification (
    id             INTEGER PRIMARY KEY,
    inscription_id INTEGER NOT NULL REFERENCES inscription (id) ON DELETE CASCADE,
    diplome        TEXT NOT NULL CHECK (diplome IN ('DILF', 'DELF A1', 'DELF A2', 'DELF B1', 'DELF B2', 'DCL', 'TCF')),
    obtenue        INTEGER CHECK (obtenue IN (0, 1)),
    UNIQUE (inscription_id, diplome)
) STRICT;

-- One mark per séance and enrolled parent. No row = roll call not taken yet (not absent).
CREATE TABLE presence (
    seance_id      INTEGER NOT NULL REFERENCES seance (id),
    inscription_id INTEGER NOT NULL REFERENCES inscription (id) ON DELETE CASCADE,
    statut         TEXT NOT NULL CHECK (statut IN ('present', 'absent', 'excuse', 'retard')),
    minutes_retard INTEGER NOT NULL DEFAULT 0 CHECK (minutes_retard >= 0),
    PRIMARY KEY (seance_id, inscription_id),
    CHECK (statut = 'retard' OR minutes_retard = 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX presence_inscription ON presence (inscription_id);

-- A roll call validated by the intervenant: edits then need an explicit unlock, logged.
CREATE TABLE appel_valide (
    seance_id  INTEGER PRIMARY KEY REFERENCES seance (id),
    valide_le  TEXT NOT NULL,
    valide_par TEXT NOT NULL
) STRICT;

-- Audit log: who (the name chosen on the shared PC), when (local time), what.
CREATE TABLE journal (
    id     INTEGER PRIMARY KEY,
    quand  TEXT NOT NULL,
    qui    TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
) STRICT;

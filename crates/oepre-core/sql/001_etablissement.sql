-- 001: the school, its school years, and small settings.
PRAGMA application_id = 1329942610; -- 0x4F455052, "OEPR"

CREATE TABLE migration_appliquee (
    version   INTEGER PRIMARY KEY,
    nom       TEXT NOT NULL,
    empreinte TEXT NOT NULL
) STRICT;

CREATE TABLE parametre (
    cle    TEXT PRIMARY KEY,
    valeur TEXT NOT NULL
) STRICT;

-- One row: the school this copy of the app belongs to.
CREATE TABLE etablissement (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    nom         TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('ecole', 'college', 'lycee')),
    uai         TEXT NOT NULL,
    adresse     TEXT NOT NULL DEFAULT '',
    code_postal TEXT NOT NULL DEFAULT '',
    commune     TEXT NOT NULL,
    academie    TEXT NOT NULL,
    zone        TEXT NOT NULL CHECK (zone IN ('A', 'B', 'C')),
    chef_nom    TEXT NOT NULL DEFAULT '',
    chef_titre  TEXT NOT NULL,
    telephone   TEXT NOT NULL DEFAULT '',
    courriel    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE annee_scolaire (
    id           INTEGER PRIMARY KEY,
    libelle      TEXT NOT NULL UNIQUE,
    premier_jour TEXT NOT NULL,
    dernier_jour TEXT NOT NULL,
    courante     INTEGER NOT NULL DEFAULT 0 CHECK (courante IN (0, 1)),
    CHECK (premier_jour < dernier_jour)
) STRICT;

CREATE UNIQUE INDEX annee_scolaire_une_seule_courante ON annee_scolaire (courante) WHERE courante = 1;

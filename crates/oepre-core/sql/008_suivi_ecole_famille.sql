-- The follow-up indicators of the école–parents charter (issue 14, item 5; seed 002 « indicateurs
-- de suivi »). The first three are ticked per parent and per term (trimestre 1, 2, 3 of the school
-- year, crate::domaine::trimestre): the parent met a teacher individually, came to the school
-- outside those meetings, voted in the parents' elections. Codes: crate::domaine::suivi_parents.
-- A tick is a fact about the parent: it goes when the parent is erased (ON DELETE CASCADE).
CREATE TABLE suivi_parent (
    parent_id  INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
    annee_id   INTEGER NOT NULL REFERENCES annee_scolaire (id) ON DELETE CASCADE,
    trimestre  INTEGER NOT NULL CHECK (trimestre IN (1, 2, 3)),
    indicateur TEXT NOT NULL CHECK (indicateur IN ('rencontre_individuelle', 'venue_ecole', 'election')),
    PRIMARY KEY (parent_id, annee_id, trimestre, indicateur)
) STRICT;
CREATE INDEX suivi_parent_annee ON suivi_parent (annee_id);

-- The fifth indicator, for the school and the year: meetings where the ateliers were analysed
-- with the parents' elected representatives (NULL while not entered).
ALTER TABLE bilan_qualitatif ADD COLUMN analyses_partagees INTEGER CHECK (analyses_partagees >= 0);

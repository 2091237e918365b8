-- The parents' path (issue 14, item 3; livret OEPRE « Informer et inscrire les parents » and the
-- articulation with ASL, cours municipaux, OFII…): who referred the parent to the atelier and
-- what they expect from it, asked at enrolment; where they go next, at the end of an enrolment.
-- Codes: crate::parcours_parent (Prescripteur, Attente, Orientation). NULL: not asked yet.
ALTER TABLE parent ADD COLUMN prescripteur TEXT CHECK (prescripteur IS NULL OR prescripteur IN
    ('ofii', 'ecole_upe2a', 'mairie_centre_social', 'association_asl', 'casnav', 'autre_parent', 'autre'));
-- Free text about the expectations (personal: emptied when the parent is anonymised).
ALTER TABLE parent ADD COLUMN attentes_precision TEXT NOT NULL DEFAULT '';

CREATE TABLE parent_attente (
    parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
    attente   TEXT NOT NULL CHECK (attente IN ('parler', 'lire_ecrire', 'ecole', 'valeurs', 'aider_enfant')),
    PRIMARY KEY (parent_id, attente)
) STRICT;

ALTER TABLE inscription ADD COLUMN orientation TEXT CHECK (orientation IS NULL OR orientation IN
    ('asl', 'cours_municipaux', 'ofii', 'greta', 'association', 'oepre_annee_suivante', 'aucune'));

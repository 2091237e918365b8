-- 005: protection des données (auteur du journal, purge de conservation).
-- When a parent's personal data were removed (retention purge or erasure on request), local
-- date and time; NULL while the fiche is whole. The row stays, with only the anonymous
-- categories the bilans count (see conservation.rs for the exact list).
ALTER TABLE parent ADD COLUMN anonymise_le TEXT;
CREATE INDEX parent_anonymise ON parent (anonymise_le);

-- Public prioritaire (issue 14): the month of arrival in France, so that « moins de 5 ans »
-- can be judged at the school year's first day. NULL: only the year is known (approximate).
ALTER TABLE parent ADD COLUMN mois_arrivee INTEGER CHECK (mois_arrivee IS NULL OR mois_arrivee BETWEEN 1 AND 12);

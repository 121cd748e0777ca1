-- Card pictures (issue 21): a tcgdex card's picture address is built from its set's series id, set id
-- and local id (assets.tcgdex.net/<language>/<series id>/<set id>/<local id>/…). The series id was
-- not kept (card_set.series holds the series' display name), so sets keep it now; every other part
-- of any game's picture address is already stored, and the addresses are derived when read.
ALTER TABLE card_set ADD COLUMN series_id VARCHAR(64) COLLATE utf8mb4_bin NULL AFTER series;

-- A tcgdex import already run to its end filled no series id: the next start imports those sources
-- again (idempotent: the sets' fingerprints now cover the series id, so only the sets are rewritten).
DELETE FROM catalogue_import WHERE source LIKE 'tcgdex%';

-- Grows an imported real catalogue to about @target cards (default 500,000) for the read
-- benchmarks: synthetic sets of 40–160 cards (mean 100) released over 25 years, each card
-- borrowing the names in every language, rarity, category and evolution of a real card, so
-- name, number and set distributions stay those of the real data. One English unlimited
-- printing per card, a normal variant, and a holofoil one for every fourth card.
-- Run after the real import:  mysql -h127.0.0.1 -uroot cardvault_bench < synthesize.sql
-- Benchmark-only: it recounts the counters with COUNT(*), which the serving path never does.

SET @target := COALESCE(@target, 500000);

-- A plain table, not TEMPORARY: the 2M-row joins below spill to disk, where MariaDB's internal
-- temporary files for a TEMPORARY source table proved fragile.
DROP TABLE IF EXISTS bench_real_card;
CREATE TABLE bench_real_card (PRIMARY KEY (ord)) AS
SELECT ROW_NUMBER() OVER (ORDER BY c.id) AS ord, c.id, c.name, c.category, c.rarity, c.hp, c.types, c.stage,
       c.evolves_from, c.illustrator
FROM card c JOIN card_set s ON s.id = c.set_id
WHERE s.catalogue <> 'synthetic';

SET @real := (SELECT COUNT(*) FROM bench_real_card);
SET @needed := GREATEST(@target - (SELECT COUNT(*) FROM card), 0);
SET @sets := CEIL(@needed / 100);

INSERT INTO card_set (game_id, catalogue, external_id, code, name, series, release_date, official_count,
                      card_count, language, languages, is_promo, fingerprint)
SELECT 1, 'synthetic', CONCAT('syn-', s.seq), CONCAT('SY', s.seq), CONCAT('Synthetic Expansion ', s.seq), 'Synthetic',
       DATE_SUB('2026-11-01', INTERVAL (s.seq * 37) % 9125 DAY), 40 + (s.seq * 53) % 121, 40 + (s.seq * 53) % 121,
       'en', 'en', s.seq % 20 = 0, UNHEX(SHA1(CONCAT('syn-', s.seq)))
FROM seq_1_to_100000 s
WHERE s.seq <= @sets;

INSERT INTO card (set_id, game_id, external_id, local_id, number_sort, collector_number, name, category, rarity, hp,
                  types, stage, evolves_from, illustrator, fingerprint)
SELECT cs.id, 1, CONCAT(cs.external_id, '-', n.seq), n.seq, n.seq, CONCAT(n.seq, '/', cs.official_count),
       rc.name, rc.category, rc.rarity, rc.hp, rc.types, rc.stage, rc.evolves_from, rc.illustrator,
       UNHEX(SHA1(CONCAT(cs.external_id, '-', n.seq)))
FROM card_set cs
JOIN seq_1_to_160 n ON n.seq <= cs.official_count
JOIN bench_real_card rc ON rc.ord = 1 + (cs.id * 7919 + n.seq * 104729) % @real
WHERE cs.catalogue = 'synthetic';

INSERT INTO card_name (card_id, language, name, evolves_from)
SELECT c.id, cn.language, cn.name, cn.evolves_from
FROM card c
JOIN card_set cs ON cs.id = c.set_id AND cs.catalogue = 'synthetic'
JOIN bench_real_card rc ON rc.ord = 1 + (cs.id * 7919 + c.number_sort * 104729) % @real
JOIN card_name cn ON cn.card_id = rc.id;

INSERT INTO printing (card_id, language, print_run)
SELECT c.id, 'en', 'unlimited'
FROM card c JOIN card_set cs ON cs.id = c.set_id AND cs.catalogue = 'synthetic';

INSERT INTO variant (printing_id, variant_key, finish, label, cardmarket_product_id, tcgplayer_product_id, fingerprint)
SELECT p.id, 'normal', 'normal', 'standard', 50000000 + p.id, 90000000 + p.id, UNHEX(SHA1(CONCAT('normal-', p.id)))
FROM printing p JOIN card c ON c.id = p.card_id JOIN card_set cs ON cs.id = c.set_id AND cs.catalogue = 'synthetic';

INSERT INTO variant (printing_id, variant_key, finish, label, fingerprint)
SELECT p.id, 'holofoil', 'holofoil', 'standard', UNHEX(SHA1(CONCAT('holofoil-', p.id)))
FROM printing p JOIN card c ON c.id = p.card_id JOIN card_set cs ON cs.id = c.set_id AND cs.catalogue = 'synthetic'
WHERE c.number_sort % 4 = 0;

UPDATE catalogue_stat SET value = (SELECT COUNT(*) FROM card_set), updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'sets';
UPDATE catalogue_stat SET value = (SELECT COUNT(*) FROM card), updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'cards';
UPDATE catalogue_stat SET value = (SELECT COUNT(*) FROM printing), updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'printings';
UPDATE catalogue_stat SET value = (SELECT COUNT(*) FROM variant), updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'variants';
UPDATE game_stat SET sets = (SELECT COUNT(*) FROM card_set WHERE game_id = 1),
                     cards = (SELECT COUNT(*) FROM card WHERE game_id = 1), updated_at = CURRENT_TIMESTAMP(6)
WHERE game_id = 1;

DROP TABLE bench_real_card;

SELECT name, value FROM catalogue_stat ORDER BY name;

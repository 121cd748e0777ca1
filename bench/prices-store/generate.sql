-- Synthetic price store for the price-read benchmark (issue 4): real catalogue ids, synthetic amounts.
-- Every variant gets 8 series (Cardmarket trend/low/avg30/raw_eu in EUR, TCGplayer market/low,
-- PriceCharting raw_us and PSA 10 in USD). The series of the first @long_variants variants (by id)
-- get two years of daily points, the rest @short_days days, so the store reaches the target size
-- with realistic one-year histories for the showcase and short ones for the long tail.
-- Points are inserted by the run script in series-id chunks (generate-points below), in primary-key
-- order, so InnoDB appends instead of splitting pages.

SET SESSION foreign_key_checks = 0, unique_checks = 0;

DELETE FROM price_latest; DELETE FROM price_point; DELETE FROM price_series; DELETE FROM card_price_summary;

INSERT INTO price_ingest_run (id, source, upstream, sandbox, status) VALUES (1, 'cardmarket', 'bench/prices-store', 1, 'done')
    ON DUPLICATE KEY UPDATE upstream = VALUES(upstream);

CREATE TEMPORARY TABLE bench_series_type (ord TINYINT, source VARCHAR(16), region VARCHAR(8), price_type VARCHAR(20),
    grading_company VARCHAR(8), grade VARCHAR(8), currency CHAR(3)) ENGINE = MEMORY;
INSERT INTO bench_series_type VALUES (1, 'cardmarket', 'eu', 'trend', '', '', 'EUR'), (2, 'cardmarket', 'eu', 'low', '', '', 'EUR'),
    (3, 'cardmarket', 'eu', 'avg30', '', '', 'EUR'), (4, 'cardmarket', 'eu', 'raw_eu', '', '', 'EUR'),
    (5, 'tcgcsv', 'us', 'market', '', '', 'USD'), (6, 'tcgcsv', 'us', 'low', '', '', 'USD'),
    (7, 'pricecharting', 'us', 'raw_us', '', '', 'USD'), (8, 'pricecharting', 'us', 'graded', 'psa', '10', 'USD');

INSERT INTO price_series (variant_id, card_id, source, region, price_type, grading_company, grade, currency)
SELECT v.id, p.card_id, t.source, t.region, t.price_type, t.grading_company, t.grade, t.currency
FROM variant v JOIN printing p ON p.id = v.printing_id CROSS JOIN bench_series_type t
ORDER BY v.id, t.ord;

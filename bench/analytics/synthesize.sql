-- 120 days of daily prices for the first ${PRICED} English unlimited normal-finish variants:
-- Cardmarket (EUR) a deterministic wave around a per-card level, PriceCharting (USD) the same
-- level × 1.07 with its own phase, eBay sold comps (USD) on two days in three. Uses MariaDB's
-- sequence engine (seq_0_to_119). Rows: ~ ${PRICED} × 320.
CREATE TABLE bench_priced AS
SELECT p.card_id, MIN(v.id) AS variant_id FROM printing p JOIN variant v ON v.printing_id = p.id
WHERE p.language = 'en' AND p.print_run = 'unlimited' AND v.finish = 'normal'
GROUP BY p.card_id ORDER BY p.card_id LIMIT ${PRICED};

INSERT INTO price_snapshot (card_id, source, variant_id, grading_company, grade, day, currency, market_price)
SELECT b.card_id, 'cardmarket', b.variant_id, '', '', CURRENT_DATE - INTERVAL s.seq DAY, 'EUR',
       ROUND((1 + b.card_id % 97) * (1 + 0.15 * SIN(b.card_id + s.seq / 9) + 0.002 * (CAST(b.card_id % 7 AS SIGNED) - 3) * (120 - s.seq)), 2)
FROM bench_priced b JOIN seq_0_to_119 s;

INSERT INTO price_snapshot (card_id, source, variant_id, grading_company, grade, day, currency, market_price)
SELECT b.card_id, 'pricecharting', b.variant_id, '', '', CURRENT_DATE - INTERVAL s.seq DAY, 'USD',
       ROUND(1.07 * (1 + b.card_id % 97) * (1 + 0.12 * SIN(b.card_id * 3 + s.seq / 11)), 2)
FROM bench_priced b JOIN seq_0_to_119 s;

INSERT INTO price_snapshot (card_id, source, variant_id, grading_company, grade, day, currency, market_price)
SELECT b.card_id, 'ebay', b.variant_id, '', '', CURRENT_DATE - INTERVAL s.seq DAY, 'USD',
       ROUND(1.07 * (1 + b.card_id % 97) * (1 + 0.2 * COS(b.card_id + s.seq / 5)), 2)
FROM bench_priced b JOIN seq_0_to_119 s WHERE (b.card_id + s.seq) % 3 <> 0;

-- Prices at the scale of hundreds of millions of points.
--
-- price_series names each line of prices once (variant × source × region × price type ×
-- grading) and gives it a compact INT id; the history table then carries only
-- (series_id, day, amount, flag, run) and its primary key (series_id, day) clusters one series'
-- days together, so "one series over a date range" is one contiguous range read and a
-- re-ingest of the same day is an upsert on the key (idempotent by construction).
-- price_latest keeps the newest non-outlier point per series so headline reads (v2 card detail,
-- /prices) never touch history. price_point has no foreign keys on purpose: bulk loads of
-- millions of rows skip the per-row checks, and the writer only writes series it resolved.
-- Codes (source, region, price_type, grading_company) are the domain's wire codes; '' means raw.

CREATE TABLE price_ingest_run (
    id             INT UNSIGNED  NOT NULL AUTO_INCREMENT,
    source         VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    upstream       VARCHAR(512)  NOT NULL,
    content_sha1   BINARY(20)    NULL,
    sandbox        BOOLEAN       NOT NULL,
    status         VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    started_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    finished_at    TIMESTAMP(6)  NULL,
    points_read    INT UNSIGNED  NOT NULL DEFAULT 0,
    points_written INT UNSIGNED  NOT NULL DEFAULT 0,
    message        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_price_ingest_run_source (source, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- card_id repeats the variant's card: every per-card read starts here without joining upward.
CREATE TABLE price_series (
    id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
    variant_id      INT UNSIGNED NOT NULL,
    card_id         INT UNSIGNED NOT NULL,
    source          VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    region          VARCHAR(8)   CHARACTER SET ascii NOT NULL,
    price_type      VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    grading_company VARCHAR(8)   CHARACTER SET ascii NOT NULL DEFAULT '',
    grade           VARCHAR(8)   CHARACTER SET ascii NOT NULL DEFAULT '',
    currency        CHAR(3)      CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_price_series (variant_id, source, region, price_type, grading_company, grade),
    KEY ix_price_series_card (card_id, source),
    CONSTRAINT fk_price_series_variant FOREIGN KEY (variant_id) REFERENCES variant (id),
    CONSTRAINT fk_price_series_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE price_point (
    series_id  INT UNSIGNED   NOT NULL,
    day        DATE           NOT NULL,
    amount     DECIMAL(14, 4) NOT NULL,
    is_outlier BOOLEAN        NOT NULL DEFAULT FALSE,
    run_id     INT UNSIGNED   NOT NULL,
    PRIMARY KEY (series_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

CREATE TABLE price_latest (
    series_id INT UNSIGNED   NOT NULL,
    card_id   INT UNSIGNED   NOT NULL,
    day       DATE           NOT NULL,
    amount    DECIMAL(14, 4) NOT NULL,
    run_id    INT UNSIGNED   NOT NULL,
    PRIMARY KEY (series_id),
    KEY ix_price_latest_card (card_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- The daily snapshot: per card, source, variant and grading, the one "market" value of that day
-- (cardmarket trend, tcgcsv market, pricecharting raw_us or the graded amount, ebay last_sold).
-- It backs the legacy history, snapshots, chart and the market-intelligence aggregates with one
-- range read per card instead of a walk over every series.
CREATE TABLE price_snapshot (
    card_id         INT UNSIGNED   NOT NULL,
    source          VARCHAR(16)    CHARACTER SET ascii NOT NULL,
    variant_id      INT UNSIGNED   NOT NULL,
    grading_company VARCHAR(8)     CHARACTER SET ascii NOT NULL DEFAULT '',
    grade           VARCHAR(8)     CHARACTER SET ascii NOT NULL DEFAULT '',
    day             DATE           NOT NULL,
    currency        CHAR(3)        CHARACTER SET ascii NOT NULL,
    market_price    DECIMAL(14, 4) NOT NULL,
    PRIMARY KEY (card_id, source, variant_id, grading_company, grade, day),
    KEY ix_price_snapshot_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- One row per priced card: its headline for search filters, most-valuable and trending.
-- best_price is the card's raw US market price when it has one, else its EU trend (the currency
-- says which); price_change_7d is the percentage change of that same headline over 7 days.
CREATE TABLE card_price_summary (
    card_id         INT UNSIGNED   NOT NULL,
    best_price      DECIMAL(14, 4) NOT NULL,
    currency        CHAR(3)        CHARACTER SET ascii NOT NULL,
    price_change_7d DECIMAL(10, 2) NULL,
    as_of           DATE           NOT NULL,
    PRIMARY KEY (card_id),
    KEY ix_card_price_summary_best (best_price)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- Pre-aggregated price counters (v2 stats never COUNTs). Not in catalogue_stat on purpose: the
-- search index rebuilds when catalogue_stat moves, and prices move every day.
CREATE TABLE price_stat (
    name       VARCHAR(32)     CHARACTER SET ascii NOT NULL,
    value      BIGINT UNSIGNED NOT NULL DEFAULT 0,
    updated_at TIMESTAMP(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

INSERT INTO price_stat (name, value) VALUES ('price_points', 0), ('priced_cards', 0);

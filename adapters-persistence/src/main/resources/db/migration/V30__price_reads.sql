-- Price reads (issue 4, read half).
--
-- Sealed products had no price source: their daily market value per source goes here, keyed like
-- price_snapshot so one product's history over a date range is one contiguous primary-key range.
CREATE TABLE sealed_price_snapshot (
    sealed_product_id INT UNSIGNED   NOT NULL,
    source            VARCHAR(16)    CHARACTER SET ascii NOT NULL,
    day               DATE           NOT NULL,
    currency          CHAR(3)        CHARACTER SET ascii NOT NULL,
    market_price      DECIMAL(14, 4) NOT NULL,
    run_id            INT UNSIGNED   NULL,
    PRIMARY KEY (sealed_product_id, day, source),
    CONSTRAINT fk_sealed_price_product FOREIGN KEY (sealed_product_id) REFERENCES sealed_product (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- Trending reads the largest absolute seven-day changes: the top of each end of this index
-- (ORDER BY price_change_7d DESC / ASC LIMIT n) instead of sorting every priced card.
CREATE INDEX ix_card_price_summary_change ON card_price_summary (currency, price_change_7d);

-- Most valuable and a set's top cards read by currency then price, highest first.
CREATE INDEX ix_card_price_summary_currency_best ON card_price_summary (currency, best_price);

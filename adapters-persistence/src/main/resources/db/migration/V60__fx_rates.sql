-- Euro foreign-exchange reference rates as the ECB publishes them (eurofxref): units of a currency
-- per 1 EUR, one row per currency and reference day. Cross rates are computed through the euro on
-- read, so no pair table exists. A re-ingest of a day overwrites it (the key is the day).
CREATE TABLE fx_rate (
    currency CHAR(3)        CHARACTER SET ascii NOT NULL,
    day      DATE           NOT NULL,
    per_euro DECIMAL(18, 6) NOT NULL,
    PRIMARY KEY (currency, day),
    KEY ix_fx_rate_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

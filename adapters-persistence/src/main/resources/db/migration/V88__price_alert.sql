-- Price alerts (issue 20): a target price with its currency, below or above. An alert is active
-- until triggered_at is set, which happens once (a conditional UPDATE: of two nodes judging the
-- same price, one changes the row). active_marker is 1 while active and NULL once triggered, so the
-- unique key refuses a second ACTIVE alert of the same owner, card, side and target between any
-- nodes, while triggered alerts (NULL never collides) leave the same alert free to be set again.
CREATE TABLE price_alert (
    id              BIGINT UNSIGNED  NOT NULL AUTO_INCREMENT,
    account_id      BIGINT UNSIGNED  NOT NULL,
    card_id         INT UNSIGNED     NOT NULL,
    direction       VARCHAR(5)       CHARACTER SET ascii NOT NULL,
    target_amount   DECIMAL(12, 2)   NOT NULL,
    target_currency CHAR(3)          CHARACTER SET ascii NOT NULL,
    created_at      DATETIME(3)      NOT NULL,
    triggered_at    DATETIME(3)      NULL,
    active_marker   TINYINT UNSIGNED AS (CASE WHEN triggered_at IS NULL THEN 1 END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_price_alert_active (account_id, card_id, direction, target_amount, target_currency, active_marker),
    -- the owner's alerts, newest first
    KEY ix_price_alert_owner_created (account_id, created_at, id),
    -- the active alerts a price move on a card is checked against
    KEY ix_price_alert_card_active (card_id, triggered_at),
    CONSTRAINT fk_price_alert_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_price_alert_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT ck_price_alert_direction CHECK (direction IN ('below', 'above')),
    CONSTRAINT ck_price_alert_target CHECK (target_amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The marketplace (issue 22): listings, the bids on them, the transactions a sale opens, the
-- ratings both parties give. Money is euros in cents (DECIMAL(12,2)); a transaction keeps its
-- currency beside the amounts. Listings and transactions carry a version for optimistic locking:
-- of two buyers racing for the last copy, one update matches the version it read and the other
-- matches nothing. An account's purge removes its listings, bids, transactions and ratings
-- (ON DELETE CASCADE); catalogue rows are never deleted, so cards are plain references.
CREATE TABLE market_listing (
    id               BIGINT UNSIGNED   NOT NULL AUTO_INCREMENT,
    seller_id        BIGINT UNSIGNED   NOT NULL,
    card_id          INT UNSIGNED      NOT NULL,
    variant          VARCHAR(40)       CHARACTER SET ascii NULL,
    card_condition   VARCHAR(3)        CHARACTER SET ascii NOT NULL,
    grading_company  VARCHAR(16)       CHARACTER SET ascii NULL,
    grade            VARCHAR(8)        CHARACTER SET ascii NULL,
    quantity         SMALLINT UNSIGNED NOT NULL,
    price_eur        DECIMAL(12, 2)    NOT NULL,
    description      VARCHAR(2000)     NULL,
    accepts_offers   BOOLEAN           NOT NULL,
    buy_now_enabled  BOOLEAN           NOT NULL,
    image_protection BOOLEAN           NOT NULL,
    -- a JSON array of site-relative photo URLs (at most 10)
    image_urls       JSON              NOT NULL,
    status           VARCHAR(16)       CHARACTER SET ascii NOT NULL,
    created_at       DATETIME(3)       NOT NULL,
    expires_at       DATETIME(3)       NOT NULL,
    renewal_count    INT UNSIGNED      NOT NULL DEFAULT 0,
    last_renewed_at  DATETIME(3)       NULL,
    version          BIGINT UNSIGNED   NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- the browse: active listings newest first (ties by id); expiry is checked on the rows read
    KEY ix_market_listing_status_created (status, created_at, id),
    -- the expiry job: active listings past their expiry
    KEY ix_market_listing_status_expires (status, expires_at),
    -- the seller dashboard, newest first
    KEY ix_market_listing_seller_created (seller_id, created_at, id),
    KEY ix_market_listing_card (card_id, status),
    CONSTRAINT fk_market_listing_seller FOREIGN KEY (seller_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_market_listing_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT ck_market_listing_quantity CHECK (quantity BETWEEN 1 AND 9999),
    CONSTRAINT ck_market_listing_price CHECK (price_eur > 0),
    CONSTRAINT ck_market_listing_grading CHECK ((grading_company IS NULL) = (grade IS NULL)),
    CONSTRAINT ck_market_listing_status CHECK (status IN ('active', 'sold', 'expired', 'withdrawn'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE market_bid (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    listing_id BIGINT UNSIGNED NOT NULL,
    bidder_id  BIGINT UNSIGNED NOT NULL,
    amount_eur DECIMAL(12, 2)  NOT NULL,
    message    VARCHAR(500)    NULL,
    status     VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    created_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    -- a listing's bids, oldest first (ties by id)
    KEY ix_market_bid_listing_created (listing_id, created_at, id),
    KEY ix_market_bid_bidder (bidder_id),
    CONSTRAINT fk_market_bid_listing FOREIGN KEY (listing_id) REFERENCES market_listing (id) ON DELETE CASCADE,
    CONSTRAINT fk_market_bid_bidder FOREIGN KEY (bidder_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_market_bid_amount CHECK (amount_eur > 0),
    CONSTRAINT ck_market_bid_status CHECK (status IN ('pending', 'accepted', 'rejected'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One sale: its fees and payout fixed when it opened, its status, the shipment, and when each
-- status was reached (created_at is when it opened, awaiting payment).
CREATE TABLE market_transaction (
    id                    BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    listing_id            BIGINT UNSIGNED NOT NULL,
    card_id               INT UNSIGNED    NOT NULL,
    seller_id             BIGINT UNSIGNED NOT NULL,
    buyer_id              BIGINT UNSIGNED NOT NULL,
    origin                VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    bid_id                BIGINT UNSIGNED NULL,
    currency              CHAR(3)         CHARACTER SET ascii NOT NULL,
    amount                DECIMAL(12, 2)  NOT NULL,
    marketplace_rate      DECIMAL(6, 4)   NOT NULL,
    marketplace_fee       DECIMAL(12, 2)  NOT NULL,
    image_protection_rate DECIMAL(6, 4)   NOT NULL,
    image_protection_fee  DECIMAL(12, 2)  NOT NULL,
    fees_total            DECIMAL(12, 2)  NOT NULL,
    seller_payout         DECIMAL(12, 2)  NOT NULL,
    handling_fee          DECIMAL(12, 2)  NOT NULL,
    status                VARCHAR(20)     CHARACTER SET ascii NOT NULL,
    carrier               VARCHAR(40)     NULL,
    tracking_number       VARCHAR(64)     NULL,
    created_at            DATETIME(3)     NOT NULL,
    paid_at               DATETIME(3)     NULL,
    shipped_at            DATETIME(3)     NULL,
    delivered_at          DATETIME(3)     NULL,
    completed_at          DATETIME(3)     NULL,
    cancelled_at          DATETIME(3)     NULL,
    disputed_at           DATETIME(3)     NULL,
    version               BIGINT UNSIGNED NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- a party's purchases and sales, newest first (ties by id)
    KEY ix_market_transaction_buyer_created (buyer_id, created_at, id),
    KEY ix_market_transaction_seller_created (seller_id, created_at, id),
    KEY ix_market_transaction_listing (listing_id),
    KEY ix_market_transaction_bid (bid_id),
    CONSTRAINT fk_market_transaction_listing FOREIGN KEY (listing_id) REFERENCES market_listing (id) ON DELETE CASCADE,
    CONSTRAINT fk_market_transaction_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_market_transaction_seller FOREIGN KEY (seller_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_market_transaction_buyer FOREIGN KEY (buyer_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_market_transaction_bid FOREIGN KEY (bid_id) REFERENCES market_bid (id) ON DELETE SET NULL,
    CONSTRAINT ck_market_transaction_parties CHECK (seller_id <> buyer_id),
    CONSTRAINT ck_market_transaction_shipment CHECK ((carrier IS NULL) = (tracking_number IS NULL)),
    CONSTRAINT ck_market_transaction_status CHECK (status IN ('awaiting_payment', 'paid', 'shipped', 'delivered',
                                                              'completed', 'cancelled', 'disputed'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One party's rating of the other: one per rater and transaction (the unique key decides a race).
CREATE TABLE market_rating (
    id             BIGINT UNSIGNED  NOT NULL AUTO_INCREMENT,
    transaction_id BIGINT UNSIGNED  NOT NULL,
    rater_id       BIGINT UNSIGNED  NOT NULL,
    ratee_id       BIGINT UNSIGNED  NOT NULL,
    rater_role     VARCHAR(8)       CHARACTER SET ascii NOT NULL,
    stars          TINYINT UNSIGNED NOT NULL,
    review         VARCHAR(1000)    NULL,
    created_at     DATETIME(3)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_market_rating_rater (transaction_id, rater_id),
    -- a reputation: the ratings received, newest first (ties by id)
    KEY ix_market_rating_ratee_created (ratee_id, created_at, id),
    CONSTRAINT fk_market_rating_transaction FOREIGN KEY (transaction_id) REFERENCES market_transaction (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_market_rating_rater FOREIGN KEY (rater_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_market_rating_ratee FOREIGN KEY (ratee_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_market_rating_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT ck_market_rating_role CHECK (rater_role IN ('buyer', 'seller'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Marketplace edges (issue 22): draft listings from a Cardmarket stock import (seen by their
-- seller only until published), and the renewal mails the expiry job sent: one per listing and
-- expiry, so two nodes never mail the same reminder and a renewed listing (a new expiry) gets its own;
-- and the Cardmarket account each seller linked.
ALTER TABLE market_listing DROP CONSTRAINT ck_market_listing_status;
ALTER TABLE market_listing ADD CONSTRAINT ck_market_listing_status
    CHECK (status IN ('active', 'sold', 'expired', 'withdrawn', 'draft'));

CREATE TABLE market_listing_reminder (
    listing_id  BIGINT UNSIGNED NOT NULL,
    expires_at  DATETIME(3)     NOT NULL,
    reminded_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (listing_id, expires_at),
    CONSTRAINT fk_market_listing_reminder_listing FOREIGN KEY (listing_id) REFERENCES market_listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A seller's linked Cardmarket account (POST /seller/cardmarket/link): one per seller, replaced on relinking.
CREATE TABLE seller_cardmarket_link (
    account_id BIGINT UNSIGNED NOT NULL,
    username   VARCHAR(40)     CHARACTER SET ascii NOT NULL,
    linked_at  DATETIME(3)     NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_seller_cardmarket_link_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

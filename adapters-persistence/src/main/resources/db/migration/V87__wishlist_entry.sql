-- The cards collectors want (issue 20): one row per account and card, optionally a max price with
-- its currency (both or neither). notified_at is set when a price drop under the max price was
-- notified and cleared when the price climbs back over, so a hovering price notifies once.
CREATE TABLE wishlist_entry (
    account_id         BIGINT UNSIGNED NOT NULL,
    card_id            INT UNSIGNED    NOT NULL,
    max_price_amount   DECIMAL(12, 2)  NULL,
    max_price_currency CHAR(3)         CHARACTER SET ascii NULL,
    added_at           DATETIME(3)     NOT NULL,
    notified_at        DATETIME(3)     NULL,
    PRIMARY KEY (account_id, card_id),
    -- the owner's wishlist, newest first
    KEY ix_wishlist_entry_owner_added (account_id, added_at),
    -- the wishes a price move on a card is checked against
    KEY ix_wishlist_entry_card_watch (card_id, max_price_amount),
    CONSTRAINT fk_wishlist_entry_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_wishlist_entry_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT ck_wishlist_entry_max_price CHECK ((max_price_amount IS NULL) = (max_price_currency IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The cards collectors own (issue 20). One row per holding: card, variant, condition and slab
-- (grading_company + grade, both or neither). The price paid keeps the currency it was paid in
-- (amount and currency both or neither). An account's purge removes its rows (ON DELETE CASCADE);
-- catalogue rows are never deleted, so cards and variants are plain references.
CREATE TABLE collection_entry (
    id                  BIGINT UNSIGNED   NOT NULL AUTO_INCREMENT,
    account_id          BIGINT UNSIGNED   NOT NULL,
    card_id             INT UNSIGNED      NOT NULL,
    variant_id          INT UNSIGNED      NULL,
    quantity            SMALLINT UNSIGNED NOT NULL,
    card_condition      VARCHAR(3)        CHARACTER SET ascii NOT NULL,
    price_paid_amount   DECIMAL(12, 2)    NULL,
    price_paid_currency CHAR(3)           CHARACTER SET ascii NULL,
    grading_company     VARCHAR(16)       CHARACTER SET ascii NULL,
    grade               VARCHAR(8)        CHARACTER SET ascii NULL,
    added_at            DATETIME(3)       NOT NULL,
    PRIMARY KEY (id),
    -- a page of the owner's collection, newest first (ties by id)
    KEY ix_collection_entry_owner_added (account_id, added_at, id),
    -- an import's "same holding" lookup
    KEY ix_collection_entry_owner_card (account_id, card_id),
    KEY ix_collection_entry_card (card_id),
    KEY ix_collection_entry_variant (variant_id),
    CONSTRAINT fk_collection_entry_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_collection_entry_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_collection_entry_variant FOREIGN KEY (variant_id) REFERENCES variant (id),
    CONSTRAINT ck_collection_entry_quantity CHECK (quantity BETWEEN 1 AND 9999),
    CONSTRAINT ck_collection_entry_price_paid CHECK ((price_paid_amount IS NULL) = (price_paid_currency IS NULL)),
    CONSTRAINT ck_collection_entry_grading CHECK ((grading_company IS NULL) = (grade IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

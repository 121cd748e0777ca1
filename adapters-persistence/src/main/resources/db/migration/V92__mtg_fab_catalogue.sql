-- Magic and Flesh and Blood join the catalogue (issue 21).
-- Flesh and Blood's slug becomes 'flesh-and-blood', the slug the v2 API navigates by (the spec's v2
-- games list uses full slugs; its legacy table's 'fab' is an alias collection imports still accept).
-- Its id (4) and every row that refers to it stay as they are.
UPDATE game SET slug = 'flesh-and-blood' WHERE id = 4 AND slug = 'fab';

-- A card's standing per constructed format, as its source states it (MTGJSON's legalities, the
-- Flesh and Blood export's legal/restricted/banned formats). A format without a row is one the card
-- is not legal in. Written by the catalogue import with the card's names (rewritten when the card's
-- fingerprint changes); deck legality (issue 25) reads it.
CREATE TABLE card_legality (
    card_id  INT UNSIGNED NOT NULL,
    format   VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    legality VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (card_id, format),
    KEY ix_card_legality_format (format, legality),
    CONSTRAINT fk_card_legality_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

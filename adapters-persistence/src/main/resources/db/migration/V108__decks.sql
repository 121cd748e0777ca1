-- Decks (issue 25). What deck rules read about a card beyond card_legality: Pokémon's regulation
-- mark, Magic's colour identity (letters of WUBRG) and supertypes (comma-separated: Basic,
-- Legendary, Snow…; a basic Pokémon Energy is 'Basic'). Written by the catalogue import beside the
-- card's names and legalities; a card whose source says none of it has no row.
CREATE TABLE card_play_traits (
    card_id         INT UNSIGNED NOT NULL,
    regulation_mark CHAR(1)      CHARACTER SET ascii NULL,
    colour_identity VARCHAR(5)   CHARACTER SET ascii NOT NULL DEFAULT '',
    supertypes      VARCHAR(100) CHARACTER SET ascii NOT NULL DEFAULT '',
    PRIMARY KEY (card_id),
    CONSTRAINT fk_card_play_traits_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A collector's deck of one game, optionally for one format; public decks are readable by anyone.
CREATE TABLE deck (
    id         BIGINT UNSIGNED   NOT NULL AUTO_INCREMENT,
    account_id BIGINT UNSIGNED   NOT NULL,
    name       VARCHAR(100)      NOT NULL,
    game_id    SMALLINT UNSIGNED NOT NULL,
    format     VARCHAR(32)       CHARACTER SET ascii NULL,
    is_public  BOOLEAN           NOT NULL DEFAULT FALSE,
    created_at DATETIME(3)       NOT NULL,
    updated_at DATETIME(3)       NOT NULL,
    PRIMARY KEY (id),
    -- the owner's decks, newest first
    KEY ix_deck_owner_updated (account_id, updated_at),
    CONSTRAINT fk_deck_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_deck_game FOREIGN KEY (game_id) REFERENCES game (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- How many copies of a card a deck holds in one section (main, sideboard, commander).
CREATE TABLE deck_card (
    deck_id  BIGINT UNSIGNED   NOT NULL,
    card_id  INT UNSIGNED      NOT NULL,
    section  VARCHAR(16)       CHARACTER SET ascii NOT NULL,
    quantity SMALLINT UNSIGNED NOT NULL,
    PRIMARY KEY (deck_id, section, card_id),
    KEY ix_deck_card_card (card_id),
    CONSTRAINT fk_deck_card_deck FOREIGN KEY (deck_id) REFERENCES deck (id) ON DELETE CASCADE,
    CONSTRAINT fk_deck_card_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT ck_deck_card_quantity CHECK (quantity >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

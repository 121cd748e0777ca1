-- The catalogue: sets -> cards -> printings (language x print run) -> variants (finish, foil
-- pattern, stamps, size, label). Every level has a compact auto-increment id that the API
-- exposes and that must survive re-imports, so each level also has a unique natural key the
-- importer resolves against (rows are updated in place, never deleted and re-inserted).
-- Source ids are case-sensitive (tcgdex has both 'sv1' and 'SV1'), hence binary collations on
-- them; names use the accent-insensitive utf8mb4_unicode_520_ci so 'pokemon' finds 'Pokémon'.
-- fingerprint = SHA-1 of the values the importer wrote: a re-import compares it and touches
-- nothing that did not change.

CREATE TABLE card_set (
    id             INT UNSIGNED      NOT NULL AUTO_INCREMENT,
    game_id        SMALLINT UNSIGNED NOT NULL,
    catalogue      VARCHAR(32)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    external_id    VARCHAR(64)       COLLATE utf8mb4_bin NOT NULL,
    code           VARCHAR(32)       NOT NULL,
    name           VARCHAR(255)      NOT NULL,
    series         VARCHAR(100)      NULL,
    release_date   DATE              NULL,
    official_count SMALLINT UNSIGNED NULL,
    card_count     INT UNSIGNED      NOT NULL DEFAULT 0,
    language       VARCHAR(16)       CHARACTER SET ascii NOT NULL,
    languages      VARCHAR(160)      CHARACTER SET ascii NOT NULL,
    is_promo       BOOLEAN           NOT NULL,
    cardmarket_id  INT UNSIGNED      NULL,
    tcgplayer_id   INT UNSIGNED      NULL,
    fingerprint    BINARY(20)        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_card_set_source (catalogue, external_id),
    KEY ix_card_set_game_release (game_id, release_date, id),
    KEY ix_card_set_code (code),
    KEY ix_card_set_name (name),
    CONSTRAINT fk_card_set_game FOREIGN KEY (game_id) REFERENCES game (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE card_set_name (
    set_id   INT UNSIGNED NOT NULL,
    language VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    name     VARCHAR(255) NOT NULL,
    PRIMARY KEY (set_id, language),
    KEY ix_card_set_name_name (name),
    CONSTRAINT fk_card_set_name_set FOREIGN KEY (set_id) REFERENCES card_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- game_id repeats the set's game so "cards of a game" and name lookups within a game need no join.
-- number_sort is the numeric part of the local id ("TG01" -> 1, "001" -> 1) so a set lists 1, 2, 10.
CREATE TABLE card (
    id                    INT UNSIGNED      NOT NULL AUTO_INCREMENT,
    set_id                INT UNSIGNED      NOT NULL,
    game_id               SMALLINT UNSIGNED NOT NULL,
    external_id           VARCHAR(64)       COLLATE utf8mb4_bin NOT NULL,
    local_id              VARCHAR(32)       NOT NULL,
    number_sort           INT UNSIGNED      NULL,
    collector_number      VARCHAR(48)       NOT NULL,
    name                  VARCHAR(255)      NOT NULL,
    category              VARCHAR(64)       NULL,
    rarity                VARCHAR(64)       NULL,
    hp                    SMALLINT UNSIGNED NULL,
    types                 VARCHAR(255)      NULL,
    stage                 VARCHAR(64)       NULL,
    evolves_from          VARCHAR(255)      NULL,
    illustrator           VARCHAR(255)      NULL,
    cardmarket_product_id INT UNSIGNED      NULL,
    tcgplayer_product_id  INT UNSIGNED      NULL,
    pricecharting_id      INT UNSIGNED      NULL,
    mtgjson_uuid          CHAR(36)          CHARACTER SET ascii NULL,
    scryfall_id           CHAR(36)          CHARACTER SET ascii NULL,
    ygoprodeck_id         INT UNSIGNED      NULL,
    fingerprint           BINARY(20)        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_card_source (set_id, external_id),
    KEY ix_card_set_number (set_id, number_sort, local_id),
    KEY ix_card_game_name (game_id, name),
    KEY ix_card_collector_number (collector_number),
    KEY ix_card_evolves_from (evolves_from),
    KEY ix_card_cardmarket (cardmarket_product_id),
    KEY ix_card_tcgplayer (tcgplayer_product_id),
    KEY ix_card_pricecharting (pricecharting_id),
    KEY ix_card_mtgjson (mtgjson_uuid),
    KEY ix_card_scryfall (scryfall_id),
    KEY ix_card_ygoprodeck (ygoprodeck_id),
    CONSTRAINT fk_card_set FOREIGN KEY (set_id) REFERENCES card_set (id),
    CONSTRAINT fk_card_game FOREIGN KEY (game_id) REFERENCES game (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every language's name (and pre-evolution name) of a card: name search in any language.
CREATE TABLE card_name (
    card_id      INT UNSIGNED NOT NULL,
    language     VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    name         VARCHAR(255) NOT NULL,
    evolves_from VARCHAR(255) NULL,
    PRIMARY KEY (card_id, language),
    KEY ix_card_name_name (name),
    KEY ix_card_name_evolves_from (evolves_from),
    CONSTRAINT fk_card_name_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- National dex numbers: joins cards to species art and finds every card of a species.
CREATE TABLE card_dex (
    card_id INT UNSIGNED      NOT NULL,
    dex_id  SMALLINT UNSIGNED NOT NULL,
    PRIMARY KEY (card_id, dex_id),
    KEY ix_card_dex_dex (dex_id),
    CONSTRAINT fk_card_dex_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- print_run: unlimited | 1st_edition | shadowless. A printing has no data beyond its key.
CREATE TABLE printing (
    id        INT UNSIGNED NOT NULL AUTO_INCREMENT,
    card_id   INT UNSIGNED NOT NULL,
    language  VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    print_run VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_printing (card_id, language, print_run),
    KEY ix_printing_language (language),
    CONSTRAINT fk_printing_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- variant_key is the domain's canonical text of finish, pattern, stamps, size and label.
CREATE TABLE variant (
    id                    INT UNSIGNED NOT NULL AUTO_INCREMENT,
    printing_id           INT UNSIGNED NOT NULL,
    variant_key           VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    finish                VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    foil_pattern          VARCHAR(64)  NULL,
    stamps                VARCHAR(255) NULL,
    size                  VARCHAR(64)  NULL,
    label                 VARCHAR(64)  NOT NULL,
    cardmarket_product_id INT UNSIGNED NULL,
    tcgplayer_product_id  INT UNSIGNED NULL,
    pricecharting_id      INT UNSIGNED NULL,
    mtgjson_uuid          CHAR(36)     CHARACTER SET ascii NULL,
    scryfall_id           CHAR(36)     CHARACTER SET ascii NULL,
    ygoprodeck_id         INT UNSIGNED NULL,
    fingerprint           BINARY(20)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_variant (printing_id, variant_key),
    KEY ix_variant_cardmarket (cardmarket_product_id),
    KEY ix_variant_tcgplayer (tcgplayer_product_id),
    KEY ix_variant_pricecharting (pricecharting_id),
    KEY ix_variant_mtgjson (mtgjson_uuid),
    KEY ix_variant_scryfall (scryfall_id),
    KEY ix_variant_ygoprodeck (ygoprodeck_id),
    CONSTRAINT fk_variant_printing FOREIGN KEY (printing_id) REFERENCES printing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Pre-aggregated counters for /api/v2/stats and /api/v2/games: the importer adds what it
-- inserted in the same transaction as the rows, so they are exact and never need a COUNT.
CREATE TABLE catalogue_stat (
    name       VARCHAR(32)     CHARACTER SET ascii NOT NULL,
    value      BIGINT UNSIGNED NOT NULL DEFAULT 0,
    updated_at TIMESTAMP(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO catalogue_stat (name, value) VALUES ('sets', 0), ('cards', 0), ('printings', 0), ('variants', 0);

-- A game has a row once something of it was imported (the API shows null counts before).
CREATE TABLE game_stat (
    game_id    SMALLINT UNSIGNED NOT NULL,
    sets       BIGINT UNSIGNED   NOT NULL DEFAULT 0,
    cards      BIGINT UNSIGNED   NOT NULL DEFAULT 0,
    updated_at TIMESTAMP(6)      NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (game_id),
    CONSTRAINT fk_game_stat_game FOREIGN KEY (game_id) REFERENCES game (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

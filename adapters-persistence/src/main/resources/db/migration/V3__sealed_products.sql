-- Sealed products (booster boxes, ETBs, bundles) tracked alongside singles. No source imports
-- them yet; the legacy routes read this table, so they answer real empty lists until one does.
CREATE TABLE sealed_product (
    id           INT UNSIGNED      NOT NULL AUTO_INCREMENT,
    game_id      SMALLINT UNSIGNED NOT NULL,
    set_id       INT UNSIGNED      NULL,
    name         VARCHAR(255)      NOT NULL,
    product_type VARCHAR(64)       NOT NULL,
    release_date DATE              NULL,
    created_at   TIMESTAMP(6)      NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_sealed_product_game (game_id, id),
    KEY ix_sealed_product_set (set_id, id),
    CONSTRAINT fk_sealed_product_game FOREIGN KEY (game_id) REFERENCES game (id),
    CONSTRAINT fk_sealed_product_set FOREIGN KEY (set_id) REFERENCES card_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Recent cards: sets by release date across games.
CREATE INDEX ix_card_set_release ON card_set (release_date, id);

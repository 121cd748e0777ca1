-- Accounts and API keys. Usernames and emails are stored lowercased by the domain and compared
-- byte for byte (utf8mb4_bin), so the unique keys decide sign-up races exactly. A key is stored
-- only as the SHA-256 of its secret (key_hash) plus the first 12 characters for display.

CREATE TABLE account (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    username      VARCHAR(30)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    email         VARCHAR(254)    COLLATE utf8mb4_bin NOT NULL,
    password_hash VARCHAR(255)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tier          VARCHAR(32)     CHARACTER SET ascii NOT NULL DEFAULT 'free',
    display_name  VARCHAR(60)     NULL,
    country       CHAR(2)         CHARACTER SET ascii NULL,
    is_admin      BOOLEAN         NOT NULL DEFAULT FALSE,
    is_seller     BOOLEAN         NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_username (username),
    UNIQUE KEY uk_account_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE api_key (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    account_id   BIGINT UNSIGNED NOT NULL,
    name         VARCHAR(100)    NOT NULL,
    prefix       VARCHAR(12)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    key_hash     BINARY(32)      NOT NULL,
    tier         VARCHAR(32)     CHARACTER SET ascii NOT NULL,
    is_active    BOOLEAN         NOT NULL DEFAULT TRUE,
    created_at   DATETIME(3)     NOT NULL,
    expires_at   DATETIME(3)     NULL,
    last_used_at DATETIME(3)     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_key_hash (key_hash),
    KEY ix_api_key_account (account_id, id),
    CONSTRAINT fk_api_key_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

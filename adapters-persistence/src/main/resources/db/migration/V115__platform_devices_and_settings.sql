-- Platform (issue 26): phones registered for push notifications, and the platform settings with
-- their audit trail.
--
-- A push token names one phone, so it is unique across accounts (a phone that changed hands moves
-- to its new owner). Tokens can be long (FCM documents no bound; at most 4,096 here), too long for a
-- unique index, so the key is on their SHA-256. Devices go with their account.
CREATE TABLE push_device (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    account_id    BIGINT UNSIGNED NOT NULL,
    platform      VARCHAR(8)      CHARACTER SET ascii NOT NULL,
    token         VARCHAR(4096)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    token_hash    BINARY(32)      NOT NULL,
    app_version   VARCHAR(32)     CHARACTER SET ascii NULL,
    registered_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_push_device_token (token_hash),
    KEY ix_push_device_account (account_id, registered_at),
    CONSTRAINT fk_push_device_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_push_device_platform CHECK (platform IN ('android', 'ios'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Settings an administrator set (a key nobody set has no row: the application's default applies).
-- The value is stored as text and typed by the application's key; NULL is "no value" for texts.
-- changed_by is kept NULL once that administrator's account is purged: the trail outlives accounts.
CREATE TABLE platform_setting (
    setting_key   VARCHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    setting_value TEXT            NULL,
    changed_at    DATETIME(3)     NOT NULL,
    changed_by    BIGINT UNSIGNED NULL,
    PRIMARY KEY (setting_key),
    CONSTRAINT fk_platform_setting_account FOREIGN KEY (changed_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE platform_setting_change (
    id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    setting_key    VARCHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    previous_value TEXT            NULL,
    new_value      TEXT            NULL,
    changed_by     BIGINT UNSIGNED NULL,
    changed_at     DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_platform_setting_change_key (setting_key, changed_at, id),
    CONSTRAINT fk_platform_setting_change_account FOREIGN KEY (changed_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

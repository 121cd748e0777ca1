-- Cross-device scan sessions (issue 24): a desktop's session a phone claims with its token, and the
-- cards the phone reports. expired is never stored: a session is expired once expires_at has passed,
-- or idle (last_activity_at) for 5 minutes unless completed; the hourly purge deletes those rows (the
-- cards go with them, ON DELETE CASCADE). The claim token is kept because the QR route draws the
-- deeplink that carries it; it is never logged. An account's purge removes its sessions.
CREATE TABLE scan_session (
    id                CHAR(26)          CHARACTER SET ascii NOT NULL,
    owner_id          BIGINT UNSIGNED   NOT NULL,
    claim_token       CHAR(67)          CHARACTER SET ascii NOT NULL,
    confirmation_code CHAR(6)           CHARACTER SET ascii NOT NULL,
    status            VARCHAR(12)       CHARACTER SET ascii NOT NULL,
    device_name       VARCHAR(100)      NULL,
    photo_count       SMALLINT UNSIGNED NOT NULL DEFAULT 0,
    opened_at         DATETIME(3)       NOT NULL,
    expires_at        DATETIME(3)       NOT NULL,
    last_activity_at  DATETIME(3)       NOT NULL,
    PRIMARY KEY (id),
    KEY scan_session_by_expiry (expires_at),
    KEY scan_session_by_activity (last_activity_at),
    CONSTRAINT scan_session_owner FOREIGN KEY (owner_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE scan_session_card (
    session_id   CHAR(26)          CHARACTER SET ascii NOT NULL,
    card_index   SMALLINT UNSIGNED NOT NULL,
    captured_at  DATETIME(3)       NULL,
    image_url    VARCHAR(300)      NULL,
    -- the recognition answer as the phone or the server produced it (a JSON object, at most 64 KB)
    recognition  MEDIUMTEXT        NOT NULL,
    PRIMARY KEY (session_id, card_index),
    CONSTRAINT scan_session_card_session FOREIGN KEY (session_id) REFERENCES scan_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

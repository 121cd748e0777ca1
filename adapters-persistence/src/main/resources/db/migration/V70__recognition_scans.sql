-- Recognition scans (issue 8): every answered recognition keeps the engine's descriptor of the
-- photographed card under its scan id; a confirmation names the card it showed, and confirmed
-- scans are loaded as extra references at every index build (self-learning across restarts).
CREATE TABLE recognition_scan (
    scan_id      VARCHAR(40)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint  VARBINARY(1024) NOT NULL,
    scanned_at   DATETIME(3)    NOT NULL,
    card_id      INT UNSIGNED   NULL,
    confirmed_at DATETIME(3)    NULL,
    PRIMARY KEY (scan_id),
    KEY ix_recognition_scan_confirmed (confirmed_at),
    CONSTRAINT fk_recognition_scan_card FOREIGN KEY (card_id) REFERENCES card (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

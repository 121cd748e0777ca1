-- Trust codes (issue 23): a protected listing's confirmation code, one per listing and each code
-- once (the unique key settles two draws of one code racing), and the fingerprints of its
-- watermarked photos (PhotoFingerprint.toBytes: 8 bytes per view, the whole photo first). Codes are
-- kept upper case in ASCII: the lookup's binary collation compares them exactly.
CREATE TABLE trust_code (
    listing_id BIGINT UNSIGNED NOT NULL,
    code       VARCHAR(8)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (listing_id),
    UNIQUE KEY uk_trust_code_code (code),
    CONSTRAINT fk_trust_code_listing FOREIGN KEY (listing_id) REFERENCES market_listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE trust_photo_fingerprint (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    listing_id  BIGINT UNSIGNED NOT NULL,
    image_url   VARCHAR(300)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint VARBINARY(512)  NOT NULL,
    created_at  DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_trust_photo_listing_url (listing_id, image_url),
    CONSTRAINT fk_trust_photo_listing FOREIGN KEY (listing_id) REFERENCES market_listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

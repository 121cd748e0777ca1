-- Profiles and privacy (issue 25): whether a collector's collection shows on their public page
-- (off until they say so) and their avatar, a 256 × 256 WebP already cropped and stripped of
-- metadata (at most a few tens of KB). One row per account that changed either; none means private
-- and no avatar.
CREATE TABLE account_profile (
    account_id           BIGINT UNSIGNED NOT NULL,
    is_collection_public BOOLEAN         NOT NULL DEFAULT FALSE,
    avatar               MEDIUMBLOB      NULL,
    avatar_updated_at    DATETIME(3)     NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_account_profile_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_profile_avatar CHECK ((avatar IS NULL) = (avatar_updated_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

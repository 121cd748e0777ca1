-- Private messages and blocks (issue 23). A message is between two accounts, optionally about a
-- listing and in reply to another message; only is_read (the recipient opened it) and is_hidden (a
-- moderator took it out of both parties' reads) ever change. A block is one account refusing
-- messages and bids from another. An account's purge removes its messages and blocks (CASCADE);
-- a listing's removal keeps the messages about it (SET NULL).
CREATE TABLE private_message (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    sender_id    BIGINT UNSIGNED NOT NULL,
    recipient_id BIGINT UNSIGNED NOT NULL,
    listing_id   BIGINT UNSIGNED NULL,
    subject      VARCHAR(200)    NULL,
    body         TEXT            NOT NULL,
    parent_id    BIGINT UNSIGNED NULL,
    is_read      BOOLEAN         NOT NULL DEFAULT FALSE,
    is_hidden    BOOLEAN         NOT NULL DEFAULT FALSE,
    created_at   DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    -- the inbox and the unread count, newest first
    KEY ix_private_message_recipient (recipient_id, created_at, id),
    -- the sent folder, newest first
    KEY ix_private_message_sender (sender_id, created_at, id),
    KEY ix_private_message_listing (listing_id),
    CONSTRAINT fk_private_message_sender FOREIGN KEY (sender_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_private_message_recipient FOREIGN KEY (recipient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_private_message_listing FOREIGN KEY (listing_id) REFERENCES market_listing (id) ON DELETE SET NULL,
    CONSTRAINT fk_private_message_parent FOREIGN KEY (parent_id) REFERENCES private_message (id) ON DELETE SET NULL,
    CONSTRAINT ck_private_message_parties CHECK (sender_id <> recipient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE user_block (
    blocker_id BIGINT UNSIGNED NOT NULL,
    blocked_id BIGINT UNSIGNED NOT NULL,
    created_at DATETIME(3)     NOT NULL,
    -- one block per pair: a second block is a no-op the key settles
    PRIMARY KEY (blocker_id, blocked_id),
    KEY ix_user_block_blocked (blocked_id),
    CONSTRAINT fk_user_block_blocker FOREIGN KEY (blocker_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_block_blocked FOREIGN KEY (blocked_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_block_parties CHECK (blocker_id <> blocked_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- An account's notification feed (issue 20). kind is the spec's code (alert_triggered, ...); data
-- is a flat JSON object of ids and short texts a client follows (card_id, alert_id); url is the
-- site-relative page it points at.
CREATE TABLE notification (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    account_id BIGINT UNSIGNED NOT NULL,
    kind       VARCHAR(32)     CHARACTER SET ascii NOT NULL,
    title      VARCHAR(200)    NOT NULL,
    body       VARCHAR(2000)   NOT NULL,
    data       JSON            NOT NULL,
    url        VARCHAR(2000)   NULL,
    is_read    BOOLEAN         NOT NULL DEFAULT FALSE,
    created_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    -- a page of the feed, newest first (ties by id)
    KEY ix_notification_owner_created (account_id, created_at, id),
    -- the unread counters per kind
    KEY ix_notification_owner_unread (account_id, is_read, kind),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

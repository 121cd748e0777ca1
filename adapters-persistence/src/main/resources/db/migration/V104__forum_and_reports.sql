-- The forum, reports and their moderation (issue 23). A forum post keeps its author's Markdown and
-- the sanitised HTML rendered from it once at write time (pages show the HTML as is). A report names
-- its target by type and id (no foreign key: the target may be a post, listing, message or account,
-- and the report outlives it). moderation_action is the append-only audit trail of decisions.
CREATE TABLE forum_post (
    id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    author_id  BIGINT UNSIGNED NOT NULL,
    title      VARCHAR(200)    NOT NULL,
    body_md    MEDIUMTEXT      NOT NULL,
    body_html  MEDIUMTEXT      NOT NULL,
    is_hidden  BOOLEAN         NOT NULL DEFAULT FALSE,
    created_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    -- the public list: visible posts newest first
    KEY ix_forum_post_visible_created (is_hidden, created_at, id),
    CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE content_report (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    reporter_id BIGINT UNSIGNED NOT NULL,
    target_type VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    target_id   BIGINT UNSIGNED NOT NULL,
    reason      VARCHAR(500)    NOT NULL,
    category    VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    status      VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    created_at  DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    -- the moderation queue: open reports oldest first
    KEY ix_content_report_status_created (status, created_at, id),
    CONSTRAINT fk_content_report_reporter FOREIGN KEY (reporter_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_content_report_target CHECK (target_type IN ('forum_post', 'listing', 'message', 'user')),
    CONSTRAINT ck_content_report_category CHECK (category IN ('spam', 'fraud', 'abuse', 'illegal', 'other')),
    CONSTRAINT ck_content_report_status CHECK (status IN ('open', 'hidden', 'dismissed'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE moderation_action (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    report_id    BIGINT UNSIGNED NOT NULL,
    moderator_id BIGINT UNSIGNED NULL,
    decision     VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    target_type  VARCHAR(16)     CHARACTER SET ascii NOT NULL,
    target_id    BIGINT UNSIGNED NOT NULL,
    acted_at     DATETIME(3)     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_moderation_action_at (acted_at, id),
    CONSTRAINT fk_moderation_action_report FOREIGN KEY (report_id) REFERENCES content_report (id) ON DELETE CASCADE,
    -- the trail outlives a moderator's account: the line stays, without a name
    CONSTRAINT fk_moderation_action_moderator FOREIGN KEY (moderator_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_moderation_action_decision CHECK (decision IN ('hide', 'dismiss'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

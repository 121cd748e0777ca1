-- How far the first-start price backfill got: the newest day all of whose files are stored. It is
-- written in the transaction of that day's last file, so it never runs ahead of the data, and a start
-- after an interruption resumes with the next day instead of day one (decisions §27).
CREATE TABLE price_backfill_progress (
    job        VARCHAR(64) CHARACTER SET ascii NOT NULL,
    day        DATE        NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

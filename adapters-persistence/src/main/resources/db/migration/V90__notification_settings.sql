-- Mail on/off per notification kind, as each collector chose it. Only choices are rows: a kind an
-- account never chose answers the application's default, so a new kind needs no migration. The
-- kind is the spec's code (alert_triggered, wishlist_price, ...). Rows go with their account.
CREATE TABLE notification_setting (
    account_id BIGINT UNSIGNED NOT NULL,
    kind       VARCHAR(32)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    mail       BOOLEAN         NOT NULL,
    chosen_at  DATETIME(3)     NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT fk_notification_setting_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

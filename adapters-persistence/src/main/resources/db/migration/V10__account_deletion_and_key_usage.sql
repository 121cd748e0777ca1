-- Accounts: a requested deletion (24 h grace, then the purge job removes the row and, through
-- ON DELETE CASCADE, everything holding the account's personal data).
-- Keys: calls counted on the UTC day calls_day (calls_today reads 0 once that day is over).
ALTER TABLE account
    ADD COLUMN deletion_requested_at DATETIME(3) NULL,
    ADD KEY ix_account_deletion (deletion_requested_at);

ALTER TABLE api_key
    ADD COLUMN calls_day   DATE            NULL,
    ADD COLUMN calls_today BIGINT UNSIGNED NOT NULL DEFAULT 0;

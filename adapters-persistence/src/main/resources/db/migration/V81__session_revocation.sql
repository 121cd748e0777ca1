-- Revocable sessions. The tcg_session cookie carries the account's session_generation at sign-in and
-- a random session id; a cookie stands while its generation is the account's current one and its
-- id is not listed in ended_session. A password change or "log out everywhere" moves the generation
-- on (ending every session) and clears the list; a logout lists that one session until it would
-- have expired anyway (expired rows are pruned at the next logout of the account).
ALTER TABLE account
    ADD COLUMN session_generation BIGINT UNSIGNED NOT NULL DEFAULT 0;

CREATE TABLE ended_session (
    account_id BIGINT UNSIGNED NOT NULL,
    session_id CHAR(22)        CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    expires_at DATETIME(3)     NOT NULL,
    PRIMARY KEY (account_id, session_id),
    CONSTRAINT fk_ended_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

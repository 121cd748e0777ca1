package io.cardvault.application.service.account;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.Username;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Operator settings for accounts: how long a requested deletion can still be cancelled (the spec:
 * 24 h), and the usernames granted administrator rights by configuration (besides the stored
 * {@code is_admin} flag).
 */
public record AccountPolicy(Duration deletionGrace, Set<Username> adminUsernames) {

    public AccountPolicy {
        Objects.requireNonNull(deletionGrace, "deletionGrace");
        if (deletionGrace.isNegative()) {
            throw new IllegalArgumentException("the deletion grace period cannot be negative: " + deletionGrace);
        }
        adminUsernames = Set.copyOf(adminUsernames);
    }

    /** The account as callers see it: an administrator when flagged in the store or listed here. */
    public Account withConfiguredRoles(Account account) {
        return adminUsernames.contains(account.username()) ? account.asAdmin() : account;
    }
}

package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.account.Account;

/** {@code GET /auth/me}: the spec's fields plus tier, display_name, country and deletion_requested_at
 * (set while a requested deletion can still be cancelled). */
public record MeResponse(long id, String username, String email, boolean isAdmin, boolean isSeller,
                         String createdAt, String tier, String displayName, String country,
                         String deletionRequestedAt) {

    static MeResponse from(Account account) {
        return new MeResponse(account.requireId().value(), account.username().value(), account.email().value(),
                account.admin(), account.seller(), account.createdAt().toString(), account.tier().slug(),
                account.displayName().orElse(null), account.country().orElse(null),
                account.deletionRequestedAt().map(java.time.Instant::toString).orElse(null));
    }
}

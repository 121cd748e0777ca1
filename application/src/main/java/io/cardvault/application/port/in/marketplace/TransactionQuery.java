package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.TransactionParty;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's transactions ({@code GET /api/transactions}): all, or only their purchases
 * ({@code BUYER}) or sales ({@code SELLER}); {@code limit} 1–{@value #MAX_LIMIT}.
 */
public record TransactionQuery(AccountId party, Optional<TransactionParty> role, int limit, int offset) {

    public static final int MAX_LIMIT = 200;

    public TransactionQuery {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidMarketplaceDataException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidMarketplaceDataException("offset", "offset cannot be negative");
        }
    }
}

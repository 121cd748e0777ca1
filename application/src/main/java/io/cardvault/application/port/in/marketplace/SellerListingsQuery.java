package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller's own listings ({@code GET /seller/listings}, the seller dashboard): every status, or only
 * one ({@code draft}, {@code active}, …); {@code limit} 1–{@value #MAX_LIMIT}.
 */
public record SellerListingsQuery(AccountId seller, Optional<ListingStatus> status, int limit, int offset) {

    public static final int MAX_LIMIT = 200;

    public SellerListingsQuery {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(status, "status");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidMarketplaceDataException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidMarketplaceDataException("offset", "offset cannot be negative");
        }
    }
}

package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer buys one copy of a listing at once ({@code POST /api/listings/{id}/buy-now}). The
 * optional variant word, when given, must be the listing's own (the spec's disambiguation).
 */
public record BuyNowCommand(AccountId buyer, ListingId listing, Optional<String> variant) {

    public BuyNowCommand {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(variant, "variant");
        variant = variant.map(String::strip).filter(word -> !word.isEmpty());
    }
}

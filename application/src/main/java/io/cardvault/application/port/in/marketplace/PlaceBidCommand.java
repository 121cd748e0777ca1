package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** A buyer bids on a listing ({@code POST /api/listings/{id}/bids}); amount and message are checked by the bid itself. */
public record PlaceBidCommand(AccountId bidder, ListingId listing, Money amount, Optional<String> message) {

    public PlaceBidCommand {
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(message, "message");
    }
}

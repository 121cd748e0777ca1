package io.cardvault.domain.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer a buyer makes on a listing that accepts offers: an amount in euros and a short message.
 * It stays pending until the seller accepts it (a transaction opens) or the listing goes (sold to
 * someone else, withdrawn), which rejects it. Placed through {@link Listing#receiveBid}.
 */
public record Bid(Optional<BidId> id, ListingId listing, AccountId bidder, Money amount, Optional<String> message,
                  BidStatus status, Instant createdAt) {

    public static final int MAX_MESSAGE = 500;

    public Bid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(bidder, "bidder");
        ListingTerms.requirePrice(amount, "amount");
        Objects.requireNonNull(message, "message");
        message = message.map(String::strip).filter(text -> !text.isEmpty());
        message.ifPresent(text -> InvalidMarketplaceDataException.require(text.length() <= MAX_MESSAGE, "message",
                "a bid's message has at most " + MAX_MESSAGE + " characters"));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    static Bid place(ListingId listing, AccountId bidder, Money amount, Optional<String> message, Instant now) {
        return new Bid(Optional.empty(), listing, bidder, amount, message, BidStatus.PENDING, now);
    }

    public Bid stored(BidId storedId) {
        return new Bid(Optional.of(storedId), listing, bidder, amount, message, status, createdAt);
    }

    public Bid accept() {
        return to(BidStatus.ACCEPTED);
    }

    /** The bid turned down because the listing was sold to another buyer or withdrawn. */
    public Bid reject() {
        return to(BidStatus.REJECTED);
    }

    private Bid to(BidStatus next) {
        if (status != BidStatus.PENDING) {
            throw new BidNotPendingException(status);
        }
        return new Bid(id, listing, bidder, amount, message, next, createdAt);
    }

    public BidId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("the bid is not stored yet"));
    }
}

package io.cardvault.domain.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A card a collector wants, once per card, optionally only under a price. The wish notifies once
 * per drop under its price: {@link #notifiedAt} is set when it did and cleared when the price
 * climbs back over, so a price that hovers around the limit does not notify every day.
 */
public record WishlistEntry(AccountId owner, CardId card, Optional<Money> maxPrice, Instant addedAt,
                            Optional<Instant> notifiedAt) {

    public WishlistEntry {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(maxPrice, "maxPrice");
        maxPrice.ifPresent(max -> InvalidCollectionDataException.require(max.amount().signum() > 0, "max_price",
                "max price must be above zero: " + max));
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(notifiedAt, "notifiedAt");
    }

    public static WishlistEntry wish(AccountId owner, CardId card, Optional<Money> maxPrice, Instant addedAt) {
        return new WishlistEntry(owner, card, maxPrice, addedAt, Optional.empty());
    }

    /**
     * The entry after the card's price moved to {@code price} (in the max price's currency): a
     * {@link WishOutcome.Notify} the first time it is at or under the limit, {@link WishOutcome.Rearmed}
     * when it climbed back over after notifying, {@link WishOutcome.Unchanged} otherwise. A wish
     * without a limit never notifies on price.
     */
    public WishOutcome priceMoved(Money price, Instant at) {
        if (maxPrice.isEmpty()) {
            return new WishOutcome.Unchanged(this);
        }
        boolean under = price.compareTo(maxPrice.get()) <= 0;
        if (under && notifiedAt.isEmpty()) {
            return new WishOutcome.Notify(new WishlistEntry(owner, card, maxPrice, addedAt, Optional.of(at)), price);
        }
        if (!under && notifiedAt.isPresent()) {
            return new WishOutcome.Rearmed(new WishlistEntry(owner, card, maxPrice, addedAt, Optional.empty()));
        }
        return new WishOutcome.Unchanged(this);
    }

    /** What a price move did to a wish. */
    public sealed interface WishOutcome {

        WishlistEntry entry();

        /** The price dropped under the limit: tell the collector, at this price. */
        record Notify(WishlistEntry entry, Money price) implements WishOutcome {
        }

        /** The price is over the limit again: the next drop notifies again. */
        record Rearmed(WishlistEntry entry) implements WishOutcome {
        }

        record Unchanged(WishlistEntry entry) implements WishOutcome {
        }
    }
}

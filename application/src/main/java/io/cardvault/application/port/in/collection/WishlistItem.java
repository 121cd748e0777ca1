package io.cardvault.application.port.in.collection;

import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.shared.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One wish as a collector reads it: the entry, its card, and the card's current price in the
 * wish's currency (its max price's, else EUR); empty when the card has no price or no exchange
 * rate reaches that currency. {@code underMaxPrice} is what the wish waits for.
 */
public record WishlistItem(WishlistEntry entry, WatchedCard card, Optional<Money> currentPrice) {

    public WishlistItem {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(currentPrice, "currentPrice");
        currentPrice.ifPresent(price -> {
            if (!price.currency().equals(currencyOf(entry))) {
                throw new IllegalArgumentException("a wish in " + currencyOf(entry) + " shows its price in it, not " + price);
            }
        });
    }

    /** The currency the wish thinks in: its max price's, else the default. */
    public static Currency currencyOf(WishlistEntry entry) {
        return entry.maxPrice().map(Money::currency).orElse(WatchPrice.DEFAULT_CURRENCY);
    }

    public Currency currency() {
        return currencyOf(entry);
    }

    /** Whether the card is priced at or under the wish's max price now. */
    public boolean underMaxPrice() {
        return entry.maxPrice().flatMap(max -> currentPrice.map(price -> price.compareTo(max) <= 0)).orElse(false);
    }
}

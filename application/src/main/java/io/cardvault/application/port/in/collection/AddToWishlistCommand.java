package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** Wish for {@code card}, optionally only under {@code maxPrice} (in the currency the collector chose). */
public record AddToWishlistCommand(AccountId owner, CardId card, Optional<Money> maxPrice) {

    public AddToWishlistCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(maxPrice, "maxPrice");
        maxPrice.ifPresent(max -> {
            if (max.amount().signum() <= 0) {
                throw new InvalidCollectionDataException("max_price", "max price must be above zero: " + max);
            }
        });
    }

    /** From what a caller typed: an optional amount and an optional currency code (EUR when absent). */
    public static AddToWishlistCommand of(AccountId owner, CardId card, Optional<BigDecimal> maxPrice,
                                          Optional<String> currencyCode) {
        var currency = WatchPrice.currency(currencyCode, "currency");
        return new AddToWishlistCommand(owner, card,
                maxPrice.map(amount -> WatchPrice.money(amount, currency, "max_price")));
    }
}

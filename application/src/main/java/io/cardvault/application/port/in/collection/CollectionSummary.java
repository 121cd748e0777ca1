package io.cardvault.application.port.in.collection;

import io.cardvault.domain.shared.Money;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of {@code GET /collection/summary}, every amount in {@code currency}: the total value
 * of the copies that have a value, how many copies are held ({@code cardCount}, quantities summed)
 * and how many of them have no price convertible into the currency ({@code unvaluedCount}: left out
 * of every figure, never counted as zero), the 24-hour and 7-day changes (empty when no held card had
 * a price then), the value per game (by slug) and the most valuable card.
 */
public record CollectionSummary(Currency currency,
                                Money totalValue,
                                int cardCount,
                                int unvaluedCount,
                                Optional<ValueChange> change24h,
                                Optional<ValueChange> change7d,
                                Map<String, Money> byGame,
                                Optional<TopCard> topCard) {

    public CollectionSummary {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totalValue, "totalValue");
        Objects.requireNonNull(change24h, "change24h");
        Objects.requireNonNull(change7d, "change7d");
        byGame = Map.copyOf(byGame);
        Objects.requireNonNull(topCard, "topCard");
    }
}

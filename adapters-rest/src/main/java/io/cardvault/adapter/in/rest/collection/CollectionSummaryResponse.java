package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.ValueChange;
import io.cardvault.domain.shared.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /collection/summary} in the spec's shape, every amount in {@code currency}.
 * {@code card_count} counts copies (quantities summed); {@code unvalued_count} says how many of them
 * have no price convertible into the currency and are left out of the figures. A change is null when
 * no held card had a price then; its pct is null when the value then was zero. The changes are named
 * explicitly: the snake_case strategy puts no underscore before a digit ({@code change24h}).
 */
public record CollectionSummaryResponse(BigDecimal totalValue, int cardCount,
                                        @JsonbProperty("change_24h") @JsonbNillable BigDecimal change24h,
                                        @JsonbProperty("change_24h_pct") @JsonbNillable BigDecimal change24hPct,
                                        @JsonbProperty("change_7d") @JsonbNillable BigDecimal change7d,
                                        @JsonbProperty("change_7d_pct") @JsonbNillable BigDecimal change7dPct,
                                        Map<String, BigDecimal> byTcg,
                                        TopCardResponse topCard, String currency, int unvaluedCount) {

    /** The most valuable card, all its copies together. */
    public record TopCardResponse(long cardId, String name, BigDecimal value) {
    }

    static CollectionSummaryResponse from(CollectionSummary summary) {
        Map<String, BigDecimal> byGame = new TreeMap<>();
        summary.byGame().forEach((game, value) -> byGame.put(game, value.amount()));
        return new CollectionSummaryResponse(summary.totalValue().amount(), summary.cardCount(),
                summary.change24h().map(ValueChange::amount).map(Money::amount).orElse(null),
                summary.change24h().flatMap(ValueChange::percent).orElse(null),
                summary.change7d().map(ValueChange::amount).map(Money::amount).orElse(null),
                summary.change7d().flatMap(ValueChange::percent).orElse(null),
                byGame,
                summary.topCard().map(top -> new TopCardResponse(top.card().value(), top.name(), top.value().amount()))
                        .orElse(null),
                summary.currency().getCurrencyCode(), summary.unvaluedCount());
    }
}

package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.account.ApiPlan;
import java.util.Objects;
import java.util.Optional;

/** A page of one tier's history of a market card: plan, card id, tier, period, the row it starts after, page size (1–100). */
public record TierHistoryQuery(ApiPlan plan, String cardId, PriceTier tier, HistoryPeriod period, Optional<HistoryKey> after,
                               int limit) {

    public TierHistoryQuery {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > ListMarketCardsQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + ListMarketCardsQuery.MAX_LIMIT + ": " + limit);
        }
    }
}

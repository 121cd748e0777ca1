package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.price.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of a market's cards: the caller's plan, the market, the filters (set slug, name search,
 * card number, variant finish, graded only), the card id the page starts after (0: the first page)
 * and the page size (1–100).
 */
public record ListMarketCardsQuery(ApiPlan plan, Region market, Optional<String> setSlug, Optional<String> search,
                                   Optional<String> cardNumber, Optional<String> variant, boolean hasGraded,
                                   long afterCardId, int limit) {

    public static final int MAX_LIMIT = 100;

    public ListMarketCardsQuery {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(setSlug, "setSlug");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(variant, "variant");
        if (afterCardId < 0) {
            throw new IllegalArgumentException("a page starts after a card id, never a negative one");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}

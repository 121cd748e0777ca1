package io.cardvault.application.port.in.poketrace;

import java.util.Objects;
import java.util.Optional;

/** A page of sets by slug: an optional name search and game, the slug the page starts after, and the page size (1–100). */
public record ListMarketSetsQuery(Optional<String> search, Optional<SetGame> game, Optional<String> afterSlug, int limit) {

    public ListMarketSetsQuery {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(afterSlug, "afterSlug");
        if (limit < 1 || limit > ListMarketCardsQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + ListMarketCardsQuery.MAX_LIMIT + ": " + limit);
        }
    }
}

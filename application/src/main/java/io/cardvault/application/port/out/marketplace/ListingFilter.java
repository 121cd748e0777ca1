package io.cardvault.application.port.out.marketplace;

import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** What the marketplace's browse narrows to: one game (by slug), a price range in euros (inclusive), a condition. */
public record ListingFilter(Optional<String> tcgSlug, Optional<Money> minPrice, Optional<Money> maxPrice,
                            Optional<CardCondition> condition) {

    public ListingFilter {
        Objects.requireNonNull(tcgSlug, "tcgSlug");
        tcgSlug = tcgSlug.map(String::strip).filter(slug -> !slug.isEmpty());
        Objects.requireNonNull(minPrice, "minPrice");
        Objects.requireNonNull(maxPrice, "maxPrice");
        Objects.requireNonNull(condition, "condition");
    }

    public static ListingFilter all() {
        return new ListingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

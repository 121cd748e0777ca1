package io.cardvault.application.port.out.marketplace;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What the marketplace's browse narrows to: one game (by slug), a price range in euros (inclusive), a
 * condition, one card (the card page's "listings of this card").
 */
public record ListingFilter(Optional<String> tcgSlug, Optional<Money> minPrice, Optional<Money> maxPrice,
                            Optional<CardCondition> condition, Optional<CardId> card) {

    /** Any card. */
    public ListingFilter(Optional<String> tcgSlug, Optional<Money> minPrice, Optional<Money> maxPrice,
                         Optional<CardCondition> condition) {
        this(tcgSlug, minPrice, maxPrice, condition, Optional.empty());
    }

    public ListingFilter {
        Objects.requireNonNull(tcgSlug, "tcgSlug");
        tcgSlug = tcgSlug.map(String::strip).filter(slug -> !slug.isEmpty());
        Objects.requireNonNull(minPrice, "minPrice");
        Objects.requireNonNull(maxPrice, "maxPrice");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(card, "card");
    }

    public static ListingFilter all() {
        return new ListingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

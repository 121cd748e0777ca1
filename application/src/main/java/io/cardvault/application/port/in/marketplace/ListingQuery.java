package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The marketplace's browse ({@code GET /api/listings}): listings on sale, optionally of one game,
 * within a euro price range (inclusive), in one condition and of one card (the web's card page);
 * {@code limit} 1–{@value #MAX_LIMIT}.
 */
public record ListingQuery(Optional<String> tcgSlug, Optional<Money> minPrice, Optional<Money> maxPrice,
                           Optional<CardCondition> condition, Optional<CardId> card, int limit, int offset) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public ListingQuery {
        Objects.requireNonNull(tcgSlug, "tcgSlug");
        Objects.requireNonNull(minPrice, "minPrice");
        Objects.requireNonNull(maxPrice, "maxPrice");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(card, "card");
        minPrice.ifPresent(min -> requireEuros(min, "min_price"));
        maxPrice.ifPresent(max -> requireEuros(max, "max_price"));
        if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.get().compareTo(maxPrice.get()) > 0) {
            throw new InvalidMarketplaceDataException("max_price", "max_price is below min_price");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidMarketplaceDataException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidMarketplaceDataException("offset", "offset cannot be negative");
        }
    }

    /** Of any card (the API's browse). */
    public ListingQuery(Optional<String> tcgSlug, Optional<Money> minPrice, Optional<Money> maxPrice,
                        Optional<CardCondition> condition, int limit, int offset) {
        this(tcgSlug, minPrice, maxPrice, condition, Optional.empty(), limit, offset);
    }

    private static void requireEuros(Money bound, String field) {
        if (!"EUR".equals(bound.currency().getCurrencyCode()) || bound.isNegative()) {
            throw new InvalidMarketplaceDataException(field, field + " is a euro amount of at least 0");
        }
    }
}

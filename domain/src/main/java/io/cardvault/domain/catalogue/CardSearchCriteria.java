package io.cardvault.domain.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a card search asks for: free text matched against card names in every language, collector
 * numbers, set names and set codes, narrowed by optional filters that all hold together, and one
 * page of the ranked result.
 *
 * <p>The price bounds are US dollars on a card's best known market price; a card without a known
 * price never satisfies a bound. {@code preferredLanguages} (catalogue language codes, most wanted
 * first) order cards that match equally well: the reader's language before the others.
 */
public record CardSearchCriteria(String text, String gameSlug, Long setId, String rarity,
                                 BigDecimal minPriceUsd, BigDecimal maxPriceUsd, int limit, int offset,
                                 List<String> preferredLanguages) {

    /** Without a language preference. */
    public CardSearchCriteria(String text, String gameSlug, Long setId, String rarity,
                              BigDecimal minPriceUsd, BigDecimal maxPriceUsd, int limit, int offset) {
        this(text, gameSlug, setId, rarity, minPriceUsd, maxPriceUsd, limit, offset, List.of());
    }

    public CardSearchCriteria {
        preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
        Objects.requireNonNull(text, "text");
        InvalidCatalogueDataException.require(!text.isBlank(), "search text must not be blank");
        InvalidCatalogueDataException.require(limit > 0, "limit must be positive: " + limit);
        InvalidCatalogueDataException.require(offset >= 0, "offset must not be negative: " + offset);
        InvalidCatalogueDataException.require(setId == null || setId > 0, "set ids are positive: " + setId);
        InvalidCatalogueDataException.require(minPriceUsd == null || minPriceUsd.signum() >= 0, "min price must not be negative");
        InvalidCatalogueDataException.require(maxPriceUsd == null || maxPriceUsd.signum() >= 0, "max price must not be negative");
        InvalidCatalogueDataException.require(minPriceUsd == null || maxPriceUsd == null || minPriceUsd.compareTo(maxPriceUsd) <= 0,
                "min price must not exceed max price");
        text = text.strip();
        gameSlug = blankToNull(gameSlug);
        rarity = blankToNull(rarity);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<String> game() {
        return Optional.ofNullable(gameSlug);
    }

    public Optional<Long> set() {
        return Optional.ofNullable(setId);
    }

    public Optional<String> rarityFilter() {
        return Optional.ofNullable(rarity);
    }

    public Optional<BigDecimal> minPrice() {
        return Optional.ofNullable(minPriceUsd);
    }

    public Optional<BigDecimal> maxPrice() {
        return Optional.ofNullable(maxPriceUsd);
    }
}

package io.cardvault.application.port.in.search;

import io.cardvault.domain.catalogue.CardSearchCriteria;
import java.math.BigDecimal;
import java.util.List;

/**
 * A search as a caller asks for it. Validates itself against the API's policy (text of at most
 * {@value #MAX_TEXT} characters, pages of 1 to {@value #MAX_LIMIT} cards, non-negative offset,
 * price bounds at or above zero with min ≤ max); anything else is rejected with
 * {@link IllegalArgumentException}. {@code language}, when given, is the reader's: among equal
 * matches its printings come first, then English ones (a page in Dutch, a language few cards are
 * printed in, still sees the English printing before an Asian one).
 */
public record SearchCardsQuery(String text, String gameSlug, Long setId, String rarity,
                               BigDecimal minPriceUsd, BigDecimal maxPriceUsd, int limit, int offset, String language) {

    /** Without a reader's language: equal matches in id order. */
    public SearchCardsQuery(String text, String gameSlug, Long setId, String rarity,
                            BigDecimal minPriceUsd, BigDecimal maxPriceUsd, int limit, int offset) {
        this(text, gameSlug, setId, rarity, minPriceUsd, maxPriceUsd, limit, offset, null);
    }

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT = 200;

    public SearchCardsQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("search text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("search text longer than " + MAX_TEXT + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (minPriceUsd != null && minPriceUsd.signum() < 0 || maxPriceUsd != null && maxPriceUsd.signum() < 0) {
            throw new IllegalArgumentException("price bounds must not be negative");
        }
        if (minPriceUsd != null && maxPriceUsd != null && minPriceUsd.compareTo(maxPriceUsd) > 0) {
            throw new IllegalArgumentException("min price " + minPriceUsd + " exceeds max price " + maxPriceUsd);
        }
    }

    /** The domain's criteria for this query. */
    public CardSearchCriteria criteria() {
        return new CardSearchCriteria(text, gameSlug, setId, rarity, minPriceUsd, maxPriceUsd, limit, offset, preferredLanguages());
    }

    /** The reader's language first, then English; none without a language. */
    List<String> preferredLanguages() {
        if (language == null || language.isBlank()) {
            return List.of();
        }
        String reader = language.strip().toLowerCase(java.util.Locale.ROOT);
        return "en".equals(reader) ? List.of("en") : List.of(reader, "en");
    }
}

package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.GradingCompany;
import java.util.Optional;

/** A sales read: window 1–3650 days, 1–500 rows, optional slab, language and variant filters. */
public record SalesQuery(CardId cardId, int windowDays, int limit, Optional<GradingCompany> company, Optional<String> grade,
                         Optional<String> language, Optional<String> variant) {

    public static final int MAX_WINDOW_DAYS = 3650;
    public static final int MAX_LIMIT = 500;

    public SalesQuery {
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("window_days 1-" + MAX_WINDOW_DAYS + ", limit 1-" + MAX_LIMIT);
        }
    }
}

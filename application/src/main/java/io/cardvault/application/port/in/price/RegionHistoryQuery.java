package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.Region;
import java.util.Optional;

/** The v2 history of a card's variant in one region over the last {@code days} days (1 to 3650). */
public record RegionHistoryQuery(CardId cardId, Optional<Long> variantId, Region region, int days) {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 3650;

    public RegionHistoryQuery {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ": " + days);
        }
        if (region == null || variantId == null) {
            throw new IllegalArgumentException("a history query needs a region and an optional variant");
        }
    }
}

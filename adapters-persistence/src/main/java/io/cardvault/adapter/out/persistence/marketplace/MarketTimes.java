package io.cardvault.adapter.out.persistence.marketplace;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the marketplace's {@code DATETIME(3)} columns keep them: to the millisecond. A row
 * just written is mapped back from what it holds, so the answer to a write shows the same times a
 * later read does (a listing's expiry, a renewal's).
 */
final class MarketTimes {

    private MarketTimes() {
    }

    static LocalDateTime stored(Instant instant) {
        return instant == null ? null : UtcWallClock.utc(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}

package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.PlatformStats;
import io.cardvault.domain.platform.PlatformCounter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The spec's {@code /api/health}: {@code {"status":"ok","cards","prices","users","sellers",
 * "active_alerts","db_size_mb","version"}}; {@code prices} is the price points held, {@code db_size_mb}
 * null when the database does not tell.
 */
public record ApiHealthResponse(String status, long cards, long prices, long users, long sellers, long activeAlerts,
                                BigDecimal dbSizeMb, String version) {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    static ApiHealthResponse from(PlatformStats stats) {
        return new ApiHealthResponse("ok", stats.cards(), stats.pricePoints(), stats.counter(PlatformCounter.USERS),
                stats.counter(PlatformCounter.SELLERS), stats.counter(PlatformCounter.ACTIVE_ALERTS),
                megabytes(stats), stats.version());
    }

    static BigDecimal megabytes(PlatformStats stats) {
        return stats.databaseSizeBytes().isPresent()
                ? BigDecimal.valueOf(stats.databaseSizeBytes().getAsLong()).divide(MEGABYTE, 2, RoundingMode.HALF_UP)
                : null;
    }
}

package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.PlatformStats;
import io.cardvault.domain.platform.PlatformCounter;
import java.time.format.DateTimeFormatter;

/**
 * {@code /api/stats} and {@code /api/public/stats}: the catalogue's, the price store's and the
 * platform's counters. {@code active_listings} is 0 until the marketplace stores listings;
 * {@code updated_at} is when this node counted (answers are cached {@value PlatformStatsResource#MAX_AGE_SECONDS} s).
 */
public record PlatformStatsResponse(long cards, long sets, long games, long variants, long pricePoints, long users,
                                    long sellers, long activeAlerts, long activeListings, long pushDevices, String updatedAt) {

    static PlatformStatsResponse from(PlatformStats stats) {
        return new PlatformStatsResponse(stats.cards(), stats.sets(), stats.games(), stats.variants(), stats.pricePoints(),
                stats.counter(PlatformCounter.USERS), stats.counter(PlatformCounter.SELLERS),
                stats.counter(PlatformCounter.ACTIVE_ALERTS), stats.counter(PlatformCounter.ACTIVE_LISTINGS),
                stats.counter(PlatformCounter.PUSH_DEVICES), DateTimeFormatter.ISO_INSTANT.format(stats.computedAt()));
    }
}

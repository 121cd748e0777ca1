package io.cardvault.application.port.in.platform;

import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.domain.platform.PlatformCounter;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The platform's counters as of {@code computedAt}: the catalogue's (kept by the importer), the price
 * store's points, the usage counters, the database's size and the running version.
 */
public record PlatformStats(long cards, long sets, long variants, long pricePoints, Map<String, CatalogueStats.GameCounts> perGame,
                            Map<PlatformCounter, Long> counters, OptionalLong databaseSizeBytes, String version,
                            Instant computedAt) {

    public PlatformStats {
        perGame = Map.copyOf(perGame);
        counters = Map.copyOf(counters);
        Objects.requireNonNull(databaseSizeBytes, "databaseSizeBytes");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /** Games that hold at least one card. */
    public long games() {
        return perGame.values().stream().filter(game -> game.cards() > 0).count();
    }

    public long counter(PlatformCounter counter) {
        return counters.getOrDefault(counter, 0L);
    }
}

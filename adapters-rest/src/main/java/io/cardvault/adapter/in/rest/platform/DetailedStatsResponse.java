package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.PlatformStats;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** {@code /api/stats/detailed} (administrators): the public counters plus per-game counts, database size and version. */
public record DetailedStatsResponse(PlatformStatsResponse totals, List<GameCount> games, BigDecimal dbSizeMb, String version,
                                    String updatedAt) {

    /** One game's sets and cards, by slug (games nothing was imported of are left out). */
    public record GameCount(String slug, long sets, long cards) {
    }

    static DetailedStatsResponse from(PlatformStats stats) {
        List<GameCount> games = stats.perGame().entrySet().stream()
                .map(game -> new GameCount(game.getKey(), game.getValue().sets(), game.getValue().cards()))
                .sorted(Comparator.comparing(GameCount::cards).reversed().thenComparing(GameCount::slug))
                .toList();
        return new DetailedStatsResponse(PlatformStatsResponse.from(stats), games, ApiHealthResponse.megabytes(stats),
                stats.version(), DateTimeFormatter.ISO_INSTANT.format(stats.computedAt()));
    }
}

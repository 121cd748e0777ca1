package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.domain.catalogue.CatalogueStats;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The v2 counters. {@code games} counts games that hold cards; {@code price_points} is the
 * price store's own counter ({@code price_stat}); {@code images} counts the cards a picture source
 * addresses.
 */
public record V2StatsResponse(long cards, long pricePoints, long sets, long games, long variants, long images,
                              String updatedAt) {

    static final V2StatsResponse EMPTY = new V2StatsResponse(0, 0, 0, 0, 0, 0, null);

    /** {@code 2026-06-05T04:59:15.039100+00:00}, as the spec prints it. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    V2StatsResponse withPricePoints(long points) {
        return new V2StatsResponse(cards, points, sets, games, variants, images, updatedAt);
    }

    static V2StatsResponse from(CatalogueStats stats, long pricePoints) {
        long gamesWithCards = stats.perGame().values().stream().filter(game -> game.cards() > 0).count();
        return new V2StatsResponse(stats.cards(), pricePoints, stats.sets(), gamesWithCards, stats.variants(), stats.images(),
                TIMESTAMP.format(stats.updatedAt().atOffset(ZoneOffset.UTC)));
    }
}

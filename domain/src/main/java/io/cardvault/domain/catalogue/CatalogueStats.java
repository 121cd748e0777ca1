package io.cardvault.domain.catalogue;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Counters of the whole catalogue and per game slug, as of {@code updatedAt}. {@code images} counts
 * the cards a picture source addresses ({@link CardImageSource}).
 */
public record CatalogueStats(long sets, long cards, long printings, long variants, long images,
                             Map<String, GameCounts> perGame, Instant updatedAt) {

    public CatalogueStats {
        perGame = Map.copyOf(perGame);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Sets and cards of one game. */
    public record GameCounts(long sets, long cards) {
    }
}

package io.cardvault.domain.catalogue;

import java.time.Instant;

/**
 * Read model: a game as the catalogue lists it, with its pre-aggregated counters; {@code sets}
 * and {@code cards} are {@code null} while nothing of the game has been imported.
 */
public record GameOverview(int id, String slug, String name, String publisher, String websiteUrl, boolean active,
                           Instant createdAt, Long sets, Long cards) {
}

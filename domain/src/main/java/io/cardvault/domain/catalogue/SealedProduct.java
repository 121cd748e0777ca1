package io.cardvault.domain.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** Read model: a sealed product (booster box, ETB, bundle) of a game, optionally of one set. */
public record SealedProduct(long id, String gameSlug, Long setId, String name, String productType,
                            LocalDate releaseDate, Instant createdAt) {
}

package io.cardvault.domain.catalogue;

import java.time.LocalDate;

/**
 * Read model: a stored card with the facts list views show and the set it belongs to. The name
 * and pre-evolution name are in the set's language.
 */
public record CardOverview(long id, long setId, String gameSlug, String name, String localId, String collectorNumber,
                           String rarity, String category, Integer hp, String types, String stage, String evolvesFrom,
                           String illustrator, String setName, String setCode, LocalDate setReleaseDate,
                           String language) {
}

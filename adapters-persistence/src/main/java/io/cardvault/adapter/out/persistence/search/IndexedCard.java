package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardImageFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one card: its names and its set's names in every language, its
 * numbers, the filter values and what a hit shows. {@code bestPriceCents} (US cents) and
 * {@code priceChange7d} (percent) come from the card's USD price summary and are null when it
 * has none; the price bounds of a search filter on the cents. {@code setReleaseDate} and
 * {@code numberSort} (the numeric part of the local id) place the card in the resolver's order;
 * either may be null. {@code imageFacts} address its picture.
 */
record IndexedCard(long id, String name, List<String> names, String localId, String collectorNumber,
                   String rarity, String category, long setId, String setName, List<String> setNames,
                   String setCode, String gameSlug, Long bestPriceCents, BigDecimal priceChange7d,
                   LocalDate setReleaseDate, Long numberSort, CardImageFacts imageFacts) {

    IndexedCard {
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(collectorNumber, "collectorNumber");
        Objects.requireNonNull(setName, "setName");
        setNames = List.copyOf(setNames);
        Objects.requireNonNull(setCode, "setCode");
        Objects.requireNonNull(gameSlug, "gameSlug");
        imageFacts = imageFacts == null ? CardImageFacts.none() : imageFacts;
    }

    /** A card whose picture facts and place in the resolver's order are not known: its hits show the placeholder. */
    IndexedCard(long id, String name, List<String> names, String localId, String collectorNumber, String rarity,
                String category, long setId, String setName, List<String> setNames, String setCode, String gameSlug,
                Long bestPriceCents, BigDecimal priceChange7d) {
        this(id, name, names, localId, collectorNumber, rarity, category, setId, setName, setNames, setCode, gameSlug,
                bestPriceCents, priceChange7d, null, null, CardImageFacts.none());
    }
}

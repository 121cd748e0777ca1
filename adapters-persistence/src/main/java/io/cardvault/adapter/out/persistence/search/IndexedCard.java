package io.cardvault.adapter.out.persistence.search;

import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
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
 * either may be null. {@code imageFacts} address its picture. {@code setLanguage} and
 * {@code playFacts} complete the card's {@link #overview()}, which the resolver answers from the
 * index. {@code resolverRank} is the card's place in the resolver's whole order as the database
 * sorts it (the local id by its collation, then id), null when unknown (then the id decides ties).
 */
record IndexedCard(long id, String name, List<String> names, String localId, String collectorNumber,
                   String rarity, String category, long setId, String setName, List<String> setNames,
                   String setCode, String gameSlug, Long bestPriceCents, BigDecimal priceChange7d,
                   LocalDate setReleaseDate, Long numberSort, CardImageFacts imageFacts, String setLanguage,
                   PlayFacts playFacts, Long resolverRank) {

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
        playFacts = playFacts == null ? PlayFacts.NONE : playFacts;
    }

    /** A card whose set language, play facts and database rank are not known (hand-built catalogues of tests). */
    IndexedCard(long id, String name, List<String> names, String localId, String collectorNumber, String rarity,
                String category, long setId, String setName, List<String> setNames, String setCode, String gameSlug,
                Long bestPriceCents, BigDecimal priceChange7d, LocalDate setReleaseDate, Long numberSort,
                CardImageFacts imageFacts) {
        this(id, name, names, localId, collectorNumber, rarity, category, setId, setName, setNames, setCode, gameSlug,
                bestPriceCents, priceChange7d, setReleaseDate, numberSort, imageFacts, null, null, null);
    }

    /** A card whose picture facts and place in the resolver's order are not known: its hits show the placeholder. */
    IndexedCard(long id, String name, List<String> names, String localId, String collectorNumber, String rarity,
                String category, long setId, String setName, List<String> setNames, String setCode, String gameSlug,
                Long bestPriceCents, BigDecimal priceChange7d) {
        this(id, name, names, localId, collectorNumber, rarity, category, setId, setName, setNames, setCode, gameSlug,
                bestPriceCents, priceChange7d, null, null, CardImageFacts.none());
    }

    /** The facts of a card's overview that nothing searches on: hit points, types, stage, what it evolves from, artist. */
    record PlayFacts(Integer hp, String types, String stage, String evolvesFrom, String illustrator) {
        static final PlayFacts NONE = new PlayFacts(null, null, null, null, null);
    }

    /** The card as the catalogue's read views list it, field for field what their SQL reads. */
    CardOverview overview() {
        return new CardOverview(id, setId, gameSlug, name, localId, collectorNumber, rarity, category, playFacts.hp(),
                playFacts.types(), playFacts.stage(), playFacts.evolvesFrom(), playFacts.illustrator(), setName, setCode,
                setReleaseDate, setLanguage, imageFacts);
    }
}

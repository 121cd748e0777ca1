package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.application.port.out.catalogue.CatalogueWriteFailedException;
import io.cardvault.application.port.out.catalogue.StoredSet;

import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.catalogue.Variant;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory fake of the catalogue store: natural keys to ids, counters kept like the real one. */
public final class InMemoryCatalogueStore implements StoreCataloguePort, LoadCatalogueStatsPort {

    private final Map<String, Game> games = new HashMap<>();
    private final Map<SetKey, Long> setIds = new HashMap<>();
    private final Map<SetKey, CardSet> sets = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Object> rows = new HashMap<>();
    private final Map<String, Boolean> cardHasImage = new HashMap<>();
    private final Map<String, CatalogueStats.GameCounts> perGame = new LinkedHashMap<>();
    private long sequence;
    private long cards;
    private long printings;
    private long variants;
    private Instant updatedAt = Instant.EPOCH;
    private Set<String> failingSets = Set.of();
    private final Set<String> importedSources = new java.util.TreeSet<>();

    public InMemoryCatalogueStore(Game... known) {
        for (Game game : known) {
            games.put(game.slug(), game);
        }
    }

    /** Makes {@link #storeSet} fail for these set ids, as a broken database would. */
    public void failOn(String... setExternalIds) {
        failingSets = Set.of(setExternalIds);
    }

    @Override
    public void recordImportCompleted(String source) {
        importedSources.add(source);
    }

    @Override
    public Set<String> importedSources() {
        return Set.copyOf(importedSources);
    }

    @Override
    public Optional<Game> findGame(String slug) {
        return Optional.ofNullable(games.get(slug));
    }

    @Override
    public StoredSet storeSet(Game game, CardSet set, List<Card> cardsOfSet) {
        if (failingSets.contains(set.key().externalId())) {
            throw new CatalogueWriteFailedException("simulated failure", null);
        }
        int[] counts = new int[8];
        boolean newSet = !setIds.containsKey(set.key());
        long setId = setIds.computeIfAbsent(set.key(), key -> ++sequence);
        if (newSet) {
            counts[0]++;
        } else if (!sets.get(set.key()).equals(set)) {
            counts[1]++;
        }
        sets.put(set.key(), set);
        Map<String, CardId> cardIds = new LinkedHashMap<>();
        for (Card card : cardsOfSet) {
            String cardKey = set.key() + "/" + card.externalId();
            cardIds.put(card.externalId(), new CardId(upsert(cardKey, cardFacts(card), counts, 2)));
            cardHasImage.put(cardKey, CardImageFacts.of(set, card).images().isPresent());
            for (Printing printing : card.printings()) {
                String printingKey = cardKey + "/" + printing.key();
                upsert(printingKey, printing.key(), counts, 4);
                for (Variant variant : printing.variants()) {
                    upsert(printingKey + "/" + variant.key(), variant, counts, 6);
                }
            }
        }
        cards += counts[2];
        printings += counts[4];
        variants += counts[6];
        CatalogueStats.GameCounts before = perGame.getOrDefault(game.slug(), new CatalogueStats.GameCounts(0, 0));
        perGame.put(game.slug(), new CatalogueStats.GameCounts(before.sets() + counts[0], before.cards() + counts[2]));
        updatedAt = Instant.now();
        return new StoredSet(new CardSetId(setId), cardIds,
                new ChangeCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]));
    }

    @Override
    public Optional<CatalogueStats> loadStats() {
        long images = cardHasImage.values().stream().filter(Boolean::booleanValue).count();
        return Optional.of(new CatalogueStats(setIds.size(), cards, printings, variants, images, perGame, updatedAt));
    }

    private long upsert(String key, Object content, int[] counts, int insertedIndex) {
        Long id = ids.get(key);
        if (id == null) {
            id = ++sequence;
            ids.put(key, id);
            counts[insertedIndex]++;
        } else if (!rows.get(key).equals(content)) {
            counts[insertedIndex + 1]++;
        }
        rows.put(key, content);
        return id;
    }

    /** A card row holds the card without its printings (they are rows of their own). */
    private static List<Object> cardFacts(Card card) {
        return List.of(card.number(), card.names(), card.facts(), card.crossReferences());
    }
}

package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One pass over a YGOJSON folder. Opening reads {@code cards.json.gz} into a slim index (14k
 * pieces: names and ids) and makes one streamed pass over {@code sets.json.gz} for the sets;
 * {@link #rows()} streams the sets again, one set's JSON in memory at a time, and maps each to its
 * cards. A set or card that breaks a rule is a bad row with its id, not a failed import.
 */
final class YgojsonFeed implements CatalogueFeed {

    static final String CARDS = "cards.json.gz";
    static final String SETS = "sets.json.gz";
    private static final String GAME = "yugioh";
    private static final Logger LOG = Logger.getLogger(YgojsonFeed.class.getName());

    private final Path folder;
    private final List<CardSet> sets;
    private final List<SourceRow> unreadableSets;
    private final YgojsonCardMapper mapper;
    private Stream<JsonObject> streamed;

    private YgojsonFeed(Path folder, List<CardSet> sets, List<SourceRow> unreadableSets, YgojsonCardMapper mapper) {
        this.folder = folder;
        this.sets = List.copyOf(sets);
        this.unreadableSets = List.copyOf(unreadableSets);
        this.mapper = mapper;
    }

    static YgojsonFeed open(Path folder) {
        Map<String, YgoCard> cards = new HashMap<>();
        Map<String, String> unreadableCards = new HashMap<>();
        try (Stream<JsonObject> entries = TopLevelArray.objects(folder.resolve(CARDS), "cards")) {
            entries.forEach(json -> {
                try {
                    YgoCard card = YgoCard.from(json);
                    cards.put(card.id(), card);
                } catch (BadRowException | InvalidCatalogueDataException | ArithmeticException e) {
                    String id = JsonValues.text(json, "id");
                    if (id != null) {
                        unreadableCards.put(id, e.getMessage());
                    }
                    LOG.fine(() -> "YGOJSON card " + id + " unreadable: " + e.getMessage());
                }
            });
        }
        List<CardSet> sets = new ArrayList<>();
        List<SourceRow> unreadableSets = new ArrayList<>();
        try (Stream<JsonObject> entries = TopLevelArray.objects(folder.resolve(SETS), "sets")) {
            entries.forEach(json -> {
                try {
                    YgojsonSetMapper.map(json).ifPresent(sets::add);
                } catch (BadRowException | InvalidCatalogueDataException | DateTimeParseException e) {
                    unreadableSets.add(new SourceRow.Unreadable(Optional.ofNullable(JsonValues.text(json, "id")).orElse("set without id"),
                            "set left out: " + e.getMessage()));
                }
            });
        }
        return new YgojsonFeed(folder, sets, unreadableSets, new YgojsonCardMapper(cards, unreadableCards));
    }

    @Override
    public String gameSlug() {
        return GAME;
    }

    @Override
    public List<CardSet> sets() {
        return sets;
    }

    @Override
    public Stream<SourceRow> rows() {
        if (streamed != null) {
            throw new IllegalStateException("the rows of a feed can be read once");
        }
        streamed = TopLevelArray.objects(folder.resolve(SETS), "sets");
        return Stream.concat(unreadableSets.stream(), streamed.flatMap(this::rowsOf));
    }

    private Stream<SourceRow> rowsOf(JsonObject set) {
        String id = JsonValues.text(set, "id");
        if (id == null) {
            return Stream.empty(); // reported when the sets were read
        }
        try {
            return mapper.map(id, set).stream();
        } catch (BadRowException | InvalidCatalogueDataException e) {
            return Stream.of(new SourceRow.Unreadable(id, "set's cards left out: " + e.getMessage()));
        }
    }

    @Override
    public void close() {
        if (streamed != null) {
            streamed.close();
        }
    }
}

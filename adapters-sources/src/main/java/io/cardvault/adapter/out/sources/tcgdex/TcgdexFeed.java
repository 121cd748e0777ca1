package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.DumpFiles;
import io.cardvault.adapter.out.sources.catalogue.UnreadableDumpException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.LocalizedNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One pass over a tcgdex folder. Sets and series are small and read whole; cards are read from
 * the gzip stream one line at a time, each line parsed on its own with a JSON-P parser, so only
 * one card's JSON is ever in memory. A line that is not JSON is a bad row, not a failed import.
 */
final class TcgdexFeed implements CatalogueFeed {

    static final String SETS = "sets.json";
    static final String SERIES = "series.json";
    static final String CARDS = "cards.jsonl.gz";
    private static final String GAME = "pokemon";
    private static final Logger LOG = Logger.getLogger(TcgdexFeed.class.getName());

    private final Path folder;
    private final List<CardSet> sets;
    private final TcgdexCardMapper mapper;
    private BufferedReader cards;

    private TcgdexFeed(Path folder, List<CardSet> sets) {
        this.folder = folder;
        this.sets = List.copyOf(sets);
        Map<String, CardSet> byId = new HashMap<>();
        sets.forEach(set -> byId.put(set.key().externalId(), set));
        this.mapper = new TcgdexCardMapper(byId);
    }

    static TcgdexFeed open(String catalogue, Path folder) {
        Map<String, LocalizedNames> series = new HashMap<>();
        Path seriesFile = folder.resolve(SERIES);
        if (Files.isRegularFile(seriesFile)) {
            for (JsonValue value : readArray(seriesFile)) {
                JsonObject serie = value.asJsonObject();
                LocalizedNames names = JsonValues.names(serie, "name");
                String id = JsonValues.text(serie, "id");
                if (id != null && names != null) {
                    series.put(id, names);
                }
            }
        }
        TcgdexSetMapper setMapper = new TcgdexSetMapper(catalogue, series);
        List<CardSet> sets = new ArrayList<>();
        for (JsonValue value : readArray(folder.resolve(SETS))) {
            try {
                sets.add(setMapper.map(value.asJsonObject()));
            } catch (BadRowException | InvalidCatalogueDataException | ClassCastException e) {
                // its cards will be reported one by one as rows of an unknown set
                LOG.warning(() -> catalogue + ": set left out: " + e.getMessage());
            }
        }
        return new TcgdexFeed(folder, sets);
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
        if (cards != null) {
            throw new IllegalStateException("the rows of a feed can be read once");
        }
        cards = DumpFiles.gzipLines(folder.resolve(CARDS));
        AtomicLong lineNumber = new AtomicLong();
        return cards.lines()
                .map(line -> new Line(lineNumber.incrementAndGet(), line))
                .filter(line -> !line.text().isBlank())
                .map(this::row);
    }

    private SourceRow row(Line line) {
        try {
            return DumpFiles.objectOf(line.text()).map(json -> mapper.map(json, line.number()))
                    .orElseGet(() -> new SourceRow.Unreadable("line " + line.number(), "not a JSON object"));
        } catch (JsonException | IllegalStateException e) {
            return new SourceRow.Unreadable("line " + line.number(), "not JSON: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        DumpFiles.close(cards);
    }

    private static JsonArray readArray(Path file) {
        if (DumpFiles.readWhole(file) instanceof JsonArray array) {
            return array;
        }
        throw new UnreadableDumpException(file + " is not a JSON array", null);
    }

    private record Line(long number, String text) {
    }
}

package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.LocalizedNames;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

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
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

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
        try {
            cards = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(folder.resolve(CARDS)), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new TcgdexReadException("cannot open " + folder.resolve(CARDS), e);
        }
        AtomicLong lineNumber = new AtomicLong();
        return cards.lines()
                .map(line -> new Line(lineNumber.incrementAndGet(), line))
                .filter(line -> !line.text().isBlank())
                .map(this::row);
    }

    private SourceRow row(Line line) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(line.text()))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return new SourceRow.Unreadable("line " + line.number(), "not a JSON object");
            }
            return mapper.map(parser.getObject(), line.number());
        } catch (JsonException | IllegalStateException e) {
            return new SourceRow.Unreadable("line " + line.number(), "not JSON: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (cards != null) {
            try {
                cards.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static JsonArray readArray(Path file) {
        try (JsonReader reader = READERS.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return reader.readArray();
        } catch (IOException | JsonException e) {
            throw new TcgdexReadException("cannot read " + file, e);
        }
    }

    private record Line(long number, String text) {
    }
}

package io.cardvault.adapter.out.sources.mtgjson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.DumpFiles;
import io.cardvault.adapter.out.sources.catalogue.UnreadableDumpException;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One pass over the MTGJSON folder. {@code sets.json} is small and read whole; cards are read from
 * the gzip stream one line at a time, each line parsed on its own, so only one printing's JSON is
 * ever in memory. A line that is not JSON is a bad row, not a failed import.
 */
final class MtgjsonFeed implements CatalogueFeed {

    static final String SETS = "sets.json";
    static final String CARDS = "cards.jsonl.gz";
    static final String GAME = "mtg";
    private static final Logger LOG = Logger.getLogger(MtgjsonFeed.class.getName());

    private final Path folder;
    private final List<CardSet> sets;
    private final MtgjsonCardMapper mapper = new MtgjsonCardMapper();
    private BufferedReader cards;

    private MtgjsonFeed(Path folder, List<CardSet> sets) {
        this.folder = folder;
        this.sets = List.copyOf(sets);
    }

    static MtgjsonFeed open(Path folder) {
        MtgjsonSetMapper setMapper = new MtgjsonSetMapper();
        List<CardSet> sets = new ArrayList<>();
        for (JsonValue value : readSets(folder.resolve(SETS))) {
            try {
                sets.add(setMapper.map(value.asJsonObject()));
            } catch (BadRowException | InvalidCatalogueDataException | ClassCastException | ArithmeticException e) {
                // its cards will be reported one by one as rows of an unknown set
                LOG.warning(() -> "mtgjson: set left out: " + e.getMessage());
            }
        }
        return new MtgjsonFeed(folder, sets);
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
                .map(line -> row(lineNumber.incrementAndGet(), line))
                .flatMap(Optional::stream);
    }

    private Optional<SourceRow> row(long number, String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<JsonObject> json = DumpFiles.objectOf(line);
            return json.isEmpty() ? Optional.of(new SourceRow.Unreadable("line " + number, "not a JSON object"))
                    : mapper.map(json.get(), number);
        } catch (JsonException | IllegalStateException e) {
            return Optional.of(new SourceRow.Unreadable("line " + number, "not JSON: " + e.getMessage()));
        }
    }

    @Override
    public void close() {
        DumpFiles.close(cards);
    }

    /** {@code sets.json}: {@code {"meta": …, "data": [set, …]}}. */
    private static List<JsonValue> readSets(Path file) {
        if (DumpFiles.readWhole(file) instanceof JsonObject root && root.get("data") instanceof JsonArray data) {
            return data;
        }
        throw new UnreadableDumpException("no data array in " + file, null);
    }
}

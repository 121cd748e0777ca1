package io.cardvault.adapter.out.sources.lorcana;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.adapter.out.sources.catalogue.ReadWholeFeed;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.SetKey;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One pass over the Lorcana folder. The data is small (3,157 printings, 340 KB gzipped) and is
 * read whole; rows are handed out grouped by set, as the import expects.
 *
 * <p>Sets: every set code the printings use. An expansion ({@code tfc}, {@code rotf} … whose
 * Ravensburger ids print a numeric total, "1/204 EN 1") takes its names in de/en/fr/it, release
 * date and number from LorcanaJSON's {@code baseSetData.json} through the data's
 * {@code setNumberMap}; its official count is that total. A promo series ({@code p1}, {@code c2},
 * {@code d23} …, ids like "5/C2 EN 7") has no entry there: it is a promo set named after its code.
 */
final class LorcanaFeed {

    static final String PRINTINGS = "printings.json.gz";
    static final String SETS = "sets/baseSetData.json";
    static final String CATALOGUE = "lorcana";
    private static final String GAME = "lorcana";
    private static final Logger LOG = Logger.getLogger(LorcanaFeed.class.getName());
    private static final Pattern TOTAL = Pattern.compile("\\w+/(\\w+) .*");

    private LorcanaFeed() {
    }

    static CatalogueFeed open(Path folder) {
        JsonObject data = read(folder.resolve(PRINTINGS), true);
        JsonObject baseSets = read(folder.resolve(SETS), false);
        JsonObject numbers = Optional.ofNullable(JsonValues.object(data, "setNumberMap")).orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonValue printings = data.get("printings");
        if (printings == null || printings.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new LorcanaReadException(folder.resolve(PRINTINGS) + " has no printings", null);
        }
        LorcanaCardMapper mapper = new LorcanaCardMapper();
        Map<String, List<SourceRow>> rowsBySet = new LinkedHashMap<>();
        Map<String, List<JsonObject>> recordsBySet = new LinkedHashMap<>();
        List<SourceRow> unsorted = new ArrayList<>();
        int index = 0;
        for (JsonValue value : printings.asJsonArray()) {
            index++;
            if (!(value instanceof JsonObject record)) {
                unsorted.add(new SourceRow.Unreadable("record " + index, "not an object"));
                continue;
            }
            SourceRow row = mapper.map(record, index);
            if (row instanceof SourceRow.Parsed parsed) {
                rowsBySet.computeIfAbsent(parsed.setExternalId(), any -> new ArrayList<>()).add(row);
                recordsBySet.computeIfAbsent(parsed.setExternalId(), any -> new ArrayList<>()).add(record);
            } else {
                unsorted.add(row);
            }
        }
        List<CardSet> sets = new ArrayList<>();
        for (Map.Entry<String, List<JsonObject>> entry : recordsBySet.entrySet()) {
            try {
                sets.add(set(entry.getKey(), entry.getValue(), numbers, baseSets));
            } catch (BadRowException | InvalidCatalogueDataException | DateTimeParseException e) {
                // its cards will be reported one by one as rows of an unknown set
                LOG.warning(() -> "Lorcana set " + entry.getKey() + " left out: " + e.getMessage());
            }
        }
        List<SourceRow> rows = new ArrayList<>(unsorted);
        rowsBySet.values().forEach(rows::addAll);
        return new ReadWholeFeed(GAME, sets, rows);
    }

    private static CardSet set(String code, List<JsonObject> records, JsonObject numbers, JsonObject baseSets) {
        SortedSet<Language> languages = new TreeSet<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (JsonObject record : records) {
            JsonObject ids = JsonValues.object(record, "ravensburgerIds");
            if (ids == null) {
                continue;
            }
            ids.keySet().stream().filter(language -> JsonValues.text(ids, language) != null).map(Language::of).forEach(languages::add);
            Optional.ofNullable(JsonValues.text(ids, "en")).map(TOTAL::matcher).filter(Matcher::matches)
                    .ifPresent(total -> totals.merge(total.group(1), 1L, Long::sum));
        }
        String total = totals.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        boolean expansion = total != null && total.chars().allMatch(Character::isDigit);
        String number = JsonValues.text(numbers, code);
        JsonObject base = expansion && number != null ? JsonValues.object(baseSets, number) : null;
        SetKey key = new SetKey(CATALOGUE, code);
        String upper = code.toUpperCase(Locale.ROOT);
        if (base == null) {
            return new CardSet(key, upper, LocalizedNames.of(Language.ENGLISH, "Promos " + upper), null, null, null,
                    Language.ENGLISH, languages, true, CrossReferences.none());
        }
        LocalizedNames names = JsonValues.names(base, "names");
        if (names == null) {
            throw new BadRowException("set " + number + " has no name");
        }
        String released = JsonValues.text(base, "releaseDate");
        return new CardSet(key, upper, names, "Set " + number, released == null ? null : LocalDate.parse(released),
                Integer.valueOf(total), Language.ENGLISH, languages, false, CrossReferences.none());
    }

    private static JsonObject read(Path file, boolean gzipped) {
        try (Reader reader = gzipped
                ? new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        } catch (IOException | JsonException | IllegalStateException e) {
            throw new LorcanaReadException("cannot read " + file, e);
        }
    }
}

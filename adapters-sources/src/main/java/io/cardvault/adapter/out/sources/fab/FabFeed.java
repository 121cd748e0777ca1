package io.cardvault.adapter.out.sources.fab;

import io.cardvault.adapter.out.sources.catalogue.DumpFiles;
import io.cardvault.adapter.out.sources.catalogue.ReadWholeFeed;
import io.cardvault.adapter.out.sources.catalogue.UnreadableDumpException;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One pass over the Flesh and Blood folder. The export lists cards, each with its printings across
 * sets, while the import wants a set's rows together: the whole file (15,591 printings, about 8 MB
 * of JSON) is read and regrouped by set when the feed opens. Sets are those its printings name.
 */
final class FabFeed {

    static final String CARDS = "cards.json.gz";
    static final String RELEASES = "releases.json";
    static final String GAME = "flesh-and-blood";
    private static final Logger LOG = Logger.getLogger(FabFeed.class.getName());

    private FabFeed() {
    }

    static CatalogueFeed open(Path folder) {
        FabSets catalogue = new FabSets(readObject(folder.resolve(RELEASES)));
        FabCardMapper mapper = new FabCardMapper(catalogue);
        JsonValue cards = readObject(folder.resolve(CARDS)).get("cards");
        if (!(cards instanceof JsonArray list)) {
            throw new UnreadableDumpException("no cards array in " + folder.resolve(CARDS), null);
        }
        Map<String, List<SourceRow>> bySet = new LinkedHashMap<>();
        Map<String, CardSet> sets = new LinkedHashMap<>();
        List<SourceRow> unreadable = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            JsonValue card = list.get(index);
            List<SourceRow> rows = card instanceof JsonObject object ? mapper.map(object, index)
                    : List.of(new SourceRow.Unreadable("card #" + index, "not a JSON object"));
            for (SourceRow row : rows) {
                if (row instanceof SourceRow.Parsed parsed) {
                    bySet.computeIfAbsent(parsed.setExternalId(), any -> new ArrayList<>()).add(row);
                } else {
                    unreadable.add(row);
                }
            }
        }
        List<SourceRow> ordered = new ArrayList<>(unreadable);
        for (Map.Entry<String, List<SourceRow>> set : bySet.entrySet()) {
            String name = catalogue.nameOf(set.getKey());
            try {
                sets.put(set.getKey(), catalogue.set(name));
            } catch (InvalidCatalogueDataException e) {
                // its cards will be reported one by one as rows of an unknown set
                LOG.warning(() -> "fab: set " + name + " left out: " + e.getMessage());
            }
            ordered.addAll(set.getValue());
        }
        return new ReadWholeFeed(GAME, List.copyOf(sets.values()), ordered);
    }

    private static JsonObject readObject(Path file) {
        if (DumpFiles.readWhole(file) instanceof JsonObject object) {
            return object;
        }
        throw new UnreadableDumpException(file + " is not a JSON object", null);
    }
}

package io.cardvault.adapter.out.sources.catalogue;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A bounded import: {@code CARDVAULT_CATALOGUE_SET_FILTER} names, per source, the only sets (by
 * the source's own set id) to import, e.g. {@code mtgjson:LEA,NEO,2XM;fab:WTR,MON}. A source it
 * does not name is imported whole; {@code none} (the default) names no source. For an operator who
 * wants a few sets of a large dump, and for the integration-test server, which imports slices of
 * the big games so every test run does not pay for their full import.
 */
public final class SetFilter {

    static final String NONE = "none";

    private final Map<String, Set<String>> setsBySource;

    private SetFilter(Map<String, Set<String>> setsBySource) {
        this.setsBySource = Map.copyOf(setsBySource);
    }

    /**
     * Reads {@code source:set,set;source:set}. Blank or {@code none} is no filter.
     *
     * @throws IllegalArgumentException when an entry has no source or no set
     */
    public static SetFilter parse(String text) {
        Map<String, Set<String>> sets = new HashMap<>();
        if (text != null && !text.isBlank() && !NONE.equalsIgnoreCase(text.strip())) {
            for (String entry : text.split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                List<String> ids = colon < 0 ? List.of()
                        : Stream.of(entry.substring(colon + 1).split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
                if (colon <= 0 || ids.isEmpty()) {
                    throw new IllegalArgumentException("CARDVAULT_CATALOGUE_SET_FILTER: '" + entry.strip()
                            + "' is not source:set,set");
                }
                sets.put(entry.substring(0, colon).strip(), Set.copyOf(ids));
            }
        }
        return new SetFilter(sets);
    }

    /** The sets kept of {@code source}, empty when the source is imported whole. */
    public Set<String> setsOf(String source) {
        return setsBySource.getOrDefault(source, Set.of());
    }

    CatalogueFeed apply(String source, CatalogueFeed feed) {
        Set<String> kept = setsOf(source);
        return kept.isEmpty() ? feed : new Bounded(feed, kept);
    }

    /** A feed showing only the kept sets and their rows; unreadable rows (no set known) still show. */
    private record Bounded(CatalogueFeed feed, Set<String> kept) implements CatalogueFeed {

        @Override
        public String gameSlug() {
            return feed.gameSlug();
        }

        @Override
        public List<CardSet> sets() {
            return feed.sets().stream().filter(set -> kept.contains(set.key().externalId())).toList();
        }

        @Override
        public Stream<SourceRow> rows() {
            return feed.rows().filter(row -> !(row instanceof SourceRow.Parsed parsed) || kept.contains(parsed.setExternalId()));
        }

        @Override
        public void close() {
            feed.close();
        }
    }
}

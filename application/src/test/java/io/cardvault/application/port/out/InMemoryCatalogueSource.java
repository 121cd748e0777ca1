package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** In-memory fake of the catalogue sources: named feeds of given sets and rows, each row stream read once, as the files are. */
public final class InMemoryCatalogueSource implements ReadCatalogueSourcePort {

    private final Map<String, Source> sources = new HashMap<>();
    private int openFeeds;

    private record Source(String gameSlug, List<CardSet> sets, List<SourceRow> rows) {
    }

    /** Configures a source of that name (replacing any). */
    public InMemoryCatalogueSource with(String source, String gameSlug, List<CardSet> sets, List<SourceRow> rows) {
        sources.put(source, new Source(gameSlug, List.copyOf(sets), List.copyOf(rows)));
        return this;
    }

    /** Feeds opened and not closed yet: an importer must close every feed it opens. */
    public int openFeeds() {
        return openFeeds;
    }

    @Override
    public Optional<CatalogueFeed> open(String name) {
        Source source = sources.get(name);
        if (source == null) {
            return Optional.empty();
        }
        openFeeds++;
        return Optional.of(new CatalogueFeed() {
            private boolean read;
            private boolean closed;

            @Override
            public String gameSlug() {
                return source.gameSlug();
            }

            @Override
            public List<CardSet> sets() {
                return source.sets();
            }

            @Override
            public Stream<SourceRow> rows() {
                if (read) {
                    throw new IllegalStateException("the rows of a feed can be read once");
                }
                read = true;
                return source.rows().stream();
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    openFeeds--;
                }
            }
        });
    }
}

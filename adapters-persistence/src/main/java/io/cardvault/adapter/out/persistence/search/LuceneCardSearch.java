package io.cardvault.adapter.out.persistence.search;

import io.cardvault.application.port.out.RefreshSearchIndexPort;
import io.cardvault.application.port.out.SearchCardsPort;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchPage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This node's card search: a {@link CardIndex} kept in step with the shared catalogue.
 *
 * <ul>
 *   <li>The node builds the index in the background as it starts. A search that comes before
 *       that build finished waits for it (2.5–6 s for the 39k-card demo catalogue on a loaded
 *       2-core machine), so the route answers correctly from its first call; later searches
 *       never wait for a build.</li>
 *   <li>An import on this node refreshes it right after each source
 *       ({@link RefreshSearchIndexPort}, in the importing thread).</li>
 *   <li>Other nodes notice changes themselves: at most every {@value #VERSION_CHECK_MILLIS} ms a
 *       search reads the catalogue's version (latest {@code catalogue_stat} and {@code price_stat} {@code updated_at}, one row
 *       read) and, when it moved, rebuilds in the background while searches go on against the
 *       previous content. One rebuild runs at a time.</li>
 * </ul>
 */
@ApplicationScoped
class LuceneCardSearch implements SearchCardsPort, RefreshSearchIndexPort, CardNameIndex {

    static final long VERSION_CHECK_MILLIS = 2_000;
    static final int STARTUP_PRIORITY = 300;

    private static final Logger LOG = Logger.getLogger(LuceneCardSearch.class.getName());

    private final CatalogueSearchRows catalogue;
    /** The per-lookup version read, shared by lookups that arrive while one runs (each still reads after it arrived). */
    private final FreshRead<Optional<CatalogueSearchRows.Version>> currentVersion;
    private final Executor background;
    private final LongSupplier clockMillis;
    private final CardIndex index;
    private final Object buildLock = new Object();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    /** The catalogue version the index holds; null until the first build. */
    private volatile CatalogueSearchRows.Version indexedVersion;
    private volatile boolean built;
    private volatile long nextVersionCheck;

    @Inject
    LuceneCardSearch(DataSource dataSource, ManagedExecutorService executor) {
        this(dataSource, executor, System::currentTimeMillis);
    }

    LuceneCardSearch(DataSource dataSource, Executor background, LongSupplier clockMillis) {
        this.catalogue = new CatalogueSearchRows(dataSource);
        this.currentVersion = new FreshRead<>(catalogue::version);
        this.background = background;
        this.clockMillis = clockMillis;
        try {
            this.index = new CardIndex();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory search index", e);
        }
    }

    /** For CDI's client proxy only. */
    protected LuceneCardSearch() {
        this.catalogue = null;
        this.currentVersion = null;
        this.background = null;
        this.clockMillis = null;
        this.index = null;
    }

    /** After storage (100), alongside the catalogue import (300), which refreshes again when it is done. */
    void buildOnStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        background.execute(() -> {
            try {
                buildIfNeverBuilt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search index not built on start; the first search builds it", e);
            }
        });
    }

    @Override
    public CardSearchPage search(CardSearchCriteria criteria) {
        if (!built) {
            buildIfNeverBuilt();
        } else {
            rebuildInBackgroundIfStale();
        }
        try {
            return index.search(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search index unreadable", e);
        }
    }

    /**
     * Answers only from an index that holds the catalogue's current names (one row read per call,
     * started after the call began; calls arriving together share it, {@link FreshRead}):
     * a name filter must never miss a card because a refresh is still running. A price ingest moves
     * the index's version without touching a name, so the index answers while it refreshes its
     * prices; after an import the caller scans while a rebuild runs; before the first build the
     * lookup waits for it, as a search does.
     */
    @Override
    public Optional<Set<Long>> cardsWithNameContaining(String text) {
        return fromCurrentNames(() -> index.cardsWithNameContaining(text));
    }

    /** Answered, like {@link #cardsWithNameContaining}, only from an index that holds the catalogue's current names. */
    @Override
    public Optional<List<CardOverview>> firstCardsNamed(String gameSlug, String text, int limit) {
        return fromCurrentNames(() -> index.firstCardsNamed(gameSlug, text, limit));
    }

    /** A lookup in the index's current content. */
    private interface NameLookup<T> {
        Optional<T> in() throws IOException;
    }

    private <T> Optional<T> fromCurrentNames(NameLookup<T> lookup) {
        if (!built) {
            // As the first search does: wait for the one build (seconds, once per node) rather than
            // send every early lookup to a scan that costs seconds each on a large catalogue.
            try {
                buildIfNeverBuilt();
            } catch (SearchIndexUnavailableException e) {
                return Optional.empty();
            }
        }
        try {
            CatalogueSearchRows.Version current = currentVersion.get().orElse(null);
            CatalogueSearchRows.Version held = indexedVersion;
            if (!Objects.equals(current, held)) {
                rebuildInBackground();
                if (current == null || held == null || !Objects.equals(current.catalogue(), held.catalogue())) {
                    return Optional.empty();
                }
                // only prices moved: every name the index holds is still the catalogue's
            }
            return lookup.in();
        } catch (SQLException e) {
            LOG.fine(() -> "Catalogue version unreadable: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search index unreadable", e);
        }
    }

    /**
     * Rebuilds now. A catalogue that cannot be read is logged, not thrown: the import that calls
     * this has stored its data, and the index's version check retries on a later search.
     */
    @Override
    public void refreshSearchIndex() {
        try {
            rebuild();
        } catch (SearchIndexUnavailableException e) {
            LOG.log(Level.WARNING, "Search index not refreshed; a later search retries", e);
        }
    }

    private void buildIfNeverBuilt() {
        synchronized (buildLock) {
            if (!built) {
                rebuild();
            }
        }
    }

    /** Builds the index from the catalogue now; concurrent callers wait for the one build. */
    void rebuild() {
        synchronized (buildLock) {
            try {
                long started = System.nanoTime();
                Optional<CatalogueSearchRows.Version> version = catalogue.version();
                List<IndexedCard> cards = catalogue.cards();
                long read = System.nanoTime();
                int count = index.replaceAll(cards);
                indexedVersion = version.orElse(null);
                built = true;
                nextVersionCheck = clockMillis.getAsLong() + VERSION_CHECK_MILLIS;
                long indexed = System.nanoTime();
                long megabytes = index.ramBytesUsed() >> 20;
                int segments = index.segments();
                LOG.info(() -> String.format("Search index holds %d cards in %d MB, %d segment(s): read in %d ms, indexed in %d ms",
                        count, megabytes, segments, Duration.ofNanos(read - started).toMillis(),
                        Duration.ofNanos(indexed - read).toMillis()));
            } catch (SQLException e) {
                throw new SearchIndexUnavailableException("catalogue unreadable for the search index: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("in-memory search index unwritable", e);
            }
        }
    }

    private void rebuildInBackgroundIfStale() {
        long now = clockMillis.getAsLong();
        if (now < nextVersionCheck || rebuildQueued.get()) {
            return;
        }
        nextVersionCheck = now + VERSION_CHECK_MILLIS;
        try {
            CatalogueSearchRows.Version current = catalogue.version().orElse(null);
            if (!Objects.equals(current, indexedVersion)) {
                rebuildInBackground();
            }
        } catch (SQLException e) {
            // the index answers from what it holds; the next check tries again
            LOG.fine(() -> "Catalogue version unreadable: " + e.getMessage());
        }
    }

    /** Queues one rebuild; while one is queued or running, further calls do nothing. */
    private void rebuildInBackground() {
        if (!rebuildQueued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search index rebuild failed; searches keep the previous content", e);
            } finally {
                rebuildQueued.set(false);
            }
        });
    }

    int indexedCards() throws IOException {
        return index.size();
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the in-memory search index", e);
        }
    }
}

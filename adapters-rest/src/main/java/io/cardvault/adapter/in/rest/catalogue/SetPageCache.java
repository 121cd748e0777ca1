package io.cardvault.adapter.in.rest.catalogue;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.catalogue.ListSetCardsUseCase;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Window;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The v2 set page ({@code GET /api/v2/sets/{id}?page&size}) as the bytes it is sent as, per set,
 * page and size. A page of 100 cards costs two indexed queries and a JSON-B pass over 100 items
 * (~15 KB of JSON); a hit costs a map lookup, and {@link SetPageFastPath} sends it below JAX-RS.
 *
 * <p>Freshness, as for the card detail ({@link CardDetailCache}): this node drops every held page
 * of a set as soon as an ingest that moved the headline prices of one of its cards commits;
 * changes made on another node or by a catalogue re-import reach this node within
 * {@link #TIME_TO_LIVE}, inside the five minutes the route's {@code Cache-Control} lets shared
 * caches keep the answer. A page read again after {@link #REFRESH_AFTER} is rebuilt in the
 * background while the held bytes are served. Not-found and failed reads are never held.
 *
 * <p>Memory: bounded by the bytes held ({@code CARDVAULT_V2_SET_PAGE_CACHE_MB}), not by a page
 * count, since a page is 1 to 250 cards; the least recently and least often read pages go first.
 */
@ApplicationScoped
class SetPageCache {

    static final Duration REFRESH_AFTER = CardDetailCache.REFRESH_AFTER;
    static final Duration TIME_TO_LIVE = CardDetailCache.TIME_TO_LIVE;
    /** What a held entry costs beside its bytes: the key, the array header, the cache's node. */
    static final int ENTRY_OVERHEAD_BYTES = 120;

    /** A page of a set as the route names it. */
    record Page(long setId, int page, int size) {
    }

    private final LoadingCache<Page, byte[]> pages;

    @Inject
    SetPageCache(ListSetCardsUseCase setCards, ManagedExecutorService executor,
                 @ConfigProperty(name = "CARDVAULT_V2_SET_PAGE_CACHE_MB") long megabytes) {
        this(page -> V2Responses.SetResponse.from(setCards.cards(CatalogueIds.set(page.setId()),
                Window.page(page.page(), page.size())), page.page(), page.size()), megabytes << 20, executor, Ticker.systemTicker());
    }

    /** {@code build} makes a page's answer (its exceptions pass through to the reader); rebuilds run on {@code executor}. */
    SetPageCache(Function<Page, Object> build, long maximumBytes, Executor executor, Ticker ticker) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((Page page, byte[] json) -> json.length + ENTRY_OVERHEAD_BYTES)
                .refreshAfterWrite(REFRESH_AFTER)
                .expireAfterWrite(TIME_TO_LIVE)
                .executor(executor)
                .ticker(ticker)
                .build(page -> JsonConfiguration.jsonb().toJson(build.apply(page)).getBytes(StandardCharsets.UTF_8));
    }

    /** For CDI's client proxy only. */
    protected SetPageCache() {
        this.pages = null;
    }

    /** The page as JSON bytes, built when not held. */
    byte[] page(long setId, int page, int size) {
        return pages.get(new Page(setId, page, size));
    }

    /** The page if held, without building it. */
    byte[] held(long setId, int page, int size) {
        return pages.getIfPresent(new Page(setId, page, size));
    }

    void onHeadlinePricesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeadlinePricesChanged changed) {
        Set<Long> sets = changed.changes().stream().map(CardPriceChange::setId).map(CardSetId::value).collect(Collectors.toSet());
        pages.asMap().keySet().removeIf(page -> sets.contains(page.setId()));
    }

    /** The bytes held, with each entry's overhead. */
    long weight() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}

package io.cardvault.adapter.in.rest.catalogue;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.price.GetPricedCardUseCase;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.DailySnapshotTaken;
import io.cardvault.domain.price.HeadlinePricesChanged;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;

/**
 * The v2 card detail as the bytes it is sent as, per card. The detail is the API's hottest read
 * and changes only when an ingest moves a card's prices or an import rewrites the catalogue, yet
 * building it costs four indexed queries and a JSON-B pass over a nested record tree; a hit costs
 * a map lookup.
 *
 * <p>Freshness: this node drops a card as soon as an ingest that moved its headline prices
 * commits, and everything after the daily snapshot. Changes made on another node, by a backfill
 * of past days or by a catalogue re-import reach this node's cache within {@link #TIME_TO_LIVE},
 * well inside the five minutes the route's {@code Cache-Control} already lets shared caches keep
 * the answer. A card read again after {@link #REFRESH_AFTER} is rebuilt in the background while
 * the held bytes keep being served, so a card in steady demand never makes a reader wait for its
 * rebuild; one nobody asked for since expires. Not-found and failed reads are never cached (a
 * failed background rebuild keeps the held bytes until they expire).
 */
@ApplicationScoped
class CardDetailCache {

    static final Duration REFRESH_AFTER = Duration.ofSeconds(30);
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    /** ~1–3 KB per card: the whole real catalogue (~40k cards) fits in well under 150 MB. */
    static final long MAXIMUM_CARDS = 50_000;

    private final LoadingCache<Long, byte[]> details;

    @Inject
    CardDetailCache(GetPricedCardUseCase pricedCard, ManagedExecutorService executor) {
        this(id -> V2Responses.CardResponse.from(pricedCard.pricedCard(CatalogueIds.card(id))), executor, Ticker.systemTicker());
    }

    /** {@code build} makes a card's detail (its exceptions pass through to the reader); rebuilds run on {@code executor}. */
    CardDetailCache(LongFunction<Object> build, Executor executor, Ticker ticker) {
        this.details = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_CARDS)
                .refreshAfterWrite(REFRESH_AFTER)
                .expireAfterWrite(TIME_TO_LIVE)
                .executor(executor)
                .ticker(ticker)
                .build(cardId -> JsonConfiguration.jsonb().toJson(build.apply(cardId)).getBytes(StandardCharsets.UTF_8));
    }

    /** For CDI's client proxy only. */
    protected CardDetailCache() {
        this.details = null;
    }

    /** The card's detail as JSON bytes, built when not held. */
    byte[] detail(long cardId) {
        return details.get(cardId);
    }

    /** The card's detail if held, without building it. */
    byte[] held(long cardId) {
        return details.getIfPresent(cardId);
    }

    void onHeadlinePricesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeadlinePricesChanged changed) {
        changed.changes().stream().map(CardPriceChange::cardId).forEach(card -> details.invalidate(card.value()));
    }

    void onDailySnapshotTaken(@Observes(during = TransactionPhase.AFTER_SUCCESS) DailySnapshotTaken snapshot) {
        details.invalidateAll();
    }

    long size() {
        details.cleanUp();
        return details.estimatedSize();
    }
}

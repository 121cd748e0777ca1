package io.cardvault.adapter.in.rest.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.cardvault.domain.price.HeadlinePricesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Search answers as the bytes they were sent as, per raw query string ({@code q=char&limit=20}
 * and {@code limit=20&q=char} are two entries with the same bytes). Popular searches repeat, and
 * each costs a ranked, sorted Lucene search and a JSON-B pass, where a hit costs a map lookup
 * ({@link SearchFastPath} sends it below JAX-RS).
 *
 * <p>Freshness: the answers come from this node's search index, which itself follows the catalogue
 * and the price summaries seconds behind (it checks their version every two seconds and rebuilds in
 * the background). An answer is kept {@link #TIME_TO_LIVE} at most, so it is never more than that
 * behind the index; every answer is dropped at once when an ingest on this node commits moved
 * prices. Only answers the resource produced are held: a refused or failed search never is.
 * Memory: {@link #MAXIMUM_BYTES} of JSON (a 20-hit answer is ~5 KB).
 */
@ApplicationScoped
class SearchAnswerCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);
    static final long MAXIMUM_BYTES = 16L << 20;
    /** What a held entry costs beside its bytes: the key, the array header, the cache's node. */
    static final int ENTRY_OVERHEAD_BYTES = 160;

    private final Cache<String, byte[]> answers;

    SearchAnswerCache() {
        this(MAXIMUM_BYTES, Ticker.systemTicker());
    }

    SearchAnswerCache(long maximumBytes, Ticker ticker) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((String query, byte[] json) -> 2 * query.length() + json.length + ENTRY_OVERHEAD_BYTES)
                .expireAfterWrite(TIME_TO_LIVE)
                .executor(Runnable::run)
                .ticker(ticker)
                .build();
    }

    /** The answer to the raw query string, rendered by {@code render} when not held (its exceptions pass through, nothing held). */
    byte[] answer(String rawQuery, Supplier<byte[]> render) {
        return answers.get(rawQuery, query -> render.get());
    }

    /** The answer if held, without rendering it. */
    byte[] held(String rawQuery) {
        return answers.getIfPresent(rawQuery);
    }

    void onHeadlinePricesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeadlinePricesChanged changed) {
        answers.invalidateAll();
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}

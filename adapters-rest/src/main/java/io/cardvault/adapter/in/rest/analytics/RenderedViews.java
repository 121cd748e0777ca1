package io.cardvault.adapter.in.rest.analytics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cardvault.adapter.in.rest.JsonConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Dashboard answers (movers, spreads, hot cards, stats, top predictions) as JSON bytes, written
 * once per distinct answer on each node and then served as they are (decisions.md §23). The views
 * change only when a recompute replaces them, so between two recomputes every request for the same
 * view, limit and filters is answered with the same bytes. The key is the value the use case
 * returned plus the parameters the answer echoes (records and lists compare by value), so a
 * recompute that changes a view changes the key and an unchanged view keeps its bytes. Written by
 * the same JSON-B configuration as every other answer, so the shape is the one JSON-B gives the
 * response record. Bounded by weight: it never holds more than {@link #MAX_BYTES} of answers
 * (Caffeine evicts the least useful first).
 */
@ApplicationScoped
class RenderedViews {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Cache<List<Object>, byte[]> rendered = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((List<Object> id, byte[] json) -> json.length)
            .build();

    /** The JSON of {@code body()} for an answer identified by {@code key} (its parts compared by value). */
    Response json(Supplier<?> body, Object... key) {
        return Response.ok(bytes(body, key), MediaType.APPLICATION_JSON_TYPE).build();
    }

    byte[] bytes(Supplier<?> body, Object... key) {
        return rendered.get(Arrays.asList(key),
                id -> JsonConfiguration.jsonb().toJson(body.get()).getBytes(StandardCharsets.UTF_8));
    }

    long size() {
        rendered.cleanUp();
        return rendered.estimatedSize();
    }
}

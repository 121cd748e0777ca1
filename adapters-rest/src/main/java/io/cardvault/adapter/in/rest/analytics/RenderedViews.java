package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.adapter.in.rest.JsonConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Dashboard answers (movers, spreads, hot cards, stats, top predictions) as JSON bytes, written
 * once per distinct answer on each node and then served as they are (decisions.md §23). The views
 * change only when a recompute replaces them, so between two recomputes every request for the same
 * view, limit and filters is answered with the same bytes. The key is the value the use case
 * returned plus the parameters the answer echoes (records and lists compare by value), so a
 * recompute that changes a view changes the key and an unchanged view keeps its bytes. Written by
 * the same JSON-B configuration as every other answer, so the shape is the one JSON-B gives the
 * response record. Bounded: dropped whole once it holds more than {@link #MAX_BYTES}.
 */
@ApplicationScoped
class RenderedViews {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final ConcurrentHashMap<List<Object>, byte[]> rendered = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();

    /** The JSON of {@code body()} for an answer identified by {@code key} (its parts compared by value). */
    Response json(Supplier<?> body, Object... key) {
        return Response.ok(bytes(body, key), MediaType.APPLICATION_JSON_TYPE).build();
    }

    byte[] bytes(Supplier<?> body, Object... key) {
        List<Object> id = Arrays.asList(key);
        byte[] json = rendered.get(id);
        if (json == null) {
            json = JsonConfiguration.jsonb().toJson(body.get()).getBytes(StandardCharsets.UTF_8);
            if (held.addAndGet(json.length) > MAX_BYTES) {
                rendered.clear();
                held.set(json.length);
            }
            rendered.put(id, json);
        }
        return json;
    }

    int size() {
        return rendered.size();
    }
}

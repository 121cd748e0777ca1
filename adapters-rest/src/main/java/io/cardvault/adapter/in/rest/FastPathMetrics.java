package io.cardvault.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts the fast paths' answers in the REST request timer the resource method itself feeds
 * ({@code REST.request} of, e.g., {@code V2CardsResource.card(long)} in the base registry), so
 * {@code /metrics} shows every answer of a route whichever layer served it. A route's timer exists
 * once JAX-RS has answered it, which it always has before a fast path holds an answer.
 */
@ApplicationScoped
public class FastPathMetrics {

    static final String NAME = "REST.request";

    /**
     * A route a fast path answers, named as the runtime tags its resource method. Each fast path
     * names its own, so this package does not depend on the route packages.
     */
    public record Route(String resourceClass, String method) {

        public Route(Class<?> resource, String method) {
            this(resource.getName(), method);
        }
    }

    private final MetricRegistry base;
    private final Map<Route, Timer> timers = new ConcurrentHashMap<>();

    @Inject
    FastPathMetrics(@RegistryScope(scope = MetricRegistry.BASE_SCOPE) MetricRegistry base) {
        this.base = base;
    }

    /** For CDI's client proxy only. */
    protected FastPathMetrics() {
        this.base = null;
    }

    public void answered(Route route, long startNanos) {
        Timer known = timers.get(route);
        if (known == null) {
            // Matched by name and the two tags, whatever other tags the runtime adds (its scope tag).
            known = base.getTimers((id, metric) -> NAME.equals(id.getName()) && id.getTags().entrySet().containsAll(
                    Map.of("class", route.resourceClass(), "method", route.method()).entrySet()))
                    .values().stream().findFirst().orElse(null);
            if (known == null) {
                return; // the resource has not answered yet, or REST metrics are off: nothing to add to
            }
            timers.put(route, known);
        }
        known.update(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}

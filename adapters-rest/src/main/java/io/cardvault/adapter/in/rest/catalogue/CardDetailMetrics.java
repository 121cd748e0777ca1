package io.cardvault.adapter.in.rest.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts the fast path's answers in the REST request timer the resource method itself feeds
 * ({@code REST.request} of {@code V2CardsResource.card(long)} in the base registry), so
 * {@code /metrics} shows every card-detail answer whichever layer served it. The timer exists once
 * JAX-RS has answered the route, which it always has before the fast path holds a card.
 */
@ApplicationScoped
class CardDetailMetrics {

    static final String NAME = "REST.request";
    static final Tag CLASS = new Tag("class", V2CardsResource.class.getName());
    static final Tag METHOD = new Tag("method", "card_long");

    private final MetricRegistry base;
    private volatile Timer timer;

    @Inject
    CardDetailMetrics(@RegistryScope(scope = MetricRegistry.BASE_SCOPE) MetricRegistry base) {
        this.base = base;
    }

    /** For CDI's client proxy only. */
    protected CardDetailMetrics() {
        this.base = null;
    }

    void answered(long startNanos) {
        Timer known = timer;
        if (known == null) {
            // Matched by name and the two tags, whatever other tags the runtime adds (its scope tag).
            known = base.getTimers((id, metric) -> NAME.equals(id.getName()) && id.getTags().entrySet().containsAll(
                    Map.of(CLASS.getTagName(), CLASS.getTagValue(), METHOD.getTagName(), METHOD.getTagValue()).entrySet()))
                    .values().stream().findFirst().orElse(null);
            if (known == null) {
                return; // the resource has not answered yet, or REST metrics are off: nothing to add to
            }
            timer = known;
        }
        known.update(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}

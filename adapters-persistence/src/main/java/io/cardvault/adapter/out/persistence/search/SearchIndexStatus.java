package io.cardvault.adapter.out.persistence.search;

import io.cardvault.application.port.out.ComponentStatusPort;
import io.cardvault.domain.platform.ComponentHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;

/**
 * The status page's line for this node's search index: up once it holds cards (an empty index
 * means its first build has not finished, or nothing was imported yet), with the number it holds.
 */
@ApplicationScoped
class SearchIndexStatus implements ComponentStatusPort {

    static final String COMPONENT = "search_index";

    private final LuceneCardSearch search;

    @Inject
    SearchIndexStatus(LuceneCardSearch search) {
        this.search = search;
    }

    /** For CDI's client proxy only. */
    protected SearchIndexStatus() {
        this.search = null;
    }

    @Override
    public ComponentHealth status() {
        try {
            int cards = search.indexedCards();
            return cards > 0
                    ? ComponentHealth.up(COMPONENT, Map.of("cards", Integer.toString(cards)))
                    : new ComponentHealth(COMPONENT, false, Map.of("cards", "0", "reason", "not built yet or nothing imported"));
        } catch (IOException | RuntimeException e) {
            return ComponentHealth.down(COMPONENT, "index unreadable");
        }
    }
}

package io.cardvault.application.service.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.cardvault.application.port.out.InMemoryLocalSubscribers;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.domain.realtime.PricesRefreshed;
import org.junit.jupiter.api.Test;

class PublishMarketEventServiceTest {

    private final InMemoryLocalSubscribers here = new InMemoryLocalSubscribers();
    private final InMemoryLocalSubscribers otherNode = new InMemoryLocalSubscribers();
    private final InMemoryMarketEvents cluster = new InMemoryMarketEvents(here, otherNode);
    private final PublishMarketEventService publish = new PublishMarketEventService(cluster);

    @Test
    void a_published_event_reaches_every_node_once() {
        PricesRefreshed refreshed = new PricesRefreshed(300, "daily");

        publish.publish(refreshed);

        assertThat(here.delivered()).containsExactly(refreshed);
        assertThat(otherNode.delivered()).containsExactly(refreshed);
    }

    @Test
    void no_event_is_no_publication() {
        assertThatNullPointerException().isThrownBy(() -> publish.publish(null)).withMessage("event");
        assertThat(cluster.published()).isEmpty();
    }
}

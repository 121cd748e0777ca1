package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.realtime.MarketEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake obeys the same contract as the cluster relay, so service tests on it mean something. */
class InMemoryMarketEventsTest extends PublishMarketEventPortContract {

    private final InMemoryLocalSubscribers here = new InMemoryLocalSubscribers();
    private final InMemoryLocalSubscribers otherNode = new InMemoryLocalSubscribers();
    private final InMemoryMarketEvents fake = new InMemoryMarketEvents(here, otherNode);

    @Override
    protected PublishMarketEventPort publisher() {
        return fake;
    }

    @Override
    protected List<MarketEvent> deliveredHere() {
        return here.delivered();
    }

    @Test
    void givenTwoNodes_publish_reachesEachOfThemOnce() {
        fake.publish(price(4));

        assertThat(otherNode.delivered()).containsExactly(price(4));
        assertThat(fake.published()).containsExactly(price(4));
    }
}

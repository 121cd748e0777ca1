package io.cardvault.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.PublishMarketEventPortContract;
import io.cardvault.domain.realtime.MarketEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The port contract on a real Hazelcast member, started as the application starts it: events go
 * out through the cluster's relay and come back to this node's delivery use case.
 */
class HazelcastMarketEventsContractTest extends PublishMarketEventPortContract {

    /** Clear of the ports the integration server, other checkouts and the other cluster tests use. */
    private static final int PORT = 6185;

    private static ClusterMember member;
    private final List<MarketEvent> delivered = new CopyOnWriteArrayList<>();
    private HazelcastMarketEvents events;

    @BeforeAll
    static void startMember() {
        member = OneMember.start("events-contract", PORT);
    }

    @AfterAll
    static void stopMember() {
        OneMember.stop(member);
    }

    @AfterEach
    void stopListening() {
        if (events != null) {
            events.onStop(null);
        }
    }

    @Override
    protected PublishMarketEventPort publisher() {
        events = new HazelcastMarketEvents(member, delivered::add);
        events.onStart(null);
        return events;
    }

    @Override
    protected List<MarketEvent> deliveredHere() {
        return List.copyOf(delivered);
    }

    @Test
    void givenNoRunningMember_publish_stillReachesThisNodesClients() throws InterruptedException {
        List<MarketEvent> local = new CopyOnWriteArrayList<>();
        HazelcastMarketEvents alone = new HazelcastMarketEvents(OneMember.notStarted("events-contract", PORT + 1), local::add);
        alone.onStart(null);

        alone.publish(price(9));

        assertThat(local).containsExactly(price(9));
    }
}

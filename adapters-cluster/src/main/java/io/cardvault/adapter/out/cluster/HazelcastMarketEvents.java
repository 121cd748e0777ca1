package io.cardvault.adapter.out.cluster;

import com.hazelcast.core.HazelcastInstance;
import io.cardvault.application.port.in.realtime.DeliverMarketEventUseCase;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.transaction.AfterCommit;
import io.cardvault.domain.realtime.MarketEvent;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Publishes market events to every node (see {@link MarketEventRelay}) and, on this node, hands
 * each one that arrives to the {@link DeliverMarketEventUseCase}. An event published inside a
 * transaction leaves when it commits and never when it rolls back. Without a running member (the
 * node is starting or stopping) the event still reaches this node's own clients.
 */
@ApplicationScoped
class HazelcastMarketEvents implements PublishMarketEventPort {

    private static final Logger LOG = Logger.getLogger(HazelcastMarketEvents.class.getName());

    private final ClusterMember member;
    private final DeliverMarketEventUseCase deliver;
    private volatile UUID registration;
    /** The server's; none outside it, where an event goes at once. */
    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    HazelcastMarketEvents(ClusterMember member, DeliverMarketEventUseCase deliver) {
        this.member = member;
        this.deliver = deliver;
    }

    /** For CDI's client proxy only. */
    protected HazelcastMarketEvents() {
        this(null, null);
    }

    void onStart(@Observes @Priority(ClusterMember.STARTUP_PRIORITY + 10) @Initialized(ApplicationScoped.class) Object context) {
        member.instance().ifPresent(hazelcast -> registration = MarketEventRelay.listen(hazelcast, deliver::deliver));
    }

    void onStop(@Observes @Priority(ClusterMember.STARTUP_PRIORITY - 10) @BeforeDestroyed(ApplicationScoped.class) Object context) {
        UUID listening = registration;
        registration = null;
        if (listening != null) {
            member.instance().ifPresent(hazelcast -> MarketEventRelay.stopListening(hazelcast, listening));
        }
    }

    @Override
    public void publish(MarketEvent event) {
        AfterCommit.deferOrRun(Optional.ofNullable(transactions), () -> send(event));
    }

    private void send(MarketEvent event) {
        Optional<HazelcastInstance> hazelcast = member.instance();
        if (hazelcast.isPresent() && registration != null) {
            MarketEventRelay.publish(hazelcast.get(), event);
        } else {
            LOG.fine(() -> "No cluster member: " + event.type() + " reaches this node's clients only");
            deliver.deliver(event);
        }
    }
}

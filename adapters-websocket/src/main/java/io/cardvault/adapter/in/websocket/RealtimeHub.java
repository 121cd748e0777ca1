package io.cardvault.adapter.in.websocket;

import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.application.port.out.LocalSubscribersPort;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's connections, indexed by topic so an event reaches its subscribers without scanning
 * every connection. Each event is encoded once per topic and the same text goes to every
 * subscriber of that topic; a connection subscribed to several of an event's topics ({@code card:}
 * and {@code tcg:}) gets one frame per topic, each naming its topic. Connections of the
 * PokeTrace-compatible stream get a price update in that API's words instead.
 */
@ApplicationScoped
class RealtimeHub implements LocalSubscribersPort {

    private static final Logger LOG = Logger.getLogger(RealtimeHub.class.getName());

    /** Every open socket, admitted or still waiting for its key (for the heartbeat). */
    private final Set<Connection> tracked = ConcurrentHashMap.newKeySet();
    /** Admitted connections: the audience of broadcasts. */
    private final Set<Connection> admitted = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<Topic, Set<Connection>> byTopic = new ConcurrentHashMap<>();

    /** CDI creates it; its client proxy needs a no-arg constructor anyway. */
    RealtimeHub() {
        // state only
    }

    void track(Connection connection) {
        tracked.add(connection);
    }

    void join(Connection connection) {
        admitted.add(connection);
    }

    void subscribe(Connection connection, Topic topic) {
        byTopic.compute(topic, (key, subscribers) -> {
            Set<Connection> set = subscribers == null ? ConcurrentHashMap.newKeySet() : subscribers;
            set.add(connection);
            return set;
        });
    }

    void unsubscribe(Connection connection, Topic topic) {
        byTopic.computeIfPresent(topic, (key, subscribers) -> {
            subscribers.remove(connection);
            return subscribers.isEmpty() ? null : subscribers;
        });
    }

    void leave(Connection connection, Collection<Topic> topics) {
        tracked.remove(connection);
        admitted.remove(connection);
        topics.forEach(topic -> unsubscribe(connection, topic));
    }

    @Override
    public void deliver(MarketEvent event) {
        try {
            if (event.broadcast()) {
                String frame = Frames.event(event, null);
                admitted.forEach(connection -> connection.push(frame));
                return;
            }
            for (Topic topic : event.topics()) {
                Set<Connection> subscribers = byTopic.get(topic);
                if (subscribers != null && !subscribers.isEmpty()) {
                    String frame = Frames.event(event, topic);
                    String pokeTrace = event instanceof PriceUpdate price ? Frames.pokeTracePrice(price) : frame;
                    subscribers.forEach(connection -> connection.push(connection.pokeTrace() ? pokeTrace : frame));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not deliver " + event.type());
        }
    }

    /** Pings every connection, closing the dead and the ones that never authenticated. */
    void heartbeat(long now) {
        for (Connection connection : List.copyOf(tracked)) {
            try {
                connection.heartbeat(now);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "Heartbeat of " + connection.id() + " failed");
                connection.ended();
            }
        }
    }

    int connections() {
        return tracked.size();
    }

    int subscribers(Topic topic) {
        Set<Connection> subscribers = byTopic.get(topic);
        return subscribers == null ? 0 : subscribers.size();
    }
}

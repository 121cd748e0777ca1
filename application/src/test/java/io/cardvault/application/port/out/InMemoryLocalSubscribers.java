package io.cardvault.application.port.out;

import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.Topic;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory {@link LocalSubscribersPort}: the clients of one node, each with its topics and what it
 * received. Routes as the WebSocket hub does: once per subscribed topic of the event, or to
 * everyone for a broadcast.
 */
public class InMemoryLocalSubscribers implements LocalSubscribersPort {

    /** One event as a client received it, on a topic or (empty) as a broadcast. */
    public record Received(MarketEvent event, Optional<Topic> topic) {
    }

    /** A connected client. */
    public static final class Client {
        private final Set<Topic> topics;
        private final List<Received> received = new CopyOnWriteArrayList<>();

        private Client(Set<Topic> topics) {
            this.topics = Set.copyOf(topics);
        }

        public List<Received> received() {
            return List.copyOf(received);
        }
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final List<MarketEvent> delivered = new CopyOnWriteArrayList<>();

    /** Connects a client listening on {@code topics}. */
    public Client connect(Topic... topics) {
        Client client = new Client(Set.of(topics));
        clients.add(client);
        return client;
    }

    public void disconnect(Client client) {
        clients.remove(client);
    }

    /** Every event handed to this node, in order, whoever listened. */
    public List<MarketEvent> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public void deliver(MarketEvent event) {
        delivered.add(event);
        for (Client client : clients) {
            if (event.broadcast()) {
                client.received.add(new Received(event, Optional.empty()));
                continue;
            }
            for (Topic topic : event.topics()) {
                if (client.topics.contains(topic)) {
                    client.received.add(new Received(event, Optional.of(topic)));
                }
            }
        }
    }
}

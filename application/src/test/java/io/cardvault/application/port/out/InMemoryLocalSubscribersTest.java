package io.cardvault.application.port.out;

import io.cardvault.domain.realtime.Topic;
import java.util.HashMap;
import java.util.Map;

/** The fake obeys the same contract as the WebSocket hub, so service tests on it mean something. */
class InMemoryLocalSubscribersTest extends LocalSubscribersPortContract {

    private final InMemoryLocalSubscribers fake = new InMemoryLocalSubscribers();
    private final Map<Client, InMemoryLocalSubscribers.Client> connected = new HashMap<>();

    @Override
    protected LocalSubscribersPort subscribers() {
        return fake;
    }

    @Override
    protected Client connect(Topic... topics) {
        InMemoryLocalSubscribers.Client client = fake.connect(topics);
        Client view = () -> client.received().stream()
                .map(received -> new Delivery(received.event().type(), received.topic()))
                .toList();
        connected.put(view, client);
        return view;
    }

    @Override
    protected void disconnect(Client client) {
        fake.disconnect(connected.get(client));
    }
}

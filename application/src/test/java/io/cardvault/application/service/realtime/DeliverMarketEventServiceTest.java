package io.cardvault.application.service.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.InMemoryLocalSubscribers;
import io.cardvault.application.port.out.InMemoryLocalSubscribers.Received;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.realtime.Notification;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.realtime.Topic;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliverMarketEventServiceTest {

    private final InMemoryLocalSubscribers clients = new InMemoryLocalSubscribers();
    private final DeliverMarketEventService deliver = new DeliverMarketEventService(clients);

    @Test
    void an_event_that_reached_this_node_goes_to_the_clients_listening_for_it() {
        InMemoryLocalSubscribers.Client owner = clients.connect(Topic.user(new AccountId(42)));
        InMemoryLocalSubscribers.Client stranger = clients.connect(Topic.user(new AccountId(43)));
        Notification alert = new Notification(new AccountId(42), "price_alert", "Charizard", "Now 572.03 USD", null);

        deliver.deliver(alert);

        assertThat(owner.received()).containsExactly(new Received(alert, Optional.of(Topic.user(new AccountId(42)))));
        assertThat(stranger.received()).isEmpty();
    }

    @Test
    void a_broadcast_goes_to_every_client_of_this_node() {
        InMemoryLocalSubscribers.Client first = clients.connect();
        InMemoryLocalSubscribers.Client second = clients.connect(Topic.MARKET_MOVERS);
        PricesRefreshed refreshed = new PricesRefreshed(300, "daily");

        deliver.deliver(refreshed);

        assertThat(first.received()).containsExactly(new Received(refreshed, Optional.empty()));
        assertThat(second.received()).containsExactly(new Received(refreshed, Optional.empty()));
    }
}

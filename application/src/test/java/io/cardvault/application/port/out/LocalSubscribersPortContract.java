package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.realtime.Topic;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LocalSubscribersPort}: every implementation (the in-memory fake, the
 * WebSocket hub) must pass it. An event reaches each client of this node subscribed to one of its
 * topics, once per such topic and naming it; a broadcast reaches every connected client; nobody
 * else hears anything, and delivery never throws back at the publisher.
 */
public abstract class LocalSubscribersPortContract {

    /** One event as a client received it: its type, and the topic it came on (none for a broadcast). */
    public record Delivery(String type, Optional<Topic> topic) {

        static Delivery on(String type, Topic topic) {
            return new Delivery(type, Optional.of(topic));
        }

        static Delivery broadcast(String type) {
            return new Delivery(type, Optional.empty());
        }
    }

    /** A client admitted to this node, as the implementation under test connects one. */
    public interface Client {

        /** Events received since it connected, in order. */
        List<Delivery> received();
    }

    protected static final Topic CARD_4 = Topic.card(new CardId(4));
    protected static final Topic CARD_5 = Topic.card(new CardId(5));
    protected static final Topic POKEMON = Topic.tcg("pokemon");
    private static final PriceUpdate CHARIZARD = new PriceUpdate(new CardId(4), new CardSetId(1), "pokemon", "tcgcsv", "holofoil",
            Money.of("572.03", "USD"), Instant.parse("2026-11-22T01:00:00Z"));
    private static final PricesRefreshed SNAPSHOT = new PricesRefreshed(120, "daily");

    /** The implementation under test, with no client connected. */
    protected abstract LocalSubscribersPort subscribers();

    /** Connects an admitted client listening on {@code topics}. */
    protected abstract Client connect(Topic... topics);

    /** The client goes away. */
    protected abstract void disconnect(Client client);

    @Test
    void givenSubscriberOfTheCard_deliver_reachesItOnceOnThatTopicAndNobodyElse() {
        LocalSubscribersPort port = subscribers();
        Client listening = connect(CARD_4);
        Client elsewhere = connect(CARD_5);

        port.deliver(CHARIZARD);

        assertThat(listening.received()).containsExactly(Delivery.on(PriceUpdate.TYPE, CARD_4));
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void givenClientOnTwoOfTheEventsTopics_deliver_sendsItOncePerTopic() {
        LocalSubscribersPort port = subscribers();
        Client both = connect(CARD_4, POKEMON);

        port.deliver(CHARIZARD);

        assertThat(both.received()).containsExactlyInAnyOrder(Delivery.on(PriceUpdate.TYPE, CARD_4),
                Delivery.on(PriceUpdate.TYPE, POKEMON));
    }

    @Test
    void givenBroadcast_deliver_reachesEveryClientSubscribedOrNot() {
        LocalSubscribersPort port = subscribers();
        Client subscribed = connect(CARD_5);
        Client quiet = connect();

        port.deliver(SNAPSHOT);

        assertThat(subscribed.received()).containsExactly(Delivery.broadcast(PricesRefreshed.TYPE));
        assertThat(quiet.received()).containsExactly(Delivery.broadcast(PricesRefreshed.TYPE));
    }

    @Test
    void givenClientGone_deliver_reachesItNoMore() {
        LocalSubscribersPort port = subscribers();
        Client gone = connect(CARD_4);
        Client staying = connect(CARD_4);
        disconnect(gone);

        port.deliver(CHARIZARD);
        port.deliver(SNAPSHOT);

        assertThat(gone.received()).isEmpty();
        assertThat(staying.received()).containsExactly(Delivery.on(PriceUpdate.TYPE, CARD_4), Delivery.broadcast(PricesRefreshed.TYPE));
    }

    @Test
    void givenNobodyConnected_deliver_isQuiet() {
        LocalSubscribersPort port = subscribers();

        assertThatCode(() -> {
            port.deliver(CHARIZARD);
            port.deliver(SNAPSHOT);
        }).doesNotThrowAnyException();
    }

    @Test
    void givenSeveralEvents_deliver_keepsTheirOrderForEachClient() {
        LocalSubscribersPort port = subscribers();
        Client client = connect(CARD_4);

        port.deliver(SNAPSHOT);
        port.deliver(CHARIZARD);
        port.deliver(SNAPSHOT);

        assertThat(client.received()).containsExactly(Delivery.broadcast(PricesRefreshed.TYPE),
                Delivery.on(PriceUpdate.TYPE, CARD_4), Delivery.broadcast(PricesRefreshed.TYPE));
    }
}

package io.cardvault.domain.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealtimeRoutingTest {

    private static final PriceUpdate PRICE = new PriceUpdate(new CardId(267), new CardSetId(42), "Pokemon",
            "tcgplayer", "normal", Money.of("12.34", "USD"), Instant.parse("2026-05-12T12:00:00Z"));

    @Test
    void topic_names_follow_the_channel_rules() {
        assertThat(Topic.parse(" card:267 ").name()).isEqualTo("card:267");
        assertThat(Topic.parse("tcg:Pokemon").name()).isEqualTo("tcg:pokemon");
        assertThat(Topic.parse("market:movers")).isEqualTo(Topic.MARKET_MOVERS);
        assertThat(Topic.parse("marketplace:new")).isEqualTo(Topic.MARKETPLACE_NEW);
        assertThat(Topic.parse("scan:01HW6Q8_abc-1").kind()).isEqualTo(TopicKind.SCAN);
        assertThat(Topic.user(new AccountId(42)).name()).isEqualTo("user:42");
        for (String bad : List.of("card:0", "card:abc", "card:", "set:-1", "market:losers", "weather:today", "tcg:",
                "tcg:po kemon", "scan:" + "x".repeat(65), "user:01")) {
            assertThatThrownBy(() -> Topic.parse(bad)).as(bad).isInstanceOf(InvalidTopicException.class);
        }
        assertThat(TopicKind.publicPrefixes()).containsExactly("card:", "set:", "tcg:", "market:", "marketplace:");
    }

    @Test
    void price_updates_go_to_the_card_its_set_and_its_game() {
        assertThat(PRICE.topics()).extracting(Topic::name).containsExactly("card:267", "set:42", "tcg:pokemon");
        assertThat(PRICE.broadcast()).isFalse();
        assertThat(PRICE.type()).isEqualTo("price_update");
    }

    @Test
    void every_other_event_is_routed_to_its_channels() {
        assertThat(new ListingNew(901, new CardId(267), "pokemon", Money.of("11.00", "EUR")).topics())
                .extracting(Topic::name).containsExactly("marketplace:new", "card:267", "tcg:pokemon");
        assertThat(new MoversUpdate("all", "7d", List.of(new TickerLine(new CardId(1), "Charizard", Money.of("300", "USD"),
                new BigDecimal("12.5")))).topics()).containsExactly(Topic.MARKET_MOVERS);
        assertThat(new Notification(new AccountId(42), "price_alert", "Charizard", "now 300", null).topics())
                .extracting(Topic::name).containsExactly("user:42");
        assertThat(new ScanResult("01HW6Q8", "completed", "{\"count\":12}").topics())
                .extracting(Topic::name).containsExactly("scan:01HW6Q8");
        PricesRefreshed refreshed = new PricesRefreshed(12345, "daily_snapshot");
        assertThat(refreshed.topics()).isEmpty();
        assertThat(refreshed.broadcast()).isTrue();
    }

    @Test
    void events_reject_values_that_break_their_rules() {
        assertThatThrownBy(() -> new PriceUpdate(new CardId(1), new CardSetId(1), "pokemon", "tcgplayer", "normal",
                Money.of("-1", "USD"), Instant.now())).isInstanceOf(InvalidTopicException.class);
        assertThatThrownBy(() -> new ListingNew(0, new CardId(1), "pokemon", Money.of("1", "EUR")))
                .isInstanceOf(InvalidTopicException.class);
        assertThatThrownBy(() -> new ScanResult("s1", "result", "[1]")).isInstanceOf(InvalidTopicException.class);
        assertThatThrownBy(() -> new Notification(new AccountId(1), " ", "t", "b", null))
                .isInstanceOf(InvalidTopicException.class);
    }

    @Test
    void anonymous_listeners_read_public_topics_only_and_user_topics_belong_to_their_owner() {
        Listener anonymous = Listener.anonymous();
        Listener owner = Listener.account(new AccountId(42), Tier.PRO, true);
        Listener lateAuth = Listener.account(new AccountId(42), Tier.PRO, false);
        assertThat(Topic.parse("card:1").readableBy(anonymous)).isTrue();
        assertThat(Topic.parse("user:42").refusalFor(anonymous)).startsWith("authentication required");
        assertThat(Topic.parse("scan:abc").readableBy(anonymous)).isFalse();
        assertThat(Topic.parse("scan:abc").readableBy(lateAuth)).isTrue();
        assertThat(Topic.parse("user:42").readableBy(owner)).isTrue();
        assertThat(Topic.parse("user:43").refusalFor(owner)).startsWith("forbidden");
        assertThat(Topic.parse("user:42").refusalFor(lateAuth)).contains("query string");
    }

    @Test
    void subscriptions_cap_topics_per_connection_and_match_events() {
        Subscriptions subscriptions = new Subscriptions(Listener.anonymous(), 2);
        assertThat(subscriptions.subscribe("card:267")).isInstanceOf(Subscriptions.Outcome.Subscribed.class);
        assertThat(subscriptions.subscribe("card:267")).isInstanceOf(Subscriptions.Outcome.Subscribed.class);
        assertThat(subscriptions.subscribe("tcg:pokemon")).isInstanceOf(Subscriptions.Outcome.Subscribed.class);
        assertThat(subscriptions.subscribe("set:9")).isEqualTo(
                new Subscriptions.Outcome.Refused("set:9", "topic limit reached (max 2 per connection)"));
        assertThat(subscriptions.subscribe("user:1")).isInstanceOf(Subscriptions.Outcome.Refused.class);
        assertThat(subscriptions.matching(PRICE)).extracting(Topic::name).containsExactly("card:267", "tcg:pokemon");
        subscriptions.unsubscribe("card:267");
        assertThat(subscriptions.matching(PRICE)).extracting(Topic::name).containsExactly("tcg:pokemon");
        assertThat(subscriptions.subscribe("set:9")).isInstanceOf(Subscriptions.Outcome.Subscribed.class);
    }

    @Test
    void events_survive_java_serialization_between_nodes() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(PRICE);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(PRICE);
        }
    }
}

package io.cardvault.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.realtime.ConnectionSlot;
import io.cardvault.application.port.in.realtime.OpenStreamCommand;
import io.cardvault.application.port.in.realtime.OpenStreamUseCase;
import io.cardvault.application.port.in.realtime.StreamAdmission;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.realtime.Listener;
import io.cardvault.domain.realtime.Notification;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The frame protocol of one connection, with the socket and the use cases replaced by recorders. */
class ConnectionTest {

    private static final long SECOND = 1_000_000_000L;
    private static final RealtimeSettings SETTINGS = new RealtimeSettings(Duration.ofSeconds(25), Duration.ofSeconds(10),
            3, 5, Duration.ofSeconds(10), 100);
    private static final PriceUpdate PRICE = new PriceUpdate(new CardId(267), new CardSetId(42), "pokemon", "tcgplayer",
            "normal", Money.of("12.34", "USD"), Instant.ofEpochSecond(1715520000));

    private final List<String> sent = new ArrayList<>();
    private final List<Integer> closes = new ArrayList<>();
    private final List<ConnectionSlot> released = new ArrayList<>();
    private final List<OpenStreamCommand> opened = new ArrayList<>();
    private final RealtimeHub hub = new RealtimeHub();
    private long now = 0;

    private final Connection.Peer peer = new Connection.Peer() {
        @Override
        public void send(String frame) {
            sent.add(frame);
        }

        @Override
        public void ping() {
            sent.add("<ping>");
        }

        @Override
        public void close(int code, String reason) {
            closes.add(code);
        }

        @Override
        public void abort(int code, String reason) {
            closes.add(code);
        }
    };

    private final OpenStreamUseCase open = command -> {
        opened.add(command);
        if (command.apiKey().filter("csm_free"::equals).isPresent() && command.endpoint() == StreamEndpoint.DEVELOPER_STREAM) {
            return new StreamAdmission.Refused(StreamAdmission.Reason.TIER_TOO_LOW, "tier too low");
        }
        if (command.apiKey().filter("csm_busy"::equals).isPresent()) {
            return new StreamAdmission.Refused(StreamAdmission.Reason.TOO_MANY_CONNECTIONS, "too many connections");
        }
        if (command.apiKey().isPresent()) {
            return new StreamAdmission.Admitted(Listener.account(new AccountId(42), Tier.PRO, command.keyAtConnect()),
                    new ConnectionSlot("key:7"));
        }
        return new StreamAdmission.Admitted(Listener.anonymous(), new ConnectionSlot("ip:1"));
    };

    private Connection connection(StreamEndpoint endpoint, String key) {
        Connection connection = new Connection("c1", new Handshake(endpoint, Optional.ofNullable(key), Optional.empty(), "127.0.0.1"),
                peer, open, released::add, hub, SETTINGS, () -> now);
        connection.start();
        return connection;
    }

    private static JsonObject json(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    private JsonObject last() {
        return json(sent.get(sent.size() - 1));
    }

    @Test
    void welcome_tells_the_connection_id_auth_state_tier_heartbeat_and_public_prefixes() {
        connection(StreamEndpoint.DEVELOPER_STREAM, "csm_pro");
        JsonObject welcome = last();
        assertThat(welcome.getString("type")).isEqualTo("welcome");
        assertThat(welcome.getString("conn_id")).isEqualTo("c1");
        assertThat(welcome.getBoolean("authenticated")).isTrue();
        assertThat(welcome.getJsonNumber("user_id").longValue()).isEqualTo(42);
        assertThat(welcome.getString("tier")).isEqualTo("pro");
        assertThat(welcome.getInt("heartbeat_secs")).isEqualTo(25);
        assertThat(welcome.getJsonArray("public_topics").toString())
                .isEqualTo("[\"card:\",\"set:\",\"tcg:\",\"market:\",\"marketplace:\"]");

        sent.clear();
        connection(StreamEndpoint.GENERAL_CHANNEL, null);
        assertThat(last().isNull("user_id")).isTrue();
        assertThat(last().isNull("tier")).isTrue();
        assertThat(last().getBoolean("authenticated")).isFalse();
    }

    @Test
    void subscribe_single_or_list_is_acknowledged_and_events_arrive_as_the_example_clients_read_them() {
        Connection connection = connection(StreamEndpoint.DEVELOPER_STREAM, "csm_pro");
        sent.clear();
        connection.onText("{\"type\":\"subscribe\",\"topics\":[\"card:267\",\"market:movers\"]}");
        connection.onText("{\"type\":\"subscribe\",\"topic\":\"set:42\"}");
        assertThat(sent).containsExactly("{\"type\":\"subscribed\",\"topic\":\"card:267\"}",
                "{\"type\":\"subscribed\",\"topic\":\"market:movers\"}", "{\"type\":\"subscribed\",\"topic\":\"set:42\"}");
        sent.clear();

        hub.deliver(PRICE);
        assertThat(sent).hasSize(2);
        JsonObject card = json(sent.get(0));
        assertThat(card.getString("type")).isEqualTo("price_update");
        assertThat(card.getString("topic")).isEqualTo("card:267");
        assertThat(card.getJsonNumber("ts").doubleValue()).isEqualTo(1715520000.0);
        JsonObject data = card.getJsonObject("data");
        assertThat(data.getJsonNumber("card_id").longValue()).isEqualTo(267);
        assertThat(data.getJsonNumber("market_price").bigDecimalValue()).isEqualByComparingTo("12.34");
        assertThat(data.getString("currency")).isEqualTo("USD");
        assertThat(data.getString("source")).isEqualTo("tcgplayer");
        assertThat(data.getString("variant")).isEqualTo("normal");
        assertThat(data.containsKey("set_id")).isFalse();
        JsonObject set = json(sent.get(1)).getJsonObject("data");
        assertThat(set.getJsonNumber("set_id").longValue()).isEqualTo(42);
        assertThat(set.getString("tcg")).isEqualTo("pokemon");

        sent.clear();
        connection.onText("{\"type\":\"unsubscribe\",\"topic\":\"card:267\"}");
        assertThat(sent).containsExactly("{\"type\":\"unsubscribed\",\"topic\":\"card:267\"}");
        sent.clear();
        hub.deliver(PRICE);
        assertThat(sent).hasSize(1);
        assertThat(json(sent.get(0)).getString("topic")).isEqualTo("set:42");
    }

    @Test
    void bad_frames_get_error_frames_and_the_socket_stays_open() {
        Connection connection = connection(StreamEndpoint.GENERAL_CHANNEL, null);
        sent.clear();
        connection.onText("not json");
        connection.onText("{\"type\":\"dance\"}");
        connection.onText("{\"type\":\"subscribe\",\"topic\":\"weather:today\"}");
        connection.onText("{\"type\":\"subscribe\",\"topic\":\"user:42\"}");
        connection.onText("{\"type\":\"ping\"}");
        assertThat(sent).extracting(frame -> json(frame).getString("type"))
                .containsExactly("error", "error", "error", "error", "pong");
        assertThat(json(sent.get(1)).getString("error")).isEqualTo("unknown message type: dance");
        assertThat(json(sent.get(2)).getString("topic")).isEqualTo("weather:today");
        assertThat(json(sent.get(3)).getString("error")).startsWith("authentication required");
        assertThat(closes).isEmpty();
    }

    @Test
    void topic_and_message_limits_answer_with_errors() {
        Connection connection = connection(StreamEndpoint.GENERAL_CHANNEL, null);
        sent.clear();
        connection.onText("{\"type\":\"subscribe\",\"topics\":[\"card:1\",\"card:2\",\"card:3\",\"card:4\"]}");
        assertThat(last().getString("error")).isEqualTo("topic limit reached (max 3 per connection)");
        connection.onText("{\"type\":\"ping\"}");
        connection.onText("{\"type\":\"ping\"}");
        connection.onText("{\"type\":\"ping\"}");
        connection.onText("{\"type\":\"ping\"}"); // the fifth message in this window
        sent.clear();
        connection.onText("{\"type\":\"ping\"}");
        assertThat(last().getString("error")).isEqualTo("rate limit: at most 5 messages per 10 s");
        now += 10 * SECOND;
        connection.onText("{\"type\":\"ping\"}");
        assertThat(last().getString("type")).isEqualTo("pong");
        assertThat(closes).isEmpty();
    }

    @Test
    void close_codes_for_a_missing_key_a_low_tier_and_too_many_connections() {
        Connection noKey = connection(StreamEndpoint.DEVELOPER_STREAM, null);
        assertThat(sent).isEmpty(); // waiting for a late auth
        noKey.onText("{\"type\":\"subscribe\",\"topic\":\"card:1\"}");
        assertThat(closes).containsExactly(4401);

        connection(StreamEndpoint.DEVELOPER_STREAM, "csm_free");
        connection(StreamEndpoint.GENERAL_CHANNEL, "csm_busy");
        assertThat(closes).containsExactly(4401, 4403, 1013);
        assertThat(hub.connections()).isZero();
    }

    @Test
    void a_late_auth_admits_without_private_topics_and_a_silent_one_is_closed_after_the_timeout() {
        Connection late = connection(StreamEndpoint.DEVELOPER_STREAM, null);
        late.onText("{\"type\":\"auth\",\"token\":\"csm_pro\"}");
        assertThat(last().getString("type")).isEqualTo("welcome");
        assertThat(opened.get(0).keyAtConnect()).isFalse();
        late.onText("{\"type\":\"subscribe\",\"topic\":\"user:42\"}");
        assertThat(last().getString("error")).contains("query string");

        Connection silent = connection(StreamEndpoint.DEVELOPER_STREAM, null);
        now += 11 * SECOND;
        hub.heartbeat(now);
        assertThat(closes).containsExactly(4401);
        assertThat(silent.closed()).isTrue();
    }

    @Test
    void heartbeat_pings_every_interval_and_drops_a_silent_socket_releasing_its_slot() {
        Connection connection = connection(StreamEndpoint.DEVELOPER_STREAM, "csm_pro");
        connection.onText("{\"type\":\"subscribe\",\"topic\":\"user:42\"}");
        hub.deliver(new Notification(new AccountId(42), "price_alert", "Charizard", "now 300", null));
        assertThat(last().getJsonObject("data").getString("kind")).isEqualTo("price_alert");
        hub.deliver(new PricesRefreshed(12345, "daily_snapshot"));
        assertThat(last().getJsonObject("data").getInt("snapshots")).isEqualTo(12345);
        assertThat(last().containsKey("topic")).isFalse();
        sent.clear();

        now += 25 * SECOND;
        hub.heartbeat(now);
        assertThat(sent).containsExactly("{\"type\":\"ping\"}", "<ping>");
        connection.seen();
        now += 50 * SECOND;
        hub.heartbeat(now);
        assertThat(closes).isEmpty();
        now += 13 * SECOND; // 63 s silent: more than two and a half heartbeats
        hub.heartbeat(now);
        assertThat(closes).containsExactly(1001);
        assertThat(released).containsExactly(new ConnectionSlot("key:7"));
        assertThat(hub.connections()).isZero();
    }
}

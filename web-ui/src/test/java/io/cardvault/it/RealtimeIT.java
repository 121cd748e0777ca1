package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.Realtime.Socket;
import io.cardvault.it.Realtime.User;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket API end to end on Liberty: both doors, the frame protocol, delivery of every event
 * type from the test producer, error frames, close codes, heartbeat and limits. The IT server runs
 * a 2 s heartbeat and a 3 s auth timeout.
 */
class RealtimeIT {

    private static final String PRICE_267 = "{\"type\":\"price_update\",\"card_id\":267,\"set_id\":42,\"tcg\":\"pokemon\","
            + "\"source\":\"tcgplayer\",\"variant\":\"normal\",\"market_price\":12.34,\"currency\":\"USD\"}";

    @Test
    void the_stream_welcomes_a_pro_key_and_the_channel_a_session_or_nobody() {
        User user = Realtime.register();
        Socket stream = Realtime.stream(Realtime.proKey(user));
        JsonObject welcome = stream.next("welcome");
        assertThat(welcome.getString("conn_id")).isNotBlank();
        assertThat(welcome.getBoolean("authenticated")).isTrue();
        assertThat(welcome.getJsonNumber("user_id").longValue()).isEqualTo(user.id());
        assertThat(welcome.getString("tier")).isEqualTo("pro");
        assertThat(welcome.getInt("heartbeat_secs")).isEqualTo(2);
        assertThat(welcome.getJsonArray("public_topics").toString())
                .isEqualTo("[\"card:\",\"set:\",\"tcg:\",\"market:\",\"marketplace:\"]");

        Socket signedIn = Realtime.channel(user.cookie());
        JsonObject session = signedIn.next("welcome");
        assertThat(session.getBoolean("authenticated")).isTrue();
        assertThat(session.getJsonNumber("user_id").longValue()).isEqualTo(user.id());
        assertThat(session.getString("conn_id")).isNotEqualTo(welcome.getString("conn_id"));

        Socket anonymous = Realtime.channel(null);
        JsonObject nobody = anonymous.next("welcome");
        assertThat(nobody.getBoolean("authenticated")).isFalse();
        assertThat(nobody.isNull("user_id")).isTrue();
        assertThat(nobody.isNull("tier")).isTrue();
        List.of(stream, signedIn, anonymous).forEach(Socket::close);
    }

    @Test
    void the_example_clients_subscriptions_get_acks_and_price_updates_and_movers() throws InterruptedException {
        User user = Realtime.register();
        Socket socket = Realtime.stream(Realtime.proKey(user));
        socket.next("welcome");
        // exactly what the JavaScript and Python examples send
        socket.send("{\"type\":\"subscribe\",\"topics\":[\"card:267\",\"market:movers\"]}");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("card:267");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("market:movers");
        socket.send("{\"type\":\"subscribe\",\"topic\":\"set:42\"}");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("set:42");

        Realtime.publish(PRICE_267);
        JsonObject card = socket.next("price_update");
        assertThat(card.getString("topic")).isEqualTo("card:267");
        assertThat(card.getJsonNumber("ts").doubleValue()).isPositive();
        assertThat(card.getJsonObject("data").getJsonNumber("card_id").longValue()).isEqualTo(267);
        assertThat(card.getJsonObject("data").getJsonNumber("market_price").doubleValue()).isEqualTo(12.34);
        assertThat(card.getJsonObject("data").getString("currency")).isEqualTo("USD");
        assertThat(card.getJsonObject("data").getString("source")).isEqualTo("tcgplayer");
        assertThat(card.getJsonObject("data").getString("variant")).isEqualTo("normal");
        JsonObject set = socket.next("price_update");
        assertThat(set.getString("topic")).isEqualTo("set:42");
        assertThat(set.getJsonObject("data").getJsonNumber("set_id").longValue()).isEqualTo(42);
        assertThat(set.getJsonObject("data").getString("tcg")).isEqualTo("pokemon");

        Realtime.publish("{\"type\":\"movers\",\"tcg\":\"all\",\"period\":\"7d\",\"items\":[{\"card_id\":267,\"name\":\"Charizard\","
                + "\"price\":300,\"currency\":\"USD\",\"change_pct\":12.5},{\"card_id\":268,\"name\":\"Blastoise\",\"price\":80,"
                + "\"currency\":\"USD\",\"change_pct\":-4}]}");
        JsonObject movers = socket.next("movers");
        assertThat(movers.getString("topic")).isEqualTo("market:movers");
        assertThat(movers.getJsonObject("data").getJsonArray("items")).hasSize(2);
        assertThat(movers.getJsonObject("data").getString("period")).isEqualTo("7d");

        socket.send("{\"type\":\"unsubscribe\",\"topic\":\"card:267\"}");
        assertThat(socket.next("unsubscribed").getString("topic")).isEqualTo("card:267");
        Realtime.publish(PRICE_267);
        assertThat(socket.next("price_update").getString("topic")).isEqualTo("set:42");
        assertThat(socket.drain(Duration.ofMillis(500))).isEmpty(); // nothing on card:267 any more, nothing twice
        socket.close();
    }

    @Test
    void listings_notifications_scan_results_and_refreshes_reach_their_channels_only() {
        User owner = Realtime.register();
        User other = Realtime.register();
        Socket mine = Realtime.channel(owner.cookie());
        mine.next("welcome");
        mine.send("{\"type\":\"subscribe\",\"topics\":[\"user:" + owner.id() + "\",\"scan:sess-" + owner.id()
                + "\",\"marketplace:new\"]}");
        mine.next("subscribed");
        mine.next("subscribed");
        mine.next("subscribed");
        Socket theirs = Realtime.channel(other.cookie());
        theirs.next("welcome");
        theirs.send("{\"type\":\"subscribe\",\"topic\":\"user:" + owner.id() + "\"}");
        assertThat(theirs.next("error").getString("error")).startsWith("forbidden");
        Socket anonymous = Realtime.channel(null);
        anonymous.next("welcome");
        anonymous.send("{\"type\":\"subscribe\",\"topics\":[\"tcg:pokemon\",\"scan:x1\"]}");
        assertThat(anonymous.next("subscribed").getString("topic")).isEqualTo("tcg:pokemon");
        assertThat(anonymous.next("error").getString("topic")).isEqualTo("scan:x1");

        Realtime.publish("{\"type\":\"listing_new\",\"listing_id\":901,\"card_id\":267,\"tcg\":\"pokemon\",\"price\":11.00,\"currency\":\"EUR\"}");
        JsonObject listing = mine.next("listing_new");
        assertThat(listing.getString("topic")).isEqualTo("marketplace:new");
        assertThat(listing.getJsonObject("data").getJsonNumber("listing_id").longValue()).isEqualTo(901);
        assertThat(listing.getJsonObject("data").getString("currency")).isEqualTo("EUR");
        assertThat(anonymous.next("listing_new").getString("topic")).isEqualTo("tcg:pokemon");

        Realtime.publish("{\"type\":\"notification\",\"user_id\":" + owner.id() + ",\"kind\":\"price_alert\",\"title\":\"Charizard\","
                + "\"body\":\"is now 300 USD\",\"url\":\"/cards/267\"}");
        JsonObject notification = mine.next("notification");
        assertThat(notification.getString("topic")).isEqualTo("user:" + owner.id());
        assertThat(notification.getJsonObject("data").getString("kind")).isEqualTo("price_alert");
        assertThat(notification.getJsonObject("data").getString("url")).isEqualTo("/cards/267");

        Realtime.publish("{\"type\":\"scan_result\",\"session_id\":\"sess-" + owner.id() + "\",\"event\":\"completed\",\"detail\":{\"count\":12}}");
        JsonObject scan = mine.next("scan_result");
        assertThat(scan.getJsonObject("data").getString("event")).isEqualTo("completed");
        assertThat(scan.getJsonObject("data").getJsonObject("data").getInt("count")).isEqualTo(12);

        Realtime.publish("{\"type\":\"prices_refreshed\",\"snapshots\":12345,\"kind\":\"daily_snapshot\"}");
        for (Socket socket : List.of(mine, theirs, anonymous)) {
            JsonObject refreshed = socket.next("prices_refreshed");
            assertThat(refreshed.getJsonObject("data").getInt("snapshots")).isEqualTo(12345);
        }
        // the other account never saw the owner's notification nor scan: its next frame was the broadcast
        List.of(mine, theirs, anonymous).forEach(Socket::close);
    }

    @Test
    void bad_frames_get_error_frames_and_the_socket_stays_open() {
        Socket socket = Realtime.channel(null);
        socket.next("welcome");
        socket.send("not json");
        assertThat(socket.next("error").getString("error")).isEqualTo("invalid frame: expected a JSON object");
        socket.send("{\"type\":\"dance\"}");
        assertThat(socket.next("error").getString("error")).isEqualTo("unknown message type: dance");
        socket.send("{\"type\":\"subscribe\",\"topic\":\"card:abc\"}");
        JsonObject unknown = socket.next("error");
        assertThat(unknown.getString("topic")).isEqualTo("card:abc");
        socket.send("{\"type\":\"subscribe\"}");
        assertThat(socket.next("error").getString("error")).contains("topic");
        socket.send("{\"type\":\"ping\"}");
        socket.next("pong");
        assertThat(socket.isClosed()).isFalse();
        socket.close();
    }

    @Test
    void close_codes_4401_without_or_with_a_bad_key_4403_below_pro_1013_over_20_connections() {
        Socket noKey = Realtime.stream(null);
        noKey.send("{\"type\":\"subscribe\",\"topic\":\"card:1\"}");
        assertThat(noKey.closeCode()).isEqualTo(4401);
        Socket silent = Realtime.stream(null);
        assertThat(silent.closeCode()).isEqualTo(4401); // the 3 s auth timeout
        assertThat(Realtime.stream("csm_" + "x".repeat(43)).closeCode()).isEqualTo(4401);

        User free = Realtime.register();
        String freeKey = Realtime.createKey(free);
        Socket tooLow = Realtime.stream(freeKey);
        assertThat(tooLow.next("error").getString("error")).startsWith("tier too low");
        assertThat(tooLow.closeCode()).isEqualTo(4403);

        List<Socket> open = new ArrayList<>();
        User pro = Realtime.register();
        String proKey = Realtime.proKey(pro);
        for (int i = 0; i < 20; i++) {
            Socket socket = Realtime.stream(proKey);
            socket.next("welcome");
            open.add(socket);
        }
        Socket twentyFirst = Realtime.stream(proKey);
        assertThat(twentyFirst.next("error").getString("error")).startsWith("too many connections");
        assertThat(twentyFirst.closeCode()).isEqualTo(1013);
        open.remove(0).close();
        awaitWelcome(proKey);
        open.forEach(Socket::close);
    }

    private static void awaitWelcome(String key) {
        long deadline = System.nanoTime() + Realtime.WAIT.toNanos();
        while (true) {
            Socket socket = Realtime.stream(key);
            try {
                socket.next("welcome");
                socket.close();
                return;
            } catch (AssertionError refused) {
                socket.close();
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                pause(); // every attempt draws on the key's quota of 120 a minute
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_late_auth_opens_the_stream_but_not_the_private_user_topic() {
        User user = Realtime.register();
        String key = Realtime.proKey(user);
        Socket late = Realtime.stream(null);
        late.send("{\"type\":\"auth\",\"token\":\"" + key + "\"}");
        assertThat(late.next("welcome").getBoolean("authenticated")).isTrue();
        late.send("{\"type\":\"subscribe\",\"topic\":\"user:" + user.id() + "\"}");
        assertThat(late.next("error").getString("error")).contains("query string");

        Socket early = Realtime.stream(key);
        early.next("welcome");
        early.send("{\"type\":\"subscribe\",\"topic\":\"user:" + user.id() + "\"}");
        assertThat(early.next("subscribed").getString("topic")).isEqualTo("user:" + user.id());
        List.of(late, early).forEach(Socket::close);
    }

    @Test
    void the_server_pings_every_heartbeat_and_drops_a_socket_that_stopped_answering() {
        User user = Realtime.register();
        String key = Realtime.proKey(user);
        Socket alive = Realtime.stream(key);
        alive.next("welcome");
        alive.next("ping");
        alive.send("{\"type\":\"pong\"}");
        alive.next("ping");

        // hold all 20 slots of the key, one of them by a client that stops reading (and so stops answering pings)
        List<Socket> held = new ArrayList<>(List.of(alive));
        Socket dead = Realtime.stream(key);
        dead.next("welcome");
        dead.stall();
        held.add(dead);
        for (int i = 0; i < 18; i++) {
            Socket socket = Realtime.stream(key);
            socket.next("welcome");
            held.add(socket);
        }
        Socket refused = Realtime.stream(key);
        assertThat(refused.closeCode()).isEqualTo(1013);
        // after 2.5 heartbeats (5 s) of silence the server drops the stalled socket and frees its slot
        awaitWelcome(key);
        held.forEach(Socket::close);
    }

    @Test
    void at_most_50_topics_per_connection_and_30_messages_per_10_seconds() throws InterruptedException {
        Socket socket = Realtime.channel(null);
        socket.next("welcome");
        String topics = IntStream.rangeClosed(1, 51).mapToObj(i -> "\"card:" + i + "\"").collect(Collectors.joining(","));
        socket.send("{\"type\":\"subscribe\",\"topics\":[" + topics + "]}");
        for (int i = 1; i <= 50; i++) {
            assertThat(socket.next("subscribed").getString("topic")).isEqualTo("card:" + i);
        }
        JsonObject limit = socket.next("error");
        assertThat(limit.getString("error")).isEqualTo("topic limit reached (max 50 per connection)");
        assertThat(limit.getString("topic")).isEqualTo("card:51");

        for (int i = 0; i < 30; i++) {
            socket.send("{\"type\":\"ping\"}");
        }
        List<JsonObject> answers = socket.drain(Duration.ofSeconds(2));
        long pongs = answers.stream().filter(frame -> frame.getString("type").equals("pong")).count();
        List<String> errors = answers.stream().filter(frame -> frame.getString("type").equals("error"))
                .map(frame -> frame.getString("error")).toList();
        assertThat(pongs).isEqualTo(29); // the subscribe was the first message of this window
        assertThat(errors).containsExactly("rate limit: at most 30 messages per 10 s");
        assertThat(socket.isClosed()).isFalse();
        socket.close();
    }

    @Test
    void the_test_producer_refuses_an_event_that_breaks_its_rules() {
        Api.Reply reply = Api.call("POST", "/api/testing/realtime/events", "{\"type\":\"price_update\",\"card_id\":1}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().asJsonObject().getString("detail")).isEqualTo("set_id is required");
        assertThat(Api.call("POST", "/api/testing/realtime/events", "{\"type\":\"weather\"}").status()).isEqualTo(422);
    }

    @Test
    void plain_http_on_a_websocket_route_is_told_to_upgrade() {
        Api.Reply reply = Api.get("/ws/v1");
        assertThat(reply.status()).isEqualTo(426);
        assertThat(reply.json().asJsonObject().getString("detail")).isEqualTo("WebSocket upgrade required");
    }
}

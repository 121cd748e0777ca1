package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo flow on the real WAR: a collector sets an alert just below Base Set Charizard's
 * current Cardmarket price, the sandbox market drops the card and an ingest brings the drop in; the
 * alert fires once (a second drop does not fire it again), the notification is in the feed, the mail
 * is in the demo mailbox and the {@code notification} frame reaches {@code user:<id>}. A second
 * collector with alert mails turned off gets the notification and the frame but no mail.
 */
@Tag("sandbox-market")
class ShelfAlertsIT {

    /** Base Set Charizard in the IT catalogue (tcgdex base1-4), as the price ITs name it. */
    static final long CHARIZARD = 134;

    @BeforeAll
    static void catalogue() {
        Catalogue.awaitImported();
    }

    @Test
    void an_alert_just_below_the_price_fires_once_when_an_ingest_brings_a_drop_with_feed_mail_and_frame() throws Exception {
        // today's Cardmarket file is in the store (again, if another test ingested it before: nothing changes then)
        assertThat(PriceIngestIT.ingest("source=cardmarket&force=true").getString("status")).isEqualTo("ok");
        BigDecimal current = currentCardmarketPrice();
        BigDecimal target = current.subtract(new BigDecimal("0.01"));

        Realtime.User collector = Realtime.register();
        Realtime.User quiet = Realtime.register();
        Api.Reply mailOff = Api.call("POST", "/me/notifications", "{\"alert_triggered\":false}", "Cookie", quiet.cookie());
        assertThat(mailOff.status()).as(mailOff.body()).isEqualTo(200);
        // the demo flow: Base Set Charizard goes into the collection, valued from today's prices
        Api.Reply added = Api.call("POST", "/collection/add", "{\"card_id\":" + CHARIZARD + ",\"condition\":\"NM\"}",
                "Cookie", collector.cookie());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonObject held = Api.call("GET", "/collection", null, "Cookie", collector.cookie()).json().asJsonObject()
                .getJsonArray("items").getJsonObject(0);
        assertThat(held.getJsonNumber("card_id").longValue()).isEqualTo(CHARIZARD);
        assertThat(held.getJsonNumber("current_value").bigDecimalValue()).isPositive();
        long alertId = setAlert(collector, target);
        setAlert(quiet, target);
        Realtime.Socket socket = subscribed(collector);
        Realtime.Socket quietSocket = subscribed(quiet);

        // the market drops Charizard by 10 %: the next ingest corrects today's price under the target
        move(-10);
        JsonObject run = PriceIngestIT.ingest("source=cardmarket&force=true");
        assertThat(run.getString("status")).isEqualTo("ok");
        assertThat(run.getInt("cards_changed")).isPositive();

        JsonObject frame = socket.next("notification");
        assertThat(frame.getString("topic")).isEqualTo("user:" + collector.id());
        assertThat(frame.getJsonObject("data").getString("kind")).isEqualTo("alert_triggered");
        assertThat(frame.getJsonObject("data").getString("title")).isEqualTo("Charizard hit your target");
        assertThat(frame.getJsonObject("data").getString("url")).isEqualTo("/cards/" + CHARIZARD);
        assertThat(quietSocket.next("notification").getJsonObject("data").getString("kind")).isEqualTo("alert_triggered");

        JsonObject alert = alerts(collector).get(0).asJsonObject();
        assertThat(alert.getBoolean("is_active")).isFalse();
        assertThat(alert.getString("triggered_at")).isNotBlank();

        JsonArray feed = feed(collector);
        assertThat(feed).hasSize(1);
        JsonObject notification = feed.getJsonObject(0);
        assertThat(notification.getString("kind")).isEqualTo("alert_triggered");
        assertThat(notification.getString("title")).isEqualTo("Charizard hit your target");
        assertThat(notification.getString("body")).startsWith("Now €").endsWith("(target: €" + target.toPlainString() + ")");
        assertThat(notification.getJsonObject("data").getJsonNumber("card_id").longValue()).isEqualTo(CHARIZARD);
        assertThat(notification.getJsonObject("data").getJsonNumber("alert_id").longValue()).isEqualTo(alertId);
        assertThat(notification.getBoolean("is_read")).isFalse();

        List<MailIT.Received> mails = MailIT.awaitMail("imap", MailIT.IMAP_PORT, collector.username() + "@example.com",
                Duration.ofSeconds(60));
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Charizard hit your target");
            assertThat(mail.body()).contains("(target: €" + target.toPlainString() + ")").contains("/cards/" + CHARIZARD);
        });

        // another drop: the price is still under the target, but a fired alert stays quiet
        move(-5);
        assertThat(PriceIngestIT.ingest("source=cardmarket&force=true").getInt("cards_changed")).isPositive();
        assertThat(socket.drain(Duration.ofSeconds(3))).noneMatch(next -> next.getString("type").equals("notification"));
        assertThat(feed(collector)).hasSize(1);
        assertThat(MailIT.read("imap", MailIT.IMAP_PORT, collector.username() + "@example.com")).hasSize(1);

        // mail off: the feed has it, the mailbox does not
        assertThat(feed(quiet)).hasSize(1);
        assertThat(MailIT.read("imap", MailIT.IMAP_PORT, quiet.username() + "@example.com")).isEmpty();
        socket.close();
        quietSocket.close();
    }

    @Test
    void notification_settings_are_in_auth_me_and_change_per_kind_by_session_or_key() {
        Realtime.User user = Realtime.register();
        JsonObject defaults = me(user).getJsonObject("notification_settings");
        assertThat(defaults.getBoolean("alert_triggered")).isTrue();
        assertThat(defaults.getBoolean("wishlist_price")).isTrue();
        assertThat(defaults.getBoolean("new_message")).isFalse();
        assertThat(defaults.keySet()).containsExactly("alert_triggered", "wishlist_price", "new_message", "offer_received",
                "order_updated", "listing_status");

        Api.Reply changed = Api.call("POST", "/me/notifications", "{\"wishlist_price\":false,\"offer_received\":true}",
                "Cookie", user.cookie());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject answer = changed.json().asJsonObject();
        assertThat(answer.getBoolean("ok")).isTrue();
        assertThat(answer.getJsonObject("notification_settings").getBoolean("wishlist_price")).isFalse();
        JsonObject after = me(user).getJsonObject("notification_settings");
        assertThat(after.getBoolean("wishlist_price")).isFalse();
        assertThat(after.getBoolean("offer_received")).isTrue();
        assertThat(after.getBoolean("alert_triggered")).isTrue();

        String key = Realtime.createKey(user);
        Api.Reply byKey = Api.call("POST", "/me/notifications", "{\"wishlist_price\":true}", "X-API-Key", key);
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(200);
        assertThat(me(user).getJsonObject("notification_settings").getBoolean("wishlist_price")).isTrue();
    }

    @Test
    void bad_settings_are_a_422_list_and_nobody_signed_in_a_401() {
        Realtime.User user = Realtime.register();
        Api.Reply unknown = Api.call("POST", "/me/notifications", "{\"alert_triggered\":false,\"price_alert\":true}",
                "Cookie", user.cookie());
        assertThat(unknown.status()).isEqualTo(422);
        JsonObject error = unknown.json().asJsonObject().getJsonArray("detail").getJsonObject(0);
        assertThat(error.getJsonArray("loc").getString(1)).isEqualTo("price_alert");
        assertThat(me(user).getJsonObject("notification_settings").getBoolean("alert_triggered"))
                .as("a refused request changes nothing").isTrue();

        Api.Reply notBoolean = Api.call("POST", "/me/notifications", "{\"alert_triggered\":\"no\"}", "Cookie", user.cookie());
        assertThat(notBoolean.status()).isEqualTo(422);
        assertThat(notBoolean.json().asJsonObject().getJsonArray("detail").getJsonObject(0).getJsonArray("loc").getString(1))
                .isEqualTo("alert_triggered");
        assertThat(Api.call("POST", "/me/notifications", "{}", "Cookie", user.cookie()).status()).isEqualTo(422);

        Api.Reply anonymous = Api.call("POST", "/me/notifications", "{\"alert_triggered\":false}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"detail\"");
    }

    /** The card's lowest Cardmarket trend in the store now: what "its current price" is to a collector watching for a dip. */
    static BigDecimal currentCardmarketPrice() {
        JsonObject card = Api.get("/api/v2/cards/" + CHARIZARD).json().asJsonObject();
        return card.getJsonArray("printings").getValuesAs(JsonObject.class).stream()
                .flatMap(printing -> printing.getJsonArray("variants").getValuesAs(JsonObject.class).stream())
                .flatMap(variant -> variant.getJsonObject("prices").getJsonArray("eu").getValuesAs(JsonObject.class).stream())
                .filter(row -> row.getString("source").equals("cardmarket") && row.getString("price_type").equals("trend"))
                .map(row -> row.getJsonNumber("amount").bigDecimalValue().setScale(2, RoundingMode.HALF_UP))
                .min(BigDecimal::compareTo).orElseThrow(() -> new AssertionError("Charizard has no Cardmarket trend"));
    }

    static long setAlert(Realtime.User user, BigDecimal target) {
        Api.Reply set = Api.call("POST", "/alerts", "{\"card_id\":" + CHARIZARD + ",\"target_price\":" + target.toPlainString()
                + ",\"condition\":\"below\",\"currency\":\"EUR\"}", "Cookie", user.cookie());
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        return set.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static Realtime.Socket subscribed(Realtime.User user) {
        Realtime.Socket socket = Realtime.channel(user.cookie());
        socket.next("welcome");
        socket.send("{\"type\":\"subscribe\",\"topic\":\"user:" + user.id() + "\"}");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("user:" + user.id());
        return socket;
    }

    static void move(int percent) {
        Api.Reply moved = Api.call("POST", "/sandbox/moves?card_id=" + CHARIZARD + "&percent=" + percent, null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static JsonArray alerts(Realtime.User user) {
        Api.Reply reply = Api.call("GET", "/alerts", null, "Cookie", user.cookie());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject().getJsonArray("items");
    }

    private static JsonArray feed(Realtime.User user) {
        Api.Reply reply = Api.call("GET", "/api/notifications", null, "Cookie", user.cookie());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject().getJsonArray("items");
    }

    private static JsonObject me(Realtime.User user) {
        Api.Reply reply = Api.call("GET", "/auth/me", null, "Cookie", user.cookie());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }
}

package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * {@code WS /ws}, the PokeTrace-compatible stream: a Scale-plan key at connect, subscriptions by
 * {@code /v1} card id, price updates through the real-time hub in PokeTrace's words; a lower plan's
 * key is refused at the handshake with the guide's tier error, a missing key with its 401.
 */
class PokeTraceStreamIT {

    @Test
    void a_scale_key_streams_price_updates_of_the_cards_it_subscribed_to() {
        PokeTrace.Caller scale = PokeTrace.account("power_collector");
        Realtime.Socket socket = Realtime.Socket.open("/ws?api_key=" + java.net.URLEncoder.encode(scale.key(), java.nio.charset.StandardCharsets.UTF_8), null);
        JsonObject welcome = socket.next("welcome");
        assertThat(welcome.getBoolean("authenticated")).isTrue();
        String card = PokeTrace.usId(267);

        socket.send("{\"type\":\"subscribe\",\"cards\":[\"" + card + "\",\"eu_1\"]}");
        assertThat(socket.next("subscribed").getString("card")).isEqualTo(card);
        assertThat(socket.next("error").getString("card")).isEqualTo("eu_1");
        Realtime.publish("{\"type\":\"price_update\",\"card_id\":267,\"set_id\":42,\"tcg\":\"pokemon\",\"source\":\"tcgcsv\","
                + "\"variant\":\"holofoil\",\"market_price\":12.34,\"currency\":\"USD\"}");

        JsonObject update = socket.next("price_update");
        assertThat(update.getString("card")).isEqualTo(card);
        JsonObject data = update.getJsonObject("data");
        assertThat(data.getString("cardId")).isEqualTo(card);
        assertThat(data.getString("source")).isEqualTo("tcgplayer");
        assertThat(data.getString("market")).isEqualTo("US");
        assertThat(data.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("12.34");
        assertThat(data.getString("currency")).isEqualTo("USD");
        socket.close();
    }

    @Test
    void a_pro_key_is_refused_with_the_tier_error_and_no_key_with_401() {
        PokeTrace.Caller pro = PokeTrace.account("pro");

        Api.RawReply refused = upgrade("/ws?api_key=" + pro.key());
        assertThat(refused.status()).isEqualTo(403);
        JsonObject body = refused.json().asJsonObject();
        assertThat(body.getString("error")).isEqualTo("Scale plan required");
        assertThat(body.getString("message")).isEqualTo("WebSocket streaming requires a Scale plan.");
        assertThat(body.getString("code")).isEqualTo("UPGRADE_REQUIRED");

        Api.RawReply anonymous = upgrade("/ws");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().asJsonObject().getString("error")).isEqualTo("API key required");
    }

    /** A WebSocket upgrade request (java.net.http hides a refused handshake's body): status, headers, body. */
    private static Api.RawReply upgrade(String target) {
        return Api.rawGet(target, "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==");
    }
}

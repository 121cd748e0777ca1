package io.cardvault.adapter.in.websocket;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.MarketCardId;
import io.cardvault.domain.realtime.ListingNew;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.MoversUpdate;
import io.cardvault.domain.realtime.Notification;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.realtime.ScanResult;
import io.cardvault.domain.realtime.TickerLine;
import io.cardvault.domain.realtime.Topic;
import io.cardvault.domain.realtime.TopicKind;
import io.cardvault.domain.realtime.Listener;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The wire format: every frame is one JSON object with a {@code type}. Server frames are written
 * exactly as the spec's "Message protocol" shows them (snake_case, prices as JSON numbers with
 * their currency beside them, {@code ts} in epoch seconds); client frames are read leniently.
 */
final class Frames {

    static final String PING = object("ping").build().toString();
    static final String PONG = object("pong").build().toString();

    private Frames() {
    }

    private static JsonObjectBuilder object(String type) {
        return Json.createObjectBuilder().add("type", type);
    }

    static String welcome(String connectionId, Listener listener, long heartbeatSeconds) {
        JsonArrayBuilder publicTopics = Json.createArrayBuilder();
        TopicKind.publicPrefixes().forEach(publicTopics::add);
        JsonObjectBuilder frame = object("welcome").add("conn_id", connectionId)
                .add("authenticated", listener.authenticated());
        listener.account().map(AccountId::value).ifPresentOrElse(id -> frame.add("user_id", id), () -> frame.addNull("user_id"));
        listener.tier().ifPresentOrElse(tier -> frame.add("tier", tier.slug()), () -> frame.addNull("tier"));
        return frame.add("heartbeat_secs", heartbeatSeconds).add("public_topics", publicTopics).build().toString();
    }

    static String subscribed(Topic topic) {
        return object("subscribed").add("topic", topic.name()).build().toString();
    }

    static String unsubscribed(Topic topic) {
        return object("unsubscribed").add("topic", topic.name()).build().toString();
    }

    static String error(String message) {
        return object("error").add("error", message).build().toString();
    }

    static String error(String message, String topic) {
        JsonObjectBuilder frame = object("error").add("error", message);
        if (topic != null) {
            frame.add("topic", topic);
        }
        return frame.build().toString();
    }

    /** An acknowledgement of the PokeTrace-compatible stream: {@code {"type": "subscribed", "card": <v1 id>}}. */
    static String cardAck(String type, String cardId) {
        return object(type).add("card", cardId).build().toString();
    }

    /** An error about one card of the PokeTrace-compatible stream; the socket stays open. */
    static String cardError(String message, String cardId) {
        return object("error").add("error", message).add("card", cardId).build().toString();
    }

    /**
     * A price update as the PokeTrace-compatible stream words it: the card's {@code /v1} US id, the
     * source under PokeTrace's name ({@code tcgcsv} is {@code tcgplayer}, PriceCharting's eBay-sold
     * prices {@code ebay}), the market its currency belongs to, the price and {@code ts} in epoch
     * seconds.
     */
    static String pokeTracePrice(PriceUpdate price) {
        String source = switch (price.source()) {
            case "tcgcsv" -> "tcgplayer";
            case "pricecharting" -> "ebay";
            default -> price.source();
        };
        String currency = price.marketPrice().currency().getCurrencyCode();
        return object("price_update").add("card", new MarketCardId.Us(price.card()).text())
                .add("data", Json.createObjectBuilder().add("cardId", new MarketCardId.Us(price.card()).text())
                        .add("source", source).add("variant", price.variant()).add("market", "EUR".equals(currency) ? "EU" : "US")
                        .add("price", price.marketPrice().amount()).add("currency", currency))
                .add("ts", BigDecimal.valueOf(price.at().toEpochMilli()).movePointLeft(3)).build().toString();
    }

    /** The frame for {@code event} as delivered on {@code topic} ({@code null} for a broadcast). */
    static String event(MarketEvent event, Topic topic) {
        JsonObjectBuilder frame = object(event.type());
        if (topic != null) {
            frame.add("topic", topic.name());
        }
        frame.add("data", data(event, topic));
        if (event instanceof PriceUpdate price) {
            frame.add("ts", BigDecimal.valueOf(price.at().toEpochMilli()).movePointLeft(3));
        }
        return frame.build().toString();
    }

    private static JsonObjectBuilder data(MarketEvent event, Topic topic) {
        if (event instanceof PriceUpdate price) {
            return priceData(price, topic);
        }
        if (event instanceof MoversUpdate movers) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            movers.items().forEach(mover -> items.add(moverData(mover)));
            return Json.createObjectBuilder().add("tcg", movers.tcg()).add("period", movers.period()).add("items", items);
        }
        if (event instanceof PricesRefreshed refreshed) {
            return Json.createObjectBuilder().add("snapshots", refreshed.snapshots()).add("kind", refreshed.kind());
        }
        if (event instanceof Notification notification) {
            JsonObjectBuilder data = Json.createObjectBuilder().add("kind", notification.kind())
                    .add("title", notification.title()).add("body", notification.body());
            return notification.url() == null ? data.addNull("url") : data.add("url", notification.url());
        }
        if (event instanceof ListingNew listing) {
            return Json.createObjectBuilder().add("listing_id", listing.listingId())
                    .add("card_id", listing.card().value()).add("price", listing.price().amount())
                    .add("currency", listing.price().currency().getCurrencyCode());
        }
        ScanResult scan = (ScanResult) event; // the last of the sealed family
        return Json.createObjectBuilder().add("session_id", scan.sessionId()).add("event", scan.event())
                .add("data", Json.createReader(new StringReader(scan.detailJson())).readObject());
    }

    private static JsonObjectBuilder priceData(PriceUpdate price, Topic topic) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("card_id", price.card().value())
                .add("source", price.source()).add("variant", price.variant())
                .add("market_price", price.marketPrice().amount())
                .add("currency", price.marketPrice().currency().getCurrencyCode());
        if (topic != null && topic.kind() != TopicKind.CARD) {
            data.add("set_id", price.set().value()).add("tcg", price.tcg());
        }
        return data;
    }

    private static JsonObjectBuilder moverData(TickerLine mover) {
        return Json.createObjectBuilder().add("card_id", mover.card().value()).add("name", mover.name())
                .add("price", mover.price().amount()).add("currency", mover.price().currency().getCurrencyCode())
                .add("change_pct", mover.changePct()).add("direction", mover.gainer() ? "up" : "down");
    }

    /** A client frame: a JSON object, or empty when the text is not one. */
    static Optional<JsonObject> read(String text) {
        try {
            JsonValue value = Json.createReader(new StringReader(text)).readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (jakarta.json.JsonException e) { // parse errors included
            return Optional.empty();
        }
    }
}

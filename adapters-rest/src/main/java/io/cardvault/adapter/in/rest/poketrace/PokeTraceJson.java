package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.application.port.in.poketrace.ApiKeyInfo;
import io.cardvault.application.port.in.poketrace.CardmarketAverages;
import io.cardvault.application.port.in.poketrace.MarketCardDetail;
import io.cardvault.application.port.in.poketrace.MarketCardSummary;
import io.cardvault.application.port.in.poketrace.MarketSet;
import io.cardvault.application.port.in.poketrace.TierHistoryRow;
import io.cardvault.application.port.in.poketrace.TierPrice;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * PokeTrace's JSON as its guide shows it: camelCase fields, one object under {@code data}, lists
 * under {@code data} with {@code pagination {hasMore, nextCursor, count}}. Prices are JSON numbers
 * with two decimals in the card's currency; a field no source gives is left out (never 0).
 */
final class PokeTraceJson {

    private PokeTraceJson() {
    }

    static Response ok(JsonObject body) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static <T> JsonObject page(List<T> items, Function<T, JsonObjectBuilder> item, Optional<String> nextCursor) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        items.forEach(value -> data.add(item.apply(value)));
        JsonObjectBuilder pagination = Json.createObjectBuilder().add("hasMore", nextCursor.isPresent());
        nextCursor.ifPresentOrElse(cursor -> pagination.add("nextCursor", cursor), () -> pagination.addNull("nextCursor"));
        return Json.createObjectBuilder().add("data", data).add("pagination", pagination.add("count", items.size())).build();
    }

    static JsonObjectBuilder card(MarketCardSummary card) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", card.id()).add("name", card.name())
                .add("cardNumber", card.cardNumber())
                .add("set", Json.createObjectBuilder().add("slug", card.setSlug()).add("name", card.setName()));
        card.variant().ifPresentOrElse(variant -> json.add("variant", variant), () -> json.addNull("variant"));
        card.rarity().ifPresentOrElse(rarity -> json.add("rarity", rarity), () -> json.addNull("rarity"));
        return json.add("market", card.market().name()).add("currency", card.currency().getCurrencyCode());
    }

    static JsonObject detail(MarketCardDetail detail) {
        JsonObjectBuilder prices = Json.createObjectBuilder();
        JsonArrayBuilder gradedOptions = Json.createArrayBuilder();
        for (Map.Entry<String, Map<String, TierPrice>> source : detail.tiers().entrySet()) {
            JsonObjectBuilder tiers = Json.createObjectBuilder();
            source.getValue().forEach((tier, price) -> {
                tiers.add(tier, tier(price));
                if (!tier.equals("NEAR_MINT") && source.getKey().equals("ebay")) {
                    gradedOptions.add(tier);
                }
            });
            prices.add(source.getKey(), tiers);
        }
        detail.cardmarket().ifPresent(averages -> prices.add("cardmarket", averages(averages)));
        JsonObjectBuilder data = card(detail.card()).add("prices", prices);
        if (detail.card().market() == io.cardvault.domain.price.Region.US) {
            data.add("gradedOptions", gradedOptions);
        }
        return Json.createObjectBuilder().add("data", data).build();
    }

    private static JsonObjectBuilder tier(TierPrice price) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("avg", amount(price.avg()));
        price.low().ifPresent(low -> json.add("low", amount(low)));
        price.high().ifPresent(high -> json.add("high", amount(high)));
        return json;
    }

    private static JsonObjectBuilder averages(CardmarketAverages averages) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        averages.avg().ifPresent(value -> json.add("avg", amount(value)));
        averages.avg1d().ifPresent(value -> json.add("avg1d", amount(value)));
        averages.avg7d().ifPresent(value -> json.add("avg7d", amount(value)));
        averages.avg30d().ifPresent(value -> json.add("avg30d", amount(value)));
        return json;
    }

    static JsonObjectBuilder set(MarketSet set) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("slug", set.slug()).add("name", set.name());
        set.releaseDate().ifPresentOrElse(date -> json.add("releaseDate", date.toString()), () -> json.addNull("releaseDate"));
        return json.add("cardCount", set.cardCount());
    }

    static JsonObjectBuilder historyRow(TierHistoryRow row) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("date", row.date().toString()).add("source", row.source())
                .add("avg", amount(row.avg()));
        row.low().ifPresent(low -> json.add("low", amount(low)));
        row.high().ifPresent(high -> json.add("high", amount(high)));
        return json;
    }

    /** {@code /v1/auth/info}: the key (its visible prefix, then an ellipsis) and the account's plan usage after this call. */
    static JsonObject keyInfo(ApiKeyInfo key, RateLimitDecision usage) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("key", key.keyPrefix() + "...").add("name", key.name())
                .add("active", key.active()).add("createdAt", key.createdAt().toString());
        key.lastUsedAt().ifPresentOrElse(at -> data.add("lastUsedAt", at.toString()), () -> data.addNull("lastUsedAt"));
        data.add("user", Json.createObjectBuilder().add("plan", key.plan().displayName()).add("remaining", usage.remaining())
                .add("limit", usage.limit()).add("resetsAt", Instant.ofEpochSecond(usage.resetEpochSeconds()).toString()));
        return Json.createObjectBuilder().add("data", data).build();
    }

    private static java.math.BigDecimal amount(Money money) {
        return money.amount().setScale(2, RoundingMode.HALF_UP);
    }
}

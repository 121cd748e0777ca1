package io.cardvault.sandbox.testing;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.realtime.InvalidTopicException;
import io.cardvault.domain.realtime.ListingNew;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.MoversUpdate;
import io.cardvault.domain.realtime.Notification;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.realtime.ScanResult;
import io.cardvault.domain.realtime.TickerLine;
import io.cardvault.domain.shared.Money;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /api/testing/realtime/events}: one event in the words of its frame — {@code type}
 * plus that type's fields ({@code price_update}: card_id, set_id, tcg, source, variant,
 * market_price, currency; {@code movers}: tcg, period, items; {@code prices_refreshed}: snapshots,
 * kind; {@code notification}: user_id, kind, title, body, url; {@code listing_new}: listing_id,
 * card_id, tcg, price, currency; {@code scan_result}: session_id, event, detail).
 */
public record TestEventRequest(String type, Long cardId, Long setId, String tcg, String source, String variant,
                               BigDecimal marketPrice, String currency, Long listingId, BigDecimal price, Long userId,
                               String kind, String title, String body, String url, String sessionId, String event,
                               JsonObject detail, Long snapshots, String period, List<MoverItem> items) {

    /** One line of a movers event. */
    public record MoverItem(Long cardId, String name, BigDecimal price, String currency, BigDecimal changePct) {
    }

    MarketEvent toEvent() {
        String wanted = Objects.requireNonNullElse(type, "");
        return switch (wanted) {
            case PriceUpdate.TYPE -> new PriceUpdate(new CardId(required(cardId, "card_id")), new CardSetId(required(setId, "set_id")),
                    tcg, source, variant == null ? "normal" : variant, money(marketPrice, "market_price"), Instant.now());
            case MoversUpdate.TYPE -> new MoversUpdate(tcg == null ? "all" : tcg, period == null ? "7d" : period,
                    items == null ? List.of() : items.stream().map(item -> new TickerLine(new CardId(required(item.cardId(), "card_id")),
                            item.name(), new Money(currency(item.currency()), required(item.price(), "price")),
                            required(item.changePct(), "change_pct"))).toList());
            case PricesRefreshed.TYPE -> new PricesRefreshed(required(snapshots, "snapshots"), kind == null ? "daily_snapshot" : kind);
            case Notification.TYPE -> new Notification(new AccountId(required(userId, "user_id")), kind, title, body, url);
            case ListingNew.TYPE -> new ListingNew(required(listingId, "listing_id"), new CardId(required(cardId, "card_id")), tcg,
                    money(price, "price"));
            case ScanResult.TYPE -> new ScanResult(sessionId, event, required(detail, "detail").toString());
            default -> throw new InvalidTopicException("unknown event type: " + wanted);
        };
    }

    private Money money(BigDecimal amount, String field) {
        return new Money(currency(currency), required(amount, field));
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(required(code, "currency"));
        } catch (IllegalArgumentException e) {
            throw new InvalidTopicException("unknown currency: " + code);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidTopicException(field + " is required");
        }
        return value;
    }
}

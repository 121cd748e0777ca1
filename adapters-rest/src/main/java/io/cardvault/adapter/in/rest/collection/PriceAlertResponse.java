package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.PriceAlertView;
import io.cardvault.domain.collection.PriceAlert;
import java.math.BigDecimal;
import java.time.Instant;

/** One alert in the spec's shape; {@code condition} is {@code below} or {@code above}. */
public record PriceAlertResponse(long id, long cardId, String cardName, BigDecimal targetPrice, String condition,
                                 String currency, boolean isActive, String triggeredAt, String createdAt) {

    static PriceAlertResponse from(PriceAlertView view) {
        PriceAlert alert = view.alert();
        return new PriceAlertResponse(alert.id().orElseThrow().value(), alert.card().value(), view.card().name(),
                alert.target().amount(), alert.direction().code(), alert.target().currency().getCurrencyCode(),
                alert.isActive(), alert.triggeredAt().map(Instant::toString).orElse(null), alert.createdAt().toString());
    }
}

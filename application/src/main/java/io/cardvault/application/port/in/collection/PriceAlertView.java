package io.cardvault.application.port.in.collection;

import io.cardvault.domain.collection.PriceAlert;
import java.util.Objects;

/** One alert as a collector reads it: the alert and its card. */
public record PriceAlertView(PriceAlert alert, WatchedCard card) {

    public PriceAlertView {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(card, "card");
    }
}

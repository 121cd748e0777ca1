package io.cardvault.application.port.out.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PriceSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One amount of one series on one day, with the series' card (the store keeps it beside the series). */
public record SeriesPoint(PriceSeries series, CardId cardId, LocalDate day, BigDecimal amount) {

    public SeriesPoint {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(amount, "amount");
    }
}

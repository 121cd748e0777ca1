package io.cardvault.application.port.out.price;

import java.util.Objects;

/** A point that becomes its series' latest price; {@code first}: the series had none before. */
public record LatestPrice(int seriesKey, SeriesPoint point, boolean first) {

    public LatestPrice {
        Objects.requireNonNull(point, "point");
    }
}

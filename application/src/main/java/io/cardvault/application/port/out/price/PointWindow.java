package io.cardvault.application.port.out.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outlier rule judges one point against, as the store holds it before the point is
 * written. {@code seriesKey}: the store's compact key of the point's series (the writer's and the
 * latest prices' handle on it). A point newer than everything its series holds ({@code intoPast}
 * false) is judged against the series' recent non-outlier {@code amounts} (oldest first); a point
 * into the series' past against the non-outlier amounts before its day, and {@code stored} is the
 * amount already stored for that day. {@code latestDay}/{@code latestAmount}: the series' newest
 * non-outlier point before this batch (its latest price), if any.
 */
public record PointWindow(int seriesKey, boolean intoPast, double[] amounts, Optional<BigDecimal> stored,
                          Optional<LocalDate> latestDay, Optional<BigDecimal> latestAmount) {

    public PointWindow {
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(latestDay, "latestDay");
        Objects.requireNonNull(latestAmount, "latestAmount");
    }
}

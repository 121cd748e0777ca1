package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * How one source's raw market value of a variant moved over a period: first and last value in the
 * period, absolute and percent change (null when the first is 0), high, low and the number of days.
 */
public record SeriesPerformance(PriceSource source, VariantId variant, Currency currency, LocalDate startDate,
                                BigDecimal startPrice, LocalDate endDate, BigDecimal endPrice, BigDecimal changeAbs,
                                BigDecimal changePct, BigDecimal high, BigDecimal low, int points) {
}

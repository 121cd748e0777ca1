package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * One day's euro reference rates as the ECB publishes them: units of each currency per 1 EUR.
 * A cross rate goes through the euro: {@code from→to = rate(to) / rate(from)} with
 * {@code rate(EUR) = 1} (10 significant digits, shown rounded to 6 decimals).
 */
public record EuroReferenceRates(LocalDate day, Map<Currency, BigDecimal> perEuro) implements Serializable {

    public static final Currency EUR = Currency.getInstance("EUR");

    public EuroReferenceRates {
        InvalidAnalyticsInputException.require(day != null, "rates need their day");
        perEuro = Map.copyOf(perEuro);
        perEuro.values().forEach(rate -> InvalidAnalyticsInputException.require(rate.signum() > 0,
                "a reference rate is positive"));
    }

    public Optional<BigDecimal> perEuro(Currency currency) {
        return EUR.equals(currency) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(perEuro.get(currency));
    }

    /** Units of {@code to} for one unit of {@code from}. */
    public Optional<BigDecimal> rate(Currency from, Currency to) {
        return perEuro(from).flatMap(fromRate -> perEuro(to)
                .map(toRate -> toRate.divide(fromRate, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP)));
    }

    /**
     * {@code price} in {@code to}, rounded to that currency's minor units as a shop would quote it (a
     * price already in {@code to} comes back as it is); empty when a rate of either side is missing.
     */
    public Optional<Money> convert(Money price, Currency to) {
        if (price.currency().equals(to)) {
            return Optional.of(price);
        }
        int minorUnits = Math.max(to.getDefaultFractionDigits(), 0);
        return convert(price.amount(), price.currency(), to)
                .map(amount -> new Money(to, amount.setScale(minorUnits, RoundingMode.HALF_UP)));
    }

    public Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to) {
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        return perEuro(from).flatMap(fromRate -> perEuro(to)
                .map(toRate -> amount.multiply(toRate).divide(fromRate, 4, RoundingMode.HALF_UP)));
    }
}

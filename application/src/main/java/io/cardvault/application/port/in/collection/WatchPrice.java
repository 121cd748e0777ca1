package io.cardvault.application.port.in.collection;

import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the amount and currency a collector typed for a wish or an alert. The currency defaults to
 * EUR (the spec's default); whether the platform can price in it is the use case's check, as it
 * depends on the stored exchange rates.
 */
public final class WatchPrice {

    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

    private WatchPrice() {
    }

    /** The ISO 4217 currency named by {@code code}, EUR when none is given; {@code field} names it in errors. */
    public static Currency currency(Optional<String> code, String field) {
        if (code.isEmpty() || code.get().isBlank()) {
            return DEFAULT_CURRENCY;
        }
        String upper = code.get().strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}")) {
            throw new InvalidCollectionDataException(field,
                    "currency must be a three-letter ISO 4217 code: " + code.get().strip());
        }
        try {
            return Currency.getInstance(upper);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidCollectionDataException(field, "unknown currency: " + upper);
        }
    }

    /** {@code amount} in {@code currency}; more than four decimals is a 422 on {@code field}, not a crash. */
    public static Money money(BigDecimal amount, Currency currency, String field) {
        try {
            return new Money(currency, amount);
        } catch (IllegalArgumentException tooPrecise) {
            throw new InvalidCollectionDataException(field, field + " has at most " + Money.MAX_SCALE + " decimals");
        }
    }
}

package io.cardvault.domain.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. Prices are never {@code double}s and never mixed across
 * currencies: arithmetic between two currencies is refused with {@link CurrencyMismatchException}.
 *
 * <p>The amount keeps the currency's minor-unit scale at least (EUR 2, JPY 0) and at most four
 * decimals, because upstream price guides publish sub-cent averages for bulk cards.
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money>, Serializable {

    /** Upstream guides (Cardmarket averages) publish up to four decimals; more is noise. */
    public static final int MAX_SCALE = 4;

    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "Amount " + amount.toPlainString() + " has more than " + MAX_SCALE + " decimals");
        }
        int minorUnits = Math.max(currency.getDefaultFractionDigits(), 0);
        amount = stripped.setScale(Math.max(minorUnits, Math.max(stripped.scale(), 0)), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(Currency.getInstance(currencyCode), new BigDecimal(amount));
    }

    public static Money zero(Currency currency) {
        return new Money(currency, BigDecimal.ZERO);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.subtract(other.amount));
    }

    /** Multiplies by a whole quantity, e.g. the copies of a card held in a collection. */
    public Money times(int quantity) {
        return new Money(currency, amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

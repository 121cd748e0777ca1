package io.cardvault.adapter.out.persistence.collection;

import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * A {@link Money} in two columns: the amount as {@code DECIMAL(12,2)} and the ISO currency code as
 * {@code CHAR(3)}. {@code Money} allows four decimals and any size, the columns do not; the database
 * would round a third decimal silently, so an amount the columns cannot hold exactly is refused as
 * invalid data of the field the caller named, before anything is written.
 */
final class MoneyColumns {

    static final int SCALE = 2;
    private static final int INTEGER_DIGITS = 10;

    private MoneyColumns() {
    }

    /** The amount as the column keeps it. */
    static BigDecimal amount(Money money, String field) {
        BigDecimal exact;
        try {
            exact = money.amount().setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDecimals) {
            throw new InvalidCollectionDataException(field, field + " has at most " + SCALE + " decimals: " + money);
        }
        if (exact.precision() - exact.scale() > INTEGER_DIGITS) {
            throw new InvalidCollectionDataException(field, field + " is too large: " + money);
        }
        return exact;
    }

    static BigDecimal amountOrNull(Optional<Money> money, String field) {
        return money.map(present -> amount(present, field)).orElse(null);
    }

    static String currencyOrNull(Optional<Money> money) {
        return money.map(present -> present.currency().getCurrencyCode()).orElse(null);
    }

    /** Both columns or neither (a check constraint keeps them so). */
    static Optional<Money> money(BigDecimal amount, String currency) {
        return amount == null ? Optional.empty() : Optional.of(new Money(Currency.getInstance(currency), amount));
    }
}

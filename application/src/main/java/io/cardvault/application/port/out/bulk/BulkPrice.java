package io.cardvault.application.port.out.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The newest non-outlier price of one series, as the latest-prices file writes it. Grading company
 * and grade are null for raw prices; {@code sandbox} marks a price the demo's made-up market produced.
 */
public record BulkPrice(long cardId, long variantId, String source, String region, String priceType,
                        String gradingCompany, String grade, String currency, BigDecimal amount, LocalDate asOf,
                        boolean sandbox) implements BulkRecord {

    public BulkPrice {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(asOf, "asOf");
    }
}

package io.cardvault.adapter.out.persistence.price;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Statement text and chunked multi-row writes shared by the price store's adapters. */
final class PriceSql {

    /** Rows per multi-row statement, and ids per {@code IN (…)} list. */
    static final int ROWS = 1000;
    /**
     * The price_stat row counting flagged outliers. Made by the first stats read of a store (one count of
     * price_point then), not by a migration; the point writer keeps it current from then on.
     */
    static final String OUTLIERS_STAT = "outliers";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

    private PriceSql() {
    }

    interface RowBinder<R> {
        int bind(PreparedStatement statement, int position, R row) throws SQLException;
    }

    /** One prepared statement of {@value #ROWS} rows reused for every full chunk, one more for the rest. */
    static <R> void writeChunks(Connection connection, List<R> rows, String head, String tuple, String tail,
                                RowBinder<R> binder) throws SQLException {
        int full = rows.size() / ROWS * ROWS;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(head + tuples(tuple, ROWS) + tail)) {
                for (int from = 0; from < full; from += ROWS) {
                    int p = 1;
                    for (int i = from; i < from + ROWS; i++) {
                        p = binder.bind(statement, p, rows.get(i));
                    }
                    statement.executeUpdate();
                }
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement statement = connection.prepareStatement(head + tuples(tuple, rows.size() - full) + tail)) {
                int p = 1;
                for (int i = full; i < rows.size(); i++) {
                    p = binder.bind(statement, p, rows.get(i));
                }
                statement.executeUpdate();
            }
        }
    }

    /** A bulk load would clip an amount wider than the column to a warning; refuse it here, with its value. */
    static BigDecimal checked(BigDecimal amount) {
        if (amount.scale() > 4 || amount.abs().compareTo(MAX_AMOUNT) >= 0) {
            throw new PriceStoreException("amount does not fit DECIMAL(14, 4): " + amount.toPlainString(), null);
        }
        return amount;
    }

    static String placeholders(int count) {
        StringBuilder text = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "?" : ",?");
        }
        return text.toString();
    }

    private static String tuples(String tuple, int count) {
        StringBuilder text = new StringBuilder(count * (tuple.length() + 1));
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(tuple);
        }
        return text.toString();
    }
}

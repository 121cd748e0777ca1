package io.cardvault.adapter.out.persistence.price;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Rows handed to MariaDB with {@code LOAD DATA LOCAL INFILE}: written tab-separated to a temporary
 * file in chunks of {@value #CHUNK_ROWS} rows and loaded on the caller's connection, so the load is
 * part of the caller's transaction (JTA or local) and rolls back with it. A file rather than the
 * driver's input-stream hook: the driver is a server library the application cannot cast to.
 *
 * <p>With {@code LOCAL} MariaDB turns data errors (an amount wider than the column, say) into
 * warnings and keeps going; a chunk that raised any warning therefore fails the load, and the
 * caller's transaction rolls it back.
 */
final class BulkLoad implements AutoCloseable {

    static final int CHUNK_ROWS = 200_000;

    private final Connection connection;
    private final String into;
    private final boolean strict;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private Path file;
    private int pending;
    private long loaded;
    private boolean fieldOpen;

    /** {@code into}: what follows {@code LOAD DATA LOCAL INFILE '…'}, e.g. {@code REPLACE INTO TABLE t (a, b)}. */
    BulkLoad(Connection connection, String into) {
        this(connection, into, true);
    }

    /**
     * {@code strict} false: warnings are the caller's business (an {@code IGNORE} load that skips
     * rows another session inserted first, checked by reading back what is there).
     */
    BulkLoad(Connection connection, String into, boolean strict) {
        this.connection = connection;
        this.into = into;
        this.strict = strict;
    }

    BulkLoad field(long value) {
        separate();
        rows.append(value);
        return this;
    }

    BulkLoad field(boolean value) {
        separate();
        rows.append(value ? '1' : '0');
        return this;
    }

    BulkLoad field(LocalDate value) {
        separate();
        rows.append(value);
        return this;
    }

    BulkLoad field(BigDecimal value) {
        separate();
        rows.append(value.toPlainString());
        return this;
    }

    /** Text: tab, newline and backslash escaped the way {@code LOAD DATA} reads them back. */
    BulkLoad field(String value) {
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                default -> rows.append(c);
            }
        }
        return this;
    }

    /** Ends the row; loads the chunk when it is full. */
    void endRow() throws SQLException {
        rows.append('\n');
        fieldOpen = false;
        if (++pending >= CHUNK_ROWS) {
            flush();
        }
    }

    /** Rows loaded so far. */
    long loaded() {
        return loaded;
    }

    /** Loads what is pending. */
    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            if (file == null) {
                file = Files.createTempFile("cardvault-load-", ".tsv");
            }
            Files.write(file, rows.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PriceStoreException("cannot write the bulk-load file", e);
        }
        String path = file.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'");
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOAD DATA LOCAL INFILE '" + path + "' " + into);
            int warnings = strict ? warningCount(statement) : 0;
            if (warnings > 0) {
                throw new SQLException("bulk load raised " + warnings + " warning(s): " + firstWarning(statement));
            }
        }
        loaded += pending;
        pending = 0;
        rows.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a left-over temporary file is harmless; the load's outcome is what matters
                }
            }
        }
    }

    private void separate() {
        if (fieldOpen) {
            rows.append('\t');
        }
        fieldOpen = true;
    }

    private static int warningCount(Statement statement) throws SQLException {
        try (ResultSet count = statement.executeQuery("SELECT @@warning_count")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static String firstWarning(Statement statement) throws SQLException {
        try (ResultSet warnings = statement.executeQuery("SHOW WARNINGS LIMIT 1")) {
            return warnings.next() ? warnings.getString(3) : "";
        }
    }
}

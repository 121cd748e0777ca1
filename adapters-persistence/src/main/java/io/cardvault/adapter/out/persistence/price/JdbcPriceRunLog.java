package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * The ingest run log in price_ingest_run; every statement joins the caller's transaction, if any. A
 * file's run row (started, then finished) joins the file's transaction outside a container too; a
 * failed run is recorded on a connection of its own, as the server records it after the file's
 * transaction rolled back.
 */
@ApplicationScoped
class JdbcPriceRunLog implements PriceRunLogPort {

    private final DataSource dataSource;
    private final PriceTransactions transactions;

    @Inject
    JdbcPriceRunLog(DataSource dataSource, PriceTransactions transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** For CDI's client proxy only. */
    protected JdbcPriceRunLog() {
        this.dataSource = null;
        this.transactions = null;
    }

    @Override
    public OptionalInt findRunWithContent(PriceSource source, byte[] sha1) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT MIN(id) FROM price_ingest_run "
                     + "WHERE source = ? AND content_sha1 = ? AND status = 'ok'")) {
            select.setString(1, source.code());
            select.setBytes(2, sha1);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                int id = rows.getInt(1);
                return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(id);
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read ingest runs", e);
        }
    }

    @Override
    public int startRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox) {
        return transactions.inTransaction(connection -> insertRun(connection, source.code(), upstream, sha1, sandbox, "running", null),
                () -> { }, "cannot start an ingest run of " + source.code());
    }

    @Override
    public int recordFailedRun(PriceSource source, String upstream, boolean sandbox, RunStatus status, String message) {
        return insertRun(source.code(), upstream, null, sandbox, status.name().toLowerCase(Locale.ROOT), message);
    }

    @Override
    public void finishRun(int runId, RunStatus status, int pointsRead, int pointsWritten, String message) {
        transactions.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE price_ingest_run SET status = ?, "
                    + "finished_at = CURRENT_TIMESTAMP(6), points_read = ?, points_written = ?, message = ? WHERE id = ?")) {
                update.setString(1, status.name().toLowerCase(Locale.ROOT));
                update.setInt(2, pointsRead);
                update.setInt(3, pointsWritten);
                update.setString(4, truncate(message));
                update.setInt(5, runId);
                return update.executeUpdate();
            }
        }, () -> { }, "cannot finish ingest run " + runId);
    }

    /**
     * A finished run row on a connection of its own; {@code source} is a price source's code or
     * {@code backfill} (the backfill's completion mark).
     */
    int insertRun(String source, String upstream, byte[] sha1, boolean sandbox, String status, String message) {
        try (Connection connection = dataSource.getConnection()) {
            return insertRun(connection, source, upstream, sha1, sandbox, status, message);
        } catch (SQLException e) {
            throw new PriceStoreException("cannot record an ingest run of " + source, e);
        }
    }

    private static int insertRun(Connection connection, String source, String upstream, byte[] sha1, boolean sandbox, String status,
                                 String message) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO price_ingest_run (source, upstream, "
                + "content_sha1, sandbox, status, message, finished_at) VALUES (?,?,?,?,?,?,"
                + ("running".equals(status) ? "NULL" : "CURRENT_TIMESTAMP(6)") + ")", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, source);
            insert.setString(2, upstream.length() > 512 ? upstream.substring(0, 512) : upstream);
            insert.setBytes(3, sha1);
            insert.setBoolean(4, sandbox);
            insert.setString(5, status);
            insert.setString(6, truncate(message));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}

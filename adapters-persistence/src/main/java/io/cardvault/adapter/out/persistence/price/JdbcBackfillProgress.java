package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.BackfillProgressPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The first-start backfill's progress (price_backfill_progress) and its completion mark (a run row
 * of source {@code backfill}, so it is provenance like every ingest).
 */
@ApplicationScoped
class JdbcBackfillProgress implements BackfillProgressPort {

    /** The source code of the row that marks a completed first-start backfill. */
    static final String BACKFILL = "backfill";
    /** The progress row of the first-start backfill (the job its lease is named after). */
    static final String BACKFILL_JOB = "prices-backfill";

    private final DataSource dataSource;
    private final JdbcPriceRunLog runs;
    private final PriceTransactions transactions;

    @Inject
    JdbcBackfillProgress(DataSource dataSource, JdbcPriceRunLog runs, PriceTransactions transactions) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.transactions = transactions;
    }

    /** For CDI's client proxy only. */
    protected JdbcBackfillProgress() {
        this.dataSource = null;
        this.runs = null;
        this.transactions = null;
    }

    @Override
    public void recordBackfillCompleted(boolean sandbox, String message) {
        runs.insertRun(BACKFILL, "backfill", null, sandbox, "ok", message);
    }

    @Override
    public boolean backfillCompleted() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1 FROM price_ingest_run "
                     + "WHERE source = '" + BACKFILL + "' AND status = 'ok' LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read ingest runs", e);
        }
    }

    @Override
    public void recordBackfilledDay(LocalDate day) {
        // joins the caller's transaction (the day's last file), like every statement here, or the file's outside a container
        transactions.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO price_backfill_progress (job, day) "
                    + "VALUES (?, ?) ON DUPLICATE KEY UPDATE day = GREATEST(day, VALUES(day))")) {
                upsert.setString(1, BACKFILL_JOB);
                upsert.setDate(2, Date.valueOf(day));
                return upsert.executeUpdate();
            }
        }, () -> { }, "cannot record the backfill's progress");
    }

    @Override
    public Optional<LocalDate> lastBackfilledDay() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT day FROM price_backfill_progress WHERE job = ?")) {
            select.setString(1, BACKFILL_JOB);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getDate(1).toLocalDate()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot read the backfill's progress", e);
        }
    }
}

package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.LoadSourceRunsPort;
import io.cardvault.application.port.out.platform.SourceRunState;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Each source's latest finished ingest run and how many runs in a row failed, from the run log
 * ({@code price_ingest_run}, V20): two grouped reads on its (source, started_at) index. Plain JDBC,
 * like the run log's writer.
 */
@ApplicationScoped
class JdbcSourceRuns implements LoadSourceRunsPort {

    private static final String LATEST = "SELECT r.source, r.started_at, r.finished_at, r.status, r.message"
            + " FROM price_ingest_run r JOIN (SELECT source, MAX(id) AS id FROM price_ingest_run"
            + " WHERE status <> 'running' GROUP BY source) l ON l.id = r.id";
    private static final String FAILURES_IN_A_ROW = "SELECT r.source, COUNT(*) FROM price_ingest_run r"
            + " WHERE r.status IN ('failed', 'rejected') AND r.id > COALESCE((SELECT MAX(o.id) FROM price_ingest_run o"
            + " WHERE o.source = r.source AND o.status IN ('ok', 'unchanged')), 0) GROUP BY r.source";

    private final DataSource dataSource;

    @Inject
    JdbcSourceRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcSourceRuns() {
        this.dataSource = null;
    }

    @Override
    public Map<PriceSource, SourceRunState> latestRuns() {
        Map<PriceSource, SourceRunState> runs = new EnumMap<>(PriceSource.class);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            Map<String, Integer> failures = new java.util.HashMap<>();
            try (ResultSet rows = sql.executeQuery(FAILURES_IN_A_ROW)) {
                while (rows.next()) {
                    failures.put(rows.getString(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = sql.executeQuery(LATEST)) {
                while (rows.next()) {
                    String code = rows.getString(1);
                    Optional<PriceSource> source = Arrays.stream(PriceSource.values()).filter(s -> s.code().equals(code)).findFirst();
                    Optional<RunStatus> status = status(rows.getString(4));
                    if (source.isEmpty() || status.isEmpty()) {
                        continue; // a source or outcome this build does not know
                    }
                    Timestamp finished = rows.getTimestamp(3);
                    runs.put(source.get(), new SourceRunState(rows.getTimestamp(2).toInstant(),
                            Optional.ofNullable(finished).map(Timestamp::toInstant), status.get(),
                            Optional.ofNullable(rows.getString(5)), failures.getOrDefault(code, 0)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("price run log unreadable", e);
        }
        return runs;
    }

    private static Optional<RunStatus> status(String stored) {
        try {
            return Optional.of(RunStatus.valueOf(stored.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.LoadPlatformCountersPort;
import io.cardvault.domain.platform.PlatformCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The usage counters, one COUNT per counter over indexed columns (the application caches the
 * answer, so this runs once a minute at most per node). Plain JDBC: plain counts, nothing to map.
 * Each counter's source is one line of {@link #SOURCES}; a counter without a line reads 0 — the
 * marketplace's listings until its table lands (add its COUNT there).
 */
@ApplicationScoped
class JdbcPlatformCounters implements LoadPlatformCountersPort {

    static final Map<PlatformCounter, String> SOURCES = Map.of(
            PlatformCounter.USERS, "SELECT COUNT(*) FROM account",
            PlatformCounter.SELLERS, "SELECT COUNT(*) FROM account WHERE is_seller",
            PlatformCounter.ACTIVE_ALERTS, "SELECT COUNT(*) FROM price_alert WHERE triggered_at IS NULL",
            PlatformCounter.PUSH_DEVICES, "SELECT COUNT(*) FROM push_device");

    private static final String DATABASE_SIZE = "SELECT SUM(data_length + index_length) FROM information_schema.tables"
            + " WHERE table_schema = DATABASE()";

    private final DataSource dataSource;

    @Inject
    JdbcPlatformCounters(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcPlatformCounters() {
        this.dataSource = null;
    }

    @Override
    public Map<PlatformCounter, Long> counts() {
        Map<PlatformCounter, Long> counts = new EnumMap<>(PlatformCounter.class);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (PlatformCounter counter : PlatformCounter.values()) {
                String source = SOURCES.get(counter);
                counts.put(counter, source == null ? 0L : single(sql, source));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("platform counters unreadable", e);
        }
        return counts;
    }

    @Override
    public OptionalLong databaseSizeBytes() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(DATABASE_SIZE)) {
            if (row.next()) {
                long bytes = row.getLong(1);
                return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(bytes);
            }
            return OptionalLong.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("database size unreadable", e);
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            return row.next() ? row.getLong(1) : 0L;
        }
    }
}

package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.LoadPriceStoreStatsPort;
import io.cardvault.domain.price.PriceStoreStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The price store's counters: the three kept in price_stat as points are written, the rest counted. */
@ApplicationScoped
class JdbcPriceStoreStats implements LoadPriceStoreStatsPort {

    private final DataSource dataSource;

    @Inject
    JdbcPriceStoreStats(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcPriceStoreStats() {
        this.dataSource = null;
    }

    @Override
    public PriceStoreStats priceStoreStats() {
        try (Connection connection = dataSource.getConnection()) {
            countOutliersOnce(connection);
            try (PreparedStatement select = connection.prepareStatement("SELECT "
                    + "(SELECT value FROM price_stat WHERE name = 'price_points'), "
                    + "(SELECT value FROM price_stat WHERE name = 'priced_cards'), "
                    + "(SELECT COUNT(*) FROM price_series), (SELECT COUNT(*) FROM price_latest), "
                    + "(SELECT value FROM price_stat WHERE name = '" + PriceSql.OUTLIERS_STAT + "'), "
                    + "(SELECT COUNT(*) FROM price_ingest_run WHERE status = 'ok'), "
                    + "(SELECT COUNT(*) FROM price_ingest_run WHERE status IN ('failed', 'rejected'))");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return new PriceStoreStats(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                        rows.getLong(6), rows.getLong(7));
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot count the price store", e);
        }
    }

    /**
     * The outliers are counted from price_point once per store (there is no index on the flag: a full scan),
     * then kept by the point writer; before this, every read of the counters scanned the whole table.
     */
    private static void countOutliersOnce(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM price_stat WHERE name = ?")) {
            exists.setString(1, PriceSql.OUTLIERS_STAT);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement("INSERT IGNORE INTO price_stat (name, value) "
                + "SELECT ?, COUNT(*) FROM price_point WHERE is_outlier")) {
            count.setString(1, PriceSql.OUTLIERS_STAT);
            count.executeUpdate();
        }
    }
}

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

/** The price store's counters: the two kept in price_stat as points are written, the rest counted. */
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT "
                     + "(SELECT value FROM price_stat WHERE name = 'price_points'), "
                     + "(SELECT value FROM price_stat WHERE name = 'priced_cards'), "
                     + "(SELECT COUNT(*) FROM price_series), (SELECT COUNT(*) FROM price_latest), "
                     + "(SELECT COUNT(*) FROM price_point WHERE is_outlier), "
                     + "(SELECT COUNT(*) FROM price_ingest_run WHERE status = 'ok'), "
                     + "(SELECT COUNT(*) FROM price_ingest_run WHERE status IN ('failed', 'rejected'))");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return new PriceStoreStats(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                    rows.getLong(6), rows.getLong(7));
        } catch (SQLException e) {
            throw new PriceStoreException("cannot count the price store", e);
        }
    }
}

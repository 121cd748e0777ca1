package io.cardvault.adapter.out.persistence.price;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A connection taken from the data source the first time a read needs one, and closed with this: a
 * steady ingest day finds its series ids and outlier windows cached, and a tcgcsv day is hundreds of
 * small group files, each of which would otherwise take (and, outside a pool, open) connections to read nothing.
 */
final class OnDemandConnection implements AutoCloseable {

    private final DataSource dataSource;
    private Connection connection;

    OnDemandConnection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection get() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}

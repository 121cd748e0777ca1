package io.cardvault.adapter.out.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** Makes Liberty's {@code jdbc/cardvault} data source injectable into this adapter's beans. */
@ApplicationScoped
class DataSourceProducer {

    @Produces
    @Resource(lookup = "jdbc/cardvault")
    private DataSource dataSource;
}

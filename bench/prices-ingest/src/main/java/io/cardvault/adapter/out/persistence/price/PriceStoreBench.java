package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.StorePricesPort;
import javax.sql.DataSource;

/** The benchmark's door to the package-private JDBC price store (outside a container: local transactions). */
public final class PriceStoreBench {

    private PriceStoreBench() {
    }

    public static StorePricesPort store(DataSource dataSource) {
        return new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource));
    }

    public static LoadPricedVariantsPort variants(DataSource dataSource) {
        return new JdbcPricedVariants(dataSource);
    }
}

package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.StorePricesPort;
import javax.sql.DataSource;

/** The benchmark's door to the package-private JDBC price store (outside a container: local transactions). */
public final class PriceStoreBench {

    private PriceStoreBench() {
    }

    /** {@code cachedSeries}: the series whose id and outlier window stay in memory ({@code CARDVAULT_PRICES_SERIES_CACHE}). */
    public static StorePricesPort store(DataSource dataSource, long cachedSeries) {
        return new JdbcPriceStore(dataSource, new SeriesRegistry(dataSource, cachedSeries), cachedSeries);
    }

    public static LoadPricedVariantsPort variants(DataSource dataSource) {
        return new JdbcPricedVariants(dataSource);
    }
}

package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import javax.sql.DataSource;

/**
 * The catalogue views and the stored exchange rates wired by hand, for code that runs outside a
 * container (the alert-check benchmark). The adapters stay package-private; this is their one public door.
 */
public final class StandaloneCatalogueReads {

    private StandaloneCatalogueReads() {
    }

    /** The two read ports over one database. */
    public record Ports(LoadCatalogueViewsPort views, ExchangeRatesStorePort rates) {
    }

    public static Ports on(DataSource dataSource) {
        return new Ports(new JdbcCatalogueViews(dataSource), new JdbcExchangeRates(dataSource));
    }
}

package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.adapter.out.persistence.ContractCatalogue;
import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.ExportCataloguePort;
import io.cardvault.application.port.out.ExportCataloguePortContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.sql.DataSource;

/** The JDBC export on real MariaDB (embedded) with chunks of {@value #CHUNK}: the walks cross their borders. */
class JdbcCatalogueExportContractTest extends ExportCataloguePortContract {

    private DataSource dataSource;
    private ContractCatalogue catalogue;
    private long nextRun = 1;

    @Override
    protected void freshStore() {
        dataSource = TestDatabase.fresh("bulk_export_contract");
        catalogue = new ContractCatalogue(dataSource);
    }

    @Override
    protected ExportCataloguePort export() {
        return new JdbcCatalogueExport(dataSource, CHUNK, CHUNK);
    }

    @Override
    protected void givenCard(long cardId, String name) {
        catalogue.card(cardId, "pokemon", "Set " + cardId, name, null, null, null);
    }

    @Override
    protected void givenVariant(long cardId, long variantId, String finish) {
        catalogue.variant(cardId, variantId, "en", "unlimited", finish, null, null);
    }

    @Override
    protected void givenLatestPrice(long cardId, long variantId, String source, String priceType, BigDecimal amount, LocalDate day,
                                    boolean sandbox) {
        long run = nextRun++;
        catalogue.update("INSERT INTO price_ingest_run (id, source, upstream, sandbox, status) VALUES (?, ?, 'contract', ?, 'ok')",
                run, source, sandbox);
        catalogue.update("INSERT INTO price_series (variant_id, card_id, source, region, price_type, currency)"
                + " VALUES (?, ?, ?, 'eu', ?, 'EUR')", variantId, cardId, source, priceType);
        long series = catalogue.single("SELECT id FROM price_series WHERE variant_id = ? AND source = ?", variantId, source);
        catalogue.update("INSERT INTO price_latest (series_id, card_id, day, amount, run_id) VALUES (?, ?, ?, ?, ?)",
                series, cardId, day, amount, run);
    }
}

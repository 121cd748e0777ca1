package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.out.LoadPricesPortContract;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSnapshot;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The price reads' contract on real MariaDB with the real migrations, rows written as the ingest leaves them. */
class JdbcPriceReaderContractTest extends LoadPricesPortContract {

    private static DataSource dataSource;
    private static ContractCatalogue rows;
    private static long liveRun;
    private static long sandboxRun;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("price_reader_contract");
        rows = new ContractCatalogue(dataSource);
        rows.update("INSERT INTO price_ingest_run (source, upstream, sandbox, status, finished_at) "
                + "VALUES ('cardmarket', 'contract', FALSE, 'succeeded', CURRENT_TIMESTAMP(6))");
        liveRun = rows.single("SELECT MAX(id) FROM price_ingest_run");
        rows.update("INSERT INTO price_ingest_run (source, upstream, sandbox, status, finished_at) "
                + "VALUES ('tcgcsv', 'contract', TRUE, 'succeeded', CURRENT_TIMESTAMP(6))");
        sandboxRun = rows.single("SELECT MAX(id) FROM price_ingest_run");
    }

    @Override
    protected LoadPricesPort port() {
        return new JdbcPriceReader(dataSource);
    }

    @Override
    protected void givenCard(long cardId, long normalVariantId, long holoVariantId) {
        rows.card(cardId, "pokemon", "Base Set", "Charizard", "Rare Holo", null, null);
        rows.variant(cardId, normalVariantId, "en", "unlimited", "normal", null, null);
        rows.variant(cardId, holoVariantId, "en", "unlimited", "holofoil", null, null);
    }

    @Override
    protected void givenPoint(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean outlier) {
        rows.update("REPLACE INTO price_point (series_id, day, amount, is_outlier, run_id) VALUES (?, ?, ?, ?, ?)",
                series(cardId, series), Date.valueOf(day), amount, outlier, liveRun);
    }

    @Override
    protected void givenLatest(long cardId, PriceSeries series, LocalDate day, BigDecimal amount, boolean sandbox) {
        rows.update("REPLACE INTO price_latest (series_id, card_id, day, amount, run_id) VALUES (?, ?, ?, ?, ?)",
                series(cardId, series), cardId, Date.valueOf(day), amount, sandbox ? sandboxRun : liveRun);
    }

    @Override
    protected void givenSnapshot(long cardId, PriceSnapshot snapshot) {
        new MarketFixture(dataSource, snapshot.day()).snapshot(cardId, snapshot.source().code(), snapshot.variant().value(),
                snapshot.isGraded() ? snapshot.grading().company().code() : "",
                snapshot.isGraded() ? snapshot.grading().grade() : "", snapshot.marketPrice().currency().getCurrencyCode(),
                snapshot.day(), snapshot.marketPrice().amount());
    }

    private static long series(long cardId, PriceSeries series) {
        String company = series.grading() == null ? "" : series.grading().company().code();
        String grade = series.grading() == null ? "" : series.grading().grade();
        rows.update("INSERT IGNORE INTO price_series (variant_id, card_id, source, region, price_type, grading_company, grade, "
                + "currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", series.variant().value(), cardId, series.source().code(),
                series.region().code(), series.type().code(), company, grade, series.currency().getCurrencyCode());
        return rows.single("SELECT id FROM price_series WHERE variant_id = ? AND source = ? AND region = ? AND price_type = ? "
                + "AND grading_company = ? AND grade = ?", series.variant().value(), series.source().code(),
                series.region().code(), series.type().code(), company, grade);
    }
}

package io.cardvault.adapter.out.persistence.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.ContractCatalogue;
import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.PricePointWrites;
import io.cardvault.application.port.out.TakePriceSnapshotPortContract;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The snapshot on real MariaDB (embedded), its slices written on the calling thread: the contract
 * the in-memory store obeys, then what only the tables show (the headline's amount and change, the
 * rows of a range several slices long).
 */
class JdbcPriceSnapshotsContractTest extends TakePriceSnapshotPortContract {

    private static final VariantId HOLO = new VariantId(100);
    private static final PriceSeries TREND = PriceSeries.raw(HOLO, PriceSource.CARDMARKET, PriceType.TREND);
    private static final PriceSeries MARKET = PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.MARKET);
    private static final PriceSeries LOW = PriceSeries.raw(HOLO, PriceSource.TCGCSV, PriceType.LOW);
    private static final PriceSeries PSA10 = PriceSeries.graded(HOLO, PriceSource.PRICECHARTING, Grading.of(GradingCompany.PSA, "10"));

    private DataSource dataSource;
    private StandalonePriceStore.Ports store;
    private JdbcPriceSnapshots snapshots;

    @Override
    protected SnapshotStore freshStore() {
        dataSource = TestDatabase.fresh("price_snapshots");
        ContractCatalogue catalogue = new ContractCatalogue(dataSource);
        catalogue.card(10, "pokemon", "Base Set", "Charizard", "Rare Holo", null, null);
        catalogue.variant(10, 100, "en", "unlimited", "holofoil", null, null);
        catalogue.card(11, "pokemon", "Base Set", "Blastoise", "Rare Holo", null, null);
        catalogue.variant(11, 102, "en", "unlimited", "holofoil", null, null);
        store = StandalonePriceStore.on(dataSource, 100_000);
        snapshots = new JdbcPriceSnapshots(dataSource, Runnable::run);
        return new SnapshotStore(store.windows(), store.points(), store.latest(), snapshots, run());
    }

    private int run() {
        return store.runs().startRun(PriceSource.TCGCSV, "http://sandbox", new byte[20], true);
    }

    @Test
    void the_summary_prefers_the_us_market_price_and_compares_it_with_the_snapshot_a_week_before() throws SQLException {
        int run = run();
        store.latest().moveLatest(run, write(run, List.of(point(TREND, 0, "290.00"), point(TREND, 7, "296.50"),
                point(MARKET, 0, "500.00"), point(MARKET, 7, "550.00"), point(PSA10, 7, "30000.00"), point(LOW, 7, "400.00"))));

        snapshots.snapshot(DAY, DAY);
        assertThat(snapshots.snapshot(DAY.plusDays(7), DAY.plusDays(7))).isEqualTo(3);
        assertThat(snapshots.summarise(DAY.plusDays(7))).isEqualTo(1);
        assertThat(query("SELECT CONCAT(best_price, ' ', currency, ' ', price_change_7d, ' ', as_of) FROM card_price_summary"))
                .isEqualTo("550.0000 USD 10.00 2026-11-08");
        assertThat(JdbcPriceSnapshots.change(new BigDecimal("3"), new BigDecimal("2"))).isEqualByComparingTo("-33.33");
        assertThat(JdbcPriceSnapshots.change(null, BigDecimal.ONE)).isNull();
    }

    @Test
    void a_long_snapshot_holds_every_day_of_the_market_series_and_none_of_the_outliers() throws SQLException {
        int run = run();
        for (int day = 0; day < 40; day++) {
            PricePointWrites.append(store.windows(), store.points(), run, List.of(point(MARKET, day, day == 30 ? "500.00" : "10.00")),
                    day == 30);
            PricePointWrites.append(store.windows(), store.points(), run, List.of(point(LOW, day, "8.00")), false);
        }

        int rows = snapshots.snapshot(DAY, DAY.plusDays(39));

        assertThat(rows).isEqualTo(1);
        assertThat(query("SELECT CONCAT(COUNT(*), ' ', MIN(day), ' ', MAX(day), ' ', MAX(market_price)) FROM price_snapshot"))
                .isEqualTo("39 2026-11-01 2026-12-10 10.0000");
        // taken again: the same rows
        snapshots.snapshot(DAY, DAY.plusDays(39));
        assertThat(query("SELECT COUNT(*) FROM price_snapshot")).isEqualTo("39");
    }

    private List<LatestPrice> write(int run, List<SeriesPoint> points) {
        return PricePointWrites.append(store.windows(), store.points(), run, points, false);
    }

    private static SeriesPoint point(PriceSeries series, int day, String amount) {
        return new SeriesPoint(series, new CardId(10), DAY.plusDays(day), new BigDecimal(amount));
    }

    private String query(String select) throws SQLException {
        return TestDatabase.queryText(dataSource, select);
    }
}

package io.cardvault.application.service.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.InMemoryPriceStore;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceStoreStats;
import org.junit.jupiter.api.Test;

class GetPriceStoreStatsServiceTest {

    @Test
    void the_counters_are_the_stores_with_ok_and_failed_runs_told_apart() {
        InMemoryPriceStore store = new InMemoryPriceStore();
        int ok = store.startRun(PriceSource.TCGCSV, "memory:tcgcsv", new byte[20], true);
        store.finishRun(ok, RunStatus.OK, 0, 0, "empty");
        store.recordFailedRun(PriceSource.CARDMARKET, "memory:cardmarket", true, RunStatus.FAILED, "down");
        store.recordFailedRun(PriceSource.CARDMARKET, "memory:cardmarket", true, RunStatus.UNCHANGED, "same bytes");

        PriceStoreStats stats = new GetPriceStoreStatsService(store).priceStoreStats();

        assertThat(stats.okRuns()).isEqualTo(1);
        assertThat(stats.failedRuns()).isEqualTo(1);
        assertThat(stats.pricePoints()).isZero();
    }
}

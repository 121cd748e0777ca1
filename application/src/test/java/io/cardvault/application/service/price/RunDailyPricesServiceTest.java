package io.cardvault.application.service.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.price.DailyPriceRun;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.domain.price.PriceSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunDailyPricesServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private final List<IngestPricesCommand> ingested = new ArrayList<>();
    private final List<LocalDate> snapshots = new ArrayList<>();
    private final List<String> leasesAsked = new ArrayList<>();

    @Test
    void the_node_holding_the_lease_ingests_every_source_then_takes_the_snapshot() {
        RunDailyPricesService service = service(true, null);

        Optional<DailyPriceRun> run = service.runDaily(DAY);

        assertThat(leasesAsked).containsExactly("prices-daily for PT6H");
        assertThat(ingested).extracting(IngestPricesCommand::source)
                .containsExactly(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING);
        assertThat(ingested).allSatisfy(command -> assertThat(command.day()).isEqualTo(DAY));
        assertThat(snapshots).containsExactly(DAY);
        assertThat(run).hasValueSatisfying(done -> {
            assertThat(done.ingests()).extracting(IngestReport::source)
                    .containsExactly(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING);
            assertThat(done.snapshotRows()).isEqualTo(42);
        });
    }

    @Test
    void another_node_holding_the_lease_means_nothing_is_fetched_or_written_here() {
        Optional<DailyPriceRun> run = service(false, null).runDaily(DAY);

        assertThat(run).isEmpty();
        assertThat(ingested).isEmpty();
        assertThat(snapshots).isEmpty();
    }

    @Test
    void a_source_that_throws_keeps_neither_the_other_sources_nor_the_snapshot_out() {
        Optional<DailyPriceRun> run = service(true, PriceSource.TCGCSV).runDaily(DAY);

        assertThat(ingested).hasSize(3);
        assertThat(snapshots).containsExactly(DAY);
        assertThat(run).hasValueSatisfying(done -> assertThat(done.ingests()).extracting(IngestReport::source)
                .containsExactly(PriceSource.CARDMARKET, PriceSource.PRICECHARTING));
    }

    private RunDailyPricesService service(boolean leaseFree, PriceSource failing) {
        return new RunDailyPricesService(command -> {
            ingested.add(command);
            if (command.source() == failing) {
                throw new IllegalStateException("store down");
            }
            return new IngestReport(ingested.size(), command.source(), "ok", "http://sandbox/" + command.source().code(), true,
                    10, 10, 0, 1, "10 quotes");
        }, day -> {
            snapshots.add(day);
            return 42;
        }, (String job, Duration ttl) -> {
            leasesAsked.add(job + " for " + ttl);
            return leaseFree;
        });
    }
}

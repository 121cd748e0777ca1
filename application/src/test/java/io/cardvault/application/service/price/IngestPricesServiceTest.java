package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceIngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.price.IngestPriceFilesUseCase;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.InMemoryPriceSource;
import io.cardvault.application.port.out.InMemoryPriceStore;
import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One file ingested on its own, through the file-run use case, on the in-memory store and source. */
class IngestPricesServiceTest {

    private static final PriceSeries MARKET = PriceSeries.raw(CHARIZARD_UNLIMITED.variantId(), PriceSource.TCGCSV,
            PriceType.MARKET);

    private final InMemoryPriceStore store = new InMemoryPriceStore();
    private final InMemoryPriceSource tcgcsv = new InMemoryPriceSource(PriceSource.TCGCSV);
    private final RecordedEvents<HeadlinePricesChanged> events = new RecordedEvents<>();
    private WritePricePointsPort writer = store;

    private IngestPricesService service() {
        PriceFileRecorder recorder = new PriceFileRecorder(store, store, store, (runId, points) -> writer.write(runId, points), store, events,
                Clock.fixed(DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        return new IngestPricesService(new IngestPriceFilesService(List.of(tcgcsv), store, store, recorder,
                new PriceIngestPolicy(true)), () -> CATALOGUE);
    }

    @Test
    void a_days_file_is_joined_to_the_catalogue_stored_and_its_moved_headlines_announced() {
        tcgcsv.serve(DAY, List.of(tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"),
                tcgplayer(42382, "Holofoil", PriceType.LOW, "499.00"), tcgplayer(999999, "Holofoil", PriceType.MARKET, "1.00")));

        IngestReport report = service().ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY));

        assertThat(report.status()).isEqualTo("ok");
        assertThat(report.pointsRead()).isEqualTo(3);
        assertThat(report.pointsWritten()).isEqualTo(2);
        assertThat(report.cardsChanged()).isEqualTo(1);
        assertThat(store.latestPrice(MARKET)).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("572.03"));
        assertThat(store.runs()).extracting(InMemoryPriceStore.Run::status, InMemoryPriceStore.Run::pointsWritten)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ok", 2));
        assertThat(events.fired).hasSize(1);
    }

    @Test
    void each_file_ingested_on_its_own_is_a_run_whose_end_lets_the_stores_series_go() {
        tcgcsv.serve(DAY, List.of(tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03")));
        tcgcsv.fail(DAY.minusDays(1), FetchOutcome.Reason.UNAVAILABLE);
        IngestPricesService service = service();

        service.ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY));
        assertThat(store.runsEndedSignals()).isEqualTo(1);
        service.ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY.minusDays(1)));
        assertThat(store.runsEndedSignals()).isEqualTo(2);
    }

    @Test
    void a_run_closed_while_another_is_open_keeps_the_stores_series_until_the_last_one_closes() {
        PriceFileRecorder recorder = new PriceFileRecorder(store, store, store, store, store, events,
                Clock.fixed(DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        IngestPriceFilesService files = new IngestPriceFilesService(List.of(tcgcsv), store, store, recorder,
                new PriceIngestPolicy(true));
        IngestPriceFilesUseCase.PriceFileRun backfill = files.startRun(CATALOGUE);
        IngestPriceFilesUseCase.PriceFileRun day = files.startRun(CATALOGUE);

        day.close();
        day.close();
        assertThat(store.runsEndedSignals()).as("the backfill still runs").isZero();

        backfill.close();
        assertThat(store.runsEndedSignals()).isEqualTo(1);
        day.close();
        assertThat(store.runsEndedSignals()).as("a run closed again changes nothing").isEqualTo(1);
    }

    @Test
    void the_same_bytes_again_are_an_unchanged_run_unless_forced_and_a_forced_one_writes_nothing_new() {
        tcgcsv.serve(DAY, List.of(tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03")));
        IngestPricesService service = service();
        IngestReport first = service.ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY));

        IngestReport again = service.ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY));
        IngestReport forced = service.ingest(new IngestPricesCommand(PriceSource.TCGCSV, DAY, false, Optional.empty(), true,
                IngestScope.ALL));

        assertThat(again.status()).isEqualTo("unchanged");
        assertThat(again.message()).isEqualTo("same content as run " + first.runId());
        assertThat(forced.status()).isEqualTo("ok");
        assertThat(forced.pointsWritten()).isZero();
        assertThat(store.priceStoreStats().pricePoints()).isEqualTo(1);
    }

    @Test
    void a_failed_or_malformed_fetch_is_a_run_of_its_own_and_writes_no_point() {
        tcgcsv.fail(DAY, FetchOutcome.Reason.MALFORMED);
        IngestReport rejected = service().ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY));
        IngestReport unavailable = service().ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY.minusDays(1)));

        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(unavailable.status()).isEqualTo("failed");
        assertThat(store.priceStoreStats().failedRuns()).isEqualTo(2);
        assertThat(store.priceStoreStats().pricePoints()).isZero();
    }

    @Test
    void a_file_the_store_cannot_write_is_reported_failed_and_recorded_as_a_failed_run() {
        tcgcsv.serve(DAY, List.of(tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03")));
        writer = (runId, points) -> {
            throw new IllegalStateException("the database went away");
        };

        IngestReport report = service().ingest(IngestPricesCommand.latest(PriceSource.TCGCSV, DAY));

        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.message()).contains("the database went away");
        assertThat(store.runs()).extracting(InMemoryPriceStore.Run::status).endsWith("failed");
        assertThat(events.fired).isEmpty();
    }

    @Test
    void a_source_no_adapter_serves_is_refused() {
        assertThatThrownBy(() -> service().ingest(IngestPricesCommand.latest(PriceSource.CARDMARKET, DAY)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

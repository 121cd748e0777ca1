package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.platform.BulkDataJob;
import io.cardvault.application.port.in.platform.BulkDataWriteRunningException;
import io.cardvault.application.port.out.InMemoryBulkFiles;
import io.cardvault.application.port.out.InMemoryCatalogueExport;
import io.cardvault.application.port.out.InMemoryJobLeases;
import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkPrice;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkDataServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:30:00Z");

    private final InMemoryCatalogueExport export = new InMemoryCatalogueExport();
    private final InMemoryBulkFiles files = new InMemoryBulkFiles();
    private final WriteBulkDataService write = new WriteBulkDataService(export, files, Clock.fixed(NOW, ZoneOffset.UTC));

    private static BulkCard card(long id) {
        return new BulkCard(id, "pokemon", 1, "BS", "Base Set", null, Long.toString(id), id + "/102", "Card " + id, "en", null, null,
                new BulkCard.BulkCrossRefs(null, null, null, null, null, null), List.of());
    }

    @Test
    void writing_puts_every_card_and_every_latest_price_into_their_files() {
        export.add(card(1));
        export.add(card(2));
        export.add(new BulkPrice(1, 10, "cardmarket", "eu", "trend", null, null, "EUR", BigDecimal.TEN, LocalDate.of(2026, 12, 6), true));

        List<BulkFile> written = write.writeAll();

        assertThat(written).extracting(BulkFile::kind).containsExactly(BulkDataKind.ALL_CARDS, BulkDataKind.LATEST_PRICES);
        assertThat(written).extracting(BulkFile::records).containsExactly(2L, 1L);
        assertThat(written).extracting(BulkFile::updatedAt).containsOnly(NOW);
        assertThat(files.records(BulkDataKind.ALL_CARDS)).containsExactly(card(1), card(2));
        assertThat(new ListBulkFilesService(files).list()).isEqualTo(written);
        assertThat(new GetBulkFileService(files).download(BulkDataKind.LATEST_PRICES)).isPresent();
    }

    @Test
    void the_daily_rewrite_runs_on_the_node_holding_the_lease_and_is_skipped_by_the_others() {
        InMemoryJobLeases leases = new InMemoryJobLeases();
        export.add(card(1));

        boolean first = new RunDailyBulkDataService(write, leases.node("node-a")).runDaily();
        boolean second = new RunDailyBulkDataService(write, leases.node("node-b")).runDaily();

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(files.current(BulkDataKind.ALL_CARDS)).isPresent();
    }

    @Test
    void an_administrators_rewrite_runs_in_the_background_one_at_a_time_and_reports_how_it_ended() {
        List<Runnable> queued = new ArrayList<>();
        BulkDataJobs jobs = new BulkDataJobs(write, queued::add, Clock.fixed(NOW, ZoneOffset.UTC));

        BulkDataJob started = new StartBulkDataWriteService(jobs).start();

        assertThat(started.state()).isEqualTo(BulkDataJob.State.RUNNING);
        assertThatThrownBy(jobs::start).isInstanceOf(BulkDataWriteRunningException.class);
        queued.get(0).run();
        BulkDataJob done = new GetBulkDataJobService(jobs).latest().orElseThrow();
        assertThat(done.state()).isEqualTo(BulkDataJob.State.COMPLETED);
        assertThat(done.files()).hasSize(2);
        assertThat(done.finishedAt()).contains(NOW);
    }

    @Test
    void a_rewrite_that_fails_is_reported_failed_and_the_slot_frees() {
        List<Runnable> queued = new ArrayList<>();
        BulkDataJobs jobs = new BulkDataJobs(() -> {
            throw new IllegalStateException("disk full");
        }, queued::add, Clock.fixed(NOW, ZoneOffset.UTC));

        jobs.start();
        queued.get(0).run();

        assertThat(jobs.latest().orElseThrow().state()).isEqualTo(BulkDataJob.State.FAILED);
        assertThat(jobs.latest().orElseThrow().failure()).contains("disk full");
        assertThat(jobs.start().state()).isEqualTo(BulkDataJob.State.RUNNING);
    }
}

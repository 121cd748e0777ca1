package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceIngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.price.BackfillPricesCommand;
import io.cardvault.application.port.in.price.BackfillReport;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PreparedPriceFile;
import io.cardvault.application.port.in.price.IngestPriceFilesUseCase.PriceFileRun;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.JobLeasePort;
import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.InMemoryJobLeases;
import io.cardvault.application.port.out.InMemoryPriceStore;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.TakePriceSnapshotPort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.DailySnapshotTaken;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The backfill fetches files ahead on the executor but writes them strictly oldest day first, source by source. */
class BackfillPricesServiceTest {

    private static final LocalDate TODAY = DAY;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "fetcher"));
    private final List<String> fetchedOn = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> fetchedFrom = new ConcurrentHashMap<>();
    /** Every fetch's (day, source), in the order they happened, a file asked again appearing again. */
    private final List<String> attempts = Collections.synchronizedList(new ArrayList<>());
    private final InMemoryPriceStore fake = new InMemoryPriceStore();
    private final RecordingStore store = new RecordingStore(fake);
    private final AtomicInteger fetches = new AtomicInteger();
    /** The (day, source) files whose fetch fails as an unreachable upstream would. */
    private Predicate<String> unavailable = file -> false;
    /** The (day, source) files whose fetch throws, as a process stopped mid-way would leave off there. */
    private Predicate<String> stopsAt = file -> false;
    private final InMemoryJobLeases cluster = new InMemoryJobLeases();
    private final JobLeasePort leases = cluster.node("this-node");

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void files_are_fetched_ahead_on_the_executor_and_written_in_day_then_source_order() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);

        BackfillReport report = backfill.backfill(new BackfillPricesCommand(TODAY, 3, 5, new Showcase(Set.of("base1"), 0,
                Set.of()), true));

        assertThat(report.files()).isEqualTo(6 * 3);
        assertThat(report.failedFiles()).isZero();
        List<String> expected = new ArrayList<>();
        for (int back = 5; back >= 0; back--) {
            for (PriceSource source : List.of(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING)) {
                expected.add(TODAY.minusDays(back) + " " + source.code());
            }
        }
        assertThat(store.written).containsExactlyElementsOf(expected);
        assertThat(fetchedOn).hasSize(18).containsOnly("fetcher");
        assertThat(store.backfillCompleted()).isTrue();
    }

    @Test
    void the_files_of_a_backfill_share_one_set_of_variants_per_scope_instead_of_a_copy_each() {
        IngestPriceFilesService real = files();
        List<IngestPricesCommand> asked = Collections.synchronizedList(new ArrayList<>());
        IngestPriceFilesUseCase recording = catalogue -> {
            PriceFileRun run = real.startRun(catalogue);
            return new PriceFileRun() {
                @Override
                public PreparedPriceFile prepare(IngestPricesCommand command) {
                    asked.add(command);
                    return run.prepare(command);
                }

                @Override
                public IngestReport write(PreparedPriceFile file, boolean settleLater, Optional<LocalDate> completesBackfillDay) {
                    return run.write(file, settleLater, completesBackfillDay);
                }

                @Override
                public void close() {
                    run.close();
                }
            };
        };
        BackfillPricesService backfill = new BackfillPricesService(recording, () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);

        backfill.backfill(new BackfillPricesCommand(TODAY, 2, 4, new Showcase(Set.of("base1"), 0, Set.of()), true));

        IngestScope showcaseDay = scopeOf(asked, TODAY.minusDays(4));
        IngestScope otherShowcaseDay = scopeOf(asked, TODAY.minusDays(3));
        IngestScope recentDay = scopeOf(asked, TODAY.minusDays(2));
        IngestScope otherRecentDay = scopeOf(asked, TODAY.minusDays(1));
        assertThat(showcaseDay.variants()).isNotEmpty().isSameAs(otherShowcaseDay.variants())
                .isSameAs(showcaseDay.gradedVariants()).isSameAs(recentDay.gradedVariants());
        assertThat(recentDay.variants()).isNotEmpty().isSameAs(otherRecentDay.variants());
        assertThat(scopeOf(asked, TODAY)).isEqualTo(IngestScope.ALL);
    }

    private static IngestScope scopeOf(List<IngestPricesCommand> asked, LocalDate day) {
        return asked.stream().filter(command -> command.day().equals(day) && command.source() == PriceSource.TCGCSV)
                .findFirst().orElseThrow().scope();
    }

    @Test
    void a_showcase_variant_that_is_not_its_cards_primary_keeps_its_history_through_the_recent_days() {
        List<FetchPriceFilePort> sources = List.of(source(PriceSource.CARDMARKET, cardmarket(273532, "holo", PriceType.TREND, "0.70")),
                source(PriceSource.TCGCSV, tcgplayer(95885, "Reverse Holofoil", PriceType.MARKET, "0.74")),
                source(PriceSource.PRICECHARTING, graded(42382, GradingCompany.PSA, "10", "9000.00")));
        BackfillPricesService backfill = new BackfillPricesService(files(sources), () -> CATALOGUE, new NoSnapshots(), store,
                fake, new RecordedEvents<DailySnapshotTaken>(), executor, leases);

        backfill.backfill(new BackfillPricesCommand(TODAY, 2, 4, new Showcase(Set.of("xy5"), 0, Set.of()), true));

        // Weedle's reverse holo is not its card's primary variant, but its set is in the showcase: every day, old and recent
        for (int back = 4; back >= 0; back--) {
            assertThat(store.written).contains(TODAY.minusDays(back) + " " + PriceSource.CARDMARKET.code(),
                    TODAY.minusDays(back) + " " + PriceSource.TCGCSV.code());
        }
    }

    @Test
    void the_days_that_keep_the_showcase_only_read_the_showcase_upstreams_and_the_backfill_stays_complete() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);
        Map<PriceSource, URI> showcaseFiles = Map.of(PriceSource.CARDMARKET, URI.create("http://sandbox/showcase/cardmarket"),
                PriceSource.TCGCSV, URI.create("http://sandbox/showcase/tcgcsv"));

        backfill.backfill(new BackfillPricesCommand(TODAY, 2, 4, new Showcase(Set.of("base1"), 0, Set.of()), true, Map.of(),
                showcaseFiles));

        for (int back = 4; back >= 3; back--) {
            assertThat(fetchedFrom).containsEntry(TODAY.minusDays(back) + " cardmarket", "http://sandbox/showcase/cardmarket")
                    .containsEntry(TODAY.minusDays(back) + " tcgcsv", "http://sandbox/showcase/tcgcsv")
                    // no showcase files of this source: its configured upstream, read whole
                    .containsEntry(TODAY.minusDays(back) + " pricecharting", "configured");
        }
        for (int back = 2; back >= 0; back--) {
            for (String source : List.of("cardmarket", "tcgcsv", "pricecharting")) {
                assertThat(fetchedFrom).containsEntry(TODAY.minusDays(back) + " " + source, "configured");
            }
        }
        assertThat(store.backfillCompleted()).isTrue();
    }

    @Test
    void while_another_node_holds_the_first_start_backfill_this_node_writes_nothing() {
        cluster.node("other-node").tryAcquire(BackfillPricesService.FIRST_START_JOB, BackfillPricesService.FIRST_START_LEASE);
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);

        BackfillReport report = backfill.backfill(new BackfillPricesCommand(TODAY, 3, 5, new Showcase(Set.of("base1"), 0,
                Set.of()), true));

        assertThat(report.files()).isZero();
        assertThat(store.written).isEmpty();
        assertThat(store.backfillCompleted()).isFalse();

        // a backfill someone asked for (not the first-start one) does not wait for the lease
        BackfillReport asked = backfill.backfill(new BackfillPricesCommand(TODAY, 1, 1, new Showcase(Set.of("base1"), 0,
                Set.of()), false));
        assertThat(asked.files()).isEqualTo(2 * 3);
    }

    @Test
    void a_backfill_of_a_few_sets_reads_their_files_every_day_even_with_showcase_upstreams() {
        URI sets = URI.create("http://sandbox/sets/base1/cardmarket");
        BackfillPricesCommand command = new BackfillPricesCommand(TODAY, 2, 4, new Showcase(Set.of("base1"), 0, Set.of()), false,
                Map.of(PriceSource.CARDMARKET, sets), Map.of(PriceSource.CARDMARKET, URI.create("http://sandbox/showcase/cardmarket")));

        assertThat(command.upstream(PriceSource.CARDMARKET, true)).isEqualTo(sets);
        assertThat(command.upstream(PriceSource.CARDMARKET, false)).isEqualTo(sets);
        assertThat(command.upstream(PriceSource.TCGCSV, true)).isNull();
        assertThat(command.partial()).isTrue();
    }

    @Test
    void each_day_is_recorded_as_backfilled_right_after_its_last_file_is_stored() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);

        backfill.backfill(new BackfillPricesCommand(TODAY, 1, 2, new Showcase(Set.of("base1"), 0, Set.of()), true));

        List<String> expected = new ArrayList<>();
        for (int back = 2; back >= 0; back--) {
            for (String source : List.of("cardmarket", "tcgcsv", "pricecharting")) {
                expected.add(TODAY.minusDays(back) + " " + source);
            }
            // inside the recorder's transaction of the day's last file (the fake has none; the order is what it can show)
            expected.add(TODAY.minusDays(back) + " backfilled");
        }
        // the series the files kept in memory go once the last is written, before the settling and the snapshots
        expected.add("runs ended");
        assertThat(store.events).containsExactlyElementsOf(expected);
        assertThat(store.lastBackfilledDay()).contains(TODAY);
    }

    @Test
    void a_first_start_backfill_stopped_mid_way_resumes_on_the_next_start_with_the_day_after_the_last_whole_one() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);
        BackfillPricesCommand firstStart = new BackfillPricesCommand(TODAY, 3, 5, new Showcase(Set.of("base1"), 0, Set.of()), true);
        stopsAt = file -> file.equals(TODAY.minusDays(2) + " tcgcsv");

        assertThatThrownBy(() -> backfill.backfill(firstStart)).isInstanceOf(IllegalStateException.class);
        assertThat(store.events).as("a run that stopped on a failure has ended too").last().isEqualTo("runs ended");
        assertThat(fake.runsEndedSignals()).isEqualTo(1);
        assertThat(store.lastBackfilledDay()).contains(TODAY.minusDays(3));
        assertThat(store.backfillCompleted()).isFalse();

        // the next start: the lease is this node's again, the stored days are not fetched or written again
        stopsAt = file -> false;
        store.written.clear();
        fetchedFrom.clear();
        BackfillReport resumed = backfill.backfill(firstStart);

        assertThat(resumed.files()).isEqualTo(3 * 3);
        assertThat(fetchedFrom.keySet()).noneMatch(file -> file.startsWith(TODAY.minusDays(3).toString()));
        assertThat(store.written).first().isEqualTo(TODAY.minusDays(2) + " cardmarket");
        assertThat(store.written).last().isEqualTo(TODAY + " pricecharting");
        assertThat(store.backfillCompleted()).isTrue();

        // and a completed backfill is never repeated
        store.written.clear();
        assertThat(backfill.backfill(firstStart).files()).isZero();
        assertThat(store.written).isEmpty();
    }

    @Test
    void after_a_file_fails_no_later_day_is_recorded_so_the_next_start_redoes_from_the_failed_day() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);
        unavailable = file -> file.equals(TODAY.minusDays(1) + " cardmarket");

        BackfillReport report = backfill.backfill(new BackfillPricesCommand(TODAY, 3, 3, new Showcase(Set.of("base1"), 0,
                Set.of()), true));

        assertThat(report.failedFiles()).isEqualTo(1);
        assertThat(store.written).contains(TODAY + " pricecharting");
        assertThat(store.lastBackfilledDay()).contains(TODAY.minusDays(2));
        assertThat(store.backfillCompleted()).isFalse();
    }

    @Test
    void a_file_whose_upstream_answers_again_after_a_pause_is_stored_and_the_backfill_completes() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);
        String flaky = TODAY.minusDays(1) + " tcgcsv";
        // the first two fetches of that file fail, as a source restarting (or a server too busy for its sandbox) would
        unavailable = file -> file.equals(flaky) && attempts.stream().filter(flaky::equals).count() <= 2;

        BackfillReport report = backfill.backfill(new BackfillPricesCommand(TODAY, 3, 3, new Showcase(Set.of("base1"), 0,
                Set.of()), true, Map.of(), Map.of(), List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO)));

        assertThat(report.failedFiles()).isZero();
        assertThat(attempts).filteredOn(flaky::equals).hasSize(3);
        assertThat(store.written).contains(flaky).endsWith(TODAY + " pricecharting");
        assertThat(store.backfillCompleted()).isTrue();
    }

    @Test
    void an_upstream_down_for_good_is_waited_for_once_then_every_later_file_gets_one_attempt() {
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);
        unavailable = file -> file.endsWith(" cardmarket");

        BackfillReport report = backfill.backfill(new BackfillPricesCommand(TODAY, 3, 3, new Showcase(Set.of("base1"), 0,
                Set.of()), true, Map.of(), Map.of(), List.of(Duration.ZERO, Duration.ZERO)));

        assertThat(report.failedFiles()).isEqualTo(4);
        // the oldest day's file: the first attempt and one after each pause; the three later days': one each
        assertThat(attempts).filteredOn((TODAY.minusDays(3) + " cardmarket")::equals).hasSize(3);
        for (int back = 2; back >= 0; back--) {
            assertThat(attempts).filteredOn((TODAY.minusDays(back) + " cardmarket")::equals).hasSize(1);
        }
        assertThat(store.written).endsWith(TODAY + " pricecharting");
        assertThat(store.backfillCompleted()).isFalse();
        assertThat(store.lastBackfilledDay()).isEmpty();
    }

    @Test
    void retry_pauses_are_not_negative() {
        assertThatThrownBy(() -> new BackfillPricesCommand(TODAY, 3, 3, new Showcase(Set.of("base1"), 0, Set.of()), true,
                Map.of(), Map.of(), List.of(Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_backfill_someone_asked_for_neither_resumes_nor_records_progress() {
        fake.recordBackfilledDay(TODAY.minusDays(1));
        BackfillPricesService backfill = new BackfillPricesService(files(), () -> CATALOGUE, new NoSnapshots(), store, fake,
                new RecordedEvents<DailySnapshotTaken>(), executor, leases);

        BackfillReport asked = backfill.backfill(new BackfillPricesCommand(TODAY, 2, 2, new Showcase(Set.of("base1"), 0,
                Set.of()), false));

        assertThat(asked.files()).isEqualTo(3 * 3);
        assertThat(store.events).noneMatch(event -> event.endsWith("backfilled"));
    }

    private IngestPriceFilesService files() {
        return files(List.of(
                source(PriceSource.CARDMARKET, cardmarket(273699, "", PriceType.TREND, "300.00")),
                source(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "320.00")),
                source(PriceSource.PRICECHARTING, graded(42382, GradingCompany.PSA, "10", "9000.00"))));
    }

    private IngestPriceFilesService files(List<FetchPriceFilePort> sources) {
        return new IngestPriceFilesService(sources, fake, store, new PriceFileRecorder(fake, store, store, store, fake,
                new RecordedEvents<HeadlinePricesChanged>()), new PriceIngestPolicy(true));
    }

    private FetchPriceFilePort source(PriceSource source, UpstreamQuote quote) {
        return new FetchPriceFilePort() {
            @Override
            public PriceSource source() {
                return source;
            }

            @Override
            public FetchOutcome fetch(PriceFileRequest request) {
                fetchedOn.add(Thread.currentThread().getName());
                String file = request.day() + " " + source.code();
                attempts.add(file);
                fetchedFrom.put(file, request.baseUrl().map(URI::toString).orElse("configured"));
                if (stopsAt.test(file)) {
                    throw new IllegalStateException("the server stopped while " + file + " was fetched");
                }
                if (unavailable.test(file)) {
                    return new FetchOutcome.Failed("http://sandbox/" + source.code(), FetchOutcome.Reason.UNAVAILABLE, "503");
                }
                // every fetch its own bytes: a file fetched again is written again, as the upstream's next edition would be
                byte[] sha1 = new byte[20];
                int fetch = fetches.incrementAndGet();
                sha1[0] = (byte) fetch;
                sha1[1] = (byte) (fetch >> 8);
                return new FetchOutcome.Fetched(new PriceFile(source, "http://sandbox/" + source.code(), request.day(), sha1, true,
                        List.of(quote)));
            }
        };
    }

    /** The shared fake, noting the (day, source) of every stored batch and every recorded day in the order it saw them. */
    private static final class RecordingStore implements WritePricePointsPort, BackfillProgressPort, ReadOutlierWindowsPort {
        private final InMemoryPriceStore store;
        final List<String> written = Collections.synchronizedList(new ArrayList<>());
        /** Stored files and recorded days, in order. */
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        RecordingStore(InMemoryPriceStore store) {
            this.store = store;
        }

        @Override
        public void write(int runId, List<JudgedPoint> points) {
            if (!points.isEmpty()) {
                SeriesPoint first = points.get(0).point();
                written.add(first.day() + " " + first.series().source().code());
                events.add(first.day() + " " + first.series().source().code());
            }
            store.write(runId, points);
        }

        @Override
        public List<PointWindow> windowsOf(List<SeriesPoint> points) {
            return store.windowsOf(points);
        }

        @Override
        public void runsEnded() {
            events.add("runs ended");
            store.runsEnded();
        }

        @Override
        public void recordBackfillCompleted(boolean sandbox, String message) {
            store.recordBackfillCompleted(sandbox, message);
        }

        @Override
        public boolean backfillCompleted() {
            return store.backfillCompleted();
        }

        @Override
        public void recordBackfilledDay(LocalDate day) {
            events.add(day + " backfilled");
            store.recordBackfilledDay(day);
        }

        @Override
        public Optional<LocalDate> lastBackfilledDay() {
            return store.lastBackfilledDay();
        }
    }

    private static final class NoSnapshots implements TakePriceSnapshotPort {
        @Override
        public int snapshot(LocalDate from, LocalDate to) {
            return 0;
        }

        @Override
        public int summarise(LocalDate day) {
            return 0;
        }
    }
}

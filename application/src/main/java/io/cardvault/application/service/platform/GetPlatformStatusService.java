package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.GetPlatformStatusUseCase;
import io.cardvault.application.port.in.platform.TargetStatus;
import io.cardvault.application.port.in.platform.TargetStatus.State;
import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.ComponentStatusPort;
import io.cardvault.application.port.out.HealthProbePort;
import io.cardvault.application.port.out.LoadSourceRunsPort;
import io.cardvault.application.port.out.platform.SourceRunState;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.ComponentHealth;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The status page, checked on this node when asked: the API itself, each health probe (database,
 * cluster members), each daily price source's latest run and circuit, the recognition index, the
 * search index and the bulk files. A source's circuit is read from its run log: the fault-tolerance
 * fallback records a run refused by an open circuit with that message.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED) // a probe must work when transactions cannot
public class GetPlatformStatusService implements GetPlatformStatusUseCase {

    /** The sources the daily run reads; the others have no ingest yet. */
    static final List<PriceSource> DAILY_SOURCES = List.of(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING);
    /** A bulk file older than this means the daily rewrite stopped. */
    static final Duration BULK_DATA_STALE_AFTER = Duration.ofHours(36);

    private final Iterable<HealthProbePort> probes;
    private final Iterable<ComponentStatusPort> indexes;
    private final LoadSourceRunsPort sourceRuns;
    private final CardRecognitionPort recognizer;
    private final BulkFileStorePort bulkFiles;
    private final Clock clock;

    @Inject
    public GetPlatformStatusService(Instance<HealthProbePort> probes, Instance<ComponentStatusPort> indexes,
                                    LoadSourceRunsPort sourceRuns, CardRecognitionPort recognizer, BulkFileStorePort bulkFiles) {
        this(probes, indexes, sourceRuns, recognizer, bulkFiles, Clock.systemUTC());
    }

    public GetPlatformStatusService(Iterable<HealthProbePort> probes, Iterable<ComponentStatusPort> indexes,
                                    LoadSourceRunsPort sourceRuns, CardRecognitionPort recognizer, BulkFileStorePort bulkFiles,
                                    Clock clock) {
        this.probes = probes;
        this.indexes = indexes;
        this.sourceRuns = sourceRuns;
        this.recognizer = recognizer;
        this.bulkFiles = bulkFiles;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetPlatformStatusService() {
        this((Iterable<HealthProbePort>) null, null, null, null, null, null);
    }

    @Override
    public List<TargetStatus> status() {
        List<TargetStatus> targets = new ArrayList<>();
        targets.add(new TargetStatus("api", State.OPERATIONAL, clock.instant(), OptionalLong.of(0), Map.of()));
        StreamSupport.stream(probes.spliterator(), false)
                .map(probe -> timed(probe::probe))
                .sorted((a, b) -> a.target().compareTo(b.target()))
                .forEach(targets::add);
        targets.addAll(sources());
        targets.add(recognitionIndex());
        StreamSupport.stream(indexes.spliterator(), false).map(index -> timed(index::status)).forEach(targets::add);
        targets.add(bulkData());
        return targets;
    }

    /** A component's answer as a target: up is operational, down is down; the check's time is its latency. */
    private TargetStatus timed(Supplier<ComponentHealth> check) {
        long started = System.nanoTime();
        ComponentHealth health = check.get();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new TargetStatus(health.component(), health.up() ? State.OPERATIONAL : State.DOWN, clock.instant(),
                OptionalLong.of(millis), health.facts());
    }

    private List<TargetStatus> sources() {
        Map<PriceSource, SourceRunState> runs;
        try {
            runs = sourceRuns.latestRuns();
        } catch (RuntimeException unreadable) {
            // the run log lives in the database, whose own line says it is down
            return DAILY_SOURCES.stream().map(source -> new TargetStatus("source:" + source.code(), State.UNKNOWN,
                    clock.instant(), OptionalLong.empty(), Map.of("reason", "run log unreadable"))).toList();
        }
        return DAILY_SOURCES.stream().map(source -> source(source, runs.get(source))).toList();
    }

    static State sourceState(SourceRunState run) {
        if (run == null) {
            return State.UNKNOWN;
        }
        if (run.circuitOpen()) {
            return State.DOWN;
        }
        return run.status() == RunStatus.OK || run.status() == RunStatus.UNCHANGED ? State.OPERATIONAL : State.DEGRADED;
    }

    private TargetStatus source(PriceSource source, SourceRunState run) {
        Map<String, String> details = new LinkedHashMap<>();
        if (run == null) {
            details.put("last_run", "never");
            details.put("circuit", "closed");
        } else {
            details.put("last_run_at", run.startedAt().toString());
            run.finishedAt().ifPresent(at -> details.put("last_run_finished_at", at.toString()));
            details.put("last_run_status", run.status().name().toLowerCase(java.util.Locale.ROOT));
            run.message().ifPresent(message -> details.put("last_run_message", message));
            details.put("failures_in_a_row", Integer.toString(run.failuresInARow()));
            details.put("circuit", run.circuitOpen() ? "open" : "closed");
        }
        return new TargetStatus("source:" + source.code(), sourceState(run), clock.instant(), OptionalLong.empty(), details);
    }

    private TargetStatus recognitionIndex() {
        boolean ready = recognizer.ready();
        return new TargetStatus("recognition_index", ready ? State.OPERATIONAL : State.DEGRADED, clock.instant(),
                OptionalLong.empty(), Map.of("ready", Boolean.toString(ready)));
    }

    private TargetStatus bulkData() {
        Map<String, String> details = new LinkedHashMap<>();
        State state = State.OPERATIONAL;
        for (BulkDataKind kind : BulkDataKind.values()) {
            var current = bulkFiles.current(kind);
            if (current.isEmpty()) {
                details.put(kind.code(), "not written yet");
                state = State.DEGRADED;
            } else {
                details.put(kind.code(), current.get().file().updatedAt().toString());
                if (current.get().file().updatedAt().plus(BULK_DATA_STALE_AFTER).isBefore(clock.instant())) {
                    state = State.DEGRADED;
                }
            }
        }
        return new TargetStatus("bulk_data", state, clock.instant(), OptionalLong.empty(), details);
    }
}

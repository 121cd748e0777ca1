package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.platform.TargetStatus;
import io.cardvault.application.port.in.platform.TargetStatus.State;
import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.ComponentStatusPort;
import io.cardvault.application.port.out.HealthProbePort;
import io.cardvault.application.port.out.InMemoryBulkFiles;
import io.cardvault.application.port.out.InMemorySourceRuns;
import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.recognition.InMemoryCardRecognition;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.ComponentHealth;
import io.cardvault.domain.price.PriceSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GetPlatformStatusServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private final InMemorySourceRuns runs = new InMemorySourceRuns();
    private final InMemoryBulkFiles bulkFiles = new InMemoryBulkFiles();
    private final List<HealthProbePort> probes = List.of(
            () -> ComponentHealth.up(ComponentHealth.DATABASE, Map.of("version", "11.4")),
            () -> ComponentHealth.down("cluster", "member not running"));
    private final List<ComponentStatusPort> indexes = List.of(() -> ComponentHealth.up("search_index", Map.of("cards", "39372")));

    private Map<String, TargetStatus> status(BulkFileStorePort files) {
        return new GetPlatformStatusService(probes, indexes, runs, new InMemoryCardRecognition(), files, Clock.fixed(NOW, ZoneOffset.UTC))
                .status().stream().collect(Collectors.toMap(TargetStatus::target, Function.identity()));
    }

    @Test
    void every_target_is_listed_with_the_state_its_check_gave() {
        Map<String, TargetStatus> targets = status(bulkFiles);

        assertThat(targets.keySet()).containsExactlyInAnyOrder("api", "database", "cluster", "source:cardmarket", "source:tcgcsv",
                "source:pricecharting", "recognition_index", "search_index", "bulk_data");
        assertThat(targets.get("api").state()).isEqualTo(State.OPERATIONAL);
        assertThat(targets.get("database").state()).isEqualTo(State.OPERATIONAL);
        assertThat(targets.get("database").latencyMillis()).isPresent();
        assertThat(targets.get("database").details()).containsEntry("version", "11.4");
        assertThat(targets.get("cluster").state()).isEqualTo(State.DOWN);
        assertThat(targets.get("search_index").details()).containsEntry("cards", "39372");
        assertThat(targets.get("source:cardmarket").state()).isEqualTo(State.UNKNOWN);
        assertThat(targets.get("source:cardmarket").details()).containsEntry("last_run", "never");
        assertThat(targets.get("bulk_data").state()).isEqualTo(State.DEGRADED);
    }

    @Test
    void a_source_is_operational_after_a_good_run_degraded_after_a_failed_one_and_down_when_its_circuit_is_open() {
        runs.run(PriceSource.CARDMARKET, RunStatus.OK, null, NOW.minusSeconds(3600));
        runs.run(PriceSource.TCGCSV, RunStatus.FAILED, "HTTP 503 from upstream", NOW.minusSeconds(3600));
        runs.run(PriceSource.PRICECHARTING, RunStatus.FAILED, "circuit open: the source failed repeatedly", NOW.minusSeconds(60));

        Map<String, TargetStatus> targets = status(bulkFiles);

        assertThat(targets.get("source:cardmarket").state()).isEqualTo(State.OPERATIONAL);
        assertThat(targets.get("source:cardmarket").details()).containsEntry("circuit", "closed").containsEntry("last_run_status", "ok");
        assertThat(targets.get("source:tcgcsv").state()).isEqualTo(State.DEGRADED);
        assertThat(targets.get("source:tcgcsv").details()).containsEntry("failures_in_a_row", "1");
        assertThat(targets.get("source:pricecharting").state()).isEqualTo(State.DOWN);
        assertThat(targets.get("source:pricecharting").details()).containsEntry("circuit", "open");
    }

    @Test
    void fresh_bulk_files_are_operational_and_a_file_older_than_a_day_and_a_half_is_degraded() {
        for (BulkDataKind kind : BulkDataKind.values()) {
            try (BulkFileDraft draft = bulkFiles.begin(kind)) {
                draft.append(new BulkCard(1, "pokemon", 1, "BS", "Base", null, "1", "1/102", "Alakazam", "en", null, null,
                        new BulkCard.BulkCrossRefs(null, null, null, null, null, null), List.of()));
                draft.publish(kind == BulkDataKind.ALL_CARDS ? NOW.minusSeconds(3600) : NOW.minusSeconds(40 * 3600));
            }
        }

        TargetStatus bulk = status(bulkFiles).get("bulk_data");

        assertThat(bulk.state()).isEqualTo(State.DEGRADED);
        assertThat(bulk.details()).containsKeys("all_cards", "latest_prices");
    }

    @Test
    void an_unreadable_run_log_leaves_the_sources_unknown_instead_of_failing_the_page() {
        Map<String, TargetStatus> targets = new GetPlatformStatusService(probes, indexes, () -> {
            throw new IllegalStateException("database down");
        }, new InMemoryCardRecognition(), bulkFiles, Clock.fixed(NOW, ZoneOffset.UTC)).status().stream()
                .collect(Collectors.toMap(TargetStatus::target, Function.identity()));

        assertThat(targets.get("source:tcgcsv").state()).isEqualTo(State.UNKNOWN);
    }
}

package io.cardvault.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import io.cardvault.application.port.in.catalogue.CatalogueImportJob.State;
import io.cardvault.application.port.in.catalogue.CatalogueImportRunningException;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.UnknownCatalogueSourceException;
import io.cardvault.domain.catalogue.ChangeCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class CatalogueImportJobsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    /** Runs submitted work only when the test says so, so a job can be seen while it runs. */
    private final Queue<Runnable> executor = new ArrayDeque<>();
    private final List<String> imported = new ArrayList<>();
    private final List<String> rebuiltSearchAfter = new ArrayList<>();

    private final CatalogueImportJobs jobs = new CatalogueImportJobs(command -> {
        imported.add(command.source());
        if (command.refreshSearchIndex()) {
            rebuiltSearchAfter.add(command.source());
        }
        if (command.source().equals("tcgdex-broken")) {
            throw new IllegalStateException("cards.jsonl.gz is truncated");
        }
        return new ImportReport(command.source(), 2, 30, 31, 60, ChangeCounts.NONE, List.of(), Duration.ofSeconds(3));
    }, new CatalogueImportPolicy(List.of("tcgdex-en", "tcgdex-asia", "tcgdex-broken")), executor::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_job_of_several_sources_rebuilds_the_search_index_once_after_its_last() {
        jobs.start(List.of("tcgdex-en", "tcgdex-asia"));
        executor.remove().run();

        assertThat(imported).containsExactly("tcgdex-en", "tcgdex-asia");
        assertThat(rebuiltSearchAfter).containsExactly("tcgdex-asia");
    }

    @Test
    void no_sources_named_imports_every_configured_source_in_the_background_in_order() {
        CatalogueImportJob started = jobs.start(List.of());

        assertThat(started.state()).isEqualTo(State.RUNNING);
        assertThat(started.sources()).containsExactly("tcgdex-en", "tcgdex-asia", "tcgdex-broken");
        assertThat(started.finishedAt()).isNull();
        assertThat(imported).isEmpty();
        executor.remove().run();

        CatalogueImportJob finished = jobs.latest().orElseThrow();
        assertThat(imported).containsExactly("tcgdex-en", "tcgdex-asia", "tcgdex-broken");
        assertThat(finished.number()).isEqualTo(started.number());
        assertThat(finished.finishedAt()).isEqualTo(NOW);
        assertThat(finished.reports()).extracting(ImportReport::source).containsExactly("tcgdex-en", "tcgdex-asia");
        assertThat(finished.state()).isEqualTo(State.FAILED);
        assertThat(finished.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo("tcgdex-broken");
            assertThat(failure.detail()).isEqualTo("cards.jsonl.gz is truncated");
        });
    }

    @Test
    void a_second_import_while_one_runs_is_refused_and_allowed_once_it_finished() {
        jobs.start(List.of("tcgdex-en"));

        assertThatThrownBy(() -> jobs.start(List.of("tcgdex-asia")))
                .isInstanceOf(CatalogueImportRunningException.class)
                .hasMessageContaining("tcgdex-en is already running");
        executor.remove().run();
        assertThat(jobs.latest().orElseThrow().state()).isEqualTo(State.COMPLETED);

        CatalogueImportJob next = jobs.start(List.of("tcgdex-asia"));
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.state()).isEqualTo(State.RUNNING);
    }

    @Test
    void an_unknown_source_starts_nothing() {
        assertThatThrownBy(() -> jobs.start(List.of("tcgdex-en", "scryfall")))
                .isInstanceOf(UnknownCatalogueSourceException.class)
                .hasMessageContaining("scryfall");

        assertThat(jobs.latest()).isEmpty();
        assertThat(executor).isEmpty();
    }
}

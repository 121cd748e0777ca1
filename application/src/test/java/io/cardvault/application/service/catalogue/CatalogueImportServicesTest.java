package io.cardvault.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.catalogue.CatalogueImportJob;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCardSearch;
import io.cardvault.application.port.out.InMemoryCatalogueSource;
import io.cardvault.application.port.out.InMemoryCatalogueStore;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CatalogueStats;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Starting an import, following its job, and reading what it left behind, on the shared fakes. */
class CatalogueImportServicesTest {

    private final CardSet set = CatalogueFixtures.baseSet();
    private final InMemoryCatalogueSource sources = new InMemoryCatalogueSource().with("tcgdex-en", "pokemon", List.of(set),
            CatalogueFixtures.evolutionLine(set).stream()
                    .<SourceRow>map(card -> new SourceRow.Parsed(set.key().externalId(), card)).toList());
    private final InMemoryCatalogueStore store = new InMemoryCatalogueStore(CatalogueFixtures.POKEMON);
    private final InMemoryCardSearch searchIndex = new InMemoryCardSearch(new InMemoryCatalogueViews());
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final CatalogueImportJobs jobs = new CatalogueImportJobs(new ImportCatalogueService(sources, store, searchIndex),
            new CatalogueImportPolicy(List.of("tcgdex-en")), background::add);

    @Test
    void an_import_started_runs_in_the_background_and_its_job_reports_the_outcome() {
        assertThat(new GetCatalogueImportJobService(jobs).latestImport()).isEmpty();

        CatalogueImportJob started = new StartCatalogueImportService(jobs).start(List.of());

        assertThat(started.state()).isEqualTo(CatalogueImportJob.State.RUNNING);
        assertThat(new GetCatalogueImportJobService(jobs).latestImport()).map(CatalogueImportJob::state)
                .contains(CatalogueImportJob.State.RUNNING);
        background.remove().run();
        CatalogueImportJob finished = new GetCatalogueImportJobService(jobs).latestImport().orElseThrow();
        assertThat(finished.state()).isEqualTo(CatalogueImportJob.State.COMPLETED);
        assertThat(finished.reports()).extracting(ImportReport::cards).containsExactly(3);
        assertThat(searchIndex.refreshes()).isEqualTo(1);
    }

    @Test
    void after_an_import_the_counters_and_the_imported_sources_tell_of_it() {
        assertThat(new ListImportedCatalogueSourcesService(store).importedSources()).isEmpty();

        new StartCatalogueImportService(jobs).start(List.of("tcgdex-en"));
        background.remove().run();

        CatalogueStats stats = new GetCatalogueStatsService(store).stats().orElseThrow();
        assertThat(stats.sets()).isEqualTo(1);
        assertThat(stats.cards()).isEqualTo(3);
        assertThat(stats.perGame().get("pokemon").cards()).isEqualTo(3);
        assertThat(new ListImportedCatalogueSourcesService(store).importedSources()).containsExactly("tcgdex-en");
    }
}

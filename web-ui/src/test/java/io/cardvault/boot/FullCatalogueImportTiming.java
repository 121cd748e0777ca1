package io.cardvault.boot;

import io.cardvault.adapter.out.sources.catalogue.Bounded;
import io.cardvault.adapter.out.sources.fab.FabExport;
import io.cardvault.adapter.out.sources.lorcana.LorcanaData;
import io.cardvault.adapter.out.sources.mtgjson.MtgjsonDump;
import io.cardvault.adapter.out.sources.tcgdex.SliceSource;
import io.cardvault.adapter.out.sources.ygojson.YgojsonDump;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.out.StoreCataloguePort;
import io.cardvault.application.service.catalogue.ImportCatalogueService;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import java.time.Duration;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The whole catalogue (every game's dump: tcgdex, MTGJSON, YGOJSON, Flesh and Blood, Lorcana) into a fresh MariaDB, as the
 * start-up job imports it, then again. Run by hand, it takes minutes:
 * {@code nice -n 10 ./mvnw -pl web-ui -am test
 * -Dtest=FullCatalogueImportTiming -Dcatalogue.full=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "catalogue.full", matches = "true")
class FullCatalogueImportTiming {

    private static final Logger LOG = Logger.getLogger(FullCatalogueImportTiming.class.getName());

    /** Every dump the demo configures; like the start-up job, the search index is rebuilt once, after the last. */
    private static final String[] SOURCES = {"tcgdex-en", "tcgdex-asia", "mtgjson", "ygojson", "fab", "lorcana"};

    @Test
    void givenEveryDump_fullImport_takesUnderThreeMinutesAndARerunChangesNothing() {
        DataSource dataSource = TestDatabase.fresh("catalogue_full");
        StoreCataloguePort store = TestDatabase.catalogueStore(dataSource);
        TestSearchIndex.SearchIndex searchIndex = TestSearchIndex.over(dataSource);
        ImportCatalogueService service = new ImportCatalogueService(
                Bounded.dumps("none", SliceSource.whole(), MtgjsonDump.whole(), YgojsonDump.whole(), FabExport.whole(),
                        LorcanaData.whole()), store, searchIndex);

        long started = System.nanoTime();
        ImportReport[] first = importAll(service);
        Duration firstRun = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        ImportReport[] again = importAll(service);
        Duration rerun = Duration.ofNanos(System.nanoTime() - started);

        for (ImportReport report : first) {
            LOG.info(() -> String.format("TIMING %s: %d sets, %d cards, %d printings, %d variants, %d skipped %s in %s",
                    report.source(), report.sets(), report.cards(), report.printings(), report.variants(),
                    report.skipped().size(), report.skipped(), report.duration()));
        }
        LOG.info(() -> "TIMING full import " + firstRun + ", re-run " + rerun + ", stats "
                + TestDatabase.catalogueStats(dataSource).loadStats().orElseThrow());
        assertThat(Arrays.stream(again).allMatch(ImportReport::changedNothing)).isTrue();
        assertThat(firstRun).isLessThan(Duration.ofMinutes(3));

        measureSearch(searchIndex);
    }

    private static ImportReport[] importAll(ImportCatalogueService service) {
        ImportReport[] reports = new ImportReport[SOURCES.length];
        for (int i = 0; i < SOURCES.length; i++) {
            reports[i] = service.importCatalogue(new ImportCatalogueCommand(SOURCES[i], i == SOURCES.length - 1));
        }
        return reports;
    }

    /** Index build over the whole catalogue, then latency of typical searches (not a gate: figures for docs/benchmarks.md). */
    private static void measureSearch(TestSearchIndex.SearchIndex searchIndex) {
        for (int build = 0; build < 3; build++) {
            long started = System.nanoTime();
            searchIndex.refreshSearchIndex();
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            LOG.info(() -> "TIMING search index build " + millis + " ms");
        }
        String[] queries = {"charizard", "pokemon", "Dracaufeu", "リザードン", "charizard 4/102", "4", "pika", "base set", "ex"};
        for (String text : queries) {
            CardSearchCriteria criteria = new CardSearchCriteria(text, null, null, null, null, null, 50, 0);
            for (int warm = 0; warm < 200; warm++) {
                searchIndex.search(criteria);
            }
            long[] nanos = new long[1_000];
            long total = 0;
            for (int i = 0; i < nanos.length; i++) {
                long started = System.nanoTime();
                total = searchIndex.search(criteria).total();
                nanos[i] = System.nanoTime() - started;
            }
            Arrays.sort(nanos);
            long matches = total;
            LOG.info(() -> String.format("TIMING search '%s': %d matches, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", text, matches,
                    nanos[500] / 1e6, nanos[950] / 1e6, nanos[990] / 1e6));
            assertThat(matches).as(text).isPositive();
        }
    }
}

package io.cardvault.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.adapter.out.sources.catalogue.Bounded;
import io.cardvault.adapter.out.sources.lorcana.LorcanaData;
import io.cardvault.adapter.out.sources.ygojson.YgojsonDump;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.service.catalogue.ImportCatalogueService;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Yu-Gi-Oh! and Lorcana from the real dumps, imported by the real use case through the production
 * set filter into MariaDB with the real migrations, twice. The whole of both, timed, by hand:
 * {@code nice -n 10 ./mvnw -pl web-ui -am test -Dtest=RealYgoLorcanaImportTest -Dcatalogue.full=true
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
class RealYgoLorcanaImportTest {

    private static final Logger LOG = Logger.getLogger(RealYgoLorcanaImportTest.class.getName());
    /** Legend of Blue Eyes White Dragon (the first TCG set) and The First Chapter. */
    static final String SLICE = "ygojson:240fad99-f00a-41ed-99e9-26656d0d677c;lorcana:tfc";

    @Test
    void givenLobAndTheFirstChapter_importTwice_changesNothingAndStoresNamesAndIds() throws SQLException {
        DataSource dataSource = TestDatabase.fresh("catalogue_ygo_lorcana");
        ImportCatalogueService service = service(dataSource, SLICE);

        ImportReport ygo = service.importCatalogue(new ImportCatalogueCommand("ygojson"));
        ImportReport lorcana = service.importCatalogue(new ImportCatalogueCommand("lorcana"));

        assertThat(ygo.sets()).isEqualTo(1);
        // 126 pieces; Electro-Whip is LOB-EN093 and, in the European English list, number 073: two cards
        assertThat(ygo.cards()).isEqualTo(127);
        assertThat(lorcana.sets()).isEqualTo(1);
        assertThat(lorcana.cards()).isEqualTo(216);
        assertThat(service.importCatalogue(new ImportCatalogueCommand("ygojson")).changedNothing()).isTrue();
        assertThat(service.importCatalogue(new ImportCatalogueCommand("lorcana")).changedNothing()).isTrue();

        assertThat(query(dataSource, "SELECT CONCAT(c.collector_number, ' ', c.konami_id, ' ', c.ygo_password, ' ', c.ygoprodeck_id) "
                + "FROM card_name n JOIN card c ON c.id = n.card_id WHERE n.name = '青眼の白龍'"))
                .containsExactly("LOB-EN001 4007 89631139 89631139");
        assertThat(query(dataSource, "SELECT c.collector_number FROM card_name n JOIN card c ON c.id = n.card_id "
                + "WHERE n.name = 'Blauäugiger w. Drache'")).containsExactly("LOB-EN001");
        assertThat(query(dataSource, "SELECT CONCAT(c.collector_number, ' ', c.dreamborn_id, ' ', c.ravensburger_id) FROM card c "
                + "JOIN game g ON g.id = c.game_id WHERE g.slug = 'lorcana' AND c.name = 'Ariel - On Human Legs'"))
                .containsExactly("1/204 001-001 1/204 EN 1");
        assertThat(query(dataSource, "SELECT v.ravensburger_id FROM variant v JOIN printing p ON p.id = v.printing_id "
                + "JOIN card c ON c.id = p.card_id WHERE c.dreamborn_id = '001-001' AND p.language = 'de'"))
                .containsOnly("1/204 DE 1").hasSize(2);
    }

    @Test
    @EnabledIfSystemProperty(named = "catalogue.full", matches = "true")
    void givenBothWholeDumps_fullImport_isTimedAndARerunChangesNothing() {
        DataSource dataSource = TestDatabase.fresh("catalogue_ygo_lorcana_full");
        ImportCatalogueService service = service(dataSource, "none");

        long started = System.nanoTime();
        ImportReport ygo = service.importCatalogue(new ImportCatalogueCommand("ygojson"));
        ImportReport lorcana = service.importCatalogue(new ImportCatalogueCommand("lorcana"));
        Duration first = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        ImportReport ygoAgain = service.importCatalogue(new ImportCatalogueCommand("ygojson"));
        ImportReport lorcanaAgain = service.importCatalogue(new ImportCatalogueCommand("lorcana"));
        Duration rerun = Duration.ofNanos(System.nanoTime() - started);

        for (ImportReport report : List.of(ygo, lorcana)) {
            LOG.info(() -> String.format("TIMING %s: %d sets, %d cards, %d printings, %d variants, %d skipped in %s; first skipped %s",
                    report.source(), report.sets(), report.cards(), report.printings(), report.variants(),
                    report.skipped().size(), report.duration(), report.skipped().stream().limit(5).toList()));
        }
        LOG.info(() -> "TIMING yugioh + lorcana import " + first + ", re-run " + rerun);
        assertThat(ygoAgain.changedNothing()).as(ygoAgain.changes().toString()).isTrue();
        assertThat(lorcanaAgain.changedNothing()).as(lorcanaAgain.changes().toString()).isTrue();
        assertThat(ygo.cards()).isGreaterThan(65_000);
        TestSearchIndex.SearchIndex search = TestSearchIndex.over(dataSource);
        assertThat(search.search(new CardSearchCriteria("青眼の白龍", null, null, null, null, null, 50, 0)).total()).isGreaterThan(50);
    }

    private static ImportCatalogueService service(DataSource dataSource, String filter) {
        return new ImportCatalogueService(Bounded.dumps(filter, YgojsonDump.whole(), LorcanaData.whole()),
                TestDatabase.catalogueStore(dataSource), TestSearchIndex.over(dataSource));
    }

    private static List<String> query(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

package io.cardvault.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.adapter.out.sources.catalogue.Bounded;
import io.cardvault.adapter.out.sources.fab.FabExport;
import io.cardvault.adapter.out.sources.mtgjson.MtgjsonDump;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.service.catalogue.ImportCatalogueService;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import io.cardvault.domain.catalogue.CatalogueStats;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Magic's Alpha and Tenth Edition and Flesh and Blood's Welcome to Rathe, from the real dumps,
 * imported through the production set filter by the real use case into MariaDB, twice.
 */
class RealMtgFabCatalogueImportTest {

    private static DataSource dataSource;
    private static TestSearchIndex.SearchIndex searchIndex;
    private static ImportCatalogueService service;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("catalogue_mtg_fab");
        searchIndex = TestSearchIndex.over(dataSource);
        service = new ImportCatalogueService(Bounded.dumps("mtgjson:LEA,10E;fab:WTR", MtgjsonDump.whole(), FabExport.whole()),
                TestDatabase.catalogueStore(dataSource), searchIndex);
    }

    @Test
    void givenTenthEditionImported_search_findsAncestorsChosenByItsGermanAndJapaneseNames() {
        service.importCatalogue(new ImportCatalogueCommand("mtgjson"));

        for (String foreign : List.of("Ausgewählter der Ahnfrau", "祖神に選ばれし者")) {
            CardSearchPage page = searchIndex.search(new CardSearchCriteria(foreign, "mtg", null, null, null, null, 10, 0));
            assertThat(page.hits()).as(foreign).extracting(CardSearchHit::name).contains("Ancestor's Chosen");
        }
    }

    @Test
    void givenTwoMagicSetsAndOneFabSet_importTwice_changesNothingTheSecondTimeAndCountsPerGame() throws SQLException {
        ImportReport mtg = service.importCatalogue(new ImportCatalogueCommand("mtgjson"));
        ImportReport fab = service.importCatalogue(new ImportCatalogueCommand("fab"));

        assertThat(mtg.sets()).isEqualTo(2);
        assertThat(mtg.cards()).as("every row of Alpha and Tenth Edition").isEqualTo(295 + 508);
        assertThat(mtg.skipped()).isEmpty();
        assertThat(fab.sets()).isEqualTo(1);
        assertThat(fab.skipped()).isEmpty();

        ImportReport mtgAgain = service.importCatalogue(new ImportCatalogueCommand("mtgjson"));
        ImportReport fabAgain = service.importCatalogue(new ImportCatalogueCommand("fab"));
        assertThat(mtgAgain.changedNothing()).as(mtgAgain.changes().toString()).isTrue();
        assertThat(fabAgain.changedNothing()).as(fabAgain.changes().toString()).isTrue();

        CatalogueStats stats = TestDatabase.catalogueStats(dataSource).loadStats().orElseThrow();
        assertThat(stats.perGame().get("mtg").cards()).isEqualTo(mtg.cards());
        assertThat(stats.perGame().get("flesh-and-blood").cards()).isEqualTo(fab.cards());
    }

    @Test
    void givenAlphaImported_blackLotus_hasItsIdsLegalitiesAndFinish() throws SQLException {
        service.importCatalogue(new ImportCatalogueCommand("mtgjson"));

        assertThat(query("SELECT CONCAT(c.collector_number, ' ', c.tcgplayer_product_id, ' ', c.cardmarket_product_id, ' ', "
                + "c.scryfall_id, ' ', c.mtgjson_uuid) FROM card c JOIN card_set s ON s.id = c.set_id "
                + "WHERE s.external_id = 'LEA' AND c.name = 'Black Lotus'"))
                .containsExactly("232 1042 5465 b0faa7f2-b547-42c4-a810-839da50dadfe d4d8c9f9-31ed-53ed-ab67-eba86e2198fe");
        assertThat(query("SELECT CONCAT(l.format, '=', l.legality) FROM card_legality l JOIN card c ON c.id = l.card_id "
                + "WHERE c.mtgjson_uuid = 'd4d8c9f9-31ed-53ed-ab67-eba86e2198fe' ORDER BY l.format"))
                .containsExactly("commander=banned", "duel=banned", "legacy=banned", "oldschool=restricted",
                        "vintage=restricted");
        assertThat(query("SELECT c.name FROM card_name n JOIN card c ON c.id = n.card_id "
                + "WHERE n.language = 'de' AND n.name = 'Ausgewählter der Ahnfrau'"))
                .containsExactly("Ancestor's Chosen");
    }

    @Test
    void givenWelcomeToRatheImported_enlightenedStrike_hasItsFirstEditionAndUnlimitedFoils() throws SQLException {
        service.importCatalogue(new ImportCatalogueCommand("fab"));

        assertThat(query("SELECT CONCAT(p.print_run, ' ', v.variant_key, ' ', v.tcgplayer_product_id) FROM variant v "
                + "JOIN printing p ON p.id = v.printing_id JOIN card c ON c.id = p.card_id "
                + "WHERE c.external_id = 'WTR159:enlightened-strike-red' ORDER BY p.print_run, v.variant_key"))
                .containsExactly("1st_edition holofoil|foil:rainbow 225229", "1st_edition normal 225229",
                        "unlimited holofoil|foil:rainbow 225229", "unlimited normal 225229");
        assertThat(query("SELECT slug FROM game WHERE id = 4")).containsExactly("flesh-and-blood");
    }

    private static List<String> query(String sql) throws SQLException {
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

package io.cardvault.boot;

import io.cardvault.adapter.out.sources.tcgdex.SliceSource;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.SkippedRow;
import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.application.service.catalogue.ImportCatalogueService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Base Set (international) and Triplet Beat (SV1a, Japanese/Asian) from the real dumps, imported
 * by the real use case into MariaDB with the real migrations, twice.
 */
class RealCatalogueImportTest {

    private static final List<String> BAD_ROWS = List.of(
            "{\"id\":\"base1-999\",\"localId\":\"999\",\"setId\":\"base1\",\"name\":{}}",
            "{\"id\":\"nowhere-1\",\"localId\":\"1\",\"setId\":\"nowhere\",\"name\":{\"en\":\"Ghost\"}}");

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("catalogue_real_slice");
    }

    @Test
    void givenBaseSetAndTripletBeat_importTwice_keepsIdsChangesNothingAndCountsExactly() throws SQLException {
        ImportReport en = service(Set.of("base1")).importCatalogue(new ImportCatalogueCommand("tcgdex-en"));
        ImportReport asia = service(Set.of("SV1a")).importCatalogue(new ImportCatalogueCommand("tcgdex-asia"));
        List<String> idsAfterFirst = snapshot();

        assertThat(en.cards()).isEqualTo(102);
        assertThat(en.skipped()).containsExactlyInAnyOrder(
                new SkippedRow("base1-999", "missing name"), new SkippedRow("nowhere-1", "unknown set nowhere"));
        assertThat(asia.sets()).isEqualTo(1);
        assertThat(asia.cards()).isGreaterThan(73);

        ImportReport enAgain = service(Set.of("base1")).importCatalogue(new ImportCatalogueCommand("tcgdex-en"));
        ImportReport asiaAgain = service(Set.of("SV1a")).importCatalogue(new ImportCatalogueCommand("tcgdex-asia"));

        assertThat(enAgain.changedNothing()).as(enAgain.changes().toString()).isTrue();
        assertThat(asiaAgain.changedNothing()).as(asiaAgain.changes().toString()).isTrue();
        assertThat(snapshot()).isEqualTo(idsAfterFirst);

        CatalogueStats stats = TestDatabase.catalogueStats(dataSource).loadStats().orElseThrow();
        assertThat(stats.sets()).isEqualTo(count("card_set")).isEqualTo(2);
        assertThat(stats.cards()).isEqualTo(count("card")).isEqualTo(en.cards() + asia.cards());
        assertThat(stats.printings()).isEqualTo(count("printing")).isEqualTo(en.printings() + asia.printings());
        assertThat(stats.variants()).isEqualTo(count("variant")).isEqualTo(en.variants() + asia.variants());
        assertThat(stats.perGame().get("pokemon").cards()).isEqualTo(stats.cards());
        assertThat(query("SELECT card_count FROM card_set WHERE external_id = 'base1'")).containsExactly("102");
    }

    @Test
    void givenImportedBaseSet_charizard_isFoundByNumberNameAndCrossReference() throws SQLException {
        service(Set.of("base1")).importCatalogue(new ImportCatalogueCommand("tcgdex-en"));

        assertThat(query("SELECT c.name FROM card c JOIN game g ON g.id = c.game_id "
                + "WHERE g.slug = 'pokemon' AND c.collector_number = '4/102' AND c.name LIKE '%charizard%'"))
                .containsExactly("Charizard");
        assertThat(query("SELECT p.print_run FROM variant v JOIN printing p ON p.id = v.printing_id "
                + "WHERE v.tcgplayer_product_id = 106999 AND p.language = 'en' ORDER BY p.print_run"))
                .containsExactly("1st_edition", "shadowless");
        assertThat(query("SELECT p.print_run FROM variant v JOIN printing p ON p.id = v.printing_id "
                + "WHERE v.cardmarket_product_id = 660224 AND p.language = 'en' ORDER BY p.print_run"))
                .as("Cardmarket's Shadowless product is the Shadowless variant's alone").containsExactly("shadowless");
        assertThat(query("SELECT c.external_id FROM card_name n JOIN card c ON c.id = n.card_id WHERE n.name = 'glurak'"))
                .containsExactly("base1-4");
    }

    private static ImportCatalogueService service(Set<String> sets) {
        return new ImportCatalogueService(new SliceSource(sets, BAD_ROWS), TestDatabase.catalogueStore(dataSource),
                TestSearchIndex.over(dataSource));
    }

    private static List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(query("SELECT CONCAT(id, ':', catalogue, ':', external_id, ':', HEX(fingerprint)) FROM card_set ORDER BY id"));
        rows.addAll(query("SELECT CONCAT(id, ':', external_id, ':', HEX(fingerprint)) FROM card ORDER BY id"));
        rows.addAll(query("SELECT CONCAT(id, ':', card_id, ':', language, ':', print_run) FROM printing ORDER BY id"));
        rows.addAll(query("SELECT CONCAT(id, ':', printing_id, ':', variant_key, ':', HEX(fingerprint)) FROM variant ORDER BY id"));
        rows.addAll(query("SELECT CONCAT(card_id, ':', language, ':', name) FROM card_name ORDER BY card_id, language"));
        rows.addAll(query("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME"));
        return rows;
    }

    private static long count(String table) throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM " + table).get(0));
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

package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.Window;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resolver answered from the search index alone gives, page for page, what the SQL paths give:
 * the scan of the name table (no index) and the index's ids ordered by the database. The fixture
 * is built to tie: sets released the same day and undated ones, local ids that share a number and
 * differ only by letters, case or leading zeros (the collation decides those), no number at all,
 * names in several languages and two games.
 */
class ResolverFromIndexTest {

    private static final String[] NAMES = {"Pikachu", "Pikachu ex", "Flying Pikachu", "Raichu", "Charizard",
        "Dark Charizard", "Charmander", "Lightning Bolt", "Island", "Pika Pika"};
    private static final String[] FRENCH = {"Pikachu", "Pikachu-ex", "Pikachu Volant", "Raichu", "Dracaufeu",
        "Dracaufeu obscur", "Salamèche", "Éclair", "Île", "Pika Pika"};
    private static final String[] LOCAL_IDS = {"1", "1a", "1A", "01", "1b", "2", "10", "100", "TG01", "SV-P", "3", "003"};
    private static final String[] DAYS = {"'1999-01-09'", "'1999-01-09'", "'2003-06-18'", "NULL", "'2023-03-10'", "NULL"};

    private static JdbcCatalogueViews scanning;
    private static JdbcCatalogueViews indexed;

    @BeforeAll
    static void catalogue() throws SQLException {
        DataSource dataSource = TestDatabase.fresh("resolver_from_index");
        Random random = new Random(62);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            List<String> sets = new ArrayList<>();
            for (int set = 1; set <= 24; set++) {
                sets.add("(" + set + ", " + (set % 4 == 0 ? "(SELECT id FROM game WHERE slug = 'mtg')" : "1")
                        + ", 't', 'set" + set + "', 'S" + set + "', 'Set " + set + "', " + DAYS[(set * 7) % DAYS.length]
                        + ", 20, 20, '" + (set % 3 == 0 ? "fr" : "en") + "', 'en', 0, x'00')");
            }
            sql.execute("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, official_count, "
                    + "card_count, language, languages, is_promo, fingerprint) VALUES " + String.join(", ", sets));
            List<String> cards = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int id = 5000;
            for (int set = 1; set <= 24; set++) {
                for (int i = 0; i < 18; i++) {
                    id -= 1 + random.nextInt(3); // ids run against the order
                    String localId = LOCAL_IDS[random.nextInt(LOCAL_IDS.length)];
                    String digits = localId.replaceAll("^\\D*(\\d*).*$", "$1");
                    int name = random.nextInt(NAMES.length);
                    cards.add("(" + id + ", " + set + ", " + (set % 4 == 0 ? "(SELECT id FROM game WHERE slug = 'mtg')" : "1")
                            + ", 'c" + id + "', '" + localId + "', " + (digits.isEmpty() ? "NULL" : digits) + ", '" + localId
                            + "/20', '" + NAMES[name] + "', " + (i % 5 == 0 ? "NULL" : "'Common'") + ", " + (i % 2 == 0 ? "60" : "NULL")
                            + ", 'Lightning', x'00')");
                    names.add("(" + id + ", 'en', '" + NAMES[name] + "')");
                    if (set % 3 == 0) {
                        names.add("(" + id + ", 'fr', '" + FRENCH[name] + "')");
                    }
                }
            }
            sql.execute("INSERT INTO card (id, set_id, game_id, external_id, local_id, number_sort, collector_number, name, "
                    + "rarity, hp, types, fingerprint) VALUES " + String.join(", ", cards));
            sql.execute("INSERT INTO card_name (card_id, language, name) VALUES " + String.join(", ", names));
        }
        scanning = new JdbcCatalogueViews(dataSource);
        indexed = new JdbcCatalogueViews(dataSource, TestSearchIndex.over(dataSource));
    }

    @Test
    void every_page_from_the_index_equals_the_scan_and_the_index_ids_ordered_by_the_database() {
        int compared = 0;
        for (String name : List.of("pikachu", "PIKA", "chu", "charizard", "izard", "salameche", "eclair", "Lightning",
                "ile", "ika pi", "dracaufeu", "nothing like it")) {
            for (String game : Arrays.asList(null, "pokemon", "mtg")) {
                CardCriteria criteria = new CardCriteria(game, null, name, null, null);
                for (int limit : new int[] {1, 2, 3, 5, 8, 25, 100}) {
                    List<CardOverview> fromIndex = indexed.firstCards(criteria, limit);
                    assertThat(fromIndex).as("%s in %s, limit %d: the scan", name, game, limit)
                            .isEqualTo(scanning.cards(criteria, new Window(0, limit)).items());
                    assertThat(fromIndex).as("%s in %s, limit %d: the index's ids in SQL order", name, game, limit)
                            .isEqualTo(indexed.cards(criteria, new Window(0, limit)).items());
                    compared += fromIndex.size();
                }
            }
        }
        assertThat(compared).as("the fixture matches something").isGreaterThan(1_000);
    }
}

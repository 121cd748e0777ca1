package io.cardvault.adapter.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter on a real MariaDB: reads the catalogue tables and follows their changes. */
class LuceneCardSearchTest {

    private DataSource dataSource;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private LuceneCardSearch search;

    @BeforeEach
    void catalogue() throws SQLException {
        dataSource = TestDatabase.fresh("search_index");
        sql("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, language, languages, is_promo, fingerprint) "
                + "VALUES (7, 1, 'test', 'base1', 'BS', 'Base', 'en', 'en,fr', FALSE, UNHEX(SHA1('s')))");
        sql("INSERT INTO card_set_name (set_id, language, name) VALUES (7, 'en', 'Base'), (7, 'fr', 'Set de Base')");
        card(40, "4", "4/102", "Charizard", "Rare Holo");
        sql("INSERT INTO card_name (card_id, language, name) VALUES (40, 'en', 'Charizard'), (40, 'fr', 'Dracaufeu'), "
                + "(40, 'ja', 'リザードン')");
        sql("UPDATE catalogue_stat SET updated_at = '2026-01-01 00:00:00'");
        search = new LuceneCardSearch(dataSource, Runnable::run, clock::get);
    }

    @Test
    void the_first_search_builds_the_index_from_the_catalogue_tables() {
        List<CardSearchHit> hits = search.search(criteria("dracaufeu")).hits();

        assertThat(hits).extracting(CardSearchHit::name, CardSearchHit::number, CardSearchHit::setName,
                        CardSearchHit::setCode, CardSearchHit::gameSlug, CardSearchHit::rarity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Charizard", "4", "Base", "BS", "pokemon", "Rare Holo"));
        assertThat(search.search(criteria("リザードン")).total()).isEqualTo(1);
        assertThat(search.search(criteria("set de base 4/102")).total()).isEqualTo(1);
    }

    @Test
    void name_lookups_come_from_a_current_index_only() throws SQLException {
        assertThat(search.cardsWithNameContaining("dracau")).as("never built: the lookup builds it").contains(java.util.Set.of(40L));
        assertThat(search.cardsWithNameContaining("dracau")).contains(java.util.Set.of(40L));

        card(41, "58", "58/102", "Pikachu", "Common");
        sql("UPDATE catalogue_stat SET updated_at = '2026-01-02 00:00:00'");

        assertThat(search.cardsWithNameContaining("pikach")).as("stale: the caller scans, a rebuild starts").isEmpty();
        assertThat(search.cardsWithNameContaining("pikach")).contains(java.util.Set.of(41L));
    }

    @Test
    void a_price_ingest_leaves_name_lookups_on_the_index_while_it_refreshes() throws SQLException {
        search.search(criteria("charizard"));
        AtomicLong rebuildsQueued = new AtomicLong();
        LuceneCardSearch counting = new LuceneCardSearch(dataSource, work -> {
            rebuildsQueued.incrementAndGet();
            work.run();
        }, clock::get);
        counting.search(criteria("charizard"));

        sql("UPDATE price_stat SET updated_at = '2026-01-03 00:00:00'");

        assertThat(counting.cardsWithNameContaining("dracau")).as("names did not move").contains(java.util.Set.of(40L));
        assertThat(rebuildsQueued).as("the prices are refreshed behind it").hasValue(1);
    }

    @Test
    void the_start_build_serves_the_first_search_without_a_second_build() throws SQLException {
        search.buildOnStart(new Object());
        card(41, "58", "58/102", "Pikachu", "Common"); // stored after the start build, version unchanged

        assertThat(search.search(criteria("pikachu")).total()).isZero();
        assertThat(search.search(criteria("charizard")).total()).isEqualTo(1);
    }

    @Test
    void a_refresh_shows_what_was_stored_since() throws SQLException, IOException {
        search.search(criteria("charizard"));
        card(41, "58", "58/102", "Pikachu", "Common");

        assertThat(search.search(criteria("pikachu")).total()).as("before the refresh").isZero();
        search.refreshSearchIndex();

        assertThat(search.search(criteria("pikachu")).total()).isEqualTo(1);
        assertThat(search.indexedCards()).isEqualTo(2);
    }

    @Test
    void a_catalogue_change_made_elsewhere_is_picked_up_after_the_check_interval() throws SQLException {
        search.search(criteria("charizard"));
        card(41, "58", "58/102", "Pikachu", "Common");
        sql("UPDATE catalogue_stat SET updated_at = '2026-01-02 00:00:00'");

        assertThat(search.search(criteria("pikachu")).total()).as("within the interval").isZero();
        clock.addAndGet(LuceneCardSearch.VERSION_CHECK_MILLIS);
        search.search(criteria("pikachu")); // notices, rebuilds (in this thread here)

        assertThat(search.search(criteria("pikachu")).total()).isEqualTo(1);
    }

    @Test
    void a_price_ingest_made_elsewhere_is_picked_up_after_the_check_interval() throws SQLException {
        search.search(criteria("charizard"));
        sql("INSERT INTO card_price_summary (card_id, best_price, currency, price_change_7d, as_of) "
                + "VALUES (40, 350.25, 'USD', -2.50, '2026-06-05')");
        sql("UPDATE price_stat SET updated_at = '2030-01-01 00:00:00'");

        assertThat(search.search(criteria("charizard")).hits().get(0).best()).as("within the interval").isEmpty();
        clock.addAndGet(LuceneCardSearch.VERSION_CHECK_MILLIS);
        search.search(criteria("charizard")); // notices, rebuilds (in this thread here)

        CardSearchHit hit = search.search(criteria("charizard")).hits().get(0);
        assertThat(hit.best()).contains(io.cardvault.domain.shared.Money.of("350.25", "USD"));
        assertThat(hit.change7d()).contains(new java.math.BigDecimal("-2.50"));
    }

    @Test
    void an_unchanged_catalogue_is_not_reindexed() throws SQLException {
        search.search(criteria("charizard"));
        card(41, "58", "58/102", "Pikachu", "Common"); // written without moving the version

        clock.addAndGet(LuceneCardSearch.VERSION_CHECK_MILLIS * 3);
        search.search(criteria("pikachu"));

        assertThat(search.search(criteria("pikachu")).total()).isZero();
    }

    private void card(long id, String localId, String number, String name, String rarity) throws SQLException {
        sql("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, category, rarity, fingerprint) "
                + "VALUES (" + id + ", 7, 1, 'base1-" + localId + "', '" + localId + "', '" + number + "', '" + name
                + "', 'Pokemon', '" + rarity + "', UNHEX(SHA1('c')))");
    }

    private void sql(String statement) throws SQLException {
        TestDatabase.execute(dataSource, statement);
    }

    private static CardSearchCriteria criteria(String text) {
        return new CardSearchCriteria(text, null, null, null, null, null, 50, 0);
    }
}

package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.search.CardNameIndex;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read adapter on real MariaDB with hand-written rows: two sets, a small evolution line, variants with ids. */
class JdbcCatalogueViewsTest {

    private static DataSource dataSource;
    private static JdbcCatalogueViews views;

    @BeforeAll
    static void database() throws SQLException {
        dataSource = TestDatabase.fresh("catalogue_views");
        views = new JdbcCatalogueViews(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, official_count, "
                    + "card_count, language, languages, is_promo, fingerprint) VALUES "
                    + "(10, 1, 't', 'base1', 'BS', 'Base Set', '1999-01-09', 102, 4, 'en', 'en', 0, x'00'), "
                    + "(11, 1, 't', 'sv1a', 'SV1a', 'Triplet Beat', '2023-03-10', 73, 1, 'ja', 'ja', 0, x'00'), "
                    + "(12, 1, 't', 'jungle', 'JU', 'Jungle', '1999-06-16', 64, 0, 'en', 'en', 0, x'00')");
            sql.execute("INSERT INTO card (id, set_id, game_id, external_id, local_id, number_sort, collector_number, name, "
                    + "rarity, stage, evolves_from, types, tcgplayer_product_id, fingerprint) VALUES "
                    + "(100, 10, 1, 'base1-46', '46', 46, '46/102', 'Charmander', 'Common', 'Basic', NULL, 'Fire', NULL, x'00'), "
                    + "(101, 10, 1, 'base1-4', '4', 4, '4/102', 'Charizard', 'Rare', 'Stage2', 'Charmeleon', 'Fire', NULL, x'00'), "
                    + "(102, 10, 1, 'base1-24', '24', 24, '24/102', 'Charmeleon', 'Uncommon', 'Stage1', 'Charmander', 'Fire', NULL, x'00'), "
                    + "(103, 10, 1, 'base1-10', '10', 10, '10/102', 'Mewtwo', 'Rare', 'Basic', NULL, 'Psychic', 555, x'00'), "
                    + "(110, 11, 1, 'SV1a-001', '001', 1, '001/073', 'トロピウス', 'Common', 'Basic', NULL, 'Grass', NULL, x'00')");
            sql.execute("INSERT INTO card_name (card_id, language, name) VALUES (100, 'en', 'Charmander'), "
                    + "(101, 'en', 'Charizard'), (101, 'de', 'Glurak'), (102, 'en', 'Charmeleon'), (103, 'en', 'Mewtwo'), "
                    + "(110, 'ja', 'トロピウス'), (110, 'id', 'Tropius'), (100, 'fr', 'Salamèche')");
            sql.execute("INSERT INTO printing (id, card_id, language, print_run) VALUES (1000, 101, 'en', '1st_edition'), "
                    + "(1001, 101, 'en', 'unlimited'), (1002, 101, 'de', 'unlimited'), (1003, 103, 'en', 'unlimited')");
            sql.execute("INSERT INTO variant (id, printing_id, variant_key, finish, label, stamps, cardmarket_product_id, "
                    + "tcgplayer_product_id, fingerprint) VALUES "
                    + "(5000, 1000, 'holofoil', 'holofoil', 'standard', NULL, NULL, 106999, x'00'), "
                    + "(5001, 1001, 'holofoil', 'holofoil', 'standard', 'w-promo,pre-release', 273699, NULL, x'00'), "
                    + "(5002, 1002, 'holofoil', 'holofoil', 'standard', NULL, NULL, NULL, x'00'), "
                    + "(5003, 1003, 'holofoil', 'holofoil', 'standard', NULL, NULL, NULL, x'00')");
            sql.execute("INSERT INTO game_stat (game_id, sets, cards) VALUES (1, 3, 5)");
        }
    }

    @Test
    void givenOneImportedGame_games_countsItAndLeavesTheOthersNull() {
        List<GameOverview> games = views.games();

        assertThat(games).hasSize(15);
        assertThat(games.get(0).slug()).isEqualTo("pokemon");
        assertThat(games.get(0).cards()).isEqualTo(5);
        assertThat(games.get(0).sets()).isEqualTo(3);
        assertThat(games.get(0).createdAt()).isNotNull();
        assertThat(games.get(1).cards()).isNull();
        assertThat(views.game("mtg")).map(GameOverview::name).contains("Magic: The Gathering");
        assertThat(views.game("nope")).isEmpty();
    }

    @Test
    void givenThreeSets_setsOf_ordersByReleaseDateAndCountsAll() {
        Slice<SetOverview> first = views.setsOf("pokemon", new Window(0, 2));

        assertThat(first.items()).extracting(SetOverview::code).containsExactly("BS", "JU");
        assertThat(first.total()).isEqualTo(3);
        assertThat(views.setsOf("pokemon", new Window(2, 2)).items()).extracting(SetOverview::code).containsExactly("SV1a");
        assertThat(views.setsOf("pokemon", new Window(3, 2)).items()).isEmpty();
        assertThat(views.setsOf("mtg", new Window(0, 2)).total()).isZero();
        SetOverview base = views.set(new CardSetId(10)).orElseThrow();
        assertThat(base.gameSlug()).isEqualTo("pokemon");
        assertThat(base.officialCount()).isEqualTo(102);
        assertThat(base.cardCount()).isEqualTo(4);
        assertThat(views.set(new CardSetId(99))).isEmpty();
    }

    @Test
    void givenCardsOfASet_cardsOf_listsThemInNumberOrderNotTextOrder() {
        assertThat(views.cardsOf(new CardSetId(10), new Window(0, 10))).extracting(CardOverview::localId)
                .containsExactly("4", "10", "24", "46");
        assertThat(views.cardsOf(new CardSetId(10), new Window(1, 2))).extracting(CardOverview::localId).containsExactly("10", "24");
    }

    @Test
    void givenNames_cards_matchesAnyLanguageIgnoringCaseAndAccents() {
        assertThat(views.cards(new CardCriteria(null, null, "GLURAK", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::id).containsExactly(101L);
        assertThat(views.cards(new CardCriteria(null, null, "salameche", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::id).containsExactly(100L);
        assertThat(views.cards(new CardCriteria("pokemon", null, "トロピ", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("トロピウス");
        assertThat(views.cards(new CardCriteria(null, null, "char", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::name).containsExactly("Charizard", "Charmeleon", "Charmander");
        assertThat(views.cards(new CardCriteria(null, null, "%", null, null), new Window(0, 10)).items()).isEmpty();
    }

    @Test
    void givenNumbers_cards_matchesTheFullNumberExactlyOrTheBareLocalId() {
        assertThat(views.cards(new CardCriteria("pokemon", null, null, "4/102", null), new Window(0, 10)).items())
                .extracting(CardOverview::id).containsExactly(101L);
        assertThat(views.cards(new CardCriteria(null, null, null, "4", null), new Window(0, 10)).items())
                .extracting(CardOverview::id).containsExactly(101L);
        assertThat(views.cards(new CardCriteria(null, null, null, "001", null), new Window(0, 10)).items())
                .extracting(CardOverview::id).containsExactly(110L);
        assertThat(views.cards(new CardCriteria("mtg", null, null, "4/102", null), new Window(0, 10)).items()).isEmpty();
    }

    @Test
    void givenFilters_cards_countsEveryMatchBeyondTheWindow() {
        Slice<CardOverview> page = views.cards(new CardCriteria("pokemon", 10L, null, null, null), new Window(1, 2));
        assertThat(page.items()).extracting(CardOverview::localId).containsExactly("10", "24");
        assertThat(page.total()).isEqualTo(4);
        Slice<CardOverview> rare = views.cards(new CardCriteria("pokemon", null, null, null, "rare"), new Window(0, 1));
        assertThat(rare.total()).isEqualTo(2);
        assertThat(views.cards(new CardCriteria("pokemon", null, null, null, null), new Window(10, 5)).total()).isEqualTo(5);
    }

    @Test
    void givenACardWithPrintings_card_loadsVariantsWithIdsAndCompletesTheCardsIds() {
        CardDetails charizard = views.card(new CardId(101)).orElseThrow();

        assertThat(charizard.set().code()).isEqualTo("BS");
        assertThat(charizard.printings()).extracting(p -> p.language() + "/" + p.printRun())
                .containsExactly("en/unlimited", "en/1st_edition", "de/unlimited");
        assertThat(charizard.printings().get(0).variants().get(0).stamps()).containsExactly("w-promo", "pre-release");
        assertThat(charizard.printings().get(1).variants().get(0).crossReferences().tcgplayerProductId()).isEqualTo(106999L);
        assertThat(charizard.crossReferences().cardmarketProductId()).isEqualTo(273699L);
        assertThat(charizard.crossReferences().tcgplayerProductId()).isEqualTo(106999L);
        assertThat(views.card(new CardId(103)).orElseThrow().crossReferences().tcgplayerProductId()).isEqualTo(555L);
        assertThat(views.card(new CardId(999))).isEmpty();
    }

    @Test
    void givenSeveralIds_cards_loadsThoseThatExistInOneBatch() {
        assertThat(views.cards(List.of(new CardId(101), new CardId(103), new CardId(999)))).extracting(CardDetails::id).containsExactlyInAnyOrder(101L, 103L);
        assertThat(views.cards(List.of())).isEmpty();
    }

    @Test
    void givenAnEvolutionLine_namedAndEvolvingFrom_stayInTheGameAndLanguage() {
        assertThat(views.cardsNamed("pokemon", "en", "charmeleon")).extracting(CardOverview::id).containsExactly(102L);
        assertThat(views.cardsNamed("pokemon", "ja", "Charmeleon")).isEmpty();
        assertThat(views.cardsEvolvingFrom("pokemon", "en", "Charmander")).extracting(CardOverview::id).containsExactly(102L);
        assertThat(views.cardsEvolvingFrom("mtg", "en", "Charmander")).isEmpty();
    }

    @Test
    void givenReleaseDates_cardsReleasedSince_listsNewestSetsFirst() {
        Slice<CardOverview> recent = views.cardsReleasedSince(LocalDate.of(1999, 1, 1), Optional.of("pokemon"), 2);

        assertThat(recent.items()).extracting(CardOverview::id).containsExactly(110L, 101L);
        assertThat(recent.total()).isEqualTo(5);
        assertThat(views.cardsReleasedSince(LocalDate.of(2024, 1, 1), Optional.empty(), 10).total()).isZero();
    }

    @Test
    void givenSealedProducts_sealed_readsThemByGameAndSet() throws SQLException {
        assertThat(views.sealedProducts("pokemon", Optional.empty(), new Window(0, 10)).total()).isZero();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO sealed_product (id, game_id, set_id, name, product_type, release_date) VALUES "
                    + "(1, 1, 10, 'Base Set Booster Box', 'booster_box', '1999-01-09'), (2, 1, NULL, 'Trainer Kit', 'kit', NULL)");
        }
        assertThat(views.sealedProducts("pokemon", Optional.empty(), new Window(0, 10)).items())
                .extracting(SealedProduct::name).containsExactly("Base Set Booster Box", "Trainer Kit");
        assertThat(views.sealedProducts("pokemon", Optional.of(new CardSetId(10)), new Window(0, 10)).total()).isEqualTo(1);
        assertThat(views.sealedProduct("pokemon", 1)).map(SealedProduct::setId).contains(10L);
        assertThat(views.sealedProduct("mtg", 1)).isEmpty();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM sealed_product");
        }
    }

    @Test
    void givenANameIndex_cards_filtersOnItsIdsInsteadOfScanning() {
        JdbcCatalogueViews indexed = new JdbcCatalogueViews(dataSource, containing(Set.of(100L, 102L)));
        assertThat(indexed.cards(new CardCriteria(null, null, "anything", null, null), new Window(0, 10)).items())
                .extracting(CardOverview::id).containsExactlyInAnyOrder(100L, 102L);
        JdbcCatalogueViews nothingMatches = new JdbcCatalogueViews(dataSource, containing(Set.of()));
        assertThat(nothingMatches.cards(new CardCriteria(null, null, "zzz", null, null), new Window(0, 10)).total()).isZero();
    }

    /** An index whose substring lookups answer {@code ids} and which leaves the resolver's first matches to a scan. */
    private static CardNameIndex containing(Set<Long> ids) {
        return new CardNameIndex() {
            @Override
            public Optional<Set<Long>> cardsWithNameContaining(String text) {
                return Optional.of(ids);
            }

            @Override
            public Optional<List<CardOverview>> firstCardsNamed(String gameSlug, String text, int limit) {
                return Optional.empty();
            }
        };
    }

    @Test
    void likeWildcards_areEscaped() {
        assertThat(JdbcCatalogueViews.likeEscaped("100%_!")).isEqualTo("100!%!_!!");
    }
}

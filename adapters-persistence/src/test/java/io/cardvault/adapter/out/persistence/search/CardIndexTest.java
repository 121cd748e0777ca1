package io.cardvault.adapter.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Analysis and ranking of the search index on a small hand-built catalogue. */
class CardIndexTest {

    private static final long BASE = 1;
    private static final long BASE2 = 2;
    private static final long OBSIDIAN = 3;
    private static final long M2 = 4;

    private final CardIndex index = new CardIndex();

    CardIndexTest() throws IOException {
    }

    @BeforeEach
    void fill() throws IOException {
        index.replaceAll(List.of(
                card(11, "Alakazam", List.of("Alakazam", "Alakazam"), "1", "1/102", "Rare Holo", BASE),
                card(14, "Charizard", List.of("Charizard", "Dracaufeu", "Glurak"), "4", "4/102", "Rare Holo", BASE),
                card(15, "Charmander", List.of("Charmander", "Salamèche"), "46", "46/102", "Common", BASE),
                card(21, "Charizard", List.of("Charizard", "Dracaufeu"), "4", "4/130", "Rare Holo", BASE2),
                card(22, "Pokémon Center", List.of("Pokémon Center", "Centre Pokémon"), "85", "85/130", "Uncommon", BASE2),
                card(31, "Charizard ex", List.of("Charizard ex", "Dracaufeu-ex"), "125", "125/197", "Double rare", OBSIDIAN),
                card(32, "Blaine's Charizard", List.of("Blaine's Charizard"), "2", "2/132", "Rare Holo", OBSIDIAN),
                card(33, "Charcadet", List.of("Charcadet"), "004", "004/197", "Common", OBSIDIAN),
                card(41, "メガリザードンXex", List.of("メガリザードンXex"), "013", "013/080", "Double rare", M2),
                card(42, "喷火龙", List.of("喷火龙", "噴火龍"), "6", "6", "Rare", M2),
                card(43, "리자몽", List.of("리자몽"), "7", "7", "Rare", M2),
                card(44, "ลิซาร์ดอน", List.of("ลิซาร์ดอน"), "8", "8", "Rare", M2)));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void unaccented_text_finds_accented_names() throws IOException {
        assertThat(ids("pokemon")).containsExactly(22L);
        assertThat(ids("salameche")).containsExactly(15L);
    }

    @Test
    void a_french_name_finds_the_cards_that_carry_it_in_any_language() throws IOException {
        assertThat(ids("Dracaufeu")).containsExactlyInAnyOrder(14L, 21L, 31L);
        assertThat(ids("glurak")).containsExactly(14L);
    }

    @Test
    void japanese_chinese_korean_and_thai_names_match_on_parts_of_words() throws IOException {
        assertThat(ids("リザードン")).containsExactly(41L);
        assertThat(ids("メガリザードンXex")).containsExactly(41L);
        assertThat(ids("噴火龍")).containsExactly(42L);
        assertThat(ids("火龙")).containsExactly(42L);
        assertThat(ids("리자몽")).containsExactly(43L);
        assertThat(ids("ซาร์ดอน")).containsExactly(44L);
        assertThat(ids("ザ")).containsExactly(41L);
    }

    @Test
    void full_width_latin_is_folded_like_half_width() throws IOException {
        assertThat(ids("ＣＨＡＲＩＺＡＲＤ")).contains(14L, 21L);
    }

    @Test
    void exact_names_rank_before_prefixes_before_other_matches() throws IOException {
        index.replaceAll(List.of(
                card(1, "Dark Charizard", List.of("Dark Charizard", "Dracaufeu obscur"), "4", "4/82", "Rare Holo", BASE2),
                card(2, "Charizard ex", List.of("Charizard ex"), "125", "125/197", "Double rare", OBSIDIAN),
                card(3, "Charizard", List.of("Charizard"), "4", "4/102", "Rare Holo", BASE),
                card(4, "Charmander", List.of("Charmander"), "46", "46/102", "Common", BASE)));

        assertThat(ids("charizard")).containsExactly(3L, 2L, 1L);
        assertThat(ids("dracaufeu")).containsExactly(1L);
        assertThat(ids("char")).containsExactly(3L, 4L, 2L, 1L); // equal prefix matches: shorter names first
    }

    @Test
    void a_name_with_its_printed_number_puts_that_card_first() throws IOException {
        assertThat(ids("charizard 4/102")).containsExactly(14L);
        assertThat(ids("4/102 charizard")).containsExactly(14L);
        assertThat(ids("charizard 4")).first().isIn(14L, 21L);
        assertThat(ids("charizard 4")).containsExactlyInAnyOrder(14L, 21L);
    }

    @Test
    void a_number_alone_finds_local_ids_with_or_without_leading_zeros() throws IOException {
        assertThat(ids("4")).containsExactlyInAnyOrder(14L, 21L, 33L);
        assertThat(ids("004")).containsExactlyInAnyOrder(14L, 21L, 33L);
        assertThat(ids("4/102")).containsExactly(14L);
        assertThat(ids("013/080")).containsExactly(41L);
    }

    @Test
    void the_last_word_matches_as_a_prefix_while_typed() throws IOException {
        assertThat(ids("chariz")).containsExactly(14L, 21L, 31L, 32L);
        assertThat(ids("blaine char")).containsExactly(32L);
    }

    @Test
    void possessives_and_case_do_not_matter() throws IOException {
        assertThat(ids("BLAINE'S CHARIZARD")).containsExactly(32L);
        assertThat(ids("blaine charizard")).containsExactly(32L);
    }

    @Test
    void set_names_and_codes_find_their_cards_below_name_matches() throws IOException {
        assertThat(ids("obsidian")).containsExactlyInAnyOrder(31L, 32L, 33L);
        assertThat(ids("sv03")).containsExactlyInAnyOrder(31L, 32L, 33L);
        assertThat(ids("charizard obsidian")).containsExactly(31L, 32L);
    }

    @Test
    void filters_narrow_the_matches() throws IOException {
        assertThat(ids(criteria("charizard", "pokemon", null, null, null, null, 50, 0))).hasSize(4);
        assertThat(ids(criteria("charizard", "mtg", null, null, null, null, 50, 0))).isEmpty();
        assertThat(ids(criteria("charizard", null, BASE2, null, null, null, 50, 0))).containsExactly(21L);
        assertThat(ids(criteria("charizard", null, null, "rare holo", null, null, 50, 0))).containsExactly(14L, 21L, 32L);
    }

    @Test
    void price_bounds_match_only_cards_with_a_known_price_in_range() throws IOException {
        index.replaceAll(List.of(
                new IndexedCard(1, "Charizard", List.of(), "4", "4/102", "Rare", "Pokemon", BASE, "Base", List.of(), "base1", "pokemon", 35_000L, new java.math.BigDecimal("4.50"), null, null, null),
                new IndexedCard(2, "Charizard", List.of(), "4", "4/130", "Rare", "Pokemon", BASE2, "Base Set 2", List.of(), "base2", "pokemon", 9_999L, null, null, null, null),
                new IndexedCard(3, "Charizard", List.of(), "5", "5", "Rare", "Pokemon", BASE2, "Base Set 2", List.of(), "base2", "pokemon", null, null, null, null, null)));

        assertThat(ids(criteria("charizard", null, null, null, new BigDecimal("100"), null, 50, 0))).containsExactly(1L);
        assertThat(ids(criteria("charizard", null, null, null, null, new BigDecimal("99.99"), 50, 0))).containsExactly(2L);
        assertThat(ids(criteria("charizard", null, null, null, new BigDecimal("99.995"), new BigDecimal("350"), 50, 0))).containsExactly(1L);
        assertThat(ids("charizard")).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_hit_shows_the_usd_best_price_and_its_seven_day_change_or_null() throws IOException {
        index.replaceAll(List.of(
                new IndexedCard(1, "Charizard", List.of(), "4", "4/102", "Rare", "Pokemon", BASE, "Base", List.of(), "base1", "pokemon", 35_000L, new BigDecimal("-4.50"), null, null, null),
                new IndexedCard(3, "Charizard", List.of(), "5", "5", "Rare", "Pokemon", BASE2, "Base Set 2", List.of(), "base2", "pokemon", null, null, null, null, null)));

        CardSearchPage page = index.search(criteria("charizard", null, null, null, null, null, 50, 0));

        assertThat(page.hits().get(0).best()).contains(io.cardvault.domain.shared.Money.of("350.00", "USD"));
        assertThat(page.hits().get(0).change7d()).contains(new BigDecimal("-4.50"));
        assertThat(page.hits().get(1).best()).isEmpty();
        assertThat(page.hits().get(1).change7d()).isEmpty();
    }

    @Test
    void among_equal_matches_the_readers_language_comes_first_then_english() throws IOException {
        // the Chinese printing's shown name is shorter, which alone would put it first
        index.replaceAll(List.of(
                printed(7, "寶可夢捕捉器", List.of("寶可夢捕捉器", "Pokémon Catcher"), "zh-tw"),
                printed(8, "Pokémon Catcher", List.of("Pokémon Catcher"), "en"),
                printed(9, "Pokémon Catcher", List.of("Pokémon Catcher", "Pokémon-Fänger"), "de"),
                printed(10, "Pokémon Catcher ex", List.of("Pokémon Catcher ex"), "en")));

        assertThat(ids("pokemon catcher")).as("no preference: shorter name, then id").containsExactly(7L, 8L, 9L, 10L);
        assertThat(ids(preferring("pokemon catcher", "en"))).containsExactly(8L, 7L, 9L, 10L);
        assertThat(ids(preferring("pokemon catcher", "de", "en"))).containsExactly(9L, 8L, 7L, 10L);
        assertThat(ids(preferring("pokemon catcher", "nl", "en"))).as("no Dutch printing: English first")
                .containsExactly(8L, 7L, 9L, 10L);
        assertThat(ids(preferring("pokemon catcher ex", "zh-tw", "en"))).as("a better match stays first").startsWith(10L);
    }

    private static CardSearchCriteria preferring(String text, String... languages) {
        return new CardSearchCriteria(text, null, null, null, null, null, 50, 0, List.of(languages));
    }

    private static IndexedCard printed(long id, String name, List<String> names, String language) {
        return new IndexedCard(id, name, names, "1", "1", "Uncommon", "Trainer", BASE, "Set " + language, List.of(), "s" + id,
                "pokemon", null, null, null, null, new io.cardvault.domain.catalogue.CardImageFacts("tcgdex", language, null, null,
                null, null, null));
    }

    @Test
    void pages_cut_the_ranked_list_and_total_counts_every_match() throws IOException {
        CardSearchPage first = index.search(criteria("charizard", null, null, null, null, null, 3, 0));
        CardSearchPage second = index.search(criteria("charizard", null, null, null, null, null, 3, 3));
        CardSearchPage beyond = index.search(criteria("charizard", null, null, null, null, null, 3, 100));

        assertThat(first.hits()).extracting(hit -> hit.id().value()).containsExactly(14L, 21L, 31L);
        assertThat(second.hits()).extracting(hit -> hit.id().value()).containsExactly(32L);
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(4L);
    }

    @Test
    void a_hit_shows_the_picture_its_stored_facts_address_and_none_without_them() throws IOException {
        index.replaceAll(List.of(
                new IndexedCard(1, "Charizard", List.of(), "4", "4/102", "Rare", "Pokemon", BASE, "Base", List.of(), "BS",
                        "pokemon", null, null, null, null, new io.cardvault.domain.catalogue.CardImageFacts("tcgdex-en", "en", "base",
                        "base1", "4", null, null)),
                new IndexedCard(2, "Black Lotus", List.of(), "232", "232", "Rare", null, BASE2, "Alpha", List.of(), "LEA",
                        "mtg", null, null, null, null, new io.cardvault.domain.catalogue.CardImageFacts("mtgjson", "en", null, "LEA", "232",
                        java.util.UUID.fromString("b0faa7f2-b547-42c4-a810-839da50dadfe"), null)),
                new IndexedCard(3, "Charmander", List.of(), "46", "46/102", "Common", "Pokemon", BASE, "Base", List.of(), "BS",
                        "pokemon", null, null, null, null, null)));

        CardSearchHit charizard = index.search(criteria("charizard", null, null, null, null, null, 1, 0)).hits().get(0);
        CardSearchHit lotus = index.search(criteria("black lotus", null, null, null, null, null, 1, 0)).hits().get(0);
        CardSearchHit charmander = index.search(criteria("charmander", null, null, null, null, null, 1, 0)).hits().get(0);

        assertThat(charizard.image().orElseThrow().thumbnail().url()).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/low.webp");
        assertThat(lotus.image().orElseThrow().source()).isEqualTo("scryfall");
        assertThat(charmander.image()).isEmpty();
    }

    @Test
    void a_hit_shows_the_card_and_its_set() throws IOException {
        CardSearchHit hit = index.search(criteria("charizard 4/102", null, null, null, null, null, 1, 0)).hits().get(0);

        assertThat(hit).isEqualTo(new CardSearchHit(new io.cardvault.domain.catalogue.CardId(14), "Charizard", "4",
                "Rare Holo", "Pokemon", "Base", "base1", "pokemon", null, null));
    }

    @Test
    void text_without_any_searchable_character_finds_nothing() throws IOException {
        assertThat(index.search(criteria("!!! ---", null, null, null, null, null, 50, 0)).total()).isZero();
    }

    @Test
    void replacing_the_content_drops_cards_no_longer_listed() throws IOException {
        index.replaceAll(List.of(card(99, "Pikachu", List.of("Pikachu"), "58", "58/102", "Common", BASE)));

        assertThat(ids("charizard")).isEmpty();
        assertThat(ids("pikachu")).containsExactly(99L);
        assertThat(index.size()).isEqualTo(1);
    }

    private List<Long> ids(String text) throws IOException {
        return ids(criteria(text, null, null, null, null, null, 50, 0));
    }

    private List<Long> ids(CardSearchCriteria criteria) throws IOException {
        return index.search(criteria).hits().stream().map(hit -> hit.id().value()).toList();
    }

    private static CardSearchCriteria criteria(String text, String game, Long setId, String rarity,
                                               BigDecimal min, BigDecimal max, int limit, int offset) {
        return new CardSearchCriteria(text, game, setId, rarity, min, max, limit, offset);
    }

    private static IndexedCard card(long id, String name, List<String> names, String localId, String number,
                                    String rarity, long setId) {
        String[] set = switch ((int) setId) {
            case 1 -> new String[] {"Base", "base1", "Set de Base"};
            case 2 -> new String[] {"Base Set 2", "base2", "Set de Base 2"};
            case 3 -> new String[] {"Obsidian Flames", "sv03", "Flammes Obsidiennes"};
            default -> new String[] {"メガドリームex", "M2", "メガドリームex"};
        };
        return new IndexedCard(id, name, names, localId, number, rarity, "Pokemon", setId, set[0], List.of(set[2]),
                set[1], "pokemon", null, null, null, null, null);
    }

    @Test
    void firstCardsNamed_readsTheResolversOrderAcrossSegments_upToTheLimit() throws IOException {
        // 60 Pikachu over 6 sets of 3 release days (one undated), numbers repeating within a set, ids in no order
        List<IndexedCard> cards = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(21);
        java.time.LocalDate[] days = {java.time.LocalDate.of(1999, 1, 9), java.time.LocalDate.of(2003, 6, 18), null};
        for (int i = 0; i < 60; i++) {
            long set = 1 + random.nextInt(6);
            long number = random.nextInt(5);
            cards.add(new IndexedCard(1000 + (i * 37L) % 60, i % 7 == 0 ? "Raichu" : "Pikachu " + i, List.of(),
                    String.valueOf(number), number + "/102", "Common", "Pokemon", set, "Set " + set, List.of(), "s" + set,
                    i % 5 == 0 ? "mtg" : "pokemon", null, null, days[(int) (set % 3)], number == 0 ? null : number, null));
        }
        try (CardIndex segmented = new CardIndex(4, false)) {
            segmented.replaceAll(cards);
            assertThat(segmented.segments()).as("left unmerged").isGreaterThan(1);
            Comparator<IndexedCard> order = Comparator
                    .comparingLong((IndexedCard card) -> card.setReleaseDate() == null ? Long.MAX_VALUE : card.setReleaseDate().toEpochDay())
                    .thenComparingLong(IndexedCard::setId)
                    .thenComparingLong(card -> card.numberSort() == null ? Long.MIN_VALUE : card.numberSort())
                    .thenComparingLong(IndexedCard::id);
            for (String game : java.util.Arrays.asList(null, "pokemon")) {
                List<IndexedCard> matching = cards.stream().filter(card -> card.name().startsWith("Pikachu"))
                        .filter(card -> game == null || card.gameSlug().equals(game)).sorted(order).toList();
                for (int limit = 1; limit <= matching.size() + 1; limit++) {
                    List<CardOverview> found = segmented.firstCardsNamed(game, "KACH", limit).orElseThrow();

                    // no rank from a database here: the id decides among cards of one set and number
                    List<CardOverview> expected = matching.stream().limit(limit).map(IndexedCard::overview).toList();
                    assertThat(found).as("game %s, limit %d", game, limit).containsExactlyElementsOf(expected);
                }
            }
            assertThat(segmented.firstCardsNamed(null, "ka", 5)).as("shorter than a trigram").isEmpty();
            assertThat(segmented.firstCardsNamed("lorcana", "kach", 5)).contains(List.of());
        }
    }

    @Test
    void firstCardsNamed_ordersCardsOfOneSetAndNumberByTheDatabasesRank_andAnswersTheWholeOverview() throws IOException {
        java.time.LocalDate day = java.time.LocalDate.of(2001, 2, 3);
        java.util.UUID scryfall = java.util.UUID.fromString("0000579f-7b35-4ed3-b44c-db2a538066fe");
        CardImageFacts facts = new CardImageFacts("tcgdex-en", "en", "swsh", "swsh1", "4", scryfall, 77L);
        // "4", "4a", "4b" share number 4; the database ranked them against their ids' order
        List<IndexedCard> cards = List.of(
                ranked(900, "4b", 3, day, facts, new IndexedCard.PlayFacts(120, "Fire", "Stage2", "Charmeleon", "Arita")),
                ranked(901, "4a", 2, day, CardImageFacts.none(), IndexedCard.PlayFacts.NONE),
                ranked(902, "4", 1, day, facts, new IndexedCard.PlayFacts(null, null, "Basic", null, null)),
                ranked(903, "3", 0, day, facts, IndexedCard.PlayFacts.NONE));
        try (CardIndex ranked = new CardIndex(2, false)) {
            ranked.replaceAll(cards);

            assertThat(ranked.firstCardsNamed("pokemon", "zapdos", 10).orElseThrow()).extracting(CardOverview::localId)
                    .containsExactly("3", "4", "4a", "4b");
            assertThat(ranked.firstCardsNamed(null, "APDO", 2).orElseThrow()).extracting(CardOverview::localId)
                    .containsExactly("3", "4");
            assertThat(ranked.firstCardsNamed("pokemon", "zapdos", 10).orElseThrow())
                    .containsExactly(cards.get(3).overview(), cards.get(2).overview(), cards.get(1).overview(),
                            cards.get(0).overview());
        }
    }

    private static IndexedCard ranked(long id, String localId, long rank, java.time.LocalDate day, CardImageFacts facts,
                                      IndexedCard.PlayFacts play) {
        return new IndexedCard(id, "Zapdos", List.of("Zapdos", "Électhor"), localId, localId + "/102", "Rare", "Pokemon", 5,
                "Fossil", List.of("Fossile"), "FO", "pokemon", null, null, day, Long.valueOf(localId.replaceAll("\\D.*", "")), facts,
                "en", play, rank);
    }

    @Test
    void a_catalogue_flushed_in_several_segments_is_merged_into_one_and_read_the_same() throws IOException {
        List<IndexedCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cards.add(card(1000 - i, "Pikachu " + i, List.of("Pikachu " + i, "ピカチュウ"), String.valueOf(i % 7), (i % 7) + "/102",
                    "Common", 1 + i % 4));
        }
        try (CardIndex merged = new CardIndex(4, true); CardIndex segmented = new CardIndex(4, false)) {
            merged.replaceAll(cards);
            segmented.replaceAll(cards);

            assertThat(merged.segments()).isEqualTo(1);
            assertThat(segmented.segments()).isGreaterThan(1);
            for (int limit : new int[] {1, 5, 40}) {
                assertThat(merged.firstCardsNamed("pokemon", "ピカチ", limit).orElseThrow()).hasSize(limit)
                        .isEqualTo(segmented.firstCardsNamed("pokemon", "ピカチ", limit).orElseThrow());
            }
        }
    }

    @Test
    void nameSubstrings_matchAnyLanguageIgnoringCaseAccentsAndWidth() throws IOException {
        assertThat(index.cardsWithNameContaining("ARIZ")).contains(java.util.Set.of(14L, 21L, 31L, 32L));
        assertThat(index.cardsWithNameContaining("lameche")).contains(java.util.Set.of(15L));
        assertThat(index.cardsWithNameContaining("ne's char")).contains(java.util.Set.of(32L));
        assertThat(index.cardsWithNameContaining("リザードン")).contains(java.util.Set.of(41L));
        assertThat(index.cardsWithNameContaining("噴火龍")).contains(java.util.Set.of(42L));
    }

    @Test
    void nameSubstrings_confirmCandidatesSoSharedTrigramsInOtherOrdersDoNotMatch() throws IOException {
        // "izar" and "char" are both in Charizard, but "izarchar" is not
        assertThat(index.cardsWithNameContaining("izarchar")).contains(java.util.Set.of());
    }

    @Test
    void nameSubstrings_shorterThanATrigram_areLeftToTheCaller() throws IOException {
        assertThat(index.cardsWithNameContaining("ch")).isEmpty();
        assertThat(index.cardsWithNameContaining("É")).isEmpty();
    }
}

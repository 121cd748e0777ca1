package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;
import org.bytedeco.javacpp.PointerScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One index for every game, and the views that restrict a search to one of them ({@code tcg_slug}). */
class ReferenceIndexGamesTest {

    private static final List<CatalogueCard> CARDS = new ArrayList<>();
    private static ReferenceIndex index;

    @BeforeAll
    static void indexPokemonAndMagic() {
        CARDS.addAll(TestCards.catalogue().subList(0, 6));
        for (String[] row : List.of(new String[]{"156", "M10", "Shivan Dragon"}, new String[]{"154", "M14", "Shivan Dragon"},
                new String[]{"4", "M10", "Monster 1"})) {
            CARDS.add(new CatalogueCard(row[1] + "-" + row[0], row[0], row[1].toLowerCase(), row[1], 249, row[2], "en", 0,
                    List.of("Red"), "rare", "Creature", List.of(), List.of(), "", "mtg"));
        }
        index = ReferenceIndex.build(CARDS, TestCards.renderer(), 1);
    }

    private static CardDescriptor descriptorOf(CatalogueCard card) {
        try (PointerScope scope = new PointerScope()) {
            return DescriptorExtractor.extract(Mats.fromImage(TestCards.renderer().render(card)));
        }
    }

    @Test
    void a_view_of_one_game_searches_only_its_cards_under_the_same_positions() {
        ReferenceIndex magic = index.only("MTG");

        List<ReferenceIndex.Hit> hits = magic.search(descriptorOf(CARDS.get(0)), 10);

        assertThat(magic.searched()).isEqualTo(3);
        assertThat(hits).hasSize(3).allSatisfy(hit -> assertThat(index.card(hit.index()).game()).isEqualTo("mtg"));
        assertThat(hits).allSatisfy(hit -> assertThat(magic.card(hit.index())).isSameAs(index.card(hit.index())));
        assertThat(index.search(descriptorOf(CARDS.get(8)), 1).get(0).index()).isEqualTo(8);
        assertThat(magic.search(descriptorOf(CARDS.get(8)), 1).get(0).index()).isEqualTo(8);
    }

    @Test
    void a_view_looks_up_local_ids_among_its_own_game_only() {
        int[] everywhere = index.withLocalId("4");

        assertThat(Arrays.stream(everywhere).mapToObj(i -> index.card(i).game()).toList()).containsExactlyInAnyOrder("pokemon", "mtg");
        assertThat(Arrays.stream(index.only("mtg").withLocalId("4")).mapToObj(i -> index.card(i).id()).toList())
                .containsExactly("M10-4");
        assertThat(index.only("pokemon").withLocalId("4")).containsExactly(3);
    }

    @Test
    void faces_of_the_same_name_in_two_games_are_never_one_face_group() {
        int pokemon = 0;
        int magic = 8;

        assertThat(index.card(pokemon).name()).isEqualTo(index.card(magic).name());
        assertThat(index.group(pokemon)).isNotEqualTo(index.group(magic));
        assertThat(index.group(6)).isEqualTo(index.group(7));
        assertThat(index.cardsPerGame()).isEqualTo(Map.of("pokemon", 6, "mtg", 3));
        assertThat(index.only("lorcana").searched()).isZero();
    }
}

package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardViewsTest {

    private static VariantDetails variant(String finish) {
        return new VariantDetails(1, finish, null, List.of(), null, "standard", CrossReferences.none());
    }

    @Test
    void the_buy_link_variant_names_print_run_and_finish() {
        PrintingDetails unlimited = new PrintingDetails(1, "en", "unlimited", List.of());
        PrintingDetails first = new PrintingDetails(2, "en", "1st_edition", List.of());
        assertThat(CardPage.buyLinkVariant(unlimited, variant("normal"))).isEqualTo("normal");
        assertThat(CardPage.buyLinkVariant(unlimited, variant("reverse_holofoil"))).isEqualTo("reverse_holo");
        assertThat(CardPage.buyLinkVariant(first, variant("holofoil"))).isEqualTo("1st_edition_holo");
    }

    @Test
    void a_tile_shows_the_small_picture_of_its_card_with_its_size_and_source_and_none_without_one() {
        io.cardvault.domain.catalogue.CardImageFacts tcgdex =
                new io.cardvault.domain.catalogue.CardImageFacts("tcgdex-en", "en", "base", "base1", "4", null, null);
        CardTile pictured = CardTile.of(new io.cardvault.domain.catalogue.CardOverview(14, 1, "pokemon", "Charizard", "4",
                "4/102", "Rare", "Pokemon", 120, "Fire", null, null, null, "Base Set", "BS", null, "en", tcgdex), "/en");
        CardTile drawn = CardTile.of(new io.cardvault.domain.catalogue.CardOverview(14, 1, "pokemon", "Charizard", "4",
                "4/102", "Rare", "Pokemon", 120, "Fire", null, null, null, "Base Set", "BS", null, "en"), "/en");

        assertThat(pictured.getPicture().getUrl()).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/low.webp");
        assertThat(pictured.getPicture().getSource()).isEqualTo("tcgdex");
        assertThat(pictured.getPicture().getWidth()).isLessThan(pictured.getPicture().getHeight());
        assertThat(pictured.getSetName()).isEqualTo("Base Set");
        assertThat(drawn.getPicture()).isNull();
    }

    @Test
    void tiles_take_the_colour_of_the_energy_type_else_a_stable_one_from_the_name() {
        assertThat(CardTile.hueOf("Charizard", "Fire")).isEqualTo(8);
        assertThat(CardTile.hueOf("Blastoise", "Water")).isEqualTo(205);
        assertThat(CardTile.hueOf("Bill", null)).isEqualTo(CardTile.hueOf("Bill", "")).isBetween(0, 359);
    }

    @Test
    void search_sorts_numbers_by_their_value() {
        assertThat(SearchPage.leadingNumber("4/102")).isEqualTo(4);
        assertThat(SearchPage.leadingNumber("004")).isEqualTo(4);
        assertThat(SearchPage.leadingNumber("TG01")).isEqualTo(1);
        assertThat(SearchPage.leadingNumber("SWSH")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void search_price_bounds_are_dollar_amounts_with_at_most_two_decimals() {
        assertThat(SearchPage.isPriceBound("")).isTrue();
        assertThat(SearchPage.isPriceBound("25")).isTrue();
        assertThat(SearchPage.isPriceBound("19,99")).isTrue();
        assertThat(SearchPage.priceBound("19,99")).contains(new java.math.BigDecimal("19.99"));
        assertThat(SearchPage.priceBound("")).isEmpty();
        assertThat(SearchPage.isPriceBound("-1")).isFalse();
        assertThat(SearchPage.isPriceBound("1.999")).isFalse();
        assertThat(SearchPage.isPriceBound("ten")).isFalse();
    }
}

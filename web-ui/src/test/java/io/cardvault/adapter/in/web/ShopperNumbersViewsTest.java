package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shopper's numbers as the pages word them: hot cards' reasons, the sets' order, the demo switch. */
class ShopperNumbersViewsTest {

    private static final MarketCard CARD = new MarketCard(1, "Pikachu", "Base Set", "pokemon", "Common");

    @Test
    void a_hot_card_names_only_the_activity_it_had() {
        HotCard updatesOnly = new HotCard(CARD, Money.of("12", "EUR"), 1.5, 0, 14, 2, 14);
        HotCard selling = new HotCard(CARD, Money.of("12", "EUR"), -3.0, 1, 7, 1, 8);

        assertThat(MarketRow.activity(updatesOnly, Locale.ENGLISH)).isEqualTo("14 price updates from 2 sources");
        assertThat(MarketRow.activity(selling, Locale.forLanguageTag("nl"))).isEqualTo("1 verkoop · 7 prijswijzigingen uit 1 bron");
        assertThat(MarketRow.of(updatesOnly, Locale.ENGLISH, "/en", MarketRow.activity(updatesOnly, Locale.ENGLISH)).getDetail())
                .doesNotContain("0 sales");
    }

    @Test
    void a_games_sets_list_newest_first_without_empty_sets() {
        List<SetOverview> sets = List.of(set(1, "Base Set", LocalDate.of(1999, 1, 9), 102),
                set(2, "Announced", LocalDate.of(2027, 3, 1), 0), set(3, "Surging Sparks", LocalDate.of(2024, 11, 8), 252),
                set(4, "Undated promos", null, 40), set(5, "Jungle", LocalDate.of(1999, 6, 16), 64));

        assertThat(GamePage.newestWithCards(sets)).extracting(SetOverview::name)
                .containsExactly("Surging Sparks", "Jungle", "Base Set", "Undated promos");
    }

    @Test
    void the_demo_flag_follows_the_sandbox_market_switch() {
        assertThat(new DemoPrices("on").isOn()).isTrue();
        assertThat(new DemoPrices(" TRUE ").isOn()).isTrue();
        assertThat(new DemoPrices("off").isOn()).isFalse();
        assertThat(new DemoPrices(null).isOn()).isFalse();
    }

    private static SetOverview set(long id, String name, LocalDate released, int cards) {
        return new SetOverview(id, 1, "pokemon", "Pokémon", "s" + id, name, null, released, cards, cards, false, "en");
    }
}

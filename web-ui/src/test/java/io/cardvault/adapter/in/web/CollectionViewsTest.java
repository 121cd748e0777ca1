package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.collection.PortfolioDay;
import io.cardvault.application.port.in.collection.PortfolioHistory;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The collection page's and the card page's add form's own rules, beside the use cases they call. */
class CollectionViewsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static CollectionItem item(String card, String set, String game) {
        CollectionEntry entry = CollectionEntry.add(new AccountId(1), new CardId(4), Optional.empty(), 1, CardCondition.NM,
                Optional.empty(), Optional.empty(), Instant.parse("2026-12-01T10:00:00Z"));
        return new CollectionItem(entry, card, set, game, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void the_text_filter_finds_a_part_of_the_card_or_set_name_in_any_case_within_the_game_chosen() {
        CollectionItem charizard = item("Charizard", "Base Set", "pokemon");
        assertThat(MyCollectionPage.matches(charizard, "", "")).isTrue();
        assertThat(MyCollectionPage.matches(charizard, "", "chari")).isTrue();
        assertThat(MyCollectionPage.matches(charizard, "", "  BASE set ")).isTrue();
        assertThat(MyCollectionPage.matches(charizard, "pokemon", "charizard")).isTrue();
        assertThat(MyCollectionPage.matches(charizard, "mtg", "")).isFalse();
        assertThat(MyCollectionPage.matches(charizard, "", "blastoise")).isFalse();
    }

    @Test
    void a_quantity_is_a_whole_number_from_one_to_the_entrys_maximum() {
        assertThat(MyCollectionPage.quantity("3")).contains(3);
        assertThat(MyCollectionPage.quantity(" 12 ")).contains(12);
        assertThat(MyCollectionPage.quantity(Integer.toString(CollectionEntry.MAX_QUANTITY))).contains(CollectionEntry.MAX_QUANTITY);
        assertThat(MyCollectionPage.quantity("0")).isEmpty();
        assertThat(MyCollectionPage.quantity("-1")).isEmpty();
        assertThat(MyCollectionPage.quantity("1.5")).isEmpty();
        assertThat(MyCollectionPage.quantity("10000")).isEmpty();
        assertThat(MyCollectionPage.quantity("")).isEmpty();
        assertThat(MyCollectionPage.quantity(null)).isEmpty();
    }

    @Test
    void the_portfolio_line_leaves_days_without_any_price_as_gaps_and_keeps_the_currency() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        PortfolioHistory history = new PortfolioHistory(EUR, List.of(
                new PortfolioDay(today.minusDays(2), Money.zero(EUR), 0),
                new PortfolioDay(today.minusDays(1), Money.of("180.50", "EUR"), 2),
                new PortfolioDay(today, Money.of("200.00", "EUR"), 2)));
        ChartSeries line = MyCollectionPage.portfolioLine(history, "Portfolio value");
        assertThat(line.currency()).isEqualTo(EUR);
        assertThat(line.points()).containsOnlyKeys(today.minusDays(1), today);
        assertThat(line.points().get(today)).isEqualByComparingTo(new BigDecimal("200.00"));

        String config = new CardPrices(Locale.ENGLISH, key -> key).chartConfig(List.of(line));
        assertThat(config).contains("\"label\":\"Portfolio value\"", "\"yAxisID\":\"eur\"", "\"2026-12-06\",\"2026-12-07\"",
                "\"data\":[180.50,200.00]");
    }

    @Test
    void the_add_form_words_each_refused_field_of_the_use_case() {
        assertThat(AddToCollectionForm.errorCode("quantity")).isEqualTo("quantity");
        assertThat(AddToCollectionForm.errorCode("price_paid")).isEqualTo("price");
        assertThat(AddToCollectionForm.errorCode("grading_company")).isEqualTo("grade");
        assertThat(AddToCollectionForm.errorCode("variant")).isEqualTo("variant");
        assertThat(AddToCollectionForm.errorCode("card_id")).isEqualTo("card");
        assertThat(AddToCollectionForm.ERRORS).contains("quantity", "condition", "price", "grade", "variant", "card");
    }

    @Test
    void variant_words_read_as_words() {
        assertThat(MyCollectionPage.words("1st_edition_holo")).isEqualTo("1st edition holo");
    }
}

package io.cardvault.adapter.in.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.in.rest.collection.CellValues.ConditionScale;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cell spellings of the export formats, read into CardVault's values ({@link CellValues}). */
class CollectionCellValuesTest {

    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{0} on the US scale is {1}")
    @CsvSource(textBlock = """
            NM, NM
            Near Mint, NM
            near_mint, NM
            Mint, NM
            Lightly Played, LP
            LP, LP
            Slightly Played, LP
            Excellent, LP
            Moderately Played, MP
            Good, MP
            light_played, MP
            Heavily Played, HP
            Played, HP
            Damaged, DMG
            DMG, DMG
            Poor, DMG
            Near Mint Holofoil, NM
            Lightly Played Reverse Holofoil, LP
            Moderately Played Foil, MP
            Good (Lightly Played), LP
            '', NM
            """)
    void us_scale_conditions_map_to_cardvaults_five(String cell, CardCondition expected) {
        assertThat(CellValues.condition(cell, ConditionScale.US)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Cardmarket {0} is {1}")
    @CsvSource(textBlock = """
            MT, NM
            NM, NM
            EX, LP
            GD, MP
            LP, MP
            PL, HP
            PO, DMG
            """)
    void cardmarkets_seven_step_scale_maps_its_light_played_a_step_below_tcgplayers(String cell, CardCondition expected) {
        assertThat(CellValues.condition(cell, ConditionScale.CARDMARKET)).isEqualTo(expected);
    }

    @Test
    void an_unknown_condition_rejects_the_row_quoting_the_cell() {
        assertThatThrownBy(() -> CellValues.condition("Gem Mint 10", ConditionScale.US))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("condition is not one CardVault knows (NM, LP, MP, HP, DMG): \"Gem Mint 10\"");
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12.50           | 12.50   | USD
            $13.94          | 13.94   | USD
            US$ 5           | 5.00    | USD
            €1,50           | 1.50    | EUR
            1,50 €          | 1.50    | EUR
            1.234,56 EUR    | 1234.56 | EUR
            1,234.56        | 1234.56 | USD
            1,500           | 1500.00 | USD
            1.234.567       | 1234567.00 | USD
            £ 12            | 12.00   | GBP
            ¥1200           | 1200    | JPY
            0.0425          | 0.0425  | USD
            """)
    void prices_are_read_with_their_symbol_or_code_and_either_decimal_mark(String cell, String amount, String currency) {
        assertThat(CellValues.price(cell, "", USD)).contains(Money.of(amount, currency));
    }

    @Test
    void a_currency_column_names_the_currency_when_the_cell_does_not_and_the_cells_own_symbol_wins() {
        assertThat(CellValues.price("3.10", "EUR", USD)).contains(Money.of("3.10", "EUR"));
        assertThat(CellValues.price("€3.10", "USD", USD)).contains(Money.of("3.10", "EUR"));
        assertThat(CellValues.price("", "EUR", USD)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            twelve      | price paid is not an amount: "twelve"
            -3.00       | price paid cannot be negative: "-3.00"
            1.23456     | price paid has more than 4 decimals: "1.23456"
            12 apples   | price paid is not an amount: "12 apples"
            """)
    void an_unreadable_price_rejects_the_row(String cell, String reason) {
        assertThatThrownBy(() -> CellValues.price(cell, "", USD)).isInstanceOf(RejectedRowException.class).hasMessage(reason);
    }

    @Test
    void a_currency_column_that_names_no_currency_rejects_the_row() {
        assertThatThrownBy(() -> CellValues.price("3", "Euro dollars", USD))
                .hasMessage("currency is not an ISO 4217 code: \"Euro dollars\"");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2, 2
            2x, 2
            x3, 3
            '', 1
            9999, 9999
            """)
    void quantities_may_carry_an_x_and_default_to_one(String cell, int expected) {
        assertThat(CellValues.quantity(cell)).isEqualTo(expected);
    }

    @Test
    void a_quantity_of_nothing_or_more_than_a_collection_holds_rejects_the_row() {
        assertThatThrownBy(() -> CellValues.quantity("0")).hasMessage("quantity must be between 1 and 9999: 0");
        assertThatThrownBy(() -> CellValues.quantity("10000")).hasMessage("quantity must be between 1 and 9999: 10000");
        assertThatThrownBy(() -> CellValues.quantity("2.5")).hasMessage("quantity is not a whole number: \"2.5\"");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Holofoil, holo
            Unlimited Holofoil, holo
            Reverse Holofoil, reverse_holo
            1st Edition Holofoil, 1st_edition_holo
            1st Edition, 1st_edition
            1st_edition_holo, 1st_edition_holo
            Normal, normal
            Unlimited, normal
            foil, foil
            X, foil
            etched, etched
            Cosmos Holo, cosmos_holo
            """)
    void printings_and_foil_flags_become_variant_hints(String cell, String hint) {
        assertThat(CellValues.printing(cell)).contains(hint);
    }

    @Test
    void languages_are_read_by_code_by_english_name_and_by_cardmarket_number() {
        assertThat(CellValues.language("English")).contains(Language.ENGLISH);
        assertThat(CellValues.language("zh_CN")).contains(Language.of("zh-cn"));
        assertThat(CellValues.language("JP")).contains(Language.JAPANESE);
        assertThat(CellValues.cardmarketLanguage("3")).contains(Language.of("de"));
        assertThat(CellValues.cardmarketLanguage("11")).contains(Language.of("zh-tw"));
        assertThat(CellValues.language("")).isEmpty();
        assertThatThrownBy(() -> CellValues.language("Klingon")).hasMessage("language is not one CardVault knows: \"Klingon\"");
    }

    @Test
    void slabs_are_read_from_one_cell_or_from_company_and_grade_and_raw_copies_have_none() {
        assertThat(CellValues.grading("", "PSA 10")).contains(Grading.of(GradingCompany.PSA, "10"));
        assertThat(CellValues.grading("", "BGS 9,5")).contains(Grading.of(GradingCompany.BGS, "9.5"));
        assertThat(CellValues.grading("CGC", "8.5")).contains(Grading.of(GradingCompany.CGC, "8.5"));
        assertThat(CellValues.grading("", "Ungraded")).isEmpty();
        assertThat(CellValues.grading("", "")).isEmpty();
        assertThatThrownBy(() -> CellValues.grading("", "XYZ 9"))
                .hasMessage("grading company is not one CardVault knows (PSA, BGS, CGC, SGC, ACE, TAG): \"XYZ 9\"");
        assertThatThrownBy(() -> CellValues.grading("PSA", "")).hasMessage("a \"PSA\" slab needs its grade");
    }

    @Test
    void games_are_named_by_their_slug_when_the_file_names_one_cardvault_covers() {
        assertThat(CellValues.game("Pokémon")).contains("pokemon");
        assertThat(CellValues.game("Magic: The Gathering")).contains("mtg");
        assertThat(CellValues.game("YuGiOh")).contains("yugioh");
        assertThat(CellValues.game("Baseball")).isEmpty();
    }

    @Test
    void a_quoted_cell_in_a_reason_is_cut_short_and_loses_its_control_characters() {
        assertThat(CellValues.quoted("a\u0007b")).isEqualTo("\"a b\"");
        assertThat(CellValues.quoted("x".repeat(60))).isEqualTo("\"" + "x".repeat(40) + "…\"");
    }
}

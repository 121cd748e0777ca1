package io.cardvault.application.port.in.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionImportRowTest {

    private static final CardReference CHARIZARD = new CardReference.BySetAndNumber(SetHint.of("base1", "Base Set"),
            " 4/102 ", Optional.of("Charizard"), Optional.of("pokemon"));

    private static CollectionImportRow row(int line, int quantity, Optional<String> hint, Optional<Money> paid) {
        return new CollectionImportRow(line, CHARIZARD, Optional.empty(), quantity, CardCondition.NM, hint, paid,
                Optional.empty(), Optional.empty());
    }

    @Test
    void a_valid_row_keeps_its_values_with_text_stripped_and_blank_options_empty() {
        CollectionImportRow row = row(2, 3, Optional.of(" "), Optional.of(Money.of("350", "USD")));

        assertThat(row.card()).isInstanceOfSatisfying(CardReference.BySetAndNumber.class,
                bySet -> assertThat(bySet.collectorNumber()).isEqualTo("4/102"));
        assertThat(row.variantHint()).isEmpty();
        assertThat(row.pricePaid()).contains(Money.of("350.00", "USD"));
    }

    @Test
    void the_header_is_line_one_so_a_card_row_starts_at_two() {
        assertThatThrownBy(() -> row(1, 1, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("line"));
    }

    @Test
    void quantity_is_bounded_as_a_collection_entry_is() {
        assertThatThrownBy(() -> row(2, 0, Optional.empty(), Optional.empty()))
                .hasMessage("quantity must be between 1 and 9999: 0");
        assertThatThrownBy(() -> row(2, 10_000, Optional.empty(), Optional.empty()))
                .hasMessage("quantity must be between 1 and 9999: 10000");
    }

    @Test
    void a_negative_price_paid_and_a_variant_hint_that_is_no_slug_are_refused() {
        assertThatThrownBy(() -> row(2, 1, Optional.empty(), Optional.of(Money.of("-1", "EUR"))))
                .hasMessage("price paid cannot be negative: -1.00 EUR");
        assertThatThrownBy(() -> row(2, 1, Optional.of("Reverse Holo"), Optional.empty()))
                .hasMessage("a variant hint is a lower-case slug such as reverse_holo: Reverse Holo");
    }

    @Test
    void a_set_needs_a_code_or_a_name_and_a_name_reference_needs_the_name() {
        assertThatThrownBy(() -> SetHint.of(" ", null)).hasMessage("a set needs a code or a name");
        assertThatThrownBy(() -> new CardReference.ByNameAndSet(" ", SetHint.name("Base Set"), Optional.empty()))
                .hasMessage("card name is required");
        assertThat(new CardReference.ByNameAndSet("Charizard", SetHint.code("base1"), Optional.empty()).set().name()).isEmpty();
    }

    @Test
    void a_card_id_reference_holds_the_platform_id_and_product_ids_are_positive() {
        assertThat(new CardReference.ByCardId(new CardId(891)).cardId().value()).isEqualTo(891);
        assertThatThrownBy(() -> new MarketplaceProduct(MarketplaceProduct.Marketplace.CARDMARKET, 0))
                .hasMessage("a marketplace product id is positive: 0");
    }

    @Test
    void a_rejected_line_has_a_line_and_a_reason() {
        assertThat(new RejectedLine(4, " no such card ")).isEqualTo(new RejectedLine(4, "no such card"));
        assertThatThrownBy(() -> new RejectedLine(0, "x")).hasMessage("lines count from 1: 0");
        assertThatThrownBy(() -> new RejectedLine(3, "")).hasMessage("reason is required");
    }
}

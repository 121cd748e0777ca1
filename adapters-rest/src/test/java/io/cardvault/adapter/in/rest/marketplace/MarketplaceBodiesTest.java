package io.cardvault.adapter.in.rest.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketplaceBodiesTest {

    private static String fieldOf(Runnable read) {
        try {
            read.run();
        } catch (InvalidMarketplaceDataException refused) {
            return refused.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void buy_nows_body_may_be_absent_empty_or_name_a_variant() {
        assertThat(MarketplaceBodies.variantOf(null)).isEmpty();
        assertThat(MarketplaceBodies.variantOf("  ")).isEmpty();
        assertThat(MarketplaceBodies.variantOf("{}")).isEmpty();
        assertThat(MarketplaceBodies.variantOf("{\"variant\":null}")).isEmpty();
        assertThat(MarketplaceBodies.variantOf("{\"variant\":\"holo\"}")).contains("holo");
        assertThat(fieldOf(() -> MarketplaceBodies.variantOf("[1]"))).isEqualTo("body");
        assertThat(fieldOf(() -> MarketplaceBodies.variantOf("{not json"))).isEqualTo("body");
        assertThat(fieldOf(() -> MarketplaceBodies.variantOf("{\"variant\":7}"))).isEqualTo("variant");
        assertThat(fieldOf(() -> MarketplaceBodies.variantOf("{\"variant\":\"" + "h".repeat(65) + "\"}")))
                .isEqualTo("variant");
    }

    @Test
    void amounts_are_euros_and_more_than_four_decimals_are_refused_as_the_field() {
        assertThat(MarketplaceBodies.euros(new BigDecimal("650"), "price")).isEqualTo(Money.of("650.00", "EUR"));
        assertThat(fieldOf(() -> MarketplaceBodies.euros(new BigDecimal("1.00001"), "amount"))).isEqualTo("amount");
        assertThat(fieldOf(() -> MarketplaceBodies.euros(null, "price"))).isEqualTo("price");
    }

    @Test
    void a_slab_needs_company_and_grade_and_graded_false_has_none() {
        assertThat(MarketplaceBodies.grading(null, null, null)).isEmpty();
        assertThat(MarketplaceBodies.grading(false, null, null)).isEmpty();
        assertThat(MarketplaceBodies.grading(true, "psa", "9.5")).contains(Grading.of(GradingCompany.PSA, "9.5"));
        assertThat(fieldOf(() -> MarketplaceBodies.grading(true, null, null))).isEqualTo("grade");
        assertThat(fieldOf(() -> MarketplaceBodies.grading(false, "PSA", "9"))).isEqualTo("graded");
        assertThat(fieldOf(() -> MarketplaceBodies.grading(null, "PSA", null))).isEqualTo("grade");
        assertThat(fieldOf(() -> MarketplaceBodies.grading(null, "NOPE", "9"))).isEqualTo("grading_company");
        assertThat(fieldOf(() -> MarketplaceBodies.grading(null, "PSA", "11"))).isEqualTo("grade");
        assertThat(Optional.of(MarketplaceBodies.condition("lp").name())).contains("LP");
    }
}

package io.cardvault.domain.marketplace;

import static io.cardvault.domain.marketplace.Samples.SPEC_FEES;
import static io.cardvault.domain.marketplace.Samples.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    @Test
    void the_specs_fee_preview_example_at_650_with_protection_gives_its_exact_numbers() {
        FeeBreakdown fees = SPEC_FEES.sellerFees(euros("650"), true);

        assertThat(fees.marketplaceRate()).isEqualByComparingTo("0.05");
        assertThat(fees.marketplaceFee()).isEqualTo(euros("32.50"));
        assertThat(fees.imageProtectionRate()).isEqualByComparingTo("0.01");
        assertThat(fees.imageProtectionFee()).isEqualTo(euros("6.50"));
        assertThat(fees.total()).isEqualTo(euros("39.00"));
        assertThat(fees.sellerPayout()).isEqualTo(euros("611.00"));
    }

    @Test
    void without_protection_the_protection_rate_and_fee_are_zero() {
        FeeBreakdown fees = SPEC_FEES.sellerFees(euros("650"), false);

        assertThat(fees.imageProtectionRate()).isEqualByComparingTo("0");
        assertThat(fees.imageProtectionFee()).isEqualTo(euros("0"));
        assertThat(fees.total()).isEqualTo(euros("32.50"));
        assertThat(fees.sellerPayout()).isEqualTo(euros("617.50"));
    }

    @Test
    void each_fee_is_rounded_half_even_to_cents_and_the_parts_add_up() {
        // 0.05 × 0.50 = 0.025 → 0.02 (half-even), 0.05 × 0.70 = 0.035 → 0.04, 0.01 × 12.25 = 0.1225 → 0.12
        assertThat(SPEC_FEES.sellerFees(euros("0.50"), false).marketplaceFee()).isEqualTo(euros("0.02"));
        assertThat(SPEC_FEES.sellerFees(euros("0.70"), false).marketplaceFee()).isEqualTo(euros("0.04"));
        FeeBreakdown fees = SPEC_FEES.sellerFees(euros("12.25"), true);
        assertThat(fees.marketplaceFee()).isEqualTo(euros("0.61"));
        assertThat(fees.imageProtectionFee()).isEqualTo(euros("0.12"));
        assertThat(fees.total()).isEqualTo(euros("0.73"));
        assertThat(fees.sellerPayout()).isEqualTo(euros("11.52"));
    }

    @Test
    void the_handling_fee_on_650_is_the_specs_7_50() {
        assertThat(SPEC_FEES.handlingFee(euros("650"))).isEqualTo(euros("7.50"));
        assertThat(SPEC_FEES.handlingFee(euros("2.50"))).isEqualTo(euros("1.02"));
    }

    @Test
    void rates_outside_zero_to_one_and_negative_fixed_fees_are_refused() {
        assertThatThrownBy(() -> new FeeSchedule(new BigDecimal("-0.01"), BigDecimal.ZERO, BigDecimal.ZERO, euros("0")))
                .isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> new FeeSchedule(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, euros("0")))
                .isInstanceOf(InvalidMarketplaceDataException.class);
        assertThatThrownBy(() -> new FeeSchedule(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, euros("-1")))
                .isInstanceOf(InvalidMarketplaceDataException.class);
    }

    @Test
    void a_price_of_zero_has_no_fee_preview() {
        assertThatThrownBy(() -> SPEC_FEES.sellerFees(Money.of("0", "EUR"), false))
                .isInstanceOf(InvalidMarketplaceDataException.class)
                .extracting(failure -> ((InvalidMarketplaceDataException) failure).field()).isEqualTo("price");
    }

    @Test
    void a_breakdown_whose_parts_do_not_add_up_is_refused() {
        assertThatThrownBy(() -> new FeeBreakdown(euros("10"), BigDecimal.ZERO, euros("1"), BigDecimal.ZERO, euros("0"),
                euros("2"), euros("8"))).isInstanceOf(InvalidMarketplaceDataException.class);
    }
}

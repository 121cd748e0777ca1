package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sandbox market prices a card's print runs in collectors' order: 1st Edition, then Shadowless, then Unlimited. */
class SandboxPrintRunPricesTest {

    private static final LocalDate FROM = LocalDate.of(2024, 11, 22);

    @Test
    void base_set_charizard_holo_costs_more_in_1st_edition_than_shadowless_and_more_shadowless_than_unlimited_every_day() {
        PricedVariant unlimited = charizard(134_001, PrintRun.UNLIMITED);
        PricedVariant shadowless = charizard(134_002, PrintRun.SHADOWLESS);
        PricedVariant firstEdition = charizard(134_003, PrintRun.FIRST_EDITION);

        for (int back = 0; back < 730; back++) {
            LocalDate day = FROM.plusDays(back);
            assertThat(SandboxPriceModel.usd(firstEdition, day)).as("USD on %s", day)
                    .isGreaterThan(SandboxPriceModel.usd(shadowless, day));
            assertThat(SandboxPriceModel.usd(shadowless, day)).as("USD on %s", day)
                    .isGreaterThan(SandboxPriceModel.usd(unlimited, day));
            assertThat(SandboxPriceModel.eur(firstEdition, day)).as("EUR on %s", day)
                    .isGreaterThan(SandboxPriceModel.eur(shadowless, day));
            assertThat(SandboxPriceModel.eur(shadowless, day)).as("EUR on %s", day)
                    .isGreaterThan(SandboxPriceModel.eur(unlimited, day));
        }
    }

    @Test
    void the_print_run_multiplies_the_base_and_nothing_else_differs() {
        double unlimited = SandboxPriceModel.base(charizard(1, PrintRun.UNLIMITED)) - 0.05;
        assertThat(SandboxPriceModel.base(charizard(2, PrintRun.SHADOWLESS)) - 0.05).isCloseTo(unlimited * 2.5,
                org.assertj.core.data.Offset.offset(1e-6 * unlimited));
        assertThat(SandboxPriceModel.base(charizard(3, PrintRun.FIRST_EDITION)) - 0.05).isCloseTo(unlimited * 6.0,
                org.assertj.core.data.Offset.offset(1e-6 * unlimited));
    }

    @Test
    void a_variant_without_another_print_run_is_priced_as_unlimited() {
        PricedVariant legacy = new PricedVariant(new VariantId(7), new CardId(134), new CardSetId(1), "pokemon", "base1", "Base Set",
                LocalDate.of(1999, 1, 9), "Charizard", "4/102", "Rare Holo", "holofoil", true, 273699L, 42382L, 604L);
        assertThat(legacy.printRun()).isEqualTo(PrintRun.UNLIMITED);
        assertThat(SandboxPriceModel.base(legacy)).isEqualTo(SandboxPriceModel.base(charizard(8, PrintRun.UNLIMITED)));
    }

    private static PricedVariant charizard(long variantId, PrintRun printRun) {
        return new PricedVariant(new VariantId(variantId), new CardId(134), new CardSetId(1), "pokemon", "base1", "Base Set",
                LocalDate.of(1999, 1, 9), "Charizard", "4/102", "Rare Holo", "holofoil", true, 273699L, 42382L, 604L, printRun);
    }
}

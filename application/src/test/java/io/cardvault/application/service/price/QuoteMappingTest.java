package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceIngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.price.Region;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteMappingTest {

    private final QuoteMapping mapping = new QuoteMapping(CATALOGUE);

    @Test
    void cardmarket_plain_keys_price_the_first_non_reverse_variant_and_holo_keys_the_reverse_holo() {
        List<SeriesPoint> points = mapping.points(file(PriceSource.CARDMARKET,
                cardmarket(273532, "", PriceType.TREND, "0.14"), cardmarket(273532, "holo", PriceType.TREND, "0.69"),
                cardmarket(660224, "", PriceType.RAW_EU, "2704.38")), IngestScope.ALL);
        assertThat(points).extracting(p -> p.series().variant().value() + " " + p.series().type().code() + " " + p.amount())
                .containsExactly("21 trend 0.14", "22 trend 0.69", "13 raw_eu 2704.38");
        assertThat(points).allSatisfy(p -> {
            assertThat(p.series().region()).isEqualTo(Region.EU);
            assertThat(p.series().currency().getCurrencyCode()).isEqualTo("EUR");
        });
    }

    @Test
    void a_holo_key_without_a_reverse_variant_is_dropped() {
        assertThat(mapping.points(file(PriceSource.CARDMARKET, cardmarket(273699, "holo", PriceType.TREND, "5")),
                IngestScope.ALL)).isEmpty();
    }

    @Test
    void tcgplayer_sub_types_pick_the_variant_of_that_finish() {
        List<SeriesPoint> points = mapping.points(file(PriceSource.TCGCSV,
                tcgplayer(95885, "Normal", PriceType.MARKET, "0.20"), tcgplayer(95885, "Reverse Holofoil", PriceType.MARKET, "0.74"),
                tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"), tcgplayer(99999, "Normal", PriceType.MARKET, "1")),
                IngestScope.ALL);
        assertThat(points).extracting(p -> p.series().variant().value()).containsExactly(21L, 22L, 11L);
    }

    @Test
    void a_shadowless_product_prices_the_shadowless_print_unless_the_sub_type_says_1st_edition() {
        // TCGplayer's Base Set (Shadowless) Charizard 106999 sells both prints, told apart by the sub type
        List<SeriesPoint> points = mapping.points(file(PriceSource.TCGCSV,
                tcgplayer(106999, "Holofoil", PriceType.MARKET, "4000"),
                tcgplayer(106999, "1st Edition Holofoil", PriceType.MARKET, "12000")), IngestScope.ALL);
        assertThat(points).extracting(p -> p.series().variant().value() + " " + p.amount())
                .containsExactly("13 4000", "12 12000");
    }

    @Test
    void a_flesh_and_blood_product_covering_both_print_runs_prices_each_run_and_finish_by_its_sub_type() {
        // Enlightened Strike WTR159: one TCGplayer product (225229) for Alpha ("1st Edition") and Unlimited, normal and Rainbow Foil
        QuoteMapping fab = new QuoteMapping(List.of(fab(31, "normal", PrintRun.FIRST_EDITION),
                fab(32, "holofoil", PrintRun.FIRST_EDITION), fab(33, "normal", PrintRun.UNLIMITED),
                fab(34, "holofoil", PrintRun.UNLIMITED)));
        List<SeriesPoint> points = fab.points(file(PriceSource.TCGCSV,
                tcgplayer(225229, "Unlimited Edition Rainbow Foil", PriceType.MARKET, "4"),
                tcgplayer(225229, "1st Edition Normal", PriceType.MARKET, "3"),
                tcgplayer(225229, "Unlimited Edition Normal", PriceType.MARKET, "1"),
                tcgplayer(225229, "1st Edition Rainbow Foil", PriceType.MARKET, "9")), IngestScope.ALL);
        assertThat(points).extracting(p -> p.series().variant().value()).containsExactly(34L, 31L, 33L, 32L);
    }

    @Test
    void magics_foil_and_foil_etched_price_the_holofoil_and_the_etched_variant() {
        QuoteMapping magic = new QuoteMapping(List.of(mtg(41, "normal"), mtg(42, "holofoil"), mtg(43, "etched")));
        List<SeriesPoint> points = magic.points(file(PriceSource.TCGCSV, tcgplayer(240433, "Foil Etched", PriceType.MARKET, "2"),
                tcgplayer(240433, "Foil", PriceType.MARKET, "1"), tcgplayer(240433, "Normal", PriceType.MARKET, "0.5")),
                IngestScope.ALL);
        assertThat(points).extracting(p -> p.series().variant().value()).containsExactly(43L, 42L, 41L);
    }

    private static PricedVariant fab(long id, String finish, PrintRun run) {
        return new PricedVariant(new VariantId(id), new CardId(3), new CardSetId(300), "flesh-and-blood", "WTR",
                "Welcome to Rathe", null, "Enlightened Strike", "WTR159", "Majestic", finish, id == 31, null, 225229L, null, run);
    }

    private static PricedVariant mtg(long id, String finish) {
        return new PricedVariant(new VariantId(id), new CardId(4), new CardSetId(400), "mtg", "MH2", "Modern Horizons 2",
                null, "Angelic Curator", "262", "common", finish, id == 41, 566933L, 240433L, null, PrintRun.UNLIMITED);
    }

    @Test
    void pricecharting_rows_price_the_products_first_variant_and_keep_their_grading() {
        List<SeriesPoint> points = mapping.points(file(PriceSource.PRICECHARTING,
                graded(42382, GradingCompany.PSA, "10", "30085.73"), graded(42382, GradingCompany.OTHER, "pc17", "100")),
                IngestScope.ALL);
        assertThat(points).extracting(p -> p.series().variant().value() + " " + p.series().grading().company().code() + " "
                + p.series().grading().grade()).containsExactly("11 psa 10", "11 other pc17");
    }

    @Test
    void a_scope_keeps_only_its_types_variants_and_graded_variants() {
        IngestScope scope = new IngestScope(Set.of(PriceType.RAW_US), Set.of(), false, Set.of(new VariantId(11)), Set.of());
        assertThat(scope.keeps(new VariantId(11), PriceType.RAW_US)).isTrue();
        assertThat(scope.keeps(new VariantId(11), PriceType.GRADED)).isTrue();
        assertThat(scope.keeps(new VariantId(21), PriceType.GRADED)).isFalse();
        assertThat(scope.keeps(new VariantId(21), PriceType.RETAIL_CIB_BUY)).isFalse();
        assertThat(IngestScope.ALL.keeps(new VariantId(21), PriceType.RETAIL_CIB_BUY)).isTrue();
    }
}

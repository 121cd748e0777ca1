package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceIngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.VariantId;
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
                .containsExactly("21 trend 0.14", "22 trend 0.69", "12 raw_eu 2704.38");
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

package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketplaceListingsTest {

    @Test
    void a_reputation_reads_as_whole_stars_and_an_average_in_the_pages_language() {
        assertThat(MarketplaceListings.stars(Optional.of(new BigDecimal("4.50")))).isEqualTo(5);
        assertThat(MarketplaceListings.stars(Optional.of(new BigDecimal("4.49")))).isEqualTo(4);
        assertThat(MarketplaceListings.stars(Optional.empty())).isZero();
        assertThat(MarketplaceListings.starRow(4)).isEqualTo("★★★★☆");
        assertThat(MarketplaceListings.starRow(0)).isEqualTo("☆☆☆☆☆");
        assertThat(MarketplaceListings.average(Optional.of(new BigDecimal("4.26")), Locale.forLanguageTag("nl"))).isEqualTo("4,3");
        assertThat(MarketplaceListings.average(Optional.of(new BigDecimal("5")), Locale.ENGLISH)).isEqualTo("5.0");
        assertThat(MarketplaceListings.average(Optional.empty(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void a_slab_reads_as_collectors_write_it() {
        assertThat(MarketplaceListings.grading(Optional.of(Grading.of(GradingCompany.PSA, "9")))).isEqualTo("PSA 9");
        assertThat(MarketplaceListings.grading(Optional.of(Grading.of(GradingCompany.BGS, "9.5")))).isEqualTo("BGS 9.5");
        assertThat(MarketplaceListings.grading(Optional.empty())).isEmpty();
    }
}

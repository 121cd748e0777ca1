package io.cardvault.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TierTest {

    @ParameterizedTest
    @CsvSource({
            "free, 500, 30, 1, 0",
            "starter, 5000, 60, 3, 25",
            "pro, 25000, 120, 5, 250",
            "power_collector, 100000, 300, 10, 1000",
            "shop_basic, 250000, 500, 10, 1000",
            "shop_pro, 500000, 1000, 15, 2500",
            "enterprise, 1000000, 3000, 25, 10000",
            "unlimited, 9223372036854775807, 9223372036854775807, 50, 9223372036854775807",
    })
    void every_tier_carries_the_spec_table_values(String slug, long perDay, long perMinute, int keys, long recognitions) {
        Tier tier = Tier.fromSlug(slug).orElseThrow();
        assertThat(tier.requestsPerDay()).isEqualTo(perDay);
        assertThat(tier.requestsPerMinute()).isEqualTo(perMinute);
        assertThat(tier.maxKeys()).isEqualTo(keys);
        assertThat(tier.recognitionsPerDay()).isEqualTo(recognitions);
        assertThat(tier.legacy()).isFalse();
    }

    @Test
    void the_legacy_business_tier_stays_resolvable_and_is_marked_legacy() {
        assertThat(Tier.fromSlug("Business")).contains(Tier.BUSINESS);
        assertThat(Tier.BUSINESS.legacy()).isTrue();
        assertThat(Tier.values()).hasSize(9);
    }

    @Test
    void display_names_resolve_too() {
        assertThat(Tier.fromSlug("Power Collector")).contains(Tier.POWER_COLLECTOR);
        assertThat(Tier.fromSlug("shop-pro")).contains(Tier.SHOP_PRO);
        assertThat(Tier.fromSlug("gold")).isEmpty();
        assertThat(Tier.fromSlug(null)).isEmpty();
    }

    @Test
    void a_tier_covers_lower_tiers_but_not_higher_ones() {
        assertThat(Tier.PRO.covers(Tier.FREE)).isTrue();
        assertThat(Tier.FREE.covers(Tier.PRO)).isFalse();
        assertThat(Tier.UNLIMITED.covers(Tier.ENTERPRISE)).isTrue();
        assertThat(Tier.UNLIMITED.rateLimits().unlimited()).isTrue();
    }
}

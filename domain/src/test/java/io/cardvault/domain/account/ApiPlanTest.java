package io.cardvault.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPlanTest {

    @Test
    void every_tier_maps_onto_the_plan_its_quota_reaches() {
        assertThat(ApiPlan.of(Tier.FREE)).isEqualTo(ApiPlan.FREE);
        assertThat(ApiPlan.of(Tier.STARTER)).isEqualTo(ApiPlan.PRO);
        assertThat(ApiPlan.of(Tier.PRO)).isEqualTo(ApiPlan.PRO);
        for (Tier tier : new Tier[] {Tier.POWER_COLLECTOR, Tier.SHOP_BASIC, Tier.SHOP_PRO, Tier.ENTERPRISE, Tier.UNLIMITED, Tier.BUSINESS}) {
            assertThat(ApiPlan.of(tier)).as(tier.slug()).isEqualTo(ApiPlan.SCALE);
            assertThat(tier.requestsPerDay()).as(tier.slug()).isGreaterThanOrEqualTo(ApiPlan.SCALE.requestsPerDay());
        }
    }

    @Test
    void the_plans_are_the_guides() {
        assertThat(ApiPlan.FREE.requestsPerDay()).isEqualTo(250);
        assertThat(ApiPlan.PRO.requestsPerDay()).isEqualTo(10_000);
        assertThat(ApiPlan.SCALE.requestsPerDay()).isEqualTo(100_000);
        assertThat(ApiPlan.FREE.readsEuMarket() || ApiPlan.FREE.readsGradedPrices() || ApiPlan.FREE.streams()).isFalse();
        assertThat(ApiPlan.PRO.readsEuMarket() && ApiPlan.PRO.readsGradedPrices()).isTrue();
        assertThat(ApiPlan.PRO.streams()).isFalse();
        assertThat(ApiPlan.SCALE.streams()).isTrue();
        assertThat(ApiPlan.FREE.rateLimits().perMinute()).isEqualTo(RateLimits.UNLIMITED);
        assertThat(ApiPlan.FREE.rateLimits().perDay()).isEqualTo(250);
        assertThat(ApiPlan.SCALE.displayName()).isEqualTo("Scale");
    }
}

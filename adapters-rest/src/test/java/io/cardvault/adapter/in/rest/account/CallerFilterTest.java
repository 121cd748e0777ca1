package io.cardvault.adapter.in.rest.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerFilterTest {

    @Test
    void anonymous_limits_cover_the_api_and_sign_in_routes_only() {
        assertThat(CallerFilter.anonymouslyLimited("api/v2/stats")).isTrue();
        assertThat(CallerFilter.anonymouslyLimited("/api/keys")).isTrue();
        assertThat(CallerFilter.anonymouslyLimited("/auth/login")).isTrue();
        assertThat(CallerFilter.anonymouslyLimited("/health")).isFalse();
        assertThat(CallerFilter.anonymouslyLimited("/apis")).isFalse();
        assertThat(CallerFilter.anonymouslyLimited("/en/cards")).isFalse();
    }
}

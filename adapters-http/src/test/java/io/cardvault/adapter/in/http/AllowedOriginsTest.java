package io.cardvault.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private static final String SPEC = "https://collectorstashmarket.com,https://www.collectorstashmarket.com,"
            + "https://developer.collectorstashmarket.com,http://localhost:3000,http://localhost:5173,http://localhost:8000";
    private final AllowedOrigins allowed = new AllowedOrigins(SPEC, Optional.of(" https://partner.example , "));

    @Test
    void the_spec_origins_and_the_extras_are_allowed_exactly() {
        assertThat(allowed.allows("https://collectorstashmarket.com")).isTrue();
        assertThat(allowed.allows("https://WWW.collectorstashmarket.com:443")).isTrue();
        assertThat(allowed.allows("http://localhost:5173")).isTrue();
        assertThat(allowed.allows("https://partner.example")).isTrue();
        assertThat(allowed.allows("http://collectorstashmarket.com")).isFalse();
        assertThat(allowed.allows("https://evil.collectorstashmarket.com")).isFalse();
        assertThat(allowed.allows("http://localhost:3001")).isFalse();
        assertThat(allowed.allows("null")).isFalse();
        assertThat(allowed.allows(null)).isFalse();
    }

    @Test
    void a_wildcard_is_refused_at_start() {
        assertThatThrownBy(() -> new AllowedOrigins("*", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writes_are_trusted_from_the_server_itself_listed_origins_and_non_browser_clients_only() {
        String own = "http://localhost:9080/";
        assertThat(allowed.trustsWrite("http://localhost:9080", null, own)).isTrue();
        assertThat(allowed.trustsWrite(null, "http://localhost:9080/en/account", own)).isTrue();
        assertThat(allowed.trustsWrite("https://developer.collectorstashmarket.com", null, own)).isTrue();
        assertThat(allowed.trustsWrite(null, null, own)).isTrue();
        assertThat(allowed.trustsWrite("https://evil.example", null, own)).isFalse();
        assertThat(allowed.trustsWrite(null, "https://evil.example/page", own)).isFalse();
        assertThat(allowed.trustsWrite("null", null, own)).isFalse();
        assertThat(allowed.trustsWrite("https://evil.example", "http://localhost:9080/", own)).isFalse();
    }
}

package io.cardvault.adapter.in.rest.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerAdmissionTest {

    private static final String KEY = "csm_valid";
    private static final String COOKIE = "session-token";
    private static final AccountId ACCOUNT = new AccountId(7);
    private static final ApiCaller CALLER = new ApiCaller(ACCOUNT, new ApiKeyId(3), Tier.FREE, Tier.FREE);

    private final List<String> checked = new ArrayList<>();
    private final List<ApiCaller> recorded = new ArrayList<>();
    private boolean allow = true;

    private final CallerAdmission admission = new CallerAdmission(
            presented -> {
                if (!KEY.equals(presented)) {
                    throw new InvalidCredentialsException("Invalid or revoked API key");
                }
                return CALLER;
            },
            new CheckRateLimitUseCase() {
                @Override
                public RateLimitDecision check(ApiCaller caller) {
                    checked.add("key " + caller.key().value());
                    return decision();
                }

                @Override
                public RateLimitDecision checkAnonymous(String clientAddress) {
                    checked.add("address " + clientAddress);
                    return decision();
                }
            },
            recorded::add,
            new SessionCookies(account -> null, token -> COOKIE.equals(token) ? Optional.of(ACCOUNT) : Optional.empty()));

    private RateLimitDecision decision() {
        return allow ? new RateLimitDecision(true, 30, 29, 1_800_000_000L, 0) : new RateLimitDecision(false, 30, 0, 1_800_000_000L, 12);
    }

    @Test
    void a_valid_key_draws_on_its_quota_records_the_use_and_reports_the_limit() {
        CallerAdmission.Admission verdict = admission.admit(Optional.of(KEY), COOKIE, "/api/v2/cards/4", "10.0.0.1", () -> true);

        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.caller()).isEqualTo(CALLER);
        assertThat(verdict.session()).isNull();
        assertThat(checked).containsExactly("key 3");
        assertThat(recorded).containsExactly(CALLER);
        assertThat(verdict.headers()).containsExactly(Map.entry("X-RateLimit-Limit", 30L),
                Map.entry("X-RateLimit-Remaining", 29L), Map.entry("X-RateLimit-Reset", 1_800_000_000L));
    }

    @Test
    void a_key_over_its_limit_is_429_with_retry_after_and_its_use_is_not_recorded() {
        allow = false;
        CallerAdmission.Admission verdict = admission.admit(Optional.of(KEY), null, "/api/search", "10.0.0.1", () -> false);

        assertThat(verdict.status()).isEqualTo(429);
        assertThat(verdict.detail()).isEqualTo("Rate limit exceeded. Retry after 12 seconds.");
        assertThat(verdict.headers()).containsEntry("X-RateLimit-Remaining", 0L).containsEntry("Retry-After", 12L);
        assertThat(recorded).isEmpty();
    }

    @Test
    void an_invalid_key_is_401_whatever_else_the_request_carries() {
        CallerAdmission.Admission verdict = admission.admit(Optional.of("csm_nope"), COOKIE, "/api/v2/stats", "10.0.0.1", () -> false);

        assertThat(verdict.status()).isEqualTo(401);
        assertThat(verdict.detail()).isEqualTo("Invalid or revoked API key");
        assertThat(checked).isEmpty();
        assertThat(verdict.headers()).isEmpty();
    }

    @Test
    void a_session_bypasses_the_limiter_unless_its_write_is_cross_site() {
        CallerAdmission.Admission read = admission.admit(Optional.empty(), COOKIE, "/api/v2/cards/4", "10.0.0.1", () -> false);
        assertThat(read.refused()).isFalse();
        assertThat(read.session()).isEqualTo(ACCOUNT);
        assertThat(read.headers()).isEmpty();
        assertThat(checked).isEmpty();

        CallerAdmission.Admission forged = admission.admit(Optional.empty(), COOKIE, "/api/collection", "10.0.0.1", () -> true);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.detail()).isEqualTo(CallerAdmission.CROSS_SITE_REFUSED);
    }

    @Test
    void anonymous_callers_count_per_address_on_the_api_and_sign_in_routes_only() {
        assertThat(admission.admit(Optional.empty(), "expired", "/api/v2/cards/4", "10.0.0.1", () -> false).refused()).isFalse();
        assertThat(admission.admit(Optional.empty(), null, "/health", "10.0.0.2", () -> false).refused()).isFalse();
        assertThat(admission.admit(Optional.empty(), null, "/auth/login", "10.0.0.3", () -> true).status()).isEqualTo(403);
        assertThat(checked).containsExactly("address 10.0.0.1");

        allow = false;
        CallerAdmission.Admission refused = admission.admit(Optional.empty(), null, "api/search", "10.0.0.4", () -> false);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsExactly(Map.entry("Retry-After", 12L));
    }

    @Test
    void anonymous_limits_cover_the_api_and_sign_in_routes_only() {
        assertThat(CallerAdmission.anonymouslyLimited("api/v2/stats")).isTrue();
        assertThat(CallerAdmission.anonymouslyLimited("/api/keys")).isTrue();
        assertThat(CallerAdmission.anonymouslyLimited("/auth/login")).isTrue();
        assertThat(CallerAdmission.anonymouslyLimited("/health")).isFalse();
        assertThat(CallerAdmission.anonymouslyLimited("/apis")).isFalse();
        assertThat(CallerAdmission.anonymouslyLimited("/en/cards")).isFalse();
    }

    @Test
    void the_key_is_taken_from_bearer_then_header_then_query_and_blank_ones_do_not_count() {
        assertThat(CallerAdmission.presentedKey("Bearer  a ", "b", "c")).hasValue("a");
        assertThat(CallerAdmission.presentedKey("Basic x", "b", "c")).hasValue("b");
        assertThat(CallerAdmission.presentedKey(null, " ", "c")).hasValue("c");
        assertThat(CallerAdmission.presentedKey(null, null, " ")).isEmpty();
    }
}

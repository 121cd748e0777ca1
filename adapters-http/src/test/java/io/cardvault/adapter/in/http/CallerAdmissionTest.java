package io.cardvault.adapter.in.http;

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
    private boolean verificationAllowed = true;

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

                @Override
                public RateLimitDecision checkPlan(ApiCaller caller) {
                    checked.add("plan " + caller.account().value());
                    return planDecision();
                }
            },
            recorded::add,
            new SessionCookies(account -> null, token -> COOKIE.equals(token) ? Optional.of(ACCOUNT) : Optional.empty()),
            address -> {
                checked.add("verification " + address);
                return verificationAllowed ? new RateLimitDecision(true, 60, 59, 1_800_000_000L, 0)
                        : new RateLimitDecision(false, 60, 0, 1_800_000_000L, 20);
            });

    private RateLimitDecision planDecision() {
        return allow ? new RateLimitDecision(true, 250, 249, 1_800_000_000L, 0) : new RateLimitDecision(false, 250, 0, 1_800_000_000L, 3_600);
    }

    private RateLimitDecision decision() {
        return allow ? new RateLimitDecision(true, 30, 29, 1_800_000_000L, 0) : new RateLimitDecision(false, 30, 0, 1_800_000_000L, 12);
    }

    private CallerAdmission.Admission admit(String path, String method, Optional<String> key, String cookie,
                                            String address, boolean untrustedOrigin) {
        return admission.admit(RequestPath.of(path), method, key, cookie, address, () -> untrustedOrigin);
    }

    private CallerAdmission.Admission get(String path, String cookie, String address) {
        return admit(path, "GET", Optional.empty(), cookie, address, false);
    }

    @Test
    void verification_routes_count_against_their_own_quota_for_every_caller_and_refuse_past_it() {
        get("/api/verify/K7H2QPZZ", null, "10.0.0.9");
        get("/en/verify", COOKIE, "10.0.0.9");
        assertThat(checked).containsExactly("verification 10.0.0.9", "address 10.0.0.9", "verification 10.0.0.9");

        verificationAllowed = false;
        CallerAdmission.Admission refused = get("/api/verify/photo", COOKIE, "10.0.0.9");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(get("/api/verifyx", null, "10.0.0.9").status()).isNotEqualTo(429);
        assertThat(get("/verify/help", null, "10.0.0.9").status()).isEqualTo(429);
    }

    @Test
    void a_valid_key_draws_on_its_quota_records_the_use_and_reports_the_limit() {
        CallerAdmission.Admission verdict = admit("/api/v2/cards/4", "GET", Optional.of(KEY), COOKIE, "10.0.0.1", true);

        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.caller()).isEqualTo(CALLER);
        assertThat(verdict.session()).isNull();
        assertThat(checked).containsExactly("key 3");
        assertThat(recorded).containsExactly(CALLER);
        assertThat(verdict.headers()).containsExactly(Map.entry("X-RateLimit-Limit", "30"),
                Map.entry("X-RateLimit-Remaining", "29"), Map.entry("X-RateLimit-Reset", "1800000000"));
    }

    @Test
    void a_key_over_its_limit_is_429_with_retry_after_and_its_use_is_not_recorded() {
        allow = false;
        CallerAdmission.Admission verdict = admit("/api/search", "GET", Optional.of(KEY), null, "10.0.0.1", false);

        assertThat(verdict.status()).isEqualTo(429);
        assertThat(verdict.detail()).isEqualTo("Rate limit exceeded. Retry after 12 seconds.");
        assertThat(verdict.headers()).containsEntry("X-RateLimit-Remaining", "0").containsEntry("Retry-After", "12");
        assertThat(recorded).isEmpty();
    }

    @Test
    void an_invalid_key_is_401_whatever_else_the_request_carries() {
        CallerAdmission.Admission verdict = admit("/api/v2/stats", "GET", Optional.of("csm_nope"), COOKIE, "10.0.0.1", false);

        assertThat(verdict.status()).isEqualTo(401);
        assertThat(verdict.detail()).isEqualTo("Invalid or revoked API key");
        assertThat(checked).isEmpty();
        assertThat(verdict.headers()).isEmpty();
    }

    @Test
    void a_session_bypasses_the_limiter_unless_its_write_is_cross_site() {
        CallerAdmission.Admission read = admit("/api/v2/cards/4", "GET", Optional.empty(), COOKIE, "10.0.0.1", true);
        assertThat(read.refused()).isFalse();
        assertThat(read.session()).isEqualTo(ACCOUNT);
        assertThat(read.headers()).isEmpty();
        assertThat(checked).isEmpty();

        CallerAdmission.Admission forged = admit("/api/collection", "POST", Optional.empty(), COOKIE, "10.0.0.1", true);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.detail()).isEqualTo(CallerAdmission.CROSS_SITE_REFUSED);
        assertThat(admit("/api/collection", "POST", Optional.empty(), COOKIE, "10.0.0.1", false).refused()).isFalse();
    }

    @Test
    void anonymous_callers_count_per_address_on_the_api_the_sign_in_routes_and_the_pages() {
        assertThat(get("/api/v2/cards/4", "expired", "10.0.0.1").refused()).isFalse();
        assertThat(get("/health", null, "10.0.0.2").refused()).isFalse();
        assertThat(get("/en/jakarta.faces.resource/site.css", null, "10.0.0.2").refused()).isFalse();
        assertThat(admit("/auth/login", "POST", Optional.empty(), null, "10.0.0.3", true).status()).isEqualTo(403);
        assertThat(get("/nl/cards/4", null, "10.0.0.5").refused()).isFalse();
        assertThat(checked).containsExactly("address 10.0.0.1", "address 10.0.0.5");

        allow = false;
        CallerAdmission.Admission refused = get("/api/search", null, "10.0.0.4");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsExactly(Map.entry("Retry-After", "12"));
    }

    @Test
    void pages_ignore_keys_and_let_sessions_through_unlimited() {
        CallerAdmission.Admission page = admit("/en/cards/4", "GET", Optional.of("csm_nope"), COOKIE, "10.0.0.1", true);

        assertThat(page.refused()).isFalse();
        assertThat(page.session()).isEqualTo(ACCOUNT);
        assertThat(page.caller()).isNull();
        assertThat(checked).isEmpty();
    }

    @Test
    void a_page_form_from_another_site_is_refused_with_or_without_a_session() {
        assertThat(admit("/en/signin.xhtml", "POST", Optional.empty(), null, "10.0.0.1", true).status()).isEqualTo(403);
        assertThat(admit("/en/account.xhtml", "POST", Optional.empty(), COOKIE, "10.0.0.1", true).status()).isEqualTo(403);
        assertThat(admit("/en/signin.xhtml", "POST", Optional.empty(), null, "10.0.0.1", false).refused()).isFalse();
    }

    @Test
    void a_websocket_upgrade_signed_in_by_cookie_needs_a_trusted_origin() {
        CallerAdmission.Admission forged = admit("/ws/v1", "GET", Optional.empty(), COOKIE, "10.0.0.1", true);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.detail()).isEqualTo(CallerAdmission.CROSS_SITE_REFUSED);

        CallerAdmission.Admission trusted = admit("/ws/v1", "GET", Optional.empty(), COOKIE, "10.0.0.1", false);
        assertThat(trusted.refused()).isFalse();
        assertThat(trusted.streamSession()).isEqualTo(COOKIE);
        assertThat(trusted.session()).isEqualTo(ACCOUNT);
    }

    @Test
    void key_and_anonymous_upgrades_are_left_to_the_stream_from_any_origin() {
        CallerAdmission.Admission keyed = admit("/api/v1/stream", "GET", Optional.of("csm_nope"), COOKIE, "10.0.0.1", true);
        assertThat(keyed.refused()).isFalse();
        assertThat(keyed.streamKey()).isEqualTo("csm_nope");
        assertThat(keyed.streamSession()).isNull();

        CallerAdmission.Admission anonymous = admit("/ws/v1", "GET", Optional.empty(), "expired", "10.0.0.1", true);
        assertThat(anonymous.refused()).isFalse();
        assertThat(anonymous.streamKey()).isNull();
        assertThat(anonymous.streamSession()).isNull();
        assertThat(checked).as("the stream use case counts the connection").isEmpty();
    }

    @Test
    void a_malformed_path_is_400_before_any_credential_is_looked_at() {
        CallerAdmission.Admission verdict = admit("/auth;x=1/login", "POST", Optional.of(KEY), COOKIE, "10.0.0.1", true);

        assertThat(verdict.status()).isEqualTo(400);
        assertThat(verdict.detail()).isEqualTo("Path parameters (';') are not accepted");
        assertThat(checked).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void a_variant_spelling_is_judged_at_least_as_strictly_as_its_canonical_route() {
        for (String variant : List.of("/AUTH/login", "/Auth/login", "/auth/login/", "/api/AUTH/login")) {
            assertThat(admit(variant, "POST", Optional.empty(), null, "10.0.0.1", true).status()).as(variant).isEqualTo(403);
        }
        for (String variant : List.of("/API/search", "/api/search/", "/Api/v2/cards/4")) {
            checked.clear();
            assertThat(get(variant, null, "10.0.0.9").refused()).as(variant).isFalse();
            assertThat(checked).as(variant).containsExactly("address 10.0.0.9");
        }
        for (String variant : List.of("/api;x/search", "/auth;/register", "//api/search", "/api//search", "/api/%2e%2e/auth/login",
                "/api%2Fsearch", "/api%2fsearch", "/api/./search", "/api/search/..", "/api/%zz", "/api\\search")) {
            assertThat(get(variant, null, "10.0.0.1").status()).as(variant).isEqualTo(400);
        }
    }

    @Test
    void the_key_is_taken_from_bearer_then_header_then_query_and_blank_ones_do_not_count() {
        assertThat(CallerAdmission.presentedKey("Bearer  a ", "b", "c")).hasValue("a");
        assertThat(CallerAdmission.presentedKey("Basic x", "b", "c")).hasValue("b");
        assertThat(CallerAdmission.presentedKey(null, " ", "c")).hasValue("c");
        assertThat(CallerAdmission.presentedKey(null, null, " ")).isEmpty();
    }

    @Test
    void a_v1_call_draws_on_the_accounts_plan_quota_and_reports_the_plan_with_an_iso_reset() {
        CallerAdmission.Admission verdict = admit("/v1/cards", "GET", Optional.of(KEY), null, "10.0.0.1", false);

        assertThat(verdict.refused()).isFalse();
        assertThat(checked).containsExactly("plan 7");
        assertThat(recorded).containsExactly(CALLER);
        assertThat(verdict.headers()).containsExactly(Map.entry("X-RateLimit-Limit", "250"),
                Map.entry("X-RateLimit-Remaining", "249"), Map.entry("X-RateLimit-Reset", "2027-01-15T08:00:00Z"),
                Map.entry("X-Plan", "Free"));
    }

    @Test
    void a_v1_call_without_a_valid_key_is_401_in_the_guides_words_whatever_the_session() {
        for (Optional<String> key : List.of(Optional.<String>empty(), Optional.of("csm_wrong"))) {
            CallerAdmission.Admission verdict = admit("/v1/sets", "GET", key, COOKIE, "10.0.0.1", false);

            assertThat(verdict.status()).isEqualTo(401);
            assertThat(verdict.error()).isEqualTo("API key required");
            assertThat(verdict.detail()).isEqualTo("Include your API key in the X-API-Key header");
            assertThat(new String(Refusal.of(verdict, RequestPath.of("/v1/sets")).body(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("{\"error\":\"API key required\",\"message\":\"Include your API key in the X-API-Key header\"}");
        }
        assertThat(checked).isEmpty();
    }

    @Test
    void a_v1_call_over_the_daily_quota_is_429_with_retry_after_in_the_body() {
        allow = false;
        CallerAdmission.Admission verdict = admit("/v1/cards", "GET", Optional.of(KEY), null, "10.0.0.1", false);

        assertThat(verdict.status()).isEqualTo(429);
        assertThat(recorded).isEmpty();
        assertThat(verdict.headers()).containsEntry("X-RateLimit-Remaining", "0").containsEntry("Retry-After", "3600")
                .containsEntry("X-Plan", "Free");
        assertThat(new String(Refusal.of(verdict, RequestPath.of("/v1/cards")).body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"Rate limit exceeded\",\"message\":\"Daily limit reached. Resets at 2027-01-15T08:00:00Z\","
                        + "\"retryAfter\":3600}");
    }

    @Test
    void the_v1_stream_below_the_scale_plan_is_403_upgrade_required_and_counts_nothing() {
        CallerAdmission.Admission verdict = admit("/ws", "GET", Optional.of(KEY), null, "10.0.0.1", false);

        assertThat(verdict.status()).isEqualTo(403);
        assertThat(verdict.code()).isEqualTo("UPGRADE_REQUIRED");
        assertThat(checked).isEmpty();
        assertThat(new String(Refusal.of(verdict, RequestPath.of("/ws")).body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"Scale plan required\",\"message\":\"WebSocket streaming requires a Scale plan.\","
                        + "\"code\":\"UPGRADE_REQUIRED\"}");
    }
}

package io.cardvault.adapter.in.rest.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.AuthenticateApiKeyUseCase;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.RecordApiKeyUseUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Who a request comes from and whether it may go on, free of any HTTP stack: {@link CallerFilter}
 * applies it to every JAX-RS request, and the servlet-level fast path for cached card details
 * applies the very same rules (it answers below JAX-RS, so it cannot rely on the filter).
 *
 * <ol>
 *   <li>A presented API key must be valid (else 401); its caller draws on the account's quota and a
 *       granted call is recorded as the key's use.</li>
 *   <li>Otherwise a valid session cookie signs the account in and bypasses the limiter; a bad or
 *       expired cookie is ignored.</li>
 *   <li>Anyone else is anonymous: routes under {@code /api/} and {@code /auth/} count against the
 *       client address.</li>
 * </ol>
 * A state-changing request carrying a valid session, and any sign-in or sign-up, that the caller
 * judges cross-site is refused 403; API-key callers are exempt. Over the limit: 429.
 */
@ApplicationScoped
public class CallerAdmission {

    static final String CROSS_SITE_REFUSED = "Cross-site request refused: the Origin is not trusted";
    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";
    private static final String BEARER = "bearer ";

    private final AuthenticateApiKeyUseCase authenticate;
    private final CheckRateLimitUseCase rateLimits;
    private final RecordApiKeyUseUseCase recordUse;
    private final SessionCookies sessions;

    @Inject
    public CallerAdmission(AuthenticateApiKeyUseCase authenticate, CheckRateLimitUseCase rateLimits,
                           RecordApiKeyUseUseCase recordUse, SessionCookies sessions) {
        this.authenticate = authenticate;
        this.rateLimits = rateLimits;
        this.recordUse = recordUse;
        this.sessions = sessions;
    }

    /** For CDI's client proxy only. */
    protected CallerAdmission() {
        this(null, null, null, null);
    }

    /**
     * The verdict on one request.
     *
     * @param key            the API key presented, if any ({@link #presentedKey})
     * @param sessionCookie  the {@code tcg_session} cookie's value, or null
     * @param path           the request path, with or without its leading slash
     * @param clientAddress  the socket's peer (never a forwarded-for header: a client writes any address there)
     * @param crossSiteWrite whether the request is a state-changing one from an untrusted origin;
     *                       asked only when a session or a sign-in route makes it matter
     */
    public Admission admit(Optional<String> key, String sessionCookie, String path, String clientAddress,
                           BooleanSupplier crossSiteWrite) {
        if (key.isPresent()) {
            ApiCaller caller;
            try {
                caller = authenticate.authenticate(key.get());
            } catch (InvalidCredentialsException e) {
                return new Admission(null, null, null, 401, e.getMessage());
            }
            RateLimitDecision decision = rateLimits.check(caller);
            if (decision.allowed()) {
                recordUse.recordUse(caller);
            }
            return limited(caller, null, decision);
        }
        Optional<AccountId> session = sessionCookie == null ? Optional.empty() : sessions.read(sessionCookie);
        if ((session.isPresent() || signInRoute(path)) && crossSiteWrite.getAsBoolean()) {
            // Key callers are exempt: a browser never adds an API key to a forged request by itself.
            return new Admission(null, null, null, 403, CROSS_SITE_REFUSED);
        }
        if (session.isPresent()) {
            return new Admission(null, session.get(), null, 0, null);
        }
        if (anonymouslyLimited(path)) {
            return limited(null, null, rateLimits.checkAnonymous(clientAddress == null ? "unknown" : clientAddress));
        }
        return new Admission(null, null, null, 0, null);
    }

    private static Admission limited(ApiCaller caller, AccountId session, RateLimitDecision decision) {
        return decision.allowed()
                ? new Admission(caller, session, decision, 0, null)
                : new Admission(caller, session, decision, 429,
                        "Rate limit exceeded. Retry after " + decision.retryAfterSeconds() + " seconds.");
    }

    /** The API and the sign-in routes (login and sign-up guessing), not pages, health or metrics. */
    static boolean anonymouslyLimited(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith("api/") || relative.startsWith("auth/");
    }

    /** Sign-in and sign-up are guarded too, so no other site can sign a browser into an account of its choosing. */
    static boolean signInRoute(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith("auth/") || relative.startsWith("api/auth/");
    }

    /** {@code Authorization: Bearer …}, else {@code X-API-Key}, else {@code ?api_key=}; blank ones do not count. */
    public static Optional<String> presentedKey(String authorization, String apiKeyHeader, String apiKeyParameter) {
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return Optional.of(apiKeyHeader.strip());
        }
        return Optional.ofNullable(apiKeyParameter).filter(value -> !value.isBlank());
    }

    /**
     * The verdict: the key's caller or the session's account (at most one), the limiter's decision
     * when one was taken, and the refusal's status and detail when {@code status} is not 0.
     */
    public record Admission(ApiCaller caller, AccountId session, RateLimitDecision limit, int status, String detail) {

        public boolean refused() {
            return status != 0;
        }

        /**
         * The headers a key caller's answers carry, granted or refused: {@code X-RateLimit-*} for a
         * limited account, and {@code Retry-After} on a 429.
         */
        public Map<String, Long> headers() {
            Map<String, Long> headers = new LinkedHashMap<>();
            if (caller != null && limit != null && limit.limit() != RateLimits.UNLIMITED) {
                headers.put(LIMIT, limit.limit());
                headers.put(REMAINING, limit.remaining());
                headers.put(RESET, limit.resetEpochSeconds());
            }
            if (status == 429) {
                headers.put("Retry-After", limit.retryAfterSeconds());
            }
            return headers;
        }
    }
}

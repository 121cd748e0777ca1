package io.cardvault.adapter.in.http;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.AuthenticateApiKeyUseCase;
import io.cardvault.application.port.in.account.CheckRateLimitUseCase;
import io.cardvault.application.port.in.trust.CheckVerificationLimitUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.RecordApiKeyUseUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Who a request comes from and whether it may go on, free of any HTTP stack: the one admission
 * every entry point shares. {@link AdmissionFilter} applies it to every request before anything
 * else runs (JSON API, the card-detail fast path, WebSocket upgrades, web pages); the entry points
 * read its verdict ({@link AdmissionFilter#verdict}) and never read a key, a session cookie or the
 * limiter themselves.
 *
 * <ol>
 *   <li>The path is judged as {@link RequestPath} reads it: a malformed one is 400.</li>
 *   <li>A presented API key must be valid (else 401); its caller draws on the account's quota and a
 *       granted call is recorded as the key's use. Web pages ignore keys; a WebSocket upgrade passes
 *       its key on to the stream use case, which answers with the protocol's close codes.</li>
 *   <li>Otherwise a valid session cookie signs the account in and bypasses the limiter; a bad or
 *       expired cookie is ignored.</li>
 *   <li>Anyone else is anonymous: the API, the sign-in routes and the web pages count against the
 *       client address.</li>
 * </ol>
 * A state-changing request carrying a valid session, any sign-in or sign-up, any web form post, and
 * a WebSocket upgrade signed in by its session cookie, that come from an untrusted origin are
 * refused 403; API-key callers are exempt. Over the limit: 429.
 * <p>
 * The PokeTrace-compatible API ({@code /v1/…} and its WebSocket {@code /ws}) always needs a key (401
 * without one or with a bad one, in PokeTrace's words); each call draws on the daily quota of the
 * plan the key's account is on, shared by all its keys, instead of the platform quota, and {@code /ws}
 * needs the Scale plan (403 {@code UPGRADE_REQUIRED}). Its answers carry the plan's headers
 * ({@link Admission#headers}).
 */
@ApplicationScoped
public class CallerAdmission {

    static final String CROSS_SITE_REFUSED = "Cross-site request refused: the Origin is not trusted";
    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";
    static final String PLAN = "X-Plan";
    static final String KEY_REQUIRED = "API key required";
    static final String KEY_REQUIRED_MESSAGE = "Include your API key in the X-API-Key header";
    static final String LIMIT_EXCEEDED = "Rate limit exceeded";
    static final String SCALE_REQUIRED = "Scale plan required";
    static final String SCALE_REQUIRED_MESSAGE = "WebSocket streaming requires a Scale plan.";
    /** PokeTrace's code for a refusal a higher plan would lift. */
    public static final String UPGRADE_REQUIRED = "UPGRADE_REQUIRED";
    private static final String BEARER = "bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuthenticateApiKeyUseCase authenticate;
    private final CheckRateLimitUseCase rateLimits;
    private final RecordApiKeyUseUseCase recordUse;
    private final SessionCookies sessions;
    private final CheckVerificationLimitUseCase verificationLimit;

    @Inject
    public CallerAdmission(AuthenticateApiKeyUseCase authenticate, CheckRateLimitUseCase rateLimits,
                           RecordApiKeyUseUseCase recordUse, SessionCookies sessions,
                           CheckVerificationLimitUseCase verificationLimit) {
        this.verificationLimit = verificationLimit;
        this.authenticate = authenticate;
        this.rateLimits = rateLimits;
        this.recordUse = recordUse;
        this.sessions = sessions;
    }

    /** For CDI's client proxy only. */
    protected CallerAdmission() {
        this(null, null, null, null, null);
    }

    /**
     * The verdict on one request.
     *
     * @param path            the request path as {@link RequestPath#of} judged it
     * @param method          the HTTP method
     * @param key             the API key presented, if any ({@link #presentedKey})
     * @param sessionCookie   the {@code tcg_session} cookie's value, or null
     * @param clientAddress   the socket's peer (never a forwarded-for header: a client writes any address there)
     * @param untrustedOrigin whether the request's {@code Origin} (else {@code Referer}) is neither this
     *                        server nor an allowed origin; asked only when a session or a sign-in route makes it matter
     */
    public Admission admit(RequestPath path, String method, Optional<String> key, String sessionCookie,
                           String clientAddress, BooleanSupplier untrustedOrigin) {
        if (path.malformed()) {
            return Admission.refusal(400, path.problem());
        }
        if (path.verification()) {
            // trust codes are public: a session or a key must not lift the one brake on walking through codes
            RateLimitDecision verification = verificationLimit.check(clientAddress == null ? "unknown" : clientAddress);
            if (!verification.allowed()) {
                return limited(null, null, verification);
            }
        }
        RequestPath.Kind kind = path.kind();
        if (kind.pokeTrace()) {
            return admitPlan(kind, key);
        }
        if (kind == RequestPath.Kind.PAGE) {
            key = Optional.empty(); // a page acts for its session or nobody; keys are the API's
        }
        if (kind == RequestPath.Kind.STREAM && key.isPresent()) {
            // The stream use case authenticates the key and answers with the protocol's close codes.
            return new Admission(null, null, null, 0, null, key.get(), null);
        }
        if (key.isPresent()) {
            ApiCaller caller;
            try {
                caller = authenticate.authenticate(key.get());
            } catch (InvalidCredentialsException e) {
                return Admission.refusal(401, e.getMessage());
            }
            RateLimitDecision decision = rateLimits.check(caller);
            if (decision.allowed()) {
                recordUse.recordUse(caller);
            }
            return limited(caller, null, decision);
        }
        Optional<AccountId> session = sessionCookie == null ? Optional.empty() : sessions.read(sessionCookie);
        // An upgrade is a GET, yet the socket then acts for the session: it is judged like a write.
        boolean writes = kind == RequestPath.Kind.STREAM || !SAFE_METHODS.contains(method);
        if ((session.isPresent() || kind.guardedWithoutSession()) && writes && untrustedOrigin.getAsBoolean()) {
            // Key callers are exempt: a browser never adds an API key to a forged request by itself.
            return Admission.refusal(403, CROSS_SITE_REFUSED);
        }
        if (kind == RequestPath.Kind.STREAM) {
            // Anonymous upgrades are counted by the stream use case, one request per connection.
            return new Admission(null, session.orElse(null), null, 0, null, null, session.isPresent() ? sessionCookie : null);
        }
        if (session.isPresent()) {
            return new Admission(null, session.get(), null, 0, null, null, null);
        }
        if (kind.anonymouslyLimited()) {
            return limited(null, null, rateLimits.checkAnonymous(clientAddress == null ? "unknown" : clientAddress));
        }
        return Admission.ANONYMOUS;
    }

    /**
     * {@code /v1} and {@code /ws}: a valid key, then (for the stream) the Scale plan, then one call
     * off the account's plan quota. Cookies play no part: PokeTrace's clients present keys.
     */
    private Admission admitPlan(RequestPath.Kind kind, Optional<String> key) {
        if (key.isEmpty()) {
            return Admission.pokeTraceRefusal(401, KEY_REQUIRED, KEY_REQUIRED_MESSAGE, null, null);
        }
        ApiCaller caller;
        try {
            caller = authenticate.authenticate(key.get());
        } catch (InvalidCredentialsException e) {
            return Admission.pokeTraceRefusal(401, KEY_REQUIRED, KEY_REQUIRED_MESSAGE, null, null);
        }
        ApiPlan plan = ApiPlan.of(caller.accountTier());
        if (kind == RequestPath.Kind.POKETRACE_STREAM && !plan.streams()) {
            return Admission.pokeTraceRefusal(403, SCALE_REQUIRED, SCALE_REQUIRED_MESSAGE, UPGRADE_REQUIRED, plan);
        }
        RateLimitDecision decision = rateLimits.checkPlan(caller);
        if (!decision.allowed()) {
            return new Admission(caller, null, decision, 429, "Daily limit reached. Resets at "
                    + Instant.ofEpochSecond(decision.resetEpochSeconds()), null, null, plan, LIMIT_EXCEEDED, null);
        }
        recordUse.recordUse(caller);
        // the stream use case judges the key again and answers with the protocol's close codes
        return new Admission(caller, null, decision, 0, null, kind == RequestPath.Kind.POKETRACE_STREAM ? key.get() : null,
                null, plan, null, null);
    }

    private static Admission limited(ApiCaller caller, AccountId session, RateLimitDecision decision) {
        return decision.allowed()
                ? new Admission(caller, session, decision, 0, null, null, null)
                : new Admission(caller, session, decision, 429,
                        "Rate limit exceeded. Retry after " + decision.retryAfterSeconds() + " seconds.", null, null);
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
     * when one was taken, and the refusal's status and detail when {@code status} is not 0. For a
     * WebSocket upgrade, {@code streamKey} or {@code streamSession} carry the credential the stream
     * use case judges (the presented key, or the cookie of a session found valid here). On the
     * PokeTrace-compatible routes, {@code plan} is the key's account's plan (null when no valid key
     * was shown), and a refusal's {@code error} and {@code code} are PokeTrace's {@code error} and
     * {@code code} fields beside {@code detail} as its {@code message}.
     */
    public record Admission(ApiCaller caller, AccountId session, RateLimitDecision limit, int status, String detail,
                            String streamKey, String streamSession, ApiPlan plan, String error, String code) {

        /** Nobody in particular, let through: no key, no session, no limit on this route. */
        public static final Admission ANONYMOUS = new Admission(null, null, null, 0, null, null, null);

        /** A verdict of the platform's routes, where no plan applies. */
        public Admission(ApiCaller caller, AccountId session, RateLimitDecision limit, int status, String detail,
                         String streamKey, String streamSession) {
            this(caller, session, limit, status, detail, streamKey, streamSession, null, null, null);
        }

        static Admission refusal(int status, String detail) {
            return new Admission(null, null, null, status, detail, null, null);
        }

        static Admission pokeTraceRefusal(int status, String error, String message, String code, ApiPlan plan) {
            return new Admission(null, null, null, status, message, null, null, plan, error, code);
        }

        public boolean refused() {
            return status != 0;
        }

        /**
         * The headers a key caller's answers carry, granted or refused: {@code X-RateLimit-*} for a
         * limited account, and {@code Retry-After} on a 429. On the PokeTrace-compatible routes the
         * plan's quota, its reset as an ISO-8601 instant and {@code X-Plan}.
         */
        public Map<String, String> headers() {
            boolean limited = caller != null && limit != null && limit.limit() != RateLimits.UNLIMITED;
            if (!limited && plan == null && status != 429) {
                return Map.of(); // anonymous and session answers, the hottest: no map built per request
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (limited) {
                headers.put(LIMIT, Long.toString(limit.limit()));
                headers.put(REMAINING, Long.toString(limit.remaining()));
                headers.put(RESET, plan != null ? Instant.ofEpochSecond(limit.resetEpochSeconds()).toString()
                        : Long.toString(limit.resetEpochSeconds()));
            }
            if (plan != null) {
                headers.put(PLAN, plan.displayName());
            }
            if (status == 429) {
                headers.put("Retry-After", Long.toString(limit.retryAfterSeconds()));
            }
            return headers;
        }
    }
}

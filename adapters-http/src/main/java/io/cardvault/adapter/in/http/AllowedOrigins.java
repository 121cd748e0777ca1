package io.cardvault.adapter.in.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser origins trusted with credentials: {@code CARDVAULT_CORS_ORIGINS} (the spec's list by
 * default) plus {@code CARDVAULT_CORS_EXTRA_ORIGINS}, both comma-separated
 * {@code scheme://host[:port]}. Origins compare case-insensitively with default ports left out, so
 * {@code https://example.com:443} and {@code https://example.com} are one origin.
 */
@ApplicationScoped
public class AllowedOrigins {

    /** What a listed origin may read of an answer besides the simple headers: the rate-limit headers and the API plan. */
    public static final String EXPOSE_HEADERS = "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, X-Plan";

    private final Set<String> origins;

    @Inject
    public AllowedOrigins(@ConfigProperty(name = "CARDVAULT_CORS_ORIGINS") String origins,
                          @ConfigProperty(name = "CARDVAULT_CORS_EXTRA_ORIGINS") Optional<String> extra) {
        this(Stream.concat(Arrays.stream(origins.split(",")), Arrays.stream(extra.orElse("").split(","))));
    }

    AllowedOrigins(Stream<String> configured) {
        Set<String> normalised = new LinkedHashSet<>();
        configured.map(String::strip).filter(value -> !value.isEmpty()).forEach(value -> normalised.add(
                normalise(value).orElseThrow(() -> new IllegalArgumentException("not an origin: " + value))));
        if (normalised.contains("*")) {
            throw new IllegalArgumentException("'*' is never an allowed origin");
        }
        this.origins = Set.copyOf(normalised);
    }

    /** For CDI's client proxy only. */
    protected AllowedOrigins() {
        this.origins = Set.of();
    }

    public boolean allows(String origin) {
        return origin != null && normalise(origin).filter(origins::contains).isPresent();
    }

    /**
     * What an answer to {@code origin} carries besides {@code Vary: Origin}: the grant for a listed
     * origin (that origin, never {@code *}, with credentials), nothing for any other. Every entry
     * point adds the same: JAX-RS answers, the fast path's and the admission's own refusals.
     */
    public Map<String, String> grantHeaders(String origin) {
        if (origin == null || !allows(origin)) {
            return Map.of();
        }
        return Map.of("Access-Control-Allow-Origin", origin.strip(),
                "Access-Control-Allow-Credentials", "true",
                "Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }

    /**
     * The cross-site-forgery check for a state-changing request a browser might have sent with the
     * session cookie: the {@code Origin} (else the {@code Referer}'s origin) must be this server's
     * own origin or a listed one. With neither header the request did not come from a browser page
     * (browsers send {@code Origin} on every cross-origin and every non-GET fetch or form post), so
     * there is no forgery to fear and it passes; {@code Origin: null} (sandboxed, privacy-redirected)
     * does not.
     */
    public boolean trustsWrite(String origin, String referer, String ownOrigin) {
        String claimed = origin != null ? origin : referer;
        if (claimed == null || claimed.isBlank()) {
            return true;
        }
        Optional<String> source = normalise(claimed);
        return source.isPresent() && (source.equals(normalise(ownOrigin)) || origins.contains(source.get()));
    }

    /** {@code scheme://host[:port]} of an origin or URL, lowercased, default port dropped; empty if it is none. */
    public static Optional<String> normalise(String text) {
        if (text == null || text.isBlank() || "null".equals(text.strip())) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    Set<String> origins() {
        return origins;
    }
}

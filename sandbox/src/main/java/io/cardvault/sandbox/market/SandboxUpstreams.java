package io.cardvault.sandbox.market;

import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's own test files of a source, derived from the source's configured base URL and
 * nothing else: a configured {@code …/sandbox/<source>} gives {@code …/sandbox/broken/<source>},
 * {@code …/sandbox/sets/<ids>/<source>}, {@code …/sandbox/showcase/<source>} or
 * {@code …/sandbox/down/<source>}. No request ever names a host the server then fetches from (not
 * even through its {@code Host} header), and a source configured with a real upstream has no such
 * variants.
 */
@ApplicationScoped
public class SandboxUpstreams {

    private final Map<PriceSource, URI> sandboxRoots;

    @Inject
    public SandboxUpstreams(@ConfigProperty(name = "CARDVAULT_CARDMARKET_URL") String cardmarket,
                            @ConfigProperty(name = "CARDVAULT_TCGCSV_URL") String tcgcsv,
                            @ConfigProperty(name = "CARDVAULT_PRICECHARTING_URL") String priceCharting) {
        this(Map.of(PriceSource.CARDMARKET, cardmarket, PriceSource.TCGCSV, tcgcsv, PriceSource.PRICECHARTING, priceCharting));
    }

    SandboxUpstreams(Map<PriceSource, String> configured) {
        Map<PriceSource, URI> roots = new EnumMap<>(PriceSource.class);
        configured.forEach((source, url) -> sandboxRoot(source, url).ifPresent(root -> roots.put(source, root)));
        this.sandboxRoots = Map.copyOf(roots);
    }

    /** For CDI's client proxy only. */
    protected SandboxUpstreams() {
        this.sandboxRoots = Map.of();
    }

    /**
     * The source's file tree under {@code prefix} ({@code broken/}, {@code sets/cel25/}, {@code showcase/},
     * {@code down/}) of the sandbox its configured URL points at; empty when it points elsewhere.
     */
    Optional<URI> scoped(PriceSource source, String prefix) {
        return Optional.ofNullable(sandboxRoots.get(source)).map(root -> root.resolve(prefix + source.code()));
    }

    /** {@code http://host:port/…/sandbox/} when the URL ends in {@code /sandbox/<source>}. */
    private static Optional<URI> sandboxRoot(PriceSource source, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String tail = "/sandbox/" + source.code();
        if (!uri.isAbsolute() || !path.endsWith(tail)) {
            return Optional.empty();
        }
        return Optional.of(uri.resolve(path.substring(0, path.length() - source.code().length())));
    }
}

package io.cardvault.adapter.out.sources.pricefile;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * MicroProfile Rest Client proxies per base URL (the configured upstream, or one a caller names),
 * and the reading of their responses: an error status or a failed read is
 * {@link UpstreamUnavailableException}; a body is read whole before anyone parses it.
 */
public final class RestClients<T> {

    /** The header the sandbox market puts on every file it serves. */
    public static final String SANDBOX_HEADER = "X-CardVault-Sandbox";

    private final Class<T> api;
    private final Map<URI, T> clients = new ConcurrentHashMap<>();

    public RestClients(Class<T> api) {
        this.api = api;
    }

    public T at(URI baseUrl) {
        return clients.computeIfAbsent(baseUrl, uri -> RestClientBuilder.newBuilder().baseUri(uri)
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(120, TimeUnit.SECONDS).build(api));
    }

    /** A body that was served, read whole; whether the sandbox market served it. */
    public record Fetched(UpstreamBody body, boolean sandbox) {
    }

    public static Fetched read(Response response, String upstream) {
        try (response) {
            if (response.getStatus() >= 300) {
                throw new UpstreamUnavailableException(upstream + " answered HTTP " + response.getStatus(), null);
            }
            boolean sandbox = "true".equalsIgnoreCase(response.getHeaderString(SANDBOX_HEADER));
            try (InputStream in = response.readEntity(InputStream.class)) {
                return new Fetched(UpstreamBody.read(in, upstream), sandbox);
            }
        } catch (IOException e) {
            throw new UpstreamUnavailableException("reading " + upstream + " failed: " + e.getMessage(), e);
        }
    }
}

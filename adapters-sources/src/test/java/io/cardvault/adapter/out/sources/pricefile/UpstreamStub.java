package io.cardvault.adapter.out.sources.pricefile;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vendor's upstream on loopback (the JDK's HTTP server on a free port): serves the bodies it was
 * given by path (a query is ignored, as the vendors ignore the sandbox market's {@code date}) and
 * answers 404 for any other path, or {@link #answerEverything} with one error status. Close it after
 * the test.
 */
public final class UpstreamStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile int errorStatus;

    public UpstreamStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = files.get(exchange.getRequestURI().getPath());
                int status = errorStatus != 0 ? errorStatus : body == null ? 404 : 200;
                if (status != 200) {
                    exchange.sendResponseHeaders(status, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** Serves {@code body} at {@code path} (starting with a slash). */
    public UpstreamStub serve(String path, byte[] body) {
        files.put(path, body.clone());
        return this;
    }

    /** Answers every request with {@code status} from now on, as an upstream in trouble does. */
    public UpstreamStub answerEverything(int status) {
        errorStatus = status;
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

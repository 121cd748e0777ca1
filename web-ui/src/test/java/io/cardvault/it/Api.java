package io.cardvault.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the server under test; its base URL comes from Failsafe. */
final class Api {

    private static final String BASE_URL = System.getProperty("cardvault.it.baseUrl", "http://localhost:9180");
    /** The operations listener: Liberty's own endpoints (/metrics, /openapi), which the public one does not serve. */
    private static final String OPS_URL = System.getProperty("cardvault.it.opsUrl", "http://localhost:9179");
    /** How long a call waits for its answer unless it says otherwise. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // Liberty answers an h2c upgrade on some feature endpoints by never replying
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Api() {
    }

    record Reply(int status, String body, HttpResponse<String> raw) {

        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static String baseUrl() {
        return BASE_URL;
    }

    /** Waits between two polls of a condition the server reaches in the background. */
    static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET of one of Liberty's own endpoints, on the operations listener. */
    static Reply ops(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(OPS_URL + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static Reply send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with extra headers given as name, value, name, value …; a null body sends none. */
    static Reply call(String method, String path, String jsonBody, String... headers) {
        return callAt(BASE_URL, method, path, jsonBody, headers);
    }

    /** The same request to another node of a two-node run, named by its base URL ({@code http://localhost:9181}). */
    static Reply callAt(String baseUrl, String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** One field of a multipart form: a file when {@code filename} is set, else a text field. */
    record Part(String name, String filename, String contentType, byte[] content) {

        static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static Part file(String name, String filename, String contentType, byte[] content) {
            return new Part(name, filename, contentType, content);
        }
    }

    /** A GET answered as raw bytes (a served picture), headers and status kept. */
    static HttpResponse<byte[]> bytes(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(ANSWER_WITHIN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A {@code multipart/form-data} POST with extra headers given as name, value, …. */
    static Reply multipart(String path, java.util.List<Part> parts, String... headers) {
        return multipart(path, ANSWER_WITHIN, parts, headers);
    }

    /** The same, waiting up to {@code patience} for the answer (a large upload the server works through). */
    static Reply multipart(String path, Duration patience, java.util.List<Part> parts, String... headers) {
        return multipartAt(BASE_URL, path, patience, parts, headers);
    }

    /** The same upload to another node of a two-node run, named by its base URL. */
    static Reply multipartAt(String baseUrl, String path, Duration patience, java.util.List<Part> parts, String... headers) {
        String boundary = "----cardvault-it-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\n"
                    + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n") + "\r\n";
            body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request, patience);
    }

    /** An answer read off the socket: status, the headers by lower-case name, the body as text. */
    record RawReply(int status, java.util.Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    /**
     * A GET whose target goes out byte for byte as given ({@code /health?x=%}), which
     * {@link URI} would refuse to build; HTTP/1.0 so the server closes after one answer.
     */
    static RawReply rawGet(String target) {
        return rawGet(target, new String[0]);
    }

    /**
     * The same with extra header lines ({@code "Upgrade: websocket"}, …), which {@link HttpClient}
     * refuses to send: a WebSocket upgrade whose refusal's body a test reads.
     */
    static RawReply rawGet(String target, String... headerLines) {
        URI base = URI.create(BASE_URL);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder extra = new StringBuilder();
            for (String line : headerLines) {
                extra.append(line).append("\r\n");
            }
            socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: */*\r\n" + extra + "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, headEnd < 0 ? answer.length() : headEnd).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(head[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), head[i].substring(colon + 1).trim());
                }
            }
            return new RawReply(Integer.parseInt(head[0].split(" ")[1]), headers, headEnd < 0 ? "" : answer.substring(headEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST of raw bytes with the given content type (no multipart framing added). */
    static Reply postBytes(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private static URI uri(String path) {
        return URI.create(BASE_URL + path);
    }

    private static Reply send(HttpRequest.Builder request) {
        return send(request, ANSWER_WITHIN);
    }

    private static Reply send(HttpRequest.Builder request, Duration patience) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(patience).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Registers a fresh account (the stem and a random suffix) and returns its {@code tcg_session=…} cookie pair. */
    static String registerSession(String stem) {
        String username = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply registered = call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"Fresh-account-2026\"}");
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered.status() + " " + registered.body());
        }
        return sessionCookie(registered);
    }

    /** The {@code tcg_session=…} pair an answer set. */
    static String sessionCookie(Reply reply) {
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The password the ITs give {@code matrix-admin}, the IT server's configured administrator (web-ui/pom.xml). */
    static final String ADMINISTRATOR_PASSWORD = "hunter2hunter2";

    /** A session cookie of {@code matrix-admin}: registered by the first test that needs it, signed in after. */
    static String administratorSession() {
        String username = "matrix-admin";
        Reply reply = call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\"" + username
                + "@example.com\",\"password\":\"" + ADMINISTRATOR_PASSWORD + "\"}");
        if (reply.status() == 409) {
            reply = call("POST", "/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + ADMINISTRATOR_PASSWORD + "\"}");
        }
        if (reply.status() != 200 && reply.status() != 201) {
            throw new IllegalStateException("administrator sign-in failed: " + reply.status() + " " + reply.body());
        }
        return sessionCookie(reply);
    }

    /** Waits (4 minutes at most) until no catalogue import runs on the server, as seen by an administrator's session. */
    static void awaitNoCatalogueImport(String administrator) {
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofMinutes(4));
        while (java.time.Instant.now().isBefore(deadline)) {
            Reply job = call("GET", "/api/admin/catalogue/import", null, "Cookie", administrator);
            if (job.status() != 200 || !job.json().asJsonObject().getString("status").equals("running")) {
                return;
            }
            pause(Duration.ofSeconds(1));
        }
    }
}

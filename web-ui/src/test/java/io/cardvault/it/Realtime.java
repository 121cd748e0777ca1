package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Real-time test helpers: accounts and keys made through the REST routes, events published
 * through the test producer, and a WebSocket client ({@code java.net.http}, HTTP/1.1) that
 * collects whole frames and the close code.
 */
final class Realtime {

    private static final String BASE_URL = System.getProperty("cardvault.it.baseUrl", "http://localhost:9180");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final Duration WAIT = Duration.ofSeconds(15);

    private Realtime() {
    }

    record User(long id, String username, String cookie) {
    }

    static User register() {
        String username = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = Api.call("POST", "/auth/register", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"hunter2hunter2\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String setCookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("tcg_session=")).findFirst().orElseThrow();
        return new User(reply.json().asJsonObject().getJsonNumber("user_id").longValue(), username,
                setCookie.substring(0, setCookie.indexOf(';')));
    }

    static void grantTier(User user, String tier) {
        Api.Reply reply = Api.call("POST", "/api/testing/accounts/" + user.id() + "/tier", "{\"tier\":\"" + tier + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static String createKey(User user) {
        Api.Reply reply = Api.call("POST", "/api/keys", "{\"name\":\"stream\"}", "Cookie", user.cookie());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().asJsonObject().getString("key");
    }

    static String proKey(User user) {
        grantTier(user, "pro");
        return createKey(user);
    }

    static void publish(String eventJson) {
        Api.Reply reply = Api.call("POST", "/api/testing/realtime/events", eventJson);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    }

    static Socket stream(String apiKey) {
        return Socket.open("/api/v1/stream" + (apiKey == null ? "" : "?api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)), null);
    }

    static Socket channel(String cookie) {
        return Socket.open("/ws/v1", cookie);
    }

    /** One client connection: whole text frames in arrival order, and how it closed. */
    static final class Socket implements WebSocket.Listener {

        private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile boolean reading = true;
        private WebSocket socket;

        static Socket open(String path, String cookie) {
            Socket listener = new Socket();
            WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            try {
                listener.socket = builder.buildAsync(URI.create(BASE_URL.replaceFirst("^http", "ws") + path), listener)
                        .get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot connect to " + path, e);
            }
            return listener;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            if (reading) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }

        void send(String json) {
            socket.sendText(json, true).join();
        }

        /** The next frame of {@code type}, skipping heartbeat pings (unless a ping is what is wanted). */
        JsonObject next(String type) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    JsonObject frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (frame == null) {
                        break;
                    }
                    if (frame.getString("type").equals(type)) {
                        return frame;
                    }
                    if (!frame.getString("type").equals("ping")) {
                        throw new AssertionError("expected a " + type + " frame, got " + frame);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("no " + type + " frame within " + WAIT);
        }

        /** The frames other than pings that arrive within {@code quiet}. */
        java.util.List<JsonObject> drain(Duration quiet) throws InterruptedException {
            java.util.List<JsonObject> seen = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < deadline) {
                JsonObject frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && !frame.getString("type").equals("ping")) {
                    seen.add(frame);
                }
            }
            return seen;
        }

        int closeCode() {
            try {
                return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("the server did not close the socket", e);
            }
        }

        boolean isClosed() {
            return closed.isDone();
        }

        /** Stops reading: frames (and the pings a client library answers by itself) are left unread. */
        void stall() {
            reading = false;
        }

        void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                        .exceptionally(failure -> null).join();
            }
            socket.abort();
        }
    }
}

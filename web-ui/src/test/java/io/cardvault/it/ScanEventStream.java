package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An owner's scan-session event stream ({@code GET /api/scan-sessions/{id}/sse}), read line by line
 * on the HTTP client's own thread while the test drives the phone's calls; the full URL names the
 * node, so a two-node test reads it from one node while the phone talks to the other.
 */
final class ScanEventStream {

    /** One server-sent event: its name and its JSON data. */
    record Event(String name, JsonObject data) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * Each stream is read on a thread of its own: a dependent stage without an executor may run on the
     * thread that waits for the response (the test's), which would then read the stream until it ends.
     */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "scan-event-stream");
        thread.setDaemon(true);
        return thread;
    });

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    /** Completes when the server has ended the stream (its body read to the end). */
    private final CompletableFuture<Void> ended;

    ScanEventStream(String url, String cookie) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie).header("Accept", "text/event-stream").GET().build();
        response = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        ended = response.thenAcceptAsync(answer -> {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) answer.body()::iterator) {
                if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && name != null) {
                    events.add(new Event(name, Json.createReader(new StringReader(data.toString())).readObject()));
                    name = null;
                    data.setLength(0);
                }
            }
        }, READERS);
    }

    int awaitStatus() throws Exception {
        return response.get(30, TimeUnit.SECONDS).statusCode();
    }

    /** Waits until the stream is open on the server (its first comment line). */
    void awaitConnected() throws Exception {
        awaitStatus();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (comments.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(comments).as("the stream's first line").isNotEmpty();
    }

    Event next() throws InterruptedException {
        Event event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("an event within 30 s").isNotNull();
        return event;
    }

    /**
     * Reads the four events of a phone session in their order: {@code claimed} by {@code device}, the {@code photo} of
     * card 0 at {@code imageUrl}, card 0's {@code result} whose best candidate is {@code cardId}, {@code completed} with
     * one card.
     */
    void expectClaimedPhotoResultCompleted(String device, String imageUrl, int cardId) throws InterruptedException {
        Event first = next();
        assertThat(first.name()).isEqualTo("claimed");
        assertThat(first.data().getString("device_name")).isEqualTo(device);
        Event second = next();
        assertThat(second.name()).isEqualTo("photo");
        assertThat(second.data().getInt("card_index")).isZero();
        assertThat(second.data().getString("image_url")).isEqualTo(imageUrl);
        Event third = next();
        assertThat(third.name()).isEqualTo("result");
        assertThat(third.data().getInt("card_index")).isZero();
        assertThat(third.data().getJsonObject("recognition").getJsonArray("candidates").getJsonObject(0).getInt("card_id"))
                .isEqualTo(cardId);
        Event fourth = next();
        assertThat(fourth.name()).isEqualTo("completed");
        assertThat(fourth.data().getInt("count")).isEqualTo(1);
    }

    /** Waits until the server ends the stream, and returns what came after the last event read (normally nothing). */
    List<Event> awaitEnd() throws Exception {
        ended.get(30, TimeUnit.SECONDS);
        List<Event> rest = new ArrayList<>();
        events.drainTo(rest);
        return rest;
    }
}

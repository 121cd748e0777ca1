import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real-time benchmark client (issue 9), run by bench/realtime/run.sh with the JDK alone
 * ({@code java RealtimeBench.java <base-url> <connections> <events>}):
 * <ol>
 *   <li>opens N WebSocket connections to /ws/v1 (at most 200 handshakes in flight), each waiting
 *       for its welcome frame, and subscribes every one to {@code tcg:bench};</li>
 *   <li>"one subscriber": a single extra connection subscribed to {@code card:1} while the N are
 *       held; events published one by one through the test producer; latency = arrival time minus
 *       the event's {@code ts} (set when the producer built it), so it spans the REST call,
 *       the Hazelcast reliable topic and the WebSocket write;</li>
 *   <li>"fan-out": events on {@code tcg:bench}, each delivered to all N connections; latency of
 *       every delivery, so the p99 includes the time to write the event to all N sockets.</li>
 * </ol>
 * Prints one REPORT line per figure.
 */
public class RealtimeBench {

    private static final Pattern TS = Pattern.compile("\"ts\":([0-9.]+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    static final class Client implements WebSocket.Listener {
        final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        final ConcurrentLinkedQueue<Long> latencies;
        final AtomicInteger acks = new AtomicInteger();
        final StringBuilder partial = new StringBuilder();
        volatile WebSocket socket;

        Client(ConcurrentLinkedQueue<Long> latencies) {
            this.latencies = latencies;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("{\"type\":\"welcome\"")) {
                    welcomed.complete(null);
                } else if (frame.startsWith("{\"type\":\"subscribed\"")) {
                    acks.incrementAndGet();
                } else if (frame.startsWith("{\"type\":\"price_update\"")) {
                    Matcher ts = TS.matcher(frame);
                    if (ts.find()) {
                        latencies.add(now - Math.round(Double.parseDouble(ts.group(1)) * 1000));
                    }
                } else if (frame.startsWith("{\"type\":\"ping\"")) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            welcomed.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            welcomed.completeExceptionally(error);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int connections = Integer.parseInt(args[1]);
        int events = Integer.parseInt(args[2]);
        URI channel = URI.create(base.replaceFirst("^http", "ws") + "/ws/v1");

        ConcurrentLinkedQueue<Long> fanOut = new ConcurrentLinkedQueue<>();
        List<Client> clients = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(200);
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch opened = new CountDownLatch(connections);
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            inFlight.acquire();
            Client client = new Client(fanOut);
            CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60)).buildAsync(channel, client)
                    .thenCompose(socket -> {
                        client.socket = socket;
                        return client.welcomed;
                    })
                    .whenComplete((ok, failure) -> {
                        inFlight.release();
                        if (failure == null) {
                            clients.add(client);
                            client.socket.sendText("{\"type\":\"subscribe\",\"topic\":\"tcg:bench\"}", true);
                        } else if (failed.incrementAndGet() <= 3) {
                            System.err.println("connection failed: " + failure);
                        }
                        opened.countDown();
                    });
        }
        opened.await(30, TimeUnit.MINUTES);
        double openSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (clients.stream().mapToInt(c -> c.acks.get()).sum() < clients.size() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        int subscribed = clients.stream().mapToInt(c -> c.acks.get()).sum();
        System.out.printf("REPORT connections held=%d failed=%d subscribed=%d open_seconds=%.1f%n",
                clients.size(), failed.get(), subscribed, openSeconds);

        // one subscriber among the N held connections
        ConcurrentLinkedQueue<Long> single = new ConcurrentLinkedQueue<>();
        Client probe = new Client(single);
        probe.socket = CLIENT.newWebSocketBuilder().buildAsync(channel, probe).get(60, TimeUnit.SECONDS);
        probe.welcomed.get(60, TimeUnit.SECONDS);
        probe.socket.sendText("{\"type\":\"subscribe\",\"topic\":\"card:1\"}", true);
        while (probe.acks.get() == 0) {
            Thread.sleep(20);
        }
        for (int i = 0; i < events * 10; i++) {
            publish(base, 1, "card-bench");
            Thread.sleep(50);
        }
        Thread.sleep(2000);
        report("one subscriber (" + clients.size() + " held)", single, events * 10);

        for (int i = 0; i < events; i++) {
            publish(base, 2, "bench");
            Thread.sleep(1000);
        }
        Thread.sleep(5000);
        report("fan-out to " + subscribed, fanOut, (long) events * subscribed);
        System.exit(0);
    }

    private static void publish(String base, long card, String tcg) throws Exception {
        String body = "{\"type\":\"price_update\",\"card_id\":" + card + ",\"set_id\":1,\"tcg\":\"" + tcg + "\","
                + "\"source\":\"bench\",\"variant\":\"normal\",\"market_price\":1.23,\"currency\":\"USD\"}";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/testing/realtime/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("producer answered " + response.statusCode() + " " + response.body());
        }
    }

    private static void report(String label, ConcurrentLinkedQueue<Long> latencies, long expected) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("REPORT %s delivered=0 expected=%d%n", label, expected);
            return;
        }
        System.out.printf("REPORT %s delivered=%d expected=%d p50_ms=%d p99_ms=%d max_ms=%d%n", label, sorted.size(), expected,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)),
                sorted.get(sorted.size() - 1));
    }
}

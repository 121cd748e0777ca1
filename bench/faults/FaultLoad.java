import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault run's clients (bench/faults/run.sh): several writers register accounts and create API keys
 * against all nodes, and one spender uses a Free key at four requests a second across the nodes. Every
 * write the server acknowledged (2xx) is recorded with what identifies it in the database, every failed
 * request with its time and cause, every limiter answer with its window. The script checks the records
 * against the database afterwards.
 *
 * <pre>java bench/faults/FaultLoad.java OUT_DIR SECONDS CLIENTS PREFIX LIMITER_KEY NODE_URL...</pre>
 *
 * Run as a single source file (JDK 17+), so the fault run needs no build of its own. A node that refuses a
 * connection is left alone for two seconds (as a load balancer would), so clients carry on against the
 * others; what was in flight when a node died counts as failed.
 */
public final class FaultLoad {

    private static final Pattern USER_ID = Pattern.compile("\"user_id\"\\s*:\\s*(\\d+)");
    private static final Pattern KEY_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern KEY_PREFIX = Pattern.compile("\"prefix\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "fault-run-password";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> nodes;
    private final Map<String, Long> downUntil = new ConcurrentHashMap<>();
    private final PrintWriter accounts;
    private final PrintWriter keys;
    private final PrintWriter failures;
    private final PrintWriter oks;
    private final PrintWriter limiter;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    private FaultLoad(Path out, List<String> nodes) throws IOException {
        Files.createDirectories(out);
        this.nodes = nodes;
        this.accounts = writer(out.resolve("acked-accounts.tsv"));
        this.keys = writer(out.resolve("acked-keys.tsv"));
        this.failures = writer(out.resolve("failures.tsv"));
        this.oks = writer(out.resolve("ok.tsv"));
        this.limiter = writer(out.resolve("limiter.tsv"));
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file), true);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long seconds = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        String prefix = args[3];
        String limiterKey = args[4];
        FaultLoad load = new FaultLoad(out, List.of(args).subList(5, args.length));
        long end = System.currentTimeMillis() + seconds * 1000;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(started(() -> load.writer(prefix + "-" + client, client, end)));
        }
        if (!limiterKey.equals("-")) {
            threads.add(started(() -> load.spender(limiterKey, end)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("clients done: %d requests, %d failed%n", load.sent.get(), load.failed.get());
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** Registers accounts one after another; each new account creates a key, then asks for a second (Free: one). */
    private void writer(String stem, int client, long end) {
        int turn = client;
        for (int n = 0; System.currentTimeMillis() < end; n++) {
            String username = stem + "-" + n;
            String node = node(turn++);
            String body = "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\",\"password\":\""
                    + PASSWORD + "\"}";
            Reply registered = call(node, "register", "POST", "/auth/register", body, null, null);
            if (registered == null || registered.status != 201) {
                continue;
            }
            accounts.printf("%s\t%s\t%s\t%d%n", username, first(USER_ID, registered.body), node, registered.at);
            String cookie = registered.cookie;
            for (int k = 1; k <= 2 && System.currentTimeMillis() < end; k++) {
                Reply key = call(node(turn++), "key", "POST", "/api/keys", "{\"name\":\"k" + k + "\"}", cookie, null);
                if (key != null && key.status == 201) {
                    keys.printf("%s\t%s\t%s\t%s\t%d%n", first(KEY_ID, key.body), first(USER_ID, registered.body),
                            first(KEY_PREFIX, key.body), key.node, key.at);
                }
            }
        }
    }

    /**
     * Spends one Free key at 4 requests a second, alternating nodes; records each answer's time, node, status,
     * rate-limit headers and the time the request was sent (limiter.tsv).
     */
    private void spender(String key, long end) {
        int turn = 0;
        while (System.currentTimeMillis() < end) {
            long started = System.currentTimeMillis();
            String node = node(turn++);
            Reply reply = call(node, "limited", "GET", "/api/v2/stats", null, null, key);
            if (reply != null) {
                limiter.printf("%d\t%s\t%d\t%s\t%s\t%s\t%d%n", reply.at, reply.node, reply.status,
                        reply.headers.firstValue("X-RateLimit-Reset").orElse("-"),
                        reply.headers.firstValue("X-RateLimit-Limit").orElse("-"),
                        reply.headers.firstValue("X-RateLimit-Remaining").orElse("-"), started);
            }
            sleep(Math.max(0, 250 - (System.currentTimeMillis() - started)));
        }
    }

    private record Reply(String node, int status, String body, String cookie, java.net.http.HttpHeaders headers, long at) {
    }

    /** One request; null when it failed (no answer, or a 5xx), which is recorded in failures.tsv. */
    private Reply call(String node, String operation, String method, String path, String body, String cookie, String apiKey) {
        sent.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        long started = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long at = System.currentTimeMillis();
            String setCookie = response.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("tcg_session="))
                    .map(v -> v.substring(0, v.indexOf(';'))).findFirst().orElse(null);
            if (response.statusCode() >= 500) {
                failed.incrementAndGet();
                failures.printf("%d\t%d\t%s\t%s\t%d %s%n", started, at, node, operation, response.statusCode(),
                        response.body().replaceAll("\\s+", " ").substring(0, Math.min(120, response.body().length())));
                return null;
            }
            if (response.statusCode() < 300) {
                oks.printf("%d\t%s\t%s%n", at, node, operation);
            }
            return new Reply(node, response.statusCode(), response.body(), setCookie, response.headers(), at);
        } catch (IOException e) {
            failed.incrementAndGet();
            failures.printf("%d\t%d\t%s\t%s\t%s%n", started, System.currentTimeMillis(), node, operation,
                    e.getClass().getSimpleName() + " " + e.getMessage());
            if (e instanceof java.net.ConnectException) {
                downUntil.put(node, System.currentTimeMillis() + 2_000);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The turn's node, skipping nodes that refused a connection in the last two seconds (all down: the turn's). */
    private String node(int turn) {
        long now = System.currentTimeMillis();
        for (int i = 0; i < nodes.size(); i++) {
            String candidate = nodes.get(Math.floorMod(turn + i, nodes.size()));
            if (downUntil.getOrDefault(candidate, 0L) < now) {
                return candidate;
            }
        }
        return nodes.get(Math.floorMod(turn, nodes.size()));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "-";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}

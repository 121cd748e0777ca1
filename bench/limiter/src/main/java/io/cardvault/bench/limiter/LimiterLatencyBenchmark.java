package io.cardvault.bench.limiter;

import io.cardvault.adapter.out.cluster.StandaloneLimiterNode;
import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Added latency of one rate-limit decision (what {@code CallerFilter} pays per key request) on a
 * real two-member Hazelcast cluster in this JVM, both members on loopback: half the decisions are
 * taken on each member, accounts spread over all partitions, so about half the calls are served
 * by the local partition owner and half cross to the other member. The limits are set so no
 * request is refused (a refusal costs the same round trip). Arguments: {@code decisions=},
 * {@code warmup=}, {@code accounts=}, {@code threads=}.
 */
public final class LimiterLatencyBenchmark {

    private static final RateLimits NEVER_REFUSED = new RateLimits(1_000_000_000L, 1_000_000_000L);

    private LimiterLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int decisions = intArg(args, "decisions", 100_000);
        int warmup = intArg(args, "warmup", 30_000);
        int accounts = intArg(args, "accounts", 1_000);
        int threads = intArg(args, "threads", 1);
        String cluster = "limiter-bench-" + UUID.randomUUID();
        String members = "127.0.0.1:6231,127.0.0.1:6232";
        try (StandaloneLimiterNode first = StandaloneLimiterNode.start(cluster, 6231, members);
             StandaloneLimiterNode second = StandaloneLimiterNode.start(cluster, 6232, members)) {
            if (second.memberCount() != 2) {
                throw new IllegalStateException("the two members did not form one cluster");
            }
            List<StandaloneLimiterNode> nodes = List.of(first, second);
            run(nodes, warmup, accounts, threads, 1);
            long started = System.nanoTime();
            long[] nanos = run(nodes, decisions, accounts, threads, 2);
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(nanos);
            out.printf(Locale.ROOT, "members=2 threads=%d decisions=%d accounts=%d degraded=%b%n", threads, decisions,
                    accounts, first.degraded() || second.degraded());
            out.printf(Locale.ROOT, "p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p99.9_ms=%.3f max_ms=%.3f throughput_per_s=%.0f%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), ms(nanos, 0.999),
                    nanos[nanos.length - 1] / 1e6, decisions / seconds);
        }
    }

    private static long[] run(List<StandaloneLimiterNode> nodes, int decisions, int accounts, int threads, long seed)
            throws Exception {
        long[] nanos = new long[decisions];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<?>[] parts = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                int from = t * decisions / threads;
                int to = (t + 1) * decisions / threads;
                SplittableRandom random = new SplittableRandom(seed * 31 + t);
                parts[t] = pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        StandaloneLimiterNode node = nodes.get(i & 1);
                        String bucket = "account:" + random.nextInt(accounts);
                        long start = System.nanoTime();
                        RateLimitDecision decision = node.tryConsume(bucket, NEVER_REFUSED);
                        nanos[i] = System.nanoTime() - start;
                        if (!decision.allowed()) {
                            throw new IllegalStateException("unexpected refusal for " + bucket);
                        }
                    }
                    return null;
                });
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            for (String part : arg.split("\\s+")) {
                if (part.startsWith(name + "=")) {
                    return Integer.parseInt(part.substring(name.length() + 1));
                }
            }
        }
        return fallback;
    }
}

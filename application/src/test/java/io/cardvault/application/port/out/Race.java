package io.cardvault.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Calls released at once on threads of an {@link Executor}, for contracts whose port promises
 * something under a race between nodes (one duplicate refused, one trigger wins). A plain test runs
 * them on threads of their own; an in-container test passes the container's managed executor, so
 * each call can open its own transaction.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    /** A thread per call, nothing to shut down afterwards. */
    public static Executor ownThreads() {
        return task -> new Thread(task, "contract-race").start();
    }

    /** What one call gave: its value, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs the calls together (each waits at a start line until all are there) and returns their outcomes in order. */
    public static <T> List<Outcome<T>> run(Executor threads, List<Callable<T>> calls) {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Outcome<T>>> running = new ArrayList<>();
        for (Callable<T> call : calls) {
            running.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    if (!go.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        return new Outcome<>(null, new IllegalStateException("the race never started"));
                    }
                    return new Outcome<>(call.call(), null);
                } catch (Exception | AssertionError e) {
                    return new Outcome<>(null, e);
                }
            }, threads));
        }
        try {
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every racer reached the start line");
            }
            go.countDown();
            return running.stream().map(CompletableFuture::join).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the race ended", e);
        }
    }
}

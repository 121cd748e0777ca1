package io.cardvault.adapter.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Callers of a shared read never get a result read before they asked, and callers that arrive while
 * one read runs share the next one instead of each running their own.
 */
class FreshReadTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void a_lone_caller_reads_each_time() throws SQLException {
        AtomicInteger reads = new AtomicInteger();
        FreshRead<Integer> read = new FreshRead<>(reads::incrementAndGet);

        assertThat(read.get()).isEqualTo(1);
        assertThat(read.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void callers_arriving_during_a_read_share_the_next_read_not_the_running_one() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        FreshRead<Integer> read = new FreshRead<>(() -> {
            int number = reads.incrementAndGet();
            if (number == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return number;
        });

        Future<Integer> first = callers.submit(read::get);
        await(firstStarted);
        Thread[] late = new Thread[3];
        CompletableFuture<?>[] lateResults = new CompletableFuture<?>[late.length];
        for (int i = 0; i < late.length; i++) {
            CompletableFuture<Integer> result = new CompletableFuture<>();
            lateResults[i] = result;
            late[i] = new Thread(() -> {
                try {
                    result.complete(read.get());
                } catch (SQLException e) {
                    result.completeExceptionally(e);
                }
            });
            late[i].start();
        }
        for (Thread thread : late) {
            waitUntilWaiting(thread);
        }
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).as("the caller that started the read").isEqualTo(1);
        for (CompletableFuture<?> result : lateResults) {
            assertThat(result.get(10, TimeUnit.SECONDS)).as("a read started after they asked, shared").isEqualTo(2);
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_failed_read_fails_its_callers_and_the_next_call_reads_again() throws SQLException {
        AtomicInteger reads = new AtomicInteger();
        FreshRead<Integer> read = new FreshRead<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new SQLException("connection refused");
            }
            return reads.get();
        });

        assertThatThrownBy(read::get).isInstanceOf(SQLException.class).hasMessage("connection refused");
        assertThat(read.get()).isEqualTo(2);
    }

    @Test
    void a_read_that_throws_an_unchecked_exception_fails_as_an_sql_exception() {
        FreshRead<Integer> read = new FreshRead<>(() -> {
            throw new IllegalStateException("pool closed");
        });

        assertThatThrownBy(read::get).isInstanceOf(SQLException.class).hasRootCauseMessage("pool closed");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the thread waits on the read's monitor (or blocks entering it): it has joined a round. */
    private static void waitUntilWaiting(Thread thread) throws InterruptedException {
        for (int i = 0; i < 10_000 && thread.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }
}

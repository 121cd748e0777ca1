package io.cardvault.adapter.out.persistence.search;

import java.sql.SQLException;

/**
 * A read that concurrent callers share without ever being answered from before they asked: each
 * caller gets the result of a read that started after its call began. One read runs at a time;
 * the callers arriving meanwhile wait for it to end and then share the next one, which the first of
 * them runs. Under load the database sees about one read per read's duration instead of one per
 * caller; a lone caller reads as before. A failed read fails every caller that shared it.
 */
final class FreshRead<T> {

    /** The read itself, e.g. one query. */
    interface Source<T> {
        T read() throws SQLException;
    }

    /** One read and the callers that share it: joined while it has not started. */
    private static final class Round<T> {
        private boolean done;
        private T value;
        private SQLException failure;
    }

    private final Source<T> source;
    private final Object lock = new Object();
    /** The round the next callers join; it starts once no read runs. Null when nobody waits. */
    private Round<T> next;
    private boolean running;

    FreshRead(Source<T> source) {
        this.source = source;
    }

    /** The result of a read that started after this call began. */
    T get() throws SQLException {
        Round<T> mine;
        synchronized (lock) {
            if (next == null) {
                next = new Round<>();
            }
            mine = next;
            try {
                while (running && !mine.done) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a shared read", e);
            }
            if (mine.done) {
                return result(mine);
            }
            // nothing runs and this round has not started: this caller runs it for everyone who joined it
            next = null;
            running = true;
        }
        T value = null;
        SQLException failure = null;
        boolean read = false;
        try {
            value = source.read();
            read = true;
        } catch (SQLException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new SQLException("shared read failed", e);
        } finally {
            if (!read && failure == null) {
                failure = new SQLException("shared read ended abruptly"); // an Error: the others must not take null for an answer
            }
            synchronized (lock) {
                mine.value = value;
                mine.failure = failure;
                mine.done = true;
                running = false;
                lock.notifyAll();
            }
        }
        return result(mine);
    }

    private static <T> T result(Round<T> round) throws SQLException {
        if (round.failure != null) {
            throw round.failure;
        }
        return round.value;
    }
}

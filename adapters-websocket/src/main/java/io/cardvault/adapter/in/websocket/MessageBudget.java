package io.cardvault.adapter.in.websocket;

import java.util.ArrayDeque;

/** At most {@code max} client messages in any sliding window; the times are nanoTime readings. */
final class MessageBudget {

    private final int max;
    private final long windowNanos;
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();

    MessageBudget(int max, long windowNanos) {
        this.max = max;
        this.windowNanos = windowNanos;
    }

    /** Counts a message at {@code now} unless the window is full (then it does not count). */
    boolean tryTake(long now) {
        while (!accepted.isEmpty() && now - accepted.peekFirst() >= windowNanos) {
            accepted.pollFirst();
        }
        if (accepted.size() >= max) {
            return false;
        }
        accepted.addLast(now);
        return true;
    }
}

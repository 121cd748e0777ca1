package io.cardvault.adapter.in.websocket;

import java.time.Duration;

/**
 * The channel's limits and timings: the server ping interval (a connection silent for two and a
 * half intervals is dropped as dead), how long the developer stream waits for a late
 * {@code auth} message, topics per connection, client messages per window, and how many frames
 * may wait for a slow client before it is dropped.
 */
record RealtimeSettings(Duration heartbeat, Duration authTimeout, int maxTopics, int maxMessages, Duration messageWindow,
                        int maxQueuedFrames) {

    RealtimeSettings {
        if (heartbeat.isNegative() || heartbeat.isZero() || authTimeout.isNegative() || authTimeout.isZero()
                || messageWindow.isNegative() || messageWindow.isZero()) {
            throw new IllegalArgumentException("real-time durations must be positive");
        }
        if (maxTopics < 1 || maxMessages < 1 || maxQueuedFrames < 1) {
            throw new IllegalArgumentException("real-time limits must be positive");
        }
    }

    /** No message nor pong for this long: the socket is dead. */
    Duration deadAfter() {
        return heartbeat.multipliedBy(5).dividedBy(2);
    }
}

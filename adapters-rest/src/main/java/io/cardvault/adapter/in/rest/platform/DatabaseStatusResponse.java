package io.cardvault.adapter.in.rest.platform;

/** {@code {"status":"ok","db":true}} or {@code {"status":"degraded","db":false}}. */
public record DatabaseStatusResponse(String status, boolean db) {
}

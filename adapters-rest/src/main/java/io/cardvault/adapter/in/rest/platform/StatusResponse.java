package io.cardvault.adapter.in.rest.platform;

/** {@code {"status":"ok"}}. */
public record StatusResponse(String status) {
}

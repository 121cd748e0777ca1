package io.cardvault.adapter.in.http;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * PokeTrace's error body, {@code {"error", "message", "code"?, "retryAfter"?}}: what every refusal on
 * the PokeTrace-compatible routes ({@code /v1}, {@code /ws}) says, whoever refuses (the front door, the
 * {@code /v1} mappers, the WebSocket upgrade, the container's error page). One builder, so a client
 * written against PokeTrace never meets two spellings of it.
 */
public final class PokeTraceErrorBody {

    private PokeTraceErrorBody() {
    }

    /** {@code error} (a short title) and {@code message}. */
    public static String of(String error, String message) {
        return of(error, message, null, null);
    }

    /** With {@code code} (e.g. {@code UPGRADE_REQUIRED}) and {@code retryAfter} (seconds), each only when not null. */
    public static String of(String error, String message, String code, Long retryAfterSeconds) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", error).add("message", message);
        if (code != null) {
            body.add("code", code);
        }
        if (retryAfterSeconds != null) {
            body.add("retryAfter", retryAfterSeconds);
        }
        return body.build().toString();
    }
}

package io.cardvault.application.port.in.realtime;

/**
 * The WebSocket doors: the developer stream (API key, Pro or higher), the general channel (anyone)
 * and the PokeTrace-compatible stream (a key at connect, an account on the Scale plan).
 */
public enum StreamEndpoint {
    DEVELOPER_STREAM,
    GENERAL_CHANNEL,
    PLAN_STREAM
}

package io.cardvault.application.port.in.realtime;

/** The two WebSocket doors: the developer stream (API key, Pro or higher) and the general channel (anyone). */
public enum StreamEndpoint {
    DEVELOPER_STREAM,
    GENERAL_CHANNEL
}

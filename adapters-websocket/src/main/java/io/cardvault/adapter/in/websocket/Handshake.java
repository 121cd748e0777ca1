package io.cardvault.adapter.in.websocket;

import io.cardvault.application.port.in.realtime.StreamEndpoint;
import java.util.Objects;
import java.util.Optional;

/** What the upgrade request carried: which door, the API key and session cookie if any, and the peer's address. */
record Handshake(StreamEndpoint endpoint, Optional<String> apiKey, Optional<String> sessionToken, String clientAddress) {

    Handshake {
        Objects.requireNonNull(endpoint, "endpoint");
        apiKey = apiKey.filter(key -> !key.isBlank());
        sessionToken = sessionToken.filter(token -> !token.isBlank());
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}

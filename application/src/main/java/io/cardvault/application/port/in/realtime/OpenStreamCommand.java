package io.cardvault.application.port.in.realtime;

import java.util.Objects;
import java.util.Optional;

/**
 * A connection asking to be let in: which door, the API key if any ({@code keyAtConnect} false
 * when it came later in an {@code auth} message), the {@code tcg_session} value if any, and the
 * client's address (the socket's peer) for anonymous limits.
 */
public record OpenStreamCommand(StreamEndpoint endpoint, Optional<String> apiKey, boolean keyAtConnect,
                                Optional<String> sessionToken, String clientAddress) {

    public OpenStreamCommand {
        Objects.requireNonNull(endpoint, "endpoint");
        apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(key -> !key.isBlank()).map(String::strip);
        sessionToken = Objects.requireNonNull(sessionToken, "sessionToken").filter(token -> !token.isBlank());
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}

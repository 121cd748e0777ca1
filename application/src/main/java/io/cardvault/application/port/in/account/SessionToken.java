package io.cardvault.application.port.in.account;

import java.time.Duration;
import java.util.Objects;

/** A session just started: the token to hand to the browser and how long it stays valid. */
public record SessionToken(String value, Duration lifetime) {

    public SessionToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lifetime, "lifetime");
    }
}

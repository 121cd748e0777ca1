package io.cardvault.application.service.platform;

import java.time.Duration;
import java.util.Objects;

/** How long a node serves its counters before reading them again, and the version it reports. */
public record PlatformStatsPolicy(Duration cacheFor, String version) {

    public PlatformStatsPolicy {
        Objects.requireNonNull(cacheFor, "cacheFor");
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("the counters' cache time is never negative");
        }
        Objects.requireNonNull(version, "version");
    }
}

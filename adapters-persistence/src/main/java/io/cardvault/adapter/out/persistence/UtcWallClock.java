package io.cardvault.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the tables keep them: UTC wall-clock {@code DATETIME(3)} values. The JPA entities hold
 * {@code LocalDateTime} because EclipseLink 4.0 does not map {@code Instant} as a basic type (it
 * would silently become a BLOB); their mappers convert with these two functions. {@code null} stays
 * {@code null} (a time not set yet).
 */
public final class UtcWallClock {

    private UtcWallClock() {
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}

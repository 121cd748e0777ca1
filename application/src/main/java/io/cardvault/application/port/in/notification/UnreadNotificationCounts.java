package io.cardvault.application.port.in.notification;

import io.cardvault.domain.collection.NotificationKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Unread notifications per kind, every kind present (0 when none), and their total. */
public record UnreadNotificationCounts(Map<NotificationKind, Long> perKind) {

    public UnreadNotificationCounts {
        Objects.requireNonNull(perKind, "perKind");
        EnumMap<NotificationKind, Long> complete = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            long count = perKind.getOrDefault(kind, 0L);
            if (count < 0) {
                throw new IllegalArgumentException("an unread count is not negative: " + kind.code() + " " + count);
            }
            complete.put(kind, count);
        }
        perKind = Collections.unmodifiableMap(complete);
    }

    public long of(NotificationKind kind) {
        return perKind.get(kind);
    }

    public long total() {
        return perKind.values().stream().mapToLong(Long::longValue).sum();
    }
}

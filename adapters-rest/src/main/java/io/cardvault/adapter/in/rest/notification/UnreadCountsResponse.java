package io.cardvault.adapter.in.rest.notification;

import io.cardvault.application.port.in.notification.UnreadNotificationCounts;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/notifications/unread-counts}: unread per kind (every kind, 0 when none) and their total. */
public record UnreadCountsResponse(Map<String, Long> byKind, long total) {

    static UnreadCountsResponse from(UnreadNotificationCounts counts) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        counts.perKind().forEach((kind, count) -> byKind.put(kind.code(), count));
        return new UnreadCountsResponse(byKind, counts.total());
    }
}

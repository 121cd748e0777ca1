package io.cardvault.adapter.in.rest.notification;

import io.cardvault.domain.collection.Notification;
import java.util.Map;

/** One feed entry in the spec's shape, plus {@code url}: the site page it points at (null when none). */
public record NotificationResponse(long id, String kind, String title, String body, Map<String, Object> data,
                                   boolean isRead, String createdAt, String url) {

    static NotificationResponse from(Notification notification) {
        return new NotificationResponse(notification.id().orElseThrow().value(), notification.kind().code(),
                notification.title(), notification.body(), notification.data(), notification.read(),
                notification.createdAt().toString(), notification.url().orElse(null));
    }
}

package io.cardvault.adapter.in.rest.notification;

import java.util.List;

/** {@code GET /api/notifications}: a page, newest first, with the feed's total and the window asked for. */
public record NotificationPageResponse(List<NotificationResponse> items, long total, int limit, int offset) {

    public NotificationPageResponse {
        items = List.copyOf(items);
    }
}

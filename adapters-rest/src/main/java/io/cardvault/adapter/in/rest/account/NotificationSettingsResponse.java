package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /me/notifications}: {@code {"ok": true, "notification_settings": {"alert_triggered": true, …}}},
 * the privacy route's shape; each kind's value says whether it is also mailed.
 */
public record NotificationSettingsResponse(boolean ok, Map<String, Boolean> notificationSettings) {

    static NotificationSettingsResponse from(NotificationSettings settings) {
        return new NotificationSettingsResponse(true, mailByKind(settings));
    }

    /** Every kind by its spec code, in the kinds' order, true when it is mailed: also {@code /auth/me}'s {@code notification_settings}. */
    static Map<String, Boolean> mailByKind(NotificationSettings settings) {
        Map<String, Boolean> mail = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            mail.put(kind.code(), settings.mails(kind));
        }
        return mail;
    }
}

package io.cardvault.adapter.in.rest.account;

import io.cardvault.domain.account.Account;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.Map;

/** {@code GET /auth/me}: the spec's fields plus tier, display_name, country, deletion_requested_at
 * (set while a requested deletion can still be cancelled) and notification_settings (per kind: mailed or not). */
public record MeResponse(long id, String username, String email, boolean isAdmin, boolean isSeller,
                         String createdAt, String tier, String displayName, String country,
                         String deletionRequestedAt, Map<String, Boolean> notificationSettings) {

    static MeResponse from(Account account, NotificationSettings settings) {
        return new MeResponse(account.requireId().value(), account.username().value(), account.email().value(),
                account.admin(), account.seller(), account.createdAt().toString(), account.tier().slug(),
                account.displayName().orElse(null), account.country().orElse(null),
                account.deletionRequestedAt().map(java.time.Instant::toString).orElse(null),
                NotificationSettingsResponse.mailByKind(settings));
    }
}

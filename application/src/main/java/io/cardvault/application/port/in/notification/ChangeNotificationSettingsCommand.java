package io.cardvault.application.port.in.notification;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.NotificationKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Mail on ({@code true}) or off per kind, for the kinds the collector changed; the others stay as they are. */
public record ChangeNotificationSettingsCommand(AccountId account, Map<NotificationKind, Boolean> mail) {

    public ChangeNotificationSettingsCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mail, "mail");
        if (mail.isEmpty()) {
            throw new InvalidCollectionDataException("notification_settings", "name at least one notification kind");
        }
        mail.forEach((kind, on) -> {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(on, "on");
        });
        mail = Map.copyOf(new EnumMap<>(mail));
    }
}

package io.cardvault.adapter.out.persistence.notificationsettings;

import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Stored choices to the domain's settings: a row of a kind this build no longer knows is ignored, not an error. */
final class NotificationSettingsJpaMapper {

    private NotificationSettingsJpaMapper() {
    }

    static NotificationSettings toDomain(Collection<NotificationSettingJpaEntity> rows) {
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationSettingJpaEntity row : rows) {
            NotificationKind.find(row.kind()).ifPresent(kind -> choices.put(kind, row.mail()));
        }
        return NotificationSettings.chosen(choices);
    }
}

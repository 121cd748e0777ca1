package io.cardvault.adapter.out.persistence.notificationsettings;

import io.cardvault.application.port.out.NotificationSettingsStorePort;
import jakarta.persistence.EntityManager;

/**
 * The JPA notification settings store on an application-managed {@code EntityManager}, for code that
 * runs outside a container (the alert-check benchmark), which begins and commits the transactions
 * itself. The adapter stays package-private; this is its one public door.
 */
public final class StandaloneNotificationSettings {

    private StandaloneNotificationSettings() {
    }

    public static NotificationSettingsStorePort on(EntityManager entityManager) {
        return new JpaNotificationSettingsStore(entityManager);
    }
}

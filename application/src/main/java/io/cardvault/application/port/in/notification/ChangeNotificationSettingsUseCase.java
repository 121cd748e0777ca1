package io.cardvault.application.port.in.notification;

import io.cardvault.domain.collection.NotificationSettings;

/** Use case: the signed-in collector turns mail on or off for some notification kinds; answers the settings after. */
public interface ChangeNotificationSettingsUseCase {

    NotificationSettings changeNotificationSettings(ChangeNotificationSettingsCommand command);
}

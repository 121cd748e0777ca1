package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.ChangeNotificationSettingsCommand;
import io.cardvault.application.port.in.notification.ChangeNotificationSettingsUseCase;
import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.collection.NotificationSettings;
import jakarta.inject.Inject;

/** Records the collector's mail choices and answers the settings they now have. */
@UseCase
public class ChangeNotificationSettingsService implements ChangeNotificationSettingsUseCase {

    private final NotificationSettingsStorePort settings;

    @Inject
    public ChangeNotificationSettingsService(NotificationSettingsStorePort settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected ChangeNotificationSettingsService() {
        this(null);
    }

    @Override
    public NotificationSettings changeNotificationSettings(ChangeNotificationSettingsCommand command) {
        settings.choose(command.account(), command.mail());
        return settings.find(command.account());
    }
}

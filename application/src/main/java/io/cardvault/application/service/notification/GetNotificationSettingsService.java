package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.GetNotificationSettingsUseCase;
import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationSettings;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;

/** Reads an account's mail settings, the defaults where it never chose. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetNotificationSettingsService implements GetNotificationSettingsUseCase {

    private final NotificationSettingsStorePort settings;

    @Inject
    public GetNotificationSettingsService(NotificationSettingsStorePort settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected GetNotificationSettingsService() {
        this(null);
    }

    @Override
    public NotificationSettings notificationSettings(AccountId account) {
        return settings.find(Objects.requireNonNull(account, "account"));
    }
}

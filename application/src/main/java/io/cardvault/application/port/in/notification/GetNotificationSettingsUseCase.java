package io.cardvault.application.port.in.notification;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationSettings;

/** Use case: which notification kinds the account also gets by mail. */
public interface GetNotificationSettingsUseCase {

    NotificationSettings notificationSettings(AccountId account);
}

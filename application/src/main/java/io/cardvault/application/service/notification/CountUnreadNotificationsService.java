package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.CountUnreadNotificationsUseCase;
import io.cardvault.application.port.in.notification.UnreadNotificationCounts;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The caller's unread counters, every kind present so a client never guesses a missing key. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class CountUnreadNotificationsService implements CountUnreadNotificationsUseCase {

    private final NotificationStorePort notifications;

    @Inject
    public CountUnreadNotificationsService(NotificationStorePort notifications) {
        this.notifications = notifications;
    }

    /** For CDI's client proxy only. */
    protected CountUnreadNotificationsService() {
        this(null);
    }

    @Override
    public UnreadNotificationCounts unreadCounts(AccountId owner) {
        return new UnreadNotificationCounts(notifications.countUnread(owner));
    }
}

package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.ListNotificationsUseCase;
import io.cardvault.application.port.in.notification.NotificationPageQuery;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A page of the caller's feed, newest first. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListNotificationsService implements ListNotificationsUseCase {

    private final NotificationStorePort notifications;

    @Inject
    public ListNotificationsService(NotificationStorePort notifications) {
        this.notifications = notifications;
    }

    /** For CDI's client proxy only. */
    protected ListNotificationsService() {
        this(null);
    }

    @Override
    public Slice<Notification> notifications(NotificationPageQuery query) {
        return notifications.findByOwner(query.owner(), query.limit(), query.offset());
    }
}

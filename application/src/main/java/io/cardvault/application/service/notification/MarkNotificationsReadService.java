package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.MarkNotificationsReadCommand;
import io.cardvault.application.port.in.notification.MarkNotificationsReadUseCase;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;

/** Marks the caller's notifications read; ids of other accounts change nothing (the store filters by owner). */
@UseCase
public class MarkNotificationsReadService implements MarkNotificationsReadUseCase {

    private final NotificationStorePort notifications;

    @Inject
    public MarkNotificationsReadService(NotificationStorePort notifications) {
        this.notifications = notifications;
    }

    /** For CDI's client proxy only. */
    protected MarkNotificationsReadService() {
        this(null);
    }

    @Override
    public int markRead(MarkNotificationsReadCommand command) {
        return command.all() ? notifications.markAllRead(command.owner())
                : notifications.markRead(command.owner(), command.ids());
    }
}

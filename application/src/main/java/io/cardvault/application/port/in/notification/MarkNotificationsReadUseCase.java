package io.cardvault.application.port.in.notification;

/** Use case: mark notifications read; answers how many changed from unread to read. */
public interface MarkNotificationsReadUseCase {

    int markRead(MarkNotificationsReadCommand command);
}

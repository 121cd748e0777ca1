package io.cardvault.application.port.in.notification;

import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;

/** Use case: a page of an account's notifications, newest first, with how many it holds in all. */
public interface ListNotificationsUseCase {

    Slice<Notification> notifications(NotificationPageQuery query);
}

package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import io.cardvault.domain.collection.NotificationKind;
import java.util.Collection;
import java.util.Map;

/** Outgoing port: an account's notification feed. */
public interface NotificationStorePort {

    /** Stores a new notification and returns it with its id. */
    Notification add(Notification notification);

    /** A page of the owner's notifications, newest first, and how many they hold in all. */
    Slice<Notification> findByOwner(AccountId owner, int limit, int offset);

    /** Unread notifications per kind; kinds with none are absent. */
    Map<NotificationKind, Long> countUnread(AccountId owner);

    /** Marks these of the owner's notifications read (ids of other accounts are ignored); returns how many changed. */
    int markRead(AccountId owner, Collection<NotificationId> ids);

    /** Marks all the owner's notifications read; returns how many changed. */
    int markAllRead(AccountId owner);
}

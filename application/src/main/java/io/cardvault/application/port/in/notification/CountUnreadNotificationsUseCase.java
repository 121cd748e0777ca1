package io.cardvault.application.port.in.notification;

import io.cardvault.domain.account.AccountId;

/** Use case: how many of an account's notifications are unread, per kind and in all (the header bell's number). */
public interface CountUnreadNotificationsUseCase {

    UnreadNotificationCounts unreadCounts(AccountId owner);
}

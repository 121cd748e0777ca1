/**
 * Use cases of an account's notifications: its mail settings per kind, and the price watches
 * (alerts, wishes with a max price) that a committed price change fires into notifications.
 */
package io.cardvault.application.port.in.notification;

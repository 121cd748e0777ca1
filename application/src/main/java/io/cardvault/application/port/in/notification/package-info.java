/**
 * Use cases of an account's notifications: reading the feed a page at a time, the unread counters
 * per kind (what the header bell shows), marking entries read, the mail settings per kind, and the
 * price watches (alerts, wishes with a max price) that a committed price change fires into
 * notifications. Notifications are written by the events that cause them, not through the feed's ports.
 */
package io.cardvault.application.port.in.notification;

/**
 * Use cases of an account's notification feed: reading it a page at a time, the unread counters per
 * kind (what the header bell shows) and marking entries read. Notifications are written by the
 * events that cause them (an alert firing, a wish under its price), not through these ports.
 */
package io.cardvault.application.port.in.notification;

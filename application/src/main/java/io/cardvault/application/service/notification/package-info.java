/**
 * Services of an account's notifications, one per use case of {@code port.in.notification}: the
 * feed, the mail settings, and the firing of price alerts and wishes when a committed ingest moves prices.
 */
package io.cardvault.application.service.notification;

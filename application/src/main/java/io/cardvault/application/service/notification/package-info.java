/**
 * Services of an account's notifications: its mail settings, and the firing of price alerts and
 * wishes when a committed ingest moves prices.
 */
package io.cardvault.application.service.notification;

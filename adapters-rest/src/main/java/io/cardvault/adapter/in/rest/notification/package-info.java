/**
 * {@code /api/notifications}: an account's feed over JSON (pages, unread counters per kind, marking
 * read), by session cookie or API key.
 */
package io.cardvault.adapter.in.rest.notification;

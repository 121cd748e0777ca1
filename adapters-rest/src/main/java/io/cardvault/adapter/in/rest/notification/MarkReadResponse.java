package io.cardvault.adapter.in.rest.notification;

/** How many notifications went from unread to read. */
public record MarkReadResponse(boolean ok, int marked) {
}

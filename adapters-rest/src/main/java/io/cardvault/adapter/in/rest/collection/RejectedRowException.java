package io.cardvault.adapter.in.rest.collection;

/** A row a format's reader cannot turn into an import row; the message is the reason the collector reads. */
final class RejectedRowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    RejectedRowException(String reason) {
        super(reason);
    }
}

package io.cardvault.domain.realtime;

import io.cardvault.domain.shared.DomainException;

/** A topic name no channel answers to (unknown prefix, bad id), or an event value that breaks its rules. */
public final class InvalidTopicException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidTopicException(String message) {
        super(message);
    }
}

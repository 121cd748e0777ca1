package io.cardvault.application.port.in.community;

import io.cardvault.domain.shared.DomainException;

/** No visible forum post with that id (a hidden post is not found either). */
public final class ForumPostNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ForumPostNotFoundException() {
        super("forum post not found");
    }
}

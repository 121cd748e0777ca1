package io.cardvault.domain.community;

import io.cardvault.domain.shared.DomainException;

/**
 * A community act the rules refuse as things stand: writing to someone who blocked you, blocking
 * yourself, hiding what cannot be hidden. {@link #code()} is the stable word clients branch on.
 */
public abstract class CommunityRejection extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected CommunityRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

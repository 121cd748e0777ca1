package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.shared.DomainException;

/** A known caller whose tier or role does not pass a gate (403); {@link #requirement()} names the gate. */
public final class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final AccessRequirement requirement;

    public AccessDeniedException(AccessRequirement requirement) {
        super(requirement.refusal());
        this.requirement = requirement;
    }

    public AccessRequirement requirement() {
        return requirement;
    }
}

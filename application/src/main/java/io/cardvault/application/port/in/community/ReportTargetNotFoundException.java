package io.cardvault.application.port.in.community;

import io.cardvault.domain.shared.DomainException;

/** The thing a report names does not exist (or, for a message, is not one the reporter sent or received). */
public final class ReportTargetNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ReportTargetNotFoundException() {
        super("report target not found");
    }
}

package io.cardvault.application.port.in.community;

import io.cardvault.domain.shared.DomainException;

/** No report with that id. */
public final class ReportNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ReportNotFoundException() {
        super("report not found");
    }
}

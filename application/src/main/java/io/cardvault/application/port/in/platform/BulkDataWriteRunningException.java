package io.cardvault.application.port.in.platform;

import io.cardvault.domain.shared.DomainException;

/** A rewrite of the bulk files is already running on this node. */
public class BulkDataWriteRunningException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BulkDataWriteRunningException() {
        super("A bulk data rewrite is already running on this node");
    }
}

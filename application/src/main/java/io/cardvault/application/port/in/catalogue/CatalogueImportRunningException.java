package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.shared.DomainException;

/** An import was requested while another one is still running on this node. */
public final class CatalogueImportRunningException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient CatalogueImportJob running;

    public CatalogueImportRunningException(CatalogueImportJob running) {
        super("a catalogue import of " + String.join(", ", running.sources()) + " is already running (started "
                + running.startedAt() + ")");
        this.running = running;
    }

    public CatalogueImportJob running() {
        return running;
    }
}

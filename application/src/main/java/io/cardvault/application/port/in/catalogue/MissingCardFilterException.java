package io.cardvault.application.port.in.catalogue;

/** The card resolver was asked without any of its filters: it would list the whole catalogue. */
public final class MissingCardFilterException extends CatalogueQueryException {

    private static final long serialVersionUID = 1L;

    public MissingCardFilterException() {
        super("Pass at least one of game, name or number");
    }
}

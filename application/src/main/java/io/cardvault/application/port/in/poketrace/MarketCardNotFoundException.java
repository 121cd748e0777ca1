package io.cardvault.application.port.in.poketrace;

/** No card has this market id (or the text is no market id at all). */
public final class MarketCardNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarketCardNotFoundException(String id) {
        super("no market card " + id);
    }
}

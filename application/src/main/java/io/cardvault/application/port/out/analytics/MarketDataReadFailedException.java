package io.cardvault.application.port.out.analytics;

/** The price store could not answer an analytics read. */
public final class MarketDataReadFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarketDataReadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

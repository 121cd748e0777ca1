package io.cardvault.application.port.out.analytics;

/** The exchange-rate upstream could not be read or did not hold the ECB format. */
public final class ExchangeRatesUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExchangeRatesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.cardvault.adapter.out.sources.pricefile;

/** An upstream file is truncated or not in its format: it is rejected whole, nothing of it is written. */
public final class MalformedPriceFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPriceFileException(String message) {
        super(message);
    }

    public MalformedPriceFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

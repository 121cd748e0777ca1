package io.cardvault.adapter.out.sources.pricefile;

/** An upstream could not be reached or answered with an error status: worth a retry, counts against its circuit. */
public final class UpstreamUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UpstreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

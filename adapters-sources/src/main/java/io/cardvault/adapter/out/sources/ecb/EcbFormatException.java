package io.cardvault.adapter.out.sources.ecb;

/** The document is not a readable ECB eurofxref document. */
final class EcbFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    EcbFormatException(String message) {
        super(message);
    }

    EcbFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

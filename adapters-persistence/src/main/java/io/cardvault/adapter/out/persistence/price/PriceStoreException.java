package io.cardvault.adapter.out.persistence.price;

/** The price store could not be read or written (the surrounding transaction rolls back). */
final class PriceStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PriceStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

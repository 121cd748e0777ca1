package io.cardvault.adapter.out.sources.tcgdex;

/** One tcgdex row breaks a rule; the row is reported and skipped, the file goes on. */
final class BadRowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadRowException(String reason) {
        super(reason);
    }
}

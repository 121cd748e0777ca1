package io.cardvault.domain.marketplace;

/**
 * A rating before the card arrived (or on a cancelled order): ratings open once the transaction is
 * delivered, and stay open when it is completed; a disputed transaction may be rated too (that is when a rating matters most). Carries the current
 * status. Code {@code rating_not_open}.
 */
public final class RatingNotOpenException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    private final TransactionStatus current;

    public RatingNotOpenException(TransactionStatus current) {
        super("rating_not_open", "a " + current.code() + " transaction cannot be rated yet");
        this.current = current;
    }

    public TransactionStatus current() {
        return current;
    }
}

package io.cardvault.domain.marketplace;

/** A party rated a transaction they had rated already: one rating per party per transaction. Code {@code already_rated}. */
public final class DuplicateRatingException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public DuplicateRatingException() {
        super("already_rated", "you have already rated this transaction");
    }
}

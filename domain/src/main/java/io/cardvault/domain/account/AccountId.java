package io.cardvault.domain.account;

/** The store's number for an account. */
public record AccountId(long value) {

    public AccountId {
        if (value < 1) {
            throw new InvalidAccountDataException("user_id", "account id must be positive: " + value);
        }
    }
}

package io.cardvault.domain.account;

import java.io.Serializable;

/** The store's number for an account. */
public record AccountId(long value) implements Serializable {

    public AccountId {
        if (value < 1) {
            throw new InvalidAccountDataException("user_id", "account id must be positive: " + value);
        }
    }
}

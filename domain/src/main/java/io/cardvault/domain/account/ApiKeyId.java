package io.cardvault.domain.account;

/** The store's number for an API key. */
public record ApiKeyId(long value) {

    public ApiKeyId {
        if (value < 1) {
            throw new InvalidAccountDataException("id", "key id must be positive: " + value);
        }
    }
}

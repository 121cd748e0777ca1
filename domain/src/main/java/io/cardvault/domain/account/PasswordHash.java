package io.cardvault.domain.account;

import java.util.Objects;

/** A password's stored form as the hasher wrote it (algorithm, cost and salt included); never the password. */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidAccountDataException("password", "password hash is blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}

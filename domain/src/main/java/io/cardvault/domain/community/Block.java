package io.cardvault.domain.community;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/** One account ({@code blocker}) refusing messages and bids from another ({@code blocked}). */
public record Block(AccountId blocker, AccountId blocked, Instant createdAt) {

    public Block {
        Objects.requireNonNull(blocker, "blocker");
        Objects.requireNonNull(blocked, "blocked");
        Objects.requireNonNull(createdAt, "createdAt");
        if (blocker.equals(blocked)) {
            throw new SelfAddressedException("you cannot block yourself");
        }
    }
}

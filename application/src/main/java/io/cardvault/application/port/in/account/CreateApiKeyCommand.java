package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;
import java.time.Instant;
import java.util.Objects;

/** A new key for {@code owner}; a null tier means the account's own, a null expiry never. */
public record CreateApiKeyCommand(AccountId owner, String name, Tier tier, Instant expiresAt) {

    public CreateApiKeyCommand {
        Objects.requireNonNull(owner, "owner");
    }
}
